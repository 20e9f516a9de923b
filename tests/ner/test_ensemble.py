"""Averaged networks and the document-level pass (``rasd.ner.ensemble``)."""
import json
import shutil

import pytest

np = pytest.importorskip("numpy")

from rasd.ner.ensemble import Consistency, MeanBackend, consistent_emissions

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


class _Fixed:
    def __init__(self, value: float):
        self.labels = LABELS
        self.T = np.full((9, 9), value)
        self.value = value
        self.max_cache = 10

    def emissions_batch(self, batch):
        lengths = np.array([len(s) for s in batch])
        return np.full((len(batch), int(lengths.max()), 9), self.value), lengths


def test_mean_backend_averages_emissions_and_transitions():
    m = MeanBackend([_Fixed(1.0), _Fixed(3.0)])
    E, lengths = m.emissions_batch([["a", "b"], ["c"]])
    assert lengths.tolist() == [2, 1]
    assert np.allclose(E, 2.0) and np.allclose(m.T, 2.0)
    m.max_cache = 12
    assert all(b.max_cache == 12 for b in m.backends)


def _E(n):
    E = np.zeros((n, 9))
    E[:, 0] = 1.0  # every word leans to O by 1
    return E


def test_names_found_elsewhere_vote_for_their_type():
    sents = [["قال", "زيد", "الخير"], ["ثم", "زيد", "الخير", "هنا"], ["و", "بغداد"]]
    tags = [["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"], ["O", "B-LOC"]]
    Es = [_E(len(s)) for s in sents]
    out = consistent_emissions(sents, Es, tags, LABELS, Consistency(2.0, window=None))
    assert out[1][1, 1] == 2.0 and out[1][2, 2] == 2.0  # B-PERS, I-PERS of the second mention
    assert out[1][0].tolist() == Es[1][0].tolist() and out[1][3].tolist() == Es[1][3].tolist()
    # a sentence's own names do not vote for themselves
    assert np.array_equal(out[0], Es[0]) and np.array_equal(out[2], Es[2])
    # outside the window no vote arrives
    far = consistent_emissions(sents[:2] + [["x"]] * 3 + sents[1:2], Es[:2] + [_E(1)] * 3 + Es[1:2],
                               tags[:2] + [["O"]] * 3 + tags[1:2], LABELS, Consistency(2.0, window=2))
    assert far[1][1, 1] == 2.0 and far[5][1, 1] == 0.0


def test_split_votes_and_surnames():
    sents = [["زيد"], ["زيد"], ["عمرو", "زيد"], ["زيد"]]
    tags = [["B-PERS"], ["B-ORG"], ["B-PERS", "I-PERS"], ["O"]]
    Es = [_E(len(s)) for s in sents]
    plain = consistent_emissions(sents, Es, tags, LABELS, Consistency(3.0))
    assert plain[3][0, 1] == 1.5 and plain[3][0, 5] == 1.5  # one PERS, one ORG vote
    sur = consistent_emissions(sents, Es, tags, LABELS, Consistency(3.0, surnames=True))
    assert sur[3][0, 1] == 2.0 and sur[3][0, 5] == 1.0  # the surname of عمرو زيد adds PERS


def test_consistency_from_meta():
    assert Consistency.from_meta(None) is None
    assert Consistency.from_meta({"weight": 0}) is None
    assert Consistency.from_meta({"weight": 2, "window": 10}) == Consistency(2.0, 10, False)


def test_a_network_averaged_with_itself_tags_like_it_alone(tmp_path):
    from rasd.recognize.ner import NerTagger, default_model_dir

    src = default_model_dir()
    meta = json.loads(open(f"{src}/meta.json", encoding="utf-8").read())
    if meta.get("model") != "bilstm-crf":
        pytest.skip("the shipped model is not a network")
    d = tmp_path / "m"
    shutil.copytree(src, d)
    meta.pop("consistency", None)
    (d / "meta.json").write_text(json.dumps(meta))
    sents = ["قال الرئيس العراقي جلال طالباني في بغداد امس".split(),
             "واعلنت وزارة الدفاع الامريكية ان الجيش سينسحب".split()]
    alone = NerTagger.from_dir(str(d)).tag_many(sents)
    shutil.copy(d / "model.npz", d / "model_copy.npz")
    meta["networks"] = ["model_copy.npz"]
    (d / "meta.json").write_text(json.dumps(meta))
    both = NerTagger.from_dir(str(d))
    assert isinstance(both.neural, MeanBackend)
    assert both.tag_many(sents) == alone
