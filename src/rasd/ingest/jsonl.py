"""Reading CONTRACT.md's JSON Lines (and plain text) into ``Article`` records or per-line errors.

Why a record-or-error stream: one malformed line must cost one error record, never the batch;
the output keeps one line per input line, in order, so errors carry the line number and,
when it can be recovered, the record's id.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import IO, Iterator, Optional, Union

from rasd.model import Article


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A line that could not become an Article: ``id`` is the record's id if it could be read."""

    id: str
    error: str
    line: int


_ID_RE = re.compile(r'"id"\s*:\s*"((?:[^"\\]|\\.)*)"')


def read_jsonl(stream: IO[bytes], assign_ids: bool = False) -> Iterator[Union[Article, BadRecord]]:
    """Yield one Article or BadRecord per non-blank input line, in order.

    ``assign_ids``: a record without an id gets a stable one from its URL or text (``rasd
    ingest``) instead of being an error (``rasd extract``, whose output is keyed by input ids)."""
    for n, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        yield parse_line(raw, n, assign_ids)


def parse_line(raw: bytes, n: int, assign_ids: bool = False) -> Union[Article, BadRecord]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadRecord(f"line-{n}", f"line {n}: not valid UTF-8 ({exc.reason} at byte {exc.start})", n)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        m = _ID_RE.search(line)
        rid = m.group(1) if m else f"line-{n}"
        return BadRecord(rid, f"line {n}: malformed JSON ({exc.msg} at column {exc.colno})", n)
    if assign_ids and isinstance(obj, dict) and obj.get("id") in (None, "") and isinstance(obj.get("text"), str):
        from rasd.ingest.base import stable_id

        obj = {**obj, "id": stable_id(obj.get("url") if isinstance(obj.get("url"), str) else None, obj["text"])}
    try:
        return Article.from_dict(obj)
    except ValueError as exc:
        rid = str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") not in (None, "") else f"line-{n}"
        return BadRecord(rid, f"line {n}: {exc}", n)


def read_text(data: bytes, id: str, published: Optional[str] = None) -> Union[Article, BadRecord]:
    """A whole plain-text file as one article."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return BadRecord(id, f"{id}: not valid UTF-8 ({exc.reason} at byte {exc.start})", 0)
    return Article(id=id, text=text, published=published)
