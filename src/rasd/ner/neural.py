"""A BiLSTM-CRF NER model run in numpy (trained with PyTorch by ``rasd.ner.neural_train``).

Why a neural tagger next to the CRF: a CRF sees a window of hand-made features; a BiLSTM reads
the whole sentence, and a character CNN learns affixes and clitics itself, which on ANERcorp's
held-out tenth is worth several points of F1 (``rasd/data/ner/README.md``). Why numpy at run
time: PyTorch is a multi-GB training-only dependency; the forward pass is a few matrix
products that numpy does as fast for this small model.

Speed comes from two choices:

* every input of a token depends on the word alone (its embeddings, clusters, characters), so
  a word type's input vector is computed once, for all new types of a batch together, and
  cached; a token then costs one row gather;
* sentences of similar length are run together: one matrix product per time step and
  direction for the whole batch.

A word's inputs: learned embeddings of its folded form and of its clitic-stripped stem (training
vocabulary, else an unknown row), the frozen SaudiNewsNet vector (``WordVectors``) and a flag
saying whether it has one, the sum of embeddings of its categorical features (shape, clitics,
word clusters of word and stem; ``FeatureExtractor.word_features`` minus the word itself), and
a max-pooled character CNN over ``<folded word>``.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import chain
from typing import Optional, Sequence

import numpy as np

from rasd.ner.features import FeatureExtractor

PAD, BOW, EOW, UNK_CHAR = 0, 1, 2, 3
MAX_CHARS = 24
# features of a word that go to the categorical bag (the word itself and its stem have their
# own embeddings; the bag carries everything else the CRF knew about the word alone)
_BAG_SKIP = frozenset(("w", "st"))


@dataclass(frozen=True)
class WordInputs:
    """Index form of word types: what the network's embedding layers look up."""

    word: np.ndarray   # (n,) vocabulary row of the folded word (0 = unknown)
    stem: np.ndarray   # (n,) vocabulary row of the stem (0 = unknown)
    bag: list[list[int]]  # per word, rows of its categorical features (may be empty)
    chars: np.ndarray  # (n, MAX_CHARS + 2) char ids, PAD after the end marker
    vec: np.ndarray    # (n, dims + 1) frozen pretrained vector and a has-vector flag


@dataclass(frozen=True)
class Vocab:
    """String -> row maps frozen with a model (row 0 is the unknown/padding row)."""

    words: dict[str, int]
    bag: dict[str, int]
    chars: dict[str, int]

    def encode(self, fx: FeatureExtractor, types: Sequence[str], vec_dims: int) -> WordInputs:
        """Index inputs of ``types`` (each a raw token) through the model's feature extractor.

        The pretrained vector is looked up as ``FeatureExtractor.word_vector`` does (folded
        word, then stem, then ال + stem), inlined to share this loop's feature lookup."""
        n = len(types)
        word: list[int] = []
        flat_chars: list[int] = []  # every word's char ids with its marks, one after the other
        n_chars: list[int] = []
        stem: list[int] = []
        vrow: list[int] = []
        bag: list[list[int]] = []
        wget, bget, cget = self.words.get, self.bag.get, self.chars.get
        vget = fx.vectors.index.get if (vec_dims and fx.vectors is not None) else None
        for t in types:
            own = fx.word_features(t)
            w = own[0][1]
            st = w
            key = ""
            b: list[int] = []
            for k, v in own:
                if k == "st":
                    st = key = v
                elif k not in _BAG_SKIP:
                    r = bget(f"{k}={v}")
                    if r is not None:
                        b.append(r)
            bag.append(b)
            word.append(wget(w, 0))
            stem.append(wget(st, 0))
            cs = w[:MAX_CHARS]
            flat_chars.append(BOW)
            flat_chars.extend([cget(c, UNK_CHAR) for c in cs])
            flat_chars.append(EOW)
            n_chars.append(len(cs) + 2)
            if vget is not None:
                r = vget(w)
                if r is None and key:
                    r = vget(key)
                    if r is None:
                        r = vget("ال" + key)
                vrow.append(-1 if r is None else r)
        # each row filled from the left in one masked assignment (row-major, as flat_chars)
        chars = np.zeros((n, MAX_CHARS + 2), dtype=np.intp)
        chars[np.arange(MAX_CHARS + 2)[None, :] < np.array(n_chars, dtype=np.intp)[:, None]] = flat_chars
        vec = np.zeros((n, vec_dims + 1), dtype=np.float32)
        if vget is not None and n:
            rows = np.array(vrow)
            has = rows >= 0
            vec[has, :vec_dims] = fx.vectors.matrix[rows[has]]
            vec[has, vec_dims] = 1.0
        return WordInputs(np.array(word, dtype=np.intp), np.array(stem, dtype=np.intp), bag,
                          chars, vec)


