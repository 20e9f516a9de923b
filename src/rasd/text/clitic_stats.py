"""Draft «not_proclitic» candidates for ``rasd/data/clitics.yaml`` from a corpus (dev tool).

usage: python -m rasd.text.clitic_stats CORPUS.jsonl[.gz] [--n 10000] [--min-freq 30] [--ratio 0.1] [--no-waw]

Why: whether the first letter of «بيان» or «وزير» is a clitic is not decidable by rule, but a
corpus answers it: if the rest («يان», «زير») is rare as a word of its own next to the whole
word, the letter belongs to the word. The tool prints frequent words the tokenizer would split
whose rest is at most ``ratio`` times as frequent as the word (``--ratio 0``: never seen alone);
a human reviews them before they go into the data file (the corpus is read here only, never at
run time). Rests that start with the article are never proposed (بالقرب is ب+القرب).
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from rasd.text import tokenize as tk


def _texts(path: Path, n: int) -> Iterator[str]:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str):
                yield text


def candidates(path: Path, n: int, min_freq: int, ratio: float,
               no_waw: bool = False) -> list[tuple[str, str, int, int]]:
    """``(word, rest, freq(word), freq(rest))`` for words whose first split looks spurious."""
    freq: Counter[str] = Counter()
    light = tk._light_folder()
    for text in _texts(path, n):
        for m in tk._TOKEN_RE.finditer(text):
            if m.lastgroup == "word":
                freq[light(m.group())] += 1
    rules = replace(tk.clitic_rules(), not_proclitic=frozenset())
    out = []
    for word, f in freq.most_common():
        if f < min_freq:
            break
        readings = tk._proclitics(word, rules)
        if len(readings) < 2 or (no_waw and word.startswith("و")):
            continue
        rest = readings[1][2]
        if rest.startswith("ال") or any(c.isdigit() for c in word):
            continue
        fr = freq.get(rest, 0) + freq.get("ال" + rest, 0)
        if fr <= ratio * f:
            key = tk.lookup_key(tk._final_fold(word))
            if key not in tk.clitic_rules().not_proclitic:
                out.append((word, rest, f, fr))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--min-freq", type=int, default=30)
    ap.add_argument("--ratio", type=float, default=0.1)
    ap.add_argument("--no-waw", action="store_true", help="skip words starting with «و»")
    args = ap.parse_args()
    for word, rest, f, fr in candidates(Path(args.corpus), args.n, args.min_freq, args.ratio, args.no_waw):
        print(f"{word}\t{rest}\t{f}\t{fr}")


if __name__ == "__main__":
    main()
