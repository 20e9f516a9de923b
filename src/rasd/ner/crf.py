"""Linear-chain CRF inference in numpy, over weights exported from a trained crfsuite model.

Why not tag with crfsuite itself: crfsuite looks every feature string up in its attribute
dictionary for every token, which caps a Python caller at about 25,000 tokens per second.
Here each word's features (as itself and as a neighbour) are summed into one emission
vector the first time the word is seen and cached, so a token costs a few vector additions;
Viterbi and forward-backward run over nine labels in numpy. Training stays with crfsuite
(``rasd.ner.train``), which also makes numpy the only run-time dependency.

The exported model is an ``.npz`` holding ``labels`` (strings), ``attrs`` (strings), ``W``
(attrs x labels state weights, float32) and ``T`` (labels x labels transition weights).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np


@dataclass(frozen=True)
class CrfWeights:
    labels: tuple[str, ...]
    attr_index: dict[str, int]
    W: np.ndarray
    T: np.ndarray

    @classmethod
    def from_crfsuite(cls, model_path: str) -> "CrfWeights":
        """Read a crfsuite model file (development time; needs python-crfsuite)."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(model_path)
        info = tagger.info()
        labels = tuple(sorted(tagger.labels(), key=lambda l: (l != "O", l[2:], l)))
        li = {l: i for i, l in enumerate(labels)}
        attrs = sorted({a for a, _ in info.state_features})
        ai = {a: i for i, a in enumerate(attrs)}
        W = np.zeros((len(attrs), len(labels)), dtype=np.float32)
        for (a, l), w in info.state_features.items():
            W[ai[a], li[l]] = w
        T = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (a, b), w in info.transitions.items():
            T[li[a], li[b]] = w
        tagger.close()
        return cls(labels, ai, W, T)

    def save(self, path: str) -> None:
        attrs = sorted(self.attr_index, key=self.attr_index.__getitem__)
        np.savez_compressed(path, labels=np.array(self.labels), attrs=np.array(attrs),
                            W=self.W, T=self.T)

    @classmethod
    def load(cls, path: str) -> "CrfWeights":
        with np.load(path, allow_pickle=False) as z:
            labels = tuple(str(x) for x in z["labels"])
            attrs = z["attrs"].tolist()
            return cls(labels, {a: i for i, a in enumerate(attrs)},
                       z["W"].astype(np.float64), z["T"].astype(np.float64))

    def emission(self, attrs: Iterable[str]) -> np.ndarray:
        """Summed state weights of the known attributes among ``attrs`` (unknown ones add 0)."""
        idx = [i for i in map(self.attr_index.get, attrs) if i is not None]
        if not idx:
            return np.zeros(len(self.labels))
        return self.W[idx].sum(axis=0)

    def viterbi(self, E: np.ndarray) -> list[int]:
        """Best label sequence for emissions ``E`` (tokens x labels)."""
        return viterbi_batch(self.T, E[None], np.array([E.shape[0]]))[0].tolist()

    def marginals(self, E: np.ndarray) -> np.ndarray:
        """Per-token label marginals (tokens x labels)."""
        return marginals_batch(self.T, E[None], np.array([E.shape[0]]))[0]


