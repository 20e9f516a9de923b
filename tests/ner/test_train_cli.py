"""`rasd ner train` and `rasd ner eval` on tiny fixtures (needs python-crfsuite)."""
import json
from pathlib import Path

import pytest

from rasd.cli import main

DATA = Path(__file__).parent / "data"


def test_train_then_eval_and_tag_with_model(tmp_path, capsys):
    pytest.importorskip("pycrfsuite")
    model = tmp_path / "m"
    assert main(["ner", "train", str(DATA / "tiny_train.conll"), "-o", str(model),
                 "--iterations", "40", "--c1", "0"]) == 0
    meta = json.loads((model / "meta.json").read_text())
    assert meta["train_tokens"] == 111 and meta["config"]["train"] == ["tiny_train.conll"]
    assert (model / "model.npz").exists()
    capsys.readouterr()
    assert main(["ner", "eval", str(DATA / "tiny_train.conll"), "--model", str(model), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["micro"]["f1"] > 90  # it fits its own training data
    assert set(res["by_type"]) == {"PERS", "LOC", "ORG", "MISC"}
    assert res["tokens"] == 111
    assert main(["tag", "--conll", str(DATA / "sample.conll"), "--model", str(model)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[5] == "واشنطن\tB-LOC" or out[5].startswith("واشنطن\t")


def test_training_is_deterministic(tmp_path):
    pytest.importorskip("pycrfsuite")
    import numpy as np

    for name in ("a", "b"):
        assert main(["ner", "train", str(DATA / "tiny_train.conll"), "-o", str(tmp_path / name),
                     "--iterations", "30"]) == 0
    a, b = (np.load(tmp_path / n / "model.npz") for n in ("a", "b"))
    assert list(a["attrs"]) == list(b["attrs"])
    assert np.array_equal(a["W"], b["W"]) and np.array_equal(a["T"], b["T"])
