"""PhraseMatcher.find skips, with one set test, tokens whose forms start no phrase. The skip is
safe only if no phrase walk can begin at such a token, and it must not hide real matches."""
from __future__ import annotations

from rasd.recognize.matcher import build_matcher
from rasd.text.tokenize import tokenize

PHRASES = [("الجيش السوري", "sy-army"), ("الجيش", "army"), ("حلب", "aleppo"), ("ريف حلب", "rural"),
           ("تنظيم الدولة", "isis"), ("الدولة", "state"), ("قوات سوريا الديمقراطية", "sdf")]
TEXT = ("قصف الجيش السوري وتنظيم الدولة مواقع بريف حلب وفي حلب، وقالت قوات سوريا الديمقراطية "
        "إن الجيش والدولة وبالجيش السوري لم يصلوا إلى ريف حماة.")


def test_skipped_tokens_start_no_phrase() -> None:
    m = build_matcher(PHRASES)
    toks = tokenize(TEXT)
    starts = m._root.children.keys()
    skipped = [i for i, t in enumerate(toks) if starts.isdisjoint(t.forms)]
    assert skipped                                     # the shortcut does apply to this text
    assert all(list(m._walk(toks, i)) == [] for i in skipped)


def test_matches_across_clitics_and_longest_first() -> None:
    m = build_matcher(PHRASES)
    toks = tokenize(TEXT)
    values = [x.values[0] for x in m.find(toks)]
    assert values[:3] == ["sy-army", "isis", "rural"]
    assert values.count("aleppo") == 1 and "sdf" in values
    assert values[-3:] == ["army", "state", "sy-army"]   # «الجيش والدولة وبالجيش السوري»
    overlapping = [x.values for x in m.find(toks, overlapping=True)]
    assert ("army",) in overlapping and ("sy-army",) in overlapping


def _plain_find(m, toks, overlapping=False):
    """The matcher's loop before its fast paths: a phrase walk at every token."""
    out, i = [], 0
    while i < len(toks):
        best = None
        for j, splits, node, keys in m._walk(toks, i):
            cand = (j - i, -splits)
            if best is None or cand > best[0]:
                best = (cand, j, splits, node, keys)
            if overlapping:
                out.append((i, j, tuple(node.values), splits, keys))
        if best is not None and not overlapping:
            _, j, splits, node, keys = best
            out.append((i, j, tuple(node.values), splits, keys))
            i = j
        else:
            i += 1
    return out


def test_find_equals_a_walk_at_every_token() -> None:
    m = build_matcher(PHRASES)
    texts = [TEXT, "الجيش السوري الجيش السوري حلب", "ريف ريف حلب", "", "الدولة"]
    for text in texts:
        toks = tokenize(text)
        for overlapping in (False, True):
            got = [(x.token_start, x.token_end, x.values, x.splits, x.keys)
                   for x in m.find(toks, overlapping=overlapping)]
            assert got == _plain_find(m, toks, overlapping)


def test_fast_match_builder_equals_the_dataclass() -> None:
    from rasd.recognize.matcher import Match, _new_match
    assert _new_match is not Match                     # the shortcut is in use
    args = (3, 5, 10, 21, ("army", "state"), 1, ("جيش", "سوري"))
    fast, plain = _new_match(*args), Match(*args)
    assert fast == plain and hash(fast) == hash(plain) and type(fast) is Match
    m = build_matcher(PHRASES)
    toks = tokenize(TEXT)
    for x in m.find(toks) + m.find(toks, overlapping=True):
        assert x == Match(x.token_start, x.token_end, x.start, x.end, x.values, x.splits, x.keys)


def test_find_equals_a_walk_at_every_token_with_the_real_lexicons() -> None:
    """``find`` keeps only the best phrase of each position (``_walk`` inline, branch
    ``speed5``): the same matches as the walk at every token, for the event triggers, the
    event cues, the PLOVER verbs and the actors, on the demo and annotated articles."""
    import json
    from pathlib import Path

    from rasd.events.engine import EventEngine
    from rasd.resolve.actors import ActorResolver

    lex = EventEngine.load().lex
    matchers = [lex.triggers, lex.cues, lex.plover_only, ActorResolver.load().matcher]
    data = Path(__file__).resolve().parents[2] / "data"
    texts = [json.loads(ln)["text"] for name in ("demo", "dev2", "dev3")
             for ln in (data / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:15]
             if ln.strip()]
    found = 0
    for text in texts:
        toks = tokenize(text)
        for m in matchers:
            for overlapping in (False, True):
                got = [(x.token_start, x.token_end, x.values, x.splits, x.keys)
                       for x in m.find(toks, overlapping=overlapping)]
                assert got == _plain_find(m, toks, overlapping)
                found += len(got)
    assert found > 1000
