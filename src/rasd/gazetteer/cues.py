"""The words around a place name that say whether it is a place and how precise it is.

Loaded once from data files in ``rasd/data/places/``: ``triggers.yaml`` (trigger words before a
name and directional adjectives after it), ``ambiguous.tsv`` (populous places that are also
common words), ``common_words.tsv`` (one-word names that behave as ordinary words; those that are also towns of
the conflict countries are read at ambiguous.tsv's "context" level) and
``countries.tsv`` (demonyms that set the document's country context). All words are turned into
the same lookup keys the text tokens offer, so clitics («بريف», «وبلدة») need no special case.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional, Sequence

import yaml

from rasd.model import Token
from rasd.recognize.matcher import phrase_keys


# the Arab League's members: the countries whose place names are Arabic words (they take the
# article, and a populous one's name is a real name there)
ARAB_LEAGUE = frozenset({"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS",
                         "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A trigger phrase: the kind of place it announces and the geo_precision it implies."""

    words: str
    feature: str
    precision: int


@dataclass(frozen=True, slots=True)
class CueMatch:
    cue: Cue
    token_start: int
    token_end: int
    form: str = ""          # the lookup form its first word matched (to locate stripped clitics)


@dataclass(frozen=True, slots=True)
class PlaceCues:
    before: dict[tuple[str, ...], Cue]
    max_before: int
    after: frozenset[tuple[str, ...]]
    weak: frozenset[str]
    generic: frozenset[str]             # keys that are trigger words, never place names alone
    ambiguous: dict[str, str]           # key → "trigger" | "context" | "article" | "bare"
    common: dict[str, int]              # key → corpus count
    demonyms: dict[str, str]            # key → ISO2
    countries: tuple[str, ...] = ()     # ISO2 codes of places/countries.tsv
    plural: frozenset[tuple[str, ...]] = frozenset()   # dual/plural triggers that govern lists
    soft: frozenset[str] = frozenset()  # triggers that also precede ordinary adjectives («مناطق عديدة»)
    titles: frozenset[str] = frozenset()  # keys of words after which a name is no place (a person's, a sea's)
    capitals: dict[str, str] = field(default_factory=dict)   # ISO2 → lookup key of its capital
    # derived: the last word of every trigger and the first of every adjective, so that the
    # scans around each name give up after one set test when no cue can be there
    ends: frozenset[str] = field(init=False, default=frozenset())
    after_firsts: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "ends", frozenset(k[-1] for k in self.before))
        object.__setattr__(self, "after_firsts", frozenset(k[0] for k in self.after))

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "PlaceCues":
        base = resources.files("rasd.data").joinpath("places")
        raw = yaml.safe_load(base.joinpath("triggers.yaml").read_text("utf-8"))
        before: dict[tuple[str, ...], Cue] = {}
        for group in raw.get("before") or []:
            for w in group["words"]:
                k = phrase_keys(w)
                if k:
                    before[k] = Cue(w, group.get("feature", "locality"), int(group.get("precision", 1)))
        after = frozenset(k for w in raw.get("after") or [] if (k := phrase_keys(w)))
        weak = frozenset(" ".join(phrase_keys(w)) for w in raw.get("weak_before") or [])
        generic = frozenset({" ".join(k) for k in before} | {" ".join(k) for k in after}
                            | {" ".join(phrase_keys(w)) for w in raw.get("admin_prefixes") or []})
        ambiguous = {" ".join(phrase_keys(r["name"])): r["level"] for r in _tsv(base.joinpath("ambiguous.tsv"))}
        common: dict[str, int] = {}
        for line in base.joinpath("common_words.tsv").read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                p = line.split("\t")
                if len(p) > 3 and p[3] == "context":
                    # also a town of the conflict countries: read as ambiguous.tsv's "context"
                    # level unless that file says otherwise
                    ambiguous.setdefault(p[0], "context")
                else:
                    common[p[0]] = int(p[1]) if len(p) > 1 and p[1].isdigit() else 1
        demonyms: dict[str, str] = {}
        country_rows = _tsv(base.joinpath("countries.tsv"))
        for r in country_rows:
            for w in (r.get("adjectives_ar") or "").split(";"):
                if w.strip():
                    demonyms[" ".join(phrase_keys(w.strip()))] = r["country"]
        plural = frozenset(k for w in raw.get("plural") or [] if (k := phrase_keys(w)))
        soft = frozenset(raw.get("soft") or [])
        titles = frozenset(" ".join(phrase_keys(w)) for w in (raw.get("titles") or []) + (raw.get("water") or []))
        capitals = {r["country"]: " ".join(phrase_keys(r["capital_ar"])) for r in country_rows
                    if (r.get("capital_ar") or "").strip()}
        return cls(before, max(len(k) for k in before), after, weak, generic, ambiguous, common,
                   demonyms, tuple(r["country"] for r in country_rows), plural, soft, titles, capitals)

    def cue_before(self, tokens: Sequence[Token], i: int, floor: int = 0) -> Optional[CueMatch]:
        """The longest trigger phrase ending right before token ``i`` (not before ``floor``);
        quotation marks between trigger and name are skipped («مديرية «ميدي»»)."""
        while i - 1 > floor and not tokens[i - 1].is_word and tokens[i - 1].text in _QUOTES:
            i -= 1
        if i - 1 < floor or not tokens[i - 1].is_word:
            return None
        # a trigger phrase ends in one of few words: most names have none right before them
        last = tokens[i - 1]
        ends = self.ends
        if ends.isdisjoint(last.forms) and (last.norm[:1] not in _CLITIC_LETTERS
                                            or ends.isdisjoint(_short_clitic_forms(last.norm))):
            return None
        for n in range(min(self.max_before, i - floor), 0, -1):
            if all(tokens[j].is_word for j in range(i - n, i)):
                hit = self._match(tokens, i - n, i)
                if hit is not None:
                    return CueMatch(hit[0], i - n, i, hit[1])
        return None

    def cue_inside(self, key: str) -> Optional[tuple[Cue, int]]:
        """The trigger a gazetteer name starts with («محافظه حلب»), and its length in words."""
        words = tuple(key.split(" "))
        for n in (2, 1):
            if len(words) > n and words[:n] in self.before:
                return self.before[words[:n]], n
        return None

    def _match(self, tokens: Sequence[Token], a: int, b: int) -> Optional[tuple[Cue, str]]:
        paths: list[tuple[str, ...]] = [()]
        for j in range(a, b):
            forms = tokens[j].forms if j == a else tokens[j].forms[:2]
            if j == a:
                forms = tuple(forms) + _short_clitic_forms(tokens[j].norm)
            paths = [p + (f,) for p in paths for f in forms]
        for p in paths:
            c = self.before.get(p)
            if c is not None:
                # «الجنوب» (the south) is a noun, not «جنوب» (south of): the article must match
                if tokens[a].norm.startswith("ال") and not _has_article(c.words) \
                        and p[0] == tokens[a].forms[0]:
                    continue
                return c, p[0]
        return None

    def after_len(self, tokens: Sequence[Token], j: int) -> int:
        """How many tokens from ``j`` form a directional adjective («الشمالي الشرقي»)."""
        best = 0
        if j >= len(tokens) or not tokens[j].is_word or tokens[j].forms[0] not in self.after_firsts:
            return 0
        for n in (1, 2):
            if j + n <= len(tokens) and all(tokens[k].is_word for k in range(j, j + n)):
                key = tuple(tokens[k].forms[0] for k in range(j, j + n))
                if key in self.after:
                    best = n
        return best


_CLITIC_LETTERS = frozenset("وفبل")   # the only letters _short_clitic_forms strips
_QUOTES = frozenset('«»"“”„\'‘’')


@lru_cache(maxsize=65536)
def _short_clitic_forms(norm: str) -> tuple[str, ...]:
    """«بحي», «وبلدة»: the tokeniser keeps proclitics on short words (a two-letter stem could be
    a word of its own); trigger words are a closed list, so here they may be split off."""
    out = []
    for n in (1, 2):
        head, rest = norm[:n], norm[n:]
        if len(rest) >= 2 and all(ch in "وفبل" for ch in head):
            out.append(rest)
    return tuple(out)


def _has_article(words: str) -> bool:
    return words.startswith("ال") or words.startswith("ٱل")


def _tsv(path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