@dataclass(frozen=True)
class NeuralWeights:
    """The exported network (``model.npz`` with ``kind = bilstm-crf``)."""

    labels: tuple[str, ...]
    vocab: Vocab
    arrays: dict[str, np.ndarray]
    config: dict

    @classmethod
    def load(cls, path: str) -> "NeuralWeights":
        with np.load(path, allow_pickle=False) as z:
            config = json.loads(str(z["config"]))
            labels = tuple(str(x) for x in z["labels"])
            vocab = Vocab(*({str(w): i for i, w in enumerate(z[k].tolist())}
                            for k in ("vocab_words", "vocab_bag", "vocab_chars")))
            arrays = {k: z[k].astype(np.float32) for k in z.files
                      if k not in ("config", "labels", "vocab_words", "vocab_bag", "vocab_chars")}
        return cls(labels, vocab, arrays, config)

    def __post_init__(self) -> None:
        # Derived arrays for the fast path. Both directions' input projections are one
        # matrix (D x 8H) applied once per word type; the cell-input gate's rows are doubled
        # so one sigmoid serves all four gates (tanh(x) = 2 * sigmoid(2x) - 1). Every LSTM
        # weight is then halved, because sigmoid(x) = (tanh(x / 2) + 1) / 2: the loop's tanh
        # reads the gate sums directly instead of halving them each step. Halving is exact in
        # binary floating point (and commutes with every product and sum), so the gates are
        # bit for bit those of the unhalved weights.
        a = self.arrays
        if "char_emb" in a:  # char_cnn's operands: embeddings plus a zero row, im2col weights
            emb = a["char_emb"].astype(np.float32)
            object.__setattr__(self, "_char_emb_padded",
                               np.vstack([emb, np.zeros((1, emb.shape[1]), np.float32)]))
            W = a["conv_w"]
            object.__setattr__(self, "_conv_matrix", np.ascontiguousarray(
                W.transpose(2, 1, 0).reshape(W.shape[2] * W.shape[1], W.shape[0])))
        if "bag_emb" in a:
            bag = a["bag_emb"].astype(np.float32)
            object.__setattr__(self, "_bag", np.vstack([bag, np.zeros((1, bag.shape[1]), np.float32)]))
        if "lstm_f_wih" not in a:
            return
        H = a["lstm_f_whh"].shape[1]
        scale = np.ones(4 * H, dtype=np.float32)
        scale[2 * H:3 * H] = 2.0
        wih = np.concatenate([a["lstm_f_wih"] * scale[:, None], a["lstm_b_wih"] * scale[:, None]])
        object.__setattr__(self, "_wih", np.ascontiguousarray(wih.T) * np.float32(0.5))
        object.__setattr__(self, "_bih", np.concatenate([a["lstm_f_b"], a["lstm_b_b"]]) *
                           np.tile(scale, 2) * np.float32(0.5))
        object.__setattr__(self, "_whh", np.stack([(a["lstm_f_whh"] * scale[:, None]).T,
                                                   (a["lstm_b_whh"] * scale[:, None]).T])
                           * np.float32(0.5))

    @property
    def T(self) -> np.ndarray:
        return self.arrays["T"].astype(np.float64)

    @property
    def hidden(self) -> int:
        return int(self.arrays["lstm_f_whh"].shape[1])

    def word_vectors(self, x: WordInputs) -> np.ndarray:
        """The network's input vector of each word type (types x input dims)."""
        a = self.arrays
        parts = [a["word_emb"][x.word].astype(np.float32), a["stem_emb"][x.stem].astype(np.float32)]
        if x.vec.shape[1] > 1:
            parts.append(x.vec)
        # sum of each word's feature rows in one segmented sum; the appended zero row keeps
        # every segment non-empty
        zero = len(self._bag) - 1
        flat: list[int] = []
        starts: list[int] = []
        for rows in x.bag:
            starts.append(len(flat))
            flat.append(zero)
            flat.extend(rows)
        parts.append(np.add.reduceat(self._bag[flat], starts, axis=0) if starts else
                     np.zeros((0, self._bag.shape[1]), dtype=np.float32))
        parts.append(self.cnn_of(x.chars))
        return np.concatenate(parts, axis=1)

    def cnn_of(self, chars: np.ndarray) -> np.ndarray:
        """``char_cnn`` of many words: sorted by length and run in chunks cut to their
        longest word, because most of the fixed-width character array is padding and the
        CNN's cost is per position."""
        n_chars = (chars != PAD).sum(axis=1)
        order = np.argsort(n_chars, kind="stable")
        cnn = np.empty((len(order), self.arrays["conv_b"].shape[0]), dtype=np.float32)
        for k in range(0, len(order), 512):
            idx = order[k:k + 512]
            cnn[idx] = self.char_cnn(chars[idx, :int(n_chars[idx].max())])
        return cnn

    def gate_inputs(self, X: np.ndarray) -> np.ndarray:
        """Both directions' LSTM input projections (n x 8H) of word inputs ``X``, gate-scaled
        and halved (``__post_init__``): what ``emissions`` expects in its ``table``."""
        return X @ self._wih + self._bih

    def char_cnn(self, chars: np.ndarray) -> np.ndarray:
        """Max over positions of ReLU(conv(chars)); conv weights (filters, emb, width).

        The windows of the im2col product are gathered straight from the character
        embeddings (a zero row stands for the zero padding at the word's ends) instead of
        padding and concatenating shifted copies; the product stays one per word (a stack),
        because one product for all words rounds rows differently in the last bit, which
        flipped a tag of ANERcorp test under some orders of the new words. Bit for bit the
        former computation (``char_cnn_reference``, ``tests/ner/test_neural.py``)."""
        a = self.arrays
        W, b = a["conv_w"], a["conv_b"]               # F x e x k
        k = W.shape[2]
        pad = k // 2
        n, C = chars.shape
        emb = self._char_emb_padded                   # the last row is zeros
        P = np.full((n, C + 2 * pad), len(emb) - 1, dtype=np.intp)
        P[:, pad:pad + C] = chars
        cols = emb[np.lib.stride_tricks.sliding_window_view(P, k, axis=1)]  # n x C x k x e
        out = cols.reshape(n, C, -1) @ self._conv_matrix
        out += b
        np.maximum(out, 0.0, out=out)
        out[chars == PAD] = -np.inf
        return out.max(axis=1)

    def char_cnn_reference(self, chars: np.ndarray) -> np.ndarray:
        """``char_cnn`` as a stack of per-word products (the form before; the reference)."""
        a = self.arrays
        E = a["char_emb"][chars]                      # n x C x e
        W, b = a["conv_w"], a["conv_b"]               # F x e x k
        k = W.shape[2]
        pad = k // 2
        n, C, e = E.shape
        Ep = np.zeros((n, C + 2 * pad, e), dtype=np.float32)
        Ep[:, pad:pad + C] = E
        # im2col: n x C x (k*e) against (k*e) x F
        cols = np.concatenate([Ep[:, j:j + C] for j in range(k)], axis=2)
        Wm = W.transpose(2, 1, 0).reshape(k * e, -1)
        out = np.maximum(cols @ Wm + b, 0.0)
        valid = (chars != PAD)
        out = np.where(valid[:, :, None], out, -np.inf)
        return out.max(axis=1)

    def emissions(self, table: np.ndarray, ids: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Label scores (B x L x K) for padded sentences of word-type rows ``ids`` (B x L)
        into ``table`` (types x 8H halved gate inputs, from ``gate_inputs``).

        Both directions run in one loop: the backward one over each sentence reversed within
        its length, stacked with the forward one so each time step is one batched matrix
        product for both. Sentences run longest first, so the ones still running at a step
        are a prefix of the batch and the step's product covers only them (padding costs
        nothing). Each step gathers its input gates into a preallocated buffer (gathering all
        steps at once made a temporary of L x B x 4 kB, 50 MB for a batch of 128 long
        sentences) and works in preallocated buffers: no array is allocated inside the loop. The
        arithmetic is the same operations in the same order as the plain form
        ``s = sigmoid(x + h W); c = s_f c + s_i (2 s_g - 1); h = s_o tanh(c)`` (checked in
        ``tests/ner/test_neural_loop.py``). Outputs past a sentence's end are never read."""
        a = self.arrays
        H = self.hidden
        B, L = ids.shape
        order = np.argsort(-lengths, kind="stable")
        ids, lengths = ids[order], lengths[order]
        flat = table.reshape(-1, 4 * H)  # row 2i: forward gates of type i, 2i + 1: backward
        rev = _reverse_padded(ids[:, :, None], lengths)[:, :, 0]
        rows = np.stack([2 * ids.T, 2 * rev.T + 1], axis=1)  # L x 2 x B rows of flat
        Whh = self._whh
        g0 = np.empty((2, B, 4 * H), dtype=np.float32)
        x0 = np.empty((2, B, 4 * H), dtype=np.float32)
        u0 = np.empty((2, B, H), dtype=np.float32)
        tc0 = np.empty((2, B, H), dtype=np.float32)
        c0 = np.zeros((2, B, H), dtype=np.float32)
        out = np.zeros((L, 2, B, H), dtype=np.float32)  # zeros past each end: finite padding
        h = np.zeros((2, B, H), dtype=np.float32)
        # running[t]: how many sentences (a prefix, longest first) are still running at step t
        running = np.searchsorted(-lengths, -np.arange(L), side="left")
        tanh, matmul, multiply, subtract, take = np.tanh, np.matmul, np.multiply, np.subtract, np.take
        k = -1
        for t in range(L):
            if running[t] != k:  # views of the running prefix, rebuilt only when it shrinks
                k = int(running[t])
                g, x, u, tc, c = g0[:, :k], x0[:, :k], u0[:, :k], tc0[:, :k], c0[:, :k]
                s_i, s_f, s_g, s_o = g[..., :H], g[..., H:2 * H], g[..., 2 * H:3 * H], g[..., 3 * H:]
                h = h[:, :k]
            take(flat, rows[t, :, :k], axis=0, out=x, mode="clip")  # rows are valid: no check
            matmul(h, Whh, out=g)
            g += x
            tanh(g, out=g)
            g += 1.0
            subtract(s_g, 1.0, out=u)    # 2 sigmoid - 1 of the cell input, as (tanh + 1) - 1
            g *= 0.5                     # g now holds the four sigmoids
            c *= s_f
            u *= s_i
            c += u
            tanh(c, out=tc)
            h = out[t, :, :k]
            multiply(s_o, tc, out=h)
        Hc = _merge_directions(out, lengths)
        E = np.empty((B, L, a["out_b"].shape[0]))
        E[order] = Hc @ a["out_w"].T + a["out_b"]
        return E


