"""Word tokenisation with clitic analysis that keeps offsets into the original text.

Why tokenise the original (not the normalised copy): diacritics and tatweel sit inside words,
so a regex over the original that treats them as word characters gives original offsets
directly, and each word is normalised on its own with the fast ``norm_key``.

Clitics: Arabic writes conjunctions (و ف), prepositions (ب ك ل), the future particle (س)
and the article (ال) on the word, and object/possessive pronouns after it. A token keeps the
whole word's span and also a stem span (``stem_start``/``stem_end``, exact in the original even
with diacritics); ``prefixes`` and ``suffix`` say what was split off. ``forms`` lists the lookup
keys a lexicon should try, each with the article removed (``lookup_key``): the unsplit word
first, then progressively clitic-stripped (و/ف, then ب/ك/ل/س, لل → ل+ال), then the stem
without its enclitic pronoun. The matcher prefers the most literal form a lexicon knows, so
«بغداد» matches «بغداد» before anyone considers ب+غداد; and words that begin with a clitic
letter without carrying a clitic (names like «بغداد», «فلسطين», «لبنان», words like «وزير»,
«سيارة») are listed in ``rasd/data/clitics.yaml`` and offer no split at all.

Speed: words repeat (a news article reuses most of its vocabulary, a corpus even more), so the
analysis of each distinct surface string is cached (a dict of 131,072 words at most);
per token the work is one share of a ``findall``, one cache hit and one record, all in C
iterators over the article's columns (``tokenize``; ``bench/tokenize_speed.py``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, repeat
from operator import add, itemgetter, sub
from typing import Callable

from rasd.model import Token
from rasd.text.normalize import _charmap, load_yaml_data, make_folder, norm_key

_DIGITS = "0-9\u0660-\u0669\u06F0-\u06F9"
#: Combining marks and tatweel that may sit inside a word (not ``\w`` for Python's ``re``).
_MARKS = "\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640"
#: Invisible format characters: kept inside a word, never a token of their own.
_INVISIBLE = "\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF\u00AD\u034F"
_MARK_SET = frozenset(chr(c) for a, b in ((0x610, 0x61A), (0x64B, 0x65F), (0x670, 0x670), (0x6D6, 0x6ED),
                                            (0x640, 0x640)) for c in range(a, b + 1))
_TOKEN_RE = re.compile(
    rf"(?P<word>[وفبلك]\u0640*[{_DIGITS}]+(?:[.,\u066B\u066C][{_DIGITS}]+)*"  # «و١٫٥», «و1,200», «بـ20»
    # digits glued to an Arabic word («بمقتل31», «و3قتلى») are a number of their own; after
    # Latin letters or digits they stay in the word («F16», «MH17»)
    rf"|(?:[^\W\d_]|[{_MARKS}])(?:[^\W\d_]|[{_MARKS}{_INVISIBLE}]|(?<=[A-Za-z0-9])\d)*)"
    rf"|(?P<num>[{_DIGITS}]+(?:[.,\u066B\u066C][{_DIGITS}]+)*)"
    rf"|(?P<punct>[^\s{_INVISIBLE}])"
)

_ARTICLE = "ال"
_ASCII_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_CACHE_SIZE = 1 << 17


def lookup_key(word_norm: str) -> str:
    """The key a lexicon word and a text word meet on: normalised, article removed."""
    if word_norm.startswith("ال") and len(word_norm) > 3:
        return word_norm[2:]
    return word_norm


@dataclass(frozen=True, slots=True)
class CliticRules:
    """The clitic inventory and its exceptions (``rasd/data/clitics.yaml``), normalised."""

    conjunctions: frozenset[str]
    prepositions: frozenset[str]
    future: str
    future_next: frozenset[str]
    enclitics: tuple[str, ...]
    short_after_conjunction: frozenset[str]
    not_proclitic: frozenset[str]
    not_enclitic: frozenset[str]
    not_enclitic_endings: tuple[str, ...]
    article_is_root: frozenset[str]
    min_stem: int


@lru_cache(maxsize=1)
def clitic_rules() -> CliticRules:
    raw = load_yaml_data("clitics.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(lookup_key(norm_key(w)) for w in (raw.get(key) or []))

    return CliticRules(
        conjunctions=frozenset(raw["conjunctions"]),
        prepositions=frozenset(raw["prepositions"]),
        future=raw["future"]["letter"],
        future_next=frozenset(raw["future"]["before"]),
        enclitics=tuple(sorted(raw["enclitics"], key=len, reverse=True)),
        short_after_conjunction=words("short_after_conjunction"),
        not_proclitic=words("not_proclitic"),
        not_enclitic=frozenset(norm_key(w) for w in (raw.get("not_enclitic") or [])),
        not_enclitic_endings=tuple(norm_key(w) for w in (raw.get("not_enclitic_endings") or [])),
        article_is_root=words("article_is_root"),
        min_stem=int(raw.get("min_stem", 3)),
    )


@lru_cache(maxsize=1)
def _light_map() -> dict[str, str]:
    """The charmap without ta marbuta and alef maqsura folding: the analysis must tell the
    pronoun ه from ة (مدينة is not مدين+ه) and both keep one character, so positions in
    the light form and in ``norm_key`` agree."""
    keep = {"ة", "ى"}
    return {k: v for k, v in _charmap().items() if k not in keep}


@lru_cache(maxsize=1)
def _light_folder() -> Callable[[str], str]:
    return make_folder(_light_map(), ("أ", "إ", "آ"))


def _final_fold(s: str) -> str:
    """ة → ه and ى → ي: the light form to the ``norm_key`` form."""
    if "ة" in s:
        s = s.replace("ة", "ه")
    if "ى" in s:
        s = s.replace("ى", "ي")
    return s


@dataclass(frozen=True, slots=True)
class Analysis:
    """The clitic analysis of one word (positions count normalised characters)."""

    norm: str
    forms: tuple[str, ...]
    prefixes: tuple[str, ...]
    stem: str
    stem_from: int   # normalised characters consumed by the proclitics
    suffix: str      # enclitic pronoun, normalised
    stem_to: int     # normalised length of the word minus the enclitic


def _protected(light: str, rules: CliticRules) -> bool:
    """Whether ``light`` (or it without an enclitic pronoun: وفاته, سيارته) is a listed
    non-clitic word."""
    key = lookup_key(_final_fold(light))
    if key in rules.not_proclitic:
        return True
    suf = _enclitic(light, rules)
    if suf:
        stem = lookup_key(_final_fold(light[: -len(suf)]))
        return stem in rules.not_proclitic or (stem.endswith("ت") and stem[:-1] + "ه" in rules.not_proclitic)
    return False


def _proclitics(light: str, rules: CliticRules) -> list[tuple[tuple[str, ...], int, str]]:
    """Readings of ``light`` as proclitics + rest, most literal (no split) first.

    Each reading is ``(prefixes, consumed, rest)``: ``consumed`` letters of the word were
    proclitics; ``rest`` is the remaining word (with «ال» restored after «لل»)."""
    out: list[tuple[tuple[str, ...], int, str]] = [((), 0, light)]
    if _protected(light, rules):
        return out
    pre: tuple[str, ...] = ()
    rest, used = light, 0
    if rest[:1] in rules.conjunctions:
        r = rest[1:]
        if len(r) >= rules.min_stem or _ASCII_NUMBER.fullmatch(r) or _final_fold(r) in rules.short_after_conjunction:
            pre, rest, used = (rest[0],), r, 1
            out.append((pre, used, rest))
            if _protected(rest, rules):
                return out
    first = rest[:1]
    if first in rules.prepositions and not rest.startswith(_ARTICLE):
        if first == "ل" and rest.startswith("لل") and len(rest) >= 2 + 2:
            # لل = ل + ال with the alef dropped: للجيش -> ل + الجيش
            out.append((pre + ("ل",), used + 1, _ARTICLE + rest[2:]))
        elif len(rest) - 1 >= rules.min_stem:
            out.append((pre + (first,), used + 1, rest[1:]))
    elif (first == rules.future and rest[1:2] in rules.future_next
          and len(rest) - 1 >= rules.min_stem + 1):
        out.append((pre + (first,), used + 1, rest[1:]))
    return out


_ENCLITIC_LAST = frozenset("هامن")  # superset of the last letters of the enclitics  # last letters of the enclitics (checked before the loop)


def _enclitic(rest: str, rules: CliticRules) -> str:
    """The enclitic pronoun at the end of ``rest`` (light form), or ""."""
    if rest[-1:] not in _ENCLITIC_LAST:
        return ""
    folded = _final_fold(rest)
    if folded in rules.not_enclitic or folded.endswith(rules.not_enclitic_endings):
        return ""
    for suf in rules.enclitics:
        if rest.endswith(suf) and len(rest) - len(suf) >= rules.min_stem:
            return suf
    return ""


def _analyse(word: str) -> Analysis:
    """Clitic analysis of one word: every proclitic reading for ``forms`` (most literal
    first), the deepest one for prefixes and stem, then the article and an enclitic."""
    rules = clitic_rules()
    light = _light_folder()(word)
    norm = _final_fold(light)
    forms: list[str] = [lookup_key(norm)]
    readings = _proclitics(light, rules)
    for _pre, _used, rest in readings[1:]:
        k = lookup_key(_final_fold(rest))
        if k not in forms:
            forms.append(k)
    prefixes, consumed, rest = readings[-1]
    if (rest.startswith(_ARTICLE) and len(rest) > 3
            and lookup_key(_final_fold(rest)) not in rules.article_is_root):
        # «لل» wrote ل + ال with two letters: only one more letter of the word is the article.
        consumed += 2 if light[consumed:consumed + 2] == _ARTICLE else 1
        prefixes = prefixes + (_ARTICLE,)
        rest = rest[2:]
        suffix = ""  # the article and a pronoun suffix never meet: المياه, الاتجاه, الله
    else:
        suffix = _enclitic(rest, rules)
    stem_light = rest[: len(rest) - len(suffix)] if suffix else rest
    stem = _final_fold(stem_light)
    if suffix:
        variants = _stem_variants(stem)
        stem = variants[0]
        for v in variants:
            if v not in forms:
                forms.append(v)
    return Analysis(norm, tuple(forms), prefixes, stem, consumed, _final_fold(suffix),
                    len(norm) - len(suffix))


def _stem_variants(stem: str) -> list[str]:
    """Spellings of a stem before a pronoun and of the word on its own, most likely first.

    Before a pronoun Arabic rewrites the word's last letter: ة becomes ت (مدينته → مدينة; but
    قواته is قوات+ه, so after a long alef the literal stem comes first), a final hamza sits
    on a seat (ابنائهم, اسماؤهم → ابناء, اسماء) and alef maqsura becomes alef (مستواه,
    رعاه → مستوى, رعى; normalised ي)."""
    if len(stem) < 3:
        return [stem]
    last = stem[-1]
    if last == "ت":
        restored = stem[:-1] + "ه"
        return [stem, restored] if stem[-2] == "ا" else [restored, stem]
    if last in ("ئ", "ؤ"):
        return [stem[:-1] + "ء", stem]
    if last == "ا":
        return [stem, stem[:-1] + "ي"]
    return [stem]


def analyse(word: str) -> tuple[str, tuple[str, ...], tuple[str, ...], str]:
    """Return ``(norm, forms, prefixes, stem_norm)`` for one word."""
    a = _analyse(word)
    return a.norm, a.forms, a.prefixes, a.stem


def _orig_index(surface: str, n_norm: int) -> int:
    """Index in ``surface`` just after its first ``n_norm`` normalised characters, skipping the
    marks that follow the last of them (they belong to that letter)."""
    if n_norm <= 0:
        return 0
    table = _charmap()
    seen = 0
    for i, ch in enumerate(surface):
        seen += len(table.get(ch, ch))
        if seen >= n_norm:
            j = i + 1
            while j < len(surface) and table.get(surface[j], surface[j]) == "":
                j += 1
            return j
    return len(surface)


_Entry = tuple[str, str, int, int, tuple[str, ...], str, tuple[str, ...], bool]


def _entry(surface: str) -> _Entry:
    """Everything a token of ``surface`` needs except its position: ``(norm, stem,
    stem start offset, stem end distance from the word's end, prefixes, suffix, forms,
    is_word)``. Depends on the surface alone: the regex makes a surface's kind unambiguous."""
    first = surface[0]
    if not (first.isalpha() or first in _MARK_SET):
        n = norm_key(surface)
        return n, n, 0, 0, (), "", (n,), first.isdigit()
    a = _analyse(surface)
    if len(a.norm) == len(surface):  # no marks, no ligatures: positions are the same
        ds, de = a.stem_from, len(surface) - a.stem_to
    else:
        ds = _orig_index(surface, a.stem_from)
        de = len(surface) - (_orig_index(surface, a.stem_to) if a.suffix else len(surface))
    forms = a.forms
    if forms[0] == a.norm:  # share the string: one object less per cached word
        forms = (a.norm,) + forms[1:]
    return a.norm, (a.norm if a.stem == a.norm else a.stem), ds, de, _PREFIXES.setdefault(a.prefixes, a.prefixes), \
        a.suffix, forms, True


