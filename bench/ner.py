"""NER tagging throughput (tokens per second on one core) and model load time.

Usage: python bench/ner.py [CONLL_FILE ...] [--jsonl ARTICLES --limit N] [--model DIR] [--repeat N]
       [--document] [--cold N]

Without a file it tags a small built-in Arabic sample repeated to about 25,000 tokens. It
reports a cold pass (empty per-word cache, as in a fresh process) and warm passes (the cache
filled, as in a long batch over news where most words recur), each as wall-clock tokens per
second and as tokens per CPU-second of this process (the per-core figure that stays honest on a
shared machine). Pin it to one core with ``taskset -c 0`` and set OMP_NUM_THREADS=1 (numpy's BLAS)
for a per-core figure.

``--cold N`` then runs N more cold passes in the same process, every per-word cache emptied
before each (``NerTagger.clear_caches``), and reports the best and the median: on a shared
machine one pass moves by 15% or more with the neighbours' load, and the first pass of a
process also pays for first touches of memory (the kernel's page faults, 0.1-0.2 s here).
"""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

SAMPLE = ("أعلن الجيش العراقي اليوم السبت أن قواته استعادت السيطرة على مدينة الرمادي بعد معارك "
          "عنيفة مع مسلحي تنظيم داعش , وقال المتحدث باسم وزارة الدفاع العميد يحيى رسول إن "
          "العملية أسفرت عن مقتل 30 مسلحا . وفي دمشق قالت وكالة الأنباء السورية سانا إن "
          "الرئيس بشار الأسد استقبل وفدا من الأمم المتحدة برئاسة ستيفان دي ميستورا .")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--model")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jsonl", help="articles (JSON Lines, .gz ok): sentences and tokens by rasd.text")
    ap.add_argument("--limit", type=int, default=500, help="articles to read from --jsonl")
    ap.add_argument("--document", action="store_true",
                    help="tag the sentences as one document (the model's document pass, if any)")
    ap.add_argument("--cold", type=int, default=0, metavar="N",
                    help="then N cold passes in this process (caches emptied): best and median")
    args = ap.parse_args()

    from rasd.ner.conll import read_conll_file
    from rasd.recognize.ner import NerTagger, default_model_dir

    t0 = time.perf_counter()
    tagger = NerTagger.from_dir(args.model or default_model_dir())
    load = time.perf_counter() - t0
    if args.jsonl:
        import gzip
        import json

        from rasd.text.segment import split_sentences

        opener = gzip.open if args.jsonl.endswith(".gz") else open
        sents = []
        with opener(args.jsonl, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= args.limit:
                    break
                text = json.loads(line).get("text") or ""
                sents += [[t.text for t in s.tokens] for s in split_sentences(text, with_tokens=True)]
    elif args.files:
        sents = [[w for w, _ in s] for f in args.files for s in read_conll_file(f)]
    else:
        words = SAMPLE.split()
        sents = [words] * (25_000 // len(words))
    n = sum(len(s) for s in sents)
    print(f"model load {load:.2f}s; {len(sents)} sentences, {n} tokens")
    for i in range(args.repeat):
        t1, c1 = time.perf_counter(), time.process_time()
        tagger.tag_many(sents, document=args.document)
        dt, dc = time.perf_counter() - t1, time.process_time() - c1
        # CPU time is the per-core figure on a busy machine (wall time counts waiting)
        print(f"{'cold' if i == 0 else 'warm'} pass: {n / dt:,.0f} tokens/s wall, "
              f"{n / dc:,.0f} tokens per CPU-second")
    if args.cold:
        cpu = []
        for _ in range(args.cold):
            _clear(tagger)
            c1 = time.process_time()
            tagger.tag_many(sents, document=args.document)
            cpu.append(time.process_time() - c1)
        cpu.sort()
        print(f"{args.cold} cold passes in this process: best {n / cpu[0]:,.0f}, median "
              f"{n / cpu[len(cpu) // 2]:,.0f} tokens per CPU-second")
    return 0


def _clear(tagger) -> None:
    """``tagger.clear_caches()``; on commits before it existed (for before/after figures), the
    same caches emptied by hand."""
    if hasattr(tagger, "clear_caches"):
        tagger.clear_caches()
        return
    from rasd.ner.ensemble import _fold

    if tagger.neural is not None:
        tagger.neural._rows.clear()
        tagger.neural._table = None
    if tagger.weights is not None:
        tagger._rows.clear()
        getattr(tagger, "_pairs", {}).clear()
        tagger._n_rows = tagger._first_word_row
    tagger.extractor._own.clear()
    tagger.extractor._view.clear()
    _fold.cache_clear()


if __name__ == "__main__":
    sys.exit(main())
