"""What the API reads: a small ``EventSource`` protocol with two implementations.

Why a protocol of its own instead of calling the store everywhere: the dashboard must work on
a database filled by ``rasd ingest`` (``StoreSource``) and equally on the two JSON Lines files a
user already has after ``rasd extract`` (``JsonlSource``), without a database at all. Both answer
the same three questions with the same typed records, so the web layer never knows which one
it talks to, and the filters mean the same thing on both (the JSONL side reuses the store's own
name keys and search forms, so an Arabic actor or search word matches identically).
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol, Sequence

from rasd.model import Article

_ARABIC = re.compile(r"[\u0600-\u06FF]")

FramingFn = Callable[[Article], Optional[dict[str, Any]]]


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The dashboard's filters. Every given filter must hold (AND).

    ``country``: ISO alpha-2; ``event_type``: an event_type or a sub_event_type (any case);
    ``since``/``until``: event dates, inclusive; ``actor``: part of an English actor name, or an
    Arabic name (diacritics, hamza and clitics ignored); ``q``: words that must all occur in the
    article. ``located`` keeps only events with coordinates (the map's need).
    """

    country: Optional[str] = None
    event_type: Optional[str] = None
    since: Optional[date] = None
    until: Optional[date] = None
    actor: Optional[str] = None
    q: Optional[str] = None
    located: bool = False
    limit: int = 100
    offset: int = 0
    sort: str = "date"           # one of SORTS


SORTS = ("date", "-date", "-fatalities")
"""Orders of the event list: oldest first (the default, as ``rasd events``), newest first, and
deadliest first. Undated events, and events without a death count, always come last."""


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One event as the API serves it: the CONTRACT.md event plus where it came from.

    ``id`` is ``"<article_id>#<seq>"``: stable across both sources and across re-ingests of an
    unchanged article, so a link to an event keeps working.
    """

    id: str
    article_id: str
    seq: int
    event: dict[str, Any]
    source: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "article_id": self.article_id, "seq": self.seq,
                "source": self.source, "url": self.url, "title": self.title,
                "published": self.published, **self.event}

    @property
    def lat(self) -> Optional[float]:
        loc = self.event.get("location") or {}
        return loc.get("lat")

    @property
    def lon(self) -> Optional[float]:
        loc = self.event.get("location") or {}
        return loc.get("lon")


@dataclass(frozen=True, slots=True)
class MapPoint:
    """What a map marker needs of a located event, and nothing more (the map may show
    thousands: reading each event's whole record for them would be ten times slower)."""

    id: str
    article_id: str
    event_type: str
    sub_event_type: str
    date: Optional[str]
    fatalities: Optional[int]
    lat: float
    lon: float
    location_name: Optional[str] = None
    location_ar: Optional[str] = None
    country: Optional[str] = None

    @classmethod
    def of(cls, r: "EventRecord") -> "MapPoint":
        ev = r.event
        loc = ev.get("location") or {}
        return cls(id=r.id, article_id=r.article_id, event_type=ev.get("event_type") or "",
                   sub_event_type=ev.get("sub_event_type") or "", date=ev.get("date"),
                   fatalities=ev.get("fatalities"), lat=float(loc["lat"]), lon=float(loc["lon"]),
                   location_name=loc.get("name"), location_ar=loc.get("name_ar"), country=loc.get("country"))


@dataclass(frozen=True, slots=True)
class EventPage:
    total: int
    items: tuple[EventRecord, ...]


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article with its events and the outlet's framing of each side."""

    article: Article
    events: tuple[EventRecord, ...]
    framing: Optional[dict[str, Any]] = None
    error: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Stats:
    articles: int
    events: int
    located: int
    fatalities: int
    by_type: dict[str, int] = field(default_factory=dict)
    by_day: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    by_day_type: dict[str, dict[str, int]] = field(default_factory=dict)
    first_day: Optional[str] = None
    last_day: Optional[str] = None


class EventSource(Protocol):
    def list_events(self, query: EventQuery) -> EventPage: ...

    def list_points(self, query: EventQuery) -> tuple[int, list[MapPoint]]:
        """(total, page) of the located events matching ``query``, in list order."""
        ...

    def get_article(self, article_id: str) -> Optional[ArticleView]: ...

    def stats(self, query: Optional[EventQuery] = None) -> Stats: ...

    def close(self) -> None: ...


class StatsCounter:
    """Sums groups of events (type, day, country) into ``Stats``; both sources feed it, the
    store with one row per SQL group, the JSON Lines source with one row per event."""

    def __init__(self) -> None:
        self.by_type: Counter[str] = Counter()
        self.by_day: Counter[str] = Counter()
        self.by_day_type: dict[str, Counter[str]] = {}
        self.by_country: Counter[str] = Counter()
        self.n = self.located = self.dead = 0

    def add(self, event_type: str, day: Optional[str], country: Optional[str], n: int = 1,
            located: int = 0, dead: int = 0) -> None:
        self.n += n
        self.located += located
        self.dead += dead
        self.by_type[event_type] += n
        if day:
            self.by_day[day] += n
            self.by_day_type.setdefault(day, Counter())[event_type] += n
        if country:
            self.by_country[country] += n

    def build(self, articles: int) -> Stats:
        days = sorted(self.by_day)
        return Stats(articles=int(articles), events=int(self.n), located=int(self.located),
                     fatalities=int(self.dead), by_type=dict(self.by_type.most_common()),
                     by_day={d: self.by_day[d] for d in days},
                     by_day_type={d: dict(self.by_day_type[d]) for d in days},
                     by_country=dict(self.by_country.most_common()),
                     first_day=days[0] if days else None, last_day=days[-1] if days else None)


def make_stats(articles: int, events: Iterable[EventRecord]) -> Stats:
    """Counts over ``events`` in one pass."""
    c = StatsCounter()
    for r in events:
        ev = r.event
        fat = ev.get("fatalities")
        c.add(ev.get("event_type") or "?", ev.get("date"), (ev.get("location") or {}).get("country"),
              located=int(r.lat is not None and r.lon is not None),
              dead=fat if isinstance(fat, int) else 0)
    return c.build(articles)


# ---------------------------------------------------------------------------------------------
# JSON Lines: articles + ``rasd extract`` output
# ---------------------------------------------------------------------------------------------

def _read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    opener: Any = open
    if path.endswith(".gz"):
        import gzip
        opener = gzip.open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict):
                yield obj


