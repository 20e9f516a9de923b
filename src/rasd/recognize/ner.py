"""Statistical named-entity recogniser (PERS/LOC/ORG/MISC) shipped in the package.

Why a statistical tagger next to the lexicons: lexicons miss new names (a new commander, a
village no gazetteer lists, a faction formed last month). The shipped model, trained by ``rasd
ner train-neural`` on ANERcorp's training split (after pretraining epochs that also saw
WikiFANE and AQMAR) with word clusters and vectors learned on unlabelled news, finds names from
their shape and context; the resolvers treat what it finds as candidates. It is a BiLSTM-CRF run
in numpy (``rasd.ner.neural``) whose scores are summed with a linear-chain CRF's
(``rasd.ner.crf``, the model shipped before it); ``entities`` then lets the names of an article
vote for their types across its sentences (``rasd.ner.ensemble``, when ``meta.json`` asks for
it). A model directory holding only a CRF (``rasd ner train``) loads too.

The model directory (``rasd/data/ner`` by default) holds the models, the clusters, the vectors
and the optional lexicon they were trained with, so features at tagging time are always the
training ones. Loading is lazy and once per process (``NerTagger.load()``).
"""
from __future__ import annotations

import json
import os
from bisect import bisect_left, bisect_right
from itertools import chain
from operator import attrgetter
from importlib import resources
from typing import TYPE_CHECKING, Optional, Sequence

import sys

try:
    import numpy as np
except ImportError:  # pragma: no cover - numpy is a declared dependency
    np = None  # type: ignore[assignment]

from rasd.model import Doc, Mention, Sentence, Token
from rasd.ner.clusters import ClusterTable
from rasd.ner.features import FeatureExtractor, WordVectors, load_lexicon
from rasd.ner.scoring import bio_spans

if TYPE_CHECKING:
    from rasd.ner.crf import CrfWeights
    from rasd.ner.neural import NeuralBackend

KINDS = ("PERS", "LOC", "ORG", "MISC")


def default_model_dir() -> str:
    return str(resources.files("rasd") / "data" / "ner")


