"""Numbers in Arabic text: digits in three scripts, number words, duals, vague quantities.

Why a recogniser of its own: casualty counts decide ACLED's ``fatalities`` field, and Arabic
news writes them every way at once: «12», «١٢», «۱۲», «1,200», «١٫٥ مليون», «سبعة عشر»,
«ثلاثة وعشرين», «مئتي», «ألفين», «خمسمائة», «وثلاثة» (with a clitic), duals that are a count
by themselves («جنديين» = 2 soldiers), and hedged or vague amounts («نحو 20», «أكثر من 30»,
«ما لا يقل عن 12», «عشرات», «مئات»). The vocabulary lives in ``rasd/data/numbers.yaml``;
its header states the convention rasd applies to each vague form (value, low, high,
approximate), following ACLED's conservative coding.

The recogniser reads tokens (``rasd.text.tokenize``) left to right and never overlaps two
quantities. Years («عام 2015», «2015م»), days of a month («21 يوليو»), clock times and
dates («10:30», «21/7/2015») and percentages («30%», «30 بالمئة») are not quantities and
are skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Optional, Sequence

from rasd.model import Token
from rasd.text.normalize import load_yaml_data, norm_key

#: ``high`` of a quantity with no upper bound («أكثر من 30», «12 على الأقل»).
UNBOUNDED = 2**31 - 1


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number found in the text.

    ``value`` is the number to report (see the conventions in ``rasd/data/numbers.yaml`` for
    vague quantities); ``low``/``high`` bound it (``high`` is ``UNBOUNDED`` for «أكثر من»);
    ``approximate`` is True for «نحو», «أكثر من», «عشرات» and the like. ``start``/``end``
    cover the whole expression in the original text, ``token_start``/``token_end`` the tokens
    it spans; ``noun_token`` is the index of the counted noun when the number is a dual or a
    number word fused with its noun (else -1).
    """

    start: int
    end: int
    value: int
    low: int
    high: int
    approximate: bool = False
    token_start: int = -1
    token_end: int = -1
    noun_token: int = -1


# ---------------------------------------------------------------------------------------------
# Vocabulary

_UNIT, _TEN, _HUNDRED, _SCALE, _SCALE_DUAL, _SCALE_PLURAL = "unit", "ten", "hundred", "scale", "dual", "plural"
#: Order of magnitude classes, for «و» continuation: «ثلاثة وعشرين» (unit then ten) and
#: «مائة وخمسون» (smaller after larger) continue one number; «ثلاثة وأربعة» is a list.
_CLASS = {_UNIT: 1, _TEN: 2, _HUNDRED: 3}


@dataclass(frozen=True, slots=True)
class _Vague:
    value: int
    low: int
    high: int


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """``rasd/data/numbers.yaml`` normalised into lookup tables (keys are ``norm_key`` forms)."""

    words: dict[str, tuple[str, int]]           # word -> (kind, value)
    teen: frozenset[str]
    teen_only: frozenset[str]
    one_of: frozenset[str]
    one_of_not_before: frozenset[str]    # words after «أحد» that open a phrase: no construct
    vague: dict[tuple[str, ...], _Vague]
    approximately: frozenset[tuple[str, ...]]
    more_than: frozenset[tuple[str, ...]]
    less_than: frozenset[tuple[str, ...]]
    at_most: frozenset[tuple[str, ...]]
    at_least_after: frozenset[tuple[str, ...]]
    approximately_after: frozenset[tuple[str, ...]]
    range_open: frozenset[str]
    range_join: frozenset[str]
    duals: frozenset[str]
    not_dual: frozenset[str]
    not_number: frozenset[str]
    year_before: frozenset[str]
    months: frozenset[str]
    percent_after: frozenset[tuple[str, ...]]
    max_phrase: int
    starts: frozenset[str]   # every word that can begin a quantity (number word, hedge, vague)
    fractions: dict[str, float]
    and_fraction: dict[str, float]


