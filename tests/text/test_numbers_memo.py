"""find_quantities remembers per word whether a quantity can start there: the memo must not
change what is found, whether it is empty, full, or cleared when it reaches its bound."""
from __future__ import annotations

import rasd.text.numbers as numbers
from rasd.text.numbers import find_quantities
from rasd.text.tokenize import tokenize

TEXT = ("قتل ثلاثة وعشرون شخصا وأصيب أكثر من 40 آخرين، بينهم طفلان، في قصف استهدف قريتين. "
        "وقال المرصد إن عشرات المدنيين نزحوا، وإن نحو 1.5 مليون يعيشون في المنطقة منذ عام 2015.")


def _found(text: str) -> list[tuple[int, int, int, int, int]]:
    return [(q.start, q.end, q.value, q.low, q.high) for q in find_quantities(text, tokenize(text))]


def test_memo_does_not_change_results(monkeypatch) -> None:
    numbers._WORD_STARTS.clear()
    cold = _found(TEXT)
    assert _found(TEXT) == cold                       # warm memo
    assert (23, 23) in {(v, lo) for _s, _e, v, lo, _h in cold}
    assert any(v == 2 for _s, _e, v, _lo, _h in cold)       # «طفلان», a dual
    assert any(v == 1_500_000 for _s, _e, v, _lo, _h in cold)
    monkeypatch.setattr(numbers, "_WORD_STARTS_MAX", 3)      # cleared again and again
    numbers._WORD_STARTS.clear()
    assert _found(TEXT) == cold
