"""``rasd extract INPUT -o OUTPUT``: CONTRACT.md's command (JSON Lines or .txt in, JSON Lines out)."""
from __future__ import annotations

import argparse
import json
import os
import sys
from typing import IO, Iterable, Iterator, Union

from rasd.ingest.jsonl import BadRecord, read_jsonl, read_text
from rasd.model import Article, ExtractionResult


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="extract events from JSON Lines or .txt articles",
                       description="Write one JSON line per input article, in input order "
                                   "(CONTRACT.md). A bad record gets an 'error' and no events.")
    p.add_argument("input", help="INPUT.jsonl, a .txt file (one article), or - for stdin")
    p.add_argument("-o", "--output", default="-", help="OUTPUT.jsonl or - for stdout (default)")
    p.add_argument("--published", help="publication date for .txt input (YYYY-MM-DD)")
    p.add_argument("--no-ner", action="store_true", help="skip the statistical NER model")
    p.add_argument("--compact", action="store_true", help="contract fields only")
    p.set_defaults(func=run)


def _records(path: str, published: str | None) -> Iterator[Union[Article, BadRecord]]:
    if path == "-":
        data = sys.stdin.buffer
        head = data.peek(1)[:1] if hasattr(data, "peek") else b""
        if head in (b"{", b""):
            yield from read_jsonl(data)
        else:
            yield read_text(data.read(), "stdin", published)
        return
    if path.endswith(".txt"):
        with open(path, "rb") as f:
            yield read_text(f.read(), os.path.splitext(os.path.basename(path))[0], published)
        return
    with open(path, "rb") as f:
        yield from read_jsonl(f)


def run(args: argparse.Namespace) -> int:
    from rasd.pipeline import Pipeline, PipelineOptions

    try:
        records = _records(args.input, args.published)
        first = next(records, None)
    except OSError as exc:
        print(f"rasd extract: cannot read {args.input}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    pipeline = Pipeline(PipelineOptions(use_ner=not args.no_ner))
    out: IO[str] = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    n = errors = events = 0
    try:
        if first is None:
            return 0
        for result in _results(pipeline, _chain(first, records)):
            d = result.to_dict()
            if args.compact:
                d.pop("framing", None)
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
            n += 1
            errors += result.error is not None
            events += len(result.events)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"rasd extract: {n} articles, {events} events, {errors} errors", file=sys.stderr)
    return 0


def _results(pipeline, records: Iterable, chunk: int = 32) -> Iterator[ExtractionResult]:
    """One result per record, in input order; articles go to ``Pipeline.extract_many``
    ``chunk`` at a time (its NER model tags a chunk's sentences together)."""
    buf: list = []

    def flush() -> Iterator[ExtractionResult]:
        done = iter(pipeline.extract_many([r for r in buf if not isinstance(r, BadRecord)], chunk=chunk))
        for r in buf:
            yield ExtractionResult(id=r.id, error=r.error) if isinstance(r, BadRecord) else next(done)
        buf.clear()

    for rec in records:
        buf.append(rec)
        if len(buf) >= chunk:
            yield from flush()
    yield from flush()


def _chain(first, rest):
    yield first
    yield from rest
