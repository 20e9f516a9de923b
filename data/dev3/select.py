#!/usr/bin/env python3
"""Reproducible candidate selection for the dev3 development set.

usage: python3 data/dev3/select.py [CORPUS] [DEV_ARTICLES] [HELDOUT_ARTICLES] > candidates.tsv
       python3 data/dev3/select.py --sport > sport_candidates.tsv   (non-event pieces: sport vocabulary + war words)

Keeps SaudiNewsNet articles with an ODD numeric id (even ids belong to another annotator) of 3,000-6,000 characters whose text contains at least
two political-violence cue words, drops every article whose first 200 characters equal
a dev article's and every held-out or dev2 article (by id), then shuffles with a fixed seed and lists up to 15 candidates per
(country, outlet) bucket. The 25 articles of the set were then hand-picked from this list
(see README.md); the selection of the final 20 is a human choice, the candidate list is
reproducible.
"""
import gzip
import json
import random
import re
import sys
from collections import defaultdict

CORPUS = "/work/shared/data/corpus/saudinewsnet.jsonl.gz"
DEV = "/work/shared/data/dev/articles.jsonl"
HELDOUT = "/work/wt-dev3/data/heldout/articles.jsonl"
SEED = 20161207
DEV2 = "/work/wt-dev3/data/dev2/articles.jsonl"

CUES = ["قتل", "قتلى", "مقتل", "اشتباك", "غارة", "غارات", "قصف", "تفجير", "انفجار",
        "مفخخة", "انتحاري", "هجوم", "اعتقال", "اعتقلت", "مظاهرة", "تظاهر", "احتجاج",
        "سيطر", "استعاد", "اختطاف", "معارك", "صاروخ", "قذائف"]
COUNTRIES = {
    "SY": ["سوري", "حلب", "دمشق", "إدلب", "درعا", "حمص", "الزبداني"],
    "IQ": ["العراق", "بغداد", "الأنبار", "الرمادي", "الموصل", "الفلوجة"],
    "YE": ["اليمن", "عدن", "تعز", "صنعاء", "الحوثي", "مأرب"],
    "LY": ["ليبيا", "بنغازي", "طرابلس", "درنة", "سرت"],
    "EG": ["مصر", "سيناء", "العريش", "القاهرة", "الإخوان"],
    "PS": ["غزة", "الضفة", "القدس", "الاحتلال الإسرائيلي", "الفلسطيني"],
    "TR": ["تركيا", "التركي", "أنقرة", "اسطنبول", "العمال الكردستاني"],
    "AF": ["أفغانستان", "طالبان", "كابول"],
    "SO": ["الصومال", "مقديشو", "الشباب"],
    "LB": ["لبنان", "بيروت", "عرسال", "طرابلس اللبنانية"],
    "NG": ["نيجيريا", "بوكو حرام"],
    "PK": ["باكستان"],
    "BH": ["البحرين"],
    "SA": ["القطيف", "الأحساء", "نجران", "جازان"],
}


def main(argv):
    corpus = argv[1] if len(argv) > 1 else CORPUS
    dev = argv[2] if len(argv) > 2 else DEV
    heldout = argv[3] if len(argv) > 3 else HELDOUT
    dev_heads = {json.loads(l)["text"][:200] for l in open(dev, encoding="utf-8") if l.strip()}
    heldout_ids = {json.loads(l)["id"] for l in open(heldout, encoding="utf-8") if l.strip()}
    heldout_ids |= {json.loads(l)["id"] for l in open(DEV2, encoding="utf-8") if l.strip()}
    buckets = defaultdict(list)
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            t = a["text"]
            if int(a["id"].split("-")[1]) % 2 == 0:
                continue
            if not 3000 <= len(t) <= 6000 or t[:200] in dev_heads or a["id"] in heldout_ids:
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
        for aid, cues, n, title in items[:15]:
            print(f"{key[0]}\t{key[1]}\t{aid}\t{cues}\t{n}\t{title.replace(chr(10), ' ')[:100]}")


SPORT = ["مباراة", "الدوري", "المنتخب", "اللاعب", "النادي", "هدف"]
WAR = ["هجوم", "قصف", "معركة", "انفجار", "اشتباك", "قذيفة", "سلاح", "حرب", "قتل", "انتحاري"]


def sport():
    """Odd-id 3,000-6,000-character articles with >= 6 sport words and >= 5 war words (same seed)."""
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            t = a["text"]
            if int(a["id"].split("-")[1]) % 2 == 0 or not 3000 <= len(t) <= 6000:
                continue
            sp, war = sum(t.count(w) for w in SPORT), sum(t.count(w) for w in WAR)
            if sp >= 6 and war >= 5:
                out.append((a["id"], a["source"], len(t), sp, war, (a.get("title") or "")[:80]))
    random.Random(SEED).shuffle(out)
    for o in out[:15]:
        print(*o, sep="\t")


if __name__ == "__main__":
    if "--sport" in sys.argv:
        sport()
    else:
        main(sys.argv)
