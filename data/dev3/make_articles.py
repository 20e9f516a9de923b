#!/usr/bin/env python3
"""Write articles.jsonl: the corpus lines (byte-for-byte) of the ids in picks.txt, in that order.

usage: python3 data/dev3/make_articles.py [CORPUS]
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/corpus/saudinewsnet.jsonl.gz"
ids = [l.strip() for l in open(os.path.join(HERE, "picks.txt"), encoding="utf-8") if l.strip()]
raw = {}
with gzip.open(corpus, "rt", encoding="utf-8") as f:
    for line in f:
        aid = json.loads(line)["id"]
        if aid in ids:
            raw[aid] = line.rstrip("\n")
missing = [i for i in ids if i not in raw]
assert not missing, missing
with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as out:
    for i in ids:
        out.write(raw[i] + "\n")
print("wrote", len(ids), "articles")
