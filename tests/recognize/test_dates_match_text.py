"""``dates._match_text`` replaces each kind of changed character with one ``str.replace``
instead of one substitution callback per occurrence; it must give what the substitution gave."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.recognize import dates


def _substituted(text: str) -> str:
    """The substitution pass it replaced."""
    _, _, changed, table = dates._char_classes()
    return changed.sub(lambda m: table[m.group()], text)


def test_replacements_are_exact_for_the_shipped_map() -> None:
    assert dates._replace_is_exact()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80) | st.lists(st.sampled_from(list("أإآةىيا،؟\u064e\u0651\u0640\u200f ﻻﻷ12٣")
                                                       + ["في ٢٥ أيار"]), max_size=40).map("".join))
def test_equals_the_substitution(text: str) -> None:
    assert dates._match_text(text) == _substituted(text)


def test_news_sentence() -> None:
    text = "قُتل خمسةٌ يومَ الأربعاء ٢٥ أيار/مايو ٢٠١٦، وأُصيب آخرون؟ ﻻ تعليق\u200f."
    assert dates._match_text(text) == _substituted(text)
    assert dates._match_text("2016") == "2016"
