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


def test_kept_positions_without_quotes_and_with_word_like_skips() -> None:
    """No quote or bracket: every token is kept (the path without a drop list); and a token
    written as a dash or tatweel that the tokenizer reads as a word is kept."""
    for text in ("قال الجيش إن 12 مسلحا قتلوا، وأصيب آخرون.", "", "ـ الجيش - «قوات» ـ", "«»()[]"):
        toks = tokenize(text)
        assert _kept_positions(toks) == [i for i, t in enumerate(toks) if t.is_word or t.norm not in _SKIP]


def test_unknown_entity_tokens_by_bisection_over_the_tokens() -> None:
    """``_unknown_entities`` finds a name's tokens by bisecting the tokens on their starts
    (``key=``), as it did on a list of every token's start."""
    from bisect import bisect_right

    from rasd.model import Article, Doc, Mention
    from rasd.resolve.actors import ActorResolver
    text = "وقال محمد أحمد علي، المتحدث باسم «شركة النفط الوطنية»، إن الوزير زار مدينة جدة أمس."
    toks = tuple(tokenize(text))
    doc = Doc(Article(id="t", text=text), toks, ())
    starts = [t.start for t in toks]
    ner = []
    for a in range(0, len(text) - 3, 3):
        for b in (a + 1, a + 4, a + 11):
            ner.append(Mention(kind="PERS", start=a, end=min(b, len(text)), text=text[a:b], score=0.9))
    got = ActorResolver.load()._unknown_entities(doc, [], ner)
    assert len(got) == len(ner)
    for m, g in zip(ner, got):
        ts = max(0, bisect_right(starts, m.start) - 1)
        te = max(ts + 1, bisect_right(starts, m.end - 1))
        assert (g.token_start, g.token_end) == (ts, te)
