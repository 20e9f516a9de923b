"""Index inputs of word types a tagger meets for the first time, with no Python step per
character or per feature string, and found once for the network and the CRF together.

Why: in a fresh process most words are new (9,007 types among the 25,008 tokens of ANERcorp's
test split), and a new word's Python work was most of the tagging time. The network's
``Vocab.encode`` formatted each feature as a ``name=value`` string to find its bag row and
looked each character up one by one; the CRF looked the same features up again in its own
table and found the word's vector again. Here:

* ``FeatureIndex`` numbers the ``(name, value)`` features every model reading one
  ``FeatureExtractor`` knows, computes a new word's numbers and vector row once, directly
  (``FeatureIndex._analyse``), and remembers them for whichever model asks next;
* each model maps those numbers to its own rows with one array gather;
* characters go through a code-point table in one array operation (``char_ids``);
* a word's feature rows are summed by ``column_sum``: feature k of every word added at once,
  k = 1, 2, ... (``np.add.reduceat``, used before, spends a third of a microsecond per row).

The arrays are those of the code replaced (``Vocab.encode`` + ``NeuralWeights.word_vectors``
for the network, the CRF's former ``NerTagger._add_words``), except the sums' rounding: a
word's feature rows are now added strictly one after the other (0 + r1 + r2 + ...), while
``np.add.reduceat`` summed some long segments in another order (19 of the test split's 9,007
words differ in a float32 last bit, never a tag: ``rasd/data/ner/README.md``). A feature a
model does not know adds an exact zero row where the old code skipped it (``x + 0.0 == x``).
``tests/ner/test_newwords.py`` checks every piece against the code it replaces.
"""
from __future__ import annotations

from array import array
from itertools import chain, repeat
from typing import Iterable, Mapping, Sequence

import numpy as np

from rasd.ner.features import _ARABIC, _EDGE_PUNCT, FeatureExtractor, _shape
from rasd.ner.fold import _TABLE as _FOLD
from rasd.ner.fold import segment

# the BMP: every letter of Arabic news; a character beyond it is an unknown character
_LUT_SIZE = 1 << 16
# cluster granularities a word can have (the shipped table has 3)
_MAX_GRANULARITIES = 16


