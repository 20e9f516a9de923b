"""Token features for the CRF tagger, computed once per word type and cached.

Why per-type caching: every feature of a token here depends on the word itself or on its
neighbours' words, never on the sentence as a whole, so each word type's features (and its
features as a left/right neighbour) are built once and reused; a token's feature list is then a
concatenation of cached lists. That is what makes tagging fast enough for bulk news (tens of
thousands of tokens per second per core) in pure Python.

What the features capture, and why:

* the folded word, its clitic-stripped stem (``rasd.ner.fold.segment``: و ف ب ك ل and ال
  come off, so «وبغداد» shares weight with «بغداد»), and which proclitics were attached;
* affixes of word and stem (nisba -ي/-ية for gentilics, -ان, ال-), length, script and shape;
* word clusters learned on unlabelled news (``rasd.ner.clusters``), at several granularities,
  for the word and for its stem, which is how unseen names are recognised;
* an optional lexicon (place and actor names as ``key -> labels``), pluggable so the model can
  be trained with or without the gazetteer;
* the same cues for neighbours within ±2 and word bigrams, because Arabic names are announced
  by their context (الرئيس, مدينة, وزارة, قال).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Optional, Sequence

from rasd.ner.clusters import ClusterTable
from rasd.ner.fold import fold, segment

_ARABIC = re.compile(r"^[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]+$")
_LATIN = re.compile(r"^[A-Za-z]+$")
_DIGIT = re.compile(r"^[0-9\u0660-\u0669\u06F0-\u06F9][0-9\u0660-\u0669\u06F0-\u06F9.,\u066B\u066C]*$")
_PUNCT = re.compile(r"^[^\w]+$")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")

# Which of a word's own features are repeated for neighbours at each offset, per feature
# version (a model records its version; version 2 widens the window's view of each word).
_NEIGHBOUR_KEYS = {
    1: {1: frozenset(("w", "st", "c0", "c1", "c2", "sc1", "pre", "sh", "s2", "lx")),
        2: frozenset(("w", "c1", "sh", "lx"))},
    2: {1: frozenset(("w", "st", "c0", "c1", "c2", "c3", "sc0", "sc1", "sc2", "pre", "al", "sh",
                      "s2", "s3", "ks3", "k3", "gp", "lx")),
        2: frozenset(("w", "st", "c0", "c1", "c2", "sc1", "sh", "lx"))},
}


def _shape(word: str) -> str:
    if _ARABIC.match(word):
        return "ar"
    if _DIGIT.match(word):
        return "num"
    if _LATIN.match(word):
        return "lat"
    if _PUNCT.match(word):
        return "p" + word if len(word) == 1 else "punct"
    return "mix"


@dataclass
class FeatureExtractor:
    """Builds crfsuite feature lists for sentences of words.

    ``clusters`` and ``lexicon`` are optional; a model must be used with the same ones it was
    trained with (``rasd.recognize.ner`` loads them from the model directory). ``rich`` adds
    pair features across the word boundary (previous word with this word's cluster, stem
    bigrams), again recorded in the model's ``meta.json``.
    """

    clusters: Optional[ClusterTable] = None
    lexicon: Optional[Mapping[str, tuple[str, ...]]] = None
    rich: bool = False
    version: int = 1
    vectors: Optional["WordVectors"] = None
    _own: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)
    _view: dict[tuple[str, int], list[str]] = field(default_factory=dict, repr=False)
    max_cache: int = 50_000
    # the tagging models' shared numbering of word features (rasd.ner.newwords.FeatureIndex)
    _index: object = field(default=None, repr=False, compare=False)

    def word_features(self, word: str) -> list[tuple[str, str]]:
        """``(name, value)`` pairs describing ``word`` alone."""
        cached = self._own.get(word)
        if cached is not None:
            return cached
        n = fold(word) or word
        # punctuation glued to a word («بكابول؛», «(د») is not part of the name: features
        # describe the word without it, plus a flag
        core = _EDGE_PUNCT.sub("", n)
        glued = bool(core) and core != n
        if glued:
            n = core
        pre, al, key = segment(n, self.clusters.rank if self.clusters is not None else None)
        shape = _shape(n)
        f: list[tuple[str, str]] = [("w", n), ("sh", shape)]
        if glued:
            f.append(("gp", "1"))
        if shape == "ar":
            f += [("st", key), ("pre", pre or "-"), ("al", "1" if al else "0"),
                  ("p2", n[:2]), ("p3", n[:3]), ("s1", n[-1:]), ("s2", n[-2:]), ("s3", n[-3:]),
                  ("k2", key[:2]), ("k3", key[:3]), ("ks2", key[-2:]), ("ks3", key[-3:]),
                  ("len", str(min(len(key), 9)))]
        elif shape == "num":
            f.append(("nd", str(min(len(n), 5))))
        if self.clusters is not None:
            cw = self.clusters.get(n)
            if cw is not None:
                f += [(f"c{i}", c) for i, c in enumerate(cw)]
            else:
                f.append(("c0", "none"))
            if key != n:
                ck = self.clusters.get(key) or self.clusters.get("ال" + key)
                if ck is not None:
                    f += [(f"sc{i}", c) for i, c in enumerate(ck)]
        if self.lexicon is not None:
            labels = self.lexicon.get(key) or self.lexicon.get(n)
            for lab in labels or ():
                f.append(("lx", lab))
        if len(self._own) >= self.max_cache:  # bounded memory on endless streams
            self._own.clear()
        self._own[word] = f
        return f

    def _view_of(self, word: str, offset: int) -> list[str]:
        """Feature strings for ``word`` seen from ``offset`` tokens away (0 = the token itself)."""
        k = (word, offset)
        cached = self._view.get(k)
        if cached is not None:
            return cached
        own = self.word_features(word)
        if offset == 0:
            out = [f"{a}={b}" for a, b in own]
        else:
            keep = _NEIGHBOUR_KEYS[self.version][abs(offset)]
            out = [f"{offset:+d}{a}={b}" for a, b in own if a in keep]
        if len(self._view) >= self.max_cache:
            self._view.clear()
        self._view[k] = out
        return out

    def sentence_parts(self, words: Sequence[str]) -> list[list[object]]:
        """Per token, the parts its features are made of: ``(word, offset)`` views or literal
        feature strings. Training expands them (``sentence_features``); the tagger maps each
        view to a cached weight vector, so both always see the same features."""
        n = len(words)
        feats = [self.word_features(w) for w in words]
        norms = [f[0][1] for f in feats]
        if self.rich:
            d = [dict(f) for f in feats]
            stems = [x.get("st", norms[i]) for i, x in enumerate(d)]
            cl = [x.get("c1", "-") for x in d]
        out: list[list[object]] = []
        for i, w in enumerate(words):
            parts: list[object] = ["bias", (w, 0)]
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    parts.append((words[j], off))
                elif off in (-1, 1):
                    parts.append("BOS" if off < 0 else "EOS")
            if i > 0:
                parts.append(f"bg-={norms[i - 1]}|{norms[i]}")
            if i + 1 < n:
                parts.append(f"bg+={norms[i]}|{norms[i + 1]}")
            if self.rich:
                if i > 0:
                    parts.append(f"wc-={norms[i - 1]}|{cl[i]}")
                    parts.append(f"sb-={stems[i - 1]}|{stems[i]}")
                    parts.append(f"cc-={cl[i - 1]}|{cl[i]}")
                if i + 1 < n:
                    parts.append(f"wc+={cl[i]}|{norms[i + 1]}")
            out.append(parts)
        return out

    DENSE_OFFSETS = (-1, 0, 1)

    def word_vector(self, word: str):
        """The word's embedding (by its folded form, then its stem with or without ال), or None."""
        if self.vectors is None:
            return None
        own = self.word_features(word)
        v = self.vectors.get(own[0][1])
        if v is None:
            key = dict(own).get("st")
            if key:
                v = self.vectors.get(key)
                if v is None:
                    v = self.vectors.get("ال" + key)
        return v

    def dense_view(self, word: str, offset: int) -> list[tuple[str, float]]:
        """Real-valued features: the word's embedding, for the word itself and its ±1
        neighbours (``[]`` without vectors or for an unknown word)."""
        if offset not in self.DENSE_OFFSETS:
            return []
        v = self.word_vector(word)
        if v is None:
            return []
        return [(f"{offset:+d}e{j}", float(x)) for j, x in enumerate(v)]

    def view(self, word: str, offset: int) -> list[str]:
        """Public name of the cached view (``word`` seen from ``offset``)."""
        return self._view_of(word, offset)

    def sentence_features(self, words: Sequence[str]) -> list:
        """One crfsuite feature list per word of a sentence (a ``{name: value}`` dict per word
        when word vectors are in use)."""
        out: list = []
        for parts in self.sentence_parts(words):
            feats: list[str] = []
            dense: list[tuple[str, float]] = []
            for p in parts:
                if isinstance(p, tuple):
                    feats += self._view_of(p[0], p[1])
                    if self.vectors is not None:
                        dense += self.dense_view(p[0], p[1])
                else:
                    feats.append(p)
            if self.vectors is not None:
                d = dict.fromkeys(feats, 1.0)
                d.update(dense)
                out.append(d)
            else:
                out.append(feats)
        return out