#: One tuple object per distinct proclitic sequence (a dozen), shared by all cached words.
_PREFIXES: dict[tuple[str, ...], tuple[str, ...]] = {}

#: surface → ``_entry(surface)``. A plain dict, not ``functools.lru_cache``: an article's
#: entries are then fetched with one ``map(dict.get, words)`` in C, and only the misses take a
#: Python step. Bounded by emptying it when full (results never depend on what is cached).
_CACHE: dict[str, _Entry] = {}


def _cached(surface: str) -> _Entry:
    """``_entry(surface)``, remembered."""
    e = _CACHE.get(surface)
    if e is None:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        e = _CACHE[surface] = _entry(surface)
    return e


def _entries(words: list[str]) -> list[_Entry]:
    """``[_cached(w) for w in words]``, with the hits fetched in C."""
    got = list(map(_CACHE.get, words))
    if None in got:
        for k, e in enumerate(got):
            if e is None:
                got[k] = _cached(words[k])
    return got


#: ``_TOKEN_RE`` with the gap before each token captured: ``findall`` then yields
#: ``(gap, token)`` pairs in C and offsets follow from lengths (every character of a text is
#: either in a token or in a gap of spaces and invisible controls). Written with possessive
#: runs (``++``, ``*+``): the letters of a word are consumed a run at a time instead of one
#: backtracking group per letter (about 20% less time); no token starts with a gap character
#: and a word ends where its run ends, so nothing backtracking could find is lost
#: (``tests/text/test_tokenize_columns.py`` checks it against ``_TOKEN_RE`` on random text).
_GAP_TOKEN_RE = re.compile(
    rf"([\s{_INVISIBLE}]*+)"
    rf"((?:[وفبلك]\u0640*[{_DIGITS}]+(?:[.,\u066B\u066C][{_DIGITS}]+)*"
    rf"|(?:[^\W\d_]|[{_MARKS}])(?:[^\W\d_]++|[{_MARKS}{_INVISIBLE}]++|(?<=[A-Za-z0-9])\d)*+)"
    rf"|[{_DIGITS}]+(?:[.,\u066B\u066C][{_DIGITS}]+)*"
    rf"|[^\s{_INVISIBLE}])")
