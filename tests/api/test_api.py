"""The REST API on an in-process client, over both sources (JSON Lines, and the store on SQLite
and on a real PostgreSQL server): the same requests must give the same answers."""
from __future__ import annotations

import argparse
import subprocess
from pathlib import Path

import pytest

# fastapi, uvicorn and httpx are dependencies of rasd: their absence fails here, loudly.
from fastapi.testclient import TestClient

import api_sample
from rasd.api.app import CSP, create_app
from rasd.api.source import JsonlSource, StoreSource


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pg_url():
    """One throwaway PostgreSQL server holding the sample (the API only reads it), started by the
    repo's scripts/start_postgres.sh; skipped, with the reason, when no server binaries exist."""
    proc = subprocess.run(["bash", str(ROOT / "scripts" / "start_postgres.sh"), "start"],
                          capture_output=True, text=True, timeout=120)
    if proc.returncode == 3:
        pytest.skip("no PostgreSQL server binaries (install the Debian package 'postgresql')")
    if proc.returncode != 0:
        raise RuntimeError(f"start_postgres.sh failed: {proc.stderr}")
    info = dict(line.split("=", 1) for line in proc.stdout.split() if "=" in line)
    api_sample.write_store(info["PGURL"])
    yield info["PGURL"]
    subprocess.run(["bash", str(ROOT / "scripts" / "start_postgres.sh"), "stop", info["PGDIR"]],
                   capture_output=True, timeout=120)


@pytest.fixture(params=["jsonl", "store", pytest.param("postgres", marks=pytest.mark.service)])
def client(request, tmp_path):
    if request.param == "jsonl":
        source = JsonlSource.open(*api_sample.write_jsonl(tmp_path))
    else:
        if request.param == "postgres":
            url = request.getfixturevalue("pg_url")
        else:
            url = f"sqlite:///{tmp_path / 'rasd.db'}"
            api_sample.write_store(url)
        framings = {a.id: r.framing for a, r in api_sample.sample()}
        calls = []
        source = StoreSource.open(url, framing_fn=lambda art: calls.append(art.id) or framings[art.id])
        source.calls = calls
    kind = "jsonl" if request.param == "jsonl" else "store"
    with TestClient(create_app(source, kind=kind)) as c:
        c.kind = kind
        c.source = source
        yield c
    source.close()


