"""Gazetteer.find picks the tokens that may start a name with one C-level set test per token;
it must find exactly what a walk from every word token finds (the loop it replaced)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.gazetteer.lookup import Gazetteer
from rasd.text.tokenize import tokenize

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo" / "articles.jsonl"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _plain_find(gaz: Gazetteer, tokens, start=0, end=None):
    """Gazetteer.find as a loop over every token (its first-word test spelled out)."""
    end = len(tokens) if end is None else end
    out = []
    for i in range(start, end):
        tok = tokens[i]
        if not tok.is_word:
            continue
        for rank, f in enumerate(tok.forms):
            maxlen = gaz._first.get(f)
            if maxlen:
                gaz._extend(tokens, i, end, f, 1 if rank > 1 else 0, maxlen, out)
    out.sort(key=lambda m: (m.token_start, -(m.token_end - m.token_start), m.splits))
    return out


def test_find_equals_a_walk_from_every_word(gaz: Gazetteer) -> None:
    texts = [json.loads(line)["text"] for line in DEMO.read_text(encoding="utf-8").splitlines()[:6]]
    texts.append("قصف على ريف حلب الشمالي ودير الزور، وفي 12 بلدة قرب مدينة الموصل.")
    for text in texts:
        toks = tokenize(text)
        assert gaz.find(toks) == _plain_find(gaz, toks)
        mid = len(toks) // 2
        assert gaz.find(toks, 3, mid) == _plain_find(gaz, toks, 3, mid)


def test_pairs_are_the_two_word_paths_of_the_search(gaz: Gazetteer) -> None:
    """``find`` skips the search after a first word when ``f"{f} {next form}"`` is not in
    ``_pairs``; ``_extend`` would only follow a two-word path in ``by_key`` or ``_inner``."""
    keys = [k for k in gaz.by_key if " " in k]
    assert keys and gaz._pairs
    for k in keys[::20]:
        w0, _, rest = k.partition(" ")
        assert f"{w0} {rest.partition(' ')[0]}" in gaz._pairs
    for p in list(gaz._pairs)[::20]:
        assert p in gaz.by_key or p in gaz._inner
    two_word = {k for k in keys if k.count(" ") == 1} | {k for k in gaz._inner if k.count(" ") == 1}
    assert two_word == gaz._pairs


def test_find_equals_the_walk_on_news(gaz: Gazetteer) -> None:
    text = ("قتل ثلاثة في جبل الشيخ بدر وفي ريف دمشق الغربي، وسقطت قذائف على دير الزور وعلى مدينة "
            "الحسكة ومخيم اليرموك جنوب العاصمة، وقال مصدر في مجلس محافظة نينوى إن قرية تل أبيض هادئة.")
    toks = tokenize(text)
    assert gaz.find(toks) == _plain_find(gaz, toks)
    for a in range(0, len(toks), 5):
        assert gaz.find(toks, a, min(len(toks), a + 7)) == _plain_find(gaz, toks, a, min(len(toks), a + 7))


def test_find_with_remembered_starts_equals_the_walk_on_annotated_articles(gaz: Gazetteer) -> None:
    """``find`` reads each token's name-starting forms, their longest names and one-word
    places from ``_starts`` (remembered per ``forms`` tuple, branch ``speed5``): the same
    matches, the same entries objects, at the first reading of a text and at the next."""
    data = DEMO.parents[1]
    texts = [json.loads(ln)["text"] for name in ("dev2", "dev3")
             for ln in (data / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:10]
             if ln.strip()]
    n = 0
    for text in texts:
        toks = tokenize(text)
        plain = _plain_find(gaz, toks)
        for _ in range(2):
            got = gaz.find(toks)
            assert got == plain
            assert all(a.entries is gaz.by_key[a.key] for a in got)
        n += len(plain)
    assert n > 500
    assert gaz._starts


def test_remembered_starts_are_bounded(gaz: Gazetteer, monkeypatch) -> None:
    import rasd.gazetteer.lookup as lookup

    toks = tokenize("قصف على ريف حلب الشمالي ودير الزور، وفي 12 بلدة قرب مدينة الموصل.")
    want = _plain_find(gaz, toks)
    monkeypatch.setattr(lookup, "_MAX_STARTS", 2)
    gaz._starts.clear()
    assert gaz.find(toks) == want and len(gaz._starts) <= 2