def _phrase(s: str) -> tuple[str, ...]:
    return tuple(norm_key(w) for w in str(s).split())


@lru_cache(maxsize=1)
def number_lexicon() -> NumberLexicon:
    raw = load_yaml_data("numbers.yaml")
    words: dict[str, tuple[str, int]] = {}

    def put(word: str, kind: str, value: int) -> None:
        key = norm_key(word)
        if key in words and words[key] != (kind, value):
            raise ValueError(f"numbers.yaml: {word!r} listed as {words[key]} and {(kind, value)}")
        words[key] = (kind, value)

    for group, kind in (("units", _UNIT), ("tens", _TEN), ("hundreds", _HUNDRED)):
        for value, ws in raw[group].items():
            for w in ws:
                put(w, kind, int(value))
    for value, forms in raw["scales"].items():
        for w in forms["singular"]:
            put(w, _SCALE, int(value))
        for w in forms["dual"]:
            put(w, _SCALE_DUAL, 2 * int(value))
        for w in forms["plural"]:
            put(w, _SCALE_PLURAL, int(value))
    vague = {_phrase(w): _Vague(int(v["value"]), int(v["low"]), int(v["high"]))
             for v in raw["vague"] for w in v["words"]}
    phrases = {k: frozenset(_phrase(p) for p in raw[k]) for k in (
        "approximately", "more_than", "less_than", "at_most", "at_least_after", "approximately_after",
        "percent_after")}
    longest = max(len(p) for group in list(phrases.values()) + [frozenset(vague)] for p in group)
    return NumberLexicon(
        words=words,
        teen=frozenset(norm_key(w) for w in raw["teen_marker"]),
        teen_only=frozenset(norm_key(w) for w in raw["teen_only"]),
        one_of=frozenset(norm_key(w) for w in raw["one_of"]),
        one_of_not_before=frozenset(norm_key(w) for w in raw["one_of_not_before"]),
        vague=vague,
        range_open=frozenset(norm_key(w) for w in raw["range_open"]),
        range_join=frozenset(norm_key(str(w)) for w in raw["range_join"]),
        duals=frozenset(norm_key(w) for w in raw["duals"]),
        not_dual=frozenset(norm_key(w) for w in raw["not_dual"]),
        not_number=frozenset(norm_key(w) for w in raw["not_number"]),
        year_before=frozenset(norm_key(w) for w in raw["year_before"]),
        months=frozenset(norm_key(w) for w in raw["months"]),
        max_phrase=longest,
        fractions={norm_key(w): float(v) for w, v in raw["fractions"].items()},
        and_fraction={"و" + norm_key(w): float(v) for w, v in raw["fractions"].items()},
        starts=frozenset(words) | {p[0] for k in ("approximately", "more_than", "less_than", "at_most")
                                   for p in phrases[k]} | {p[0] for p in vague}
        | frozenset(norm_key(w) for w in raw["range_open"]) | {norm_key(w) for w in raw["fractions"]},
        **phrases,
    )


# ---------------------------------------------------------------------------------------------
# Token keys

@lru_cache(maxsize=1 << 16)
def _bare(norm: str) -> tuple[str, ...]:
    """Readings of a normalised word without its proclitics, most literal first:
    «وثلاثه» → [«وثلاثه», «ثلاثه»]; «بالالاف» → [..., «الالاف», «الاف»]."""
    out = [norm]
    w = norm
    if w[:1] in ("و", "ف") and len(w) > 2:
        w = w[1:]
        out.append(w)
    if w.startswith("لل") and len(w) > 3:
        w = "ال" + w[2:]
        out.append(w)
    elif w[:1] in ("ب", "ل", "ك") and len(w) > 2:
        w = w[1:]
        out.append(w)
    if w.startswith("ال") and len(w) > 3:
        out.append(w[2:])
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _readings(norm: str) -> tuple[tuple[str, bool, bool], ...]:
    """``(reading, proclitic stripped, article stripped)`` of a normalised word, most literal
    first. A preposition must leave three letters («لست» is not ل+ست)."""
    out = [(norm, False, False)]
    w, pro = norm, False
    if w[:1] in ("و", "ف") and len(w) > 2:
        w, pro = w[1:], True
        out.append((w, True, False))
    if w.startswith("لل") and len(w) > 3:
        w, pro = "ال" + w[2:], True
        out.append((w, True, False))
    elif w[:1] in ("ب", "ل", "ك") and len(w) > 3:
        w, pro = w[1:], True
        out.append((w, True, False))
    if w.startswith("ال") and len(w) > 3:
        out.append((w[2:], pro, True))
    return tuple(out)