def ids(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [e["id"] for e in resp.json()["items"]]


def test_health(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["source"] == client.kind


def test_events_all_in_date_order_with_undated_last(client):
    r = client.get("/api/events")
    body = r.json()
    assert body["total"] == 6
    assert ids(r) == ["sy-1#0", "sy-1#1", "xss-1#0", "iq-1#0", "ye-1#0", "ye-1#1"]
    first = body["items"][0]
    assert first["event_type"] == "Explosions/Remote violence"
    assert first["location"]["name_ar"] == "حلب"
    assert first["source"] == "Alwaght" and first["title"] == "قصف على حلب"
    assert first["evidence"]["end"] > first["evidence"]["start"]
    assert "trigger" in first


@pytest.mark.parametrize("params,expected", [
    ({"country": "IQ"}, ["iq-1#0"]),
    ({"country": "sy"}, ["sy-1#0", "sy-1#1", "xss-1#0"]),
    ({"country": "Yemen"}, ["ye-1#0"]),
    ({"type": "battles"}, ["sy-1#1", "iq-1#0"]),
    ({"type": "Peaceful protest"}, ["ye-1#0"]),
    ({"since": "2016-12-10"}, ["iq-1#0", "ye-1#0"]),
    ({"until": "2016-12-09"}, ["sy-1#0", "sy-1#1", "xss-1#0"]),
    ({"since": "2016-12-09", "until": "2016-12-10"}, ["xss-1#0", "iq-1#0"]),
    ({"actor": "islamic state"}, ["iq-1#0"]),
    ({"actor": "الارهابيون"}, ["sy-1#1"]),        # hamza ignored
    ({"q": "الموصل"}, ["iq-1#0"]),
    ({"q": "صنعاء الغارات"}, ["ye-1#0", "ye-1#1"]),
    ({"q": "صنعاء الموصل"}, []),
    ({"located": "true"}, ["sy-1#0", "sy-1#1", "xss-1#0", "iq-1#0", "ye-1#0"]),
    ({"country": "SY", "type": "Battles"}, ["sy-1#1"]),
    ({"country": "  "}, ["sy-1#0", "sy-1#1", "xss-1#0", "iq-1#0", "ye-1#0", "ye-1#1"]),
])
def test_filters(client, params, expected):
    r = client.get("/api/events", params=params)
    assert ids(r) == expected
    assert r.json()["total"] == len(expected)


@pytest.mark.parametrize("sort,expected", [
    ("date", ["sy-1#0", "sy-1#1", "xss-1#0", "iq-1#0", "ye-1#0", "ye-1#1"]),
    ("-date", ["ye-1#0", "iq-1#0", "xss-1#0", "sy-1#0", "sy-1#1", "ye-1#1"]),
    ("-fatalities", ["iq-1#0", "sy-1#0", "ye-1#0", "ye-1#1", "sy-1#1", "xss-1#0"]),
])
def test_sort_orders(client, sort, expected):
    assert ids(client.get("/api/events", params={"sort": sort})) == expected
    assert ids(client.get("/api/events", params={"sort": sort, "limit": 2, "offset": 1})) == expected[1:3]


def test_pagination(client):
    r = client.get("/api/events", params={"limit": 2, "offset": 2})
    assert ids(r) == ["xss-1#0", "iq-1#0"]
    assert r.json()["total"] == 6
    assert ids(client.get("/api/events", params={"offset": 10})) == []


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100000}, {"offset": -1},
                                    {"since": "yesterday"}, {"format": "xml"}, {"sort": "actor"},
                                    {"since": "2016-12-11", "until": "2016-12-01"}])
def test_bad_parameters_are_422(client, params):
    assert client.get("/api/events", params=params).status_code == 422


