"""WARC archives (warcio): every HTML response becomes one article via trafilatura.

The record's target URI is the article URL (so its id is stable); the page's own metadata
gives the publication date. Non-HTML and non-200 responses are skipped silently: a crawl
holds many (images, scripts, redirects) and they are not errors.
"""
from __future__ import annotations

from typing import IO, Iterator, Union

from rasd.ingest.html import read_html
from rasd.ingest.jsonl import BadRecord
from rasd.model import Article


def read_warc(stream: IO[bytes], origin: str) -> Iterator[Union[Article, BadRecord]]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    seen = 0
    try:
        for record in ArchiveIterator(stream):
            if not record.rec_type:   # warcio's reading of a damaged header block
                continue
            seen += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            status = record.http_headers.get_statuscode()
            if "html" not in ctype or status != "200":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}@{url}"
            yield read_html(record.content_stream().read(), where, url=url)
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield BadRecord(origin, f"{origin}: cannot read WARC ({type(exc).__name__}: {exc})", 0)
        return
    if seen == 0:
        yield BadRecord(origin, f"{origin}: cannot read WARC (no records found)", 0)
