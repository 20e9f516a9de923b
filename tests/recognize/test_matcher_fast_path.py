"""PhraseMatcher.find skips tokens that start no phrase with one set test: it must find exactly
what trying every token finds (the scan it replaced), longest match and clitics included."""
from __future__ import annotations

from rasd.recognize.matcher import Match, PhraseMatcher, build_matcher
from rasd.text.tokenize import tokenize

PHRASES = [("الجيش السوري", "sy-army"), ("الجيش", "army"), ("حلب", "aleppo"), ("ريف حلب", "rural"),
           ("تنظيم الدولة", "isis"), ("الدولة", "state"), ("قوات سوريا الديمقراطية", "sdf")]
TEXT = ("قصف الجيش السوري وتنظيم الدولة مواقع بريف حلب وفي حلب، وقالت قوات سوريا الديمقراطية "
        "إن الجيش والدولة وبالجيش السوري لم يصلوا إلى ريف حماة.")


def _find_every_token(m: PhraseMatcher, tokens, overlapping: bool = False) -> list[Match]:
    out, i, n = [], 0, len(tokens)
    while i < n:
        best = None
        for j, splits, node, keys in m._walk(tokens, i):
            cand = (j - i, -splits)
            if best is None or cand > best[0]:
                best = (cand, j, splits, node, keys)
            if overlapping:
                out.append(Match(i, j, tokens[i].start, tokens[j - 1].end, tuple(node.values), splits, keys))
        if best is not None and not overlapping:
            _, j, splits, node, keys = best
            out.append(Match(i, j, tokens[i].start, tokens[j - 1].end, tuple(node.values), splits, keys))
            i = j
        else:
            i += 1
    return out


def test_find_equals_scan_of_every_token() -> None:
    m = build_matcher(PHRASES)
    toks = tokenize(TEXT)
    for overlapping in (False, True):
        got = m.find(toks, overlapping=overlapping)
        assert got == _find_every_token(m, toks, overlapping)
    values = [x.values[0] for x in m.find(toks)]
    assert values[:3] == ["sy-army", "isis", "rural"]
    assert "aleppo" in values and "sdf" in values
