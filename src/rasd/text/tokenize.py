"""Word tokenisation with clitic analysis that keeps offsets into the original text.

Why tokenise the original (not the normalised copy): diacritics and tatweel sit inside words,
so a regex over the original that treats them as word characters gives original offsets
directly, and each token is normalised on its own with the fast ``norm_key``.

Clitics: Arabic writes conjunctions (و ف), prepositions (ب ك ل), the future particle (س)
and the article (ال) on the word, and object/possessive pronouns after it. A token keeps the
whole word's span and also a stem span; ``forms`` lists the lookup keys a lexicon should try,
each with the article removed (``lookup_key``), most literal first. Names are protected by
trying the unsplit word first: the matcher prefers the most literal form that a lexicon knows,
so «بغداد» matches «بغداد» before anyone considers ب+غداد.
"""
from __future__ import annotations

import re

from rasd.model import Token
from rasd.text.normalize import norm_key

_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D"
_TOKEN_RE = re.compile(
    rf"(?P<num>[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*)"
    rf"|(?P<word>(?:[^\W\d_]|[{_MARKS}])(?:[^\W_]|[{_MARKS}])*)"
    rf"|(?P<punct>\S)"
)

_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل", "س")
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")
_MIN_STEM = 2


def lookup_key(word_norm: str) -> str:
    """The key a lexicon word and a text word meet on: normalised, article removed."""
    if word_norm.startswith("ال") and len(word_norm) > 3:
        return word_norm[2:]
    return word_norm


def _proclitic_splits(w: str) -> list[tuple[tuple[str, ...], str]]:
    """All readings of ``w`` as proclitics + rest, most literal (no split) first."""
    out: list[tuple[tuple[str, ...], str]] = [((), w)]
    rest, pre = w, []
    if len(rest) > _MIN_STEM + 1 and rest[0] in _CONJ:
        pre = [rest[0]]
        rest = rest[1:]
        out.append((tuple(pre), rest))
    if len(rest) > _MIN_STEM + 1 and rest[0] in _PREP:
        if rest[0] == "ل" and rest.startswith("لل") and len(rest) > _MIN_STEM + 2:
            # لل = ل + ال with the alef dropped: للجيش -> ل + الجيش
            out.append((tuple(pre + ["ل"]), "ال" + rest[2:]))
        else:
            out.append((tuple(pre + [rest[0]]), rest[1:]))
    return out


def analyse(word: str) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    """Return ``(norm, forms, prefixes, stem_norm)`` for one word."""
    n = norm_key(word)
    forms: list[str] = []
    best_pre: tuple[str, ...] = ()
    best_stem = n
    for pre, rest in _proclitic_splits(n):
        k = lookup_key(rest)
        if k not in forms:
            forms.append(k)
        if rest not in forms and rest != k:
            forms.append(rest)
    splits = _proclitic_splits(n)
    if len(splits) > 1:
        best_pre, best_stem = splits[-1]
    return n, tuple(forms), best_pre, best_stem


def tokenize(text: str, offset: int = 0, end: int | None = None) -> list[Token]:
    """Tokenise ``text[offset:end]``; offsets in the result index ``text``."""
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(text, offset, len(text) if end is None else end):
        s, e = m.span()
        surface = m.group()
        if m.lastgroup == "word":
            n, forms, pre, stem = analyse(surface)
            stem_start = _advance(surface, s, len(n) - len(stem))
            tokens.append(Token(s, e, surface, n, stem, stem_start, e, pre, "", forms, True))
        else:
            n = norm_key(surface)
            tokens.append(Token(s, e, surface, n, n, s, e, (), "", (n,), m.lastgroup == "num"))
    return tokens


def _advance(surface: str, start: int, n_norm_chars: int) -> int:
    """Original offset after ``n_norm_chars`` normalised characters of ``surface``."""
    if n_norm_chars <= 0:
        return start
    seen = 0
    for i, ch in enumerate(surface):
        if norm_key(ch):
            seen += 1
            if seen == n_norm_chars:
                # skip following marks that belong to this letter
                j = i + 1
                while j < len(surface) and not norm_key(surface[j]):
                    j += 1
                return start + j
    return start + len(surface)
