"""The ingest loop: records in, batches of (article, events) out to the store.

Per batch: drop what is already stored unchanged (same id, same text hash, same extractor
version), extract the rest, write articles + events + errors in one transaction. So a
second ingest of the same input changes nothing, and an interrupted one resumes: committed
batches are skipped, the batch that was being written had not committed and is redone.

Within one run the first record of an id wins; a later record with the same id and another
text is reported as an error rather than overwriting (otherwise two runs over one input
would disagree about which text is stored).
"""
from __future__ import annotations

import time

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional, Sequence

import sqlalchemy as sa

from rasd.ingest.base import Record
from rasd.ingest.jsonl import BadRecord
from rasd.model import Article, ExtractionResult
from rasd.store.db import Failure, Processed, Store, iter_chunks, text_hash

ExtractBatch = Callable[[list[Article]], Sequence[ExtractionResult]]


@dataclass(slots=True)
class IngestStats:
    """Running totals, updated after each committed batch."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    events: int = 0
    errors: int = 0
    batches: int = 0
    seen: dict[str, str] = field(default_factory=dict, repr=False)


def ingest(records: Iterable[Record], store: Store, extract_batch: ExtractBatch, extractor: str,
           batch_size: int = 200,
           on_batch: Optional[Callable[[IngestStats], None]] = None) -> IngestStats:
    stats = IngestStats()
    for chunk in iter_chunks(records, batch_size):
        failures: list[Failure] = []
        fresh: list[tuple[Article, str]] = []
        for rec in chunk:
            stats.read += 1
            item = rec.item
            if isinstance(item, BadRecord):
                failures.append(Failure(item.error, rec.origin, item.id))
                continue
            h = text_hash(item.text)[:16]   # enough to tell two texts of one id apart
            prev = stats.seen.get(item.id)
            if prev is not None:
                if prev != h:
                    failures.append(Failure(f"duplicate id {item.id!r} with a different text "
                                            "(the first one is kept)", rec.origin, item.id))
                else:
                    stats.skipped += 1
                continue
            stats.seen[item.id] = h
            fresh.append((item, rec.origin))
        known = store.known([a.id for a, _ in fresh])
        todo = [(a, o) for a, o in fresh if known.get(a.id) != (text_hash(a.text), extractor)]
        stats.skipped += len(fresh) - len(todo)
        results = list(extract_batch([a for a, _ in todo])) if todo else []
        if len(results) != len(todo):
            raise RuntimeError(f"extractor returned {len(results)} results for {len(todo)} articles")
        processed = [Processed(a, r, o) for (a, o), r in zip(todo, results)]
        if processed or failures:
            processed = _write(store, processed, failures, extractor)
        stats.batches += 1
        stats.stored += len(processed)
        stats.events += sum(len(p.result.events) for p in processed)
        stats.errors += len(failures) + sum(1 for r in results if r.error)
        if on_batch:
            on_batch(stats)
    return stats


# PostgreSQL's "deadlock detected" and "could not serialize": the transaction was rolled back
# and is safe to run again (two ingests writing overlapping articles at once)
_RETRYABLE_SQLSTATES = {"40P01", "40001"}


def _retryable(exc: sa.exc.DBAPIError) -> bool:
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in _RETRYABLE_SQLSTATES


def _write(store: Store, processed: list[Processed], failures: list[Failure], extractor: str,
           attempts: int = 8) -> list[Processed]:
    """Write one batch; when another ingest stored some of its articles meanwhile (a key
    conflict) or the two deadlocked, drop what the other stored identically and try again.
    Rows go in article-id order so concurrent ingests lock rows in the same order.
    Returns what was written."""
    processed = sorted(processed, key=lambda p: p.article.id)
    for attempt in range(attempts):
        try:
            store.write_batch(processed, failures, extractor=extractor)
            return processed
        except sa.exc.DBAPIError as exc:
            if attempt == attempts - 1 or not (isinstance(exc, sa.exc.IntegrityError) or _retryable(exc)):
                raise
            time.sleep(0.05 * (attempt + 1))
            known = store.known([p.article.id for p in processed])
            processed = [p for p in processed
                         if known.get(p.article.id) != (text_hash(p.article.text), extractor)]
    return processed