def viterbi_batch(T: np.ndarray, E: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """Best label paths for a padded batch ``E`` (sentences x max_len x labels).

    Why batched: a Python loop step costs the same for one sentence as for a hundred, so
    sentences of similar length are decoded together. Past a sentence's end its scores are
    carried over unchanged and its back-pointers are the identity, so padding never alters
    a path. Each step is a few whole-array operations in preallocated buffers; the best
    score is taken with ``max`` (the value ``argmax`` points at, the same float) and
    sentences that have ended are masked only once some have (``viterbi_reference`` is the
    loop this replaced; ``tests/ner/test_crf_inference.py`` compares them).
    """
    B, L, K = E.shape
    ident = np.arange(K)
    cand = np.empty((B, K, K), dtype=np.result_type(E, T))
    score = E[:, 0].astype(cand.dtype)  # a copy
    back = np.empty((L, B, K), dtype=np.intp)
    back[0] = ident
    new = np.empty((B, K), dtype=cand.dtype)
    lengths = np.asarray(lengths)
    all_live = int(lengths.min()) if B else 0  # every sentence still runs at steps < this
    for i in range(1, L):
        np.add(score[:, :, None], T[None], out=cand)
        bp = back[i]
        np.argmax(cand, axis=1, out=bp)
        np.max(cand, axis=1, out=new)
        new += E[:, i]
        if i < all_live:
            score, new = new, score
        else:
            ended = (lengths <= i)[:, None]
            np.copyto(score, new, where=~ended)
            np.copyto(bp, ident, where=ended)
    best = score.argmax(axis=1)
    path = np.empty((B, L), dtype=np.intp)
    rows = np.arange(B)
    for i in range(L - 1, 0, -1):
        path[:, i] = best
        best = back[i, rows, best]
    path[:, 0] = best
    return [path[b, : lengths[b]] for b in range(B)]


def viterbi_many(T: np.ndarray, emissions: Sequence[np.ndarray], group: int = 2048) -> list[np.ndarray]:
    """Best label paths of many sentences (``emissions``: one length x labels array each).

    Why: ``viterbi_batch`` over the tagger's batches of 128 sentences takes one loop step per
    position of each batch's longest sentence (363 steps for ANERcorp test's 918 sentences);
    here the sentences are sorted longest first and decoded ``group`` at a time, each step
    on only the sentences still running (a prefix), so there are as many steps as the longest
    sentence has words (146), each on more rows. A sentence's arithmetic is the same
    elementwise operations in the same order as in ``viterbi_batch`` (no product mixes
    sentences), so its path is the same, bit for bit (``tests/ner/test_crf_inference.py``).
    """
    lengths = np.fromiter(map(len, emissions), dtype=np.intp, count=len(emissions))
    order = np.argsort(-lengths, kind="stable")
    out: list[np.ndarray] = [np.zeros(0, dtype=np.intp)] * len(emissions)
    for g in range(0, len(order), group):
        idx = order[g:g + group]
        idx = idx[lengths[idx] > 0]
        if not len(idx):
            continue
        lens = lengths[idx]
        B, L, K = len(idx), int(lens[0]), T.shape[0]
        dtype = np.result_type(T, *(emissions[i] for i in idx[:1]))
        E = np.zeros((B, L, K), dtype=dtype)
        for j, i in enumerate(idx.tolist()):
            E[j, :lens[j]] = emissions[i]
        for j, path in enumerate(_viterbi_prefix(T, E, lens)):
            out[idx[j]] = path
    return out


def _viterbi_prefix(T: np.ndarray, E: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """``viterbi_batch`` for sentences sorted longest first: at step i only the first
    ``running[i]`` sentences (those longer than i) are updated; the others keep their final
    scores, from which their back-tracking starts when it reaches their last word."""
    B, L, K = E.shape
    running = np.searchsorted(-lengths, -np.arange(L), side="left")  # sentences longer than i
    cand = np.empty((B, K, K), dtype=np.result_type(E, T))
    score = E[:, 0].astype(cand.dtype)
    new = np.empty((B, K), dtype=cand.dtype)
    back = np.empty((L, B, K), dtype=np.intp)
    for i in range(1, L):
        k = int(running[i])
        c = cand[:k]
        np.add(score[:k, :, None], T[None], out=c)
        np.argmax(c, axis=1, out=back[i, :k])
        np.max(c, axis=1, out=new[:k])
        np.add(new[:k], E[:k, i], out=score[:k])
    best = score.argmax(axis=1)
    path = np.empty((B, L), dtype=np.intp)
    for i in range(L - 1, 0, -1):
        k = int(running[i])
        path[:k, i] = best[:k]
        best[:k] = back[i, np.arange(k), best[:k]]
    path[:, 0] = best
    return [path[b, :lengths[b]] for b in range(B)]


def viterbi_reference(T: np.ndarray, E: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """The batched Viterbi as it was before ``viterbi_batch``'s buffers (the reference)."""
    B, L, K = E.shape
    ident = np.arange(K)
    score = E[:, 0].copy()
    back = np.empty((L, B, K), dtype=np.intp)
    back[0] = ident
    for i in range(1, L):
        cand = score[:, :, None] + T[None]
        bp = cand.argmax(axis=1)
        new = np.take_along_axis(cand, bp[:, None, :], axis=1)[:, 0] + E[:, i]
        live = (lengths > i)[:, None]
        score = np.where(live, new, score)
        back[i] = np.where(live, bp, ident)
    best = score.argmax(axis=1)
    path = np.empty((B, L), dtype=np.intp)
    rows = np.arange(B)
    for i in range(L - 1, 0, -1):
        path[:, i] = best
        best = back[i, rows, best]
    path[:, 0] = best
    return [path[b, : lengths[b]] for b in range(B)]


def marginals_batch(T: np.ndarray, E: np.ndarray, lengths: np.ndarray) -> list[np.ndarray]:
    """Per-token label marginals for a padded batch, by scaled forward-backward."""
    B, L, K = E.shape
    expT = np.exp(T)
    expE = np.exp(E - E.max(axis=2, keepdims=True))
    pos = np.arange(L)[None, :]
    expE = np.where((pos < lengths[:, None])[:, :, None], expE, 1.0)
    alpha = np.empty((B, L, K))
    beta = np.empty((B, L, K))
    a = expE[:, 0]
    alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
    for i in range(1, L):
        a = (alpha[:, i - 1] @ expT) * expE[:, i]
        alpha[:, i] = a / a.sum(axis=1, keepdims=True)
    beta[:, L - 1] = 1.0
    for i in range(L - 2, -1, -1):
        # a sentence that ended at or before i + 1 starts its backward pass with ones
        b = (expE[:, i + 1] * beta[:, i + 1]) @ expT.T
        b = b / b.sum(axis=1, keepdims=True)
        beta[:, i] = np.where((lengths > i + 1)[:, None], b, 1.0)
    m = alpha * beta
    m /= m.sum(axis=2, keepdims=True)
    return [m[b, : lengths[b]] for b in range(B)]


def tag_indices_to_labels(weights: CrfWeights, idx: Sequence[int]) -> list[str]:
    return [weights.labels[i] for i in idx]