def _merge_directions(out: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """(B x L x 2H) states per sentence and position from the loop's (L x 2 x B x H) output:
    the forward states, then the backward ones put back in reading order (the backward loop
    ran over each sentence reversed within its length; padding stays where it was).

    One row gather per direction from the output seen as (L * 2 * B) rows, into one
    preallocated array: the same values as transposing, reversing with
    ``np.take_along_axis`` and concatenating (``_merge_directions_reference``), which was
    about 5% of a cached pass."""
    L, _, B, H = out.shape
    rows = out.reshape(L * 2 * B, H)
    pos = np.arange(L)[None, :]
    b = np.arange(B)[:, None]
    back = np.where(pos < lengths[:, None], lengths[:, None] - 1 - pos, pos)
    Hc = np.empty((B, L, 2 * H), dtype=out.dtype)
    Hc[:, :, :H] = rows[(pos * 2) * B + b]
    Hc[:, :, H:] = rows[(back * 2 + 1) * B + b]
    return Hc


def _merge_directions_reference(out: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``_merge_directions`` as transposes, ``_reverse_padded`` and a concatenation."""
    Hf = out[:, 0].transpose(1, 0, 2)
    Hb = _reverse_padded(out[:, 1].transpose(1, 0, 2), lengths)
    return np.concatenate([Hf, Hb], axis=2)


def _reverse_padded(X: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Each sequence reversed within its own length; padding stays at the end."""
    B, L = X.shape[:2]
    pos = np.arange(L)[None, :]
    idx = np.where(pos < lengths[:, None], lengths[:, None] - 1 - pos, pos)
    return np.take_along_axis(X, idx[:, :, None], axis=1)


class NeuralBackend:
    """Emission scores for batches of sentences, with a per-word-type cache of each word's
    LSTM input projection (embeddings, feature bag and character CNN, projected onto both
    directions' gates), so a known word costs one row gather: no Python feature work and no
    matrix product. The cache is bounded by ``max_cache_mb`` (49,152 words of 4 kB for the
    shipped model at the default 192 MB); when full it starts afresh.

    Why the projected gates and not the input vectors (as before): with NER on event
    sentences only, the first 5,000 SaudiNewsNet articles hold 44,000 distinct words, so the
    cache never fills there, and projecting each article's distinct words again was a tenth
    of the tagging time. The row of a word is computed in a batch of new words; BLAS may
    round a row differently in a batch of another size (the last bit of a float32), which
    the tests bound and which left every tag and every extraction unchanged
    (``bench/README.md``)."""

    def __init__(self, weights: NeuralWeights, extractor: FeatureExtractor, max_cache_mb: int = 192):
        self.weights = weights
        self.extractor = extractor
        self.labels = weights.labels
        self.T = weights.T
        self._vec_dims = int(weights.config.get("vec_dims", 0))
        self._width = 8 * weights.hidden
        self._rows: dict[str, int] = {}
        self._table: Optional[np.ndarray] = None
        self.max_cache = max(1024, (max_cache_mb << 20) // (4 * self._width))
        from rasd.ner.newwords import NetEncoder

        self._encoder = NetEncoder(weights, extractor, self._vec_dims)

    def clear(self) -> None:
        """Forget every cached word (the table's memory is released)."""
        self._rows.clear()
        self._table = None

    def _ensure(self, words: dict[str, None]) -> None:
        new = [w for w in words if w not in self._rows]
        if not new:
            return
        if len(self._rows) + len(new) > self.max_cache:
            self._rows.clear()
            self._table = None
            new = list(words)
        X = self._encoder.inputs(new)
        base = len(self._rows)
        if self._table is None or base + len(new) > len(self._table):
            # the whole bound at once, never copied: np.empty only reserves address space, and
            # the process's memory grows page by page as rows are written (growing the table
            # by doubling copied it again and again, 15% of the cost of a new word)
            self._table = np.empty((max(self.max_cache, len(new)), self._width), dtype=np.float32)
        # gate_inputs written straight into the table (the same product, no 4 kB-per-word copy)
        G = self._table[base:base + len(new)]
        np.matmul(X, self.weights._wih, out=G)
        G += self.weights._bih
        for j, w in enumerate(new):
            self._rows[w] = base + j

    def emissions_batch(self, batch: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Padded emissions (sentences x max_len x labels) and the sentence lengths."""
        # new words in order of first appearance: a set's order changes with PYTHONHASHSEED,
        # and a word's projected row may round differently at another row of the product
        self._ensure(dict.fromkeys(chain.from_iterable(batch)))
        lengths = np.array([len(s) for s in batch])
        rows = self._rows
        ids = np.zeros((len(batch), int(lengths.max())), dtype=np.intp)
        ids[np.arange(ids.shape[1])[None, :] < lengths[:, None]] = np.fromiter(
            map(rows.__getitem__, chain.from_iterable(batch)), dtype=np.intp, count=int(lengths.sum()))
        assert self._table is not None
        return self.weights.emissions(self._table, ids, lengths), lengths