_MARKS_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640\u200B-\u200F]+$")


def _pronoun_heh(tok: Token) -> bool:
    """Whether the word is written with a final ه (not ة): «بعده» is بعد+ه, not ب+عدة."""
    return _MARKS_RE.sub("", tok.text)[-1:] == "ه"


def _word(tok: Token, lex: NumberLexicon) -> Optional[tuple[str, int]]:
    """(kind, value) of a number word token. Proclitics are allowed («وثلاثة», «بخمسة»); the
    article only on plural scale words («الآلاف»): «الاثنين» is Monday, «الأحد» Sunday,
    «العشرين من يوليو» a day, «شاعر المليون» a name."""
    if not tok.is_word or tok.norm in lex.not_number:
        return None
    for key, pro, art in _readings(tok.norm):
        hit = lex.words.get(key)
        if hit is not None:
            if (art and hit[0] != _SCALE_PLURAL) or (pro and _pronoun_heh(tok)):
                return None
            return hit
    return None


_NUM_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def _digits(tok: Token) -> Optional[float]:
    """The value of a digit token («12», «١٫٥», «1,200», «و15»), else None."""
    n = tok.norm
    if n[:1] in ("و", "ف") and n[1:2].isdigit():
        n = n[1:]
    if not n[:1].isdigit() or not _NUM_RE.fullmatch(n):
        return None
    if "," in n and "." not in n:
        groups = n.split(",")
        if all(len(g) == 3 for g in groups[1:]):
            return float("".join(groups))
        return float(n.replace(",", ".", 1).replace(",", ""))  # «3,5» as a decimal comma
    if n.count(".") > 1:
        return float(n.replace(".", ""))  # «1.200.000» European thousands
    try:
        return float(n.replace(",", ""))
    except ValueError:
        return None


_FIRSTS: dict[int, frozenset[str]] = {}


def _firsts(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """First words of a phrase set (cached per set: the lexicon's sets live for the process)."""
    f = _FIRSTS.get(id(phrases))
    if f is None:
        f = _FIRSTS[id(phrases)] = frozenset(p[0] for p in phrases)
    return f


# (phrase set, word) → can a phrase of the set start with this word (clitics allowed)? Asked
# for every possible quantity start and each hedge set («من» alone 15 times an article)
_OPENS: dict[tuple[frozenset[tuple[str, ...]], str], bool] = {}
_OPENS_MAX = 1 << 16


def _opens(phrases: frozenset[tuple[str, ...]], first: str) -> bool:
    """Can a phrase of ``phrases`` start with the normalised word ``first`` (clitics allowed)?"""
    memo = (phrases, first)            # frozensets cache their hash: a cheap key
    opens = _OPENS.get(memo)
    if opens is None:
        firsts = _firsts(phrases)
        opens = first in firsts or any(b in firsts for b in _bare(first))
        if len(_OPENS) >= _OPENS_MAX:
            _OPENS.clear()
        _OPENS[memo] = opens
    return opens


#: the hedges a quantity may open with, in the order ``_quantity_at`` tries them
_HEDGES = ("more_than", "at_most", "less_than", "approximately")
#: per lexicon: normalised word → the hedges of ``_HEDGES`` one of whose phrases may start with it
_HEDGE_MEMO: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}