class FeatureIndex:
    """Numbers for the word features the models reading one extractor know (0: a feature no
    model knows), and each word's numbers, folded form, stem and vector row, cached like its
    features.

    One per ``FeatureExtractor`` (``FeatureIndex.of``); models register their features when
    they are built (registering forgets the cached words).

    ``words`` computes a new word's numbers directly from its folded form and stem, in the
    order ``FeatureExtractor.word_features`` lists the features, with one dictionary per
    feature name keyed by the value: building the ``(name, value)`` tuples and hashing them
    again to look them up was two thirds of a new word's Python time. It must stay the same
    computation as ``word_features`` (``tests/ner/test_newwords.py`` compares them on every
    word of the test sets); ``numbers`` is the plain form, from ``word_features`` itself."""

    def __init__(self, fx: FeatureExtractor):
        self.fx = fx
        self.ids: dict[tuple[str, str], int] = {}
        self._words: dict[str, tuple[array, str, str, int]] = {}
        self._by_name: dict[str, dict[str, int]] = {}

    @classmethod
    def of(cls, fx: FeatureExtractor) -> "FeatureIndex":
        if fx._index is None:
            fx._index = cls(fx)
        return fx._index

    def __len__(self) -> int:
        return len(self.ids) + 1

    def register(self, keys: Iterable[tuple[str, str]]) -> list[int]:
        """Numbers of ``keys``, new ones appended."""
        ids = self.ids
        out = [ids.setdefault(k, len(ids) + 1) for k in keys]
        self._by_name = {}
        for (name, value), i in ids.items():
            self._by_name.setdefault(name, {})[value] = i
        self._words.clear()
        return out

    def clear(self) -> None:
        """Forget the cached words (not the feature numbers)."""
        self._words.clear()

    def numbers(self, word: str) -> list[int]:
        """The word's feature numbers from ``word_features`` (the reference of ``words``)."""
        return list(map(self.ids.get, self.fx.word_features(word), repeat(0)))

    def words(self, words: Sequence[str]) -> list[tuple[array, str, str, int]]:
        """``(feature numbers, folded word, stem, vector row or -1)`` of each word; the numbers
        are an ``array("q")`` (``padded_ids`` joins them as bytes); the stem is ``""`` for a
        word without an ``st`` feature (one not written in Arabic letters)."""
        cache = self._words
        new = [w for w in dict.fromkeys(words) if w not in cache]
        if new:
            if len(cache) + len(new) > self.fx.max_cache:  # bounded like the extractor's cache
                cache.clear()
                new = list(dict.fromkeys(words))
            cache.update(zip(new, self._analyse(new)))
        return list(map(cache.__getitem__, words))

    def _analyse(self, words: Sequence[str]) -> list[tuple[array, str, str, int]]:
        """``FeatureExtractor.word_features`` of each word as numbers, without building the
        list, and ``FeatureExtractor.word_vector``'s row. One loop with every table in a local
        name: at a few hundred nanoseconds per Python operation, the operations are the cost.
        Two exact shortcuts: a word whose first and last characters are word characters
        (``str.isalnum()`` or ``_``, what the pattern's ``\\w`` matches) has no edge
        punctuation to strip, and a word that cannot carry a proclitic (three letters or
        fewer, or not starting with و ف ب ك ل) has one reading, itself (``fold.readings``)."""
        fx = self.fx
        D = self._by_name
        empty: dict[str, int] = {}
        (d_w, d_sh, d_gp, d_st, d_pre, d_al, d_p2, d_p3, d_s1, d_s2, d_s3, d_k2, d_k3, d_ks2,
         d_ks3, d_len, d_nd, d_c0, d_lx) = (D.get(k, empty) for k in (
             "w", "sh", "gp", "st", "pre", "al", "p2", "p3", "s1", "s2", "s3", "k2", "k3", "ks2",
             "ks3", "len", "nd", "c0", "lx"))
        gp1, c0_none = d_gp.get("1", 0), d_c0.get("none", 0)
        al_ids = (d_al.get("0", 0), d_al.get("1", 0))
        cl = fx.clusters
        rank = cl.rank if cl is not None else None
        table = cl.table if cl is not None else {}
        # one dict per granularity; zip-like map stops at the shorter, so more than enough
        c_dicts = [D.get(f"c{i}", empty) for i in range(_MAX_GRANULARITIES)]
        sc_dicts = [D.get(f"sc{i}", empty) for i in range(_MAX_GRANULARITIES)]
        dget, zeros = dict.get, repeat(0)
        lexicon = fx.lexicon
        vget = fx.vectors.index.get if fx.vectors is not None else None
        edge = _EDGE_PUNCT.sub
        arabic = _ARABIC.match
        clitic = frozenset("وفبكل")
        out = []
        for word in words:
            n = word.translate(_FOLD) or word  # fold(word) or word
            glued = False
            if n and not ((n[0].isalnum() or n[0] == "_") and (n[-1].isalnum() or n[-1] == "_")):
                core = edge("", n)
                if core and core != n:
                    n, glued = core, True
            if len(n) > 3 and n[0] in clitic:
                pre, al, key = segment(n, rank)
            else:  # segment() of a word with a single reading
                pre = ""
                al = n.startswith("ال") and len(n) > 4
                key = n[2:] if al else n
            shape = "ar" if arabic(n) else _shape(n)  # _shape's first test
            ids = [d_w.get(n, 0), d_sh.get(shape, 0)]
            if glued:
                ids.append(gp1)
            stem = ""
            if shape == "ar":
                stem = key
                ids += (d_st.get(key, 0), d_pre.get(pre or "-", 0), al_ids[al],
                        d_p2.get(n[:2], 0), d_p3.get(n[:3], 0), d_s1.get(n[-1:], 0),
                        d_s2.get(n[-2:], 0), d_s3.get(n[-3:], 0), d_k2.get(key[:2], 0),
                        d_k3.get(key[:3], 0), d_ks2.get(key[-2:], 0), d_ks3.get(key[-3:], 0),
                        d_len.get(str(min(len(key), 9)), 0))
            elif shape == "num":
                ids.append(d_nd.get(str(min(len(n), 5)), 0))
            if cl is not None:
                cw = table.get(n)
                if cw is not None:  # ("c0", cw[0]), ("c1", cw[1]), ...
                    ids += map(dget, c_dicts, cw, zeros)
                else:
                    ids.append(c0_none)
                if key != n:
                    ck = table.get(key) or table.get("ال" + key)
                    if ck is not None:
                        ids += map(dget, sc_dicts, ck, zeros)
            if lexicon is not None:
                for lab in lexicon.get(key) or lexicon.get(n) or ():
                    ids.append(d_lx.get(lab, 0))
            r = -1
            if vget is not None:  # word_vector: the word, then its stem, then ال + stem
                r = vget(n)
                if r is None:
                    r = -1
                    if stem:
                        r = vget(stem)
                        if r is None:
                            r = vget("ال" + stem)
                            if r is None:
                                r = -1
            out.append((array("q", ids), n, stem, r))
        return out


