"""The store on both engines: migrations, idempotent ingest, replacement, errors, search, filters."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from rasd.ingest.base import Record
from rasd.ingest.jsonl import BadRecord
from rasd.model import Article
from rasd.store import schema
from rasd.store.db import Store
from rasd.store.loader import ingest
from rasd.store.migrations import MIGRATIONS, current_version, migrate
from rasd.store.query import EventFilter, iter_events, resolve_point

import rasd_fakes


def records(dicts, origin="mem"):
    return [Record(Article.from_dict(d), f"{origin}#{i}") for i, d in enumerate(dicts, 1)]


def snapshot(store: Store) -> dict:
    """Everything an ingest writes, minus timestamps and autoincrement ids."""
    out = {}
    with store.engine.connect() as conn:
        for t in schema.CORE_TABLES:
            cols = [c for c in t.c if c.name not in ("ingested_at", "created_at", "id")
                    or (t is schema.articles and c.name == "id")]
            rows = conn.execute(sa.select(*cols)).all()
            out[t.name] = sorted(tuple(map(str, r)) for r in rows)
    return out


def test_migrations_run_once_and_record_version(db_url):
    s = Store.open(db_url)
    assert migrate(s.engine) == MIGRATIONS[-1].version
    with s.engine.connect() as conn:
        assert current_version(conn) == MIGRATIONS[-1].version
        assert conn.execute(sa.select(sa.func.count()).select_from(schema.schema_versions)).scalar() == len(MIGRATIONS)
        names = set(sa.inspect(conn).get_table_names())
    assert {"articles", "events", "actors", "places", "errors"} <= names
    s.close()


def test_migration_2_upgrades_a_version_1_database_and_keeps_its_data(db_url):
    with Store.open(db_url) as s:
        ingest(records(rasd_fakes.make_articles(3)), s, rasd_fakes.extract_batch, "fake-1")
        with s.engine.begin() as conn:       # make it look like a database made by version 1
            conn.execute(sa.text("ALTER TABLE articles DROP COLUMN framing"))
            conn.execute(schema.schema_versions.delete().where(schema.schema_versions.c.version >= 2))
    with Store.open(db_url) as s:
        with s.engine.connect() as conn:
            assert current_version(conn) == 2
            assert "framing" in {c["name"] for c in sa.inspect(conn).get_columns("articles")}
        assert s.counts()["articles"] == 3 and s.counts()["events"] == 4


def test_ingesting_twice_changes_nothing(db_url):
    arts = rasd_fakes.make_articles(30)
    with Store.open(db_url) as s:
        st = ingest(records(arts), s, rasd_fakes.extract_batch, "fake-1", batch_size=7)
        assert (st.stored, st.skipped) == (30, 0)
        first = snapshot(s)
        assert len(first["events"]) == 40
        st2 = ingest(records(arts), s, rasd_fakes.extract_batch, "fake-1", batch_size=7)
        assert (st2.stored, st2.skipped, st2.events) == (0, 30, 0)
        assert snapshot(s) == first


def test_changed_text_or_extractor_version_replaces_events(db_url):
    arts = rasd_fakes.make_articles(6)
    with Store.open(db_url) as s:
        ingest(records(arts), s, rasd_fakes.extract_batch, "fake-1")
        arts[0]["text"] = "خبر لا حدث فيه عن حلب."
        st = ingest(records(arts), s, rasd_fakes.extract_batch, "fake-1")
        assert (st.stored, st.skipped) == (1, 5)
        with s.engine.connect() as conn:
            n = conn.execute(sa.select(sa.func.count()).select_from(schema.events)
                             .where(schema.events.c.article_id == "art-00000")).scalar()
            total = conn.execute(sa.select(sa.func.count()).select_from(schema.events)).scalar()
        assert n == 0 and total == 6
        renamed = rasd_fakes.Actor("Syrian Arab Army", "الجيش السوري", id="sy-army", category="state")

        def extract_v2(batch):
            return [replace(r, events=tuple(replace(e, actor1=renamed if e.actor1 else None) for e in r.events))
                    for r in rasd_fakes.extract_batch(batch)]

        st = ingest(records(arts), s, extract_v2, "fake-2")
        assert st.stored == 6
        assert s.counts()["articles"] == 6
        with s.engine.connect() as conn:   # the newest description of an actor wins
            assert conn.execute(sa.select(schema.actors.c.name)
                                .where(schema.actors.c.key == "sy-army")).scalar() == "Syrian Arab Army"


def test_bad_records_and_extraction_errors_are_stored_once(db_url):
    recs = [Record(BadRecord("line-2", "line 2: malformed JSON (Expecting value at column 1)", 2), "f.jsonl:2"),
            *records([{"id": "x1", "text": "خطأ في النص"}, {"id": "x2", "text": "قصف على حلب."}]),
            *records([{"id": "x2", "text": "نص آخر بالمعرف نفسه"}], origin="other")]
    with Store.open(db_url) as s:
        st = ingest(recs, s, rasd_fakes.extract_batch, "fake-1")
        assert st.errors == 3
        ingest(recs, s, rasd_fakes.extract_batch, "fake-1")
        with s.engine.connect() as conn:
            errs = conn.execute(sa.select(schema.errors.c.article_id, schema.errors.c.reason,
                                          schema.errors.c.origin)).all()
            art = conn.execute(sa.select(schema.articles.c.error, schema.articles.c.text)
                               .where(schema.articles.c.id.in_(["x1", "x2"])).order_by(schema.articles.c.id)).all()
        assert len(errs) == 3
        reasons = " | ".join(r.reason for r in errs)
        assert "malformed JSON" in reasons and "not Arabic" in reasons and "duplicate id 'x2'" in reasons
        assert art[0].error and art[1].text == "قصف على حلب."   # the first x2 is kept


SEARCH_DOCS = [
    {"id": "s1", "text": "اشتبكت القوات مع الإرهابيين وبالإرهابيين في ريف حلب."},
    {"id": "s2", "text": "قالَ الجيشُ إنّ وحدات وللجيشِ تقدمت نحو المطار."},
    {"id": "s3", "text": "أعلنت وزارة الصحة عن افتتاح مستشفى جديد."},
]


@pytest.mark.parametrize("query,expected", [
    ("الارهابيين", {"s1"}),            # hamza ignored
    ("إرهابيين", {"s1"}),              # article ignored
    ("الجَيْش", {"s2"}),                # diacritics in the query ignored
    ("جيش", {"s2"}),                    # clitics (و ل ال) and case ending in the text ignored
    ("المستشفى", {"s3"}),               # ى/ي
    ("مستشفي الصحة", {"s3"}),           # every word must occur
    ("الجيش الصحة", set()),
    ("دبابة", set()),
])
def test_arabic_search(db_url, query, expected):
    with Store.open(db_url) as s:
        recs = records([{**d, "text": d["text"] + " قصف."} for d in SEARCH_DOCS])
        ingest(recs, s, rasd_fakes.extract_batch, "fake-1")
        got = {r.article_id for r in iter_events(s, EventFilter(search=query))}
        assert got == expected


def test_filters(db_url):
    arts = rasd_fakes.make_articles(40)
    expected = [e for a in arts for e in rasd_fakes.fake_extract(Article.from_dict(a)).events]
    with Store.open(db_url) as s:
        ingest(records(arts), s, rasd_fakes.extract_batch, "fake-1", batch_size=9)

        def ids(**kw):
            return [(r.article_id, r.seq) for r in iter_events(s, EventFilter(**kw))]

        everything = ids()
        assert len(everything) == len(expected) == len(set(everything))
        sy = [e for e in expected if e.location and e.location.country == "SY"]
        assert len(ids(country="SY")) == len(sy) > 0
        assert len(ids(event_type="explosions/remote violence")) == len(expected)
        assert len(ids(event_type="Shelling/artillery/missile attack")) == len(expected)
        assert ids(event_type="Battles") == []
        dated = [e for e in expected if "2016-12-05" <= e.date <= "2016-12-09"]
        assert len(ids(since=date(2016, 12, 5), until=date(2016, 12, 9))) == len(dated) > 0
        rows = list(iter_events(s, EventFilter(since=date(2016, 12, 5))))
        assert [r.event_date for r in rows] == sorted(r.event_date for r in rows)
        army = [e for e in expected if e.actor1 and e.actor1.id == "sy-army"]
        assert len(ids(actor="military forces of SYRIA")) == len(army) > 0
        assert len(ids(actor="الجيشُ السوري")) == len(army)
        aleppo = [e for e in expected if e.location and e.location.name == "Aleppo"]
        near = list(iter_events(s, EventFilter(near=(36.20, 37.15), km=20)))
        assert len(near) == len(aleppo) > 0 and {r.location for r in near} == {"Aleppo"}
        assert len(ids(near=(36.20, 37.15), km=80)) > len(aleppo)   # Idlib is ~55 km away
        assert len(ids(limit=5)) == 5
        assert len(ids(country="SY", search="حلب", limit=3)) == 3


def test_resolve_point(db_url):
    with Store.open(db_url) as s:
        ingest(records(rasd_fakes.make_articles(8)), s, rasd_fakes.extract_batch, "fake-1")
        assert resolve_point("36.5, 40.25", s) == (36.5, 40.25)
        assert resolve_point("حلبُ", s) == pytest.approx((36.2021, 37.1343))
        assert resolve_point("aleppo", s) == pytest.approx((36.2021, 37.1343))
        assert resolve_point("95,10", s) is None


def test_resolve_point_falls_back_to_the_shipped_gazetteer():
    lat, lon = resolve_point("حلب")
    assert abs(lat - 36.2) < 0.3 and abs(lon - 37.15) < 0.3
    lat, lon = resolve_point("Baghdad")
    assert abs(lat - 33.3) < 0.3 and abs(lon - 44.4) < 0.3
    assert resolve_point("Nowhereville-xyz") is None
