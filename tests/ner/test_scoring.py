"""Entity scorer: conlleval chunking rules and exact span+type matching."""
import pytest

from rasd.ner.scoring import bio_spans, score


def test_spans_follow_conlleval_chunking():
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG", "B-MISC"]
    assert bio_spans(tags) == [(0, 2, "PERS"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG"),
                               (7, 8, "MISC")]


def test_malformed_tags_count_as_outside():
    assert bio_spans(["B-", "X-LOC", "O", "B-ORG"]) == [(3, 4, "ORG")]


def test_exact_span_and_type_required():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG"]]
    pred = [["B-PERS", "O", "O", "B-LOC"], ["B-LOC", "I-LOC", "I-LOC"]]
    s = score(gold, pred)
    assert (s.micro.tp, s.micro.n_pred, s.micro.n_gold) == (1, 3, 3)
    assert s.micro.f1 == pytest.approx(100 / 3)
    assert s.by_type["LOC"].precision == 50.0 and s.by_type["LOC"].recall == 100.0
    assert s.by_type["ORG"].recall == 0.0 and s.by_type["ORG"].f1 == 0.0
    assert s.by_type["PERS"].f1 == 0.0
    assert s.token_accuracy == pytest.approx(100 * 3 / 7)


def test_perfect_and_empty():
    gold = [["O", "B-MISC", "I-MISC"]]
    assert score(gold, gold).micro.f1 == 100.0
    s = score([["O", "O"]], [["O", "O"]])
    assert s.micro.f1 == 0.0 and s.n_tokens == 2


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])
    with pytest.raises(ValueError):
        score([["O"]], [])


def test_fixture_file_matches_hand_count():
    from pathlib import Path
    from rasd.ner.conll import read_conll_file

    sents = read_conll_file(str(Path(__file__).parent / "data" / "scored.conll"))
    gold = [[t.split("|")[0] for _, t in s] for s in sents]
    pred = [[t.split("|")[1] for _, t in s] for s in sents]
    d = score(gold, pred).to_dict()
    # gold: PERS x2, LOC x2, ORG x1 ; pred hits: PERS x1, LOC x2 ; pred extra: MISC x1, PERS x1
    assert d["micro"] == {"precision": 60.0, "recall": 60.0, "f1": 60.0, "gold": 5, "pred": 5, "tp": 3}
    assert d["by_type"]["ORG"]["recall"] == 0.0
