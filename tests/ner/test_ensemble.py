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


def _reference_consistent(sentences, emissions, tags, labels, cfg):
    """``consistent_emissions`` as it was before it visited only the words that begin a name
    (a walk over every word), kept as the reference."""
    from collections import Counter, defaultdict

    from rasd.ner.ensemble import _fold, _names

    lab = {l: i for i, l in enumerate(labels)}
    folded = [[_fold(w) for w in s] for s in sentences]
    own = [_names(f, t, cfg.surnames) for f, t in zip(folded, tags)]
    n = len(sentences)
    win = n if cfg.window is None else cfg.window
    running = defaultdict(Counter)
    by_first = defaultdict(set)

    def add(j, sign):
        for name, c in own[j].items():
            r = running[name]
            for kind, v in c.items():
                r[kind] += sign * v
            by_first[name[0]].add(name)

    for j in range(min(n, win + 1)):
        add(j, 1)
    out = []
    for i in range(n):
        if i > 0:
            if i + win < n:
                add(i + win, 1)
            if i - win - 1 >= 0:
                add(i - win - 1, -1)
        E, words, mine, k, copied = emissions[i], folded[i], own[i], 0, False
        while k < len(words):
            cands = by_first.get(words[k])
            step = 1
            if cands:
                for name in sorted(cands, key=len, reverse=True):
                    m = len(name)
                    if tuple(words[k:k + m]) != name:
                        continue
                    votes = {kind: v - mine.get(name, {}).get(kind, 0) for kind, v in running[name].items()}
                    votes = {kind: v for kind, v in votes.items() if v > 0}
                    if not votes:
                        continue
                    if not copied:
                        E, copied = E.copy(), True
                    tot = sum(votes.values())
                    for kind, v in votes.items():
                        b, inside = lab.get("B-" + kind), lab.get("I-" + kind)
                        if b is None:
                            continue
                        E[k, b] += cfg.weight * v / tot
                        if inside is not None and m > 1:
                            E[k + 1:k + m, inside] += cfg.weight * v / tot
                    step = m
                    break
            k += step
        out.append(E)
    return out


@pytest.mark.parametrize("seed", range(4))
def test_document_pass_equals_the_walk_over_every_word(seed):
    """Random documents over a small vocabulary (so names recur, overlap and nest)."""
    rng = np.random.default_rng(seed)
    vocab = ["زيد", "عمرو", "بغداد", "دمشق", "في", "قال", "وزارة", "الدفاع", "أ", "ب"]
    sents = [[vocab[j] for j in rng.integers(0, len(vocab), size=int(rng.integers(1, 15)))]
             for _ in range(40)]
    tags = []
    for s in sents:
        t, i = [], 0
        while i < len(s):
            if rng.random() < 0.3:
                kind = ("PERS", "LOC", "ORG", "MISC")[int(rng.integers(0, 4))]
                m = min(int(rng.integers(1, 4)), len(s) - i)
                t += ["B-" + kind] + ["I-" + kind] * (m - 1)
                i += m
            else:
                t.append("O")
                i += 1
        tags.append(t)
    E = [rng.normal(size=(len(s), len(LABELS))) for s in sents]
    for cfg in (Consistency(4.0, 5), Consistency(2.0, None, True), Consistency(3.0, 0)):
        got = consistent_emissions(sents, E, tags, LABELS, cfg)
        ref = _reference_consistent(sents, E, tags, LABELS, cfg)
        assert all(np.array_equal(a, b) for a, b in zip(got, ref))
