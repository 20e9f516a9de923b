"""Open a store and write extraction results to it, one transaction per batch.

Why one transaction per batch: an article, its events, its search entry and its actors and
places are written together or not at all, so a crash (Ctrl-C, kill -9, power cut with WAL)
leaves whole articles only; the next ingest sees which ids are stored with the same text hash
and extractor version and skips them, so nothing is lost or doubled.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Iterable, Optional, Sequence

import sqlalchemy as sa

from rasd.model import Actor, Article, Event, ExtractionResult, Place
from rasd.store import schema, search
from rasd.store.migrations import migrate
from rasd.text.normalize import norm_key
from rasd.text.tokenize import lookup_key

DEFAULT_URL = "sqlite:///rasd.db"


@dataclass(frozen=True, slots=True)
class Processed:
    """An article with its extraction result, ready to be stored."""

    article: Article
    result: ExtractionResult
    origin: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that never became an article (unreadable line, file, feed entry...)."""

    reason: str
    origin: Optional[str] = None
    article_id: Optional[str] = None


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def engine_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and route them to psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def create_engine(url: str = DEFAULT_URL) -> sa.Engine:
    engine = sa.create_engine(engine_url(url), future=True)
    if engine.dialect.name == "sqlite":
        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()
    elif engine.dialect.name != "postgresql":
        raise ValueError(f"unsupported database: {url} (use sqlite:///FILE or postgresql://...)")
    return engine


def _insert(conn: sa.Connection, table: sa.Table):
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def actor_key(actor: Actor) -> str:
    return actor.id or f"{actor.name}|{actor.country or ''}"


def place_key(place: Place) -> str:
    if place.place_id:
        return place.place_id
    if place.geonames_id:
        return f"gn:{place.geonames_id}"
    lat = "" if place.lat is None else f"{place.lat:.4f}"
    lon = "" if place.lon is None else f"{place.lon:.4f}"
    return f"{place.name}|{place.country or ''}|{lat}|{lon}"


def name_key(name: Optional[str]) -> Optional[str]:
    """Normalised lookup key of a name (diacritics, hamza, article ignored) for matching."""
    if not name:
        return None
    return " ".join(lookup_key(w) for w in norm_key(name).split())