def _hedges_opening(norm: str, lex: "NumberLexicon") -> tuple[str, ...]:
    """The names of the hedge phrase sets that may start at a word written ``norm``, in
    ``_HEDGES`` order: ``_phrase_at`` finds no phrase of the others there (its first test), so
    ``_quantity_at`` tries only these (most possible starts open no hedge: four calls saved).
    Remembered per lexicon, bounded like ``_STARTS_MEMO``."""
    known = _HEDGE_MEMO.get(id(lex))
    if known is None or known[0] is not lex:
        known = _HEDGE_MEMO[id(lex)] = (lex, {})
    memo = known[1]
    names = memo.get(norm)
    if names is None:
        names = tuple(name for name in _HEDGES if _opens(getattr(lex, name), norm))
        if len(memo) >= _STARTS_MEMO_MAX:
            memo.clear()
        memo[norm] = names
    return names


def _phrase_at(tokens: Sequence[Token], i: int, phrases: frozenset[tuple[str, ...]], maxlen: int) -> int:
    """Length of the longest phrase of ``phrases`` starting at token i (clitics on the first
    token allowed), else 0."""
    if not _opens(phrases, tokens[i].norm):
        return 0
    for n in range(min(maxlen, len(tokens) - i), 0, -1):
        t = tokens[i:i + n]
        literal = tuple(x.norm for x in t)
        if literal in phrases:
            return n
        for b in _bare(t[0].norm)[1:]:
            if (b,) + literal[1:] in phrases:
                return n
    return 0


# ---------------------------------------------------------------------------------------------
# Parsing

@dataclass(slots=True)
class _Core:
    value: int
    low: int
    high: int
    approximate: bool
    end: int               # token index after the number
    noun: int = -1
    vague: bool = False


