"""The numpy BiLSTM-CRF forward pass: its pieces against plain computations, and (when
PyTorch is installed) a short training run whose export must match PyTorch to 1e-5."""
import json
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

from rasd.ner.features import FeatureExtractor
from rasd.ner.neural import BOW, EOW, PAD, NeuralWeights, Vocab, _reverse_padded

DATA = Path(__file__).parent / "data"


def test_reverse_padded_keeps_padding_at_the_end():
    X = np.arange(2 * 4).reshape(2, 4, 1).astype(float)
    out = _reverse_padded(X, np.array([4, 2]))[:, :, 0]
    assert out[0].tolist() == [3, 2, 1, 0]
    assert out[1].tolist() == [5, 4, 6, 7]  # first two reversed, padding untouched
    assert np.array_equal(_reverse_padded(_reverse_padded(X, np.array([4, 2])), np.array([4, 2])), X)


def _tiny_weights(rng) -> NeuralWeights:
    e, F, k = 3, 4, 3
    arrays = {"char_emb": rng.normal(size=(6, e)).astype(np.float32),
              "conv_w": rng.normal(size=(F, e, k)).astype(np.float32),
              "conv_b": rng.normal(size=F).astype(np.float32)}
    arrays["char_emb"][PAD] = 0.0
    return NeuralWeights(("O",), Vocab({}, {}, {}), arrays, {})


def test_char_cnn_ignores_padding_and_matches_a_direct_convolution():
    rng = np.random.default_rng(1)
    w = _tiny_weights(rng)
    word = [BOW, 4, 5, 4, EOW]
    padded = np.array([word + [PAD] * 3, [BOW, 5, EOW] + [PAD] * 5])
    got = w.char_cnn(padded)
    # direct: zero-padded convolution over the unpadded word, ReLU, max over positions
    E = w.arrays["char_emb"][word]
    Ep = np.vstack([np.zeros((1, 3)), E, np.zeros((1, 3))])
    W, b = w.arrays["conv_w"], w.arrays["conv_b"]
    direct = np.array([[max(0.0, float((W[f] * Ep[t:t + 3].T).sum() + b[f])) for f in range(4)]
                       for t in range(len(word))]).max(axis=0)
    np.testing.assert_allclose(got[0], direct, atol=1e-5)
    assert np.isfinite(got).all()
    assert np.array_equal(got, w.char_cnn_reference(padded))


def test_char_cnn_equals_the_former_computation_on_the_shipped_model():
    """Windows gathered from the embeddings against padding and concatenating, bit for bit."""
    from rasd.ner.conll import read_conll_file
    from rasd.recognize.ner import NerTagger, default_model_dir

    tagger = NerTagger.from_dir(default_model_dir())
    if tagger.neural is None:
        pytest.skip("the shipped model is not a BiLSTM-CRF")
    net = tagger.neural
    words = list(dict.fromkeys(w for s in read_conll_file(str(DATA / "news_sample.conll")) for w, _ in s))
    chars = net.weights.vocab.encode(net.extractor, words, 0).chars
    got = net.weights.char_cnn(chars)
    ref = net.weights.char_cnn_reference(chars)
    assert got.shape == ref.shape and np.isfinite(got).all()
    assert np.array_equal(got, ref)


def test_vocab_encode_uses_unknown_rows_and_word_markers():
    fx = FeatureExtractor()
    vocab = Vocab({"<unk>": 0, "الموصل": 1, "موصل": 2}, {"<unk>": 0, "sh=ar": 1},
                  {"<pad>": 0, "م": 4})
    x = vocab.encode(fx, ["الموصل", "والموصل", "زيد"], vec_dims=0)
    assert x.word.tolist() == [1, 0, 0]
    assert x.stem.tolist() == [2, 2, 0]  # the clitic-stripped stem is known
    assert x.bag[0] == [1]
    assert x.chars[0, 0] == BOW and x.chars[0, 3] == 4 and x.chars[0, 7] == EOW
    assert x.chars[0, 8] == PAD and x.chars[0, 1] == 3  # unknown char


