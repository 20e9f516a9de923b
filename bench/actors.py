"""Actor resolution on a corpus: share of actor-like phrases resolved, time per article.

usage: python bench/actors.py [CORPUS.jsonl[.gz]] [--n 2000] [--no-geo] [--repeat 1] [--top 30] [--json]

Times ``ActorResolver.find_actors`` alone (tokenisation, sentence splitting and the geocoder
that gives the article's country run before the clock starts), as the pipeline calls it.
"Actor-like phrases" are those of ``rasd.kb.coverage`` (a group head noun and up to two words);
a phrase is resolved when an actor mention overlaps its first two words.
``--repeat K`` times each article K times and keeps the fastest run: on a CPU shared with other
jobs, single runs include other processes' time slices and garbage-collection pauses.
Default corpus: ../shared/data/corpus/saudinewsnet.jsonl.gz (first 2,000 articles).
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rasd.kb.coverage import CoverageReport, default_finder, update
from rasd.model import Article, Doc
from rasd.resolve.actors import ActorResolver
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize

from corpus import DEFAULT_CORPUS as DEFAULT, read_records


def read(path: Path, n: int):
    for rec in read_records(path, n):
        yield Article.from_dict(rec)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--no-geo", action="store_true", help="no geocoder: country only from actors")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=1, help="time each article K times, keep the fastest")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    t0 = time.perf_counter()
    resolver = ActorResolver.load()
    load_s = time.perf_counter() - t0
    geo = None
    if not args.no_geo:
        from rasd.resolve.places import Geocoder
        geo = Geocoder.load()
    finder = default_finder()
    report = CoverageReport()
    times, per4k, chars = [], [], 0
    for art in read(Path(args.corpus), args.n):
        doc = Doc(art, tuple(tokenize(art.text)), tuple(split_sentences(art.text)))
        country = geo.main_country(doc, geo.find_places(doc)) if geo else None
        dt = float("inf")
        for _ in range(max(1, args.repeat)):
            t = time.perf_counter()
            mentions = resolver.find_actors(doc, country=country)
            dt = min(dt, time.perf_counter() - t)
        times.append(dt)
        chars += len(art.text)
        if len(art.text) >= 500:
            per4k.append(dt * 4000 / len(art.text))
        update(report, doc, finder.find(doc), mentions)
    out = {
        "articles": report.articles, "chars_mean": round(chars / max(1, report.articles)),
        "load_s": round(load_s, 2),
        "ms_per_article_mean": round(1000 * statistics.fmean(times), 3),
        "ms_per_article_p95": round(1000 * sorted(times)[int(0.95 * len(times))], 3),
        "ms_per_4000_chars_median": round(1000 * statistics.median(per4k), 3) if per4k else None,
        "actor_mentions_per_article": round(report.mentions / max(1, report.articles), 2),
        "actor_like_phrases": report.candidates, "resolved": report.resolved,
        "share_resolved": round(report.share, 4), "geocoder": geo is not None, "repeat": args.repeat,
    }
    if args.json:
        out["unresolved_top"] = report.top(args.top)
        print(json.dumps(out, ensure_ascii=False))
        return
    for k, v in out.items():
        print(f"{k:28s} {v}")
    for phrase, c in report.top(args.top):
        print(f"{c:6d}  {phrase}")


if __name__ == "__main__":
    main()
