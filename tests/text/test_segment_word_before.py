"""``segment._WORD_BEFORE`` carries a lookbehind that only spares work: it must find what the
pattern without it found."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text import segment

PLAIN = re.compile(rf"({segment._LETTER}+(?:\.{segment._LETTER}+)*)$")


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.group(1) == b.group(1))


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40) | st.lists(st.sampled_from(list("ab. \u064e\u0640١2_-") + ["د.", "ق.م", "أ.د", "عام"]),
                                        max_size=20).map("".join))
def test_equals_the_plain_pattern(text: str) -> None:
    assert _same(segment._WORD_BEFORE.search(text), PLAIN.search(text))


def test_news_endings() -> None:
    for text in ("وقال د", "في عام 2015 م", "قال أ.د.محمد", "الساعة 3", "ق.م", "كلمة..", ""):
        assert _same(segment._WORD_BEFORE.search(text), PLAIN.search(text))
