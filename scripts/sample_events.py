"""Print a random sample of extracted events from a random sample of articles, for a hand check
of precision on news rasd was not tuned on (the development set measures recall and arguments
against gold; this shows what rasd emits on everyday news: sport, economy, opinion ...).

usage: python scripts/sample_events.py CORPUS.jsonl[.gz] [--articles 400] [--events 40] [--seed 7]

Prints how many events the sample yields and, for each sampled event, its type, place, actor1,
trigger and evidence, numbered for a reviewer to mark right or wrong.
"""
from __future__ import annotations

import argparse
import random
import sys


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--events", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    from rasd.ingest.sources import read_file
    from rasd.model import Article
    from rasd.pipeline import Pipeline

    rng = random.Random(args.seed)
    # rasd's own reader (gzip JSON Lines included); bad records cannot be sampled
    recs = [r.item for r in read_file(args.corpus) if isinstance(r.item, Article)]
    sample = rng.sample(recs, min(args.articles, len(recs)))
    pipe = Pipeline()
    found = []
    for art in sample:
        for e in pipe.extract(art).events:
            found.append((art, e))
    arts = len({a.id for a, _ in found})
    print(f"{len(sample)} articles -> {len(found)} events in {arts} articles")
    for k, (art, e) in enumerate(rng.sample(found, min(args.events, len(found)))):
        ev = art.text[e.evidence.start:e.evidence.end].replace("\n", " ")
        trig = art.text[e.trigger.start:e.trigger.end] if e.trigger else ""
        place = e.location.name if e.location else None
        actor = e.actor1.name if e.actor1 else None
        print(f"{k:2d} | {e.sub_event_type} | {place} | {actor} | [{trig}] {ev[:220]}")


if __name__ == "__main__":
    main(sys.argv[1:])
