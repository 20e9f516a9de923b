"""HTML pages: the main text by trafilatura (boilerplate, menus and comments left out).

Why trafilatura: it is the maintained reference for news main-text extraction and also
reads the page's title, canonical URL and publication date from its metadata.
"""
from __future__ import annotations

import warnings
from typing import Optional, Union

from rasd.ingest.arabic_dates import parse_arabic_date
from rasd.ingest.base import make_article
from rasd.ingest.jsonl import BadRecord
from rasd.model import Article


def extract_html(html: Union[str, bytes], url: Optional[str] = None) -> Optional[dict]:
    """``{"text", "title", "url", "published"}`` of a page, or None when it has no main text."""
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    if doc is None:
        return None
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        return None
    published = getattr(doc, "date", None)
    return {"text": text, "title": getattr(doc, "title", None),
            "url": getattr(doc, "url", None) or url,
            "published": parse_arabic_date(published) if published else None}


def read_html(data: bytes, origin: str, url: Optional[str] = None,
              source: Optional[str] = None) -> Union[Article, BadRecord]:
    """One page as one Article (id from its URL, else from its text)."""
    try:
        page = extract_html(data, url=url)
    except Exception as exc:  # lxml/trafilatura raise many types on broken input
        return BadRecord(origin, f"{origin}: cannot parse HTML ({type(exc).__name__}: {exc})", 0)
    if page is None:
        return BadRecord(origin, f"{origin}: no main text found in HTML", 0)
    return make_article(page["text"], url=page["url"], published=page["published"],
                        title=page["title"], source=source)