_WORD = itemgetter(1)


def tokenize(text: str, offset: int = 0, end: int | None = None) -> list[Token]:
    """Tokenise ``text[offset:end]``; offsets in the result index ``text``.

    Why columns: building one record per word in a Python loop was most of the tokenizer's
    time. Here every step is a C iterator over the article: ``findall`` gives (gap, word) pairs,
    a running sum of their lengths gives every start and end, the cached analyses are fetched
    with one ``map``, and the tokens are zipped from those columns (``tests/text/
    test_tokenize_columns.py`` checks the result against the per-token loop it replaced)."""
    pairs = _GAP_TOKEN_RE.findall(text, offset, len(text) if end is None else end)
    if not pairs:
        return []
    # lengths of gap 0, word 0, gap 1, word 1, ...: their running sum (from ``offset``) holds
    # the start of word k at 2k + 1 and its end at 2k + 2
    at = list(accumulate(map(len, chain.from_iterable(pairs)), initial=offset))
    starts, ends = at[1::2], at[2::2]
    words = list(map(_WORD, pairs))
    # the entries' eight columns by one transposition in C (``zip(*entries)``), not eight
    # ``map(itemgetter(k), entries)``: one C call per token and column fewer
    c0, c1, c2, c3, c4, c5, c6, c7 = zip(*_entries(words))
    # ``Token`` from a tuple of its eleven values, without a Python call (``Token(*values)``
    # checks arguments and fills defaults in Python; here every value is given); ``map`` calls
    # ``tuple.__new__(Token, values)`` directly (a ``partial`` between them cost ~20 ns a token)
    return list(map(tuple.__new__, repeat(Token), zip(
        starts, ends, words, c0, c1, map(add, starts, c2), map(sub, ends, c3), c4, c5, c6, c7)))


def clear_cache() -> None:
    """Forget cached word analyses (benchmarks; tests that swap the clitic data)."""
    _CACHE.clear()


__all__ = ["tokenize", "analyse", "lookup_key", "clear_cache", "clitic_rules", "CliticRules", "Analysis"]
