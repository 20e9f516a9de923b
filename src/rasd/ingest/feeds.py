"""RSS and Atom feeds (feedparser): one article per entry.

An entry's text is its full content when the feed carries it, else its summary, with the
markup removed. Dates that feedparser cannot read (Arabic month names, Arabic-Indic digits)
go through ``rasd.ingest.arabic_dates``.
"""
from __future__ import annotations

import time
from typing import Any, Iterator, Optional, Union

from rasd.ingest.arabic_dates import parse_arabic_date
from rasd.ingest.base import make_article
from rasd.ingest.jsonl import BadRecord
from rasd.model import Article

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:
        return fragment.strip()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> Optional[str]:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M", parsed)
        raw = entry.get(key)
        if raw:
            iso = parse_arabic_date(raw)
            if iso:
                return iso
    return None


def _entry_text(entry: Any) -> str:
    for c in entry.get("content") or ():
        value = c.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def read_feed(data: bytes, origin: str) -> Iterator[Union[Article, BadRecord]]:
    """One Article per entry with text; a BadRecord per empty entry or for an unreadable feed."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None) or "no entries"
        yield BadRecord(origin, f"{origin}: not a readable RSS/Atom feed ({reason})", 0)
        return
    source = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, 1):
        text = _entry_text(entry)
        where = f"{origin}#{n}"
        if not text:
            yield BadRecord(entry.get("id") or where, f"{where}: feed entry has no text", n)
            continue
        title = html_to_text(entry.get("title") or "") or None
        yield make_article(text, url=entry.get("link") or None, published=_entry_date(entry),
                           title=title, source=source)
