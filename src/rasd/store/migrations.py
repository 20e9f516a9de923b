"""A small versioned migration table (``rasd_schema``) instead of Alembic.

Why not Alembic: rasd ships as a library and a CLI that create their database on first use;
a list of numbered steps applied in one transaction each is all that needs, with no
migration scripts directory to package. Each step runs once; ``migrate`` is idempotent.
To change the schema, append a step: never edit a released one.

Step 1 creates the tables as ``schema.py`` defines them now, so a new database is complete
after it; later steps bring older databases up to date and skip what is already there.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import sqlalchemy as sa

from rasd.store import schema, search


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sa.Connection], None]


def _v1(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn, tables=list(schema.CORE_TABLES))
    for stmt in search.create_ddl(conn.dialect.name):
        conn.execute(sa.text(stmt))


def _add_column(conn: sa.Connection, table: str, column: str, ddl_type: str) -> None:
    if column not in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
        conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {column} {ddl_type}"))


def _v2(conn: sa.Connection) -> None:
    _add_column(conn, "articles", "framing", "TEXT")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, events, actors, places, errors and the Arabic search index", _v1),
    Migration(2, "articles.framing: the article-level framing analysis as JSON", _v2),
)


def current_version(conn: sa.Connection) -> int:
    if not sa.inspect(conn).has_table(schema.schema_versions.name):
        return 0
    v = conn.execute(sa.select(sa.func.max(schema.schema_versions.c.version))).scalar()
    return int(v or 0)


def migrate(engine: sa.Engine) -> int:
    """Apply every pending step; return the schema version now in force."""
    with engine.begin() as conn:
        schema.schema_versions.create(conn, checkfirst=True)
    version = 0
    for m in MIGRATIONS:
        with engine.begin() as conn:
            version = current_version(conn)
            if m.version <= version:
                continue
            m.apply(conn)
            conn.execute(schema.schema_versions.insert().values(
                version=m.version, description=m.description,
                applied_at=datetime.now(timezone.utc).replace(tzinfo=None)))
            version = m.version
    return version
