#!/usr/bin/env python3
"""Checks of the dev3 set: lines parse, ids match in order, evidence spans lie in the text,
types are contract pairs, dates are ISO, coordinates are numbers, no article is a dev or held-out article."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PAIRS = {("Battles", "Armed clash"), ("Battles", "Government regains territory"),
         ("Battles", "Non-state actor overtakes territory"), ("Explosions/Remote violence", "Chemical weapon"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Suicide bomb"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED"), ("Explosions/Remote violence", "Grenade"),
         ("Violence against civilians", "Sexual violence"), ("Violence against civilians", "Attack"),
         ("Violence against civilians", "Abduction/forced disappearance"), ("Protests", "Peaceful protest"),
         ("Protests", "Protest with intervention"), ("Protests", "Excessive force against protesters"),
         ("Riots", "Violent demonstration"), ("Riots", "Mob violence"), ("Strategic developments", "Agreement"),
         ("Strategic developments", "Arrests"), ("Strategic developments", "Change to group/activity"),
         ("Strategic developments", "Disrupted weapons use"),
         ("Strategic developments", "Headquarters or base established"),
         ("Strategic developments", "Looting/property destruction"),
         ("Strategic developments", "Non-violent transfer of territory"), ("Strategic developments", "Other")}

arts = [json.loads(l) for l in open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") if l.strip()]
gold = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") if l.strip()]
dev = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/dev/articles.jsonl"
dev_heads = {json.loads(l)["text"][:200] for l in open(dev, encoding="utf-8") if l.strip()}
heldout = sys.argv[2] if len(sys.argv) > 2 else "/work/wt-dev3/data/heldout/articles.jsonl"
heldout_ids = {json.loads(l)["id"] for l in open(heldout, encoding="utf-8") if l.strip()}
assert [a["id"] for a in arts] == [g["id"] for g in gold], "ids differ"
assert len({a["id"] for a in arts}) == len(arts), "duplicate ids"
assert len({a["text"][:200] for a in arts}) == len(arts), "duplicate articles"
n = 0
for a, g in zip(arts, gold):
    assert a["text"][:200] not in dev_heads, ("dev article", a["id"])
    assert a["id"] not in heldout_ids, ("held-out article", a["id"])
    for k in ("id", "text", "published", "source"):
        assert a.get(k), (a["id"], k)
    t = a["text"]
    for e in g["events"]:
        n += 1
        assert (e["event_type"], e["sub_event_type"]) in PAIRS, e
        for alt in e.get("alt_types", []):
            assert tuple(alt) in PAIRS, alt
        assert isinstance(e["optional"], bool)
        assert e["date"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]), e["date"]
        assert e["time_precision"] in (None, 1, 2, 3)
        ev = e["evidence"]
        assert 0 <= ev["start"] < ev["end"] <= len(t), (a["id"], ev)
        assert t[ev["start"]:ev["end"]].strip() == t[ev["start"]:ev["end"]], (a["id"], "untrimmed span")
        loc = e["location"]
        assert isinstance(loc["lat"], float) and isinstance(loc["lon"], float) and loc["geo_precision"] in (1, 2, 3)
        assert re.fullmatch(r"[A-Z]{2}", loc["country"])
        for k in ("actor1", "actor2"):
            if e[k] is not None:
                assert e[k]["name"] and "aliases" in e[k], e[k]
        assert e["fatalities"] is None or (isinstance(e["fatalities"], int) and e["fatalities"] >= 0)
print("ok:", len(arts), "articles,", n, "events")
