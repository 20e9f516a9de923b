"""Toponym recognition and geocoding against the shipped gazetteer.

Mordecai-style, in three steps, each with the whole document as context:

1. **Candidates.** Every gazetteer name in the tokens (clitics understood: «بحلب», «وفي حلب»),
   longest name first, with the trigger words before it («ريف», «حي», «محافظة», «شمال» ...) and
   directional adjectives after it («ريف حلب الشمالي»).
2. **Is it a place at all?** An evidence score: trigger word, NER LOC tag, coordination with an
   accepted place, locative preposition, the best candidate's population or rank, nearby places;
   minus penalties for names that are ordinary words (``common_words.tsv``, ``ambiguous.tsv``).
   Below the threshold the explicit "none" candidate wins and nothing is returned.
3. **Which place?** Candidates ranked by the document's countries (country names, demonyms,
   unambiguous places), distance to the other places of the article, the feature type the trigger
   announces, population and the admin1 of co-mentioned places. A same-named place abroad only
   wins with evidence (its country is in the article, or it is far bigger).

The document is read twice: strong mentions first (they fix the countries and the anchors), then
every mention ranked against those anchors.
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Collection, Iterator
from itertools import compress, islice
from operator import attrgetter, not_
from typing import Optional, Sequence

from rasd.gazetteer.cues import ARAB_LEAGUE, CueMatch, PlaceCues
from rasd.gazetteer.lookup import Gazetteer, NameMatch
from rasd.geo import haversine_from, haversine_km, with_cos
from rasd.gazetteer.records import GazEntry
from rasd.model import Doc, Mention, Place, Token
from rasd.text.normalize import norm_key
from rasd.text.starts import positions
from rasd.text.tokenize import lookup_key

# words that say the name is a city («مدينة», «بمدينة»): its readings as hamlets lose
_CITY_WORDS = {"مدينه"}

# Countries rasd's news is about: a same-named place elsewhere needs evidence.
FOCUS = frozenset({"SY", "IQ", "YE", "LY", "LB", "PS", "SA", "IL", "EG"})
# Their neighbours: named often enough that a place there needs only a little evidence.
NEAR = frozenset({"JO", "TR", "IR", "KW", "BH", "QA", "AE", "OM", "SD", "SO", "AF", "PK", "DZ", "TN", "MA"})
_PRECISE = frozenset({"locality", "neighbourhood", "poi"})
# how well a reading's feature fits the kind of place the trigger word announces (else -1.0),
# and the prior of each feature for a name without a trigger (else -0.3)
_FEATURE_FIT = {
    "region": {"region": 4.0, "county": 1.5, "locality": 0.0},
    "neighbourhood": {"neighbourhood": 2.0, "locality": 0.5},
    "locality": {"locality": 1.0, "poi": 0.8, "neighbourhood": 0.5, "county": -0.3},
    "district": {"county": 1.5, "locality": 1.0, "neighbourhood": 0.3},
}
_BARE_FEATURE_FIT = {"locality": 0.6, "country": 1.0, "region": 1.0, "county": -0.5, "poi": 0.3}
# how far a place may lie from the container named right after it («X بمحافظة Y»), by the
# container's feature (a province's point is its capital), and the bonus of readings inside
_CONTAINER_KM = {"locality": 40.0, "county": 80.0, "region": 200.0}
_RANK = {"neighbourhood": 0, "poi": 0, "locality": 1, "county": 2, "region": 3, "country": 4}
_INSIDE_BONUS = 2.0
# words between a place and «المحافظة» that keep it governed by the province (_before_the_province)
_DIRECTION_WORDS = frozenset({"في", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})
# «منطقة» also names a Saudi province («منطقة جازان»): no town that contains a place
_AREA_WORDS = frozenset({"منطقة", "مناطق"})
# a small place (population unknown or below this) whose every reading lies farther than
# _STRAY_KM from all the towns anchored around it is an unknown local place (_relocate_strays)
_STRAY_POPULATION = 1_000
_STRAY_KM = 100.0
_STRAY_TOKENS = 30     # ... named within about a sentence of it
_ONE_PLACE_KM = 5.0     # two readings of a repeated name closer than this are one place anyway
# countries whose villages the gazetteer lists (Who's On First): elsewhere a far reading is no sign
# of a missing village
_VILLAGE_COVERAGE = frozenset({"SY", "IQ", "YE", "LB", "LY", "PS"})
_LOCAL_TOKENS = 60     # co-mentions closer than this (about two sentences) are local context
ACCEPT = 2.5           # evidence threshold of the "none of these" candidate
# evidence from the best reading's population: a big city is a place even without a cue
_POPULATION_EVIDENCE = ((1_000_000, 3.5), (100_000, 3.0), (20_000, 2.5), (5_000, 1.5), (1_000, 1.0))


@dataclass(slots=True)
class _Cand:
    """One name occurrence while the document is being read."""

    match: NameMatch
    start_tok: int                     # first token of the phrase (trigger words included)
    end_tok: int                       # after the last token (directional adjective included)
    start: int
    end: int
    cues: list[CueMatch] = field(default_factory=list)
    weak: bool = False                 # a locative word or clitic before the phrase
    weak_word: bool = False            # ... a separate word («في», «من»), not just «ب»
    ner: bool = False
    coordinated: bool = False
    listed: bool = False               # governed by a dual/plural trigger («بلدتي X وY»)
    genitive: bool = False
    prefix: str = ""                   # clitics stripped from the first word («و», «ب», «وب» ...)
    article: bool = False              # the name's first word carries the article in the text
    core: str = ""                     # the key without a leading trigger («بين البلدين» → «بلدين»)
    titled: bool = False               # right after a title («الملك عبد العزيز»): a person
    inner: bool = False                # the name starts with a trigger word («جنوب السودان»)
    evidence: float = 0.0
    ranked: list[tuple[float, GazEntry]] = field(default_factory=list)
    accepted: bool = False
    index: int = 0                     # position among the document's candidates
    hopeless: bool = False             # an ordinary word with no cue: never ranked
    entries: list[GazEntry] = field(default_factory=list)    # deduplicated readings
    points: list[tuple[float, float]] = field(default_factory=list)
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)   # min/max lat, min/max lon of points
    facts: Optional["_Readings"] = None     # what the ranking asks of all readings at once
    stray: bool = False                # read far from every town around it: placed near the nearest one

    @property
    def cue_feature(self) -> Optional[str]:
        if not self.cues:
            return None
        return self.cues[-1].cue.feature      # the word right before the name decides the kind

    @property
    def cue_precision(self) -> int:
        return max((c.cue.precision for c in self.cues), default=1)


_new_object = object.__new__


def _right_after(cands: list[_Cand], i: int) -> bool:
    """Candidate ``i`` is «و» + a name right after candidate ``i - 1``, itself not hopeless (a
    list of places: «في صعدة وعمران وحجة»)."""
    if i == 0:
        return False
    c, prev = cands[i], cands[i - 1]
    return "و" in c.prefix and not prev.hopeless and prev.end_tok == c.match.token_start


def _new_cand(match: NameMatch, start_tok: int, end_tok: int, start: int, end: int, cues: list[CueMatch],
              prefix: str, article: bool, core: str, inner: bool, titled: bool, weak_word: bool,
              weak: bool, genitive: bool) -> _Cand:
    """``_Cand(match=..., ..., genitive=genitive)``: every field set once, the others to their
    defaults (fresh lists), without the dataclass constructor.

    Why: ``_extend`` builds a candidate for about a quarter of an article's tokens (most of them
    ordinary words, dropped unranked), and the constructor's keyword binding and default
    factories, then the fields ``_extend`` set afterwards, were a tenth of its time. Equal to the
    dataclass-built candidate; a new field of ``_Cand`` must be set here too
    (``tests/resolve/test_places_fast_paths.py`` checks both)."""
    c = _new_object(_Cand)
    c.match = match
    c.start_tok = start_tok
    c.end_tok = end_tok
    c.start = start
    c.end = end
    c.cues = cues
    c.weak = weak
    c.weak_word = weak_word
    c.ner = False
    c.coordinated = False
    c.listed = False
    c.genitive = genitive
    c.prefix = prefix
    c.article = article
    c.core = core
    c.titled = titled
    c.inner = inner
    c.evidence = 0.0
    c.ranked = []
    c.accepted = False
    c.index = 0
    c.hopeless = False
    c.entries = []
    c.points = []
    c.box = (0.0, 0.0, 0.0, 0.0)
    c.facts = None
    c.stray = False
    return c


@dataclass(frozen=True, slots=True)
class _Readings:
    """Facts about a name's readings that every reading's score consults: computed once per
    name (they depend on the gazetteer only), not once per reading."""

    biggest: int                        # largest population of all same-named records
    has_country: bool                   # one reading is a country
    region_countries: frozenset[str]    # countries where one reading is a region
    named_country: Optional[str]        # the country of the first same-named record that is one


@dataclass(slots=True)
class _Context:
    countries: dict[str, float] = field(default_factory=dict)
    named: set[str] = field(default_factory=set)          # countries named, not just implied
    anchors: list[tuple[int, GazEntry]] = field(default_factory=list)   # (cand index, entry)
    admin1: set[tuple[str, str]] = field(default_factory=set)
    others: list[_Cand] = field(default_factory=list)   # plausible co-mentions (coherence)
    positions: list[int] = field(default_factory=list)  # first token of every candidate
    others_at: list[int] = field(default_factory=list)  # start_tok of each of ``others``
    others_sorted: bool = False                         # ... in text order (so bisection works)
    # (cand index, id(place)) → coherence bonus: it depends on neither anchors nor countries,
    # so the two passes and the judge share one computation
    coherence: dict[tuple[int, int], float] = field(default_factory=dict)
    # the anchors by place (``_group_anchors``): each distinct anchor place, first seen first,
    # with the (cand index, first token) of its anchors; made for ``grouped`` anchors
    anchor_groups: list[tuple[GazEntry, tuple[tuple[int, int], ...]]] = field(default_factory=list)
    grouped: int = 0
    anchor_points: list[tuple[float, float, float]] = field(default_factory=list)   # with_cos(groups)
    # id(place) → (place, ``grouped`` then, its distances to the anchor places in group order)
    anchor_km: dict[int, tuple[GazEntry, int, list[float]]] = field(default_factory=dict)
    # excluded cand index → per anchor place: 0 none of its anchors counts, 1 one is near in
    # the text, 2 all are far (``_anchor_reach``)
    reach: dict[Optional[int], list[int]] = field(default_factory=dict)
    # cand index → the country a country adjective right after the name names («منفذ الطوال
    # السعودي»): readings in that country are the ones meant
    adjective: dict[int, str] = field(default_factory=dict)


class Geocoder:
    """Loads the gazetteer once per process (``Geocoder.load()``), then geocodes documents."""

    _instance: Optional["Geocoder"] = None

    def __init__(self, gazetteer: Optional[Gazetteer] = None, cues: Optional[PlaceCues] = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self.cues = cues or PlaceCues.load()
        # per name (they depend on the gazetteer only): deduplicated readings and their facts
        # (tuples, not lists: these caches live for the process and tuples of atoms are not
        # traversed by the cyclic garbage collector)
        self._dedupe_cache: dict[tuple[int, ...], tuple[tuple[GazEntry, ...], tuple[tuple[float, float], ...],
                                                         tuple[float, float, float, float], _Readings]] = {}
        # per gazetteer key: (entries, words, inner trigger, entries merged with the bare name's, core)
        # name → ``_name_facts`` (with its entries object: skips hashing long tuples)
        self._readings_by_name: dict[str, tuple] = {}
        self._key_cache: dict[str, tuple[tuple[int, ...], tuple[str, ...], Optional[tuple], tuple[int, ...], str]] = {}
        self._needs_article_by_key: dict[str, bool] = {}   # name key -> written only with «ال» (bounded by the gazetteer)
        # per place (keyed by the entry object's identity, which the entry itself keeps alive)
        self._capital_cache: dict[int, tuple[GazEntry, bool]] = {}
        self._article_cache: dict[int, tuple[GazEntry, bool]] = {}
        self._capitals: dict[str, list[tuple[float, float]]] = {}
        for e in (self.gaz.get(f"ctry:{cc}") for cc in self.cues.countries):
            if e is not None:
                self._capitals.setdefault(e.country, []).append((e.lat, e.lon))

    @classmethod
    def load(cls) -> "Geocoder":
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    # ------------------------------------------------------------------ public interface

    def find_places(self, doc: Doc, ner: Sequence[Mention] = ()) -> list[Mention]:
        """Places named in ``doc`` as ``Mention(kind="place", value=Place)``, disambiguated with
        the whole document as context. ``geo_precision`` reflects the local context («ريف»,
        «أطراف», «محافظة» ...). The mention span covers the words that name the place including
        such trigger words. ``ner`` gives LOC entities from the NER model as extra evidence."""
        cands = self.analyse(doc, ner)
        found = [m for c in cands if c.accepted and (m := self._mention(doc, c)) is not None]
        return self._unnamed_capitals(doc, found)

    def _unnamed_capitals(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """«في العاصمة الصومالية» (in the Somali capital): the capital of the country the
        adjective names, unless the capital's own name follows («العاصمة العراقية بغداد»)."""
        tokens = doc.tokens
        demonyms, capitals = self.cues.demonyms, self.cues.capitals
        taken = {i for m in found for i in range(m.token_start, m.token_end)}
        extra: list[Mention] = []
        for i in _positions_with(tokens, _CAPITAL_WORD, stop=len(tokens) - 1):
            if i in taken or i + 1 in taken:
                continue
            cc = next((demonyms[f] for f in tokens[i + 1].forms[:2] if f in demonyms), None)
            key = capitals.get(cc or "")
            if not key or i + 2 in taken:
                continue
            entries = [self.gaz.entries[j] for j in self.gaz.by_key.get(key, ())]
            best = max((e for e in entries if e.country == cc and e.feature == "locality"),
                       key=lambda e: e.population, default=None)
            if best is None:
                continue
            start = _phrase_start(tokens[i], "عاصمه")
            end = tokens[i + 1].end
            text = doc.text[start:end]
            place = Place(name=best.name, name_ar=text, country=best.country, lat=best.lat, lon=best.lon,
                          geo_precision=1, admin1=best.admin1, geonames_id=best.geonames_id,
                          place_id=best.id, feature=best.feature, approximate=best.approximate)
            extra.append(Mention(kind="place", start=start, end=end, text=text, key=best.id, value=place,
                                 token_start=i, token_end=i + 2, score=0.9))
        if not extra:
            return found
        return sorted(found + extra, key=lambda m: m.start)

    def analyse(self, doc: Doc, ner: Sequence[Mention] = (), *, second_pass_always: bool = False) -> list[_Cand]:
        """Every name candidate of ``doc`` with its evidence, ranked readings and decision
        (``find_places`` keeps the accepted ones; exposed for debugging and evaluation).
        ``second_pass_always``: rank and judge a second time even when the first pass fixed no
        anchor (the former computation, which the tests compare the shortcut with)."""
        tokens = list(doc.tokens)
        cands = self._candidates(tokens, ner)
        if not cands:
            return []
        by_name = self._readings_by_name
        for i, c in enumerate(cands):
            c.index = i
            entries = c.match.entries
            named = by_name.get(c.match.key)
            if named is None or named[0] is not entries or named[1] != c.inner or named[2] != c.core:
                # the same entries object, trigger and core as last time: no tuple hashing, and
                # the word lists are asked once per name (``_name_facts``)
                named = by_name[c.match.key] = self._name_facts(c)
            _, _, _, (kept, points, c.box, c.facts), core, frequent, demonym, always, bare, listable = named
            c.entries = list(kept)
            c.points = list(points)
            c.core = core
            # very frequent words («على», «عند») never carry the article: «قاعدة العند» is a place;
            # a country adjective («العراقي», «السورية») is never a place name without a trigger word;
            # a name of ambiguous.tsv's "trigger" level may also follow a place with «و» («في صعدة
            # وعمران وحجة»; accepted in ``_judge`` only when that place is)
            c.hopeless = c.titled or (frequent and not c.article) or (demonym and not c.cues) or always or (
                bare and not (c.cues or c.ner or c.coordinated or (listable and _right_after(cands, i))))
        ctx = self._document_context(tokens, cands)
        ctx.positions = [c.start_tok for c in cands]
        demonyms = self.cues.demonyms
        for c in cands:
            if not c.hopeless and c.end_tok < len(tokens) and tokens[c.end_tok].is_word:
                cc = next((demonyms[f] for f in tokens[c.end_tok].forms[:2] if f in demonyms), None)
                if cc is not None and any(e.country == cc for e in c.entries):
                    ctx.adjective[c.index] = cc
        ctx.others = [c for c in cands if not c.hopeless and len(c.entries) <= 40 and (
            c.cues or " " in c.match.key or c.match.key not in self.cues.ambiguous)]
        ctx.others_at = [c.start_tok for c in ctx.others]
        ctx.others_sorted = all(a <= b for a, b in zip(ctx.others_at, ctx.others_at[1:]))
        # pass 1: strong mentions fix anchors; pass 2: everything against the anchors.
        # A hopeless candidate is never ranked nor accepted (``_rank``, ``_judge``): decided
        # once here, not twice per pass (87% of candidates are ordinary words)
        hopeful = []
        for c in cands:
            if c.hopeless:
                c.ranked = []
                c.accepted = False
            else:
                hopeful.append(c)
        for c in hopeful:
            self._rank(c, ctx, exclude=None)
            self._judge(c, ctx, cands)
        for c in hopeful:      # only these can be accepted; in the order of ``cands``
            if c.accepted and c.ranked and c.evidence >= ACCEPT + 0.5 and c.ranked[0][1].feature != "country":
                top = c.ranked[0]
                rivals = [sc for sc, e in c.ranked[1:]
                          if haversine_km(e.lat, e.lon, top[1].lat, top[1].lon) > 25]
                if not rivals or top[0] - rivals[0] >= 1.0:
                    ctx.anchors.append((c.index, top[1]))
                    if top[1].admin1:
                        ctx.admin1.add((top[1].country, top[1].admin1))
                    ctx.countries[top[1].country] = ctx.countries.get(top[1].country, 0) + 1
        # Without anchors the second pass would read exactly what the first read: the countries
        # and provinces grow only with anchors, ``_nearest_anchor`` is None whatever the excluded
        # candidate, coherence is memoised, and each ``_judge`` reads the decision of the
        # candidate before it, made in the same pass from the same inputs. Its scores, order
        # and decisions would be the first pass's (21% of SaudiNewsNet calls have no anchor;
        # ``tests/resolve/test_places_fast_paths.py`` checks against always running it).
        if ctx.anchors or second_pass_always:
            for c in hopeful:
                self._rank(c, ctx, exclude=c.index)
                self._judge(c, ctx, cands)
        self._propagate_lists(cands)
        self._prefer_container(tokens, cands)
        self._prefer_named_province(tokens, cands)
        self._one_reading_per_name(cands)
        self._relocate_strays(cands, ctx)
        return cands

    @staticmethod
    def _one_reading_per_name(cands: list[_Cand]) -> None:
        """A name an article repeats names one place: «قرب مصنع اسمنت البرح في منطقة البرح
        بمحافظة تعز» is one Al Barh, the one in Taizz that the second mention's container picks,
        not a namesake 40 km away for the bare first mention. The mention with the most evidence
        decides; the others take its reading when it is one of theirs (a name whose mentions the
        text puts in different kinds of place, «محافظة تعز» and «مدينة تعز», keeps both: only
        towns, neighbourhoods and sites are unified).

        Why: the ranking reads each mention in its own context, so the same word can land on
        two namesakes kilometres apart, and the events told there become two events."""
        groups: dict[str, list[_Cand]] = {}
        for c in cands:
            if c.accepted and c.ranked and c.ranked[0][1].feature in _PRECISE and not c.stray:
                groups.setdefault(c.core, []).append(c)
        for group in groups.values():
            if len(group) < 2:
                continue
            best = max(group, key=lambda c: c.evidence)   # the first of equals
            chosen = best.ranked[0][1]
            for c in group:
                top_score, top = c.ranked[0]
                if top.id == chosen.id:
                    continue
                if haversine_km(top.lat, top.lon, chosen.lat, chosen.lon) <= _ONE_PLACE_KM:
                    continue
                k = next((k for k, (_, e) in enumerate(c.ranked) if e.id == chosen.id), None)
                if k is not None:
                    c.ranked = [(top_score, chosen)] + c.ranked[:k] + c.ranked[k + 1:]

    def _name_facts(self, c: _Cand) -> tuple:
        """What ``analyse`` asks of a candidate's name alone, once per name per process:
        ``(entries, inner, core as found, readings, core, frequent, demonym, always, bare)``.
        ``readings``: its deduplicated readings, their points, box and facts (``_readings``);
        ``core``: the whole name when it starts with a trigger word and one of its readings of a
        kind a trigger names carries it as one exact name («قاعدة العند», «المنطقة الشرقية»);
        then whether the core is a very frequent word (counted 1,000 times or more), a country
        adjective, hopeless whatever its context (a name after «عبد», a title), or hopeless
        without a cue (a trigger word or an ordinary word). ``analyse`` combines these with the
        candidate's own article, cues, title, NER tag and coordination exactly as it did per
        candidate (``tests/resolve/test_places_fast_paths.py``)."""
        cues = self.cues
        entries = c.match.entries
        key = tuple(entries)
        known = self._dedupe_cache.get(key)
        if known is None:   # depends on the gazetteer only: computed once per name per process
            known = self._dedupe_cache[key] = self._readings(key)
        core = c.core
        if c.inner and any(c.match.key in e.keys for e in known[0]
                           if e.feature in ("poi", "neighbourhood", "county", "region", "country")):
            core = c.match.key
        level = cues.ambiguous.get(core)
        return (entries, c.inner, c.core, known, core, cues.common.get(core, 0) >= 1000,
                core in cues.demonyms, core.startswith("عبد ") or core in cues.titles,
                level == "trigger" or (level is None and core in cues.common), level == "trigger")

    def _relocate_strays(self, cands: list[_Cand], ctx: _Context) -> None:
        """A village or neighbourhood the gazetteer knows only far away from every place named
        around it, in a province no other place of the article lies in («مناطق الشيحة والدواية»
        read in Dhi Qar, 300 km from the Fallujah the paragraph is about), is a local place the
        gazetteer lacks, read as a far namesake. As ACLED does for a place it cannot find, it is
        placed at the nearest (in the text) town or province named around it that is no such
        stray itself, with geo_precision 2 (near it). A place the text calls a district
        («قضاء البعاج») is an official name and never a stray."""
        if not ctx.anchors:
            return
        strays: dict[int, list[tuple[int, GazEntry]]] = {}
        for c in cands:
            if not c.accepted or not c.ranked or c.cue_feature in ("region", "district"):
                continue
            top = c.ranked[0][1]
            if top.feature not in _PRECISE or top.population >= _STRAY_POPULATION \
                    or top.country not in _VILLAGE_COVERAGE:
                continue
            if self._foreign_hamlet(c, top, ctx):
                c.accepted = False
                continue
            local = [(k, a) for k, a in ctx.anchors
                     if k != c.index and abs(ctx.positions[k] - c.start_tok) <= _STRAY_TOKENS
                     and a.feature in ("locality", "county", "region") and a.country == top.country
                     and not self._is_capital(a)]
            if not local or (top.admin1 is not None and any(
                    k != c.index and (a.country, a.admin1) == (top.country, top.admin1) for k, a in ctx.anchors)):
                continue       # a place in a province the article names elsewhere is no stray
            if any(haversine_km(lat, lon, a.lat, a.lon) <= _STRAY_KM for _, a in local for lat, lon in c.points):
                continue
            strays[c.index] = local
        for i, local in strays.items():
            c = cands[i]
            towns = [(abs(ctx.positions[k] - c.start_tok), a) for k, a in local if k not in strays]
            if towns:
                town = min(towns, key=lambda x: x[0])[1]
                c.ranked = [(c.ranked[0][0], town)] + c.ranked
                c.stray = True

    def _foreign_hamlet(self, c: _Cand, top: GazEntry, ctx: _Context) -> bool:
        """«منطقة رأس عيسى» in a Yemeni paragraph read as «رأس», a West Bank hamlet: a small place
        of a country the article never names and no other place of which it mentions, among
        towns of another country named around it, is no place at all (the gazetteer lacks the
        local one), unless the NER model also reads it as a place."""
        if top.country in ctx.named or c.ner:
            return False
        if any(k != c.index and a.country == top.country for k, a in ctx.anchors):
            return False
        return any(k != c.index and abs(ctx.positions[k] - c.start_tok) <= _STRAY_TOKENS
                   and a.country != top.country and a.feature in ("locality", "county", "region")
                   for k, a in ctx.anchors)

    def _container_of(self, tokens: list[Token], c: _Cand, cands: list[_Cand]) -> Optional[tuple[GazEntry, float]]:
        """The bigger place the text puts ``c`` in, right after it: «منطقة البرح بمحافظة تعز»,
        «قرية الإمام في ريف حلب», «البوسودة شمال شرق الفلوجة». Returns the container's reading
        and how far (km) a place inside it may lie; None for a list («الحسكة والرقة») or when
        more than one locative word stands between the two."""
        k = c.index + 1
        if k >= len(cands):
            return None
        n = cands[k]
        if not n.accepted or not n.ranked or n.coordinated or "و" in n.prefix:
            return None
        gap = [t for t in tokens[c.end_tok:n.start_tok] if t.is_word]
        if len(gap) > 1 or any(not t.is_word for t in tokens[c.end_tok:n.start_tok]) \
                or (gap and self.cues.weak.isdisjoint(gap[0].forms[:2])):
            return None
        if not gap and not n.cues and not n.prefix:
            return None                     # two names side by side: a compound, not «X in Y»
        top = n.ranked[0][1]
        limit = _CONTAINER_KM.get(top.feature)
        if limit is None:
            return None
        mine = c.ranked[0][1].feature if c.ranked else None
        if _RANK.get(mine or "", 1) > _RANK.get(top.feature, 1):
            return None                     # «حلب في سوريا» is fine; «سوريا في حلب» is no container
        return top, limit

    def _prefer_container(self, tokens: list[Token], cands: list[_Cand]) -> None:
        """A name followed by the place it lies in («منطقة البرح بمحافظة تعز») means the
        namesake inside that place: its readings inside the container (same province, or
        within ``_CONTAINER_KM`` of a town) gain ``_INSIDE_BONUS``, which decides between
        namesakes that the document's other evidence leaves tied or close. When the text puts a
        small place in a town with a town word («وسط مدينة», «بمدينة», «في بلدة») and none of
        its readings lies in that town, it is a part of the town the gazetteer lacks: placed at
        the town, geo_precision 2."""
        for c in cands:
            if not c.accepted or not c.ranked:
                continue
            found = self._container_of(tokens, c, cands)
            if found is None:
                continue
            box, limit = found
            def inside(e: GazEntry) -> bool:
                if box.feature == "region" and e.admin1 and box.admin1:
                    return e.country == box.country and e.admin1 == box.admin1
                return e.country == box.country and haversine_km(e.lat, e.lon, box.lat, box.lon) <= limit
            c.ranked = sorted(((s + (_INSIDE_BONUS if inside(e) else 0.0), e) for s, e in c.ranked),
                              key=lambda x: (-x[0], x[1].id))
            top = c.ranked[0][1]
            n = cands[c.index + 1]
            if box.feature in ("locality", "county") and not inside(top) and top.feature in _PRECISE \
                    and top.population < _STRAY_POPULATION and n.cues \
                    and all(cm.cue.precision == 1 and cm.cue.feature == "locality"
                            and cm.cue.words not in _AREA_WORDS for cm in n.cues):
                # «فندق صرح سبأ وسط مدينة حرض»
                c.ranked = [(c.ranked[0][0], box)] + c.ranked
                c.stray = True

    def _prefer_named_province(self, tokens: list[Token], cands: list[_Cand]) -> None:
        """«وفي محافظة مأرب ... وفي منطقة صرواح غربي المحافظة»: a place followed by «المحافظة»
        (the province, definite, with no name after it; directions and «في/ب» may stand between)
        lies in the last province the text named before it. Its readings in that province gain
        ``_INSIDE_BONUS``, as after a named container («منطقة البرح بمحافظة تعز»).

        Why: Yemeni, Iraqi and Syrian reports name the province once, then place fronts and
        villages by it («جبهة المخدرة شمال غرب المحافظة»); the namesake in another province
        otherwise wins on the document's other evidence."""
        province: Optional[GazEntry] = None
        for c in cands:
            if c.accepted and c.ranked and c.ranked[0][1].feature == "region" and c.cue_feature == "region":
                province = c.ranked[0][1]
                continue
            if province is None or not province.admin1 or not c.accepted or not c.ranked \
                    or not self._before_the_province(tokens, c.end_tok):
                continue
            where = (province.country, province.admin1)
            if not any((e.country, e.admin1) == where for _, e in c.ranked):
                continue
            c.ranked = sorted(((s + (_INSIDE_BONUS if (e.country, e.admin1) == where else 0.0), e)
                               for s, e in c.ranked), key=lambda x: (-x[0], x[1].id))

    def _before_the_province(self, tokens: list[Token], j: int) -> bool:
        """Tokens from ``j``: up to two direction words or «في», then «المحافظة» (or «بالمحافظة»),
        the definite word alone: «محافظة مأرب» names a province of its own."""
        for k in range(j, min(j + 3, len(tokens))):
            t = tokens[k]
            if not t.is_word:
                return False
            if "ال" in t.prefixes and t.forms[-1] == "محافظه":
                # «المحافظة على الأمن» is keeping the peace, not the province
                nxt = tokens[k + 1] if k + 1 < len(tokens) else None
                return nxt is None or nxt.norm != "علي"
            if t.norm not in _DIRECTION_WORDS:
                return False
        return False

    def _readings(self, key: tuple[int, ...]) -> tuple[tuple[GazEntry, ...], tuple[tuple[float, float], ...],
                                                        tuple[float, float, float, float], "_Readings"]:
        """A name's deduplicated readings, their points and bounding box, and the facts the
        ranking asks of them all (see ``_Readings``)."""
        kept = tuple(self.gaz.entries[j] for j in _dedupe(self.gaz, key))
        points = tuple((e.lat, e.lon) for e in kept)
        lats = [p[0] for p in points] or [0.0]
        lons = [p[1] for p in points] or [0.0]
        facts = _Readings(
            biggest=max((self.gaz.entries[i].population for i in key), default=0),
            has_country=any(x.feature == "country" for x in kept),
            region_countries=frozenset(x.country for x in kept if x.feature == "region"),
            named_country=next((e.country for e in (self.gaz.entries[i] for i in key) if e.feature == "country"), None))
        return kept, points, (min(lats), max(lats), min(lons), max(lons)), facts

    def main_country(self, doc: Doc, places: Sequence[Mention]) -> Optional[str]:
        """ISO code of the article's main country, from its places (None if unclear).

        Precise places count fully, provinces less and bare country names least: Saudi press
        names «المملكة» in every article, but the events happen where the towns are."""
        weights = {"country": 0.4, "region": 0.8}
        counts: dict[str, float] = {}
        for m in places:
            p = m.value
            c = getattr(p, "country", None)
            if c:
                counts[c] = counts.get(c, 0.0) + weights.get(getattr(p, "feature", None) or "", 1.0)
        return max(counts, key=lambda k: counts[k]) if counts else None

    # ------------------------------------------------------------------ step 1: candidates

    def _candidates(self, tokens: list[Token], ner: Sequence[Mention]) -> list[_Cand]:
        matches = self.gaz.find(tokens)
        out: list[_Cand] = []
        busy_until = 0
        overlaps_loc = _SpanSet([(m.start, m.end) for m in ner if m.kind in ("LOC", "GPE", "FAC")])
        for m in matches:
            if m.token_start < busy_until or m.key in self.cues.generic:
                continue
            if not self._usable(tokens, m):
                continue
            c = self._extend(tokens, m, floor=busy_until)
            c.ner = overlaps_loc(m.start, m.end)
            out.append(c)
            busy_until = c.end_tok
        plural_at: dict[int, CueMatch] = {}
        plural_words = self._plural_words()
        for i in _positions_with(tokens, plural_words):
            t = tokens[i]
            if t.is_word:
                for f in t.forms:
                    if f in plural_words:
                        plural_at[i] = CueMatch(self.cues.before[(f,)], i, i + 1, f)
                        break
        plural_cues: list[CueMatch] = []
        plural_end = 0
        for k, c in enumerate(out):
            prev = out[k - 1] if k else None
            first = tokens[c.match.token_start]
            if c.cues and any(self._is_plural(tokens, cm) for cm in c.cues):
                plural_cues = [] if c.match.key in self.cues.common else list(c.cues)
                plural_end = c.end_tok
            if c.cues or not first.norm.startswith("و"):
                continue
            if not plural_cues:
                lead = [p for p in plural_at if 0 < c.match.token_start - p <= 5
                        and self._name_like(tokens, p + 1, c.match.token_start)]
                if lead:
                    plural_cues, plural_end = [plural_at[max(lead)]], max(lead) + 2
            gap = _gap(tokens, prev.end_tok, c.match.token_start) if prev is not None else 99
            if prev is not None and prev.cues and gap <= 1:
                c.coordinated = True
                c.cues = list(prev.cues)           # «بلدتي الفوعة وكفريا»: the cue governs both
                c.listed = prev.listed or any(self._is_plural(tokens, cm) for cm in prev.cues)
            elif plural_cues and (_gap(tokens, plural_end, c.match.token_start) == 0 or (
                    _gap(tokens, plural_end, c.match.token_start) == 1
                    and self._name_like(tokens, plural_end, c.match.token_start))):
                c.coordinated = c.listed = True    # «بلدتي الوهط وصبر»: after an unknown name too
                c.cues = list(plural_cues)
            if c.coordinated:
                plural_end = c.end_tok
        return out

    def _plural_words(self) -> frozenset[str]:
        """One-word dual/plural triggers («بلدتي», «مدن»): the words that can open a list."""
        cues = self.cues
        if getattr(self, "_plural_for", None) is not cues:
            self._plural_set = frozenset(k[0] for k in cues.plural if len(k) == 1 and k in cues.before)
            self._plural_for = cues
        return self._plural_set

    def _name_like(self, tokens: list[Token], a: int, b: int) -> bool:
        """Tokens ``[a, b)`` could be one unknown place name of a list: one to three words, none
        an ordinary word («مناطق عديدة وقال» is not a list of places), commas allowed."""
        words = [t for t in tokens[a:b] if t.is_word]
        if not 1 <= len(words) <= 3 or any(not t.is_word and t.text not in "،," for t in tokens[a:b]):
            return False
        return not any(f in self.cues.common or f in self.cues.generic for t in words for f in t.forms[:2])

    def _is_plural(self, tokens: list[Token], cm: CueMatch) -> bool:
        key = tuple(lookup_key(t.norm) for t in tokens[cm.token_start:cm.token_end])
        return key in self.cues.plural or (cm.form,) in self.cues.plural

    def _usable(self, tokens: list[Token], m: NameMatch) -> bool:
        """Reject matches that cut a word oddly: a one-letter reading, or a name read inside a
        word with a possessive ending («دورتها» is «its session», not the village «دورة»)."""
        first, last = tokens[m.token_start], tokens[m.token_end - 1]
        if len(m.key.replace(" ", "")) < 2 or not first.is_word:
            return False
        if "ال" not in first.prefixes and self._needs_article(m):
            return False
        word = m.key.split(" ")[-1]
        return not (last.suffix and not last.norm.endswith(word))

    def _needs_article(self, m: NameMatch) -> bool:
        """Every place of this name is written with the article («الخرج»): the bare word («خرج
        آلاف المواطنين») is the ordinary word the name was made from, since lookup keys drop the
        article. Remembered per name."""
        known = self._needs_article_by_key.get(m.key)
        if known is None:
            first_word = m.key.split(" ")[0]
            bare = False
            for e in m.entries:
                for name in self.gaz.entries[e].names_ar:
                    # the name's first word, or the word its key starts at after leading trigger
                    # words («ناحية خان بني سعد» is also indexed as «خان بني سعد»); a country
                    # adjective there is not («مديرية يمنية»: a description some records give)
                    for k, w in enumerate(name.split(" ") if name else ()):
                        # «ألكوا» (Alcoa) normalises to an article too: the bare «كوا» is not its name
                        nw = norm_key(w)
                        if nw and not nw.startswith(("ال", "ٱل")) and lookup_key(nw) == first_word and (
                                k == 0 or first_word not in self.cues.demonyms):
                            bare = True
                            break
                        if (lookup_key(nw),) not in self.cues.before:
                            break      # past the leading trigger words: no later word starts a key
                    if bare:
                        break
                if bare:
                    break
            known = self._needs_article_by_key[m.key] = not bare
        return known

    def _key_facts(self, m: NameMatch) -> tuple[tuple[int, ...], tuple[str, ...], Optional[tuple], tuple[int, ...], str]:
        """What ``_extend`` derives from a name alone, computed once per name per process:
        its words, the trigger it starts with, its readings merged with the bare name's, its core."""
        known = self._key_cache.get(m.key)
        if known is not None and known[0] == m.entries:
            return known
        words = tuple(m.key.split(" "))
        inner = self.cues.cue_inside(m.key)      # «محافظة حلب» matched as one official name
        merged, core = m.entries, m.key
        if inner is not None:
            # «مدينة زنجبار» is also «مدينة» + «زنجبار»: the bare name's places compete too
            rest = self.gaz.by_key.get(" ".join(words[inner[1]:]), [])
            merged = tuple(dict.fromkeys(m.entries + tuple(rest)))
            core = " ".join(words[inner[1]:])
        known = self._key_cache[m.key] = (m.entries, words, inner, merged, core)
        return known

    def _extend(self, tokens: list[Token], m: NameMatch, floor: int) -> _Cand:
        start_tok = m.token_start
        cues: list[CueMatch] = []
        _, words, inner, merged, core = self._key_facts(m)
        if inner is not None:
            cues.append(CueMatch(inner[0], m.token_start, m.token_start + inner[1], words[0]))
            m = NameMatch(m.token_start, m.token_end, m.start, m.end, m.key, m.splits, merged)
        while len(cues) < 3:
            cm = self.cues.cue_before(tokens, start_tok, floor)
            if cm is None:
                break
            cues.insert(0, cm)
            start_tok = cm.token_start
        end_tok = m.token_end + self.cues.after_len(tokens, m.token_end)
        first = tokens[start_tok]
        if not cues:
            # the name's first word opens the phrase (most candidates): one memo for the three
            # readings of that word (``_word_reading``)
            offset, prefix, article = _word_reading(first.text, first.norm, words[0])
            start = first.start + offset
        else:
            form = cues[0].form
            start = _phrase_start(first, form)
            prefix = _stripped_prefix(first.norm, form)
            skip = inner[1] if inner is not None else 0
            name_tok = tokens[min(m.token_start + skip, m.token_end - 1)]
            article = _word_reading(name_tok.text, name_tok.norm, words[min(skip, len(words) - 1)])[2]
        before = start_tok - 1
        titled = not cues and before >= 0 and tokens[before].is_word and \
            not self.cues.titles.isdisjoint(tokens[before].forms[:2])
        weak_word = before >= 0 and tokens[before].is_word and \
            not self.cues.weak.isdisjoint(tokens[before].forms[:2])
        nxt = tokens[end_tok] if end_tok < len(tokens) else None
        genitive = bool(nxt is not None and nxt.is_word and nxt.norm.startswith("ال")
                        and end_tok == m.token_end and " " not in m.key)
        return _new_cand(m, start_tok, end_tok, start, tokens[end_tok - 1].end, cues, prefix, article,
                         core, inner is not None, titled, weak_word, weak_word or "ب" in prefix, genitive)

    # ------------------------------------------------------------------ context

    def _document_context(self, tokens: list[Token], cands: list[_Cand]) -> _Context:
        ctx = _Context()
        demonyms = self.cues.demonyms.keys()
        for i in _positions_with(tokens, self.cues.demonyms):
            t = tokens[i]
            if t.is_word and not demonyms.isdisjoint(t.forms[:2]):
                for f in t.forms[:2]:
                    cc = self.cues.demonyms.get(f)
                    if cc:
                        ctx.countries[cc] = ctx.countries.get(cc, 0) + 0.5
                        break
        for c in cands:
            if c.facts is not None:
                cc = c.facts.named_country
            else:
                cc = next((e.country for e in (self.gaz.entries[i] for i in c.match.entries)
                           if e.feature == "country"), None)
            if cc is not None:
                ctx.countries[cc] = ctx.countries.get(cc, 0) + 1
                ctx.named.add(cc)
        return ctx

    # ------------------------------------------------------------------ step 3: ranking

    def _rank(self, c: _Cand, ctx: _Context, exclude: Optional[int]) -> None:
        if c.hopeless:
            c.ranked = []
            return
        scored = []
        for e in c.entries:
            scored.append((self._score(e, c, ctx, exclude), e))
        scored.sort(key=lambda x: (-x[0], x[1].id))
        c.ranked = scored

    def _score(self, e: GazEntry, c: _Cand, ctx: _Context, exclude: Optional[int]) -> float:
        s = 0.0
        w = ctx.countries.get(e.country, 0.0)
        if w > 0:
            s += min(2.5, 1.0 + 0.5 * w) + (1.0 if e.country in ctx.named else 0.0)
        elif e.country in FOCUS:
            s += 0.5
        elif e.country not in NEAR:
            s -= 1.5
        else:
            s -= 0.5
        s += 0.45 * math.log10(e.population + 1) if e.feature != "country" else 3.0
        if c.inner and c.match.key in e.keys and (e.feature in ("country", "region", "county")
                                                  or c.cues[-1].cue.precision == 2):
            s += 3.0    # «جنوب السودان» as one name (South Sudan) beats «south of» + «السودان»
        elif c.cues and e.feature == "county" and f"{c.cues[-1].form} {c.match.key}" in e.keys:
            s += 5.0    # «مديرية «أرحب»»: the district's official name, split by quotation marks
        if self._is_capital(e):
            s += 1.0
        if e.feature == "locality" and any(h.form in _CITY_WORDS for h in c.cues):
            # «مدينة الحديدة» is the city, not a hamlet of that name in another province
            s += 1.0 if e.population >= 20_000 else (-1.5 if e.population < 2_000 else 0.0)
        s -= self._dominated(e, c, ctx)
        s -= self._article_mismatch(e, c)
        feat = c.cue_feature
        if feat in _FEATURE_FIT:
            s += _FEATURE_FIT[feat].get(e.feature, -1.0)
        else:
            s += _BARE_FEATURE_FIT.get(e.feature, -0.3)
        if e.feature in _PRECISE and feat != "region":
            # distances only mean something for points, not for district centroids; after
            # «محافظة» the province is meant whatever lies near the town of the same name
            d = self._nearest_anchor(e, ctx, exclude)
            if d is not None:
                if d <= 15:
                    s += 3.0
                elif d <= 50:
                    s += 2.0
                elif d <= 150:
                    s += 0.7
            s += self._coherence(e, c, ctx)
            if e.feature == "neighbourhood" and (d is None or d > 25) and e.population < 10_000:
                s -= 2.5
        if e.admin1 and (e.country, e.admin1) in ctx.admin1:
            s += 1.0
        adjective = ctx.adjective.get(c.index) if ctx.adjective else None
        if adjective is not None:
            s += 3.0 if e.country == adjective else -3.0
        if e.geonames_id is not None:
            s += 0.2
        if e.feature != "country" and e.population < 100_000 and not c.cues \
                and (c.facts.has_country if c.facts is not None else any(x.feature == "country" for x in c.entries)):
            s -= 3.0    # «البحرين» is Bahrain, not a hamlet called Al Bahrayn
        if e.feature == "locality" and e.population < 10_000 and feat not in ("locality", "neighbourhood") \
                and (e.country in c.facts.region_countries if c.facts is not None
                     else any(x.feature == "region" and x.country == e.country for x in c.entries)):
            s -= 2.5    # a bare province name means the province, not a hamlet of that name
        return s

    def _is_capital(self, e: GazEntry) -> bool:
        """National capitals (from ``places/countries.tsv``) are the places news names most."""
        if e.feature != "locality":
            return False
        known = self._capital_cache.get(id(e))
        if known is not None and known[0] is e:
            return known[1]
        yes = any(abs(e.lat - lat) < 0.1 and abs(e.lon - lon) < 0.1 for lat, lon in self._capitals.get(e.country, ()))
        self._capital_cache[id(e)] = (e, yes)
        return yes

    def _article_mismatch(self, e: GazEntry, c: _Cand) -> float:
        """«الميدان» (the square) is not «ميدان» (Medan): a foreign name written without the
        article does not match a word that carries it."""
        if not c.article:
            return 0.0
        known = self._article_cache.get(id(e))
        if known is None or known[0] is not e:
            known = self._article_cache[id(e)] = (e, any(n.startswith(("ال", "أل", "ٱل")) for n in e.names_ar))
        if known[1]:
            return 0.0
        # a big Arab city is what its name means whatever its records lack («الخرطوم»: GeoNames
        # lists Khartoum only as «خرطوم» and a garbled «ااالخرطوم»); a foreign city's name takes
        # no article in Arabic, so «المشهد» (the scene) is not Mashhad nor «التهاني» Thane
        return 0.3 if e.country in FOCUS or (e.population >= 500_000 and e.country in ARAB_LEAGUE) else 4.0

    def _dominated(self, e: GazEntry, c: _Cand, ctx: _Context) -> float:
        """A small place named after a far bigger one (London, Ohio) needs its country named."""
        if e.country in ctx.named or e.country in FOCUS:
            return 0.0
        big = c.facts.biggest if c.facts is not None else \
            max((self.gaz.entries[i].population for i in c.match.entries), default=0)
        return 2.0 if big >= 100_000 and big >= 50 * max(e.population, 1) else 0.0

    def _coherence(self, e: GazEntry, c: _Cand, ctx: _Context) -> float:
        """Co-mentioned names that have a reading near ``e`` («المعلا والتواهي وكريتر»: three
        Aden neighbourhoods support each other even when Aden itself is not named)."""
        memo = (c.index, id(e))       # gazetteer entries live as long as the gazetteer
        known = ctx.coherence.get(memo)
        if known is not None:
            return known
        bonus = 0.0
        others, at = ctx.others, ctx.others_at
        if ctx.others_sorted and len(at) == len(others):
            # only the co-mentions within _LOCAL_TOKENS, found by bisection (same order)
            others = others[bisect_left(at, c.start_tok - _LOCAL_TOKENS):bisect_right(at, c.start_tok + _LOCAL_TOKENS)]
        elat, elon = e.lat, e.lon
        for other in others:
            if other is c or abs(other.start_tok - c.start_tok) > _LOCAL_TOKENS:
                continue
            lat0, lat1, lon0, lon1 = other.box
            if other.points and (elat - lat1 >= 0.6 or lat0 - elat >= 0.6 or elon - lon1 >= 0.7 or lon0 - elon >= 0.7):
                continue        # no reading inside the box the loop below tests (float-exact)
            best = 1e9
            for lat, lon in other.points:
                if abs(lat - elat) < 0.6 and abs(lon - elon) < 0.7:
                    best = min(best, haversine_km(elat, elon, lat, lon))
            if best <= 15:
                bonus += 1.2
            elif best <= 60:
                bonus += 0.6
            if bonus >= 2.4:
                break
        ctx.coherence[memo] = bonus = min(bonus, 2.4)
        return bonus

    def _nearest_anchor(self, e: GazEntry, ctx: _Context, exclude: Optional[int]) -> Optional[float]:
        """Distance to the nearest anchor; anchors far away in the text count as farther
        (a place near «بعقوبة» in the same sentence beats one near «سنجار» three paragraphs up).

        Read by anchor place, not by anchor: an article anchors the same town at each of its
        mentions (5.7 anchors an article on SaudiNewsNet, 2.6 places), and the distance to a
        place, doubled or not, is the same number at each of them; so the distances are
        computed once per (place, anchor place), and whether one of a place's anchors is near
        the candidate in the text once per candidate (``_anchor_reach``). The minimum is the
        same float as over every anchor (``tests/resolve/test_places_anchor_groups.py``)."""
        if not ctx.anchors:
            return None
        if ctx.grouped != len(ctx.anchors):
            self._group_anchors(ctx)      # anchors only grow (and are fixed before the second pass)
        reach = ctx.reach.get(exclude)
        if reach is None:
            reach = ctx.reach[exclude] = self._anchor_reach(ctx, exclude)
        known = ctx.anchor_km.get(id(e))
        if known is None or known[0] is not e or known[1] != ctx.grouped:
            known = ctx.anchor_km[id(e)] = (e, ctx.grouped, haversine_from(e.lat, e.lon, ctx.anchor_points))
        best: Optional[float] = None
        eid = e.id
        for (a, _), d, r in zip(ctx.anchor_groups, known[2], reach):
            if not r or a.id == eid:
                continue
            if r == 2:
                d = d * 2 + 10
            if best is None or d < best:
                best = d
        return best

    @staticmethod
    def _group_anchors(ctx: _Context) -> None:
        groups: dict[int, tuple[GazEntry, list[tuple[int, int]]]] = {}
        for k, a in ctx.anchors:
            groups.setdefault(id(a), (a, []))[1].append((k, ctx.positions[k]))
        ctx.anchor_groups = [(a, tuple(members)) for a, members in groups.values()]
        ctx.anchor_points = with_cos([(a.lat, a.lon) for a, _ in ctx.anchor_groups])
        ctx.grouped = len(ctx.anchors)
        ctx.reach.clear()

    @staticmethod
    def _anchor_reach(ctx: _Context, exclude: Optional[int]) -> list[int]:
        """Per anchor place: 0 when its only anchor is the candidate ``exclude`` itself, 1 when
        one of its anchors lies within ``_LOCAL_TOKENS`` of that candidate (or no candidate is
        excluded), 2 when all lie farther."""
        here = ctx.positions[exclude] if exclude is not None and exclude < len(ctx.positions) else None
        out = []
        for _, members in ctx.anchor_groups:
            r = 0
            for k, at in members:
                if k == exclude:
                    continue
                if here is None or abs(at - here) <= _LOCAL_TOKENS:
                    r = 1
                    break
                r = 2
            out.append(r)
        return out

    # ------------------------------------------------------------------ step 2: place or not

    def _judge(self, c: _Cand, ctx: _Context, cands: list[_Cand]) -> None:
        if not c.ranked:
            c.accepted = False
            return
        score, best = c.ranked[0]
        key = c.core
        k = c.index
        prev = cands[k - 1] if k else None
        after_place = bool(prev is not None and prev.accepted and "و" in c.prefix
                           and c.match.token_start == prev.end_tok)
        own_cue = bool(c.cues) and not c.coordinated and not (
            all(cm.cue.words in self.cues.soft for cm in c.cues) and (key in self.cues.common or key in self.cues.ambiguous))
        # an inherited cue does not make a frequent word a place («شمال الرمادي وعلى الحامضية»)
        explicit = own_cue or c.ner or c.listed or (c.coordinated and self.cues.common.get(key, 0) < 200)
        ev = 0.0
        if c.cues:
            # «منطقة», «بين», «قرب» also stand before ordinary words: they count for less
            # (a trigger word that is part of the official name, «جنوب السودان», counts in full)
            part_of_name = c.inner and c.core == c.match.key
            ev += 1.5 if all(cm.cue.words in self.cues.soft for cm in c.cues) and not part_of_name else 3.0
        if c.ner:
            ev += 2.5
        if c.weak:
            ev += 1.0
        if after_place:
            ev += 1.0
        if " " in c.match.key and " " in key:
            ev += 1.0
        pop = best.population
        if best.feature in ("country", "region"):
            ev += 2.5
        ev += next((v for lim, v in _POPULATION_EVIDENCE if pop >= lim), 0.0)
        if self._is_capital(best):
            ev += 1.0
        if ctx.countries.get(best.country, 0) > 0:
            ev += 1.0
        elif best.country not in FOCUS and pop < 1_000_000:
            ev -= 0.5 if best.country in NEAR else 1.5
        if best.admin1 and (best.country, best.admin1) in ctx.admin1:
            ev += 1.0
        d = self._nearest_anchor(best, ctx, exclude=k)
        near = d is not None and d <= 50
        if near:
            ev += 1.5 if d is not None and d <= 25 else 0.8
        elif best.feature in _PRECISE:
            # «المنصورة والشيخ عثمان ودار سعد ...»: a list of neighbouring names supports itself
            coh = self._coherence(best, c, ctx)
            ev += 1.5 if coh >= 2.4 else (1.0 if coh >= 1.2 else 0.0)
        ev -= self._article_mismatch(best, c)
        if best.feature == "neighbourhood" and not near and self._other_country_only(best, k, ctx):
            ev -= 8.0          # «بحي الزهور» in an article about Sinai is not Mosul's Zuhur
        if "ك" in c.prefix and not c.cues:
            ev -= 3.0                          # «كسرت» is «broke», not «like Sirte»
        level = self.cues.ambiguous.get(key)
        if not explicit:
            if level == "trigger" and not after_place:
                ev -= 6.0
            elif level == "context":
                in_country = ctx.countries.get(best.country, 0) > 0 or near or after_place
                ev -= 1.0 if in_country else (1.5 if c.weak_word else 4.0)
            elif level == "article":
                if not c.article:
                    ev -= 6.0                  # «ديفيد كاميرون»: the bare word is a surname
            elif level == "bare":
                if c.article:
                    ev -= 6.0                  # «الجنين» is the fetus, Jenin is «جنين»
            elif key in self.cues.common:
                ev -= 5.0
            if c.genitive and (level or key in self.cues.common):
                ev -= 1.5
            if best.feature == "neighbourhood" and not near and self._coherence(best, c, ctx) < 1.2 \
                    and (" " not in key or _spread(c.entries) > 25):
                ev -= 3.0                      # «الميدان», «المدينة القديمة»: which city's?
        c.evidence = ev
        c.accepted = ev >= ACCEPT

    @staticmethod
    def _other_country_only(e: GazEntry, k: int, ctx: _Context) -> bool:
        """The article's anchors lie in other countries only: none in ``e``'s but the
        candidate ``k``'s own reading (pass 2 counts it among the anchors)."""
        own = sum(1 for i, a in ctx.anchors if i == k and a.country == e.country)
        return ctx.countries.get(e.country, 0) - own <= 0 and any(
            v > 0 for cc, v in ctx.countries.items() if cc != e.country)

    def _propagate_lists(self, cands: list[_Cand]) -> None:
        """«صنعاء وذمار وعمران»: in a coordinated list, members close to the threshold are
        accepted when a neighbour in the list is (both directions)."""
        def linked(a: _Cand, b: _Cand) -> bool:
            return "و" in b.prefix and b.start_tok == a.end_tok

        for _ in range(2):
            for a, b in zip(cands, cands[1:]):
                if not linked(a, b):
                    continue
                for x, y in ((a, b), (b, a)):
                    if x.accepted and not y.accepted and y.evidence >= ACCEPT - 1.5 \
                            and y.match.key not in self.cues.common \
                            and self.cues.ambiguous.get(y.match.key) != "trigger":
                        y.accepted = True
                        y.evidence = ACCEPT

    # ------------------------------------------------------------------ output

    def _mention(self, doc: Doc, c: _Cand) -> Optional[Mention]:
        score, e = c.ranked[0]
        if e.feature in ("country", "region"):
            precision = 3
        else:
            base = 2 if e.feature == "county" else 1
            precision = max(base, c.cue_precision)
            if c.cue_feature == "region" and precision == 3:
                precision = 2                  # «محافظة X» resolved to the town X: near it
            if c.stray:
                precision = 2                  # an unknown place near the town it stands for
        text = doc.text[c.start:c.end]
        place = Place(name=e.name, name_ar=text, country=e.country, lat=e.lat, lon=e.lon,
                      geo_precision=precision, admin1=e.admin1, geonames_id=e.geonames_id,
                      place_id=e.id, feature=e.feature, approximate=e.approximate)
        conf = 1.0 / (1.0 + math.exp(-(c.evidence - ACCEPT)))
        return Mention(kind="place", start=c.start, end=c.end, text=text, key=e.id, value=place,
                       token_start=c.start_tok, token_end=c.end_tok, score=round(conf, 3))


