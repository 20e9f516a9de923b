"""rasd (رصد): Arabic conflict news → structured, geolocated, dated event data.

    >>> import rasd
    >>> result = rasd.extract("قتل 5 مدنيين في قصف على حلب أمس", published="2016-12-09")
    >>> [e.to_dict()["event_type"] for e in result.events]   # doctest: +SKIP
"""
from rasd.model import Actor, Article, Doc, Event, ExtractionResult, Mention, Place, Sentence, Span, Token

__version__ = "0.1.0"


def extract(text: str, published: str | None = None, id: str = "text", **meta):
    from rasd.pipeline import extract as _extract
    return _extract(text, published=published, id=id, **meta)


__all__ = ["Actor", "Article", "Doc", "Event", "ExtractionResult", "Mention", "Place",
           "Sentence", "Span", "Token", "extract", "__version__"]
