"""The REST API and the dashboard's static files, as one FastAPI app over an ``EventSource``.

Why these choices:
- One app factory, ``create_app(source)``: tests pass a source built in memory and talk to the
  app in-process; ``rasd serve`` passes a store or JSON Lines source. No global state.
- Article text is untrusted. The API returns it as JSON data only, and every response carries a
  strict Content-Security-Policy (scripts, styles and data from this origin only, nothing inline,
  no plugins, no framing), so even a rendering bug in the dashboard cannot run injected script.
  FastAPI's /docs pages load their assets from a CDN with inline script, which that policy (and a
  machine without internet) forbids, so they are switched off; the OpenAPI schema stays at
  ``/openapi.json``.
"""
from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Literal, Optional

from fastapi import FastAPI, HTTPException, Query, Request
from pydantic import BaseModel, Field
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

import rasd
from rasd.api.source import ArticleView, EventQuery, EventRecord, EventSource, MapPoint, Stats
from rasd.model import Article, ExtractionResult

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'; object-src 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_PAGE = 5000


def web_dir() -> str:
    return str(resources.files("rasd.api").joinpath("web"))


@lru_cache(maxsize=1)
def capitals() -> list[dict[str, Any]]:
    """Capitals of the countries rasd knows (``data/places/countries.tsv``), for map orientation."""
    out: list[dict[str, Any]] = []
    text = resources.files("rasd.data").joinpath("places/countries.tsv").read_text("utf-8")
    rows = csv.reader((ln for ln in text.splitlines() if ln and not ln.startswith("#")), delimiter="\t")
    for row in rows:
        if len(row) < 6:
            continue
        try:
            lat, lon = float(row[4]), float(row[5])
        except ValueError:
            continue
        names_ar = row[2].split(";")
        out.append({"country": row[0], "name": row[1], "name_ar": names_ar[0] if names_ar else None,
                    "lat": lat, "lon": lon})
    return out


def point_feature(p: MapPoint) -> dict[str, Any]:
    """A small GeoJSON Feature with what a map marker shows (``fields=map``)."""
    props = {k: getattr(p, k) for k in ("id", "article_id", "event_type", "sub_event_type", "date",
                                        "fatalities", "location_name", "location_ar", "country")}
    return {"type": "Feature", "id": p.id, "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": props}


def event_feature(r: EventRecord) -> dict[str, Any]:
    """A GeoJSON Feature carrying the whole event (location flattened into properties)."""
    ev = r.event
    loc = ev.get("location") or {}
    props = {k: v for k, v in r.to_dict().items() if k != "location"}
    props.update({"location_name": loc.get("name"), "location_ar": loc.get("name_ar"),
                  "country": loc.get("country"), "admin1": loc.get("admin1"),
                  "geo_precision": loc.get("geo_precision")})
    return {"type": "Feature", "id": r.id,
            "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
            "properties": props}


def stats_dict(s: Stats) -> dict[str, Any]:
    return {"articles": s.articles, "events": s.events, "located": s.located,
            "fatalities": s.fatalities, "first_day": s.first_day, "last_day": s.last_day,
            "by_type": s.by_type, "by_day": s.by_day, "by_country": s.by_country,
            "by_day_type": s.by_day_type}


def article_dict(v: ArticleView) -> dict[str, Any]:
    a = v.article
    return {"id": a.id, "title": a.title, "source": a.source, "url": a.url,
            "published": a.published, "text": a.text, "error": v.error,
            "events": [r.to_dict() for r in v.events], "framing": v.framing}


MAX_EXTRACT_CHARS = 100_000


class ExtractRequest(BaseModel):
    """A text to analyse without storing it (the dashboard's "Analyse a text")."""

    text: str = Field(..., min_length=1, max_length=MAX_EXTRACT_CHARS, description="Arabic article text")
    published: Optional[date] = Field(None, description="publication day: the anchor for relative dates")
    title: Optional[str] = Field(None, max_length=1000)
    source: Optional[str] = Field(None, max_length=200)