class JsonlSource:
    """Everything in memory: fine for the thousands of articles one extract run produces.

    Events whose article is missing from the articles file are still listed (the article view
    then has no text). Lines that are not JSON objects are skipped, as ``rasd extract`` output
    may hold error records.
    """

    def __init__(self, articles: Sequence[Article], results: Sequence[dict[str, Any]]) -> None:
        self.articles: dict[str, Article] = {}
        for a in articles:
            self.articles.setdefault(a.id, a)
        self.errors: dict[str, str] = {}
        self.framing: dict[str, dict[str, Any]] = {}
        events: list[EventRecord] = []
        for res in results:
            aid = str(res.get("id", ""))
            if res.get("error"):
                self.errors[aid] = str(res["error"])
            if isinstance(res.get("framing"), dict):
                self.framing[aid] = res["framing"]
            art = self.articles.get(aid)
            for seq, ev in enumerate(res.get("events") or []):
                if not isinstance(ev, dict) or not ev.get("event_type"):
                    continue
                events.append(EventRecord(
                    id=f"{aid}#{seq}", article_id=aid, seq=seq, event=ev,
                    source=art.source if art else None, url=art.url if art else None,
                    title=art.title if art else None, published=art.published if art else None))
        events.sort(key=lambda r: (r.event.get("date") is None, r.event.get("date") or "",
                                   r.article_id, r.seq))
        self.events: tuple[EventRecord, ...] = tuple(events)
        self._forms: dict[str, frozenset[str]] = {}

    @classmethod
    def open(cls, articles_path: str, events_path: str) -> "JsonlSource":
        arts = []
        for d in _read_jsonl(articles_path):
            try:
                arts.append(Article.from_dict(d))
            except ValueError:
                continue
        return cls(arts, list(_read_jsonl(events_path)))

    # -- filters -------------------------------------------------------------------------
    def _article_forms(self, aid: str) -> frozenset[str]:
        if aid not in self._forms:
            from rasd.store.search import index_body
            a = self.articles.get(aid)
            self._forms[aid] = frozenset(index_body(a.title, a.text).split()) if a else frozenset()
        return self._forms[aid]

    def _matcher(self, query: EventQuery) -> Callable[[EventRecord], bool]:
        from rasd.store.db import name_key
        from rasd.store.search import query_terms

        country = query.country.upper() if query.country else None
        etype = query.event_type.lower() if query.event_type else None
        since = query.since.isoformat() if query.since else None
        until = query.until.isoformat() if query.until else None
        actor_ar = actor_en = None
        if query.actor:
            if _ARABIC.search(query.actor):
                actor_ar = name_key(query.actor) or ""
            else:
                actor_en = query.actor.lower()
        terms = query_terms(query.q) if query.q else None

        def ok(r: EventRecord) -> bool:
            ev = r.event
            loc = ev.get("location") or {}
            if country and (loc.get("country") or "").upper() != country:
                return False
            if etype and etype not in ((ev.get("event_type") or "").lower(),
                                       (ev.get("sub_event_type") or "").lower()):
                return False
            d = ev.get("date") or ""
            if (since and not since <= d) or (until and not (d and d <= until)):
                return False
            if query.located and (r.lat is None or r.lon is None):
                return False
            actors = [a for a in (ev.get("actor1"), ev.get("actor2")) if isinstance(a, dict)]
            if actor_ar is not None and not any(actor_ar in (name_key(a.get("name_ar")) or "")
                                                for a in actors):
                return False
            if actor_en is not None and not any(actor_en in (a.get("name") or "").lower()
                                                for a in actors):
                return False
            if terms is not None:
                forms = self._article_forms(r.article_id)
                if not terms or not all(t in forms for t in terms):
                    return False
            return True
        return ok

    # -- EventSource ---------------------------------------------------------------------
    def _matching(self, query: EventQuery) -> list[EventRecord]:
        ok = self._matcher(query)
        found = [r for r in self.events if ok(r)]          # self.events is in date order
        if query.sort == "-date":
            dated = [r for r in found if r.event.get("date")]
            dated.sort(key=lambda r: r.event["date"], reverse=True)   # stable: ties keep id order
            found = dated + [r for r in found if not r.event.get("date")]
        elif query.sort == "-fatalities":
            counted = [r for r in found if isinstance(r.event.get("fatalities"), int)]
            counted.sort(key=lambda r: r.event["fatalities"], reverse=True)
            found = counted + [r for r in found if not isinstance(r.event.get("fatalities"), int)]
        return found

    def list_events(self, query: EventQuery) -> EventPage:
        found = self._matching(query)
        return EventPage(total=len(found), items=tuple(found[query.offset:query.offset + query.limit]))

    def list_points(self, query: EventQuery) -> tuple[int, list[MapPoint]]:
        page = self.list_events(replace(query, located=True))
        return page.total, [MapPoint.of(r) for r in page.items]

    def get_article(self, article_id: str) -> Optional[ArticleView]:
        art = self.articles.get(article_id)
        if art is None:
            return None
        evs = tuple(sorted((r for r in self.events if r.article_id == article_id), key=lambda r: r.seq))
        return ArticleView(article=art, events=evs, framing=self.framing.get(article_id),
                           error=self.errors.get(article_id))

    def stats(self, query: Optional[EventQuery] = None) -> Stats:
        evs = self._matching(query) if query else list(self.events)
        n_articles = len({r.article_id for r in evs}) if query else len(self.articles)
        return make_stats(n_articles, evs)

    def close(self) -> None:
        pass


