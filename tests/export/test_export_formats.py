"""Exports: ACLED column names and values, JSONL contract events, valid GeoJSON, typed Parquet,
and ``rasd events`` with its filters on a store filled here."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from rasd.export.columns import ACLED_COLUMNS, COLUMNS, country_code, inter_code
from rasd.export.writers import write_events
from rasd.model import Actor, Article, Event, ExtractionResult, Place, Span
from rasd.store.db import Processed, Store
from rasd.store.query import EventFilter, iter_events

TEXT = "قصفت قوات النظام حي الشعار في حلب فقتلت ثلاثة مدنيين. واعتقلت الشرطة خمسة أشخاص في إدلب."
ALEPPO = Place("Aleppo", "حلب", "SY", 36.2021, 37.1343, 1, admin1="Aleppo", geonames_id=170063)
ARMY = Actor("Military Forces of Syria (2000-)", "قوات النظام", id="sy-army", category="state", country="SY")
EVENTS = (
    Event("Explosions/Remote violence", "Shelling/artillery/missile attack", Span(0, 53), "2016-12-08", 1,
          ARMY, Actor("Civilians (Syria)", None, category="civilians"), ALEPPO, 3, "notes, with a comma", "ASSAULT"),
    Event("Strategic developments", "Arrests", Span(54, len(TEXT)), None, None, None, None, None, None, "", None,
          extra=(("assoc_actor_1", "Police Forces of Syria"),)),
)


@pytest.fixture
def store(tmp_path):
    s = Store.open(f"sqlite:///{tmp_path / 'e.db'}")
    art = Article("a1", TEXT, "2016-12-09", "SANA", "https://sana.example/1", "عنوان")
    s.write_batch([Processed(art, ExtractionResult("a1", EVENTS))], extractor="t")
    yield s
    s.close()


def rows(store):
    return list(iter_events(store, EventFilter()))


def test_csv_has_acled_columns_then_rasd_columns(store):
    buf = io.StringIO()
    assert write_events(rows(store), "csv", stream=buf) == 2
    reader = csv.DictReader(io.StringIO(buf.getvalue()))
    assert tuple(reader.fieldnames[:len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert {"article_id", "evidence", "plover"} <= set(reader.fieldnames)
    first, second = list(reader)
    assert first["event_date"] == "2016-12-08" and first["country"] == "Syria" and first["iso"] == "SY"
    assert first["actor1"] == ARMY.name and first["inter1"] == "1" and first["inter2"] == "7"
    assert (first["location"], first["admin1"], first["latitude"]) == ("Aleppo", "Aleppo", "36.2021")
    assert first["fatalities"] == "3" and first["notes"] == "notes, with a comma"
    assert first["source"] == "SANA" and first["source_url"] == "https://sana.example/1"
    assert first["evidence"] == TEXT[0:53] and first["plover"] == "ASSAULT"
    assert second["event_date"] == "" and second["fatalities"] == "" and second["assoc_actor_1"] == "Police Forces of Syria"


def test_jsonl_is_the_contract_event_with_its_article(store):
    buf = io.StringIO()
    write_events(rows(store), "jsonl", stream=buf)
    first = json.loads(buf.getvalue().splitlines()[0])
    assert first["article_id"] == "a1" and first["source_url"] == "https://sana.example/1"
    assert {k: first[k] for k in EVENTS[0].to_dict()} == json.loads(json.dumps(EVENTS[0].to_dict()))


def test_geojson_feature_collection(store):
    buf = io.StringIO()
    write_events(rows(store), "geojson", stream=buf)
    gj = json.loads(buf.getvalue())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    f1, f2 = gj["features"]
    assert f1["geometry"] == {"type": "Point", "coordinates": [37.1343, 36.2021]}   # lon, lat
    assert f2["geometry"] is None and f1["properties"]["event_type"] == "Explosions/Remote violence"


def test_parquet_typed_columns(store, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "e.parquet"
    assert write_events(rows(store), "parquet", path=str(path)) == 2
    t = pq.read_table(path)
    assert tuple(t.column_names) == COLUMNS
    assert str(t.schema.field("fatalities").type) == "int64" and str(t.schema.field("latitude").type) == "double"
    assert t.column("fatalities").to_pylist() == [3, None]
    empty = tmp_path / "none.parquet"
    assert write_events(iter(()), "parquet", path=str(empty)) == 0
    assert pq.read_table(empty).num_rows == 0


def test_mapping_helpers():
    assert inter_code("State") == 1 and inter_code("unknown-kind") is None and inter_code(None) is None
    assert country_code("syria") == "SY" and country_code("iq") == "IQ"


def test_rasd_events_cli(store, tmp_path, capsys):
    from rasd.cli import main

    url = str(store.engine.url)

    def run(*args):
        capsys.readouterr()
        assert main(["events", "--db", url, *args]) == 0
        return capsys.readouterr().out

    assert len(run("--format", "jsonl").splitlines()) == 2
    assert len(run("--country", "Syria", "--format", "jsonl").splitlines()) == 1
    assert len(run("--type", "Arrests", "--format", "jsonl").splitlines()) == 1
    assert len(run("--since", "2016-12-08", "--until", "2016-12-08", "--format", "jsonl").splitlines()) == 1
    assert len(run("--actor", "قوات النظام", "--format", "jsonl").splitlines()) == 1
    assert len(run("--near", "36.21,37.15", "--km", "5", "--format", "jsonl").splitlines()) == 1
    assert len(run("--near", "Aleppo", "--km", "5", "--format", "jsonl").splitlines()) == 1
    assert len(run("--search", "واعتقلت الشرطةُ", "--format", "jsonl").splitlines()) == 2
    assert run("--search", "دبابة", "--format", "jsonl") == ""
    out = tmp_path / "x.geojson"
    run("-o", str(out))                     # format from the extension
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 2
    assert run().startswith("event_date,")   # csv by default


def test_rasd_events_subprocess_csv_to_stdout(store):
    r = subprocess.run([sys.executable, "-m", "rasd.cli", "events", "--db", str(store.engine.url),
                        "--format", "csv", "--limit", "1"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "rasd events: 1 events" in r.stderr
    header, row = r.stdout.splitlines()
    assert header.startswith("event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2")
    assert row.startswith("2016-12-08,Explosions/Remote violence,")