@pytest.mark.slow
def test_short_training_exports_a_numpy_model_matching_torch(tmp_path):
    pytest.importorskip("torch")
    from rasd.cli import main
    from rasd.recognize.ner import NerTagger

    out = tmp_path / "m"
    assert main(["ner", "train-neural", str(DATA / "tiny_train.conll"), "-o", str(out),
                 "--epochs", "30", "--batch", "1", "--hidden", "16", "--word-dim", "8", "--char-filters", "8"]) == 0
    meta = json.loads((out / "meta.json").read_text())
    assert meta["model"] == "bilstm-crf"
    assert meta["export_max_diff"] < 1e-5
    tagger = NerTagger.from_dir(str(out))
    assert tagger.available
    words = "قال الرئيس محمد علي في بغداد".split()
    tags = tagger.tag(words)
    assert len(tags) == len(words)
    res = __import__("rasd.ner.evaluate", fromlist=["x"]).evaluate(str(out), str(DATA / "tiny_train.conll"))
    assert res.score.micro.f1 > 60  # it learns its own training data


@pytest.mark.slow
def test_ensemble_with_a_dominant_crf_tags_like_the_crf(tmp_path):
    """The CRF's labels are permuted into the network's order: with a huge CRF weight the
    ensemble must decode exactly what the CRF alone decodes."""
    pytest.importorskip("torch")
    pytest.importorskip("pycrfsuite")
    from rasd.cli import main
    from rasd.ner.conll import read_conll_file
    from rasd.recognize.ner import NerTagger

    crf, ens = tmp_path / "crf", tmp_path / "ens"
    assert main(["ner", "train", str(DATA / "tiny_train.conll"), "-o", str(crf),
                 "--iterations", "40", "--c1", "0"]) == 0
    assert main(["ner", "train-neural", str(DATA / "tiny_train.conll"), "-o", str(ens),
                 "--epochs", "2", "--hidden", "8", "--word-dim", "4", "--char-filters", "4",
                 "--ensemble-crf", str(crf), "--ensemble-weight", "1000"]) == 0
    meta = json.loads((ens / "meta.json").read_text())
    assert meta["ensemble"]["crf"] == "crf.npz" and (ens / "crf.npz").exists()
    sents = [[w for w, _ in s] for s in read_conll_file(str(DATA / "news_sample.conll"))]
    alone = NerTagger.from_dir(str(crf)).tag_many(sents)
    both = NerTagger.from_dir(str(ens))
    assert both.neural is not None and both.weights is not None
    assert both.tag_many(sents) == alone
    assert any(t != "O" for s in alone for t in s)


@pytest.mark.slow
def test_extra_corpora_pretrain_then_fine_tune(tmp_path):
    """``--extra-epochs``: the extra sentences are seen in the first epochs only; the held-out
    tenth and the word vocabulary come from the main training file alone."""
    pytest.importorskip("torch")
    from rasd.ner.conll import read_conll_file
    from rasd.ner.neural_train import NeuralConfig, train_neural

    extra = tmp_path / "extra.txt"  # WikiFANE-style fine classes, tab separated
    extra.write_text("زار\tO\nجون\tB-Politician\nسميث\tI-Politician\nلندن\tB-Population-Center\n\n"
                     "قالت\tO\nشركة\tB-Commercial\nاكمي\tI-Commercial\n\n" * 2, encoding="utf-8")
    train = str(DATA / "tiny_train.conll")
    n_main = len(read_conll_file(train))
    cfg = NeuralConfig(train=(train,), extra=(str(extra),), extra_epochs=1, extra_weight=0.5,
                       epochs=2, hidden=8, word_dim=4, char_filters=4, dev_tenth=True)
    meta = train_neural(cfg, str(tmp_path / "m"), log=lambda m: None)
    assert meta["extra_sentences"] == 4
    assert meta["train_sentences"] == n_main - n_main // 10 + 4
    assert (tmp_path / "m" / "model_last.npz").exists()
    words = set(NeuralWeights.load(str(tmp_path / "m" / "model.npz")).vocab.words)
    assert "سميث" not in words and "اكمي" not in words  # seen twice, but only in the extra corpus
