"""``rasd.ner.bigrams.BigramRows`` against the per-pair string lookup it replaces."""
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")

from rasd.ner.bigrams import BigramRows, reference_rows
from rasd.ner.conll import read_conll_file


def _check(attrs: dict[str, int], pairs: list[tuple[str, str]], valid=None) -> None:
    table = BigramRows(attrs)
    lit = attrs.get
    left = np.array([table.sides(a)[0] for a, _ in pairs])
    right = np.array([table.sides(b)[1] for _, b in pairs])
    ok = np.ones(len(pairs), dtype=bool) if valid is None else valid
    got_l, got_r = table.rows(left, right, ok)
    for (a, b), gl, gr, v in zip(pairs, got_l, got_r, ok):
        assert (gl, gr) == (reference_rows(lit, a, b) if v else (0, 0)), (a, b)


def test_rows_equal_the_string_lookup_with_bars_inside_words():
    attrs = {"bg-=a|b": 3, "bg+=a|b": 4, "bg-=x|y|z": 5, "bg+=|": 6, "bg-=a||": 7, "w=a": 8,
             "bg+=b|a": 9}
    words = ["a", "b", "x", "y", "z", "x|y", "y|z", "|", "", "c"]
    pairs = [(p, q) for p in words for q in words]
    _check(attrs, pairs)
    _check(attrs, pairs, valid=np.arange(len(pairs)) % 3 > 0)


def test_rows_of_the_shipped_crf_on_real_sentences():
    from rasd.recognize.ner import NerTagger, default_model_dir

    tagger = NerTagger.from_dir(default_model_dir())
    if tagger.weights is None:
        pytest.skip("no CRF in the shipped model")
    attrs = {a: i + 1 for a, i in tagger.weights.attr_index.items()}
    sample = Path(__file__).parent / "data" / "news_sample.conll"
    test = Path(__file__).resolve().parents[3] / "shared" / "data" / "ner" / "anercorp" / "test.txt"
    fx = tagger.extractor
    pairs = []
    for f in [sample] + ([test] if test.exists() else []):
        for s in read_conll_file(str(f)):
            norms = [fx.word_features(w)[0][1] for w, _ in s]
            pairs += list(zip(norms, norms[1:]))
    _check(attrs, pairs)
    assert sum(a.startswith(("bg-", "bg+")) for a in attrs) > 1000