def _iso_date(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


class Store:
    """A migrated database. Use ``Store.open(url)``; ``close()`` when done."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str = DEFAULT_URL) -> "Store":
        engine = create_engine(url)
        migrate(engine)
        return cls(engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading state -------------------------------------------------------------------
    def known(self, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """``{id: (text_hash, extractor)}`` for the given ids already stored."""
        out: dict[str, tuple[str, str]] = {}
        a = schema.articles
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                rows = conn.execute(sa.select(a.c.id, a.c.text_hash, a.c.extractor)
                                    .where(a.c.id.in_(list(ids[i:i + 500]))))
                out.update({r.id: (r.text_hash, r.extractor) for r in rows})
        return out

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: int(conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0)
                    for t in schema.CORE_TABLES}

    # -- writing -------------------------------------------------------------------------
    def write_batch(self, processed: Sequence[Processed], failures: Sequence[Failure] = (),
                    extractor: str = "") -> None:
        """Store ``processed`` articles (replacing older versions of them) and ``failures``,
        all in one transaction."""
        with self.engine.begin() as conn:
            ids = [p.article.id for p in processed]
            existing = self._existing(conn, ids)
            if existing:
                conn.execute(sa.delete(schema.events).where(schema.events.c.article_id.in_(existing)))
                search.delete_rows(conn, existing)
                conn.execute(sa.delete(schema.articles).where(schema.articles.c.id.in_(existing)))
            now = _now()
            article_rows, event_rows, search_rows = [], [], []
            actor_rows: dict[str, dict] = {}
            place_rows: dict[str, dict] = {}
            errs = [self._failure_row(f, now) for f in failures]
            for p in processed:
                a, r = p.article, p.result
                article_rows.append({
                    "id": a.id, "text": a.text, "title": a.title, "published": a.published,
                    "source": a.source, "url": a.url, "origin": p.origin,
                    "text_hash": text_hash(a.text), "extractor": extractor,
                    "n_events": len(r.events), "error": r.error, "ingested_at": now,
                    "framing": json.dumps(r.framing, ensure_ascii=False, default=str) if r.framing else None})
                search_rows.append((a.id, search.index_body(a.title, a.text)))
                if r.error:
                    errs.append(self._failure_row(Failure(r.error, p.origin, a.id), now))
                for seq, ev in enumerate(r.events):
                    event_rows.append(self._event_row(a, seq, ev, actor_rows, place_rows))
            if article_rows:
                conn.execute(schema.articles.insert(), article_rows)
            for table, rows in ((schema.actors, actor_rows), (schema.places, place_rows)):
                if rows:   # the latest extraction's description of an actor or place wins
                    ins = _insert(conn, table)
                    conn.execute(ins.on_conflict_do_update(
                        index_elements=["key"],
                        set_={c.name: ins.excluded[c.name] for c in table.c if c.name != "key"}),
                        list(rows.values()))
            if event_rows:
                conn.execute(schema.events.insert(), event_rows)
            search.insert_rows(conn, search_rows)
            if errs:
                unique = {e["key"]: e for e in errs}
                conn.execute(_insert(conn, schema.errors).on_conflict_do_nothing(index_elements=["key"]),
                             list(unique.values()))

    @staticmethod
    def _existing(conn: sa.Connection, ids: list[str]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(ids), 500):
            out += conn.execute(sa.select(schema.articles.c.id)
                                .where(schema.articles.c.id.in_(ids[i:i + 500]))).scalars().all()
        return out

    @staticmethod
    def _failure_row(f: Failure, now: datetime) -> dict:
        key = hashlib.sha1(f"{f.origin}\x1f{f.article_id}\x1f{f.reason}".encode("utf-8", "replace")).hexdigest()
        return {"key": key, "article_id": f.article_id, "origin": f.origin, "reason": f.reason,
                "created_at": now}

    @staticmethod
    def _event_row(a: Article, seq: int, ev: Event, actor_rows: dict, place_rows: dict) -> dict:
        keys: list[Optional[str]] = []
        for actor in (ev.actor1, ev.actor2):
            if actor is None:
                keys.append(None)
                continue
            k = actor_key(actor)
            actor_rows.setdefault(k, {"key": k, "name": actor.name, "category": actor.category,
                                      "country": actor.country})
            keys.append(k)
        loc = ev.location
        pkey = None
        if loc is not None:
            pkey = place_key(loc)
            place_rows.setdefault(pkey, {
                "key": pkey, "name": loc.name, "name_ar": loc.name_ar,
                "name_key": name_key(loc.name_ar), "country": loc.country, "admin1": loc.admin1,
                "latitude": loc.lat, "longitude": loc.lon, "geonames_id": loc.geonames_id,
                "feature": loc.feature})
        s, e = ev.evidence.start, ev.evidence.end
        return {
            "article_id": a.id, "seq": seq, "event_type": ev.event_type,
            "sub_event_type": ev.sub_event_type, "event_date": _iso_date(ev.date),
            "time_precision": ev.time_precision,
            "actor1_key": keys[0], "actor1_ar": ev.actor1.name_ar if ev.actor1 else None,
            "actor1_ar_key": name_key(ev.actor1.name_ar) if ev.actor1 else None,
            "actor2_key": keys[1], "actor2_ar": ev.actor2.name_ar if ev.actor2 else None,
            "actor2_ar_key": name_key(ev.actor2.name_ar) if ev.actor2 else None,
            "place_key": pkey, "location_ar": loc.name_ar if loc else None,
            "country": loc.country if loc else None,
            "latitude": loc.lat if loc else None, "longitude": loc.lon if loc else None,
            "geo_precision": loc.geo_precision if loc else None,
            "fatalities": ev.fatalities, "notes": ev.notes,
            "evidence_start": s, "evidence_end": e, "evidence_text": a.text[s:e],
            "plover": ev.plover, "modality": ev.modality, "confidence": ev.confidence,
            "data": json.dumps(ev.to_dict(), ensure_ascii=False, default=str),
        }


def iter_chunks(items: Iterable, n: int):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf
