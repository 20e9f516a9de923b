"""Shared machinery of the hand annotations in data/dev2, data/dev3 and data/heldout.

Why one module: each set's ``_common.py`` holds its own actor alias tables (part of its
annotation), but the way an event record is written (``ev``), how an actor or a place is
spelt out, and how an evidence fragment grows to its sentence(s) must be the same for every
set, so that their gold files follow one convention. ``Annotation`` binds these helpers to a
set's articles and tables; the tables stay mutable dicts, so a build script may extend them.
"""
import json
import os

STOPS = ".\n؟!"


def load_articles(folder):
    """The set's articles.jsonl by id."""
    return {a["id"]: a for a in load_articles_file(os.path.join(folder, "articles.jsonl"))}


def loc(name, name_ar, country, admin1, lat, lon, geo):
    return {"name": name, "name_ar": name_ar, "country": country, "admin1": admin1,
            "lat": lat, "lon": lon, "geo_precision": geo}


def sentence(text, i, j):
    """The sentence around text[i:j]: from after the previous full stop/newline to the next one (inclusive)."""
    a = max(text.rfind(c, 0, i) for c in STOPS) + 1
    while a < i and text[a] in " \u00a0\t\n.":
        a += 1
    ends = [k for k in (text.find(c, j) for c in STOPS) if k >= 0]
    b = min(ends) + 1 if ends else len(text)
    if b <= len(text) and text[b - 1] == "\n":
        b -= 1
    return a, b


class Annotation:
    """The helpers of one set: ``actor``, ``span`` and ``ev`` over its articles and tables."""

    def __init__(self, arts, actors, civs, types):
        self.arts, self.actors, self.civs, self.types = arts, actors, civs, types

    def actor(self, key, name_ar, extra=()):
        if key is None:
            return None
        if key.startswith("CIV_"):
            name, aliases = self.civs[key[4:]]
        elif key.startswith("PROT_"):
            c = key[5:]
            name, aliases = "Protesters (%s)" % c, ["Protesters", "Demonstrators", "المتظاهرين", "المتظاهرون", "متظاهرين"]
        elif key.startswith("RIOT_"):
            c = key[5:]
            name, aliases = "Rioters (%s)" % c, ["Rioters", "Protesters (%s)" % c, "Protesters", "Demonstrators",
                                                 "الشبان", "شبان", "المتظاهرين", "حشد غاضب"]
        else:
            name, aliases = self.actors[key]
        return {"name": name, "name_ar": name_ar, "aliases": list(aliases) + list(extra)}

    def span(self, aid, *frags):
        """Evidence offsets: the sentence(s) containing each fragment (fragments must be unique in the text)."""
        text = self.arts[aid]["text"]
        starts, ends = [], []
        for s in frags:
            i = text.find(s)
            assert i >= 0, (aid, s)
            assert text.find(s, i + 1) < 0, ("evidence fragment not unique", aid, s)
            a, b = sentence(text, i, i + len(s))
            starts.append(a)
            ends.append(b)
        return {"start": min(starts), "end": max(ends)}

    def ev(self, aid, typ, date, tp, a1, a2, location, fat, evid, note, optional=False, alt=()):
        et, st = self.types[typ]
        e = {"event_type": et, "sub_event_type": st}
        if alt:
            e["alt_types"] = [list(self.types[t]) for t in alt]
        e.update({"optional": optional, "date": date, "time_precision": tp, "actor1": a1, "actor2": a2,
                  "location": location, "fatalities": fat, "note": note,
                  "evidence": self.span(aid, *(evid if isinstance(evid, (list, tuple)) else [evid]))})
        return e


def validate(folder, dev_path, exclude_paths=()):
    """Check a set: lines parse, ids match in order, evidence spans lie trimmed in the text, types
    are contract pairs (``rasd.events.lexicon.EVENT_TYPES``), dates are ISO, coordinates are
    numbers, and no article is a development article (same opening) or one of the sets in
    ``exclude_paths`` (same id). Run with the project's interpreter (it imports rasd)."""
    import re
    from rasd.events.lexicon import EVENT_TYPES

    arts = list(load_articles(folder).values())
    with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    dev_heads = {a["text"][:200] for a in load_articles_file(dev_path)}
    excluded = {a["id"] for p in exclude_paths for a in load_articles_file(p)}
    assert [a["id"] for a in arts] == [g["id"] for g in gold], "ids differ"
    assert len({a["text"][:200] for a in arts}) == len(arts), "duplicate articles"
    n = 0
    for a, g in zip(arts, gold):
        assert a["text"][:200] not in dev_heads, ("dev article", a["id"])
        assert a["id"] not in excluded, ("article of another set", a["id"])
        for k in ("id", "text", "published", "source"):
            assert a.get(k), (a["id"], k)
        t = a["text"]
        for e in g["events"]:
            n += 1
            assert (e["event_type"], e["sub_event_type"]) in EVENT_TYPES, e
            for alt in e.get("alt_types", []):
                assert tuple(alt) in EVENT_TYPES, alt
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


def load_articles_file(path):
    """The articles of any JSON Lines file, in order."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def make_articles(folder, corpus):
    """Write the set's articles.jsonl: the corpus lines (byte for byte) of the ids in its
    picks.txt, in that order."""
    import gzip

    with open(os.path.join(folder, "picks.txt"), encoding="utf-8") as f:
        ids = [line.strip() for line in f if line.strip()]
    wanted = set(ids)
    raw = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            aid = json.loads(line)["id"]
            if aid in wanted:
                raw[aid] = line.rstrip("\n")
    missing = [i for i in ids if i not in raw]
    assert not missing, missing
    with open(os.path.join(folder, "articles.jsonl"), "w", encoding="utf-8") as out:
        for i in ids:
            out.write(raw[i] + "\n")
    print("wrote", len(ids), "articles")