@lru_cache(maxsize=65536)
def _stripped_prefix(norm: str, form: str) -> str:
    """The proclitics in front of ``form`` in the normalised word ``norm`` («وبحلب» → «وب»)."""
    for kept in ("ال" + form, form):
        if norm.endswith(kept):
            return norm[: len(norm) - len(kept)]
    if norm.startswith("لل") and norm.endswith(form[2:] if form.startswith("ال") else form):
        return "ل"
    return ""


@lru_cache(maxsize=65536)
def _word_reading(text: str, norm: str, form: str) -> tuple[int, str, bool]:
    """A name's word written ``text`` (normalised ``norm``) and matched as ``form``: where a
    phrase starting with it starts in it (``_phrase_offset``), the clitics stripped in front of
    it (``_stripped_prefix``), and whether it carries the article in the text. They depend on
    the word's letters alone; ``_extend`` asked for them one by one for every candidate."""
    prefix = _stripped_prefix(norm, form)
    article = norm[len(prefix):].startswith("ال") or (norm.startswith("لل") and prefix == "ل")
    return _phrase_offset(text, norm, form), prefix, article


def _phrase_start(tok: Token, form: str) -> int:
    """Where a phrase whose first word was matched as ``form`` starts inside ``tok``: after the
    clitics that were stripped («بريف» → «ريف», «وكفريا» → «كفريا»), keeping the article
    («والرقة» → «الرقة»)."""
    return tok.start + _phrase_offset(tok.text, tok.norm, form)


