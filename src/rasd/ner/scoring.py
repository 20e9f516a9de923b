"""Entity-level scoring, CoNLL style: an entity counts only if its span and type are both exact.

Why our own scorer: it must follow conlleval's chunk rules (an ``I-X`` after ``O`` or after a
different type starts a new entity, so invalid BIO is scored as the tagger wrote it, not
repaired) and needs no Perl at test time. Micro P/R/F1 pool every entity; per-type figures
are reported beside them.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entities as ``(start, end, type)`` token spans (end exclusive), conlleval's chunking."""
    spans: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, tag in enumerate(tags):
        prefix, _, t = tag.partition("-")
        if prefix not in ("B", "I") or not t:
            prefix, t = "O", ""
        begins = prefix == "B" or (prefix == "I" and t != typ)
        if typ and (prefix == "O" or begins):
            spans.append((start, i, typ))
            typ = ""
        if begins:
            start, typ = i, t
    if typ:
        spans.append((start, len(tags), typ))
    return spans


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts and derived precision, recall and F1 (in percent) for one type or all types."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    micro: PRF
    by_type: dict[str, PRF]
    token_accuracy: float
    n_tokens: int

    def report(self) -> str:
        """A small fixed-width table, conlleval-like."""
        rows = [f"tokens {self.n_tokens}  token accuracy {self.token_accuracy:.2f}%",
                f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
        for name, prf in [("ALL", self.micro)] + sorted(self.by_type.items()):
            rows.append(f"{name:<6} {prf.precision:6.2f} {prf.recall:6.2f} {prf.f1:6.2f} "
                        f"{prf.n_gold:6d} {prf.n_pred:6d}")
        return "\n".join(rows)

    def to_dict(self) -> dict:
        def d(p: PRF) -> dict:
            return {"precision": round(p.precision, 2), "recall": round(p.recall, 2),
                    "f1": round(p.f1, 2), "gold": p.n_gold, "pred": p.n_pred, "tp": p.tp}
        return {"micro": d(self.micro), "by_type": {k: d(v) for k, v in sorted(self.by_type.items())},
                "token_accuracy": round(self.token_accuracy, 2), "tokens": self.n_tokens}


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Score:
    """Score sentence-aligned gold and predicted BIO tag sequences."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    correct = total = 0
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence lengths differ: gold {len(g)}, predicted {len(p)}")
        total += len(g)
        correct += sum(a == b for a, b in zip(g, p))
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        for s in gs:
            n_gold[s[2]] += 1
        for s in ps:
            n_pred[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1
    types = sorted(set(n_gold) | set(n_pred))
    by_type = {t: PRF(tp[t], n_pred[t], n_gold[t]) for t in types}
    micro = PRF(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return Score(micro, by_type, 100.0 * correct / total if total else 0.0, total)
