"""Filtered reads of the event store: the one query behind ``rasd events`` and the exports.

Every filter is pushed into SQL where the engine can use an index (date, type, country, the
latitude bounding box, the full-text index); the exact great-circle distance is checked in
Python on the few rows inside the box. Rows stream out in a stable order (date, article, seq).
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator, Optional

import sqlalchemy as sa

from rasd.geo import haversine_km
from rasd.store import schema, search
from rasd.store.db import Store, name_key

EARTH_KM = 6371.0088
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*[, ]\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True, slots=True)
class EventFilter:
    country: Optional[str] = None        # ISO alpha-2 code
    event_type: Optional[str] = None     # event_type or sub_event_type, any case
    since: Optional[date] = None
    until: Optional[date] = None
    actor: Optional[str] = None          # English name (substring) or Arabic surface form
    near: Optional[tuple[float, float]] = None
    km: float = 25.0
    search: Optional[str] = None         # Arabic words, all must occur in the article
    limit: Optional[int] = None


@dataclass(frozen=True, slots=True)
class EventRow:
    """One stored event with what the exports need (joined from articles, actors, places)."""

    event_id: int
    article_id: str
    seq: int
    event_date: Optional[str]
    event_type: str
    sub_event_type: str
    actor1: Optional[str]
    actor1_category: Optional[str]
    actor1_ar: Optional[str]
    actor2: Optional[str]
    actor2_category: Optional[str]
    actor2_ar: Optional[str]
    country: Optional[str]
    admin1: Optional[str]
    location: Optional[str]
    location_ar: Optional[str]
    latitude: Optional[float]
    longitude: Optional[float]
    geo_precision: Optional[int]
    time_precision: Optional[int]
    fatalities: Optional[int]
    notes: Optional[str]
    source: Optional[str]
    source_url: Optional[str]
    evidence_start: int
    evidence_end: int
    evidence: Optional[str]
    plover: Optional[str]
    data: str

    def event_dict(self) -> dict[str, Any]:
        """The CONTRACT.md event as extracted, plus where it came from."""
        d = json.loads(self.data)
        return {"article_id": self.article_id, "source": self.source, "source_url": self.source_url, **d}


def bounding_box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) containing every point within ``km``."""
    dlat = math.degrees(km / EARTH_KM)
    coslat = math.cos(math.radians(min(89.0, abs(lat) + dlat)))
    dlon = 180.0 if coslat <= 1e-6 else min(180.0, math.degrees(km / (EARTH_KM * coslat)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def select_events(flt: EventFilter, dialect: str) -> sa.Select:
    e, a, p = schema.events, schema.articles, schema.places
    a1, a2 = schema.actors.alias("a1"), schema.actors.alias("a2")
    q = (sa.select(
            e.c.id.label("event_id"), e.c.article_id, e.c.seq, e.c.event_date, e.c.event_type,
            e.c.sub_event_type, a1.c.name.label("actor1"), a1.c.category.label("actor1_category"),
            e.c.actor1_ar, a2.c.name.label("actor2"), a2.c.category.label("actor2_category"),
            e.c.actor2_ar, e.c.country, p.c.admin1, p.c.name.label("location"), e.c.location_ar,
            e.c.latitude, e.c.longitude, e.c.geo_precision, e.c.time_precision, e.c.fatalities,
            e.c.notes, a.c.source, a.c.url.label("source_url"), e.c.evidence_start, e.c.evidence_end,
            e.c.evidence_text.label("evidence"), e.c.plover, e.c.data)
         .select_from(e.join(a, a.c.id == e.c.article_id)
                      .outerjoin(a1, a1.c.key == e.c.actor1_key)
                      .outerjoin(a2, a2.c.key == e.c.actor2_key)
                      .outerjoin(p, p.c.key == e.c.place_key)))
    if flt.country:
        q = q.where(e.c.country == flt.country.upper())
    if flt.event_type:
        t = flt.event_type.lower()
        q = q.where(sa.or_(sa.func.lower(e.c.event_type) == t, sa.func.lower(e.c.sub_event_type) == t))
    if flt.since:
        q = q.where(e.c.event_date >= flt.since)
    if flt.until:
        q = q.where(e.c.event_date <= flt.until)
    if flt.actor:
        if _ARABIC.search(flt.actor):
            k = name_key(flt.actor) or ""
            like = f"%{_escape(k)}%"
            q = q.where(sa.or_(e.c.actor1_ar_key.like(like, escape="\\"),
                               e.c.actor2_ar_key.like(like, escape="\\")))
        else:
            like = f"%{_escape(flt.actor.lower())}%"
            q = q.where(sa.or_(sa.func.lower(a1.c.name).like(like, escape="\\"),
                               sa.func.lower(a2.c.name).like(like, escape="\\")))
    if flt.near:
        lat0, lat1, lon0, lon1 = bounding_box(flt.near[0], flt.near[1], flt.km)
        q = q.where(e.c.latitude.between(lat0, lat1))
        if lon0 >= -180 and lon1 <= 180:
            q = q.where(e.c.longitude.between(lon0, lon1))
    if flt.search:
        ids = search.matching_ids(dialect, flt.search)
        if ids is None:
            q = q.where(sa.false())
        else:
            q = q.where(e.c.article_id.in_(ids.scalar_subquery()))
    q = q.order_by(e.c.event_date.is_(None), e.c.event_date, e.c.article_id, e.c.seq)
    if flt.limit is not None and not flt.near:
        q = q.limit(flt.limit)
    return q


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def iter_events(store: Store, flt: EventFilter) -> Iterator[EventRow]:
    """Stream the events matching ``flt`` (exact distance checked here for ``near``)."""
    q = select_events(flt, store.dialect)
    n = 0
    with store.engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=2000).execute(q)
        for r in result:
            if flt.near:
                if r.latitude is None or r.longitude is None:
                    continue
                if haversine_km(flt.near[0], flt.near[1], r.latitude, r.longitude) > flt.km:
                    continue
            d = r._asdict()
            ed = d["event_date"]
            d["event_date"] = ed.isoformat() if isinstance(ed, date) else ed
            yield EventRow(**d)
            n += 1
            if flt.limit is not None and n >= flt.limit:
                return


def resolve_point(place: str, store: Optional[Store] = None) -> Optional[tuple[float, float]]:
    """Coordinates for ``--near``: "lat,lon", else a place stored with events, else the gazetteer.

    Among several places with the name, the most used (in the store) or the most populous
    (in the gazetteer) wins."""
    m = _LATLON.match(place)
    if m:
        lat, lon = float(m[1]), float(m[2])
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return lat, lon
        return None
    if store is not None:
        p, e = schema.places, schema.events
        key = name_key(place)
        cond = (p.c.name_key == key) if _ARABIC.search(place) else (sa.func.lower(p.c.name) == place.lower())
        q = (sa.select(p.c.latitude, p.c.longitude, sa.func.count(e.c.id).label("n"))
             .select_from(p.outerjoin(e, e.c.place_key == p.c.key))
             .where(cond, p.c.latitude.is_not(None), p.c.longitude.is_not(None))
             .group_by(p.c.key, p.c.latitude, p.c.longitude).order_by(sa.desc("n")).limit(1))
        with store.engine.connect() as conn:
            row = conn.execute(q).first()
        if row is not None:
            return float(row.latitude), float(row.longitude)
    return _gazetteer_point(place)


def _gazetteer_point(place: str) -> Optional[tuple[float, float]]:
    try:
        from rasd.gazetteer.lookup import Gazetteer
    except ImportError:
        return None
    try:
        gaz = Gazetteer.load()
    except (OSError, ValueError):
        return None
    if _ARABIC.search(place):
        found = gaz.lookup(place)
    else:
        low = place.strip().lower()
        found = [g for g in gaz.entries if g.name.lower() == low]
    if not found:
        return None
    best = max(found, key=lambda g: (g.population or 0))
    return best.lat, best.lon
