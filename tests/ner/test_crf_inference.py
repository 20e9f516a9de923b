"""Batched numpy Viterbi and forward-backward against brute force; training round trip."""
import itertools
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")  # run-time dependency of the NER tagger

from rasd.ner.crf import marginals_batch, viterbi_batch, viterbi_many, viterbi_reference

DATA = Path(__file__).parent / "data"


def _brute(T, E):
    n, k = E.shape
    scores = {}
    for path in itertools.product(range(k), repeat=n):
        s = E[0, path[0]] + sum(T[path[i - 1], path[i]] + E[i, path[i]] for i in range(1, n))
        scores[path] = s
    best = max(scores, key=scores.get)
    z = np.logaddexp.reduce(np.array(list(scores.values())))
    marg = np.zeros((n, k))
    for path, s in scores.items():
        for i, lab in enumerate(path):
            marg[i, lab] += np.exp(s - z)
    return list(best), marg


def test_batched_viterbi_and_marginals_match_brute_force_with_padding():
    rng = np.random.default_rng(0)
    k = 3
    T = rng.normal(size=(k, k))
    lengths = np.array([4, 1, 3, 2])
    E = rng.normal(size=(len(lengths), 4, k)) * 2
    paths = viterbi_batch(T, E, lengths)
    margs = marginals_batch(T, E, lengths)
    for b, n in enumerate(lengths):
        best, marg = _brute(T, E[b, :n])
        assert paths[b].tolist() == best
        np.testing.assert_allclose(margs[b], marg, atol=1e-9)


@pytest.mark.parametrize("seed", range(6))
def test_viterbi_equals_the_loop_it_replaced(seed):
    """Same paths as the former loop, with ties (small integer scores), one-word sentences,
    unsorted lengths and float32 emissions."""
    rng = np.random.default_rng(seed)
    k = 9
    for ties in (False, True):
        T = rng.integers(-2, 3, size=(k, k)).astype(float) if ties else rng.normal(size=(k, k))
        lengths = rng.integers(1, 30, size=int(rng.integers(1, 40)))
        if seed % 2:
            lengths = np.sort(lengths)
        E = rng.integers(-3, 4, size=(len(lengths), lengths.max(), k)).astype(float) if ties else \
            rng.normal(size=(len(lengths), lengths.max(), k)) * 3
        if seed == 5:
            E = E.astype(np.float32)
        got, ref = viterbi_batch(T, E, lengths), viterbi_reference(T, E, lengths)
        assert [p.tolist() for p in got] == [p.tolist() for p in ref]
        # the same sentences one by one, in groups sorted by length, with empty ones between
        many = [E[b, :n] for b, n in enumerate(lengths)]
        gap = len(many) // 2
        many.insert(gap, np.zeros((0, k), dtype=E.dtype))
        for group in (1, 3, 1000):
            paths = viterbi_many(T, many, group=group)
            assert paths[gap].tolist() == []
            del paths[gap]
            assert [p.tolist() for p in paths] == [p.tolist() for p in ref]


def _tiny_vectors(tmp_path):
    """Random 4-dim vectors for the tiny vocabulary (folded words)."""
    from rasd.ner.conll import read_conll_file
    from rasd.ner.fold import fold

    words = sorted({fold(w) for s in read_conll_file(str(DATA / "tiny_train.conll")) for w, _ in s})
    rng = np.random.default_rng(1)
    path = tmp_path / "vec.npz"
    np.savez(path, words=np.array(words), vectors=rng.normal(size=(len(words), 4)).astype(np.float16))
    return str(path)


def _train_tiny(tmp_path, vectors=None):
    pytest.importorskip("pycrfsuite")
    from rasd.ner.train import TrainConfig, train

    cfg = TrainConfig(train=(str(DATA / "tiny_train.conll"),), max_iterations=60, c1=0.0, c2=0.01,
                      vectors=vectors)
    out = tmp_path / "model"
    train(cfg, str(out), log=lambda m: None)
    return out


@pytest.mark.parametrize("with_vectors", [False, True])
def test_numpy_inference_equals_crfsuite(tmp_path, with_vectors):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    from rasd.ner.conll import read_conll_file
    from rasd.ner.features import FeatureExtractor, WordVectors
    from rasd.recognize.ner import NerTagger

    vec = _tiny_vectors(tmp_path) if with_vectors else None
    model = _train_tiny(tmp_path, vec)
    tagger = NerTagger.from_dir(str(model))
    assert tagger.available and (model / "meta.json").exists()
    # re-train the same data straight with crfsuite and compare decoded tags
    trainer = pycrfsuite.Trainer(verbose=False)
    fx = FeatureExtractor(vectors=WordVectors.load(vec) if vec else None)
    sents = read_conll_file(str(DATA / "tiny_train.conll"))
    for s in sents:
        trainer.append(fx.sentence_features([w for w, _ in s]), [t for _, t in s])
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 60,
                        "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "ref.crfsuite"))
    ref = pycrfsuite.Tagger()
    ref.open(str(tmp_path / "ref.crfsuite"))
    test = [[w for w, _ in s] for s in read_conll_file(str(DATA / "scored.conll"))]
    test += [["زار", "الوزير", "خالد", "بيروت", "امس"], ["مجهول"]]
    ours = tagger.tag_many(test)
    assert ours == [ref.tag(fx.sentence_features(ws)) for ws in test]
    assert ours == [tagger.tag(ws) for ws in test]
    # it learned something from the tiny data
    assert "B-LOC" in tagger.tag(["في", "بغداد"])


def test_missing_model_tags_everything_outside(tmp_path):
    from rasd.recognize.ner import NerTagger

    t = NerTagger.from_dir(str(tmp_path))
    assert not t.available
    assert t.tag(["بغداد", "في"]) == ["O", "O"]
    assert t.tag([]) == []
