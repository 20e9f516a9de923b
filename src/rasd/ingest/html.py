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
        # no "extensive" date search: it guesses the 1st of the month from /2016/12/ in URLs
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False,
                                          date_extraction_params={"extensive_search": False,
                                                                  "original_date": True})
    if doc is None:
        return None
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        return None
    published = getattr(doc, "date", None)
    published = parse_arabic_date(published) if published else arabic_page_date(html)
    return {"text": text, "title": getattr(doc, "title", None),
            "url": getattr(doc, "url", None) or url, "published": published}


_DATE_HINTS = ("date", "time", "publish", "posted", "created")
_DATE_XPATH = ("//time | //*[" + " or ".join(
    f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{h}')"
    f" or contains(translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{h}')"
    for h in _DATE_HINTS) + "]")


def arabic_page_date(html: Union[str, bytes]) -> Optional[str]:
    """A publication date written in Arabic in a date-like element («نشر في ١٢ تموز ٢٠١٥»),
    which trafilatura's date finder (numeric and Latin-script months) does not read."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return None
    for el in root.xpath(_DATE_XPATH)[:20]:
        text = " ".join(el.text_content().split())[:200]
        iso = parse_arabic_date(text) if text else None
        if iso:
            return iso
    return None


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