class NerTagger:
    """A loaded model plus the feature extractor it was trained with: the linear-chain CRF
    (``rasd.ner.crf``) or the BiLSTM-CRF (``rasd.ner.neural``, ``meta.json`` says
    ``"model": "bilstm-crf"``); both end in the same CRF decoding."""

    _instance: Optional["NerTagger"] = None

    def __init__(self, weights: Optional["CrfWeights"] = None,
                 extractor: Optional[FeatureExtractor] = None, meta: Optional[dict] = None,
                 max_cache: int = 50_000, neural: Optional["NeuralBackend"] = None):
        self.meta = meta or {}
        self.extractor = extractor or FeatureExtractor()
        self.weights = weights
        self.neural = neural
        self._rows: dict[str, int] = {}
        self._max_cache = max_cache
        from rasd.ner.ensemble import Consistency

        # the document-level second pass (rasd.ner.ensemble), when meta.json asks for it
        self.consistency = Consistency.from_meta(self.meta.get("consistency"))
        if weights is not None:
            # row 0: zeros; rows 1..A: each attribute's weights (literal features point here);
            # then five rows per word seen (its views from offsets -2..+2)
            n_attr = len(weights.attr_index)
            self._table = np.zeros((n_attr + 1 + 8192, len(weights.labels)))
            self._table[1:n_attr + 1] = weights.W
            # rows A+1..A+5 stay zero: the five "views" of the padding past a sentence's end
            self._pad_base = n_attr + 1
            self._first_word_row = n_attr + 6
            self._n_rows = self._first_word_row
            # per cached word (row (r - first word row) // 5): its numbers as the left and the
            # right half of a known word bigram (rasd.ner.bigrams)
            self._sides = np.full((len(self._table) // 5, 2), -1, dtype=np.intp)
            self._literal = {a: i + 1 for a, i in weights.attr_index.items()}.get
            # weights of the embedding features, per offset: (dims x labels) each
            self._dense = {}
            vec = self.extractor.vectors
            if vec is not None and len(vec.index):
                dims = vec.matrix.shape[1]
                for off in self.extractor.DENSE_OFFSETS:
                    rows = [self._literal(f"{off:+d}e{j}", 0) for j in range(dims)]
                    self._dense[off] = self._table[rows].copy()

    @classmethod
    def load(cls) -> "NerTagger":
        """The shipped model, loaded once per process (an all-``O`` tagger if it is missing)."""
        if cls._instance is None:
            cls._instance = cls.from_dir(default_model_dir())
        return cls._instance

    @classmethod
    def from_dir(cls, model_dir: str) -> "NerTagger":
        meta_path = os.path.join(model_dir, "meta.json")
        meta: dict = {}
        if os.path.exists(meta_path):
            with open(meta_path, encoding="utf-8") as f:
                meta = json.load(f)
        model_path = os.path.join(model_dir, "model.npz")
        if not os.path.exists(model_path):
            return cls(None, FeatureExtractor(), meta)
        try:
            from rasd.ner.crf import CrfWeights
        except ImportError:  # numpy missing: run without the statistical NER rather than fail
            print("rasd: numpy is not installed; the NER model is disabled", file=sys.stderr)
            return cls(None, FeatureExtractor(), meta)
        clusters = lexicon = None
        if meta.get("clusters"):
            clusters = ClusterTable.load(os.path.join(model_dir, meta["clusters"]))
        if meta.get("lexicon"):
            lexicon = load_lexicon(os.path.join(model_dir, meta["lexicon"]))
        vectors = None
        if meta.get("vectors"):
            vectors = WordVectors.load(os.path.join(model_dir, meta["vectors"]))
        if meta.get("model") == "bilstm-crf":
            from rasd.ner.neural import NeuralBackend, NeuralWeights

            fx = FeatureExtractor(clusters=clusters, vectors=vectors)
            ens = meta.get("ensemble") or {}
            # an optional CRF trained on the same features, added to the network's scores
            crf = CrfWeights.load(os.path.join(model_dir, ens["crf"])) if ens.get("crf") else None
            net = NeuralBackend(NeuralWeights.load(model_path), fx)
            if meta.get("networks"):
                # more networks (other seeds) averaged with model.npz (rasd.ner.ensemble)
                from rasd.ner.ensemble import MeanBackend

                net = MeanBackend([net] + [NeuralBackend(NeuralWeights.load(
                    os.path.join(model_dir, p)), fx) for p in meta["networks"]])
            return cls(crf, fx, meta, neural=net)._prepared()
        return cls(CrfWeights.load(model_path), FeatureExtractor(clusters=clusters, lexicon=lexicon,
                                                    vectors=vectors,
                                                    rich=bool(meta.get("rich")),
                                                    version=int(meta.get("feature_version", 1))),
                   meta)._prepared()

    def _prepared(self) -> "NerTagger":
        """The tagger with its CRF's per-feature tables built (a one-off 30-50 ms): at load
        time, not inside the first batch tagged."""
        if self.weights is not None:
            self._word_blocks()
        return self

    @property
    def available(self) -> bool:
        return self.weights is not None or self.neural is not None

    def _feature_rows(self) -> tuple[dict[tuple[str, str], int], np.ndarray]:
        """For each ``(name, value)`` word feature the model knows, a row of an integer matrix
        holding its weight rows as seen from offsets -2..+2 (0, the zero row, where the model
        has no such attribute); the matrix's last row is all zeros.

        Built once from the model's attribute names (``-1st=...``, ``+2c1=...``, ``w=...``).
        Equivalent to formatting each word's views (``FeatureExtractor.view``) and looking every
        string up, because the model only holds attributes that training generated, which are
        exactly the views' strings. Keyed by the feature's ``(name, value)`` pair as
        ``FeatureExtractor.word_features`` gives it (names hold no ``=``, so ``name=value``
        splits back at its first ``=``): no string is formatted per word."""
        table = getattr(self, "_frows", None)
        if table is None:
            acc: dict[tuple[str, str], list[int]] = {}
            for attr, i in self.weights.attr_index.items():
                if attr[:1] in "+-" and attr[1:2].isdigit():
                    off, rest = int(attr[:2]), attr[2:]
                else:
                    off, rest = 0, attr
                if "=" not in rest or not -2 <= off <= 2:
                    continue
                name, _, value = rest.partition("=")
                acc.setdefault((name, value), [0] * 5)[off + 2] = i + 1
            M = np.zeros((len(acc) + 1, 5), dtype=np.intp)
            if acc:
                M[:len(acc)] = list(acc.values())
            table = self._frows = ({k: j for j, k in enumerate(acc)}, M)
        return table

    def _word_rows(self, word: str) -> int:
        """First of five emission-table rows holding ``word``'s summed weights as seen from
        offsets -2..+2; computed on first sight (``_add_words``)."""
        base = self._rows.get(word)
        if base is None:
            self._add_words([word])
            base = self._rows[word]
        return base

    def _word_blocks(self):
        """The builder of new words' view rows (``rasd.ner.newwords.CrfWordBlocks``), made
        once with the bigram table (``rasd.ner.bigrams``): ``NerTagger.from_dir`` makes both
        at load time."""
        wb = getattr(self, "_wb", None)
        if wb is None:
            from rasd.ner.bigrams import BigramRows
            from rasd.ner.newwords import CrfWordBlocks

            keys, M = self._feature_rows()
            wb = self._wb = CrfWordBlocks(keys, M, self._table, self._dense, self.extractor)
            self._bigrams = BigramRows({a: i + 1 for a, i in self.weights.attr_index.items()
                                        if a.startswith(("bg-=", "bg+="))})
        return wb

    def _add_words(self, words: Sequence[str]) -> None:
        """Emission-table rows of new ``words`` (not yet in the cache), all in a few array
        operations (``rasd.ner.newwords.CrfWordBlocks``): each word's feature rows gathered in
        one flat list and summed per word (``np.add.reduceat``, in the same order as a per-word
        sum), its vector's weights added by one matrix product per offset. Why: done word by
        word, the gathers, sums and products of small arrays cost about 40 microseconds a
        word, a third of the tagging time of a stream whose vocabulary is mostly new."""
        wb = self._word_blocks()
        block = wb.blocks(words)  # words x 5 x labels
        base = self._n_rows
        need = base + 5 * len(words)
        while need > len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        if len(self._table) // 5 > len(self._sides):
            self._sides = np.concatenate([self._sides, np.full((len(self._table) // 5 - len(self._sides), 2),
                                                               -1, dtype=np.intp)])
        self._table[base:need] = block.reshape(-1, block.shape[2])
        self._n_rows = need
        slot = (base - self._first_word_row) // 5
        sides = self._bigrams.sides
        self._sides[slot:slot + len(words)] = [sides(e[1]) for e in wb.index.words(words)]
        rows = self._rows
        for j, word in enumerate(words):
            rows[word] = base + 5 * j

    def _row_ids(self, words: Sequence[str]) -> list[list[int]]:
        """Emission-table rows of every feature part of every token of a sentence.

        Literal features (bias, sentence edges, word bigrams) point straight at their weight
        row; word views go through the per-word cache."""
        lit = self._literal
        rows = self._rows
        out = []
        for parts in self.extractor.sentence_parts(words):
            r = []
            for p in parts:
                if isinstance(p, tuple):
                    base = rows.get(p[0])
                    if base is None:
                        base = self._word_rows(p[0])
                    r.append(base + p[1] + 2)
                else:
                    r.append(lit(p, 0))
            out.append(r)
        return out

    def clear_caches(self) -> None:
        """Forget every word seen (the network's and the CRF's per-word rows, the feature
        extractor's and the document pass's caches): the next text is tagged as by a fresh
        process. For measuring (``bench/ner.py --cold``) and for freeing memory."""
        from rasd.ner.ensemble import _fold

        if self.neural is not None:
            self.neural.clear()
        if self.weights is not None:
            self._rows.clear()
            self._n_rows = self._first_word_row
        fx = self.extractor
        fx._own.clear()
        fx._view.clear()
        if fx._index is not None:
            fx._index.clear()
        _fold.cache_clear()

    def _emissions_batch(self, batch: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Padded emissions (sentences x max_len x labels) and the sentence lengths."""
        if len(self._rows) > self._max_cache:  # bound memory on endless streams: start afresh
            self._rows.clear()
            self._n_rows = self._first_word_row
        if not self.extractor.rich:
            return self._emissions_shifted(batch)
        return self._emissions_parts(batch)

    def _emissions_parts(self, batch: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Emissions from every token's feature parts (any model; the reference path)."""
        ids = [self._row_ids(ws) for ws in batch]
        lengths = np.array([len(ws) for ws in batch])
        width = max(len(r) for sent in ids for r in sent)
        arr = np.zeros((len(batch), int(lengths.max()), width), dtype=np.intp)
        for b, sent in enumerate(ids):
            for i, r in enumerate(sent):
                arr[b, i, : len(r)] = r
        return self._table[arr].sum(axis=2), lengths

    def _emissions_shifted(self, batch: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """The same emissions as the per-token feature parts (``_row_ids``), built per batch.

        Why: a token's CRF score is its own view row plus its neighbours' views from -2..+2,
        the bias, the sentence-edge rows and two word-bigram rows. With each word's five view
        rows cached (``_word_rows``), that is five gathers of a (sentences x length) matrix of
        word rows, shifted against each other, instead of a Python loop over every feature of
        every token; the bigram rows of all the batch's token pairs are found together
        (``rasd.ner.bigrams``). Not for ``rich`` models (their pair features take the
        per-token path)."""
        rows, lit = self._rows, self._literal
        lengths = np.fromiter(map(len, batch), dtype=np.intp, count=len(batch))
        B, L = len(batch), int(lengths.max())
        new = [w for w in dict.fromkeys(chain.from_iterable(batch)) if w not in rows]
        if new:
            self._add_words(new)
        inside = np.arange(L)[None, :] < lengths[:, None]
        ids = np.full((B, L), self._pad_base, dtype=np.intp)
        ids[inside] = np.fromiter(map(rows.__getitem__, chain.from_iterable(batch)),
                                  dtype=np.intp, count=int(lengths.sum()))
        T = self._table
        E = T[ids + 2]                          # each word as itself (offset 0)
        E[:, 1:] += T[ids[:, :-1] + 1]          # the word before, seen from -1
        E[:, 2:] += T[ids[:, :-2]]              # two before, from -2
        E[:, :-1] += T[ids[:, 1:] + 3]          # the word after, from +1
        E[:, :-2] += T[ids[:, 2:] + 4]          # two after, from +2
        E += T[lit("bias", 0)]
        E[:, 0] += T[lit("BOS", 0)]
        E[np.arange(B), lengths - 1] += T[lit("EOS", 0)]
        if L > 1:
            # each word's numbers as a bigram half; padding (below the first word row) has none
            sides = self._sides[np.maximum(ids - self._first_word_row, 0) // 5]
            sides[~inside] = -1
            bg_left, bg_right = self._bigrams.rows(sides[:, :-1, 0], sides[:, 1:, 1], inside[:, 1:])
            E[:, 1:] += T[bg_left]              # "bg-" of token i + 1: the pair (i, i + 1)
            E[:, :-1] += T[bg_right]            # "bg+" of token i
        return E, lengths

    def _batches(self, sentences: Sequence[Sequence[str]], size: int = 128):
        """Non-empty sentences grouped by similar length (so padding stays small)."""
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), size):
            idx = order[k:k + size]
            yield idx, [sentences[i] for i in idx]

    def tag_many(self, sentences: Sequence[Sequence[str]], document: bool = False) -> list[list[str]]:
        """BIO tags for many sentences at once (much faster than one by one).

        ``document``: the sentences are one document in order, so the model's document-level
        pass (``meta.json`` ``consistency``, if any) may use them together."""
        return [t for t, _ in self._decode(sentences, with_marginals=False, document=document)]

    def _decode(self, sentences: Sequence[Sequence[str]], with_marginals: bool,
                document: bool = False, groups: Optional[Sequence[tuple[int, int]]] = None):
        """Tags (and marginals) of ``sentences``. With ``document`` the model's document-level
        pass runs over each of ``groups`` (``[start, end)`` ranges of sentences that are one
        document each; all of them by default), so many articles can be decoded together."""
        if not self.available:
            return [(["O"] * len(s), [1.0] * len(s)) for s in sentences]
        with _one_blas_thread():
            if document and self.consistency is not None:
                return self._decode_document(sentences, with_marginals, groups or [(0, len(sentences))])
            return self._decode_all(sentences, with_marginals)

    def _decode_document(self, sentences: Sequence[Sequence[str]], with_marginals: bool,
                         groups: Sequence[tuple[int, int]]):
        """Decode, let the names found in each document vote
        (``rasd.ner.ensemble.consistent_emissions``), decode again."""
        from rasd.ner.crf import viterbi_many
        from rasd.ner.ensemble import consistent_emissions

        labels, T, emissions = self._scorer()
        names = _label_array(labels)
        E_all: list = [np.zeros((0, len(labels))) for _ in sentences]
        for idx, batch in self._batches(sentences):
            E, lengths = emissions(batch)
            for j, i in enumerate(idx):
                E_all[i] = E[j, :lengths[j]]
        paths = viterbi_many(T, E_all)
        tags = [names[path].tolist() for path in paths]
        before = list(E_all)
        for a, b in groups:
            E_all[a:b] = consistent_emissions(sentences[a:b], E_all[a:b], tags[a:b], labels, self.consistency)
        # a sentence the document's votes left alone keeps its emissions object, hence the
        # same values in the second pass and the same path (``viterbi_many`` decodes each
        # sentence apart, bit for bit whatever sentences share its group): not decoded again
        known = {i: paths[i] for i, E in enumerate(E_all) if E is before[i]}

        def again(batch_idx):
            lengths = np.array([len(E_all[i]) for i in batch_idx])
            E = np.zeros((len(batch_idx), int(lengths.max()), len(labels)))
            for j, i in enumerate(batch_idx):
                E[j, :lengths[j]] = E_all[i]
            return E, lengths

        return self._decode_all(sentences, with_marginals, (labels, T, again), by_index=True, known=known)

    def _decode_all(self, sentences: Sequence[Sequence[str]], with_marginals: bool,
                    scorer=None, by_index: bool = False, known: Optional[dict[int, "np.ndarray"]] = None):
        """Emissions batch by batch (with the marginals when asked, per batch as before),
        then every sentence's path by ``viterbi_many`` (the same paths as per batch), but for
        the sentences whose path is ``known`` (sentence index -> path) already."""
        from rasd.ner.crf import marginals_batch, viterbi_many

        labels, T, emissions = scorer or self._scorer()
        names = _label_array(labels)
        E_all: list = [np.zeros((0, len(labels))) for _ in sentences]
        margs_all: list = [None] * len(sentences)
        for idx, batch in self._batches(sentences):
            E, lengths = emissions(idx if by_index else batch)
            margs = marginals_batch(T, E, lengths) if with_marginals else None
            for j, i in enumerate(idx):
                E_all[i] = E[j, :lengths[j]]
                if margs is not None:
                    margs_all[i] = margs[j]
        if known:
            todo = [i for i in range(len(E_all)) if i not in known]
            paths = [known.get(i) for i in range(len(E_all))]
            for i, path in zip(todo, viterbi_many(T, [E_all[i] for i in todo])):
                paths[i] = path
        else:
            paths = viterbi_many(T, E_all)
        out: list[tuple[list[str], list[float]]] = []
        for path, m in zip(paths, margs_all):
            probs = m[np.arange(len(path)), path].tolist() if m is not None else []
            out.append((names[path].tolist(), probs))
        return out

    def _scorer(self):
        """``(labels, transitions, emissions-of-a-batch)`` of the loaded model.

        With both a network and a CRF (``meta.json`` ``ensemble``), the score of a path is the
        network's plus ``weight`` times the CRF's (a log-linear ensemble, decoded exactly like
        either model alone); the CRF's labels are put in the network's order first."""
        if self.neural is None:
            assert self.weights is not None
            return self.weights.labels, self.weights.T, self._emissions_batch
        net = self.neural
        if self.weights is None:
            return net.labels, net.T, net.emissions_batch
        lam = float(self.meta["ensemble"]["weight"])
        crf_labels = self.weights.labels
        # a label the CRF never saw in training gets a large negative score from it
        idx = np.array([crf_labels.index(lab) if lab in crf_labels else len(crf_labels)
                        for lab in net.labels])
        T_crf = np.zeros((len(crf_labels) + 1, len(crf_labels) + 1))
        T_crf[:-1, :-1] = self.weights.T
        T = net.T + lam * T_crf[np.ix_(idx, idx)]

        def emissions(batch):
            E, lengths = net.emissions_batch(batch)
            Ec = self._emissions_batch(batch)[0]
            Ec = np.concatenate([Ec, np.full(Ec.shape[:2] + (1,), -100.0)], axis=2)
            return E + lam * Ec[:, :, idx], lengths

        return net.labels, T, emissions

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of words."""
        return self.tag_many([words])[0]

    def tag_marginals(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and the marginal probability of each chosen tag (a confidence per token)."""
        return self._decode([words], with_marginals=True)[0]

    def entities(self, doc: Doc) -> list[Mention]:
        """Entities in ``doc`` as ``Mention(kind="PERS"|"LOC"|"ORG"|"MISC")`` with original offsets.

        Token indices refer to ``doc.tokens``. ``score`` is the mean marginal probability of
        the entity's tags, so callers can ignore low-confidence names.
        """
        return self.entities_many([doc])[0]

    def entities_many(self, docs: Sequence[Doc]) -> list[list[Mention]]:
        """``entities`` of each doc, their sentences decoded together (the loops of the network
        and of the CRF decoding then carry many sentences per step instead of a few)."""
        if not self.available:
            return [[] for _ in docs]
        per_doc = [[s.tokens for s in _sentences(doc) if s.tokens] for doc in docs]
        groups, at = [], 0
        for sents in per_doc:   # each article is its own document for the document-level pass
            groups.append((at, at + len(sents)))
            at += len(sents)
        decoded = iter(self._decode([[t.text for t in toks] for sents in per_doc for toks in sents],
                                    with_marginals=True, document=True, groups=groups))
        return [self._mentions(doc, sents, decoded) for doc, sents in zip(docs, per_doc)]

    def _mentions(self, doc: Doc, sents: list[tuple[Token, ...]], decoded) -> list[Mention]:
        """The mentions of ``doc`` from the next ``len(sents)`` decoded sentences."""
        starts: Optional[list[int]] = None
        out: list[Mention] = []
        for toks in sents:
            tags, probs = next(decoded)
            for s, e, kind in bio_spans(tags):
                if kind not in KINDS:
                    continue
                if starts is None:  # built only for a doc with a name
                    starts = list(map(_START, doc.tokens))
                start, end = toks[s].start, toks[e - 1].end
                ti = _token_index(doc.tokens, starts, toks[s])
                tj = _token_index(doc.tokens, starts, toks[e - 1], -2) + 1
                out.append(Mention(kind=kind, start=start, end=end, text=doc.text[start:end],
                                   token_start=ti, token_end=tj if ti >= 0 and tj > ti else -1,
                                   score=round(sum(probs[s:e]) / (e - s), 4)))
        return out


_START = attrgetter("start")
_END = attrgetter("end")


def _token_index(tokens: Sequence[Token], starts: list[int], tok: Token, missing: int = -1) -> int:
    """The index in ``tokens`` of the token spanning what ``tok`` spans, else ``missing``:
    ``{(t.start, t.end): i for i, t in enumerate(tokens)}.get((tok.start, tok.end), missing)``
    by bisection over the tokens' starts (``starts``), which a tokenizer's tokens (in order, not
    empty, not overlapping) make strictly increasing, so a span is at most one token's; the
    dictionary cost a Python step per token of every article with a name."""
    i = bisect_left(starts, tok.start)
    if i < len(starts) and starts[i] == tok.start and tokens[i].end == tok.end:
        return i
    return missing


def _label_array(labels: Sequence[str]) -> "np.ndarray":
    """The labels as an object array: ``names[path].tolist()`` gives a path's label strings
    (the same objects as ``[labels[k] for k in path]``) without a Python step per token."""
    names = np.empty(len(labels), dtype=object)
    names[:] = list(labels)
    return names


_BLAS = None


def _one_blas_thread():
    """A context holding numpy's BLAS to one thread (a no-op without threadpoolctl).

    Why: the network's matrices are small (a batch of sentences times a 128-wide state), and
    OpenBLAS's threads spin-wait for each other; on a machine whose cores are busy (other
    workers, Dask processes) that made tagging four to eight times slower than one thread."""
    global _BLAS
    if _BLAS is None:
        try:
            from threadpoolctl import ThreadpoolController

            _BLAS = ThreadpoolController()
        except ImportError:  # optional: without it numpy keeps its own thread setting
            _BLAS = False
    if _BLAS is False:
        from contextlib import nullcontext

        return nullcontext()
    return _BLAS.limit(limits=1, user_api="blas")


def _sentences(doc: Doc) -> list[Sentence]:
    """The doc's sentences with tokens; re-segments when the doc carries none."""
    if doc.sentences and all(s.tokens for s in doc.sentences):
        return list(doc.sentences)
    if doc.sentences and doc.tokens:
        return [Sentence(s.start, s.end, _tokens_in(doc.tokens, s.start, s.end)) for s in doc.sentences]
    from rasd.text.segment import split_sentences

    return split_sentences(doc.text, with_tokens=True)


def _tokens_in(tokens: Sequence[Token], start: int, end: int) -> tuple[Token, ...]:
    """The run of tokens from the first that starts at or after ``start`` up to the last that
    ends by ``end``, found by two bisections of the tokens on their starts and ends (a
    tokenizer's tokens are in order and do not overlap, so their ends are sorted like their
    starts): a slice, with no Python step per token (the loop it replaced is checked against it
    in ``tests/recognize/test_ner.py``). Bisected with ``key=``, not over lists of every
    token's start and end, which cost two passes over all of an article's tokens when the NER
    model reads only its few event sentences."""
    i = bisect_left(tokens, start, key=_START)
    return tuple(tokens[i:bisect_right(tokens, end, i, key=_END)])
