"""CSV files with one article per row: the text column is named by ``--text-column``.

Other columns are picked up by their usual names (id, url/link, published/date, source,
title); a row without text becomes an error, never a stop.
"""
from __future__ import annotations

import csv
import io
import sys
from typing import Iterator, Optional, Union

from rasd.ingest.arabic_dates import parse_arabic_date
from rasd.ingest.base import make_article
from rasd.ingest.jsonl import BadRecord
from rasd.model import Article

ALIASES = {
    "id": ("id", "article_id", "guid"),
    "url": ("url", "link", "source_url"),
    "published": ("published", "date", "pubdate", "published_at", "datetime"),
    "source": ("source", "outlet", "site"),
    "title": ("title", "headline"),
}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _pick(row: dict[str, str], lower: dict[str, str], names: tuple[str, ...]) -> Optional[str]:
    for n in names:
        key = lower.get(n)
        if key is not None and row.get(key):
            return row[key]
    return None


def read_csv(data: bytes, origin: str, text_column: str = "text") -> Iterator[Union[Article, BadRecord]]:
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield BadRecord(origin, f"{origin}: not valid UTF-8 ({exc.reason} at byte {exc.start})", 0)
        return
    try:
        dialect = csv.Sniffer().sniff(content[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(content, newline=""), dialect=dialect)
    fields = reader.fieldnames or []
    lower = {f.strip().lower(): f for f in fields if f}
    text_key = lower.get(text_column.strip().lower())
    if text_key is None:
        yield BadRecord(origin, f"{origin}: no column {text_column!r} (columns: {', '.join(fields)})", 0)
        return
    try:
        for row in reader:
            line = reader.line_num
            text = row.get(text_key) or ""
            if not text.strip():
                rid = _pick(row, lower, ALIASES["id"]) or f"{origin}:{line}"
                yield BadRecord(rid, f"{origin}:{line}: empty {text_column!r}", line)
                continue
            pub = _pick(row, lower, ALIASES["published"])
            yield make_article(text, id=_pick(row, lower, ALIASES["id"]), url=_pick(row, lower, ALIASES["url"]),
                               published=parse_arabic_date(pub) or pub if pub else None,
                               source=_pick(row, lower, ALIASES["source"]),
                               title=_pick(row, lower, ALIASES["title"]))
    except csv.Error as exc:
        yield BadRecord(origin, f"{origin}:{reader.line_num}: malformed CSV ({exc})", reader.line_num)