def padded_ids(lists: Sequence[Sequence[int]]) -> np.ndarray:
    """(n x longest) matrix of the lists, padded with 0. Lists given as ``array("q")`` (all of
    them, as ``FeatureIndex.words`` gives them) are joined as bytes, with no Python step per
    number."""
    counts = np.fromiter(map(len, lists), dtype=np.intp, count=len(lists))
    width = int(counts.max()) if len(lists) else 0
    out = np.zeros((len(lists), width), dtype=np.intp)
    if lists and isinstance(lists[0], array):  # then all are, of typecode "q"
        flat = np.frombuffer(b"".join(lists), dtype=np.int64)
    else:
        flat = np.fromiter(chain.from_iterable(lists), dtype=np.intp, count=int(counts.sum()))
    out[np.arange(width)[None, :] < counts[:, None]] = flat
    return out


def column_sum(values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """``sum_k values[rows[:, k]]`` per row of ``rows``, added strictly in column order from
    zero (what a per-word loop ``0 + r1 + r2 + ...`` gives, bit for bit)."""
    acc = np.zeros((rows.shape[0],) + values.shape[1:], dtype=values.dtype)
    for k in range(rows.shape[1]):
        acc += values[rows[:, k]]
    return acc


def char_table(chars: Mapping[str, int], unknown: int) -> np.ndarray:
    """Code point -> character row for the single characters of a model's vocabulary."""
    lut = np.full(_LUT_SIZE, unknown, dtype=np.intp)
    for c, i in chars.items():
        if len(c) == 1 and ord(c) < _LUT_SIZE:
            lut[ord(c)] = i
    return lut


def char_ids(folded: Sequence[str], lut: np.ndarray, width: int, bow: int, eow: int,
             unknown: int) -> np.ndarray:
    """(words x width + 2) character rows: a begin mark, the first ``width`` characters, an
    end mark, then 0 (padding); as ``Vocab.encode`` builds them, in a few array operations."""
    n = len(folded)
    cut = [w[:width] for w in folded]
    lens = np.fromiter(map(len, cut), dtype=np.intp, count=n)
    out = np.zeros((n, width + 2), dtype=np.intp)
    if not n:
        return out
    cps = np.frombuffer("".join(cut).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    ids = np.where(cps < _LUT_SIZE, lut[np.minimum(cps, _LUT_SIZE - 1)], unknown)
    pos = np.arange(width + 2)[None, :]
    out[(pos >= 1) & (pos <= lens[:, None])] = ids  # row-major: the words' characters in order
    rows = np.arange(n)
    out[rows, 0] = bow
    out[rows, lens + 1] = eow
    return out


class _RowMap:
    """A model's row for each feature number of a ``FeatureIndex`` (``zero`` for the others),
    grown when other models register features after it."""

    def __init__(self, index: FeatureIndex, rows: Mapping[tuple[str, str], int], zero: int):
        self.index = index
        self.zero = zero
        self._by_key = rows
        numbers = index.register(rows)
        self._map = np.full(len(index), zero, dtype=np.intp)
        self._map[numbers] = list(rows.values())

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        if len(self._map) < len(self.index):
            grown = np.full(len(self.index), self.zero, dtype=np.intp)
            grown[:len(self._map)] = self._map
            self._map = grown
        return self._map[ids]


class NetEncoder:
    """The network's input vectors of new word types (``NeuralWeights.word_vectors`` of
    ``Vocab.encode``), from the shared ``FeatureIndex``."""

    def __init__(self, weights, fx: FeatureExtractor, vec_dims: int):
        from rasd.ner.neural import _BAG_SKIP, BOW, EOW, MAX_CHARS, UNK_CHAR

        self.weights = weights
        self.fx = fx
        self.vec_dims = vec_dims
        vocab = weights.vocab
        self._words = vocab.words.get
        # bag rows by (name, value); the word and its stem have their own embeddings
        bag: dict[tuple[str, str], int] = {}
        for k, i in vocab.bag.items():
            name, eq, value = k.partition("=")
            if eq and name not in _BAG_SKIP:
                bag[(name, value)] = i
        self.index = FeatureIndex.of(fx)
        self._bag = _RowMap(self.index, bag, len(weights._bag) - 1)  # the appended zero row
        self._lut = char_table(vocab.chars, UNK_CHAR)
        self._marks = (MAX_CHARS, BOW, EOW, UNK_CHAR)

    def inputs(self, types: Sequence[str]) -> np.ndarray:
        """Input vectors (types x input dims), equal to ``weights.word_vectors(weights.vocab.encode(
        fx, types, vec_dims))`` up to the order of the feature-bag sum (module doc)."""
        w = self.weights
        a = w.arrays
        n = len(types)
        entries = self.index.words(types)
        folded = [e[1] for e in entries]
        wget = self._words
        word = np.fromiter((wget(x, 0) for x in folded), dtype=np.intp, count=n)
        stem = np.fromiter((wget(e[2] or e[1], 0) for e in entries), dtype=np.intp, count=n)
        parts = [a["word_emb"][word].astype(np.float32), a["stem_emb"][stem].astype(np.float32)]
        if self.vec_dims:
            vec = np.zeros((n, self.vec_dims + 1), dtype=np.float32)
            if self.fx.vectors is not None and n:
                rows = np.fromiter((e[3] for e in entries), dtype=np.intp, count=n)
                has = rows >= 0
                vec[has, :self.vec_dims] = self.fx.vectors.matrix[rows[has]]
                vec[has, self.vec_dims] = 1.0
            parts.append(vec)
        parts.append(column_sum(w._bag, self._bag(padded_ids([e[0] for e in entries]))))
        width, bow, eow, unk = self._marks
        parts.append(w.cnn_of(char_ids(folded, self._lut, width, bow, eow, unk)))
        return np.concatenate(parts, axis=1)


class CrfWordBlocks:
    """Each new word's five CRF view rows (words x 5 x labels), as ``NerTagger._add_words``
    computed them: the summed weights of its features as seen from offsets -2..+2, plus its
    vector's dense weights at -1..+1."""

    def __init__(self, keys: Mapping[tuple[str, str], int], M: np.ndarray, table: np.ndarray,
                 dense: Mapping[int, np.ndarray], fx: FeatureExtractor):
        self._blocks = table[M]  # (features + 1) x 5 x labels, fixed weights gathered once
        self.index = FeatureIndex.of(fx)
        self._rows = _RowMap(self.index, keys, len(M) - 1)  # M's last row: five zero rows
        self._dense = dense
        self.fx = fx

    def blocks(self, words: Sequence[str]) -> np.ndarray:
        entries = self.index.words(words)
        out = column_sum(self._blocks, self._rows(padded_ids([e[0] for e in entries])))
        if self._dense:
            rows = np.fromiter((e[3] for e in entries), dtype=np.intp, count=len(entries))
            has = np.flatnonzero(rows >= 0)
            if len(has):
                V = self.fx.vectors.matrix[rows[has]].astype(np.float64)
                for off, D in self._dense.items():
                    out[has, off + 2] += V @ D
        return out
