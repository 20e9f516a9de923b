"""`rasd extract` honours CONTRACT.md: one output line per input article, in order, per-record
errors for bad input, a non-zero exit only when the input as a whole cannot be read."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.cli import main
from rasd.events.lexicon import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo" / "articles.jsonl"
ARABIC = "قال مصدر أمني إن انفجار عبوة ناسفة في بغداد أسفر عن مقتل خمسة أشخاص أمس."


def _run(tmp_path, lines: list[bytes]) -> list[dict]:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out), "--no-ner"]) == 0
    return [json.loads(l) for l in out.read_text("utf-8").splitlines()]


def test_bad_records_get_errors_and_the_batch_goes_on(tmp_path):
    good = json.dumps({"id": "ok", "text": ARABIC, "published": "2015-07-21"}, ensure_ascii=False).encode()
    lines = [
        good,
        b'{"id": "broken", "text": "\xd9\x82\xd8\xaa',          # truncated JSON
        b"\xff\xfe\x00binary\x00",                              # not UTF-8
        json.dumps({"id": "empty", "text": ""}).encode(),
        json.dumps({"id": "english", "text": "Five people were killed in Baghdad."}).encode(),
        json.dumps({"id": "huge", "text": "ب" * 2_000_001}).encode(),
        json.dumps({"id": "notext"}).encode(),
        json.dumps(["a", "list"]).encode(),
        json.dumps({"id": "html", "text": "<div><p>انفجار عبوة ناسفة في بغداد</div></span><script>x"}, ensure_ascii=False).encode(),
        json.dumps({"id": "nul", "text": "انفجار\x00عبوة"}, ensure_ascii=False).encode(),
        good.replace(b'"ok"', b'"ok2"'),
    ]
    out = _run(tmp_path, lines)
    assert [r["id"] for r in out] == ["ok", "broken", "line-3", "empty", "english", "huge", "notext", "line-8",
                                      "html", "nul", "ok2"]
    errors = {r["id"]: r.get("error") for r in out}
    assert errors["ok"] is None and errors["ok2"] is None and errors["html"] is None
    assert "malformed JSON" in errors["broken"]
    assert "UTF-8" in errors["line-3"]
    assert errors["empty"] == "empty text"
    assert "not Arabic" in errors["english"]
    assert "too long" in errors["huge"]
    assert "no 'text'" in errors["notext"]
    assert "not a JSON object" in errors["line-8"]
    assert "NUL" in errors["nul"]
    for r in out:
        assert isinstance(r["events"], list)
        if r.get("error"):
            assert r["events"] == []


def test_output_fields_follow_the_contract(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(DEMO), "-o", str(out), "--no-ner"]) == 0
    arts = [json.loads(l) for l in DEMO.read_text("utf-8").splitlines() if l.strip()]
    recs = [json.loads(l) for l in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in recs] == [a["id"] for a in arts]
    texts = {a["id"]: a["text"] for a in arts}
    n = 0
    for r in recs:
        for e in r["events"]:
            n += 1
            assert (e["event_type"], e["sub_event_type"]) in EVENT_TYPES
            assert e["time_precision"] in (None, 1, 2, 3)
            if e["date"] is not None:
                assert len(e["date"]) == 10 and e["date"][4] == "-"
            for k in ("actor1", "actor2"):
                assert e[k] is None or ("name" in e[k] and "name_ar" in e[k])
            loc = e["location"]
            if loc is not None:
                for k in ("name", "name_ar", "country", "lat", "lon", "geo_precision"):
                    assert k in loc
            assert e["fatalities"] is None or (isinstance(e["fatalities"], int) and e["fatalities"] >= 0)
            s, t = e["evidence"]["start"], e["evidence"]["end"]
            assert 0 <= s < t <= len(texts[r["id"]])
            assert isinstance(e["notes"], str) and e["notes"]
    assert n > 0


def test_txt_file_and_stdin(tmp_path):
    txt = tmp_path / "story.txt"
    txt.write_text(ARABIC, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(txt), "-o", str(out), "--published", "2015-07-21", "--no-ner"]) == 0
    rec = json.loads(out.read_text("utf-8"))
    assert rec["id"] == "story" and "error" not in rec
    proc = subprocess.run([sys.executable, "-m", "rasd.cli", "extract", "-", "--no-ner"],
                          input=ARABIC.encode("utf-8"), capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "stdin"


def test_unreadable_input_is_the_only_failure(tmp_path):
    assert main(["extract", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2
