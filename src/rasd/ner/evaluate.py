"""Evaluate a model directory on a gold CoNLL file: entity F1 (``rasd.ner.scoring``) and speed.

Speed is measured on the tagging call alone (features + CRF), single-threaded, with the
per-word feature cache empty at the start, as it is in a fresh process: the figure is what a
new ``rasd`` run sees on a file of this size (longer runs are faster as the cache fills).
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Optional

from rasd.ner.conll import read_conll_file
from rasd.ner.scoring import Score, score


@dataclass(frozen=True)
class EvalResult:
    score: Score
    tokens: int
    seconds: float
    load_seconds: float

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    def report(self) -> str:
        return (self.score.report() +
                f"\nload {self.load_seconds:.2f}s  tagging {self.tokens} tokens in "
                f"{self.seconds:.2f}s = {self.tokens_per_second:,.0f} tokens/s (1 core)")


def evaluate(model_dir: Optional[str], gold_path: str, pred_out: Optional[str] = None) -> EvalResult:
    """Tag ``gold_path``'s tokens with the model in ``model_dir`` (default: shipped) and score."""
    from rasd.recognize.ner import NerTagger, default_model_dir

    t0 = time.perf_counter()
    tagger = NerTagger.from_dir(model_dir or default_model_dir())
    load_s = time.perf_counter() - t0
    sents = read_conll_file(gold_path)
    words = [[w for w, _ in s] for s in sents]
    gold = [[t or "O" for _, t in s] for s in sents]
    t1 = time.perf_counter()
    # the file's sentences in order are its documents' (ANERcorp: news articles, unmarked)
    pred = tagger.tag_many(words, document=True)
    secs = time.perf_counter() - t1
    if pred_out:
        with open(pred_out, "w", encoding="utf-8") as f:
            for ws, gs, ps in zip(words, gold, pred):
                for w, g, p in zip(ws, gs, ps):
                    f.write(f"{w} {g} {p}\n")
                f.write("\n")
    n = sum(len(w) for w in words)
    return EvalResult(score(gold, pred), n, secs, load_s)