def create_app(source: EventSource, kind: str = "memory",
               extractor: Optional[Callable[[Article], ExtractionResult]] = None) -> FastAPI:
    """The app over ``source``; ``kind`` ("store", "jsonl", ...) is reported by /api/health.
    ``extractor`` (rasd's pipeline) enables POST /api/extract; without it that answers 503."""
    app = FastAPI(title="rasd", version=rasd.__version__,
                  description="Arabic conflict news as ACLED-style events: query events, articles "
                              "with evidence offsets, and counts.",
                  docs_url=None, redoc_url=None)
    app.state.source = source

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    def query(country: Optional[str], event_type: Optional[str], since: Optional[date],
              until: Optional[date], actor: Optional[str], q: Optional[str], located: bool,
              limit: int, offset: int) -> EventQuery:
        if since and until and since > until:
            raise HTTPException(status_code=422, detail="since is after until")
        blank = lambda s: (s.strip() or None) if isinstance(s, str) else s  # noqa: E731
        if country and country.strip():
            from rasd.export.columns import country_code   # "Syria" as well as "SY", as rasd events
            country = country_code(country)
        return EventQuery(country=blank(country), event_type=blank(event_type), since=since,
                          until=until, actor=blank(actor), q=blank(q), located=located,
                          limit=limit, offset=offset)

    @app.get("/api/health", summary="Liveness and what the server reads")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": rasd.__version__, "source": kind,
                "extract": extractor is not None}

    @app.post("/api/extract", summary="Extract events from a posted text (nothing is stored)")
    def extract(req: ExtractRequest) -> dict[str, Any]:
        if extractor is None:
            raise HTTPException(status_code=503, detail="extraction is switched off on this server")
        art = Article(id="pasted", text=req.text, published=req.published.isoformat() if req.published else None,
                      title=req.title, source=req.source)
        res = extractor(art)
        events = tuple(EventRecord(id=f"pasted#{i}", article_id="pasted", seq=i, event=e.to_dict(),
                                   source=art.source, title=art.title, published=art.published)
                       for i, e in enumerate(res.events))
        return {**article_dict(ArticleView(article=art, events=events, framing=res.framing,
                                           error=res.error)), "transient": True}

    @app.get("/api/events", summary="Events matching every filter, paged; format=geojson for a map")
    def events(
        country: Optional[str] = Query(None, description="ISO 3166 alpha-2 code (SY) or ACLED country name (Syria)"),
        type: Optional[str] = Query(None, description="event_type or sub_event_type"),
        since: Optional[date] = Query(None, description="first event date (YYYY-MM-DD)"),
        until: Optional[date] = Query(None, description="last event date (YYYY-MM-DD)"),
        actor: Optional[str] = Query(None, description="part of an English actor name, or an Arabic name"),
        q: Optional[str] = Query(None, description="words that must all occur in the article"),
        located: bool = Query(False, description="only events with coordinates"),
        limit: int = Query(100, ge=1, le=MAX_PAGE),
        offset: int = Query(0, ge=0),
        format: Literal["json", "geojson"] = Query("json"),
        fields: Literal["full", "map"] = Query("full", description="geojson: 'map' keeps only marker fields"),
        sort: Literal["date", "-date", "-fatalities"] = Query(
            "date", description="oldest first, newest first, or deadliest first"),
    ) -> Any:
        geo = format == "geojson"
        flt = replace(query(country, type, since, until, actor, q, located or geo, limit, offset), sort=sort)
        if geo and fields == "map":
            total, points = source.list_points(flt)
            return JSONResponse({"type": "FeatureCollection", "total": total,
                                 "features": [point_feature(p) for p in points]},
                                media_type="application/geo+json")
        page = source.list_events(flt)
        if geo:
            return JSONResponse({"type": "FeatureCollection", "total": page.total,
                                 "features": [event_feature(r) for r in page.items]},
                                media_type="application/geo+json")
        return {"total": page.total, "limit": limit, "offset": offset,
                "items": [r.to_dict() for r in page.items]}

    @app.get("/api/articles/{article_id:path}",
             summary="An article's text with its events (evidence offsets) and framing")
    def article(article_id: str) -> dict[str, Any]:
        view = source.get_article(article_id)
        if view is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        return article_dict(view)

    @app.get("/api/stats", summary="Counts by event type, by day (and type), by country (filters apply)")
    def stats(
        country: Optional[str] = None, type: Optional[str] = None, since: Optional[date] = None,
        until: Optional[date] = None, actor: Optional[str] = None, q: Optional[str] = None,
    ) -> dict[str, Any]:
        flt = query(country, type, since, until, actor, q, False, 1, 0)
        plain = flt == EventQuery(limit=1, offset=0)
        return stats_dict(source.stats(None if plain else flt))

    @app.get("/api/places/capitals", summary="Capitals of the countries rasd knows (map orientation)")
    def places_capitals() -> list[dict[str, Any]]:
        return capitals()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(web_dir() + "/index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=web_dir()), name="static")
    return app
