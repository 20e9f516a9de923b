#!/usr/bin/env python3
"""Reproducible candidate selection for the second batch of the held-out set (25 articles).

usage: python3 data/heldout/select2.py > candidates2.tsv

Same cue-word and country filter as select.py, but: only articles whose numeric id is EVEN
(odd ids are another annotator's), 1,500-5,000 characters, excluding the dev articles (first
200 characters), the articles already in data/heldout/articles.jsonl and those in
data/dev2/articles.jsonl (by id and by first 200 characters; of data/heldout only the first
20 lines, the first batch, so that the list is the same before and after the picks were appended). Shuffled with the fixed seed
20150812, up to 25 per (country, outlet) bucket. Columns: country, outlet, id, cue count,
length, title. The final 25 were hand-picked from this list (README.md).
"""
import gzip
import importlib.util
import json
import os
import random
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
# the cue words and country words of select.py (loaded by path: "select" is also a stdlib module)
_spec = importlib.util.spec_from_file_location("heldout_select", os.path.join(HERE, "select.py"))
_sel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_sel)
CUES, COUNTRIES = _sel.CUES, _sel.COUNTRIES
CORPUS = "/work/shared/data/corpus/saudinewsnet.jsonl.gz"
EXCLUDE = ["/work/shared/data/dev/articles.jsonl", os.path.join(HERE, "articles.jsonl"),
           os.path.join(HERE, "..", "dev2", "articles.jsonl")]
SEED = 20150812


def main():
    heads, ids = set(), set()
    for p in EXCLUDE:
        lines = [l for l in open(p, encoding="utf-8") if l.strip()]
        if p.endswith(os.path.join("heldout", "articles.jsonl")):
            lines = lines[:20]  # the first batch only (the 25 picked from this list follow them in the file)
        for l in lines:
            if l:
                a = json.loads(l)
                heads.add(a["text"][:200])
                ids.add(a["id"])
    buckets = defaultdict(list)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if int(a["id"].split("-")[1]) % 2:
                continue
            t = a["text"]
            if not 1500 <= len(t) <= 5000 or t[:200] in heads or a["id"] in ids:
                continue
            cues = sum(t.count(c) for c in CUES)
            if cues < 2:
                continue
            scores = {cc: sum(t.count(w) for w in ws) for cc, ws in COUNTRIES.items()}
            cc = max(scores, key=scores.get)
            if scores[cc] == 0:
                continue
            buckets[(cc, a["source"])].append((a["id"], cues, len(t), a.get("title") or t[:80]))
    rng = random.Random(SEED)
    for key in sorted(buckets):
        items = sorted(buckets[key])
        rng.shuffle(items)
        for aid, cues, n, title in items[:25]:
            print(f"{key[0]}\t{key[1]}\t{aid}\t{cues}\t{n}\t{title.replace(chr(10), ' ')[:100]}")


if __name__ == "__main__":
    main()