# ---------------------------------------------------------------------------------------------
# The store (``rasd ingest``)
# ---------------------------------------------------------------------------------------------

class StoreSource:
    """Reads the store through ``rasd.store.query`` (the same filters as ``rasd events``).

    The store keeps each event's full CONTRACT dict, so nothing is lost. It does not keep the
    article's framing; ``framing_fn`` (by default none) recomputes it for the one article a user
    opens, cached per article id and text hash.
    """

    def __init__(self, store: Any, framing_fn: Optional[FramingFn] = None) -> None:
        self.store = store
        self.framing_fn = framing_fn
        self._framing_cache: dict[tuple[str, str], Optional[dict[str, Any]]] = {}

    @classmethod
    def open(cls, url: str, framing_fn: Optional[FramingFn] = None) -> "StoreSource":
        from rasd.store.db import Store
        return cls(Store.open(url), framing_fn)

    def _filter(self, query: EventQuery):
        from rasd.store.query import EventFilter
        return EventFilter(country=query.country.upper() if query.country else None,
                           event_type=query.event_type, since=query.since, until=query.until,
                           actor=query.actor, search=query.q)

    def _select(self, query: EventQuery):
        from rasd.store import schema
        from rasd.store.query import select_events

        q = select_events(self._filter(query), self.store.dialect)
        a = schema.articles
        e = schema.events
        q = q.add_columns(a.c.title, a.c.published)
        if query.located:
            q = q.where(e.c.latitude.is_not(None), e.c.longitude.is_not(None))
        if query.sort == "-date":
            q = q.order_by(None).order_by(e.c.event_date.is_(None), e.c.event_date.desc(),
                                          e.c.article_id, e.c.seq)
        elif query.sort == "-fatalities":
            q = q.order_by(None).order_by(e.c.fatalities.is_(None), e.c.fatalities.desc(),
                                          e.c.event_date.is_(None), e.c.event_date,
                                          e.c.article_id, e.c.seq)
        return q

    @staticmethod
    def _record(row: Any) -> EventRecord:
        ev = json.loads(row.data)
        return EventRecord(id=f"{row.article_id}#{row.seq}", article_id=row.article_id, seq=row.seq,
                           event=ev, source=row.source, url=row.source_url, title=row.title,
                           published=row.published)

    def list_events(self, query: EventQuery) -> EventPage:
        import sqlalchemy as sa
        from rasd.store import schema

        q = self._select(query)
        with self.store.engine.connect() as conn:
            # only the id column: SQLite then drops the outer joins the count does not need
            total = conn.execute(sa.select(sa.func.count()).select_from(
                q.with_only_columns(schema.events.c.id).order_by(None).subquery())).scalar() or 0
            # Sort and page narrow rows (ids) first, then fetch the wide rows of that page only:
            # SQLite otherwise sorts every matching row with its JSON (10x slower on 40k events).
            ids = conn.execute(q.with_only_columns(schema.events.c.id)
                               .limit(query.limit).offset(query.offset)).scalars().all()
            rows = []
            for i in range(0, len(ids), 900):
                rows += conn.execute(q.where(schema.events.c.id.in_(ids[i:i + 900]))).all()
        order = {eid: n for n, eid in enumerate(ids)}
        rows.sort(key=lambda r: order[r.event_id])
        return EventPage(total=int(total), items=tuple(self._record(r) for r in rows))

    def list_points(self, query: EventQuery) -> tuple[int, list[MapPoint]]:
        import sqlalchemy as sa
        from rasd.store import schema

        e, p = schema.events, schema.places
        q = self._select(replace(query, located=True))
        with self.store.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(
                q.with_only_columns(e.c.id).order_by(None).subquery())).scalar() or 0
            rows = conn.execute(q.with_only_columns(
                e.c.article_id, e.c.seq, e.c.event_type, e.c.sub_event_type, e.c.event_date,
                e.c.fatalities, e.c.latitude, e.c.longitude, p.c.name, e.c.location_ar, e.c.country)
                .limit(query.limit).offset(query.offset)).all()
        return int(total), [MapPoint(
            id=f"{r.article_id}#{r.seq}", article_id=r.article_id, event_type=r.event_type,
            sub_event_type=r.sub_event_type,
            date=r.event_date.isoformat() if isinstance(r.event_date, date) else r.event_date,
            fatalities=r.fatalities, lat=float(r.latitude), lon=float(r.longitude),
            location_name=r.name, location_ar=r.location_ar, country=r.country) for r in rows]

    def get_article(self, article_id: str) -> Optional[ArticleView]:
        import sqlalchemy as sa
        from rasd.store import schema

        a, e = schema.articles, schema.events
        with self.store.engine.connect() as conn:
            row = conn.execute(sa.select(a).where(a.c.id == article_id)).first()
            if row is None:
                return None
            evrows = conn.execute(sa.select(e.c.seq, e.c.data).where(e.c.article_id == article_id)
                                  .order_by(e.c.seq)).all()
        art = Article(id=row.id, text=row.text, published=row.published, source=row.source,
                      url=row.url, title=row.title)
        events = tuple(EventRecord(id=f"{art.id}#{r.seq}", article_id=art.id, seq=r.seq,
                                   event=json.loads(r.data), source=art.source, url=art.url,
                                   title=art.title, published=art.published) for r in evrows)
        framing = None
        stored = getattr(row, "framing", None) if "framing" in a.c else None
        if stored:
            framing = json.loads(stored) if isinstance(stored, str) else stored
        elif self.framing_fn is not None and not row.error:
            key = (art.id, row.text_hash)
            if key not in self._framing_cache:
                self._framing_cache[key] = self.framing_fn(art)
            framing = self._framing_cache[key]
        return ArticleView(article=art, events=events, framing=framing, error=row.error)

    def stats(self, query: Optional[EventQuery] = None) -> Stats:
        """Counts over the filtered events: one GROUP BY (type, day, country) in SQL, whose few
        rows are summed here; the whole store reads the events table alone, without joins."""
        import sqlalchemy as sa
        from rasd.store import schema

        src = schema.events if query is None else self._select(query).order_by(None).limit(None).subquery()
        count = sa.func.count()
        grouped = (sa.select(src.c.event_type, src.c.event_date, src.c.country, count,
                             sa.func.count(src.c.latitude), sa.func.coalesce(sa.func.sum(src.c.fatalities), 0))
                   .group_by(src.c.event_type, src.c.event_date, src.c.country))
        c = StatsCounter()
        with self.store.engine.connect() as conn:
            if query is None:
                n_art = conn.execute(sa.select(count).select_from(schema.articles)).scalar() or 0
            else:
                n_art = conn.execute(sa.select(sa.func.count(sa.distinct(src.c.article_id)))).scalar() or 0
            for etype, day, country, k, k_located, k_dead in conn.execute(grouped):
                iso = day.isoformat() if isinstance(day, date) else (str(day) if day else None)
                c.add(etype, iso, country, k, k_located, k_dead)
        return c.build(n_art)

    def close(self) -> None:
        self.store.close()
