"""rasd eval's matching rules (CONTRACT.md): type, 25 km, 2 days, one-to-one, optional events."""
import json

from rasd.cli import main
from rasd.evaluate import evaluate


def ev(et, st, lat, lon, day, **kw):
    d = {"event_type": et, "sub_event_type": st, "date": day,
         "location": {"lat": lat, "lon": lon, "geo_precision": 1}, "evidence": {"start": 0, "end": 10}}
    d.update(kw)
    return d


GOLD = {
    "a": [ev("Battles", "Armed clash", 33.3, 44.4, "2015-07-20", fatalities=5,
             actor1={"name": "Military Forces of Iraq", "name_ar": "الجيش العراقي", "aliases": []}),
          ev("Explosions/Remote violence", "Air/drone strike", 15.35, 44.2, "2015-07-21"),
          ev("Strategic developments", "Other", 15.35, 44.2, None, optional=True)],
    "b": [ev("Protests", "Peaceful protest", 30.0, 31.2, "2015-07-01")],
}


def test_matching_rules():
    pred = {
        "a": [ev("Battles", "Government regains territory", 33.35, 44.45, "2015-07-21", fatalities=5,   # 7 km, 1 day: match, not strict
                 actor1={"name": "Iraqi Military Forces", "name_ar": "الجيش"}),
              ev("Explosions/Remote violence", "Air/drone strike", 15.35, 44.2, "2015-07-25"),        # 4 days off: no
              ev("Strategic developments", "Other", 15.36, 44.2, None)],                               # optional: neutral
        "b": [ev("Protests", "Peaceful protest", 31.0, 31.2, "2015-07-01")],                            # 111 km: no
    }
    s = evaluate(GOLD, pred).summary()
    assert (s["tp"], s["fp"], s["fn"]) == (1, 2, 2)
    assert s["precision"] == round(1 / 3, 3) and s["recall"] == 0.333
    assert s["strict_f1"] == 0.0
    assert s["actor1_acc"] == 1.0 and s["fatalities_acc"] == 1.0 and s["date_acc"] == 0.0
    assert s["loc_acc_5km"] == 0.0


def test_cli_report_lists_missed_and_spurious(tmp_path, capsys):
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("\n".join(json.dumps({"id": k, "events": v}) for k, v in GOLD.items()))
    p.write_text(json.dumps({"id": "a", "events": GOLD["a"][:1]}))
    rep = tmp_path / "r.md"
    assert main(["eval", str(g), str(p), "--report", str(rep), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["tp"] == 1 and s["fn"] == 2 and s["articles_missing_in_output"] == 1
    text = rep.read_text()
    assert "## Missed gold events (2)" in text and "Peaceful protest" in text
