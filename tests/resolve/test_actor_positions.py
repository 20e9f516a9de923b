"""``actors._kept_positions`` picks the tokens the actor matcher reads in C iterators; it must
keep exactly the tokens the comprehension it replaced kept."""
from __future__ import annotations

from rasd.resolve.actors import _SKIP, _kept_positions
from rasd.text.tokenize import tokenize


def test_kept_positions_equal_the_comprehension() -> None:
    text = ('قال «الجيش» (السوري) إن "قوات" [سوريا] الديمقراطية - وحلفاءها ـ قتلوا 12 مسلحا، '
            "و‘داعش’ “تنظيم” 3.5 ؛ ! ؟ .")
    toks = tokenize(text)
    expected = [i for i, t in enumerate(toks) if t.is_word or t.norm not in _SKIP]
    assert _kept_positions(toks) == expected
    assert len(expected) < len(toks)              # some tokens are dropped
    assert _kept_positions(tuple(toks)) == expected and _kept_positions([]) == []
