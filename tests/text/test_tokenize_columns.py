"""The tokenizer builds its tokens from columns in C iterators (``rasd.text.tokenize.tokenize``)
and reads words with a possessive regex: both must give exactly what the per-token loop and the
plain token regex gave before them."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.model import Token
from rasd.text import tokenize as tk

ALPHABET = list("وبالجيش فكل١٢.،«»\u064e\u0640\u200f\u061c\u034f\n Fx9_ﻻ٣,٫") + ["MH17", "بـ20", "و3"]
TEXTS = st.text(max_size=80) | st.lists(st.sampled_from(ALPHABET), max_size=40).map("".join)


def _loop_tokenize(text: str, offset: int = 0, end: int | None = None) -> list[Token]:
    """The tokenizer before the columns: the plain token regex, a Python step and a
    constructor call per token."""
    out = []
    gap_token = re.compile(rf"([\s{tk._INVISIBLE}]*)({re.sub(r'[(][?]P<[a-z]+>', '(?:', tk._TOKEN_RE.pattern)})")
    pos = offset
    for gap, w in gap_token.findall(text, offset, len(text) if end is None else end):
        s = pos + len(gap)
        pos = e = s + len(w)
        norm, stem, ds, de, pre, suf, forms, is_word = tk._entry(w)
        out.append(Token(s, e, w, norm, stem, s + ds, e - de, pre, suf, forms, is_word))
    return out


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.data())
def test_columns_equal_the_loop(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = tk.tokenize(text, start, end)
    assert got == _loop_tokenize(text, start, end)
    assert all(type(t) is Token for t in got)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_possessive_regex_equals_the_token_regex(text: str) -> None:
    plain = re.compile(rf"([\s{tk._INVISIBLE}]*)({re.sub(r'[(][?]P<[a-z]+>', '(?:', tk._TOKEN_RE.pattern)})")
    assert tk._GAP_TOKEN_RE.findall(text) == plain.findall(text)


def test_news_text_equal_the_loop() -> None:
    text = ("أعلنت وزارة الدفاع الروسية، اليوم (الأحد)، أن طائرات F16 وMH17 قصفت بـ20 صاروخاً "
            "مواقع «داعش» في ريف حلب الشمالي، ما أدى إلى مقتل31 شخصاً و3قتلى آخرين؛ وَبِالجَيْشِ ١٢٫٥")
    assert tk.tokenize(text) == _loop_tokenize(text)
    assert tk.tokenize(text, 10, 60) == _loop_tokenize(text, 10, 60)


def test_cache_bound_keeps_results() -> None:
    text = "والجيش قصف مواقعهم في بغداد"
    first = tk.tokenize(text)
    tk.clear_cache()
    assert tk.tokenize(text) == first == _loop_tokenize(text)
