"""Benchmark and accuracy report for rasd's gazetteer and geocoder.

    python bench/geocode.py                       # load time, memory, lookups/s, toponym table
    python bench/geocode.py --corpus X.jsonl.gz   # also articles/s over a corpus sample
    python bench/geocode.py --errors              # list the toponym-table rows it gets wrong

The toponym table (tests/resolve/data/toponyms.tsv) holds Arabic sentences with an expected
place; accuracy is the share of rows whose place is found within 5 km / 25 km of the expected
coordinates (negative rows count as correct when no place is returned over the word).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import os
import resource
import sys
import time
from dataclasses import dataclass
from typing import Iterator, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "tests", "resolve", "data", "toponyms.tsv")


@dataclass(frozen=True)
class Row:
    id: str
    sentence: str
    start: int
    end: int
    expected: str
    lat: Optional[float]
    lon: Optional[float]
    precision: Optional[int]


def read_table(path: str = TABLE) -> list[Row]:
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    out = []
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        out.append(Row(r["id"], r["sentence"], int(r["start"]), int(r["end"]), r["expected"],
                       float(r["lat"]) if r["lat"] else None, float(r["lon"]) if r["lon"] else None,
                       int(r["geo_precision"]) if r["geo_precision"] else None))
    return out


def evaluate(rows: list[Row], geocoder=None) -> dict:
    """Accuracy of ``geocoder`` on the toponym table rows."""
    from rasd.gazetteer.lookup import haversine_km
    from rasd.model import Article, Doc
    from rasd.resolve.places import Geocoder
    from rasd.text.segment import split_sentences
    from rasd.text.tokenize import tokenize

    g = geocoder or Geocoder.load()
    pos = neg = ok5 = ok25 = neg_ok = prec_ok = 0
    errors = []
    for r in rows:
        art = Article(id=r.id, text=r.sentence)
        doc = Doc(article=art, tokens=tuple(tokenize(r.sentence)), sentences=tuple(split_sentences(r.sentence)))
        hits = [m for m in g.find_places(doc) if m.start < r.end and r.start < m.end]
        if r.lat is None:
            neg += 1
            neg_ok += not hits
            if hits:
                errors.append((r, hits[0], None))
            continue
        pos += 1
        if not hits:
            errors.append((r, None, None))
            continue
        p = hits[0].value
        d = haversine_km(r.lat, r.lon, p.lat, p.lon)
        ok5 += d <= 5
        ok25 += d <= 25
        prec_ok += d <= 25 and p.geo_precision == r.precision
        if d > 5:
            errors.append((r, hits[0], d))
    return {"rows": len(rows), "positives": pos, "negatives": neg,
            "acc_5km": ok5 / max(pos, 1), "acc_25km": ok25 / max(pos, 1),
            "precision_code_ok": prec_ok / max(pos, 1), "negatives_ok": neg_ok / max(neg, 1),
            "errors": errors}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _articles(path: str, n: int) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in itertools.islice(f, n):
            yield json.loads(line)["text"]


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", help="JSON Lines (gz) articles for a throughput measure")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)

    from rasd.text.tokenize import tokenize as _warm
    _warm("حلب")                      # the text layer's own start-up is not the gazetteer's
    rss0 = _rss_mb()
    t, c = time.perf_counter(), time.process_time()
    from rasd.gazetteer.lookup import Gazetteer
    gaz = Gazetteer.load()
    t_gaz, c_gaz = time.perf_counter() - t, time.process_time() - c
    from rasd.resolve.places import Geocoder
    geo = Geocoder.load()
    t_all = time.perf_counter() - t
    print(f"gazetteer: {len(gaz)} places, {len(gaz.by_key)} keys; load {t_gaz:.2f} s wall, {c_gaz:.2f} s CPU "
          f"(geocoder ready {t_all:.2f} s); max RSS +{_rss_mb() - rss0:.0f} MB (total {_rss_mb():.0f} MB)")

    names = [e.names_ar[0] for e in gaz.entries[::50]]
    t = time.perf_counter()
    for n in names:
        gaz.lookup(n)
    dt = time.perf_counter() - t
    print(f"lookup(name): {len(names) / dt:,.0f} lookups/s")

    rows = read_table()
    t = time.perf_counter()
    res = evaluate(rows, geo)
    dt = time.perf_counter() - t
    print(f"toponym table: {res['positives']} places + {res['negatives']} negatives; "
          f"acc@5km {res['acc_5km']:.3f}, acc@25km {res['acc_25km']:.3f}, "
          f"geo_precision right {res['precision_code_ok']:.3f}, negatives right {res['negatives_ok']:.3f} "
          f"({len(rows) / dt:.0f} sentences/s)")
    if args.errors:
        for r, m, d in res["errors"]:
            got = "none" if m is None else f"{m.value.name} {m.value.country} ({m.text})"
            dist = "" if d is None else f" {d:.0f} km"
            print(f"  {r.id} {r.sentence[r.start:r.end]!r} expected {r.expected or 'none'}: got {got}{dist}")
    if args.corpus:
        from rasd.model import Article, Doc
        from rasd.text.segment import split_sentences
        from rasd.text.tokenize import tokenize
        texts = list(_articles(args.corpus, args.articles))
        docs = [Doc(Article(id=str(i), text=x), tuple(tokenize(x)), tuple(split_sentences(x)))
                for i, x in enumerate(texts)]
        t = time.perf_counter()
        n = sum(len(geo.find_places(d)) for d in docs)
        dt = time.perf_counter() - t
        chars = sum(len(x) for x in texts)
        print(f"find_places: {len(docs) / dt:.1f} articles/s, {chars / dt / 1e3:.0f} k chars/s, "
              f"{n / len(docs):.1f} places/article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
