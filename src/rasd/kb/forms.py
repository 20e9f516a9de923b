"""Generated surface forms: nisba adjectives and plurals that Arabic writes on the word.

Why generate: the matcher strips proclitics and the article but not suffixes, so «الحوثي»,
«الحوثيين», «الحوثيون» and «الحوثية» are four keys. Writing all of them by hand for every actor
and every country drifts; these small rules produce them from the stem the data gives.
"""
from __future__ import annotations

from rasd.text.normalize import norm_key
from rasd.text.tokenize import lookup_key

_MIN_NISBA = 4  # «عربي» yes; «علي» no: a three-letter stem ending in ي is too often a name or particle


def nisba_forms(stem: str) -> tuple[str, ...]:
    """All forms of a nisba adjective stem: «يمني» → يمني, يمنية, يمنيين, يمنيون, يمنيان, يمنيتين."""
    s = stem.strip()
    if not s:
        return ()
    return (s, s + "ة", s + "ين", s + "ون", s + "ان", s + "تين", s + "تان")


def is_nisba(word: str) -> bool:
    k = lookup_key(norm_key(word))
    return len(k) >= _MIN_NISBA and k.endswith("ي")


def alias_variants(alias: str, feminine_single: bool = False) -> list[str]:
    """``alias`` plus plural forms when its last word is a nisba («الحوثي» → «الحوثيين», «الحوثيون»).

    Multi-word aliases also get the feminine («الجيش اليمني» → «... اليمنية») because the
    adjective agrees with whichever noun the outlet used; a one-word alias does not, since the
    feminine of a name-like nisba is often another word («تركي» → «تركية» = Turkey), unless
    ``feminine_single`` (a named actor's own nisba: «الحوثي» → «الحوثية» in «القوات الحوثية»)."""
    words = alias.split()
    out = [alias]
    if not words or not is_nisba(words[-1]):
        return out
    last = words[-1]
    suffixes = ["ين", "ون"] + (["ة"] if len(words) > 1 or feminine_single else [])
    for suf in suffixes:
        out.append(" ".join(words[:-1] + [last + suf]))
    return out


def _with_article(form: str) -> tuple[str, ...]:
    """The form with and without the article. Both are needed when the stem itself begins
    with «أل» («ألماني»): the article-stripping lookup reads «ألمانية» as ال+مانية, so only the
    written «الألمانية» meets «الألمانية» in the text."""
    return (form, "ال" + form)


def expand_national(pattern: str, nisba_stems: tuple[str, ...]) -> list[str]:
    """«الجيش {adj}» with stems («عراقي») → «الجيش العراقي», «الجيش العراقية», ..."""
    out: list[str] = []
    for stem in nisba_stems:
        for form in nisba_forms(stem):
            for f in _with_article(form):
                out.append(pattern.replace("{adj}", f))
    return out


def people_forms(nisba_stems: tuple[str, ...]) -> list[str]:
    """Plural nisba alone names a people: «الإيطاليين», «اليمنيون»."""
    out: list[str] = []
    for stem in nisba_stems:
        for suf in ("ين", "ون"):
            out += list(_with_article(stem + suf))
    return out