@lru_cache(maxsize=65536)
def _phrase_offset(text: str, norm: str, form: str) -> int:
    """``_phrase_start`` relative to the word (it depends on the word's letters alone)."""
    for kept in ("ال" + form, form):
        if norm.endswith(kept):
            skip = len(norm) - len(kept)
            break
    else:
        return 0
    if skip <= 0:
        return 0
    seen = 0
    for k, ch in enumerate(text):
        if norm_key(ch):
            seen += 1
            if seen == skip:
                return k + 1
    return 0


class _SpanSet:
    """Does a character range overlap any of some spans? Bisection over the spans sorted by
    start, with the running maximum of their ends (exact, any overlap pattern)."""

    __slots__ = ("starts", "max_end")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        top = None
        for _, e in spans:
            top = e if top is None or e > top else top
            self.max_end.append(top)

    def __call__(self, start: int, end: int) -> bool:
        n = bisect_left(self.starts, end)     # spans starting before ``end``
        return n > 0 and self.max_end[n - 1] > start


_CAPITAL_WORD = frozenset({"عاصمه"})


def _positions_with(tokens: Sequence[Token], words: Collection[str], stop: Optional[int] = None) -> Iterator[int]:
    """Indices (below ``stop``) of the tokens one of whose ``forms`` is in ``words``.

    Why: several steps look for a closed list of words (plural triggers, demonyms, «عاصمة»)
    among all of an article's tokens; the positions are picked in C from the token masks the
    article's other scans share (``rasd.text.starts``), or for any other collection with one
    set test per token in a chain of C iterators, a fraction of a Python loop over every token."""
    if isinstance(words, (frozenset, set, dict)):
        # the word sets of this module live for the process: masks shared with the other scans
        return positions(tokens, words, 0, len(tokens) if stop is None else max(0, stop))
    test = frozenset(words).isdisjoint
    n = len(tokens) if stop is None else max(0, stop)
    return compress(range(n), map(not_, map(test, map(_FORMS, islice(tokens, 0, n)))))


