"""rasd's REST API and web dashboard: ``create_app(source)`` over an ``EventSource`` (the store
or a pair of JSON Lines files). ``rasd serve`` runs it with uvicorn."""
from rasd.api.source import (ArticleView, EventPage, EventQuery, EventRecord, EventSource,
                             JsonlSource, Stats, StoreSource)


def create_app(*args, **kwargs):
    """See ``rasd.api.app.create_app`` (imported lazily so the package loads without FastAPI)."""
    from rasd.api.app import create_app as _create
    return _create(*args, **kwargs)


__all__ = ["ArticleView", "EventPage", "EventQuery", "EventRecord", "EventSource", "JsonlSource",
           "Stats", "StoreSource", "create_app"]
