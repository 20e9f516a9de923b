"""Lexicon features for the NER model, derived from rasd's place gazetteer (pluggable).

Why only single-word keys with graded labels: a token's features must depend on the word
alone (the tagger caches them per word type), and a gazetteer of 87,000 villages contains many
ordinary words (عين, باب, النصر). So each one-word place name becomes a label that says how
prominent the place is (``LOC1``: country or region, ``LOC2``: a city of 100,000 or more,
``LOC3``: anything else), and the CRF learns how far to trust each grade; multi-word names
contribute ``LOCW`` for each of their words. The lexicon is snapshotted into the model
directory at training time, so later gazetteer changes never shift a trained model's features.
"""
from __future__ import annotations

import csv
import gzip
from typing import Iterable

from rasd.ner.fold import fold

_ORDER = ("LOC1", "LOC2", "LOC3", "LOCW")


def gazetteer_labels(rows: Iterable[dict]) -> dict[str, set[str]]:
    """``key -> labels`` from rasd gazetteer rows (``feature``, ``population``, ``keys``)."""
    out: dict[str, set[str]] = {}
    for row in rows:
        feature = row.get("feature") or ""
        try:
            pop = int(float(row.get("population") or 0))
        except ValueError:
            pop = 0
        grade = "LOC1" if feature in ("country", "region") else "LOC2" if pop >= 100_000 else "LOC3"
        for key in (row.get("keys") or "").split("|"):
            words = [fold(w) for w in key.split()]
            words = [w for w in words if len(w) > 1]
            if len(words) == 1:
                out.setdefault(words[0], set()).add(grade)
            else:
                for w in words:
                    out.setdefault(w, set()).add("LOCW")
    return out


def read_gazetteer(path: str) -> list[dict]:
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        lines = (line for line in f if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_lexicon(labels: dict[str, set[str]], path: str, source: str) -> int:
    """Write ``key<TAB>label,label`` lines (most prominent grade only for one-word names)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as f:
        f.write(f"# rasd NER lexicon features built from {source}; see data/ner/README.md\n")
        for key in sorted(labels):
            labs = labels[key]
            grades = [g for g in _ORDER[:3] if g in labs][:1] + (["LOCW"] if "LOCW" in labs else [])
            f.write(key + "\t" + ",".join(grades) + "\n")
    return len(labels)