def test_geojson_only_located_events(client):
    r = client.get("/api/events", params={"format": "geojson", "limit": 1000})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/geo+json")
    fc = r.json()
    assert fc["type"] == "FeatureCollection"
    assert fc["total"] == 5 and len(fc["features"]) == 5
    f = fc["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [37.16117, 36.20124]}
    assert f["properties"]["event_type"] == "Explosions/Remote violence"
    assert f["properties"]["location_ar"] == "حلب"
    assert all("ye-1#1" != g["id"] for g in fc["features"])
    slim = client.get("/api/events", params={"format": "geojson", "fields": "map"}).json()
    p = slim["features"][0]["properties"]
    assert p["id"] == "sy-1#0" and p["fatalities"] == 5 and p["location_ar"] == "حلب"
    assert "evidence" not in p and "notes" not in p and "actor1" not in p
    assert [g["id"] for g in slim["features"]] == [g["id"] for g in fc["features"]]


def test_article_with_events_and_framing(client):
    r = client.get("/api/articles/sy-1")
    assert r.status_code == 200
    a = r.json()
    assert a["text"].startswith("قصفت الطائرات")
    assert [e["id"] for e in a["events"]] == ["sy-1#0", "sy-1#1"]
    ev = a["events"][1]
    assert a["text"][ev["trigger"]["start"]:ev["trigger"]["end"]] == "اشتبك"
    assert ev["evidence"]["start"] <= ev["trigger"]["start"] < ev["trigger"]["end"] <= ev["evidence"]["end"]
    assert a["framing"]["actors"]["Unidentified Armed Group (Syria)"]["labels"] == ["terrorist"]
    if client.kind == "store":          # stored framing wins over recomputing it
        assert client.source.calls == []


def test_store_recomputes_missing_framing_once(tmp_path):
    url = f"sqlite:///{tmp_path / 'rasd.db'}"
    api_sample.write_store(url)
    calls = []
    source = StoreSource.open(url, framing_fn=lambda art: calls.append(art.id) or {"labels": {"martyr": 1}})
    with TestClient(create_app(source, kind="store")) as c:
        for _ in range(2):
            assert c.get("/api/articles/iq-1").json()["framing"] == {"labels": {"martyr": 1}}
        assert c.get("/api/articles/sy-1").json()["framing"]["labels"] == {"terrorist": 1}
    assert calls == ["iq-1"]
    source.close()


def test_article_text_is_returned_verbatim(client):
    a = client.get("/api/articles/xss-1").json()
    assert a["text"] == api_sample.HOSTILE_TEXT
    assert a["title"] == "<script>alert(1)</script>"


def test_missing_article_is_404(client):
    r = client.get("/api/articles/nope")
    assert r.status_code == 404
    assert "nope" in r.json()["detail"]


def test_stats(client):
    s = client.get("/api/stats").json()
    assert s["events"] == 6 and s["located"] == 5 and s["fatalities"] == 17
    assert s["articles"] == 4
    assert s["by_type"] == {"Explosions/Remote violence": 3, "Battles": 2, "Protests": 1}
    assert s["by_day"] == {"2016-12-08": 2, "2016-12-09": 1, "2016-12-10": 1, "2016-12-11": 1}
    assert s["by_country"] == {"SY": 3, "IQ": 1, "YE": 1}
    assert s["by_day_type"]["2016-12-08"] == {"Explosions/Remote violence": 1, "Battles": 1}
    assert s["by_day_type"]["2016-12-11"] == {"Protests": 1}
    assert (s["first_day"], s["last_day"]) == ("2016-12-08", "2016-12-11")


def test_stats_follow_filters(client):
    s = client.get("/api/stats", params={"country": "SY"}).json()
    assert s["events"] == 3 and s["articles"] == 2 and s["fatalities"] == 5
    assert s["by_type"] == {"Explosions/Remote violence": 2, "Battles": 1}


def test_security_headers_everywhere(client):
    for path in ("/", "/api/events", "/api/articles/xss-1", "/static/app.js", "/api/articles/nope"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_dashboard_and_openapi(client):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    html = r.text
    assert "<script>" not in html and "onclick" not in html and "style=" not in html
    assert 'src="/static/app.js"' in html
    schema = client.get("/openapi.json").json()
    assert {"/api/events", "/api/stats", "/api/health", "/api/articles/{article_id}"} <= set(schema["paths"])
    assert client.get("/docs").status_code == 404     # CDN-based docs are off


def test_capitals(client):
    caps = client.get("/api/places/capitals").json()
    sy = next(c for c in caps if c["country"] == "SY")
    assert sy["name"] == "Syria" and 33 < sy["lat"] < 34


def test_serve_command_arguments(tmp_path):
    from rasd.cli import build_parser
    from rasd.commands.serve import open_source

    a, e = api_sample.write_jsonl(tmp_path)
    args = build_parser().parse_args(["serve", "--articles", a, "--events", e, "--port", "8123"])
    assert args.port == 8123 and args.host == "127.0.0.1"
    source, kind = open_source(args)
    assert kind == "jsonl" and source.stats().events == 6
    with pytest.raises(ValueError):
        open_source(argparse.Namespace(db="sqlite:///x.db", articles=a, events=e))
    with pytest.raises(ValueError):
        open_source(argparse.Namespace(db=None, articles=a, events=None))


def test_serve_command_refuses_bad_arguments(tmp_path, capsys):
    from rasd.cli import main

    a, _ = api_sample.write_jsonl(tmp_path)
    assert main(["serve", "--articles", a]) == 2
    assert "--articles and --events go together" in capsys.readouterr().err
    assert main(["serve", "--articles", a, "--events", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl" in capsys.readouterr().err


def _fake_extractor(seen):
    from rasd.model import Event, ExtractionResult, Span

    def run(article):
        seen.append(article)
        t = article.text.index("قصفت")
        ev = Event("Explosions/Remote violence", "Air/drone strike", Span(0, len(article.text)),
                   date=article.published, trigger=Span(t, t + 4))
        return ExtractionResult(article.id, (ev,), framing={"labels": {"martyr": 2}})
    return run


def test_extract_endpoint_analyses_without_storing(tmp_path):
    seen = []
    source = JsonlSource.open(*api_sample.write_jsonl(tmp_path))
    with TestClient(create_app(source, kind="jsonl", extractor=_fake_extractor(seen))) as c:
        assert c.get("/api/health").json()["extract"] is True
        r = c.post("/api/extract", json={"text": "أمس قصفت الطائرات حلب", "published": "2016-12-09"})
        assert r.status_code == 200, r.text
        a = r.json()
        assert a["transient"] is True and a["id"] == "pasted"
        assert a["events"][0]["id"] == "pasted#0" and a["events"][0]["date"] == "2016-12-09"
        assert a["text"][a["events"][0]["trigger"]["start"]:a["events"][0]["trigger"]["end"]] == "قصفت"
        assert a["framing"] == {"labels": {"martyr": 2}}
        assert seen[0].published == "2016-12-09"
        assert c.get("/api/stats").json()["events"] == 6          # nothing stored
        assert c.post("/api/extract", json={"text": ""}).status_code == 422
        assert c.post("/api/extract", json={"text": "ا" * 100_001}).status_code == 422
        assert c.post("/api/extract", json={"text": "نص", "published": "soon"}).status_code == 422
        assert len(seen) == 1


def test_extract_endpoint_off_without_extractor(client):
    assert client.get("/api/health").json()["extract"] is False
    assert client.post("/api/extract", json={"text": "قصفت"}).status_code == 503


@pytest.mark.slow
def test_extract_endpoint_with_the_real_pipeline(tmp_path):
    from rasd.api.extract import LazyPipeline

    text = "قصفت الطائرات الحربية مدينة حلب يوم الخميس وقتل خمسة مدنيين."
    source = JsonlSource([], [])
    with TestClient(create_app(source, extractor=LazyPipeline(use_ner=False))) as c:
        a = c.post("/api/extract", json={"text": text, "published": "2016-12-09"}).json()
    assert a["error"] is None and a["events"]
    for ev in a["events"]:
        assert 0 <= ev["evidence"]["start"] < ev["evidence"]["end"] <= len(text)
    assert any(ev["event_type"] == "Explosions/Remote violence" for ev in a["events"])


def test_article_ids_with_slashes_spaces_and_hashes():
    from rasd.model import Article

    art = Article("feeds/2016 #3", "قصفت الطائرات حلب.", "2016-12-09")
    with TestClient(create_app(JsonlSource([art], [{"id": art.id, "events": []}]))) as c:
        r = c.get("/api/articles/feeds%2F2016%20%233")
        assert r.status_code == 200 and r.json()["id"] == "feeds/2016 #3"


def test_web_files_use_no_html_injection_sinks():
    """The dashboard builds DOM nodes from text only, and the page has nothing inline for CSP."""
    import re
    from pathlib import Path

    from rasd.api.app import web_dir

    js = Path(web_dir(), "app.js").read_text("utf-8")
    code = re.sub(r"/\*.*?\*/", "", js, flags=re.S)          # comments may name the sinks
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                 "new Function", "setTimeout(\"", "srcdoc"):
        assert sink not in code, sink
    html = Path(web_dir(), "index.html").read_text("utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)        # no inline script
    assert not re.search(r"\son[a-z]+=", html) and "style=" not in html and "<style" not in html
    assert "http://" not in html and "https://" not in html       # nothing from a CDN
