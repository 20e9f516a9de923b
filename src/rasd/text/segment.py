"""Sentence splitting over the original text, with exact offsets.

Why not split on every full stop: Arabic news writes decimals (3.5, ١٫٥), abbreviations and
initials («د. محمد», «ق.م», «أ.د.»), quotes «…», list numbers («1.») and, in scraped or
transcribed text, often no punctuation at all for hundreds of words; and every sentence must
keep ``[start, end)`` offsets into the untouched original, because sentences become the
evidence spans of events.

Two passes:

1. Boundaries: «.», «!», «?», «؟», «۔», «…» (a run of them, except «..» after a short
   headline topic: «ليبيا.. مقتل 5»), then any closing quotes or brackets, then a space, the
   end, or a new Arabic word glued to the dot as scraped text often has it; and every line
   break. A single «.» is no boundary after an abbreviation or a single letter
   (``rasd/data/segment.yaml``), after a list number at the start of a line, or inside a
   number. «،» and «؛» never end a sentence.
2. Run-on pieces longer than ``MAX_CHARS`` are cut, nearest the middle first, at the best
   kind of point they have: before «و/ف» + a reporting or event verb («وقال», «وأضاف»,
   «وقتل»), after «؛», before «و» + an imperfect verb, after «،», then at any space. Pieces
   shorter than ``MIN_CHARS`` are never produced by a cut.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.model import Sentence
from rasd.text.normalize import load_yaml_data, norm_key, normalize
from rasd.text.tokenize import tokenize

#: A sentence longer than this (characters) is cut at clause points.
MAX_CHARS = 500
#: No cut leaves a piece shorter than this.
MIN_CHARS = 40

_TERMINAL = ".!?؟۔…"
_CLOSERS = "»\"”’'’)\\]›"
_INVISIBLE = "\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD"
_CANDIDATE = re.compile(
    rf"\n|(?P<p>[{re.escape(_TERMINAL)}]+)(?P<q>[{_CLOSERS}]*)"
    rf"(?=[{_INVISIBLE}]*(?:\s|$|[\u0621-\u064A«\"“(]))"
)
_LETTER = r"(?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u0640])"
#: the word (or dotted abbreviation) that ends a text. The lookbehind changes no match: the
#: leftmost match never starts right after a letter (it would start at that letter), and it
#: spares the search a full attempt at every letter of every word (half the time;
#: ``tests/text/test_segment_word_before.py``)
_WORD_BEFORE = re.compile(rf"(?<!{_LETTER})({_LETTER}+(?:\.{_LETTER}+)*)$")
_TRIM = re.compile(rf"[\s{_INVISIBLE}]+")
_TRIM_END = re.compile(rf"[{_INVISIBLE}]+$")
_DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9"
_LIST_NUMBER = re.compile(rf"(?:^|\n)[ \t]*[{_DIGITS}]{{1,2}}$")
_SEMICOLON = re.compile(r"[؛;]")
_COMMA = re.compile(r"[،,]")
_SPACE = re.compile(r"\s")


@dataclass(frozen=True, slots=True)
class SegmentRules:
    """Abbreviations and clause verbs from ``rasd/data/segment.yaml``, normalised."""

    abbreviations: frozenset[str]
    era_markers: frozenset[str]
    clause_re: re.Pattern[str]
    imperfect_re: re.Pattern[str]


@lru_cache(maxsize=1)
def segment_rules() -> SegmentRules:
    raw = load_yaml_data("segment.yaml")
    abbr = frozenset(norm_key(str(a)).rstrip(".") for a in raw["abbreviations"])
    eras = frozenset(norm_key(str(a)) for a in raw["era_markers"])
    verbs = sorted({norm_key(v) for v in raw["clause_verbs"]}, key=len, reverse=True)
    clause = re.compile(r"\s(?=[وف](?:" + "|".join(map(re.escape, verbs)) + r")\b)")
    imperfect = re.compile(r"\s(?=و[يت][^\W\d_]{3,}\b)")
    return SegmentRules(abbr, eras, clause, imperfect)


def split_sentences(text: str, with_tokens: bool = False) -> list[Sentence]:
    """Split ``text`` into sentences; each keeps ``[start, end)`` offsets into ``text``."""
    out: list[Sentence] = []
    for start, end in sentence_spans(text):
        toks = tuple(tokenize(text, start, end)) if with_tokens else ()
        out.append(Sentence(start, end, toks))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every sentence, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if m.group() == "\n":
            _add(text, start, m.start(), spans)
            start = m.end()
        elif _is_boundary(text, m):
            _add(text, start, m.end(), spans)
            start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    punct = m.group("p")
    if punct == "..":
        # «ليبيا.. مقتل 5»: after a short topic two dots are a headline pause; after a
        # clause («قتل خمسة جنود.. وأصيب عشرة») they end it.
        since = re.split(r"[\n.!?؟]", text[max(0, m.start() - 60):m.start()])[-1]
        return len(since.split()) > 3
    if punct != ".":
        return True  # ! ? ؟ … or a run like "..." / "؟!"
    before = _TRIM_END.sub("", text[max(0, m.start() - 40):m.start()])
    if before[-1:].isdigit():
        # «عام 2015. وقال» ends a sentence; «1. الجيش» at the start of a line is a list item.
        return not _LIST_NUMBER.search(before)
    w = _WORD_BEFORE.search(before)
    if w is None:
        return True
    word = norm_key(w.group(1)).lower()
    rules = segment_rules()
    if word in rules.era_markers and re.search(rf"[{_DIGITS}]\s*{re.escape(w.group(1))}\W*$", before):
        return True  # «عام 2015 م.»: the era marker closes a year, and the sentence with it
    if word in rules.abbreviations or len(word.replace(".", "")) == 1 or "." in word:
        return False
    after = _TRIM.match(text, m.end())  # spaces and invisible controls after the dot
    if after is not None and any(c.isspace() for c in after.group()):
        return True
    k = after.end() if after is not None else m.end()
    glued = k < len(text)
    if glued and not m.group("q"):
        # «الجيش.وقال»: a dot between two words of two letters or more, as scraping leaves it.
        nxt = re.match(r"[«\"“(]|[^\W\d_]{2,}", text[k:k + 3])
        return nxt is not None and len(word) >= 2
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and invisible controls at both ends of ``text[start:end]``."""
    m = _TRIM.match(text, start, end)
    if m:
        start = m.end()
    while end > start and (text[end - 1].isspace() or _TRIM.fullmatch(text[end - 1])):
        end -= 1
    return start, end


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    start, end = _trim(text, start, end)
    if end <= start:
        return
    if end - start > MAX_CHARS:
        spans.extend(_cut(text, start, end))
    else:
        spans.append((start, end))


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long piece at its best clause point nearest the middle, recursively."""
    if end - start <= MAX_CHARS:
        return [(start, end)]
    piece = normalize(text[start:end])
    rules = segment_rules()
    lo, hi = MIN_CHARS, len(piece.text) - MIN_CHARS
    mid = len(piece.text) // 2
    # the kinds of cut point, best first, each a pattern and whether the cut follows the match;
    # a kind is listed only when no better kind offers a point (on SaudiNewsNet a cut is mostly
    # found by the imperfect verbs or the commas; the spaces, a hundred a piece, are listed
    # for 2% of cuts instead of all: same cuts, tests/text/test_segment.py)
    tiers = ((rules.clause_re, False), (_SEMICOLON, True), (rules.imperfect_re, False),
             (_COMMA, True), (_SPACE, False))
    cut = None
    for pattern, after in tiers:
        points = [m.end() if after else m.start() for m in pattern.finditer(piece.text)]
        ok = [p for p in points if lo <= p <= hi]
        if ok:
            cut = min(ok, key=lambda p: abs(p - mid))
            break
    if cut is None:
        cut = mid  # one enormous word: cut anyway, offsets stay exact
    o = start + piece.to_original(0, cut)[1] if cut else start
    if not start < o < end:
        o = (start + end) // 2  # nothing but marks and controls: any cut keeps offsets exact
    left: list[tuple[int, int]] = []
    _add_trimmed(text, start, o, left)
    _add_trimmed(text, o, end, left)
    out: list[tuple[int, int]] = []
    for a, b in left:
        out.extend(_cut(text, a, b))
    return out


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    start, end = _trim(text, start, end)
    if end > start:
        spans.append((start, end))


__all__ = ["split_sentences", "sentence_spans", "segment_rules", "MAX_CHARS", "MIN_CHARS"]
