"""Throughput and peak memory of `rasd extract` (the whole pipeline) on a stated corpus.

usage: python bench/extract.py [CORPUS.jsonl[.gz]] [--n 5000] [--no-ner] [--json]

Runs the pipeline in one process (so articles/s is per core), after loading every model and
lexicon once (load time reported separately). Peak memory is the process's maximum resident
set size (ru_maxrss), which includes the loaded gazetteer, knowledge base and NER model.
Default corpus: ../shared/data/corpus/saudinewsnet.jsonl.gz (first 5,000 articles).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

from corpus import DEFAULT_CORPUS as DEFAULT, read_records as read


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from rasd.model import Article
    from rasd.pipeline import Pipeline, PipelineOptions

    records = list(read(Path(args.corpus), args.n))
    chars = sum(len(r.get("text") or "") for r in records)
    t0 = time.perf_counter()
    pipe = Pipeline(PipelineOptions(use_ner=not args.no_ner))
    load_s = time.perf_counter() - t0
    events = errors = 0
    t1 = time.perf_counter()
    cpu1 = time.process_time()
    for r in records:
        try:
            art = Article.from_dict(r)
        except ValueError:
            errors += 1
            continue
        res = pipe.extract(art)
        events += len(res.events)
        errors += res.error is not None
    wall = time.perf_counter() - t1
    cpu = time.process_time() - cpu1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {
        "corpus": os.path.basename(args.corpus), "articles": len(records), "chars": chars,
        "ner": not args.no_ner, "load_s": round(load_s, 2), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
        "articles_per_s_per_core": round(len(records) / cpu, 1) if cpu else None,
        "articles_per_s_wall": round(len(records) / wall, 1) if wall else None,
        "events": events, "errors": errors, "peak_rss_mb": round(peak_mb, 1),
        "python": platform.python_version(), "machine": platform.machine(),
    }
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:26s} {v}")


if __name__ == "__main__":
    sys.exit(main())
