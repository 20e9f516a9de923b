"""Tokens per second per core: rasd's tokenizer beside spaCy's and pyarabic's, in one run.

usage: python bench/tokenize.py [CORPUS.jsonl[.gz]] [--n 5000] [--repeat 2] [--json]

What is compared, over the same texts (the first ``--n`` articles of the corpus, read into
memory first so that reading and JSON decoding are not timed):

* rasd      ``rasd.text.tokenize.tokenize(text)``: frozen ``Token`` records with original
            offsets, normalised form, clitic analysis (prefixes, stem span, enclitic) and lookup
            forms; its per-word analysis cache is cleared before each pass.
* spacy     ``spacy.blank("ar").tokenizer(text)``: a ``Doc`` of tokens with offsets (prefix/
            suffix/infix punctuation rules, no clitics, no normalisation).
* pyarabic  ``pyarabic.araby.tokenize(text)``: a list of strings (no offsets, no clitics).

Each tokenizer runs ``--repeat`` passes in this single process (one core); the table gives
the best pass. Rates are counted two ways: in each tool's own tokens, and in rasd's token
count (the same text units for all), which is the fair basis for the ratios.
spaCy and pyarabic are bench-only extras: ``pip install spacy pyarabic``.
Default corpus: ../shared/data/corpus/saudinewsnet.jsonl.gz (gzip JSON Lines with "text").
"""
from __future__ import annotations

import os
import sys

# This file is named like the standard library's ``tokenize`` module, which ``inspect`` and
# ``linecache`` import: drop the script's own folder from the path before importing anything.
_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != _HERE]

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable, Iterable  # noqa: E402

ROOT = Path(_HERE).parent
DEFAULT = ROOT.parent / "shared" / "data" / "corpus" / "saudinewsnet.jsonl.gz"


def read_texts(path: Path, n: int) -> list[str]:
    opener = gzip.open if str(path).endswith(".gz") else open
    out: list[str] = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if len(out) >= n:
                break
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    out.append(text)
    return out


def _rasd() -> tuple[Callable[[str], int], Callable[[], None]]:
    from rasd.text import tokenize as tk

    def run(text: str) -> int:
        return len(tk.tokenize(text))

    return run, tk.clear_cache


def _spacy() -> tuple[Callable[[str], int], Callable[[], None]]:
    import spacy

    tok = spacy.blank("ar").tokenizer

    def run(text: str) -> int:
        return len(tok(text))

    return run, lambda: None


def _pyarabic() -> tuple[Callable[[str], int], Callable[[], None]]:
    from pyarabic.araby import tokenize as pa_tokenize

    def run(text: str) -> int:
        return len(pa_tokenize(text))

    return run, lambda: None


TOOLS = {"rasd": _rasd, "spacy": _spacy, "pyarabic": _pyarabic}


def time_pass(run: Callable[[str], int], texts: Iterable[str]) -> tuple[float, int]:
    """CPU seconds of this process (one core) and tokens produced, for one pass."""
    t0 = time.process_time()
    n = 0
    for text in texts:
        n += run(text)
    return time.process_time() - t0, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--n", type=int, default=5000, help="number of articles (default 5000)")
    ap.add_argument("--repeat", type=int, default=2, help="passes per tokenizer; best is reported")
    ap.add_argument("--tools", default="rasd,spacy,pyarabic")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args()

    texts = read_texts(Path(args.corpus), args.n)
    chars = sum(len(t) for t in texts)
    results: dict[str, dict[str, float]] = {}
    for name in args.tools.split(","):
        try:
            run, clear = TOOLS[name]()
        except ImportError as exc:
            print(f"skipping {name}: {exc} (pip install spacy pyarabic)", file=sys.stderr)
            continue
        best = None
        for _ in range(max(1, args.repeat)):
            clear()
            secs, ntok = time_pass(run, texts)
            if best is None or secs < best[0]:
                best = (secs, ntok)
        assert best is not None
        results[name] = {"seconds": best[0], "tokens": best[1], "tok_per_s": best[1] / best[0]}
    base = results.get("rasd", {}).get("tokens")
    for r in results.values():
        r["rasd_tok_per_s"] = (base or r["tokens"]) / r["seconds"]

    if args.json:
        print(json.dumps({"articles": len(texts), "chars": chars, "python": platform.python_version(),
                          "results": results}, indent=1))
        return
    print(f"{len(texts)} articles, {chars:,} characters, Python {platform.python_version()}, one core "
          f"(CPU time of this process, best of {args.repeat} passes)")
    print(f"{'tokenizer':<10} {'tokens':>10} {'CPU s':>8} {'own tok/s':>12} {'rasd-tok/s':>12}")
    for name, r in results.items():
        print(f"{name:<10} {int(r['tokens']):>10,} {r['seconds']:>8.2f} {r['tok_per_s']:>12,.0f} "
              f"{r['rasd_tok_per_s']:>12,.0f}")
    if "rasd" in results:
        for name, r in results.items():
            if name != "rasd":
                print(f"rasd / {name}: {results['rasd']['tok_per_s'] / r['tok_per_s']:.2f}x in own tokens, "
                      f"{r['seconds'] / results['rasd']['seconds']:.2f}x in time over the same text")


if __name__ == "__main__":
    main()
