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
    numbers._STARTS_MEMO.clear()
    cold = _found(TEXT)
    assert _found(TEXT) == cold                       # warm memo
    assert (23, 23) in {(v, lo) for _s, _e, v, lo, _h in cold}
    assert any(v == 2 for _s, _e, v, _lo, _h in cold)       # «طفلان», a dual
    assert any(v == 1_500_000 for _s, _e, v, _lo, _h in cold)
    monkeypatch.setattr(numbers, "_STARTS_MEMO_MAX", 3)      # cleared again and again
    numbers._STARTS_MEMO.clear()
    assert _found(TEXT) == cold


def _plain_find(tokens) -> list:
    """find_quantities as the loop over every token it was, without the range-opener shortcut."""
    lex = numbers.number_lexicon()
    out, i = [], 0
    while i < len(tokens):
        q = numbers._quantity_at(tokens, i, lex) if numbers._may_start(tokens[i], lex) else None
        if q is None:
            i += 1
            continue
        out.append(q)
        i = q.token_end
    return out


SAMPLES = [TEXT, "قتل بين 10 و15 شخصا، ومن ثلاثة إلى خمسة جرحى، ومن بينهم من 2 الى 3 أطفال و١٢ امرأة.",
           "من المتوقع أن يصل من بين عشرات الآلاف ما بين خمسة وسبعة آلاف، من 1,200 إلى 1.5 مليون، بـ20 صاروخا.",
           "قال: «من؟» ثم 3، و4؛ ومن 2015 حتى 2017 نحو نصف مليون من قريتين."]


def test_a_number_starts_only_where_may_start_says(monkeypatch) -> None:
    """``_core`` finds a number only at a token ``_may_start`` accepts: the shortcuts (positions
    picked by the memo, «من»/«بين» followed by no possible number) rely on it."""
    lex = numbers.number_lexicon()
    for text in SAMPLES:
        toks = tokenize(text)
        for i in range(len(toks)):
            if numbers._core(toks, i, lex) is not None:
                assert numbers._may_start(toks[i], lex), toks[i].text
        assert find_quantities(text, toks) == _plain_find(toks)
    monkeypatch.setattr(numbers, "_STARTS_MEMO_MAX", 5)
    numbers._STARTS_MEMO.clear()
    for text in SAMPLES:
        toks = tokenize(text)
        assert find_quantities(text, toks) == _plain_find(toks)


def test_hedges_tried_only_where_one_may_open(monkeypatch) -> None:
    """``_quantity_at`` tries only the hedges one of whose phrases may start at the word
    (``_hedges_opening``, branch ``speed5``): the same quantities as trying all four, on hedged
    numbers and on the demo and annotated articles, with the memo warm, cold or tiny."""
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "data"
    texts = [TEXT, "قتل أكثر من 20 شخصا وأصيب ما لا يقل عن 30 وحوالي 15 ونحو 40 وأقل من 5 وما يزيد على 100 "
                   "وقرابة 60 وزهاء ألف ومن 10 إلى 15 وبين 3 و5."]
    texts += [json.loads(ln)["text"] for name in ("demo", "dev2", "dev3")
              for ln in (data / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:10]
              if ln.strip()]
    want = []
    with monkeypatch.context() as m:
        m.setattr(numbers, "_hedges_opening", lambda norm, lex: numbers._HEDGES)
        for text in texts:
            want.append([q for q in find_quantities(text, tokenize(text))])
    assert sum(q.approximate for qs in want for q in qs) > 10
    numbers._HEDGE_MEMO.clear()
    for _ in range(2):
        assert [find_quantities(t, tokenize(t)) for t in texts] == want
    monkeypatch.setattr(numbers, "_STARTS_MEMO_MAX", 2)
    numbers._HEDGE_MEMO.clear()
    assert [find_quantities(t, tokenize(t)) for t in texts] == want
