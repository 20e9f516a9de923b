"""``rasd.ner.newwords`` (the new-word fast paths) against the computations they replace: the
network's ``Vocab.encode`` + ``NeuralWeights.word_vectors`` (+ ``gate_inputs``) and the CRF's
per-word feature sum (the previous ``NerTagger._add_words``, kept here). Bit for bit, except
the order of the feature sums: now strictly word by word in feature order (checked bit for bit
against such a loop), where ``np.add.reduceat`` reordered some long segments."""
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

from rasd.ner.conll import read_conll_file
from rasd.ner.neural import BOW, EOW, MAX_CHARS, UNK_CHAR
from rasd.ner.newwords import FeatureIndex, char_ids, char_table, column_sum, padded_ids
from rasd.recognize.ner import NerTagger, default_model_dir

SAMPLE = Path(__file__).parent / "data" / "news_sample.conll"
# edge cases: glued punctuation, digits (Eastern too), Latin, mixed, a word longer than the
# character window, a character outside the BMP, a lone surrogate, clitics, one letter
ODD = ["«بغداد»", "(د", "2015", "٢٠١٥", "Obama", "ISIS-K", "كلمةغريبةجدا" * 3, "🙂", "داعش🙂",
       "\ud800", "وللمدينة", "و", "،", "...", "الأمم", "والرئيس", "ـ", "ﻻ", "x=y", "a|b",
       "_", "_بغداد", "بغداد_", "\u064eبغداد", "بغداد\u0651", "ولل", "وللا", "فال", "بالب", "كالمدينة",
       "\u0301a", "a\u0301", "٣", "x٣", "(2015)", "-5", ""]


def _words() -> list[str]:
    sents = read_conll_file(str(SAMPLE))
    return list(dict.fromkeys([w for s in sents for w, _ in s] + ODD))


def _test_split_words() -> list[str]:
    """Every word of ANERcorp's training and test splits, when the shared data is there."""
    root = Path(__file__).resolve().parents[3] / "shared" / "data" / "ner" / "anercorp"
    return list(dict.fromkeys(w for f in ("train.txt", "test.txt") if (root / f).exists()
                              for s in read_conll_file(str(root / f)) for w, _ in s))


@pytest.fixture(scope="module")
def tagger():
    t = NerTagger.from_dir(default_model_dir())
    if t.neural is None or t.weights is None:
        pytest.skip("the shipped model is not the network + CRF ensemble")
    return t


def test_index_analysis_equals_word_features(tagger):
    """The direct analysis (numbers, folded word, stem, vector row) against the reference:
    ``word_features`` looked up feature by feature, and ``word_vector``."""
    fx = tagger.extractor
    index = FeatureIndex.of(fx)
    words = list(dict.fromkeys(_words() + _test_split_words()))
    for w, (ids, n, stem, r) in zip(words, index.words(words)):
        own = fx.word_features(w)
        assert list(ids) == index.numbers(w), w
        assert n == own[0][1] and stem == dict(own).get("st", "")
        v = fx.word_vector(w)
        assert (r < 0) if v is None else np.array_equal(fx.vectors.matrix[r], v)


def test_index_numbers_every_feature_a_model_knows(tagger):
    index = FeatureIndex.of(tagger.extractor)
    bag = tagger.neural._encoder._bag
    crf_keys, _ = tagger._feature_rows()
    vocab_bag = tagger.neural.weights.vocab.bag
    for w in _words():
        own = tagger.extractor.word_features(w)
        ids = index.numbers(w)
        for f, i in zip(own, ids):
            known = f in crf_keys or (f[0] not in ("w", "st") and f"{f[0]}={f[1]}" in vocab_bag)
            assert (i > 0) == known
        assert bag(np.array(ids)).tolist() == [
            vocab_bag.get(f"{k}={v}", bag.zero) if k not in ("w", "st") else bag.zero for k, v in own]


def test_column_sum_is_the_per_word_loop_bit_for_bit():
    rng = np.random.default_rng(3)
    for dtype, shape in ((np.float32, (50, 64)), (np.float64, (50, 5, 9))):
        values = rng.normal(size=shape).astype(dtype)
        values[0] = 0.0
        lists = [list(rng.integers(1, 50, size=k)) for k in rng.integers(1, 30, size=40)]
        got = column_sum(values, padded_ids(lists))
        for row, lst in zip(got, lists):
            acc = np.zeros(shape[1:], dtype=dtype)
            for r in lst:
                acc = acc + values[r]
            assert np.array_equal(row, acc)
        flat, starts = [], []
        for lst in lists:
            starts.append(len(flat))
            flat += [0] + lst
        np.testing.assert_allclose(got, np.add.reduceat(values[flat], starts, axis=0),
                                   rtol=0, atol=1e-5 if dtype == np.float32 else 1e-12)