_FORMS = attrgetter("forms")


def _gap(tokens: Sequence[Token], a: int, b: int) -> int:
    """Tokens between ``a`` and ``b`` that are words (commas do not count); 99 if b < a or a
    sentence ends between them («بلدتي كفريا والفوعة.» does not govern the next line's «وبدأ»)."""
    if b < a:
        return 99
    n = 0
    for t in tokens[a:b]:
        if t.is_word:
            n += 1
        elif t.norm in _SENTENCE_END:
            return 99
    return n


_SENTENCE_END = frozenset({".", "!", "?", "؟", ";", "؛", ":"})


def _spread(entries: Sequence[GazEntry]) -> float:
    """The largest distance between the first reading and any other (0 for a unique place)."""
    if len(entries) < 2:
        return 0.0
    a = entries[0]
    return max(haversine_km(a.lat, a.lon, e.lat, e.lon) for e in entries[1:])


def _dedupe(gaz: Gazetteer, indices: Sequence[int]) -> list[int]:
    """One record per physical place: same-named records closer than 3 km collapse to the most
    informative one (population, GeoNames id, WOF/rasd record)."""
    entries = gaz.entries
    kept: list[int] = []
    kept_entries: list[GazEntry] = []
    for i in sorted(indices, key=lambda k: (-entries[k].population, entries[k].geonames_id is None, entries[k].id)):
        e = entries[i]
        # 0.05 degrees of latitude apart is at least 5.5 km on any meridian: no distance needed
        if any(k.feature == e.feature and abs(k.lat - e.lat) < 0.05 and
               haversine_km(e.lat, e.lon, k.lat, k.lon) < 3 for k in kept_entries):
            continue
        kept.append(i)
        kept_entries.append(e)
    return kept
