"""The one relational schema of rasd, for SQLite and PostgreSQL alike (SQLAlchemy Core).

Why Core and not an ORM: the store is a bulk writer and a filtered reader; plain tables and
``executemany`` are faster and keep the SQL visible. Only full-text search differs between
engines (FTS5 vs tsvector); that lives in ``rasd.store.search``.

Tables:
- ``articles``: one row per article id, with the text, its SHA-256 (``text_hash``) and the
  extractor version that produced its events (``extractor``). A re-ingest skips an article whose
  id, hash and extractor are unchanged, so results are keyed by id + text hash + rasd version.
- ``events``: one row per extracted event, with the columns filters need (date, type, country,
  coordinates) plus the full CONTRACT.md dict as JSON (``data``) so no field is ever lost.
- ``actors`` and ``places``: the canonical actors and resolved places events point to.
- ``errors``: records that could not be read or processed, with the reason; ``key`` makes the
  same error recorded once however often the input is ingested.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("origin", sa.Text),
    sa.Column("text_hash", sa.Text, nullable=False),
    sa.Column("extractor", sa.Text, nullable=False),
    sa.Column("n_events", sa.Integer, nullable=False, default=0),
    sa.Column("error", sa.Text),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    sa.Column("framing", sa.Text),          # JSON of ExtractionResult.framing (migration 2)
)

actors = sa.Table(
    "actors", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("category", sa.Text),
    sa.Column("country", sa.Text),
)

places = sa.Table(
    "places", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_ar", sa.Text),
    sa.Column("name_key", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("feature", sa.Text),
    sa.Index("ix_places_name_key", "name_key"),
)

events = sa.Table(
    "events", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("event_type", sa.Text, nullable=False),
    sa.Column("sub_event_type", sa.Text, nullable=False),
    sa.Column("event_date", sa.Date),
    sa.Column("time_precision", sa.Integer),
    sa.Column("actor1_key", sa.Text, sa.ForeignKey("actors.key")),
    sa.Column("actor1_ar", sa.Text),
    sa.Column("actor1_ar_key", sa.Text),
    sa.Column("actor2_key", sa.Text, sa.ForeignKey("actors.key")),
    sa.Column("actor2_ar", sa.Text),
    sa.Column("actor2_ar_key", sa.Text),
    sa.Column("place_key", sa.Text, sa.ForeignKey("places.key")),
    sa.Column("location_ar", sa.Text),
    sa.Column("country", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("fatalities", sa.Integer),
    sa.Column("notes", sa.Text),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("evidence_text", sa.Text),
    sa.Column("plover", sa.Text),
    sa.Column("modality", sa.Text),
    sa.Column("confidence", sa.Float),
    sa.Column("data", sa.Text, nullable=False),
    sa.UniqueConstraint("article_id", "seq", name="uq_events_article_seq"),
    sa.Index("ix_events_date", "event_date"),
    sa.Index("ix_events_type", "event_type"),
    sa.Index("ix_events_country", "country"),
    sa.Index("ix_events_lat", "latitude"),
    sa.Index("ix_events_article", "article_id"),
)

errors = sa.Table(
    "errors", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("article_id", sa.Text),
    sa.Column("origin", sa.Text),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

schema_versions = sa.Table(
    "rasd_schema", metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime, nullable=False),
)

CORE_TABLES = (articles, actors, places, events, errors)
