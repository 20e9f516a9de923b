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
