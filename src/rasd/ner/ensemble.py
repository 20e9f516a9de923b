"""Two additions to the shipped tagger's decoding, both switched on by ``meta.json`` entries:
several networks averaged (``networks``) and document-level consistency (``consistency``).

Why several networks: BiLSTM-CRFs trained with different seeds make partly different errors;
averaging their label scores (emissions and transitions, so a path's score is the mean of
the networks' path scores) and decoding once is the usual cheap ensemble. It costs one forward
pass per network. ``MeanBackend`` has ``NeuralBackend``'s interface (``labels``, ``T``,
``emissions_batch``), so ``NerTagger`` adds the CRF's scores to it exactly as to one network.

Why document consistency: in news, a name written twice in an article is nearly always the same
entity, but the tagger sees one sentence at a time and may call it PERS here, ORG there, or miss
it where its context is weaker. ``consistent_emissions`` is a second decoding pass: the names
found in the first pass in the other sentences near a sentence (``window`` sentences either
side, all of the document when ``None``) vote for their types, and each occurrence of such a
name gets ``weight`` x (share of votes for a type) added to that type's B/I scores before the
sentence is decoded again. It is a soft bias (the sentence's own evidence can still win), it
never looks at gold labels, and it costs one more Viterbi pass. With ``surnames``, the last
word of a multi-word person name also votes PERS for itself (a person named in full is often
named by surname later).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

import numpy as np

from rasd.ner.fold import fold
from rasd.ner.scoring import bio_spans

MAX_NAME_WORDS = 6


class MeanBackend:
    """The mean of several ``NeuralBackend``s' scores (same label order)."""

    def __init__(self, backends: Sequence) -> None:
        if not backends:
            raise ValueError("MeanBackend needs at least one network")
        self.backends = list(backends)
        self.labels = self.backends[0].labels
        for b in self.backends[1:]:
            if tuple(b.labels) != tuple(self.labels):
                raise ValueError("the networks of an ensemble must share their label order")
        self.T = np.mean([b.T for b in self.backends], axis=0)

    @property
    def max_cache(self) -> int:
        return self.backends[0].max_cache

    @max_cache.setter
    def max_cache(self, n: int) -> None:
        for b in self.backends:
            b.max_cache = n

    def clear(self) -> None:
        for b in self.backends:
            b.clear()

    def emissions_batch(self, batch: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        E, lengths = self.backends[0].emissions_batch(batch)
        for b in self.backends[1:]:
            E = E + b.emissions_batch(batch)[0]
        return E / len(self.backends), lengths


@dataclass(frozen=True)
class Consistency:
    """Settings of the second, document-level pass (``meta.json`` ``consistency``)."""

    weight: float
    window: Optional[int] = None
    surnames: bool = False

    @classmethod
    def from_meta(cls, entry: Optional[dict]) -> Optional["Consistency"]:
        if not entry or not float(entry.get("weight", 0)):
            return None
        w = entry.get("window")
        return cls(float(entry["weight"]), None if w is None else int(w),
                   bool(entry.get("surnames", False)))


def _names(folded: Sequence[str], tags: Sequence[str], surnames: bool) -> dict[tuple, Counter]:
    """Type votes of the names of one decoded sentence: ``{name words: Counter(type)}``."""
    votes: dict[tuple, Counter] = {}
    for s, e, kind in bio_spans(tags):
        if e - s > MAX_NAME_WORDS:
            continue
        votes.setdefault(tuple(folded[s:e]), Counter())[kind] += 1
        if surnames and kind == "PERS" and e - s > 1:
            votes.setdefault((folded[e - 1],), Counter())["PERS"] += 1
    return votes


def consistent_emissions(sentences: Sequence[Sequence[str]], emissions: Sequence[np.ndarray],
                         tags: Sequence[Sequence[str]], labels: Sequence[str],
                         cfg: Consistency) -> list[np.ndarray]:
    """Each sentence's emissions (length x labels) plus the document's votes for its names.

    ``sentences`` are one document's sentences in order, ``tags`` their first-pass labels."""
    lab = {l: i for i, l in enumerate(labels)}
    folded = [list(map(_fold, s)) for s in sentences]
    own = [_names(f, t, cfg.surnames) for f, t in zip(folded, tags)]
    n = len(sentences)
    win = n if cfg.window is None else cfg.window
    # the votes of sentences i - win .. i + win as a running sum, and the names by first word
    running: dict[tuple, Counter] = defaultdict(Counter)
    by_first: dict[str, set[tuple]] = defaultdict(set)

    def add(j: int, sign: int) -> None:
        for name, c in own[j].items():
            r = running[name]
            for kind, v in c.items():
                r[kind] += sign * v
            by_first[name[0]].add(name)

    for j in range(min(n, win + 1)):
        add(j, 1)
    out: list[np.ndarray] = []
    for i in range(n):
        if i > 0:
            if i + win < n:
                add(i + win, 1)
            if i - win - 1 >= 0:
                add(i - win - 1, -1)
        E = emissions[i]
        words = folded[i]
        mine = own[i]
        copied = False
        # only the words that begin some name can start a match: visit them in order, each
        # at or after the end of the last match (what a walk over every word did)
        k = 0
        for at in [j for j, w in enumerate(words) if w in by_first]:
            if at < k:
                continue
            k = at
            cands = by_first[words[k]]
            step = 1
            if cands:
                for name in sorted(cands, key=len, reverse=True):
                    m = len(name)
                    if tuple(words[k:k + m]) != name:
                        continue
                    votes = {kind: v - mine.get(name, {}).get(kind, 0)
                             for kind, v in running[name].items()}
                    votes = {kind: v for kind, v in votes.items() if v > 0}
                    if not votes:
                        continue
                    if not copied:
                        E, copied = E.copy(), True
                    tot = sum(votes.values())
                    for kind, v in votes.items():
                        b, inside = lab.get("B-" + kind), lab.get("I-" + kind)
                        if b is None:
                            continue
                        E[k, b] += cfg.weight * v / tot
                        if inside is not None and m > 1:
                            E[k + 1:k + m, inside] += cfg.weight * v / tot
                    step = m
                    break
            k += step
        out.append(E)
    return out


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    return fold(word)
