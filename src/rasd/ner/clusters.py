"""Word clusters for NER features: learned from unlabelled Arabic news, shipped as a TSV.

Why clusters: ANERcorp has 125k training tokens, so most names in unseen news were never seen
in training. Words that occur in similar contexts in a large unlabelled corpus (cities, given
names, ministries) fall into the same cluster, and the CRF learns a weight per cluster, which
generalises to names it has never seen. Several granularities (coarse to fine) let the model
pick the level that helps.

Building (development time only) trains word2vec (gensim) on the normalised tokens of a JSON
Lines corpus (spelling folded by ``rasd.ner.fold``) and runs k-means (scikit-learn) on the unit vectors; both are imported lazily so
the run-time tagger needs neither. The result is a gzipped TSV ``norm_word<TAB>c1<TAB>c2...``.
"""
from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Sequence

from rasd.ner.fold import fold
from rasd.text.tokenize import _TOKEN_RE

DEFAULT_KS = (64, 256, 1024)


@dataclass(frozen=True, slots=True)
class ClusterTable:
    """Cluster ids per normalised word, one id per granularity (``ks``)."""

    ks: tuple[int, ...]
    table: dict[str, tuple[str, ...]]
    rank: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.rank:
            # the file lists words by falling corpus frequency: the line number is the rank
            self.rank.update((w, i) for i, w in enumerate(self.table))

    def get(self, norm_word: str) -> tuple[str, ...] | None:
        return self.table.get(norm_word)

    @classmethod
    def read(cls, stream: io.TextIOBase | Iterable[str]) -> "ClusterTable":
        """Read the TSV: a header ``#ks<TAB>64<TAB>256...`` then ``word<TAB>id<TAB>id...``."""
        ks: tuple[int, ...] = ()
        table: dict[str, tuple[str, ...]] = {}
        for line in stream:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("#"):
                if line.startswith("#ks\t"):
                    ks = tuple(int(x) for x in line.split("\t")[1:])
                continue
            parts = line.split("\t")
            table[parts[0]] = tuple(parts[1:])
        return cls(ks, table)

    @classmethod
    def load(cls, path: str) -> "ClusterTable":
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            return cls.read(f)


def corpus_sentences(path: str, limit: int | None = None) -> Iterator[list[str]]:
    """Folded word lists, one per line of each article's text (JSON Lines, maybe gzipped)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit is not None and i >= limit:
                break
            text = json.loads(line).get("text") or ""
            for para in text.split("\n"):
                words = [fold(m.group()) for m in _TOKEN_RE.finditer(para)]
                words = [w for w in words if w]
                if len(words) > 1:
                    yield words


def build_clusters(corpus: str, out_path: str, ks: Sequence[int] = DEFAULT_KS, *,
                   dim: int = 100, min_count: int = 5, epochs: int = 5, max_words: int = 150_000,
                   seed: int = 13, workers: int = 2, limit: int | None = None,
                   extra_sentences: Iterable[list[str]] = (),
                   vectors_out: Optional[str] = None) -> int:
    """Train word2vec on ``corpus`` and write k-means clusters; returns the number of words.

    ``extra_sentences`` (e.g. the NER training text, unlabelled) are appended so every training
    word gets a cluster. ``seed`` fixes gensim and k-means; with ``workers=1`` word2vec is fully
    deterministic, with more threads it is close but not bit-identical (gensim's documented limit).
    ``vectors_out`` (``.npz``) keeps the word vectors for experiments with other ``ks``.
    """
    import numpy as np
    from gensim.models import Word2Vec

    sents = list(corpus_sentences(corpus, limit))
    sents.extend(list(s) for s in extra_sentences)
    model = Word2Vec(sentences=sents, vector_size=dim, window=5, min_count=min_count, sg=1,
                     negative=5, epochs=epochs, seed=seed, workers=workers,
                     max_final_vocab=max_words)
    words = list(model.wv.index_to_key)
    vecs = model.wv.vectors.astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    if vectors_out:
        np.savez(vectors_out, words=np.array(words), vectors=vecs)
    return write_clusters(words, vecs, out_path, ks, seed)


def write_clusters(words: Sequence[str], vecs, out_path: str, ks: Sequence[int] = DEFAULT_KS,
                   seed: int = 13) -> int:
    """k-means (one run per granularity) over unit word vectors, written as the cluster TSV."""
    from sklearn.cluster import MiniBatchKMeans

    labels = []
    for k in ks:
        km = MiniBatchKMeans(n_clusters=k, random_state=seed, batch_size=4096, n_init=3,
                             max_iter=100)
        labels.append(km.fit_predict(vecs))
    opener = gzip.open if out_path.endswith(".gz") else open
    with opener(out_path, "wt", encoding="utf-8") as f:
        f.write("# rasd NER word clusters: word2vec (skip-gram) + k-means on SaudiNewsNet "
                "(CC BY-NC-SA 4.0) and the ANERcorp training text; see data/ner/README.md\n")
        f.write("#ks\t" + "\t".join(str(k) for k in ks) + "\n")
        for i, w in enumerate(words):
            if "\t" in w or not w:
                continue
            f.write(w + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    return len(words)
