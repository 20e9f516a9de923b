"""Tokens per second per core: rasd's tokenizer beside spaCy's and pyarabic's, in one run.

usage: python bench/tokenize_speed.py [CORPUS.jsonl[.gz]] [--n 5000] [--repeat 2] [--json]

What is compared, over the same texts (the first ``--n`` articles of the corpus, read into
memory first so that reading and JSON decoding are not timed):

* rasd      ``rasd.text.tokenize.tokenize(text)``: frozen ``Token`` records with original
            offsets, normalised form, clitic analysis (prefixes, stem span, enclitic) and lookup
            forms; its per-word analysis cache is cleared before each pass.
* spacy     ``spacy.blank("ar").tokenizer(text)``: a ``Doc`` of tokens with offsets (prefix/
            suffix/infix punctuation rules, no clitics, no normalisation).
* pyarabic  ``pyarabic.araby.tokenize(text)``: a list of strings (no offsets, no clitics).

Each tokenizer is built fresh ``--repeat`` times in this single process (one core); each time
it tokenizes the texts twice: a cold pass (empty caches, as on a new corpus) and a warm pass
(the same texts again: rasd's per-word cache and spaCy's chunk cache are full). The table
gives the best cold and the best warm pass; rates are in each tool's own tokens (the counts
differ by under 1%), and the time ratios compare the same text.
spaCy and pyarabic are bench-only extras: ``pip install spacy pyarabic``.
Default corpus: ../shared/data/corpus/saudinewsnet.jsonl.gz (gzip JSON Lines with "text").
"""
from __future__ import annotations

import argparse
import json
import sys
import platform
import time
from pathlib import Path
from typing import Callable, Iterable

from corpus import DEFAULT_CORPUS as DEFAULT, read_records


def read_texts(path: Path, n: int) -> list[str]:
    return [r["text"] for r in read_records(path, n) if isinstance(r.get("text"), str)]


def _rasd() -> Callable[[str], int]:
    """A fresh rasd tokenizer: the per-word analysis cache is emptied."""
    from rasd.text import tokenize as tk

    tk.clear_cache()
    tokenize = tk.tokenize

    def run(text: str) -> int:
        return len(tokenize(text))

    return run


def _spacy() -> Callable[[str], int]:
    """A fresh spaCy tokenizer (its cache of split chunks starts empty)."""
    import spacy

    tok = spacy.blank("ar").tokenizer

    def run(text: str) -> int:
        return len(tok(text))

    return run


def _pyarabic() -> Callable[[str], int]:
    from pyarabic.araby import tokenize as pa_tokenize

    def run(text: str) -> int:
        return len(pa_tokenize(text))

    return run


TOOLS = {"rasd": _rasd, "spacy": _spacy, "pyarabic": _pyarabic}


def time_pass(run: Callable[[str], int], texts: Iterable[str]) -> tuple[float, int]:
    """CPU seconds of this process (one core) and tokens produced, for one pass."""
    t0 = time.process_time()
    n = 0
    for text in texts:
        n += run(text)
    return time.process_time() - t0, n


def measure(name: str, texts: list[str], repeat: int) -> dict[str, float]:
    cold: list[float] = []
    warm: list[float] = []
    ntok = 0
    for _ in range(max(1, repeat)):
        run = TOOLS[name]()  # a fresh instance, built outside the timing
        secs, ntok = time_pass(run, texts)
        cold.append(secs)
        secs, _ = time_pass(run, texts)  # the same texts again: caches are warm
        warm.append(secs)
    return {"tokens": ntok, "seconds": min(cold), "warm_seconds": min(warm),
            "tok_per_s": ntok / min(cold), "warm_tok_per_s": ntok / min(warm)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--n", type=int, default=5000, help="number of articles (default 5000)")
    ap.add_argument("--repeat", type=int, default=2, help="fresh instances per tokenizer; best is reported")
    ap.add_argument("--tools", default="rasd,spacy,pyarabic")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args()

    texts = read_texts(Path(args.corpus), args.n)
    chars = sum(len(t) for t in texts)
    results: dict[str, dict[str, float]] = {}
    for name in args.tools.split(","):
        try:
            results[name] = measure(name, texts, args.repeat)
        except ImportError as exc:
            print(f"skipping {name}: {exc} (pip install spacy pyarabic)", file=sys.stderr)

    if args.json:
        print(json.dumps({"articles": len(texts), "chars": chars, "python": platform.python_version(),
                          "results": results}, indent=1))
        return
    print(f"{len(texts)} articles, {chars:,} characters, Python {platform.python_version()}, one core "
          f"(CPU time of this process, best of {args.repeat})")
    print(f"{'tokenizer':<10} {'tokens':>10} {'cold s':>8} {'cold tok/s':>12} {'warm s':>8} {'warm tok/s':>12}")
    for name, r in results.items():
        print(f"{name:<10} {int(r['tokens']):>10,} {r['seconds']:>8.2f} {r['tok_per_s']:>12,.0f} "
              f"{r['warm_seconds']:>8.2f} {r['warm_tok_per_s']:>12,.0f}")
    if "rasd" in results:
        base = results["rasd"]
        for name, r in results.items():
            if name != "rasd":
                print(f"rasd / {name}: {base['tok_per_s'] / r['tok_per_s']:.2f}x tokens/s cold, "
                      f"{base['warm_tok_per_s'] / r['warm_tok_per_s']:.2f}x warm "
                      f"(time over the same text: {r['seconds'] / base['seconds']:.2f}x cold, "
                      f"{r['warm_seconds'] / base['warm_seconds']:.2f}x warm)")


if __name__ == "__main__":
    main()
