"""Date expressions in Arabic text, resolved against the article's publication date.

Why this shape: the words (month names per dialect, weekdays, parts of the day, relative words,
number words) are data in ``rasd/data/dates.yaml``; this module holds only the grammar of how
they combine, compiled once into a single regular expression over the normalised text (one pass
per article, not one pattern per entry). The calendar arithmetic lives in ``rasd.resolve.time``.
Offsets always point into the original text: the match runs on the normalised copy and is
mapped back through its offset map (diacritics, tatweel and Arabic-Indic digits cannot break it).

Every ``Mention`` has ``kind="date"``, ``key`` the expression kind and ``value`` a ``DateValue``
(or None when the expression needs a publication date and none was given, or names no valid day):

=========  ==========================================================  =========
key        examples                                                    precision
=========  ==========================================================  =========
explicit   «8 ديسمبر 2016», «الثامن من كانون الأول», «12 جانفي»,       1
           «الخامس من الشهر الجاري»
numeric    «8/12/2016», «2016-12-08»                                    1
hijri      «15 رمضان 1436هـ», «1436/10/30 هـ» (1); «شوال 1436هـ» (3)    1 or 3
weekday    «يوم الخميس», «الخميس الماضي», «مساء الأربعاء», «أمس الخميس»   1
relative   «أمس», «أول من أمس», «فجر اليوم», «الليلة الماضية», «غدا»      1
ago        «منذ يومين», «قبل ثلاثة أيام» (1); «منذ أسبوع» (2); «قبل شهرين» (3)
recent     «خلال الأيام الماضية», «الساعات الـ24 الماضية»: publication day  2
week       «الأسبوع الماضي», «هذا الأسبوع», «مطلع الأسبوع المقبل»         2
month      «الشهر الماضي», «في يوليو الماضي», «مايو 2015» (3);            2 or 3
           «منتصف يوليو», «مطلع الشهر الجاري» (2)
feast      «ثاني أيام عيد الفطر», «يوم عرفة» (1); «عيد الأضحى» (2)         1 or 2
=========  ==========================================================  =========

Conventions for nights (documented here because annotators differ): «ليلة الجمعة» and «ليل
الخميس» are coded as the day they name (news writers use «ليلة الأحد» in a Monday paper for the
night just past, and ACLED codes the day the source names); «ليل الخميس - الجمعة» and «ليلة
الخميس على الجمعة» as their first day; «بعد منتصف ليل الاثنين» as the next day (Tuesday), since
the midnight that ends Monday starts Tuesday; but «بعد منتصف ليل أمس» stays yesterday, because
a relative word names "last night" as a whole. «الليلة الماضية» and «ليلة أمس» are the day
before publication. The offsets are data (``dayparts`` in dates.yaml).

Other conventions: a day and month without a year is the latest such date on or before
publication (or at most 14 days after it); «الماضي» after a weekday or month means strictly
before publication; week, month and year-less Hijri conventions are in ``rasd.resolve.time``.
A day and month after a naming word («ثورة 23 يوليو», «قوى 14 آذار», «مدينة 6 أكتوبر») is a
name, not a date, and is not reported.

Speed: a prefilter regex (a character trie of the words an expression can start with) finds
the candidate positions and the grammar runs only there; about 0.6 ms of CPU per 4,000
characters of news text, linear in the text length.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Optional

import yaml

from rasd.model import DateValue, Mention
from rasd.resolve import time as cal
from rasd.resolve.time import weekday_date  # re-exported: part of this module's interface
from rasd.text.normalize import norm_key, normalize

__all__ = ["find_dates", "weekday_date", "DateVocabulary", "vocabulary"]


# ------------------------------------------------------------------ vocabulary


@dataclass(frozen=True)
class DateVocabulary:
    """dates.yaml with every key normalised (``norm_key``); built once per process."""

    months: dict[str, int]
    months_free: frozenset[str]
    hijri_months: dict[str, int]
    feasts: dict[str, tuple[int, int]]
    feast_days: dict[str, int]
    weekdays: dict[str, int]
    dayparts: dict[str, int]
    relative_days: dict[str, int]
    relative_nights: dict[str, int]
    today_blockers: tuple[str, ...]
    today_preceding_blockers: frozenset[str]
    name_heads: frozenset[str]
    weekday_name_heads: frozenset[str]
    qualifiers: dict[str, str]            # word -> past | before_past | current | future
    periods: dict[str, str]
    period_parts: dict[str, str]
    units: dict[str, tuple[str, int]]
    ago_heads: tuple[str, ...]
    hedges: dict[str, int]
    ago_relative_heads: tuple[str, ...]
    ago_relative_tails: tuple[str, ...]
    few_words: tuple[str, ...]
    vague_amounts: dict[str, int]
    recent_nouns: tuple[str, ...]
    recent_tails: tuple[str, ...]
    recent_fillers: tuple[str, ...]
    cardinals: dict[str, int]
    teen_words: tuple[str, ...]
    ordinals: dict[str, int]              # composed phrases 1..31
    hijri_year_markers: tuple[str, ...]
    gregorian_year_markers: tuple[str, ...]
    words: dict[str, tuple[str, ...]]


def _put(table: dict[str, Any], key: str, value: Any, where: str) -> None:
    """Add a normalised key; two spellings that collapse into one key must agree."""
    k = " ".join(norm_key(key).split())
    if k in table and table[k] != value:
        raise ValueError(f"dates.yaml {where}: {key!r} normalises to {k!r}, already {table[k]!r} != {value!r}")
    table[k] = value


def _norm_list(items: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(norm_key(str(x)).split()) for x in (items or ())))


def _compose_ordinals(raw: dict[str, Any]) -> dict[str, int]:
    """Ordinal day words 1..31 from their atoms: units, «العاشر», «عشر», tens, joined by و."""
    units = {norm_key(k): int(v) for k, v in raw["units"].items()}
    compound_only = set(_norm_list(raw.get("compound_only")))
    simple_only = set(_norm_list(raw.get("simple_only")))
    out: dict[str, int] = {}
    for w, n in units.items():
        if w not in compound_only:
            _put(out, w, n, "ordinals")
    for w in _norm_list(raw["ten"]):
        _put(out, w, 10, "ordinals")
    for w, n in units.items():
        if w in simple_only:
            continue
        for teen in _norm_list(raw["teen"]):
            _put(out, f"{w} {teen}", 10 + n, "ordinals")
    for tw, tn in raw["tens"].items():
        tw = norm_key(tw)
        _put(out, tw, int(tn), "ordinals")
        for w, n in units.items():
            if w in simple_only or int(tn) + n > 31:
                continue
            _put(out, f"{w} و{tw}", int(tn) + n, "ordinals")
    return out


def _table(section: Any, where: str, convert: Callable[[Any], Any] = int,
           check: Callable[[Any], bool] = lambda _: True) -> dict[str, Any]:
    """A YAML mapping with normalised keys, converted and checked values."""
    out: dict[str, Any] = {}
    for k, v in (section or {}).items():
        val = convert(v)
        if not check(val):
            raise ValueError(f"dates.yaml {where}: {k!r} -> {v!r} is out of range")
        _put(out, str(k), val, where)
    return out


def load_vocabulary(text: str) -> DateVocabulary:
    """Parse and validate a dates.yaml document (also used by the data-integrity test)."""
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C parser when built
    months: dict[str, int] = {}
    for block, entries in raw["months"].items():
        for k, v in _table(entries, f"months/{block}", check=lambda n: 1 <= n <= 12).items():
            _put(months, k, v, f"months/{block}")
    context = set(_norm_list(raw.get("context_only")))
    if context - set(months):
        raise ValueError(f"dates.yaml context_only names no month: {sorted(context - set(months))}")
    quals: dict[str, str] = {}
    for kind, words in raw["qualifiers"].items():
        for w in words:
            _put(quals, w, kind, "qualifiers")
    pair = lambda v: (int(v[0]), int(v[1]))  # noqa: E731
    return DateVocabulary(
        months=months,
        months_free=frozenset(set(months) - context),
        hijri_months=_table(raw["hijri_months"], "hijri_months", check=lambda n: 1 <= n <= 12),
        feasts=_table(raw.get("feasts"), "feasts", pair, lambda p: 1 <= p[0] <= 12 and 1 <= p[1] <= 30),
        feast_days=_table(raw.get("feast_days"), "feast_days"),
        weekdays=_table(raw["weekdays"], "weekdays", check=lambda n: 0 <= n <= 6),
        dayparts=_table(raw["dayparts"], "dayparts"),
        relative_days=_table(raw["relative_days"], "relative_days"),
        relative_nights=_table(raw["relative_nights"], "relative_nights"),
        today_blockers=_norm_list(raw.get("today_blockers")),
        today_preceding_blockers=frozenset(_norm_list(raw.get("today_preceding_blockers"))),
        name_heads=frozenset(_norm_list(raw.get("name_heads"))),
        weekday_name_heads=frozenset(_norm_list(raw.get("weekday_name_heads"))),
        qualifiers=quals,
        periods=_table(raw["periods"], "periods", str, lambda u: u in ("week", "month")),
        period_parts=_table(raw["period_parts"], "period_parts", str, lambda p: p in ("start", "middle", "end")),
        units=_table(raw["units"], "units", lambda v: (str(v[0]), int(v[1])),
                     lambda u: u[0] in ("hour", "day", "week", "month") and u[1] >= 0),
        ago_heads=_norm_list(raw["ago_heads"]),
        hedges=_table(raw.get("hedges"), "hedges"),
        ago_relative_heads=_norm_list(raw.get("ago_relative_heads")),
        ago_relative_tails=_norm_list(raw.get("ago_relative_tails")),
        few_words=_norm_list(raw.get("few_words")),
        vague_amounts={str(k): int(x) for k, x in raw["vague_amounts"].items()},
        recent_nouns=_norm_list(raw["recent_nouns"]),
        recent_tails=_norm_list(raw["recent_tails"]),
        recent_fillers=_norm_list(raw.get("recent_fillers")),
        cardinals=_table(raw["cardinals"], "cardinals"),
        teen_words=_norm_list(raw.get("teen_word")),
        ordinals=_compose_ordinals(raw["ordinals"]),
        hijri_year_markers=_norm_list(raw.get("hijri_year_marker")),
        gregorian_year_markers=_norm_list(raw.get("gregorian_year_marker")),
        words={k: _norm_list(v) for k, v in raw["words"].items()}
        | {"feast_days_word": _norm_list(raw.get("feast_days_word"))},
    )


@lru_cache(maxsize=1)
def vocabulary() -> DateVocabulary:
    """The shipped vocabulary, loaded once per process."""
    return load_vocabulary(resources.files("rasd.data").joinpath("dates.yaml").read_text("utf-8"))


# ------------------------------------------------------------------ grammar


def _alt(words: Any) -> str:
    """A regex matching any of the normalised phrases, built as a character trie.

    Why a trie: Python's regex engine tries the branches of an alternation one by one, so a
    flat list of 200 words costs 200 tests at every word start; the trie costs one test per
    character. Greedy optional tails keep longest-match-first behaviour. A space in a phrase
    matches any run of whitespace.
    """
    trie: dict[str, Any] = {}
    for w in set(words):
        node = trie
        for ch in " ".join(w.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        end = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return f"(?:{body})?"
        return body

    return "(?:" + emit(trie) + ")"


_SP = r"\s+"
_END = r"(?!\w)"


def _grammar(v: DateVocabulary) -> str:
    """The whole date grammar as one regex over normalised text, one named branch per rule."""
    MON = _alt(v.months)
    HMON = _alt(v.hijri_months)
    WD = _alt(v.weekdays)
    DP = _alt(v.dayparts)
    QUAL = _alt(v.qualifiers)
    ORD = _alt(v.ordinals)
    CARD = _alt(v.cardinals)
    TEEN = _alt(v.teen_words)
    PART = _alt(v.period_parts)
    YW = _alt(v.words["year_word"])
    DAYW = _alt(v.words["day"])
    OF = _alt(v.words["of"])
    MW = _alt(v.words["month_word"])
    THIS = _alt(v.words["this"])
    HMARK = _alt(v.hijri_year_markers)
    GMARK = _alt(v.gregorian_year_markers)
    today_block = _alt(v.today_blockers)
    today = set(v.words["today"])
    # «اليوم» in quotes is the Saudi daily of that name; before «التالي», «الوطني»... not today
    REL = (f"(?:{_alt(set(v.relative_days) - today)}|(?<![\"'])" + _alt(today)
           + f"(?![\"'])(?!{_SP}{today_block}{_END}))")
    NIGHT = _alt(v.relative_nights)
    NIGHT = f"(?:{NIGHT}(?!{_SP}{today_block}{_END}))"
    UNIT = _alt(v.units)
    HEDGE = _alt(v.hedges)
    FEW = _alt(v.few_words)
    AGO = _alt(v.ago_heads)
    RN = _alt(v.recent_nouns)
    RT = _alt(v.recent_tails)
    RF = _alt(v.recent_fillers)
    PERIOD = _alt(v.periods)
    MONTH_PERIOD = _alt(k for k, u in v.periods.items() if u == "month")
    JOIN = _alt(v.words["range_joiners"])
    # «مايو (أيار)», «أيار/مايو», «يونيو حزيران»: the same month in a second naming system
    alt_month = rf"(?:\s*[(/\[]?\s*{MON}(?:\s*[)\]])?)?"
    alt_hmonth = rf"(?:\s*[(/\[]\s*{HMON}(?:\s*[)\]])?)?"

    def gyear(p: str) -> str:
        return rf"(?:\s*,?\s*(?:(?:{OF}{_SP})?{YW}\s*)?(?P<{p}_y>[12][0-9]{{3}})(?:\s*{GMARK}{_END})?)?"

    def hyear(p: str) -> str:
        return rf"(?:\s*,?\s*(?:(?:{OF}{_SP})?{YW}\s*)?(?P<{p}_y>1[2-5][0-9]{{2}})(?:\s*{HMARK}{_END})?)?"

    def day(p: str) -> str:
        return rf"(?:(?:ال)?(?P<{p}_d>[0-3]?[0-9])|(?P<{p}_o>{ORD}))"

    def wd_prefix(p: str) -> str:
        return rf"(?:(?:{DAYW}{_SP})?(?P<{p}_wd>{WD})\s*,?\s*)?"

    rules = {
        # 8 ديسمبر 2016 | الخميس الثامن من كانون الأول | 12 جانفي
        "E": wd_prefix("E") + rf"(?:{DAYW}{_SP})?" + day("E")
        + rf"{_SP}(?:{OF}{_SP})?(?:{MW}{_SP})?(?P<E_m>{MON}){alt_month}(?:{_SP}(?P<E_q>{QUAL}))?" + gyear("E"),
        # 15 رمضان 1436هـ
        "H": wd_prefix("H") + rf"(?:{DAYW}{_SP})?" + day("H")
        + rf"{_SP}(?:{OF}{_SP})?(?:{MW}{_SP})?(?P<H_m>{HMON}){alt_hmonth}(?:{_SP}(?P<H_q>{QUAL}))?" + hyear("H"),
        # شوال 1436هـ
        "HY": rf"(?:(?P<HY_part>{PART}){_SP})?(?:{MW}{_SP})?(?P<HY_m>{HMON}){_SP}(?:(?:{OF}{_SP})?{YW}\s*)?"
        rf"(?P<HY_y>1[2-5][0-9]{{2}})(?:\s*{HMARK}{_END})?",
        # 8/12/2016, 2016-12-08, 27 / 12 / 2011م, 1436/10/30 هـ
        "N": wd_prefix("N") + rf"(?:{DAYW}{_SP})?(?P<N_a>[0-9]{{1,4}})\s*(?P<N_s>[/.-])\s*(?P<N_b>[0-9]{{1,2}})\s*(?P=N_s)\s*(?P<N_c>[0-9]{{1,4}})"
        rf"(?![0-9])(?:\s*(?:(?P<N_h>{HMARK})|{GMARK}){_END})?",
        # الخامس من الشهر الجاري
        "DR": day("DR") + rf"{_SP}(?:{OF}{_SP})?(?:(?P<DR_this>{THIS}){_SP})?(?:{MONTH_PERIOD}|{MW})"
        rf"(?:{_SP}(?P<DR_q>{QUAL}))?",
        # مساء أمس الخميس | ليل الخميس - الجمعة | الخميس قبل الماضي
        "W": rf"(?:(?P<W_dp>{DP}){_SP})?(?:{DAYW}{_SP})?(?:(?P<W_rel>{REL}){_SP})?(?P<W_wd>{WD})"
        rf"(?:\s*(?:-|/|{_SP}{JOIN})\s*(?P<W_wd2>{WD})|{_SP}(?P<W_wd3>{WD}))?"
        rf"(?:{_SP}(?P<W_q>{QUAL}))?",
        # فجر اليوم | أول من أمس (الاثنين) | صباح الغد
        "R": rf"(?:(?P<R_dp>{DP}){_SP})?(?:(?P<R_day>{DAYW}){_SP})?(?P<R_rel>{REL})"
        rf"(?:\s*[(]\s*(?P<R_wd>{WD})\s*[)])?",
        # الليلة الماضية
        "NI": rf"(?P<NI_n>{NIGHT})",
        # منذ يومين | قبل ثلاثة أيام | منذ أكثر من عشرة أيام
        "A": rf"(?P<A_head>{AGO}){_SP}(?:(?P<A_hedge>{HEDGE}){_SP})?"
        rf"(?:(?:(?P<A_num>[0-9]{{1,3}})|(?P<A_card>{CARD})(?:{_SP}(?P<A_teen>{TEEN}))?|(?P<A_few>{FEW})){_SP})?"
        # not «منذ شهر أبريل», «منذ يوم 30 يونيو», «منذ يوم الخميس»: a date follows the unit
        rf"(?P<A_unit>{UNIT})(?!{_SP}(?:(?:ال)?[0-9]|(?:{MON}|{HMON}|{WD}|{ORD}){_END}))",
        # الأيام الثلاثة الماضية | الساعات الـ24 الماضية
        "RC": rf"(?P<RC_n>{RN})(?:{_SP}(?:ال)?(?:[0-9]{{1,3}}|{CARD}))?(?:{_SP}{RF})?{_SP}(?P<RC_t>{RT})",
        # الأسبوع الماضي | مطلع الشهر الجاري | هذا الأسبوع
        "P": rf"(?:(?P<P_part>{PART}){_SP})?(?:(?P<P_this>{THIS}){_SP})?(?P<P_u>{PERIOD})(?:{_SP}(?P<P_q>{QUAL}))?",
        # في يوليو الماضي | منتصف يوليو | مايو (أيار) 2015 | شهر أغسطس
        "M": rf"(?:(?P<M_part>{PART}){_SP})?(?:(?P<M_sh>{MW}){_SP})?(?P<M_m>{MON}){alt_month}"
        rf"(?:{_SP}(?P<M_q>{QUAL}))?" + gyear("M"),
        # شهر رمضان الماضي | منتصف رمضان
        "HM": rf"(?:(?P<HM_part>{PART}){_SP})?(?:(?P<HM_sh>{MW}){_SP})?(?P<HM_m>{HMON})(?:{_SP}(?P<HM_q>{QUAL}))?",
        # ثاني أيام عيد الأضحى | عيد الفطر الماضي | يوم عرفة
        "F": rf"(?:(?P<F_nth>{_alt(v.feast_days)}){_SP}{_alt(v.words['feast_days_word'])}{_SP})?"
        rf"(?P<F_f>{_alt(v.feasts)})(?:{_SP}(?P<F_q>{QUAL}))?"
        # «عيد الفطر من العام الماضي», «عيد الأضحى عام 2014»: the feast of that Gregorian year
        rf"(?:{_SP}{OF}{_SP}{YW}{_SP}(?P<F_yq>{QUAL}))?" + gyear("F"),
    }
    body = "|".join(f"(?P<{name}>{pat}{_END})" for name, pat in rules.items())
    # Proclitics (و ف, then ب ل) stay outside the reported span.
    return rf"(?<!\w)(?:[وف]?[بل]?)(?P<core>{body})"


def _first_words(v: DateVocabulary) -> set[str]:
    """Every word a date expression can begin with (digits aside): the prefilter's vocabulary."""
    phrases: list[str] = []
    for table in (v.months, v.hijri_months, v.weekdays, v.dayparts, v.relative_days, v.relative_nights,
                  v.period_parts, v.periods, v.ordinals, v.feasts, v.feast_days):
        phrases.extend(table)
    phrases.extend(v.ago_heads + v.recent_nouns + v.words["day"] + v.words["month_word"] + v.words["this"])
    return {p.split()[0] for p in phrases}


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """The grammar, and a cheap scanner for the positions where it can match.

    Why two patterns: trying the thirteen-branch grammar at every word start costs a few ms per
    article; the scanner (one trie of the ~150 words an expression can start with, plus digits)
    finds the few candidate positions in one C-speed pass, and the grammar runs only there.
    """
    v = vocabulary()
    pattern = re.compile(_grammar(v))
    scanner = re.compile(rf"\b[وف]?[بل]?{_alt(_first_words(v))}\b|\b[وف]?[بل]?(?:ال)?[0-9]")
    names = ("E", "H", "HY", "N", "DR", "W", "R", "NI", "A", "RC", "P", "M", "HM", "F")
    return pattern, scanner, names