def test_char_ids_equal_vocab_encode(tagger):
    net = tagger.neural
    vocab = net.weights.vocab
    words = _words()
    ref = vocab.encode(net.extractor, words, net._vec_dims).chars
    folded = [net.extractor.word_features(w)[0][1] for w in words]
    got = char_ids(folded, char_table(vocab.chars, UNK_CHAR), MAX_CHARS, BOW, EOW, UNK_CHAR)
    assert got.dtype == ref.dtype and np.array_equal(got, ref)


def test_network_inputs_equal_encode_then_word_vectors(tagger):
    """Bit for bit but the feature bag's columns, which are the per-word loop's sum bit for bit
    and the former ``reduceat`` sum to float32 rounding."""
    net = tagger.neural
    w = net.weights
    words = _words()
    x = w.vocab.encode(net.extractor, words, net._vec_dims)
    ref = w.word_vectors(x)
    got = net._encoder.inputs(words)
    assert got.dtype == ref.dtype and got.shape == ref.shape
    d = w._bag.shape[1]
    lo = 2 * w.arrays["word_emb"].shape[1] + (net._vec_dims + 1 if net._vec_dims else 0)
    bag = slice(lo, lo + d)
    assert np.array_equal(np.delete(got, np.arange(lo, lo + d), axis=1),
                          np.delete(ref, np.arange(lo, lo + d), axis=1))
    np.testing.assert_allclose(got[:, bag], ref[:, bag], rtol=1e-6, atol=1e-6)
    for i, rows in enumerate(x.bag):
        acc = np.zeros(d, dtype=np.float32)
        for r in rows:
            acc = acc + w._bag[r]
        assert np.array_equal(got[i, bag], acc)


def test_cached_gate_rows_equal_gate_inputs_of_the_same_batch_bit_for_bit():
    t = NerTagger.from_dir(default_model_dir())
    if t.neural is None:
        pytest.skip("the shipped model is not a BiLSTM-CRF")
    net = t.neural
    words = _words()
    net.emissions_batch([words])
    words = list(net._rows)  # the order the batch's new words were projected in
    w = net.weights
    ref = w.gate_inputs(net._encoder.inputs(words))
    got = net._table[[net._rows[x] for x in words]]
    assert np.array_equal(got, ref)


def _previous_add_words(t: NerTagger, words, sequential=False):
    """The CRF's per-word blocks as ``NerTagger._add_words`` computed them before (with
    ``sequential``, each word's rows added one after the other instead of by ``reduceat``)."""
    keys, M = t._feature_rows()
    get = keys.get
    fx = t.extractor
    zero = len(M) - 1
    flat, starts = [], []
    for word in words:
        starts.append(len(flat))
        flat.append(zero)
        flat.extend([r for r in map(get, fx.word_features(word)) if r is not None])
    block = np.add.reduceat(t._table[M[flat]], starts, axis=0)
    if sequential:
        for i, (a, b) in enumerate(zip(starts, starts[1:] + [len(flat)])):
            acc = np.zeros(block.shape[1:])
            for r in flat[a:b]:
                acc = acc + t._table[M[r]]
            block[i] = acc
    if t._dense:
        vecs = [fx.word_vector(w) for w in words]
        has = [i for i, v in enumerate(vecs) if v is not None]
        if has:
            V = np.stack([vecs[i] for i in has]).astype(np.float64)
            for off, D in t._dense.items():
                block[has, off + 2] += V @ D
    return block


def test_crf_word_blocks_equal_the_previous_sum(tagger):
    words = _words()
    got = tagger._word_blocks().blocks(words)
    assert np.array_equal(got, _previous_add_words(tagger, words, sequential=True))
    np.testing.assert_allclose(got, _previous_add_words(tagger, words), rtol=0, atol=1e-12)


def test_padded_ids_of_arrays_equal_padded_ids_of_lists():
    from array import array

    lists = [[3, 1, 4], [1], [5, 9, 2, 6], [5]]
    want = [[3, 1, 4, 0], [1, 0, 0, 0], [5, 9, 2, 6], [5, 0, 0, 0]]
    assert padded_ids(lists).tolist() == want
    assert padded_ids([array("q", x) for x in lists]).tolist() == want