@dataclass(frozen=True)
class WordVectors:
    """Word embeddings (reduced, float16) keyed by folded word, shipped with a model."""

    index: dict[str, int]
    matrix: object  # numpy array (words x dims)

    def get(self, word: str):
        i = self.index.get(word)
        return None if i is None else self.matrix[i]

    @classmethod
    def load(cls, path: str) -> "WordVectors":
        import numpy as np

        with np.load(path, allow_pickle=False) as z:
            words = z["words"].tolist()
            return cls({w: i for i, w in enumerate(words)}, z["vectors"].astype(np.float32))


def reduce_vectors(src_npz: str, out_path: str, dims: int = 32, max_words: int = 100_000) -> int:
    """Project word vectors (``rasd ner clusters --vectors``) onto their top ``dims`` principal
    axes, scale to unit variance and keep the ``max_words`` most frequent; returns the count."""
    import numpy as np

    with np.load(src_npz, allow_pickle=False) as z:
        words = z["words"][:max_words]
        V = z["vectors"][:max_words].astype(np.float64)
    V -= V.mean(axis=0)
    _, _, vt = np.linalg.svd(V[:20_000], full_matrices=False)
    R = V @ vt[:dims].T
    R /= R.std(axis=0) + 1e-8
    np.savez_compressed(out_path, words=words, vectors=R.astype(np.float16))
    return len(words)


def load_lexicon(path: str) -> dict[str, tuple[str, ...]]:
    """A ``key<TAB>label[,label...]`` TSV (gzipped or not) as a dict; ``#`` lines are comments."""
    import gzip

    opener = gzip.open if path.endswith(".gz") else open
    out: dict[str, tuple[str, ...]] = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            key, _, labels = line.rstrip("\n").partition("\t")
            out[fold(key)] = tuple(x for x in labels.split(",") if x)
    return out