#: code points probed for what the normaliser does to them (all scripts news text uses)
_PROBED = (range(0x0000, 0x3000), range(0xFB00, 0x10000))


@lru_cache(maxsize=1)
def _char_classes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Characters ``norm_key`` deletes, expands to several, or changes at all; and its map.

    Read off the public ``norm_key`` character by character (a few ms, once per process),
    so this module follows any change to the text layer's character map without reading it.
    """
    chars = [chr(cp) for rng in _PROBED for cp in rng if cp and not 0xD800 <= cp <= 0xDFFF]
    # one call over all characters, NUL-separated (NUL is left alone by any normaliser)
    parts = norm_key("\0".join(chars)).split("\0")
    if len(parts) != len(chars):
        parts = [norm_key(ch) for ch in chars]
    table: dict[str, str] = {}
    for ch, rep in zip(chars, parts):
        if rep != ch and not (len(rep) == 1 and rep == ch.lower()):
            table[ch] = rep         # case folding is left out: the grammar has no letter case
    deleted = [ch for ch, rep in table.items() if rep == ""]
    expanded = [ch for ch, rep in table.items() if len(rep) > 1]
    cls = lambda chars: re.compile("[" + "".join(re.escape(c) for c in chars) + "]")  # noqa: E731
    return cls(deleted), cls(expanded), cls(table), table


def _match_text(text: str) -> str:
    """The normaliser's character map applied with one C-level substitution pass.

    Why not ``norm_key`` itself: ``str.translate`` looks every character up in a dict and costs
    twice as much on Arabic text, where only a few characters in ten change. The result equals
    ``norm_key(text)`` up to letter case for every character in ``_PROBED``.
    """
    _, _, changed, table = _char_classes()
    found = changed.findall(text)
    if not found:
        return text
    if not _replace_is_exact():
        return changed.sub(lambda m: table[m.group()], text)
    # a few distinct characters change, hundreds of times: one ``str.replace`` per distinct
    # character (C) instead of one Python callback per occurrence (about 0.1 ms an article)
    for ch in set(found):
        text = text.replace(ch, table[ch])
    return text


@lru_cache(maxsize=1)
def _replace_is_exact() -> bool:
    """Whether replacing the changed characters one kind at a time equals one substitution pass:
    true when no replacement contains a character the map changes (nothing is changed twice, and
    the order of the replacements does not matter)."""
    table = _char_classes()[3]
    return not any(c in table for rep in table.values() for c in rep)


class _OffsetMap:
    """Maps a span of the normalised text back to the original text.

    Why not always ``normalize()``: it builds a per-character offset list in Python, which costs
    more than the whole date scan. Almost every article only *deletes* characters (diacritics,
    tatweel, bidi marks) when normalised, so the original index of a normalised index is that
    index plus the number of deletions before it, found by bisection over the deletion positions.
    Articles with expanding characters (presentation-form ligatures) take the full offset map.
    """

    __slots__ = ("deleted", "full", "is_deleted")

    def __init__(self, text: str, ntext: str) -> None:
        deleted_re, expanded_re, _, _ = _char_classes()
        self.is_deleted = deleted_re
        self.full = None
        self.deleted: list[int] = [m.start() for m in deleted_re.finditer(text)]
        if expanded_re.search(text) is not None or len(ntext) != len(text) - len(self.deleted):
            self.full = normalize(text)

    def text(self, text: str, ntext: str) -> str:
        return ntext if self.full is None else self.full.text

    def _orig(self, i: int) -> int:
        o = i
        while True:
            o2 = i + bisect_right(self.deleted, o)
            if o2 == o:
                return o
            o = o2

    def to_original(self, text: str, start: int, end: int) -> tuple[int, int]:
        if self.full is not None:
            s, e = self.full.to_original(start, end)
        elif not self.deleted:
            s, e = start, end
        else:
            s, e = self._orig(start), self._orig(end - 1) + 1
        while e < len(text) and self.is_deleted.match(text, e):
            e += 1          # a tatweel or diacritic on the last letter belongs to the span
        return s, e


# ------------------------------------------------------------------ resolution


@dataclass(frozen=True, slots=True)
class _Match:
    """One grammar match: its rule, groups and the text before it (for context checks)."""

    rule: str
    groups: dict[str, Optional[str]]
    before: str
    after: str


def _g(m: _Match, name: str) -> Optional[str]:
    return m.groups.get(f"{m.rule}_{name}")


def _day_number(v: DateVocabulary, m: _Match) -> Optional[int]:
    d, o = _g(m, "d"), _g(m, "o")
    if d is not None:
        n = int(d)
    elif o is not None:
        n = v.ordinals[" ".join(o.split())]
    else:
        return None
    return n if 1 <= n <= 31 else None


def _qual(v: DateVocabulary, word: Optional[str]) -> Optional[str]:
    if word is None:
        return None
    q = v.qualifiers[" ".join(word.split())]
    return "past" if q == "before_past" else q


def _key(word: Optional[str]) -> str:
    return " ".join((word or "").split())


def _iso(d: Optional[date], precision: int) -> Optional[DateValue]:
    return None if d is None else DateValue(d.isoformat(), precision)


def _explicit(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    if _g(m, "wd") is None and _previous_word(m) in v.name_heads:
        return "", None                      # «ثورة 23 يوليو», «قوى 14 آذار»: a name
    day = _day_number(v, m)
    month = v.months[_key(_g(m, "m"))]
    y = _g(m, "y")
    if day is None:
        return "explicit", None
    if y is not None:
        year = int(y)                        # a month name makes any 4-digit year a year
        return "explicit", _iso(cal.valid_date(year, month, day) if year >= 1000 else None, 1)
    if pub is None:
        return "explicit", None
    return "explicit", _iso(cal.resolve_day_month(pub, day, month, _qual(v, _g(m, "q"))), 1)


def _hijri_day(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    day = _day_number(v, m)
    month = v.hijri_months[_key(_g(m, "m"))]
    y = _g(m, "y")
    if day is None:
        return "hijri", None
    if y is not None:
        return "hijri", _iso(cal.hijri_to_gregorian(int(y), month, day), 1)
    if pub is None:
        return "hijri", None
    hy = cal.resolve_hijri_month(pub, month, _qual(v, _g(m, "q")))
    d = cal.hijri_to_gregorian(hy, month, day)
    if d is not None and (d - pub).days > cal.FUTURE_GRACE_DAYS and _g(m, "q") is None:
        d = cal.hijri_to_gregorian(hy - 1, month, day)
    return "hijri", _iso(d, 1)


def _hijri_month_value(year: int, month: int, part: Optional[str], pub: Optional[date]) -> Optional[DateValue]:
    span = cal.hijri_month_span(year, month)
    if span is None:
        return None
    first, last = span
    d = first + timedelta(days=cal.MONTH_PART_DAY[part] - 1)
    d = min(d, last)
    if pub is not None and first <= pub <= last and d > pub:
        d = pub
    return DateValue(d.isoformat(), 3 if part is None else 2)


def _hijri_year_month(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    month = v.hijri_months[_key(_g(m, "m"))]
    part = v.period_parts.get(_key(_g(m, "part"))) if _g(m, "part") else None
    return "hijri", _hijri_month_value(int(_g(m, "y") or 0), month, part, pub)


def _numeric(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    a, b, c = _g(m, "a"), _g(m, "b"), _g(m, "c")
    assert a is not None and b is not None and c is not None
    if len(a) == 4 and len(c) <= 2:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        d, mo, y = int(a), int(b), int(c)
    else:
        return "", None                      # «5.1.1», «2.12.194»: version numbers, not dates
    if _g(m, "h") is not None or 1200 <= y <= 1600:
        return "hijri", _iso(cal.hijri_to_gregorian(y, mo, d), 1)
    if not 1900 <= y <= 2100:
        return "", None                      # «6461/4/9»: a reference number
    return "numeric", _iso(cal.valid_date(y, mo, d), 1)


def _day_of_month(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    day = _day_number(v, m)
    q = _qual(v, _g(m, "q"))
    if _g(m, "this") is None and q is None:
        return "", None                      # «العاشر من الشهر» alone: which month?
    if pub is None or day is None:
        return "explicit", None
    shift = {"past": -1, "future": 1}.get(q or "current", 0)
    y, mo = cal.add_months(pub.year, pub.month, shift)
    return "explicit", _iso(cal.valid_date(y, mo, day), 1)


def _weekday(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    if _previous_word(m) in v.weekday_name_heads and not (_g(m, "dp") or _g(m, "rel")):
        return "", None                      # «خطب الجمعة»: Friday sermons in general
    if pub is None:
        return "weekday", None
    wd = v.weekdays[_key(_g(m, "wd"))]
    dp = _g(m, "dp")
    offset = v.dayparts[_key(dp)] if dp else 0
    rel = _g(m, "rel")
    qraw = _key(_g(m, "q")) if _g(m, "q") else None
    q = v.qualifiers.get(qraw) if qraw else None
    ranged = _g(m, "wd2") is not None or _g(m, "wd3") is not None
    if ranged and not dp:
        if _g(m, "wd3") is not None:
            return "", None                  # «السبت الأحد» without «ليل»: not one expression
    if rel is not None:
        anchor = pub + timedelta(days=v.relative_days[_key(rel)])
        d = cal.nearest_weekday(anchor, wd)
        offset = 0                           # as in _relative: «ليل أمس الخميس» is Thursday
    elif q == "future":
        d = cal.next_weekday(pub, wd)
    elif q in ("past", "before_past"):
        d = weekday_date(pub, wd, strict_before=True)
        if q == "before_past":
            d -= timedelta(days=7)
    else:
        d = weekday_date(pub, wd)
    precision = 2 if ranged and not dp else 1
    return "weekday", _iso(d + timedelta(days=offset), precision)


def _relative(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    rel = _key(_g(m, "rel"))
    dp = _g(m, "dp")
    if rel in v.words["bare_needs_head"] and dp is None and _g(m, "day") is None:
        return "", None                      # «الغد» alone is also a party and a newspaper
    if rel in v.words["today"] and dp is None and _previous_word(m) in v.today_preceding_blockers:
        return "", None                      # «ذلك اليوم», «عين اليوم»: not the publication day
    if pub is None:
        return "relative", None
    # «بعد منتصف ليل أمس» is still "last night", coded as yesterday like «ليل أمس»: a relative
    # word names the night as a whole, so the midnight offset of a named weekday does not apply.
    d = pub + timedelta(days=v.relative_days[rel])
    if _g(m, "wd") is not None:              # «أول من أمس (الاثنين)»: the weekday settles a drift
        d = cal.nearest_weekday(d, v.weekdays[_key(_g(m, "wd"))])
    return "relative", _iso(d, 1)


def _night(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    if pub is None:
        return "relative", None
    return "relative", _iso(pub + timedelta(days=v.relative_nights[_key(_g(m, "n"))]), 1)


@lru_cache(maxsize=1)
def _ago_tail_re() -> re.Pattern[str]:
    return re.compile(rf"\s+{_alt(vocabulary().ago_relative_tails)}(?!\w)")


def _ago(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    unit, count = v.units[_key(_g(m, "unit"))]
    num, card, few, hedge = _g(m, "num"), _g(m, "card"), _g(m, "few"), _g(m, "hedge")
    exact = hedge is None and few is None
    if num is not None:
        n = int(num)
    elif card is not None:
        n = v.cardinals[_key(card)] + (10 if _g(m, "teen") else 0)
    elif few is not None or count == 0:
        n, exact = v.vague_amounts[unit], False
    else:
        n = count
    if hedge is not None:
        n = max(1, n + v.hedges[_key(hedge)])
    if _key(_g(m, "head")) in v.ago_relative_heads and _ago_tail_re().match(m.after):
        return "", None                      # «قبل يومين من الانتخابات»: relative to another event
    if pub is None:
        return "ago", None
    if unit == "hour":
        return "ago", DateValue(pub.isoformat(), 1 if exact else 2)
    if unit == "day":
        return "ago", _iso(pub - timedelta(days=n), 1 if exact else 2)
    if unit == "week":
        return "ago", _iso(pub - timedelta(weeks=n), 2)
    y, mo = cal.add_months(pub.year, pub.month, -n)
    return "ago", _iso(cal.clamp_day(y, mo, pub.day), 3)


def _recent(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    return "recent", None if pub is None else DateValue(pub.isoformat(), 2)


def _period(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    unit = v.periods[_key(_g(m, "u"))]
    part = v.period_parts.get(_key(_g(m, "part"))) if _g(m, "part") else None
    qraw = _key(_g(m, "q")) if _g(m, "q") else None
    q = v.qualifiers.get(qraw) if qraw else None
    if q is None and _g(m, "this") is None and part is None:
        return "", None                      # «الأسبوع» / «الشهر» alone: not a date
    if pub is None:
        return unit, None
    if unit == "week":
        back = {"past": 1, "before_past": 2, "future": -1}.get(q or "current", 0)
        return "week", _iso(cal.week_day(pub, back, part), 2)
    shift = {"past": -1, "before_past": -2, "future": 1}.get(q or "current", 0)
    y, mo = cal.add_months(pub.year, pub.month, shift)
    return "month", _iso(cal.month_day(y, mo, part, pub), 3 if part is None else 2)


def _previous_word(m: _Match) -> str:
    """The word just before the match, without a leading و (normalised)."""
    words = m.before.split()
    if not words:
        return ""
    w = words[-1].strip("\"'()[],.;:-")
    if w.startswith("و") and len(w) > 3:
        w = w[1:]
    if w[:1] in ("ب", "ل") and len(w) > 3 and not w.startswith("بين"):
        w = w[1:]                            # «بذكرى», «لثورة»
    return w


def _month(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    name = _key(_g(m, "m"))
    month = v.months[name]
    part = v.period_parts.get(_key(_g(m, "part"))) if _g(m, "part") else None
    q = _qual(v, _g(m, "q"))
    y = _g(m, "y")
    has_context = part is not None or _g(m, "sh") is not None or q is not None or y is not None
    if not has_context and (name not in v.months_free or _previous_word(m) not in v.words["in_heads"]):
        return "", None                      # a bare month name needs «في», «خلال», «منذ»...
    precision = 3 if part is None else 2
    if y is not None:
        year = int(y)
        if year < 1000:
            return "", None
        return "month", _iso(cal.month_day(year, month, part, pub), precision)
    if pub is None:
        return "month", None
    year, month = cal.resolve_month(pub, month, q)
    return "month", _iso(cal.month_day(year, month, part, pub), precision)


def _hijri_month(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    name = _key(_g(m, "m"))
    month = v.hijri_months[name]
    part = v.period_parts.get(_key(_g(m, "part"))) if _g(m, "part") else None
    q = _qual(v, _g(m, "q"))
    if _g(m, "sh") is None and q is None and part is None:
        return "", None                      # «رمضان» alone is also a personal name
    if pub is None:
        return "hijri", None
    hy = cal.resolve_hijri_month(pub, month, q)
    return "hijri", _hijri_month_value(hy, month, part, pub)


def _feast(v: DateVocabulary, m: _Match, pub: Optional[date]) -> tuple[str, Optional[DateValue]]:
    month, day = v.feasts[_key(_g(m, "f"))]
    nth = _g(m, "nth")
    if nth is not None:
        day += v.feast_days[_key(nth)] - 1
    if pub is None:
        return "feast", None
    q = _qual(v, _g(m, "q"))
    year, year_q = _g(m, "y"), _g(m, "yq")
    if year is not None or year_q is not None:
        # the feast of a Gregorian year: given, or the year before, of or after publication
        target = int(year) if year is not None else pub.year + _YEAR_STEP[v.qualifiers[_key(year_q)]]
        d = _feast_in_year(target, month, day)
    else:
        hy = cal.resolve_hijri_month(pub, month, q)
        d = cal.hijri_to_gregorian(hy, month, day)
        if d is not None and q is None and (d - pub).days > cal.FUTURE_GRACE_DAYS:
            d = cal.hijri_to_gregorian(hy - 1, month, day)
    return "feast", _iso(d, 1 if nth is not None or month == 12 and day == 9 else 2)


# «من العام الماضي» and kin: years from the publication's
_YEAR_STEP = {"past": -1, "before_past": -2, "current": 0, "future": 1}


def _feast_in_year(year: int, month: int, day: int) -> Optional[date]:
    """The Gregorian day of Hijri ``month``/``day`` in Gregorian ``year`` (the first, in the
    rare years that hold the feast twice); None when the calendar cannot tell. A Gregorian
    year spans the end of one Hijri year and the start of the next (or of the two after)."""
    first = cal.gregorian_to_hijri(date(year, 1, 1))[0]
    for hy in range(first, first + 3):
        d = cal.hijri_to_gregorian(hy, month, day)
        if d is not None and d.year == year:
            return d
    return None


_RESOLVERS: dict[str, Callable[[DateVocabulary, _Match, Optional[date]], tuple[str, Optional[DateValue]]]] = {
    "E": _explicit, "H": _hijri_day, "HY": _hijri_year_month, "N": _numeric, "DR": _day_of_month,
    "W": _weekday, "R": _relative, "NI": _night, "A": _ago, "RC": _recent, "P": _period,
    "M": _month, "HM": _hijri_month, "F": _feast,
}


def _as_date(published: Any) -> Optional[date]:
    """Accept a date, a datetime or an ISO string (the contract's ``published``)."""
    if published is None or published == "":
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def find_dates(text: str, published: Optional[date]) -> list[Mention]:
    """Every date expression in ``text`` as ``Mention(kind="date", value=DateValue(...))``.

    ``key`` says what kind of expression it was ("weekday", "relative", "explicit", "numeric",
    "hijri", "ago", "recent", "week", "month"). With ``published`` None, relative expressions are
    still found but their ``value`` is None. Offsets are into ``text`` itself.
    """
    if not text:
        return []
    pub = _as_date(published)
    pattern, scanner, names = _compiled()
    v = vocabulary()
    ntext = _match_text(text)
    omap = _OffsetMap(text, ntext)
    ntext = omap.text(text, ntext)
    out: list[Mention] = []
    last_end = 0
    for cand in scanner.finditer(ntext):
        if cand.start() < last_end:
            continue
        mt = pattern.match(ntext, cand.start())
        if mt is None:
            continue
        groups = mt.groupdict()
        rule = next(n for n in names if groups[n] is not None)
        s, e = mt.span("core")
        match = _Match(rule, groups, ntext[max(0, s - 40):s], ntext[e:e + 12])
        key, value = _RESOLVERS[rule](v, match, pub)
        if not key:
            continue
        last_end = e
        os_, oe = omap.to_original(text, s, e)
        out.append(Mention(kind="date", start=os_, end=oe, text=text[os_:oe], key=key, value=value))
    return out


def mention_to_dict(m: Mention) -> dict[str, Any]:
    """JSON form of a date mention (for the command line and debugging)."""
    return {"start": m.start, "end": m.end, "text": m.text, "key": m.key,
            "date": m.value.date if m.value else None,
            "time_precision": m.value.precision if m.value else None}


def main(argv: Optional[list[str]] = None) -> int:
    """``python -m rasd.recognize.dates [TEXT] --published YYYY-MM-DD`` (or JSON Lines on stdin).

    With TEXT, prints one JSON object per date mention. Without it, reads articles as JSON Lines
    (``id``, ``text``, ``published``) from stdin and prints ``{"id", "dates": [...]}`` per line.
    """
    import argparse
    import json
    import sys

    ap = argparse.ArgumentParser(prog="python -m rasd.recognize.dates",
                                 description="Arabic date expressions resolved against a publication date")
    ap.add_argument("text", nargs="?", help="the text (default: JSON Lines articles on stdin)")
    ap.add_argument("--published", help="publication date, YYYY-MM-DD")
    args = ap.parse_args(argv)
    if args.text is not None:
        for m in find_dates(args.text, _as_date(args.published)):
            print(json.dumps(mention_to_dict(m), ensure_ascii=False))
        return 0
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            out = {"id": rec.get("id"),
                   "dates": [mention_to_dict(m) for m in find_dates(str(rec.get("text") or ""),
                                                                   _as_date(rec.get("published") or args.published))]}
        except (ValueError, AttributeError) as exc:
            out = {"id": None, "line": n, "error": f"bad record: {exc}"}
        print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
