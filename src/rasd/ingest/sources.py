"""Pick the reader for each path (by extension, else by sniffing the first bytes) and yield
``Record``s from files and whole folder trees, in a stable (sorted) order.

Why a stable order: an interrupted ingest resumes by skipping what is stored, and batches
line up the same way on every run.
"""
from __future__ import annotations

import gzip
import os
from dataclasses import dataclass, replace
from typing import Callable, Iterator, Optional, Sequence, Union

from rasd.ingest.base import Record, make_article
from rasd.ingest.csvfile import read_csv
from rasd.ingest.feeds import read_feed
from rasd.ingest.html import read_html
from rasd.ingest.jsonl import BadRecord, read_jsonl
from rasd.ingest.warc import read_warc
from rasd.model import Article

FORMATS = ("jsonl", "txt", "html", "feed", "csv", "warc")
_EXT = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".txt": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".csv": "csv", ".tsv": "csv", ".csv.gz": "csv",
    ".warc": "warc", ".warc.gz": "warc", ".arc.gz": "warc",
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    text_column: str = "text"
    published: Optional[str] = None     # publication date for records that carry none (.txt ...)
    format: Optional[str] = None        # force one reader instead of guessing


def detect_format(path: str, head: bytes = b"") -> Optional[str]:
    name = path.lower()
    for ext in sorted(_EXT, key=len, reverse=True):
        if name.endswith(ext):
            return _EXT[ext]
    h = head.lstrip()[:512].lower()
    if h.startswith(b"warc/"):
        return "warc"
    if h.startswith(b"{"):
        return "jsonl"
    if b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h:
        return "feed"
    if h.startswith(b"<!doctype html") or b"<html" in h:
        return "html"
    return None


def _open(path: str):
    f = open(path, "rb")
    if f.peek(2)[:2] == b"\x1f\x8b" and not path.lower().endswith((".warc.gz", ".arc.gz")):
        return gzip.GzipFile(fileobj=f)
    return f


def _items(path: str, fmt: str, opts: ReadOptions) -> Iterator[Union[Article, BadRecord]]:
    with _open(path) as f:
        if fmt == "jsonl":
            yield from read_jsonl(f, assign_ids=True)
        elif fmt == "warc":
            yield from read_warc(f, path)
        else:
            data = f.read()
            if fmt == "txt":
                try:
                    text = data.decode("utf-8-sig")
                except UnicodeDecodeError as exc:
                    yield BadRecord(path, f"{path}: not valid UTF-8 ({exc.reason} at byte {exc.start})", 0)
                    return
                if not text.strip():
                    yield BadRecord(path, f"{path}: empty file", 0)
                    return
                yield make_article(text)
            elif fmt == "html":
                yield read_html(data, path)
            elif fmt == "feed":
                yield from read_feed(data, path)
            elif fmt == "csv":
                yield from read_csv(data, path, opts.text_column)


def _origin(path: str, fmt: str, n: int, item: Union[Article, BadRecord]) -> str:
    if fmt in ("jsonl", "csv") and isinstance(item, BadRecord) and item.line:
        return f"{path}:{item.line}"
    if fmt in ("jsonl", "csv", "feed", "warc"):
        return f"{path}#{n}"
    return path


def read_file(path: str, opts: ReadOptions = ReadOptions()) -> Iterator[Record]:
    """Every record of one file; an unknown or unreadable file becomes one error record."""
    try:
        with open(path, "rb") as f:
            head = f.read(512)
        fmt = opts.format or detect_format(path, head)
        if fmt is None:
            yield Record(BadRecord(path, f"{path}: unknown input format (use --format)", 0), path)
            return
        for n, item in enumerate(_items(path, fmt, opts), 1):
            if opts.published and isinstance(item, Article) and not item.published:
                item = replace(item, published=opts.published)
            yield Record(item, _origin(path, fmt, n, item))
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Record(BadRecord(path, f"{path}: cannot read ({exc})", 0), path)


def walk(paths: Sequence[str]) -> Iterator[str]:
    """Files under ``paths`` (folders recursively, hidden files skipped), sorted."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield p


def read_paths(paths: Sequence[str], opts: ReadOptions = ReadOptions(),
               on_file: Optional[Callable[[str], None]] = None) -> Iterator[Record]:
    for path in walk(paths):
        if on_file:
            on_file(path)
        yield from read_file(path, opts)
