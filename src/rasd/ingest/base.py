"""What every reader yields, and how an article without an id gets a stable one.

Why a ``Record`` wrapper: the store records where each article or error came from
(``origin``: ``path:line``, ``path#entry``, a WARC offset...), which the plain ``Article``
of CONTRACT.md does not carry.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Optional, Union
from urllib.parse import urlsplit, urlunsplit

from rasd.ingest.jsonl import BadRecord
from rasd.model import Article


@dataclass(frozen=True, slots=True)
class Record:
    """One reader output: an ``Article`` or a ``BadRecord``, with where it came from."""

    item: Union[Article, BadRecord]
    origin: str


def canonical_url(url: str) -> str:
    """The URL with scheme and host lower-cased and the fragment dropped (same page, same id)."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def stable_id(url: Optional[str], text: str) -> str:
    """``url-<hash>`` from the canonical URL when there is one, else ``sha-<hash>`` of the text.

    Stable across runs and machines, so ingesting the same page twice stores it once."""
    if url and url.strip():
        return "url-" + hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:24]
    return "sha-" + hashlib.sha256(text.strip().encode("utf-8", "surrogatepass")).hexdigest()[:24]


def make_article(text: str, *, id: Optional[str] = None, url: Optional[str] = None,
                 published: Optional[str] = None, source: Optional[str] = None,
                 title: Optional[str] = None) -> Article:
    """An Article whose id is the given one or a stable one (see ``stable_id``)."""
    clean = lambda v: None if v is None or not str(v).strip() else str(v).strip()  # noqa: E731
    return Article(id=clean(id) or stable_id(url, text), text=text, published=clean(published),
                   source=clean(source), url=clean(url), title=clean(title))