def _words_number(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Optional[_Core]:
    """A number written in words starting at token i: «سبعة عشر», «ثلاثة وعشرين»,
    «ألف ومئتان وخمسون», «ثلاثة آلاف وخمسمائة», «خمسة عشر ألفا»."""
    total = 0
    current = 0
    last_class = 99
    k = i
    n = len(tokens)
    while k < n:
        tok = tokens[k]
        hit = _word(tok, lex)
        if hit is None:
            break
        kind, value = hit
        joined = k > i and tok.norm[:1] == "و" and tok.norm not in lex.words
        if k > i and not joined and kind not in (_SCALE, _SCALE_PLURAL) and not (
                kind == _HUNDRED and value == 100 and current and current < 10):
            break
        if kind == _UNIT:
            cls = _CLASS[_UNIT]
            if joined and not (cls < last_class):
                break
            if value < 10 and k + 1 < n and tokens[k + 1].norm in lex.teen:
                current += 10 + value
                k += 2
                last_class = cls
                continue
            if any(r in lex.teen_only for r in _bare(tok.norm)):
                break  # «اثني» alone is the verb «أثنى» (praised), not a number
            current += value
            last_class = cls
        elif kind == _TEN:
            cls = _CLASS[_TEN]
            # «ثلاثة وعشرين» is 23, but «عشرة وعشرين» (10 and 20) is a range or a list
            if joined and not (cls < last_class or (last_class == _CLASS[_UNIT] and 0 < current % 100 < 10)):
                break
            current += value
            last_class = cls
        elif kind == _HUNDRED:
            if value == 100 and current and current < 10 and not joined:
                current *= 100  # «ثلاث مئة»
            else:
                if joined and not (_CLASS[_HUNDRED] < last_class):
                    break
                current += value
            last_class = _CLASS[_HUNDRED]
        elif kind == _SCALE:
            if joined:
                break
            total += (current or 1) * value
            current = 0
            last_class = 4 + len(str(value))  # larger than any sub-thousand class
        elif kind == _SCALE_DUAL:
            if current or joined:
                # «خمسة عشر ألفا» is read above as _SCALE; a dual after a number ends it
                break
            total += value
            last_class = 4 + len(str(value))
        elif kind == _SCALE_PLURAL:
            if not current or joined:
                break  # alone «آلاف» is vague (handled by the caller)
            total += current * value
            current = 0
            last_class = 4 + len(str(value))
        k += 1
    if k == i:
        return None
    v = total + current
    return _Core(v, v, v, False, k)


def _scale_after(tokens: Sequence[Token], k: int, lex: NumberLexicon) -> int:
    """The multiplier of a scale word at token k («ألف», «آلاف», «مليون», «ملايين»), else 0."""
    if k < len(tokens):
        hit = _word(tokens[k], lex)
        if hit is not None and hit[0] in (_SCALE, _SCALE_PLURAL) and tokens[k].norm[:1] != "و":
            return hit[1]
    return 0


def _core(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Optional[_Core]:
    """The number starting at token i (digits, words, vague word or dual), without hedges."""
    tok = tokens[i]
    d = _digits(tok)
    frac = None if d is not None or not tok.is_word else lex.fractions.get(_bare(tok.norm)[-1])
    if frac is not None and _scale_after(tokens, i + 1, lex):
        d = frac  # «نصف مليون», «ربع مليون»
    if d is not None:
        k = i + 1
        scale = _scale_after(tokens, k, lex)
        if scale:
            d *= scale
            k += 1
            if k < len(tokens) and tokens[k].norm in lex.and_fraction:
                d += lex.and_fraction[tokens[k].norm] * scale  # «1 مليون ونصف»
                k += 1
        v = int(d)
        exact = d == v
        return _Core(v, v, v if exact else v + 1, not exact, k)
    n = len(tokens)
    # no reading of the word opens a vague phrase («عشرات», «مئات»): the search below finds nothing
    sizes = range(min(lex.max_phrase, n - i), 0, -1) if tok.is_word and _opens_vague(tok.norm, lex) else ()
    for size in sizes:
        rest = tuple(t.norm for t in tokens[i + 1:i + size])
        vg = None
        if tok.is_word and tok.norm not in lex.not_number:
            for b, pro, _art in _readings(tok.norm):
                vg = lex.vague.get((b,) + rest)
                if vg is not None:
                    if pro and _pronoun_heh(tok):
                        vg = None
                    break
        if vg is not None:
            k = i + size
            scale = _scale_after(tokens, k, lex)
            if scale:  # «عشرات الآلاف», «مئات الآلاف»
                return _Core(vg.value * scale, vg.low * scale, (vg.high + 1) * scale - 1, True, k + 1, vague=True)
            return _Core(vg.value, vg.low, vg.high, True, k, vague=True)
    w = _words_number(tokens, i, lex)
    if w is not None:
        last = _word(tokens[w.end - 1], lex)
        if last is not None and last[0] in (_SCALE, _SCALE_PLURAL) and w.end < n \
                and tokens[w.end].norm in lex.and_fraction:
            v = w.value + int(lex.and_fraction[tokens[w.end].norm] * last[1])  # «مليون ونصف»
            return _Core(v, v, v, False, w.end + 1)
        return w
    if _is_dual(tok, lex):
        return _Core(2, 2, 2, False, i + 1, noun=i)
    return None


_VAGUE_FIRSTS: dict[int, tuple[object, frozenset[str]]] = {}


def _opens_vague(norm: str, lex: NumberLexicon) -> bool:
    """Whether a reading of ``norm`` (as ``_core`` tries them) is the first word of a vague phrase."""
    known = _VAGUE_FIRSTS.get(id(lex.vague))
    if known is None or known[0] is not lex.vague:
        known = _VAGUE_FIRSTS[id(lex.vague)] = (lex.vague, frozenset(k[0] for k in lex.vague))
    firsts = known[1]
    return any(b in firsts for b, _pro, _art in _readings(norm))


def _is_dual(tok: Token, lex: NumberLexicon) -> bool:
    return tok.is_word and _is_dual_word(tok.norm, lex)


def _is_dual_word(norm: str, lex: NumberLexicon) -> bool:
    """``_is_dual`` of a word token: it depends on the normalised word alone."""
    keys = _bare(norm)
    if any(k in lex.duals for k in keys):
        return True
    k = keys[-1]
    if any(b in lex.not_dual for b in keys):
        return False
    # Feminine duals: «قذيفتين», «سيارتين», «غارتين» (the plural would end in -ات).
    return ((k.endswith("تين") or k.endswith("تان")) and len(k) >= 6 and k[-4] not in "اوي"
            and not k.endswith("ستان"))  # باكستان, كردستان


def _skip_number(tokens: Sequence[Token], i: int, core: _Core, lex: NumberLexicon) -> bool:
    """Years, days of the month, dates, clock times and percentages are not quantities."""
    tok = tokens[i]
    if not tok.norm[:1].isdigit():
        return False
    text_before = tokens[i - 1].norm if i > 0 else ""
    text_after = tokens[core.end].norm if core.end < len(tokens) else ""
    # «21/7/2015», «10:30», «2015-07-21»: a digit run glued to / or :, or two glued dashes.
    if _glued_separators(tokens, i) >= 2 or (
            i > 0 and tokens[i - 1].end == tok.start and text_before in ("/", ":")) or (
            core.end < len(tokens) and tokens[core.end].start == tokens[core.end - 1].end
            and text_after in ("/", ":")):
        return True
    if text_after and _phrase_at(tokens, core.end, lex.percent_after, 2):
        return True
    if text_after.startswith("%"):
        return True
    v = core.value
    # a year: «عام 2015», «2015م», also an old one («عام 1893») and a Hijri one («1436هـ»)
    if 1000 <= v <= 2100 and core.end == i + 1:
        before = _bare(text_before)[-1] if text_before else ""
        if before in lex.year_before or before in lex.months or text_after in ("م", "ه", "هـ"):
            return True
        if tok.norm[:4].isdigit() and len(tok.norm) > 4 and tok.norm[4:] in ("م", "ه"):
            return True
    if 1 <= v <= 31 and core.end == i + 1 and text_after:
        if _bare(text_after)[-1] in lex.months or text_after in lex.months:
            return True
    return False


def _not_cardinal(tokens: Sequence[Token], i: int, core: _Core, lex: NumberLexicon) -> bool:
    """A number word that is part of something else: «الثامنة عشر» (an ordinal teen: «عشر»
    after a definite word), «سبع البور» (a cardinal 3..10 is never followed by a definite
    noun, so this is a name; «أحد الجنود» is the exception, one of the soldiers)."""
    tok = tokens[i]
    if core.end != i + 1 or core.vague or core.noun >= 0 or not tok.is_word or tok.norm[:1].isdigit():
        return False
    hit = _word(tok, lex)
    if hit is None or hit[0] != _UNIT:
        return False
    key = next(r for r, _p, _a in _readings(tok.norm) if r in lex.words)
    if key in lex.one_of:
        # «أحد الجنود», «إحدى النساء», «أحد من» count one, and so does «one of» a construct
        # («أحد عناصر الشرطة», «أحد أفرادها»); «لم يصب أحد» is nobody
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None or nxt.norm in lex.one_of_not_before:
            return True    # «لم يصب أحد في الهجوم», «... أحد إلى الآن» (normalised «الي», no article)
        construct = nxt.is_word and not nxt.prefixes and (
            bool(nxt.suffix) or (i + 2 < len(tokens) and tokens[i + 2].is_word and tokens[i + 2].norm.startswith("ال")))
        return not (nxt.norm.startswith("ال") or nxt.norm in ("من", "منهم", "منها") or construct)
    if tok.norm in lex.teen and i > 0 and tokens[i - 1].is_word and tokens[i - 1].norm.startswith("ال") \
            and _word(tokens[i - 1], lex) is None:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (hit[1] >= 3 and nxt is not None and nxt.is_word and nxt.norm.startswith("ال")
            and _word(nxt, lex) is None and nxt.start - tok.end <= 1)


def _glued_separators(tokens: Sequence[Token], i: int) -> int:
    """Separators («-», «/», «:», «.») in the run of digits glued to token i without spaces."""
    count = 0
    for step in (-1, 1):
        k = i
        while 0 <= k + step < len(tokens):
            a, b = (tokens[k + step], tokens[k]) if step < 0 else (tokens[k], tokens[k + step])
            if a.end != b.start:
                break
            nxt = tokens[k + step]
            if nxt.norm in ("-", "/", ":", "."):
                count += 1
            elif not nxt.norm[:1].isdigit():
                break
            k += step
    return count


def find_quantities(text: str, tokens: Sequence[Token],
                    within: Optional[Sequence[tuple[int, int]]] = None) -> list[Quantity]:
    """All quantities in ``tokens`` (tokens of ``text``), left to right, non-overlapping.
    ``within``: sorted, disjoint token ranges ``[lo, hi)``; only quantities starting inside one
    are read (the caller's sentences that can hold an event: reading a number costs more than
    finding where one may start)."""
    lex = number_lexicon()
    out: list[Quantity] = []
    i = 0  # tokens before i are inside the last quantity
    starts = _possible_starts(tokens, lex)
    if within is not None:
        starts = [k for k in starts if _inside(within, k)]
    for k in starts:
        if k < i:
            continue
        q = _quantity_at(tokens, k, lex)
        if q is None:
            continue
        out.append(q)
        i = q.token_end
    return out


def _inside(ranges: Sequence[tuple[int, int]], k: int) -> bool:
    j = bisect_right(ranges, (k, _MAX_INDEX)) - 1
    return j >= 0 and ranges[j][0] <= k < ranges[j][1]


_MAX_INDEX = 1 << 62

_STARTS_MEMO: dict[int, tuple[NumberLexicon, dict[str, bool]]] = {}
_STARTS_MEMO_MAX = 1 << 17
_NORM = attrgetter("norm")


def _starts_memo(lex: NumberLexicon) -> dict[str, bool]:
    """Normalised word → ``_may_start_word`` (per lexicon; bounded by ``_STARTS_MEMO_MAX``)."""
    known = _STARTS_MEMO.get(id(lex))
    if known is None or known[0] is not lex:
        known = _STARTS_MEMO[id(lex)] = (lex, {})
    return known[1]


def _may_start_word(norm: str, lex: NumberLexicon) -> bool:
    """Can a quantity start at a word token written ``norm``: digits (also after «و»/«ف»: «و15»),
    a number word, hedge, vague word, fraction or dual, clitics allowed. ``_core`` finds a number
    only where this holds (every reading it tries is in ``lex.starts`` or a dual)."""
    return bool(norm[:1].isdigit() or norm[1:2].isdigit() or norm in lex.starts
                or any(b in lex.starts for b in _bare(norm)) or _is_dual_word(norm, lex))


def _may_start(tok: Token, lex: NumberLexicon) -> bool:
    """``_may_start_word`` for any token (a non-word token only by its digits)."""
    norm = tok.norm
    if not tok.is_word:
        return norm[:1].isdigit() or norm[1:2].isdigit()
    memo = _starts_memo(lex)
    yes = memo.get(norm)
    if yes is None:
        yes = _may_start_word(norm, lex)
        if len(memo) >= _STARTS_MEMO_MAX:
            memo.clear()
        memo[norm] = yes
    return yes


def _possible_starts(tokens: Sequence[Token], lex: NumberLexicon) -> list[int]:
    """The token indices where a quantity may start (``_may_start``), in order.

    Why: most words of a text are not numbers, and the answer depends on the normalised word
    alone; the article's distinct new words are found with set operations, then the positions
    are picked in a chain of C iterators, instead of a Python step per token."""
    memo = _starts_memo(lex)
    norms = list(map(_NORM, tokens))
    new = set(norms).difference(memo)
    if new:
        if len(memo) + len(new) > _STARTS_MEMO_MAX:
            memo.clear()
            new = set(norms)
        for norm in new:
            memo[norm] = _may_start_word(norm, lex)
    # a non-word token (punctuation) starts one only with digits
    return [k for k in compress(range(len(norms)), map(memo.__getitem__, norms))
            if tokens[k].is_word or norms[k][:1].isdigit() or norms[k][1:2].isdigit()]


def _quantity_at(tokens: Sequence[Token], i: int, lex: NumberLexicon) -> Optional[Quantity]:
    mp = lex.max_phrase
    hedge = None
    j = i
    for name in _hedges_opening(tokens[i].norm, lex):
        size = _phrase_at(tokens, i, getattr(lex, name), mp)
        if size and i + size < len(tokens):
            hedge, j = name, i + size
            break
    range_open = False
    if hedge is None and tokens[i].is_word and (_bare(tokens[i].norm)[-1] in lex.range_open
                                                 or tokens[i].norm in lex.range_open):
        # «من» and «بين» open ranges but mostly start no number: no ``_core`` where it finds none
        if i + 1 < len(tokens) and _may_start(tokens[i + 1], lex) and _core(tokens, i + 1, lex) is not None:
            range_open, j = True, i + 1
    core = _core(tokens, j, lex)
    if core is None:
        return None
    if _skip_number(tokens, j, core, lex) or _not_cardinal(tokens, j, core, lex):
        return None
    value, low, high, approx = core.value, core.low, core.high, core.approximate
    end = core.end
    # Ranges: «بين 10 و15», «من 10 إلى 15», «10-15», «ثلاثة أو أربعة».
    second = _range_tail(tokens, end, lex, range_open)
    if second is not None:
        core2, end = second
        if core.low < core2.value:  # «10-15»; «2-1» is a score, not a range
            value, low, high, approx = core.low, core.low, max(core2.value, core2.high), True
        else:
            second, end = None, core.end
    if hedge == "approximately":
        approx = True
    elif hedge == "more_than":
        low, high, approx = value, UNBOUNDED, True
    elif hedge == "at_most":
        low, high, approx = 0, value, True
    elif hedge == "less_than":
        value = max(value - 1, 0)
        low, high, approx = 0, value, True
    # Hedges after the number, or after its noun: «12 شخصا على الأقل», «20 تقريبا».
    for k in (end, end + 1):
        if k < len(tokens):
            if _phrase_at(tokens, k, lex.at_least_after, mp):
                low, high, approx = value, UNBOUNDED, True
                break
            if _phrase_at(tokens, k, lex.approximately_after, mp):
                approx = True
                break
    start_tok = i if (hedge or range_open and second is not None) else j
    return Quantity(tokens[start_tok].start, tokens[end - 1].end, value, low, high, approx,
                    start_tok, end, core.noun)


def _range_tail(tokens: Sequence[Token], k: int, lex: NumberLexicon, opened: bool) -> Optional[tuple[_Core, int]]:
    """The second number of a range after token k: «و15», «- 15», «إلى 15», «أو أربعة»."""
    if k >= len(tokens):
        return None
    tok = tokens[k]
    glued = tok.norm[:1] == "و" and len(tok.norm) > 1
    if glued and opened:  # «بين 10 و15», «بين عشرة وعشرين»
        core = _core(tokens, k, lex)
        return (core, core.end) if core is not None and core.noun < 0 else None
    if tok.norm in lex.range_join and k + 1 < len(tokens):
        if tok.norm in ("و",) and not opened:
            return None
        core = _core(tokens, k + 1, lex)
        if core is not None and core.noun < 0:
            return core, core.end
    return None


__all__ = ["Quantity", "find_quantities", "number_lexicon", "NumberLexicon", "UNBOUNDED"]
