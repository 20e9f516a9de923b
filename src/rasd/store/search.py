"""Arabic full-text search that ignores diacritics, hamza forms and clitics, on both engines.

Why index a prepared copy instead of the raw text: neither SQLite FTS5 nor PostgreSQL's
'simple' configuration knows Arabic orthography. So rasd indexes, per article, the set of
lookup forms its tokenizer gives for every word (``rasd.text.tokenize``: normalised by
``norm_key``, article removed, every proclitic reading), and turns a query word into its most
literal lookup form the same way. «وللجيشِ» in a text is indexed as وللجيش, للجيش, جيش, الجيش,
so the query «الجيش» (form جيش) finds it; «الإرهابيين» and «الارهابيين» meet on one form.

Search is word-based (all query words must occur in the article); there is no phrase search,
which lets the index keep each form once per article (smaller, faster).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

import sqlalchemy as sa

from rasd.text.normalize import norm_key
from rasd.text.tokenize import analyse

# Words as rasd's tokenizer sees them: a letter or mark, then letters, digits or marks
# (diacritics and tatweel stay inside the word; ``analyse`` normalises them away).
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D"
_DIGIT = "0-9\u0660-\u0669\u06F0-\u06F9"
_WORD = re.compile(rf"[{_DIGIT}]+(?:[.,\u066B\u066C][{_DIGIT}]+)*"
                   rf"|(?:[^\W\d_]|[{_MARKS}])(?:[^\W_]|[{_MARKS}])*")


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> tuple[str, ...]:
    """The lookup forms of one word or number (cached: news vocabulary repeats a lot)."""
    if word[0].isdigit():
        return (norm_key(word),)
    return analyse(word)[1]

SQLITE_FTS_TABLE = "article_fts"
PG_SEARCH_TABLE = "article_search"


def index_body(*texts: str | None) -> str:
    """The space-joined unique lookup forms of every word of ``texts``, first occurrence first."""
    seen: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        for m in _WORD.finditer(text):
            for form in word_forms(m.group()):
                if form and form not in seen:
                    seen[form] = None
    return " ".join(seen)


def query_terms(words: str) -> list[str]:
    """The lookup form each query word must match (its most literal form, article removed)."""
    terms: list[str] = []
    for m in _WORD.finditer(words):
        forms = word_forms(m.group())
        if forms and forms[0] and forms[0] not in terms:
            terms.append(forms[0])
    return terms


def create_ddl(dialect: str) -> list[str]:
    """Statements that create the engine's search index (part of schema migration 1)."""
    if dialect == "sqlite":
        # rowid = the article's rowid: deletes and joins go through the integer key
        return [f"CREATE VIRTUAL TABLE IF NOT EXISTS {SQLITE_FTS_TABLE} USING fts5("
                "body, detail=none, tokenize='unicode61 remove_diacritics 0')"]
    if dialect == "postgresql":
        return [f"CREATE TABLE IF NOT EXISTS {PG_SEARCH_TABLE} ("
                "article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
                "tsv TSVECTOR NOT NULL)",
                f"CREATE INDEX IF NOT EXISTS ix_{PG_SEARCH_TABLE}_tsv ON {PG_SEARCH_TABLE} USING GIN (tsv)"]
    raise ValueError(f"unsupported database engine: {dialect}")


def delete_rows(conn: sa.Connection, article_ids: list[str]) -> None:
    if not article_ids:
        return
    if conn.dialect.name == "sqlite":
        sql = (f"DELETE FROM {SQLITE_FTS_TABLE} WHERE rowid IN "
               "(SELECT rowid FROM articles WHERE id IN :ids)")
    else:
        sql = f"DELETE FROM {PG_SEARCH_TABLE} WHERE article_id IN :ids"
    for chunk in _chunks(article_ids, 500):
        conn.execute(sa.text(sql).bindparams(sa.bindparam("ids", expanding=True)), {"ids": chunk})


def insert_rows(conn: sa.Connection, rows: list[tuple[str, str]]) -> None:
    """Index ``(article_id, body)`` pairs of stored articles; ``body`` comes from ``index_body``."""
    if not rows:
        return
    params = [{"a": a, "b": b} for a, b in rows]
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(f"INSERT INTO {SQLITE_FTS_TABLE} (rowid, body) "
                             "SELECT rowid, :b FROM articles WHERE id = :a"), params)
    else:
        conn.execute(sa.text(f"INSERT INTO {PG_SEARCH_TABLE} (article_id, tsv) "
                             "VALUES (:a, to_tsvector('simple', :b))"), params)


def matching_ids(dialect: str, words: str) -> sa.Select | None:
    """A SELECT of the article ids containing every query word (None when the query has no word)."""
    terms = query_terms(words)
    if not terms:
        return None
    if dialect == "sqlite":
        expr = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
        hits = (sa.select(sa.column("rowid")).select_from(sa.table(SQLITE_FTS_TABLE))
                .where(sa.text(f"{SQLITE_FTS_TABLE} MATCH :q").bindparams(q=expr)))
        return (sa.select(sa.column("id")).select_from(sa.table("articles"))
                .where(sa.column("rowid").in_(hits.scalar_subquery())))
    query = " & ".join("'" + t.replace("'", "''").replace("\\", "") + "'" for t in terms)
    return (sa.select(sa.column("article_id"))
            .select_from(sa.table(PG_SEARCH_TABLE))
            .where(sa.text("tsv @@ to_tsquery('simple', :q)").bindparams(q=query)))


def _chunks(items: list[str], n: int) -> Iterable[list[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]
