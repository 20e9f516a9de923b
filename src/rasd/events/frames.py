"""Frame assembly: from trigger words to events with their arguments.

The unit is the clause (a sentence cut at commas, semicolons and clause-opening words such
as «فيما», «بينما», «كما»): a trigger takes the places, actors, dates and casualty counts of its
own clause first, then of its sentence, then of the sentences before it in the paragraph,
then of the article's lead. One event is made per (type, place) in a clause, so "shelling of
two named neighbourhoods is two events" (ANNOTATION.md); ``coref.py`` then merges repeats
across the article.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional, Sequence, Union

from rasd.events.casualties import CueHit, count_killed, toll_rose
from rasd.events.coding import code_pair, country_name, fights_for_state, is_civilian
from rasd.events.lexicon import Lexicon, TriggerType
from rasd.events.modality import CueSpan, attribution_of, modality_of
from rasd.geo import km
from rasd.model import Actor, DateValue, Doc, Mention, Place, Span, Token
from rasd.recognize.matcher import Match
from rasd.resolve import time as cal
from rasd.text.numbers import Quantity
from rasd.text.starts import positions
from rasd.text.tokenize import lookup_key

_CLAUSE_PUNCT = {",", ";", ":", "?", "!", "(", ")"}
_CLAUSE_WORDS = {"فيما", "بينما", "كما", "حين", "حيث", "وفيما", "وبينما", "وكما", "فيما"}
_DIRECTION_WORDS = {"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "قرب",
                    "بالقرب", "محيط", "غرب", "شمال", "اطراف", "ضواحي", "مشارف", "جنوب", "شرقي", "ريف"}
# words that name a place only as a landmark for another: «المطلة على حي باب طبرق», «الطريق الذي
# يربط بين الحوطة وعدن», «على بعد 50 كلم من الرمادي», «الحدودية مع تركيا»
_REFERENCE_WORDS = {"مطل", "مطله", "المطل", "المطله", "يربط", "تربط", "رابط", "الرابط", "الرابطه", "واصل",
                    "الواصل", "الواصله", "يصل", "تصل", "كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات",
                    "ميل", "اميال", "الحدوديه", "الحدودي", "المحاذيه", "المحاذي", "المتاخمه", "المتاخم",
                    "المجاوره", "المجاور", "مقابل", "قبالة", "باتجاه", "اتجاه", "نحو", "يقابل", "يقابلها",
                    "يقابله", "تقابل", "تقابلها",
                    # where someone comes from («درمبة الذي ينتمي إلى مدينة الزنتان»), not the act's place
                    "ينتمي", "ينتمون", "تنتمي", "المنتمي", "ينحدر", "ينحدرون", "تنحدر", "المنحدر",
                    "المنحدرين", "المنحدره", "مواليد", "المقيم", "المقيمين", "يقيم", "يقيمون",
                    # where attackers came from («الإرهابيين قدموا من جنوب مدينة درنة قبل أن يشنوا
                    # هجوما على البوابة»)
                    "قدموا", "قادمين", "القادمين", "قادمون", "قادمه", "القادمه", "قادما", "جاؤوا", "جاءوا"}
# relative pronouns: a capture verb right after one describes who holds a place, not a new act
_RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"}
_ARMED = {"state forces", "rebels", "political militia", "identity militia", "external"}
# ACLED categories of actors that have no air force
_NO_AIR_FORCE = {"rebels", "political militia", "identity militia", "protesters", "rioters", "civilians"}
# bombs planted and suicide attacks: a state's army or police named with one is its target or
# the source of the report («قال بيان للجيش إن جنديين قتلا حينما انفجرت سيارة ملغومة»), not the
# bomber (on SaudiNewsNet 1-5,000, 22 such events had a state's forces as the bomber, none rightly)
_BOMBINGS = {"ied", "suicide"}
_SECURITY = {"MIL", "COP"}   # PLOVER sectors of a state's army and police
# event types whose agent is whoever fights, fires or kills: never a government as such (a
# capture stays its government's: the side it was taken for decides its sub-event type)
_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _bombed_security(actor: Actor, ttype: TriggerType) -> bool:
    """``actor`` is a state's army or police named with a bombing: its target, never the bomber."""
    return ttype.id in _BOMBINGS and actor.category == "state forces" and actor.plover_sector in _SECURITY


def _government_in_violence(actor: Actor, ttype: TriggerType) -> bool:
    """``actor`` is a government named with a fight, a strike or an attack (not a capture): it
    speaks, decides or condemns; it is never the act's agent."""
    return actor.plover_sector == "GOV" and ttype.acled[0] in _VIOLENT_TYPES and ttype.id != "territory"
_BACKGROUND_DAYS = 31
_MAIN_PLACE_MIN = 3
_FUTURE_DAYS = 1


@dataclass(slots=True)
class Frame:
    """A trigger with its arguments before coding and coreference (mutable while assembled)."""

    ttype: TriggerType
    trigger: Span
    sentence: Span
    token_index: int
    place: Optional[Place] = None
    date: Optional[DateValue] = None
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    fatalities: Optional[int] = None
    civilian_victims: bool = False
    attribution: Optional[str] = None
    modality: str = "asserted"
    generic: bool = False
    claim: bool = False       # named in a claim of responsibility («أعلن مسؤوليته عن الهجوم»)
    own_place: bool = False   # the place is named in the trigger's own sentence
    new_story: bool = False   # its sentence opens with «في غضون ذلك», «من جهة أخرى» ...
    confidence: float = 0.5
    pair: tuple[str, str] = ("", "")
    evidence: Span = field(default_factory=lambda: Span(0, 0))
    headline: bool = False
    source_unknown: bool = False   # the text says who fired is unknown («قذائف مجهولة المصدر»)
    toll_update: bool = False  # undated, in a sentence telling a toll rose («ارتفعت حصيلة ... إلى»)
    prelude: bool = False      # a fight told as what led up to the sentence's act («بعد اشتباكات»)
    lone: bool = False         # generic, and its clause's only act words are definite generic ones




# «آنذاك», «حينها»: at the time just told; the date a sentence with one of these and no date of
# its own refers to is the last one the sentence before it names («وقع في مارس 2014 ... وقد قتل
# آنذاك خمسة جنود»), not the story's day. Searched in the article's raw text, by the regex only
# when a plain substring test finds one of the stems (most articles have none)
_THEN_STEMS = ("نذاك", "حينها", "حينذاك", "حينئذ", "وقتها", "وقتذاك", "يومها", "ساعتها")
_THEN_WORD = re.compile(r"(?<![\w\u0600-\u06FF])[وف]?(?:[آأا]نذاك|حينها|حينذاك|وقتها|وقتذاك|يومها|حينئذ|ساعتها)"
                        r"(?![\w\u0600-\u06FF])")


def _day_of(dv: DateValue) -> Optional[date]:
    """The day a date value names, None when it is no ISO day."""
    try:
        return date.fromisoformat((dv.date or "")[:10])
    except ValueError:
        return None


def _token_range(tokens: Sequence[Token], starts: list[int], start: int, end: int) -> tuple[int, int]:
    lo = bisect.bisect_left(starts, start)
    if lo > 0 and tokens[lo - 1].end > start:
        lo -= 1          # a span starting inside a token (after its clitic: «و|تعز») belongs to it
    hi = bisect.bisect_left(starts, end)
    return lo, hi


def _clauses(tokens: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    s = lo
    for i in range(lo, hi):
        t = tokens[i]
        if t.norm in _CLAUSE_PUNCT or (t.is_word and t.norm in _CLAUSE_WORDS and i > s):
            if i > s:
                out.append((s, i))
            s = i + 1 if t.norm in _CLAUSE_PUNCT else i
    if hi > s:
        out.append((s, hi))
    return out


@lru_cache(maxsize=None)
def _capital(country: str) -> Optional[tuple[float, float]]:
    """Coordinates of a country's capital (the gazetteer's country record carries them)."""
    from rasd.gazetteer.lookup import Gazetteer
    e = Gazetteer.load().get(f"ctry:{country}")
    return None if e is None else (e.lat, e.lon)


def air_campaign_actor(iso2: Optional[str], year: Optional[int]) -> Optional[Actor]:
    """The air force that flies nearly all strikes on ``iso2`` in ``year``
    (``data/air_campaigns.yaml``), if one does."""
    for c in _air_campaigns().get(iso2 or "", []):
        if year is None or (c["from"] <= year and (c["to"] is None or year <= c["to"])):
            from rasd.kb.load import default_kb
            return default_kb().resolve_ref(c["actor"], year)
    return None


@lru_cache(maxsize=1)
def _air_campaigns() -> dict[str, list[dict]]:
    from rasd.text.normalize import load_yaml_data
    return load_yaml_data("air_campaigns.yaml")["campaigns"]


_VERBAL_CUES = {"THREATEN": "threat", "REJECT": "denial", "REQUEST": "call"}


def _verbal_cue(m) -> str:
    """The cues.yaml modality group a PLOVER verb belongs to, so it does not block itself
    («هدد» is both a THREATEN event and a threat cue)."""
    return _VERBAL_CUES.get(m.values[0], "")


def _looks_perfect(word: str) -> bool:
    """A perfect verb by its shape: «أوقفت», «قصفوا», «اعتقل» (a verbal noun of the same root
    has a long ā before its last letter: «اعتقال», «إيقاف»)."""
    if len(word) < 3:
        return False
    if word.endswith(("ت", "وا")):
        return True
    return word[0] == "ا" and len(word) >= 4 and word[-2] != "ا"


def _in(m_start: int, lo: int, hi: int) -> bool:
    return lo <= m_start < hi


class FrameBuilder:
    """Builds frames for one document (all inputs computed once by the pipeline)."""

    def __init__(self, lex: Lexicon, doc: Doc, published: Optional[date], places: Sequence[Mention],
                 actors: Sequence[Mention], dates: Sequence[Mention], quantities: Sequence[Quantity],
                 country: Optional[str], triggers: Optional[Sequence[Match]] = None) -> None:
        """``triggers``: ``lex.triggers.find`` over ``doc.tokens`` when the caller already has it
        (the pipeline finds them first to pick the sentences the NER model reads), else found here."""
        self.lex = lex
        self.doc = doc
        self.tokens = list(doc.tokens)
        self.starts = [t.start for t in self.tokens]
        self.published = published
        self.country = country
        self.actors = sorted(self._with_tokens(actors), key=lambda m: m.start)
        # a span read both as a place and as a known actor («جبهة النصرة», «ولاية سيناء») names the
        # actor; a name only the statistical NER proposed does not outweigh the gazetteer
        actor_spans = [(a.start, a.end) for a in self.actors if getattr(a.value, "id", None)]
        self.places = sorted((p for p in self._with_tokens(places)
                              if not any(s < p.end and p.start < e for s, e in actor_spans)),
                             key=lambda m: m.start)
        # «منذ 25 يونيو» (since), «حتى» (until): the start or end of a duration, not the day of an act
        self.dates = sorted([d for d in dates if d.value is not None and (not self._duration_bound(d)
                                                                        or self._recent_start(d, published))],
                            key=lambda m: m.start)
        self.quantities = list(quantities)
        # where each quantity ends (``_counted_in_thousands``): sorted, since ``find_quantities``
        # gives them left to right and never overlapping
        self._quantity_ends = [q.token_end for q in self.quantities]
        self._sentence_lo, self._sentence_hi = 0, len(self.tokens)    # the sentence being read
        if triggers is None:
            triggers = lex.triggers.find(self.tokens)
        # a trigger word after the head of a place's name is part of that name («حي التحرير»,
        # «ميدان التحرير», «شارع الثورة»): a place, not an act
        named = {i for p in self.places for i in range(p.token_start + 1, p.token_end)}
        self.trigger_matches = [m for m in triggers
                                if not self._possessed_noun(m) and not self._not_under_article(m)
                                and not self._breach(m) and m.token_start not in named]
        self._gapped_spans: list[tuple[int, int]] = []   # (head, tail) of split phrases
        if lex.gapped:
            self.trigger_matches = sorted(self.trigger_matches + self._gapped_matches(),
                                          key=lambda m: m.token_start)
        cue_matches = lex.cues.find(self.tokens, overlapping=False)
        # an aircraft word inside an actor's name, after its head, is an adjective of that actor
        # («كتائب مقاتلة», «فصائل مقاتلة»: fighting battalions), not a warplane
        inner = {i for a in self.actors for i in range(a.token_start + 1, a.token_end)}
        # a cue word listed as indefinite only is another word under the article («الطوال»)
        cue_matches = [m for m in cue_matches if not (
            len(m.keys) == 1 and m.keys[0] in lex.cue_indefinite_only and "ال" in self.tokens[m.token_start].prefixes)]
        self.cues = [CueSpan(v, m.token_start, m.token_end) for m in cue_matches for v in m.values
                     if not (v.startswith("weapons:") and m.token_start in inner)]
        self._cue_starts: Optional[dict[str, list[int]]] = None  # label -> sorted starts (_cue_in)
        self._cue_ends: Optional[dict[str, list[int]]] = None    # label -> sorted ends (_cue_ending_in)
        # token index -> canonical name of the actor mention starting there (for attribution)
        self.actor_names = {a.token_start: a.value.name for a in self.actors if getattr(a.value, "name", None)}
        self.cas_cues = [CueHit(v.split(":")[1], m.token_start, m.token_end)
                         for m in cue_matches for v in m.values if v.startswith("casualties:")]
        # killing triggers double as casualty cues
        for m in self.trigger_matches:
            if "killing" in m.values:
                self.cas_cues.append(CueHit("killed", m.token_start, m.token_end))

    _GAP = 4

    def _gapped_matches(self) -> list[Match]:
        """Split trigger phrases: «أطلق مسلحون النار عليه», «فتح عناصر من الحزب النار»: the head
        verb followed, within ``_GAP`` words of its subject, by the tail noun."""
        covered = {i for m in self.trigger_matches for i in range(m.token_start, m.token_end)}
        out: list[Match] = []
        toks = self.tokens
        # few tokens offer a head verb in any form: the others are skipped in C, from bit masks
        # shared with the article's other scans (``rasd.text.starts``)
        for i in positions(toks, self.lex.gapped):
            t = toks[i]
            if i in covered or not t.is_word:
                continue
            hit = next((self.lex.gapped[f] for f in t.forms[:2] if f in self.lex.gapped), None)
            if hit is None:
                continue
            tails, tid = hit
            for j in range(i + 1, min(i + 2 + self._GAP, len(toks))):
                if toks[j].norm in _CLAUSE_PUNCT:
                    break
                if any(f in tails for f in toks[j].forms[:2]):
                    out.append(Match(i, i + 1, t.start, t.end, (tid,), 0, (t.forms[0],)))
                    self._gapped_spans.append((i, j))
                    break
        return out

    _YEAR_WORDS = {"عام", "العام", "سنه", "السنه", "عامي", "حرب", "احداث", "انتفاضه", "ثوره", "مطلع", "اواخر",
                   "منتصف", "صيف", "شتاء", "ربيع", "خريف", "عدوان", "غزو", "اجتياح", "مجزره"}

    def _old_year(self, lo: int, hi: int) -> bool:
        """A year before the publication year named in the clause («عام 1984», «في 2012»)."""
        if self.published is None:
            return False
        for i in range(lo, hi):
            t = self.tokens[i]
            n = t.norm
            # also a year of long ago («عام 1893»), read only after a year word or «في/منذ»; a
            # Hijri year («عام 1434هـ») is compared in its own calendar
            if len(n) == 4 and n.isdigit() and (1900 <= int(n) or (i > lo and int(n) >= 1000)) \
                    and self._before_publication_year(i):
                prev = self.tokens[i - 1].forms if i > lo else ()
                if i == lo or any(f in self._YEAR_WORDS for f in prev) or (i + 1 < hi and self.tokens[i + 1].norm == "-"):
                    return True
                if i > lo and self.tokens[i - 1].norm in ("في", "منذ"):
                    return True
            if self._last_year_at(i, hi):
                return True
        return False

    def _before_publication_year(self, i: int) -> bool:
        """The year written at token ``i`` is before the publication's, in its own calendar: a
        Hijri year (followed by «هـ») against the publication's Hijri year («لهذا العام
        (1436هـ)» in July 2015 is this year), any other against its Gregorian year."""
        assert self.published is not None
        y = int(self.tokens[i].norm)
        nxt = self.tokens[i + 1].norm if i + 1 < len(self.tokens) else ""
        if nxt == "ه" and y < 1600:
            return y < cal.gregorian_to_hijri(self.published)[0]
        return y < self.published.year

    def _timeline_entry(self, lo: int, hi: int) -> bool:
        """A line opening with «عام 2015» or «- عام 2015» (a dated entry of a chronology, «سجل
        الإرهاب في المملكة») retells a past act, even one of the publication year: news of the
        day is told with its day, not its year."""
        i = self._first_word(lo, hi)
        if i + 1 >= hi or self._bare(i) not in ("عام", "العام", "سنه", "في"):
            return False
        if self._bare(i) == "في":
            i += 1
            if i + 1 >= hi or self._bare(i) not in ("عام", "العام", "سنه"):
                return False
        n = self.tokens[i + 1].norm
        return len(n) == 4 and n.isdigit() and self.published is not None and 1900 <= int(n) <= self.published.year

    def _first_word(self, lo: int, hi: int) -> int:
        """The first word token at or after ``lo`` (a timeline line opens with «-» or «*»)."""
        i = lo
        while i < hi and not self.tokens[i].is_word and not self.tokens[i].norm.isdigit():
            i += 1
        return i

    _YEAR_NOUNS = {"عام", "سنه"}
    _PAST_QUALIFIERS = {"ماضي", "ماضيه", "منصرم", "منصرمه", "فائت", "فائته", "سابق"}
    _YEARS_AGO = {"عام", "عامين", "سنه", "سنتين", "سنوات", "اعوام", "عاما"}

    def _last_year_at(self, i: int, hi: int) -> bool:
        """«العام الماضي», «السنة الماضية», «قبل عامين», «قبل ثلاث سنوات» at token ``i``: the act
        is last year's or older, background rather than news (ANNOTATION.md)."""
        w = self._bare(i)
        if w.startswith("ال") and w[2:] in self._YEAR_NOUNS and i + 1 < hi:
            return self._bare(i + 1).removeprefix("ال") in self._PAST_QUALIFIERS
        if self.tokens[i].norm == "قبل" and i + 1 < hi:
            nxt = self._bare(i + 1)
            if nxt in self._YEARS_AGO:
                return True
            return i + 2 < hi and self._bare(i + 2) in self._YEARS_AGO and (
                self.tokens[i + 1].norm.isdigit() or self._bare(i + 1) in self._FEW_COUNTS)
        return False

    _FEW_COUNTS = {"بضع", "بضعه", "عده", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته",
                   "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره"}

    _DURATION_WORDS = {"منذ", "حتى", "لغايه", "مطلع", "بدايه"}

    @staticmethod
    def _recent_start(d: Mention, published: Optional[date]) -> bool:
        """«اشتباكات عنيفة منذ صباح أمس»: a fight going on since a day at most two days before
        the report is dated by the day it began (a long duration, «منذ 25 يونيو», is not)."""
        day = _day_of(d.value)
        return published is not None and d.value.precision == 1 and day is not None \
            and 0 <= (published - day).days <= 2

    def _duration_bound(self, d: Mention) -> bool:
        # «يخوضها منذ أسبوع», «ملقاة منذ أكثر من عشرة أيام»: «منذ» + a span of time measures how long
        # something has lasted; the act itself is dated by the report («أمس الأربعاء») or not at all
        if self.doc.text.startswith("منذ", d.start):
            return True
        i = bisect.bisect_left(self.starts, d.start) - 1
        steps = 0
        while i >= 0 and steps < 2:
            t = self.tokens[i]
            if t.norm in self._DURATION_WORDS or any(f in self._DURATION_WORDS for f in t.forms[:2]):
                return True
            if t.norm in ("من", "شهر", "يوم"):
                i -= 1
                steps += 1
                continue
            break
        return False

    _NON_STATE_ARMED = _ARMED - {"state forces", "external"}

    def _armed_group_court(self, triggers, lo: int, hi: int) -> bool:
        """«نفذت جبهة النصرة حكم الإعدام بحق عشرة أشخاص»: a sentence an armed group's «court»
        carried out is an attack on the people it killed, not a verdict of the state: an
        execution or killing word with a non-state armed group as its agent."""
        if not any(v == "vac_attack" for m in triggers for v in m.values):
            return False
        return any(lo <= a.token_start < hi and getattr(a.value, "category", None) in self._NON_STATE_ARMED
                   and getattr(a.value, "id", None) and self._role(a) == "agent" for a in self.actors)

    def _not_under_article(self, m) -> bool:
        """A one-word trigger found under the article that is no act there: a word of two letters
        is a longer word cut by the clitic analysis («والدك», your father, read as «و» + «ال» +
        «دك», pounded: a verb takes no article), and a term of ``indefinite_only`` is another
        noun («الجلد» is the skin, «جلد» a flogging)."""
        return len(m.keys) == 1 and (len(m.keys[0]) <= 2 or m.keys[0] in self.lex.indefinite_only) \
            and "ال" in self.tokens[m.token_start].prefixes

    _BLASTING = frozenset({"تفجير", "فجر", "فجرت", "فجروا", "نسف", "نسفت", "نسفوا"})
    _DOORS = frozenset({"باب", "ابواب", "بوابه", "بوابات"})

    def _breach(self, m) -> bool:
        """«بعد تفجير باب منزله», «فجرت قوات الاحتلال باب المنزل»: blowing a door open to
        enter a house in a raid is how an arrest is made, not an explosion of its own."""
        if len(m.keys) != 1 or m.keys[0] not in self._BLASTING:
            return False
        for i in range(m.token_end, min(m.token_end + 3, len(self.tokens))):
            t = self.tokens[i]
            if t.is_word and t.forms[-1] in self._DOORS:
                # «باب الهوى», «باب المعظم»: a place's name, where a blast may well happen
                return not any(p.token_start <= i < p.token_end for p in self.places)
        return False

    def _possessed_noun(self, m) -> bool:
        """«سيطرتهم» (their control) read as the verb «سيطرت» + «هم»: a word with an enclitic
        whose stem is also a ta-marbuta noun is the noun, not a verb with an object."""
        tok = self.tokens[m.token_start]
        key = m.keys[0]
        if not (tok.suffix and key.endswith("ت") and (key[:-1] + "ه") in tok.forms):
            return False
        # «بعد سيطرتها عليها», «أعلنت سيطرتها بشكل شبه كامل على مدينة الحسكة»: the verbal noun
        # with its object is the act itself
        after = [t.norm for t in self.tokens[m.token_end:m.token_end + 4]]
        return not any(w.startswith("علي") or w == "على" for w in after)

    def _with_tokens(self, ms: Sequence[Mention]) -> list[Mention]:
        out = []
        for m in ms:
            if m.token_start >= 0:
                out.append(m)
                continue
            lo, hi = _token_range(self.tokens, self.starts, m.start, m.end)
            out.append(replace(m, token_start=lo, token_end=max(hi, lo + 1)))
        return out

    # -- context that carries across sentences -------------------------------------------
    @property
    def main_place(self) -> Optional[Mention]:
        """The place an article is about, when one town clearly dominates it (named at least
        ``_MAIN_PLACE_MIN`` times and in at least half of the place mentions): a sentence that
        names no place is then most likely about it (a battle-for-one-city story)."""
        if not hasattr(self, "_main_place"):
            counts: dict[str, int] = {}
            first: dict[str, Mention] = {}
            total = 0
            for p in self.places:
                v = p.value
                if v is None or getattr(v, "feature", None) in ("country", "region"):
                    continue
                total += 1
                k = v.place_id or v.name
                counts[k] = counts.get(k, 0) + 1
                first.setdefault(k, p)
            best = max(counts, key=counts.get, default=None)
            ok = best is not None and counts[best] >= _MAIN_PLACE_MIN and counts[best] * 2 >= total
            self._main_place = first[best] if ok else None
        return self._main_place

    def build(self) -> list[Frame]:
        frames: list[Frame] = []
        lead_date = self._first_date_in(0, self.doc.sentences[1].end if len(self.doc.sentences) > 1 else len(self.doc.text))
        # A sentence that names no place inherits one only from the sentence right before it in
        # the same paragraph (a continued story), else the article's dominant town; the lead's
        # first place is too far to be trusted: measured on the development set, carrying it made
        # more false events than found ones.
        last_place: Union[Mention, list[Mention], None] = None    # see ``_sentence_frames``
        last_date: Optional[DateValue] = lead_date
        prev_start = prev_end = -1
        text = self.doc.text
        # where the words of «then» are
        thens = [m.start() for m in _THEN_WORD.finditer(text)] if any(w in text for w in _THEN_STEMS) else []
        for sent in self.doc.sentences:
            if prev_end >= 0 and "\n" in text[prev_end:sent.start]:
                last_place, last_date = None, lead_date
            then_date = self._last_date_in(prev_start, prev_end) if thens and prev_end >= 0 and \
                bisect.bisect_left(thens, sent.start) < bisect.bisect_left(thens, sent.end) else None
            prev_start, prev_end = sent.start, sent.end
            lo, hi = _token_range(self.tokens, self.starts, sent.start, sent.end)
            if hi <= lo:
                continue
            if self._link_line(lo, hi):
                continue
            self._sentence_lo, self._sentence_hi = lo, hi
            s_frames, s_place, s_date = self._sentence_frames(sent.span, lo, hi, last_place, then_date or last_date)
            if self._in_title(sent):
                for f in s_frames:
                    f.headline = True
            frames.extend(s_frames)
            last_place = s_place
            if s_date is not None:
                last_date = s_date
        return frames

    def _named_before(self, lo: int, hi: int) -> Optional[Mention]:
        """«شنت مقاتلات التحالف سلسلة غارات على القاعدة»: a place word under the article and with
        no name after it («القاعدة», «المطار», «المخيم») in tokens ``[lo, hi)`` is the place the
        text last named with that word («قاعدة العند»), however far back; None when there is none.

        Why: a report names a base, a camp or an airport once and then calls it «the base»; the
        sentence before may name another town («القاعدة الواقعة شمالي مدينة عدن»), which the
        clause would otherwise borrow."""
        words = self.lex.anaphoric_places
        if not words:
            return None
        tokens = self.tokens
        for i in range(lo, hi):
            t = tokens[i]
            if not t.is_word or "ال" not in t.prefixes or t.forms[-1] not in words:
                continue
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.is_word and "ال" in nxt.prefixes:
                continue        # «المدينة المنورة», «القاعدة الجوية» ...: a name or a description
            if any(a.token_start <= i < a.token_end for a in self.actors):
                continue        # «تنظيم القاعدة»: the group
            start = t.start
            found = None
            for p in self.places:
                if p.start >= start:
                    break
                first = tokens[p.token_start]
                if first.is_word and "ال" not in first.prefixes and first.forms[-1] == t.forms[-1]:
                    found = p
            if found is not None:
                return found
        return None

    _LINK_WORDS = {"رابط", "لينك"}

    def _link_line(self, lo: int, hi: int) -> bool:
        """«رابط الخبر بصحيفة الوئام: <the title again>»: a link footer repeats the headline
        (about 7% of SaudiNewsNet articles end so); its words tell no second act."""
        i = self._first_word(lo, hi)
        return i < hi and self.tokens[i].norm in self._LINK_WORDS and not self.tokens[i].prefixes

    _HEADLINE_MAX = 160

    def _in_title(self, sent) -> bool:
        """The sentence is (part of) the article's title line: a short first line followed by a
        line break, with no closing full stop («النظام يحشد مقاتليه.. وسيطرة كردية على الحسكة»
        is split in two sentences at «..»)."""
        text = self.doc.text
        nl = text.find("\n")
        if nl <= 0 or nl > self._HEADLINE_MAX or sent.end > nl + 1:
            return False
        first_line = text[:nl].rstrip()
        return not first_line.endswith(".") or first_line.endswith("..")

    def verbal_events(self) -> list[dict]:
        """PLOVER verbal and other non-ACLED events («هدد», «اتهم», «طالب», «التقى» ...): kept
        apart from the contract's events, asserted ones only, with who acted when the clause says."""
        out: list[dict] = []
        for m in self.lex.plover_only.find(self.tokens):
            sent = self.doc.sentence_of(m.start)
            if sent is None:
                continue
            s_lo, _ = _token_range(self.tokens, self.starts, sent.start, sent.end)
            own = f"modality:{_verbal_cue(m)}"      # once per verb, not once per cue
            if modality_of(m.token_start, s_lo, [c for c in self.cues if c.label != own],
                           self.tokens, self.lex.modality_window) != "asserted":
                continue
            actor = next((self._actor_of(a) for a in self.actors
                          if s_lo <= a.token_start < m.token_end + 6 and a.start >= sent.start), None)
            out.append({"plover": m.values[0], "trigger": {"start": m.start, "end": m.end},
                        "evidence": {"start": sent.start, "end": sent.end},
                        "actor": actor.to_dict() if actor else None})
        return out

    def _first_date_in(self, start: int, end: int) -> Optional[DateValue]:
        return next((d.value for d in self.dates if start <= d.start < end), None)

    def _last_date_in(self, start: int, end: int) -> Optional[DateValue]:
        return next((d.value for d in reversed(self.dates) if start <= d.start < end), None)

    # -- one sentence ---------------------------------------------------------------------
    def _sentence_frames(self, sent: Span, lo: int, hi: int, last_place: Union[Mention, list[Mention], None],
                         last_date: Optional[DateValue]):
        """The frames of one sentence, its place (for the next sentence: a ``Mention``, None, or,
        from a sentence without a trigger, the list of its places, of which ``_most_specific``
        is taken only when needed) and its date. ``last_place``: the previous sentence's place."""
        triggers = [m for m in self.trigger_matches if lo <= m.token_start < hi]
        s_places = [p for p in self.places if lo <= p.token_start < hi]
        s_dates = [d for d in self.dates if sent.start <= d.start < sent.end]
        s_date_ctx = s_dates[0].value if s_dates else None
        if not triggers:
            # the sentence's own place serves only the next sentence, as its ``last_place``, and
            # only in a clause of it that names no place: handed on as the list of the
            # sentence's places and picked there when asked (``_most_specific`` reads the
            # builder's fixed inputs only, not the sentence being read). Most sentences have no
            # trigger, and most of those that name places are followed by no such clause.
            return [], s_places, s_date_ctx
        s_place_ctx = self._most_specific(s_places)
        clauses = self._split_coordinated_acts(
            self._join_continued_lists(_clauses(self.tokens, lo, hi), triggers), triggers)
        strong_in_sentence = any(self.lex.types[v].strong for m in triggers for v in m.values)
        weapon = self._sentence_weapons(triggers)
        # «لقي 17 شخصا مصرعهم في تحطم مروحية بسبب عطل فني»: a death word in a sentence that
        # tells an accident or a disease is not an act of violence
        accident = not strong_in_sentence and (self._cue_in(("modality:accident", "modality:mourning"), lo, hi) or (
            # «وقال جنرال ... إن 17 شخصا قتلوا، 12 جنديا وأفراد الطاقم الخمسة»: a toll with no
            # act word of its own, told right after a crash, counts the crash's dead
            all(m.values == ("killing",) for m in triggers)
            and self._cue_in("modality:accident", self._tok_before(sent.start, self._ACCIDENT_REACH), lo)))
        new_story = self._cue_in("discourse:new_story", lo, lo + 4)
        # «أصدرت المحكمة حكما ... بتهمة إطلاق النار»: a verdict or a charge sheet
        legal = self._cue_in("modality:legal", lo, hi) and not self._armed_group_court(triggers, lo, hi)
        end_char = self.doc.text[sent.end - 1] if sent.end > sent.start else ""
        claimed: set[int] = set()
        per_clause: list[tuple[tuple[int, int], list]] = []
        for c_lo, c_hi in clauses:
            c_trig = [m for m in triggers if c_lo <= m.token_start < c_hi]
            if c_trig:
                per_clause.append(((c_lo, c_hi), c_trig))
                claimed.update(id(p) for p in s_places if c_lo <= p.token_start < c_hi)
        unclaimed = [p for p in s_places if id(p) not in claimed]
        frames: list[Frame] = []
        fatalities_used = False
        killed_sentence = count_killed(self.tokens, lo, hi, self.quantities, self.cas_cues)
        for (c_lo, c_hi), c_trig in per_clause:
            types = [x for x in self._clause_types(c_trig, c_lo, c_hi, strong_in_sentence, end_char, lo, weapon,
                                                   accident, legal) if not self._state_of_place(x[0])]
            if not types:
                continue
            # the sentence's opening words («في 2012», «- عام 1986 إحباط ...» in a timeline)
            if self._old_year(c_lo, c_hi) or self._old_year(lo, min(hi, self._first_word(lo, hi) + 2)) \
                    or self._timeline_entry(lo, hi):
                continue   # «منذ عام 1984», «في 2012»: background history (ANNOTATION.md)
            trig_tok = types[0][0].token_start
            # «قال في مؤتمر صحافي عقده في أنقرة إن ...»: a place between a verb of saying and its
            # «إن/أن» is where it was said, not where the act happened
            # «استهدفت بصاروخ بلدة زبدين من مقراتها في حتيتة الجرش»: what is fired from a base
            # lands elsewhere (an abduction «من مقره في مدينة البيضاء» happens at the base)
            remote = types[0][1].acled[0] == "Explosions/Remote violence"
            c_places = [p for p in s_places if c_lo <= p.token_start < c_hi and not self._speech_place(p, trig_tok)
                        and not (remote and self._from_base(p))]
            c_unclaimed = [p for p in unclaimed if not self._speech_place(p, trig_tok)
                           and not (remote and self._from_base(p))]
            ctx = s_place_ctx if s_place_ctx is None or not self._speech_place(s_place_ctx, trig_tok) else None
            if types[0][1].id == "withdrawal":
                # «انسحاب الإرهابيين من هذه المناطق إلى أحياء المعادي والصالحين»: where a side
                # withdrew to is not where it gave ground
                c_places = [p for p in c_places if not self._destination(p)]
                c_unclaimed = [p for p in c_unclaimed if not self._destination(p)]
                ctx = ctx if ctx is None or not self._destination(ctx) else None
            # the places that describe a side («المقاومة الشعبية في عدن ولحج») or where its
            # words came from («قال مجلس المقاومة في عدن إن ...») yield to the act's own
            places = self._event_places([p for p in c_places if not self._secondary_place(p, trig_tok)]) \
                or self._event_places(c_places)
            if not places and not (c_places and all(getattr(p.value, "feature", None) == "country"
                                                    or self._reference(p) for p in c_places)):
                # «قصفت طائرات التحالف مواقع للحوثيين في مناطق مختلفة من اليمن», «سيطر مقاتلون على
                # حاجز مطل على بلدة بلودان»: a clause whose only places are a whole country or a
                # landmark does not borrow the sentence's town
                places = self._event_places(c_unclaimed) or ([ctx] if ctx else [])
            own = bool(places)
            # a clause that names places, none of them an event place (a country, a landmark, a
            # capital standing for its government), does not borrow an earlier sentence's town
            if not places and not c_places:
                back = self._named_before(c_lo, c_hi)
                if back is not None:
                    places = [back]
            if not places and not c_places:
                if type(last_place) is list:        # an earlier sentence's places: pick now
                    last_place = self._most_specific(last_place)
                places = ([last_place] if last_place else []) or ([self.main_place] if self.main_place else [])
            if not places and self._cue_in("claims:responsibility", lo, trig_tok):
                places = [None]   # a claim refers back to an act told earlier, wherever it was
            if not places:
                continue   # ANNOTATION.md: an event happens at a place the article names or implies
            if not s_dates and self._control_noun(types[0][0], types[0][1]):
                continue   # «حدود السيطرة», «سيطرة القوات على المعبر»: who holds what, undated
            trig_char = c_trig[0].start
            # «نفذ ألف شخص اعتصاما احتجاجا على قتل ... ليلة السادس من أغسطس»: a date after a
            # reason cue that follows the act dates the reason, not the act
            reasons = [c.token_start for c in self.cues if c.label == "modality:reason" and trig_tok < c.token_start < hi]
            a_dates = [d for d in s_dates if not reasons or self._tok(d.start) < reasons[0]]
            c_dates = [d for d in a_dates if _in(self._tok(d.start), c_lo, c_hi)]
            near = min(self._report_dates(c_dates, trig_tok) or self._report_dates(a_dates, trig_tok),
                       key=lambda d: abs(d.start - trig_char), default=None)
            dv = (near.value if near is not None else None) or last_date
            # «ارتفعت حصيلة قتلى المعارك ... إلى 11 شخصاً» with no day of its own: the count
            # stands at the report's day, not at a month told earlier («خلال يوليو»)
            toll_update = near is None and toll_rose(self.tokens, self.cas_cues, lo, hi)
            if toll_update and self.published is not None and (dv is None or dv.precision >= 2):
                dv = DateValue(self.published.isoformat(), 2)
            if dv is not None and not self._recent(dv):
                continue
            if dv is not None and self._campaign_start(lo, trig_tok, dv):
                continue   # «بدأت القوات في الرابع من يوليو الماضي هجوما»: when a campaign began
            if dv is None and self.published is not None:
                dv = DateValue(self.published.isoformat(), 2)
            a1, a2, civ = self._actors(c_lo, c_hi, lo, hi, types[0][1], types[0][0].token_start)
            m0 = types[0][0]
            if types[0][1].id == "air_strike" and "air_strike" not in m0.values and a1 is not None \
                    and a1.category in self._NON_STATE_ARMED and not self._drone(m0.token_start):
                # «هجوم للجان المقاومة الشعبية على نقطة» after a strike told earlier in the
                # sentence: a ground attack by a side with no aircraft keeps its own kind
                own = self.lex.types[m0.values[0]]
                types = [(m0, own) + tuple(types[0][2:])] + types[1:]
            unknown = self._source_unknown(types[0][0])
            # «ولا تزال المعارك محتدمة»: a definite generic word
            # (its subject, right before) makes a word of the same kind («محتدمة») refer back too
            generic_at = {(tid, m.token_end) for m in c_trig for tid in m.values
                          if self._definite(m.token_start) and "ل" not in self.tokens[m.token_start].prefixes
                          and tuple(m.keys) in self.lex.types[tid].generic}
            if types[0][1].acled[0] in ("Protests", "Riots") and (
                    a1 is None or a1.id is None or a1.id.startswith("gov:") or a1.category in _ARMED
                    or a1.category == "external/other"):
                # «اعتصم ألف سوري في اللاذقية معقل الرئيس الأسد»: the people protesting act; a
                # government, an armed group or a foreign body named beside them («تظاهر عشرات
                # الأكراد», read as the Peshmerga; «وقفة احتجاجية أمام مكتب الأمم المتحدة») is what
                # they protest, where, or who acts on them
                a1 = self._generic_agent("rioters" if types[0][1].acled[0] == "Riots" else "protesters",
                                         getattr(places[0].value, "country", None) if places[0] else None) or a1
            depot = types[0][1].id == "disrupted" and types[0][0].keys[0].startswith(("مخزن", "مستودع", "مخبا"))
            if (types[0][1].id == "neutralise" or depot) and a1 is not None and self._flies(a1, places, c_lo, c_hi):
                # «دمر التحالف أربع منصات لإطلاق الصواريخ», «دمرت قوات التحالف مخزنا للأسلحة»: an
                # air force destroying weapons on the ground strikes them from the air
                types = [(types[0][0], self.lex.types["air_strike"]) + tuple(types[0][2:])] + types[1:]
            if a1 is None and types[0][1].id in self._ARRESTS:
                # «واعتقل الثلاثة في شانلي أورفة»: an arrest with no one named is the police's
                # (ANNOTATION.md: arrests are by state forces)
                a1 = self._generic_agent("cop", getattr(places[0].value, "country", None) if places[0] else None)
            if a1 is None and types[0][1].acled[1] == "Air/drone strike" and \
                    self._cue_in("weapons:state_aircraft", lo, hi):
                # «الطيران المروحي», «البراميل المتفجرة»: only the state's own forces fly these
                a1 = self._state_forces(getattr(places[0].value, "country", None) if places[0] else None)
            if types[0][1].acled[1] in ("Air/drone strike", "Shelling/artillery/missile attack") \
                    and (a1 is None or a1.name.startswith("Unidentified")):
                # «بقصف جوي عراقي», «غارة إسرائيلية», «قصف مدفعي تركي»: the country adjective of the
                # act names the state whose forces fired (a foreign air force flying a known
                # campaign over the struck country is that campaign's)
                cc = self._demonym_after(types[0][0])
                if cc is not None:
                    struck = getattr(places[0].value, "country", None) if places[0] else None
                    campaign = self._air_campaign(struck) if cc != (struck or self.country) else None
                    a1 = campaign or self._state_forces(cc) or a1
            if types[0][1].acled[1] == "Air/drone strike":
                struck = getattr(places[0].value, "country", None) if places[0] else None
                # an unnamed strike, or one the bare «الطيران» gave to the struck country's own
                # forces, where another air force flies nearly all of them (Yemen since 2015, Gaza)
                if a1 is None or a1.name.startswith("Unidentified") or (
                        a1.category == "state forces" and a1.country == (struck or self.country)):
                    a1 = self._air_campaign(struck) or a1
            # deaths told after a reason cue («احتجاجا على قتل ضابط») are the reason's
            k_hi = min([c_hi] + [r for r in reasons if r > c_lo])
            killed = count_killed(self.tokens, c_lo, k_hi, self.quantities, self.cas_cues,
                                  other_side_hi=hi if k_hi == c_hi else None)
            if killed is not None and not reasons:
                killed += self._dead_before_contrast(clauses, c_lo, per_clause)
            # «فيما لم تسجل إصابات بسقوط صاروخين على حيي ...»: a clause that says its own act
            # hurt nobody says so of every place it names, whatever another clause counted
            no_one = killed == 0 and not reasons
            if killed is None and not fatalities_used and not reasons \
                    and not self._counted_in_another_act(per_clause, c_lo, killed_sentence):
                killed = killed_sentence
            if types[0][1].id == "killing" and not killed:
                continue   # a death word with no count and no weapon or fight word: too vague
            if a1 is None and killed and own and types[0][1].acled[0] == "Battles" and self._mutual(trig_tok):
                # «قتل 29 شخصا في اشتباكات في سبها»: a fight with its dead counted (as every frame
                # counts them: its clause, else its sentence) at a place of its own is an act
                # though its sides go unnamed (ANNOTATION.md); an attack word («هجوم», «استهدف»)
                # with no author is mostly another act's aside
                a1 = self._unidentified(getattr(places[0].value, "country", None) if places[0] else None)
            # a protest met with force: the shooting or killing words of its clause tell that
            # force, one event with the protest (not an attack of its own)
            dispersed = types[0][1].acled[0] == "Protests" and self._cue_in("protest:dispersal", lo, hi)
            # the toll goes to the act the death words lead to («قتل 28 ... إثر اشتباكات ...
            # وتفجيرين انتحاريين»: the clashes; «و10 قتلى للحوثيين في قصف»: the shelling), the
            # first act told after them, not to the type that ranks highest
            emitted = [x for x in types if not (dispersed and x[1].acled[0] != "Protests")]
            lone_clause = all(self._definite(m.token_start) and any(tuple(m.keys) in self.lex.types[v].generic
                                                                    for v in m.values)
                              and not (m.token_start > 0 and self._bare(m.token_start - 1) in self._GOING_ON)
                              for m in c_trig)
            toll_to = self._toll_trigger(emitted, c_lo, c_hi) if len(emitted) > 1 else None
            for m_trig, ttype, mod, attribution in types:
                if dispersed and ttype.acled[0] != "Protests":
                    continue
                if reasons and m_trig.token_start > reasons[0]:
                    # «اعتصم ألف شخص احتجاجا على قتل ... العقيد ... بإطلاق النار عليه»: an act
                    # told as the reason for the clause's act is background, with neither its
                    # date nor its author (they are the clause's)
                    continue
                if toll_to is not None and m_trig is not toll_to and not fatalities_used:
                    pending_toll = True
                else:
                    pending_toll = False
                for k, pm in enumerate(places):
                    f = Frame(ttype=ttype, trigger=Span(m_trig.start, m_trig.end), sentence=sent,
                              token_index=m_trig.token_start)
                    f.place = pm.value if pm is not None else None
                    if pm is not None and pm.text and f.place is not None and f.place.name_ar is None:
                        f.place = replace(f.place, name_ar=pm.text)
                    f.date = dv
                    f.actor1, f.actor2 = a1, a2
                    if a1 is not None and a2 is not None and a1.name == a2.name and not a1.name.startswith("Unidentified"):
                        f.actor2 = None   # a named side is never its own target (an air force given the strike)
                    if unknown and pm is not None and (any(pm is p for p in c_places) or (not c_places and k == 0)):
                        # «سقوط قذائف هاون مجهولة المصدر على حي الأشرفية»: whoever the article names
                        f.actor1, f.source_unknown = self._unidentified(f.place.country), True
                    f.civilian_victims = civ
                    if k == 0 and not fatalities_used and not pending_toll:
                        f.fatalities = killed
                    elif no_one:
                        f.fatalities = 0
                    f.attribution = attribution
                    f.modality = mod
                    f.prelude = self._after_word_before(m_trig.token_start, self._PRELUDE_WORDS)
                    # a definite generic word («الغارات», «الهجوم») refers back to an event of its
                    # kind already told, even when it repeats a place (measured: treating those
                    # with a place of their own as new events cost 0.015 F1 on the dev set)
                    f.generic = any(tid == ttype.id and 0 <= m_trig.token_start - end < 3
                                    for tid, end in generic_at) or self._named_by_place(m_trig, ttype) or (
                        self._definite(m_trig.token_start) and tuple(m_trig.keys) in ttype.generic)
                    # ... and the clause tells no act in other words («الغارات استهدفت تعز» does)
                    f.lone = f.generic and lone_clause
                    f.own_place = own
                    f.toll_update = toll_update
                    f.new_story = new_story
                    f.claim = self._cue_in("claims:responsibility", lo, m_trig.token_start)
                    f.pair = code_pair(ttype, a1, a2, civ, self.published.year if self.published else None)
                    if f.pair == ("Protests", "Peaceful protest") and not dispersed and f.fatalities \
                            and self._protesters_named(lo, hi):
                        # «مظاهرات ومصادمات أدت إلى مقتل أحد المتظاهرين»: protesters died in it
                        f.pair = ("Protests", "Excessive force against protesters")
                    if f.pair[1] == "Arrests" or (f.pair[1] == "Peaceful protest" and not dispersed):
                        # ACLED's arrests and peaceful protests are non-violent: deaths in their
                        # sentence are the reason («اعتقال ثلاثة يشتبه في مشاركتهم في قتل
                        # الشرطيين», «وقفة احتجاجية ... أن داعش قتل منذ سيطرته 700») or another
                        # act (a protest met with deaths is excessive force, below)
                        f.fatalities = None
                    if f.pair == ("Protests", "Peaceful protest") and dispersed:
                        # «وأطلقت قوات الأمن الغاز المسيل للدموع»: the protest met force; with
                        # deaths, excessive force (ACLED's protest sub-types)
                        f.pair = ("Protests", "Excessive force against protesters" if killed
                                  else "Protest with intervention")
                        force = self._state_force_in(lo, hi) if killed else None
                        if force is not None:
                            f.actor1, f.actor2 = force, a1   # the force that killed, then the protesters
                    f.evidence = sent
                    f.confidence = 0.7 if ttype.strong else 0.45
                    frames.append(f)
                if killed is not None and not pending_toll:
                    fatalities_used = True
        return frames, s_place_ctx, s_date_ctx

    _PROTESTER_STEMS = ("متظاهر", "محتج")

    def _protesters_named(self, lo: int, hi: int) -> bool:
        """Tokens ``[lo, hi)`` name protesters («المتظاهرين», «محتجا»): the dead a protest's
        sentence counts are then theirs."""
        return any(t.is_word and t.forms[-1].startswith(self._PROTESTER_STEMS) for t in self.tokens[lo:hi])

    _CONTRAST = {"فيما", "بينما"}
    # «تجدد الاشتباكات», «استمرار القصف»: the fight going on, or breaking out again, is told
    _GOING_ON = {"تجدد", "تجددت", "استمرار", "استمرت", "استمر", "اندلاع", "اندلعت", "احتدام", "احتدمت",
                 "تواصل", "تواصلت", "تتواصل", "تستمر", "يستمر"}
    _WITNESSES = {"تشهد", "يشهد", "تشهده", "يشهده", "تشهدها", "يشهدها"}
    # trigger keys (no pronoun); with a possessive they sum up a side's acts: the plurals, and the
    # nouns of a whole fight («في قتالها ضد داعش», «حربها على الإرهاب»)
    _SUMMARY_NOUNS = {"هجمات", "غارات", "عمليات", "ضربات", "اعتداءات", "قتال", "حرب"}

    def _ongoing_since(self, lo: int, m) -> bool:
        """«مدينة الحسكة التي تشهد منذ 25 يونيو اشتباكات عنيفة»: what a place has been seeing
        since a past date is a state of affairs, not an act of the day (the trigger after
        «تشهد ... منذ» only)."""
        words = [self._bare(i) for i in range(max(lo, m.token_start - 12), m.token_start)]
        at = [k for k, w in enumerate(words) if w in self._WITNESSES]
        return bool(at) and "منذ" in words[at[-1]:]

    def _possessed_summary(self, m) -> bool:
        tok = self.tokens[m.token_start]
        return bool(tok.suffix) and len(m.keys) == 1 and m.keys[0] in self._SUMMARY_NOUNS

    def _counted_in_another_act(self, per_clause, c_lo: int, killed: Optional[int]) -> bool:
        """The sentence's count of the dead (``killed``) is the count another clause of the
        sentence gives its own act (a trigger that is not a bare death word): «تمكنت المقاومة
        من السيطرة على الحوطة ...، وكان 16 مسلحا لقوا مصرعهم في انفجار الغام»: the 16 are
        the blast's, not the capture's. The sentence's count is a clause's fallback only when
        no other act claims it; a smaller count of another act («... مقتل 11 مسلحا ... ومقتل
        مواطن نتيجة القصف») leaves the larger one free."""
        if not killed:
            return False
        for (o_lo, o_hi), trig in per_clause:
            # a definite act word («وقالت مصادر إن التفجير تسبب في مقتل خمسة») refers back to
            # the act told before: its count is that act's
            if o_lo == c_lo or not any(v != "killing" and not self._definite(m.token_start)
                                       and not self._person_who_died(m) for m in trig for v in m.values):
                continue
            if count_killed(self.tokens, o_lo, o_hi, self.quantities, self.cas_cues) == killed:
                return True
        return False

    def _dead_before_contrast(self, clauses, c_lo: int, per_clause) -> int:
        """«وكان 23 من الحوثيين قتلوا واصيب 38 فيما قتل 2 ... في مواجهات جبل صبر»: a clause
        opening with «فيما»/«بينما» tells the other side's dead of the act the previous clause
        counted without naming it; that clause's dead add to this one's."""
        first = self._first_word(c_lo, c_lo + 2)
        if first >= len(self.tokens) or self._bare(first) not in self._CONTRAST and self.tokens[first].norm not in self._CONTRAST:
            return 0
        prev = [(a, b) for a, b in clauses if b <= c_lo]
        if not prev:
            return 0
        p_lo, p_hi = prev[-1]
        if any(rng == (p_lo, p_hi) and any(v != "killing" for m in trig for v in m.values)
               for rng, trig in per_clause):
            return 0   # the previous clause tells an act of its own, with its own dead
        return count_killed(self.tokens, p_lo, p_hi, self.quantities, self.cas_cues) or 0

    def _toll_trigger(self, types, c_lo: int, c_hi: int):
        """The trigger of ``types`` that the clause's first death word leads to: the first
        told after it, else the first told."""
        by_pos = sorted((x[0] for x in types), key=lambda m: m.token_start)
        dead = [c.token_start for c in self.cas_cues if c.kind == "killed" and c_lo <= c.token_start < c_hi]
        if dead:
            after = [m for m in by_pos if m.token_start > dead[0] and self._caused_by(m.token_start)]
            if after:
                return after[0]
        return by_pos[0]

    _CAUSE_LINKS = {"في", "اثر", "إثر", "جراء", "خلال", "نتيجه", "عقب", "بعد", "بسبب"}

    def _caused_by(self, i: int) -> bool:
        """A cause word links the act at token ``i`` to the deaths before it («في قصف», «إثر
        اشتباكات», «بانفجار»); a trigger right after the death word is often its victim
        («مقتل قناص»)."""
        return (i > 0 and self.tokens[i - 1].norm in self._CAUSE_LINKS) or self.tokens[i].prefixes[:1] == ("ب",)

    def _cue_in(self, labels: str | tuple[str, ...], lo: int, hi: int) -> bool:
        """A cue with one of ``labels`` starts in tokens ``[lo, hi)``.

        Answered by bisection in each label's sorted cue starts (built on the first call;
        ``self.cues`` is fixed once built): the same answer as a scan of every cue of the
        document, which this replaced (checked in ``tests/events/test_cue_index.py``)."""
        index = self._cue_starts
        if index is None:
            index = self._cue_starts = self._sorted_cue_positions("token_start")
        for label in (labels,) if isinstance(labels, str) else labels:
            starts = index.get(label)
            if starts:
                k = bisect.bisect_left(starts, lo)
                if k < len(starts) and starts[k] < hi:
                    return True
        return False

    def _cue_ending_in(self, label: str, lo: int, hi: int) -> bool:
        """A cue with ``label`` ends at a token boundary in ``[lo, hi)``: ``_cue_in`` for the
        cues' ends (bisection in each label's sorted ends, built on the first call), instead
        of a scan of every cue of the document for each place of each clause
        (``tests/events/test_cue_index.py``)."""
        index = self._cue_ends
        if index is None:
            index = self._cue_ends = self._sorted_cue_positions("token_end")
        ends = index.get(label)
        if not ends:
            return False
        k = bisect.bisect_left(ends, lo)
        return k < len(ends) and ends[k] < hi

    def _sorted_cue_positions(self, field: str) -> dict[str, list[int]]:
        """label -> the sorted ``field`` (token_start or token_end) of the document's cues."""
        index: dict[str, list[int]] = {}
        for c in self.cues:
            index.setdefault(c.label, []).append(getattr(c, field))
        for v in index.values():
            v.sort()
        return index

    _ACCIDENT_REACH = 400   # characters before a sentence where the accident it counts is told

    def _tok_before(self, char: int, reach: int) -> int:
        """The first token at most ``reach`` characters before ``char``."""
        return bisect.bisect_left(self.starts, max(0, char - reach))

    def _tok(self, char: int) -> int:
        return bisect.bisect_right(self.starts, char) - 1

    _START_DAYS = 7

    def _campaign_start(self, s_lo: int, trig_tok: int, dv: DateValue) -> bool:
        """A start verb («بدأت», «انطلقت») governs the trigger and the date is more than a week
        old: the article recalls when an ongoing campaign began, not an act of that day."""
        if self.published is None or dv.precision != 1:
            return False
        if not self._cue_in("modality:start", s_lo, trig_tok):
            return False
        try:
            return (self.published - date.fromisoformat(dv.date)).days > self._START_DAYS
        except ValueError:
            return False

    def _recent(self, dv: DateValue) -> bool:
        d = _day_of(dv)
        if self.published is None or d is None:
            return True
        return self.published - timedelta(days=_BACKGROUND_DAYS) <= d <= self.published + timedelta(days=_FUTURE_DAYS)

    # trigger words that name a person who acts («قناص», a sniper): right after a death word
    # («مقتل قناص») they name who died
    _PERSON_TRIGGERS = frozenset({"قناص", "قناصه"})

    def _person_who_died(self, m) -> bool:
        return m.keys[0] in self._PERSON_TRIGGERS and any(
            c.kind == "killed" and c.token_end == m.token_start for c in self.cas_cues)

    _ARRESTS = frozenset({"arrests", "detention"})
    _CHARGE_REACH = 6     # «اعتقال [ستة] المتورطين [في] التفجير»

    def _charge(self, m: Match, c_trig: Sequence[Match]) -> bool:
        """``m`` names what people arrested in its clause are suspected of: an act word after an
        arrest word and a suspect word («أعلن الوزير اعتقال المتورطين بالتفجير الذي استهدف
        ناحية بني سعد», «اعتقلوا للاشتباه بعلاقتهم بالهجوم»). The arrest is the clause's act;
        the act charged was told, or will be, as an event of its own."""
        if self._ARRESTS.intersection(m.values):
            return False
        arrest = next((a for a in c_trig if a.token_start < m.token_start and self._ARRESTS.intersection(a.values)), None)
        if arrest is None:
            return False
        return any(c.label == "roles:suspects" and arrest.token_end <= c.token_start and c.token_end <= m.token_start
                   and m.token_start - c.token_end <= self._CHARGE_REACH for c in self.cues)

    def _clause_types(self, c_trig, c_lo: int, c_hi: int, strong_in_sentence: bool, end_char: str, s_lo: int,
                      weapon: Sequence[tuple[int, TriggerType]], accident: bool = False, legal: bool = False):
        """The trigger types that make events in this clause, best first: list of
        (match, TriggerType, modality, attribution)."""
        cand: list[tuple] = []
        # a trigger whose kind needs an object («السيطرة على» a place, «خطف» people, «تفكيك» a
        # bomb) and has none in its clause is another sense of the word («السيطرة على حريق»,
        # «مدير تحرير», «خطف الميدالية», «تفكيك الزخرفة»)
        # what people arrested here are suspected of is no act of the clause («اعتقال المتورطين
        # بالتفجير»): it neither makes an event nor outranks the arrest
        c_trig = [m for m in c_trig if not self._charge(m, c_trig)]
        fit = {(id(m), v) for m in c_trig for v in m.values if self._has_object(self.lex.types[v].needs, m, c_lo, c_hi)}
        c_trig = [m for m in c_trig if any((id(m), v) in fit for v in m.values)]
        ids_here = {v for _, v in fit}
        overridden: set[str] = set()
        for tid in list(ids_here):
            t = self.lex.types[tid]
            if t.requires_override and not (set(t.overrides) & ids_here):
                ids_here.discard(tid)
                continue
            overridden.update(t.overrides)
        strong_here = any(self.lex.types[t].strong for t in ids_here)
        aircraft = self._cue_in("weapons:aircraft", c_lo, c_hi)
        for m in c_trig:
            for tid in m.values:
                t = self.lex.types[tid]
                if tid in overridden or tid not in ids_here:
                    continue
                if t.inherit and weapon:
                    t = self._weapon_for(weapon, m.token_start) or t
                if t.id in ("shelling", "attack") and aircraft:
                    t = self.lex.types["air_strike"]
                if not t.strong and not t.requires_override and \
                        (strong_here or (tid == "killing" and strong_in_sentence)):
                    continue
                if accident and tid == "killing":
                    continue
                if self._counted_in_thousands(m):
                    continue   # «إلقاء 14297 برميلا متفجرا», «5 آلاف قذيفة»: a tally, not an act
                if m.token_start > 0 and self.tokens[m.token_start - 1].norm in ("دون", "بدون"):
                    continue   # «ترك النظام المنطقة دون قتال»: without a fight
                if m.keys[0] in self._WEAPON_NOUNS and self._cue_in(
                        "modality:handling", max(c_lo, m.token_start - self._HANDLING_REACH), m.token_start):
                    continue   # «شراء هذا النوع من القنابل»: bombs bought, none thrown
                if m.keys[0] in self._TRAPPED and self._cue_in(
                        ("modality:accident", "modality:rescue"),
                        self._tok_before(self.tokens[s_lo].start, self._ACCIDENT_REACH), self._sentence_hi):
                    continue   # «تبلغ الدفاع المدني عن احتجاز شخصين بداخل بئر»: trapped, not held
                if legal and tid not in self._ARRESTS:
                    continue
                if self._purpose(m.token_start, m.keys[0]) or self._future(m.token_start, m.keys[0]):
                    continue   # «لتحرير» (in order to), «ستستعيدها» (will): not an act
                if self._person_who_died(m):
                    continue   # «ما أدى لمقتل قناص تابع لهم»: the sniper is who died, not an act
                if tid == "territory" and m.token_start > 0 and self.tokens[m.token_start - 1].norm in _RELATIVES:
                    continue   # «اللواء الذي استولت عليه جماعة الحوثي»: who holds a place, told in passing
                mod = modality_of(m.token_start, c_lo, self.cues, self.tokens, self.lex.modality_window, end_char, s_lo)
                if mod != "asserted":
                    continue
                att = attribution_of(m.token_start, s_lo, self.cues, self.tokens, self.actor_names)
                cand.append((m, t, mod, att))
        if not cand:
            return []
        # «تكاثرت الهجمات والمعارك في الأشهر الأخيرة»: a habit or a long stretch of time named
        # anywhere in the clause makes its triggers a summary of many acts, not one event
        if self._cue_in(("modality:generic", "modality:not_violence"), c_lo, c_hi):
            return []
        # «تكثف هجماتها», «غاراته على المدينة», «قتالها ضد داعش»: a noun of many acts with a
        # possessive pronoun sums up a side's acts, it tells none of them
        cand = [x for x in cand if not self._possessed_summary(x[0]) and not self._ongoing_since(s_lo, x[0])]
        if not cand:
            return []
        # one event per clause and place: keep the highest-priority type per ACLED event_type
        cand.sort(key=lambda x: -x[1].priority)
        best: dict[str, tuple] = {}
        for item in cand:
            et = item[1].acled[0]
            if et not in best:
                best[et] = item
        # A death word beside a weapon word is that attack's toll, not a battle of its own; a
        # fight word beside a weapon word is a second event (clashes with shelling: ACLED codes
        # both, and so does the development set)
        if "Explosions/Remote violence" in best and "Battles" in best and best["Battles"][1].id == "killing":
            del best["Battles"]
        # «أعدمهما رميا بالرصاص», «اغتاله مسلحون برصاص»: gunfire beside an execution or an
        # assassination is how the victim was killed, one attack, not a fight of its own
        if "Battles" in best and best["Battles"][1].id == "shooting" and \
                best.get("Violence against civilians", (None, None))[1] is not None and \
                best["Violence against civilians"][1].id == "vac_attack":
            del best["Battles"]
        return sorted(best.values(), key=lambda x: -x[1].priority)

    # trigger words that name a weapon or a bomber, not an act (lookup forms)
    _WEAPON_NOUNS = frozenset({"قنبله", "قنابل", "عبوه", "عبوات", "لغم", "الغام", "متفجرات", "صاروخ", "صواريخ",
                               "قذيفه", "قذائف", "مفخخه", "مفخخات", "انتحاري", "انتحاريين", "انتحاريون",
                               "حزام", "احزمه", "برميل", "براميل", "ناسفه"})
    _HANDLING_REACH = 4     # «شراء هذا النوع من القنابل»: the handling word, then up to three words
    # «احتجاز» also means being trapped (in a car, a well, a lift) when a crash or a rescue is told
    _TRAPPED = frozenset({"احتجاز", "احتجز", "احتجزت"})

    def _counted_in_thousands(self, m) -> bool:
        """The act word is counted by a number of a thousand or more right before it: a tally
        of months («26350 غارة»), or an arsenal («5 آلاف قذيفة»), not one event."""
        i = bisect.bisect_left(self._quantity_ends, m.token_start)
        return i < len(self._quantity_ends) and self._quantity_ends[i] == m.token_start \
            and self.quantities[i].value >= 1000

    _DEFINITE_COUNTS = {"الاثنين", "الاثنان", "الثلاثه", "الاربعه", "الخمسه", "السته", "السبعه", "الثمانيه",
                        "التسعه", "العشره"}
    _OBJECT_REACH = 12
    _PEOPLE_REACH = 7     # «اعتقلت قوات الأمن ثلاثة أشخاص»; not «توقيف الحملة على المدنيين في ...»

    def _has_object(self, needs: str, m, c_lo: int, c_hi: int) -> bool:
        """Whether the clause holds what a trigger of this kind acts on (``needs`` in triggers.yaml)."""
        if not needs:
            return True
        if "+" in needs:
            return all(self._has_object(n, m, c_lo, c_hi) for n in needs.split("+"))
        if needs == "armed":
            # an armed actor (state forces or an armed group) named in the sentence
            return any(self._sentence_lo <= a.token_start < self._sentence_hi
                       and getattr(a.value, "category", None) in _ARMED for a in self.actors)
        if needs == "place":
            # the object may follow a comma-bounded adverbial («سيطرت الفصائل، أمس، على قرية ...»);
            # a place after «في» or «ب» is where something else happened («السيطرة على حريق في
            # الرمادي»); a ground word counts right after the trigger («حررت المنطقتين») or right
            # after its «على» («سيطر مقاتلو المعارضة على نقاط عدة»)
            hi = min(self._sentence_hi, m.token_end + self._OBJECT_REACH)
            ground = [p for p in self.places if m.token_end <= p.token_start < hi and not self._locative(p.token_start)]
            if ground and getattr(ground[0].value, "feature", None) == "country" \
                    and ground[0].token_start - m.token_end <= 1:
                # a whole country as what is taken or left («تحرير فلسطين», «الانسحاب من سوريا»): a
                # cause or a policy, not ground changing hands
                return False
            return bool(ground) or any(
                c.label == "objects:territory" and not self._locative(c.token_start) and (
                    m.token_end <= c.token_start < m.token_end + 3
                    or (m.token_end < c.token_start < hi and self.tokens[c.token_start - 1].norm in ("على", "علي")))
                for c in self.cues)
        if needs == "people":
            # near the trigger (a bare number is not enough: «ذبح ثلاثة آلاف ذبيحة»)
            lo, hi = max(c_lo, m.token_start - 4), min(c_hi, m.token_end + self._PEOPLE_REACH)
            # «واعتقل الثلاثة» (the three): a definite count right after the act refers to people
            counted = m.token_end < len(self.tokens) and self.tokens[m.token_end].norm in self._DEFINITE_COUNTS
            return counted or any(lo <= a.token_start < hi for a in self.actors) or \
                self._cue_in("casualties:people", lo, hi)
        if needs == "counted":
            # a people word within a few words after the act («أوقفت قوة من الجيش 23 شخصا»), or
            # after a list of where it happened («أوقفت في محلتي تعنايل - زحلة (شرق لبنان)، والمنية
            # - بحنين (شمال لبنان)، 23 شخصا»)
            return self._cue_in("casualties:people", m.token_end, min(c_hi, m.token_end + self._PEOPLE_REACH)) \
                or self._counted_after_places(m.token_end)
        if needs == "property":
            hi = min(self._sentence_hi, m.token_end + self._OBJECT_REACH)
            return self._cue_in("objects:property", m.token_start - 3, hi)
        if needs == "weapon":
            return self._cue_in("objects:weapon", c_lo, c_hi)
        raise ValueError(f"triggers.yaml: unknown needs: {needs}")

    _PLACE_LIST_GLUE = {"في", "فى", "و", "،", ",", "-", "–", "(", ")", "\"", "«", "»", "محله", "محلتي", "منطقه", "منطقتي", "بلده",
                        "بلدتي", "مدينه", "مدينتي", "قريه", "قريتي"}

    def _counted_after_places(self, start: int) -> bool:
        """A people word right after a run of place names and their glue that starts at
        ``start`` (nothing else between the act and its object)."""
        covered = {i for p in self.places for i in range(p.token_start, p.token_end)}
        # the subject and the day may stand between («أوقفت قوة من الجيش أمس في ...»)
        aside = {i for a in self.actors for i in range(a.token_start, a.token_end)} | \
            {i for d in self.dates for i in range(self._tok(d.start), self._tok(d.end - 1) + 1)}
        seen_place, unknown = False, 0
        for i in range(start, min(len(self.tokens), start + 25)):
            t = self.tokens[i]
            if i in covered:
                seen_place = True
            elif i in aside or t.norm in self._PLACE_LIST_GLUE or t.norm == "من" or self._bare(i) in self._UNIT_NOUNS or (t.prefixes == ("و",) and t.forms[-1] in self._PLACE_LIST_GLUE):
                continue
            elif seen_place and (any(q.token_start == i for q in self.quantities) or any(
                    c.label == "casualties:people" and c.token_start == i for c in self.cues)):
                return True
            elif unknown < 2 and t.is_word and not any(m.token_start == i for m in self.trigger_matches):
                unknown += 1   # a place name the gazetteer lacks («والمنية - بحنين»)
            else:
                return False
        return False

    _SPEECH_NOUNS = {"مؤتمر", "تصريح", "تصريحات", "بيان", "كلمه", "مقابله", "حديث", "زياره", "لقاء", "اجتماع",
                     "خطاب", "ندوه", "قمه", "جلسه", "مؤتمرا", "عقده", "عقدته", "القاها", "القاه"}
    _COMPLEMENTIZERS = {"ان", "إن", "أن", "بان", "بأن", "«", ":"}

    def _secondary_place(self, p: Mention, trig_tok: int) -> bool:
        """``p`` is part of a side's name («والمقاومة الشعبية في عدن», and «ولحج» right after
        it) or says where a speaker is, between the verb of saying and the «إن» of what the
        trigger's report says («وقال مجلس المقاومة في عدن إن ...»)."""
        if self._in_actor(p) or self._office_of(p):
            return True
        if "و" in self.tokens[p.token_start].prefixes and (
                any(q.token_end == p.token_start and q is not p and self._in_actor(q) for q in self.places)
                or any(a.token_end == p.token_start and " في " in f" {a.text} " for a in self.actors)):
            return True      # «... في عدن ولحج»: the list goes on
        if p.token_start >= trig_tok or not self._cue_ending_in("reporting:verbs", p.token_start - 8, p.token_start + 1):
            return False
        return any(self.tokens[i].norm in self._COMPLEMENTIZERS for i in range(p.token_end, min(trig_tok, len(self.tokens))))

    # offices named after the place they govern: «محافظ القطيف», «أمير منطقة عسير»
    _OFFICES = frozenset({"محافظ", "امير", "عمده", "مفتي"})

    def _office_of(self, p: Mention) -> bool:
        """``p`` names the place of an office right before it («استنكر محافظ الأفلاج الحادث الذي
        استهدف مسجدا في عسير»): part of who speaks or condemns, not where an act happened."""
        i = p.token_start - 1
        return i >= 0 and self.tokens[i].is_word and not self.tokens[i].prefixes \
            and self.tokens[i].norm in self._OFFICES

    def _in_actor(self, p: Mention) -> bool:
        """``p`` lies inside an actor mention («المقاومة الشعبية في عدن»)."""
        return any(a.start < p.start and p.end <= a.end for a in self.actors)

    def _report_dates(self, dates: list[Mention], trig_tok: int) -> list[Mention]:
        """``dates`` without the one that dates the telling when another dates what was told:
        «أعلن مكتب الحاكم أمس أن اثنين قتلا في تفجير ... خلال ليل أول من أمس» happened the
        night before yesterday. A date between a reporting verb and the «إن/أن» that opens the
        report, with the trigger inside the report, is when it was said; it yields to the dates
        after that «أن», and alone it stays the best guess."""
        for d in dates:
            opens = self._speech_date(d, trig_tok)
            if opens is not None:
                told = [x for x in dates if x.start >= opens]
                return told or dates
        return dates

    _THAT = frozenset(_COMPLEMENTIZERS - {"«", ":"})   # a quotation opens no report for a date

    def _speech_date(self, d: Mention, trig_tok: int) -> Optional[int]:
        """The character offset of the «أن» that opens the report when ``d`` dates a reporting
        verb whose report holds the trigger, else None."""
        start, end = self._tok(d.start), self._tok(d.end - 1) + 1
        if end > trig_tok or not self._cue_ending_in("reporting:verbs", start - 8, start + 1):
            return None
        k = next((k for k in range(end, min(trig_tok, len(self.tokens), end + 3))
                  if self.tokens[k].norm in self._THAT or self.tokens[k].text in self._THAT), None)
        return self.tokens[k].start if k is not None else None

    def _speech_place(self, p: Mention, trig_tok: int) -> bool:
        """``p`` lies between a reporting verb and the «إن/أن» that opens what was reported,
        and the trigger is in the report."""
        # a reporting verb ending at most 8 tokens before the place (by bisection)
        verb = self._cue_ending_in("reporting:verbs", p.token_start - 8, p.token_start + 1)
        if not verb:
            return False
        # only a speech occasion («مؤتمر صحافي عقده في», «بيان صدر في», «زيارة إلى») places the
        # words elsewhere; «مصادر محلية في لحج» are local sources, usually where it happened
        if not any(f in self._SPEECH_NOUNS for t in self.tokens[max(0, p.token_start - 5):p.token_start]
                   for f in t.forms[:2]):
            return False
        return any(self.tokens[k].norm in self._COMPLEMENTIZERS or self.tokens[k].text in self._COMPLEMENTIZERS
                   for k in range(p.token_end, min(trig_tok, len(self.tokens))))

    def _named_by_place(self, m, ttype: TriggerType) -> bool:
        """«هجوم سوروتش», «تفجير الكرادة»: an act noun in construct with a place names an act by
        where it happened, as a definite generic word does (it refers back when told before)."""
        if tuple(m.keys) not in ttype.generic or m.token_end >= len(self.tokens):
            return False
        nxt = self.tokens[m.token_end]
        if any(x != "ال" for x in nxt.prefixes):
            return False       # «هجوم بالرمادي», «هجوم في الرمادي»: a preposition, not a construct
        return any(p.token_start == m.token_end for p in self.places)

    def _locative(self, i: int) -> bool:
        """Token ``i`` is governed by «في» or carries the preposition «ب»."""
        return "ب" in self.tokens[i].prefixes or (i > 0 and self.tokens[i - 1].norm in ("في", "فى"))

    _ARGUMENT_OPENERS = {"بين", "بحق"}
    _LIST_HEADS = {"مديريه", "محافظه", "منطقه", "مناطق", "مدينه", "بلده", "قريه", "معسكر", "حي", "احياء",
                   "ناحيه", "قضاء", "مواقع", "موقع", "قاعده", "مطار"}

    def _join_continued_lists(self, clauses: list[tuple[int, int]], triggers) -> list[tuple[int, int]]:
        """«غارات على مناطق كتاف ورحبان، ومديرية ميدي بمحافظة حجة، ومعسكر ... في محافظة إب»: a
        clause with no trigger that goes on with «و» and a place word continues the list of the
        clause before it; the two are read as one. So does one that opens with «بين» or «بحق»,
        the sides or the victims of the act before it («اندلعت اشتباكات أمس، بين مسلحي الحوثي
        وقوات صالح», «نفذت حكم الإعدام، أمس، بحق عشرة أشخاص»), and a fragment of one or two
        words between commas («، أمس،»). A clause opening with a relative pronoun right after a
        clause that ends with its trigger word (and one adjective at most) describes that act
        («المعارك المسلحة، التي تدور في مدينة درنة بين ...»): its places and sides are the act's."""
        if len(clauses) < 2:
            return clauses
        has_trigger = [any(a <= m.token_start < b for m in triggers) for a, b in clauses]
        out = [clauses[0]]
        joined_trigger = has_trigger[0]
        for (a, b), trig in zip(clauses[1:], has_trigger[1:]):
            t = self.tokens[a] if a < len(self.tokens) else None
            words = sum(1 for x in self.tokens[a:b] if x.is_word)
            continues = t is not None and joined_trigger and (
                (not trig and "و" in t.prefixes and any(f in self._LIST_HEADS for f in t.forms[:2]))
                or (t.norm in self._ARGUMENT_OPENERS and not t.prefixes)
                or (not trig and words <= 2 and b < len(self.tokens) and self.tokens[b].norm in _CLAUSE_PUNCT)
                or (not trig and t.norm in _RELATIVES and not t.prefixes and self._ends_with_trigger(out[-1], triggers)))
            if continues:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
                joined_trigger = trig
        return out

    _PRELUDE_WORDS = {"بعد", "اثر", "عقب"}

    def _after_word_before(self, i: int, words: set[str]) -> bool:
        """One of ``words`` (its conjunction aside) is one of the two words before token ``i``
        («بعد اشتباكات», «وبعد معارك», «بعد ساعات اشتباكات»)."""
        for k in range(i - 1, max(-1, i - 3), -1):
            t = self.tokens[k]
            if not t.is_word:
                return False
            if self._bare(k) in words:
                return True
        return False

    _PRESENT_WITNESS = {"تشهد", "يشهد", "وتشهد", "ويشهد"}

    def _state_of_place(self, m) -> bool:
        """«حيث تشهد مدينة درعا وريفها قصفاً جوياً مكثفاً», «المنطقة التي تشهد هجمات شبه يومية»:
        what a place «witnesses» in the present tense is its state, not an act told (the three
        annotated sets have one such event, optional); «شهدت» (past) tells one."""
        for k in range(m.token_start - 1, max(-1, m.token_start - 5), -1):
            t = self.tokens[k]
            if t.norm in _CLAUSE_PUNCT:
                return False
            if t.norm in self._PRESENT_WITNESS:
                return True
        return False

    _PROCLITIC_PREPOSITIONS = frozenset({"ل", "ب", "ك"})   # a group after one is no subject

    def _split_coordinated_acts(self, clauses: list[tuple[int, int]], triggers) -> list[tuple[int, int]]:
        """«وقصفت المعارضة بلدات بريفي إدلب وحلب وسيطر مقاتلون من المعارضة على حاجز مطل على
        بلدة بلودان»: a verb of an act joined by «و» to an earlier act of the clause and followed
        by a subject of its own opens a clause of its own: its places are not the first act's,
        nor the first act's its. A verb with no subject after it («قتل 5 وأصيب 12») stays in the
        clause it continues."""
        out: list[tuple[int, int]] = []
        for a, b in clauses:
            cuts = []
            first = None
            for m in sorted((m for m in triggers if a <= m.token_start < b), key=lambda m: m.token_start):
                if first is None:
                    first = m.token_start
                    continue
                t = self.tokens[m.token_start]
                if m.token_start <= first or "و" not in t.prefixes or m.token_end - m.token_start != 1 \
                        or "killing" in m.values or self._bare(m.token_start).endswith("وا") \
                        or not self._perfect(m.token_start):
                    continue
                if any(m.token_end <= x.token_start <= m.token_end + 2 and x.token_start < b
                       and self._PROCLITIC_PREPOSITIONS.isdisjoint(self.tokens[x.token_start].prefixes)
                       and all(self.tokens[k].norm not in _CLAUSE_PUNCT for k in range(m.token_end, x.token_start))
                       for x in self.actors):
                    cuts.append(m.token_start)
            s = a
            for c in cuts:
                out.append((s, c))
                s = c
            out.append((s, b))
        return out

    def _ends_with_trigger(self, clause: tuple[int, int], triggers) -> bool:
        """A trigger word ends ``clause``, or is followed by one word (an adjective) only."""
        a, b = clause
        return any(a <= m.token_start and m.token_end >= b - 1 for m in triggers)

    def _sentence_weapons(self, triggers) -> list[tuple[int, TriggerType]]:
        """The remote-violence trigger types among a sentence's ``triggers`` with their token
        positions: the weapons an «استهداف» or «هجوم» may have been carried out with."""
        out: list[tuple[int, TriggerType]] = []
        for m in triggers:
            best: Optional[TriggerType] = None
            for tid in m.values:
                t = self.lex.types[tid]
                if t.strong and not t.inherit and t.acled[0] == "Explosions/Remote violence":
                    if best is None or t.priority > best.priority:
                        best = t
            if best is not None:
                out.append((m.token_start, best))
        return out

    @staticmethod
    def _weapon_for(weapons: Sequence[tuple[int, TriggerType]], i: int) -> Optional[TriggerType]:
        """The weapon of a generic act at token ``i``: the one told last before it («شن طيران
        التحالف 14 غارة ..، استهدفت وحدات»), else the first after it («استهدفت ... بعبوة»);
        not the sentence's most specific one, which may be another act («الدجاج الانتحاري»)."""
        before = [w for w in weapons if w[0] < i]
        if before:
            return max(before, key=lambda w: w[0])[1]
        after = [w for w in weapons if w[0] > i]
        return min(after, key=lambda w: w[0])[1] if after else None

    def _perfect(self, i: int) -> bool:
        """The word at token ``i`` is a perfect verb of the lexicon («وسيطر», «قصفت») or has
        the shape of one («أوقفت»)."""
        bare = self._bare(i)
        return _looks_perfect(bare) or lookup_key(bare) in self.lex.verbs

    def _bare(self, i: int) -> str:
        """The word at token ``i`` without its conjunction and preposition proclitics."""
        n = self.tokens[i].norm
        if n[:1] in ("و", "ف") and len(n) > 3:
            n = n[1:]
        return n

    def _definite(self, i: int) -> bool:
        n = self._bare(i)
        return n.startswith("ال") or (n.startswith("لل") and len(n) > 4) or \
            (n[:1] in ("ب", "ك", "ل") and n[1:3] == "ال")

    def _purpose(self, i: int, key: str) -> bool:
        """A verbal noun with the purpose preposition ل: «لتحرير», «للسيطرة», «لمحاصرة». Not
        after a verb of being subjected to («تعرضت دورية ... لمقذوف», «تعرضت المدينة لقصف»),
        whose ل names what happened to the subject."""
        n = self._bare(i)
        return n.startswith("ل") and not key.startswith("ل") and not self._subjected_before(i)

    # «تعرض/تعرضت ... ل»: perfect and verbal-noun forms only; the imperfect («تتعرض المدينة
    # لقصف يومي») tells a habit
    _SUBJECTED = {"تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا", "تعرضه", "تعرضها", "تعرضهم", "تعرضهما"}
    _SUBJECTED_REACH = 12

    def _subjected_before(self, i: int) -> bool:
        for j in range(i - 1, max(-1, i - 1 - self._SUBJECTED_REACH), -1):
            t = self.tokens[j]
            if t.norm in (".", "؛", ";", "!", "?", "؟"):
                return False
            if self._bare(j) in self._SUBJECTED or any(f in self._SUBJECTED for f in t.forms[:2]):
                return True
        return False

    def _future(self, i: int, key: str) -> bool:
        """A verb with the future prefix س that the tokenizer leaves attached: «ستستعيدها», «سيشن»."""
        n = self._bare(i)
        return len(n) > len(key) + 1 and n[:1] == "س" and n[1:2] in ("ت", "ي", "ن", "ا") and \
            not key.startswith("س") and key[:3] in n[1:]

    def _most_specific(self, places: list[Mention]) -> Optional[Mention]:
        ps = self._event_places(places)
        return ps[0] if ps else None

    def _event_places(self, places: list[Mention]) -> list[Mention]:
        """Places an event happens at: drop countries and provinces when something more
        precise is named, and reference points after a direction word («شمال غرب بغداد»)."""
        if not places:
            return []
        keep: list[Mention] = []
        ref_prev = False
        for i, p in enumerate(places):
            # a place coordinated with a landmark is a landmark too («بين الحوطة وعدن»)
            # («طريق عدن أبين», «طريق دمشق بيروت»: a road is named by the two towns it joins)
            linked = i > 0 and places[i - 1].token_end == p.token_start and (
                "و" in self.tokens[p.token_start].prefixes or self._road_name(places[i - 1]))
            ref = self._reference(p) or (linked and ref_prev)
            ref_prev = ref
            # a place after a direction word is a reference point for a place before it
            # («قضاء البعاج شمال غرب بغداد»), not when that place is only a country or region
            # («وفي جنوب سوريا، سيطر ... على سد في ريف درعا الغربي»)
            if ref or (i > 0 and any(getattr(q.value, "feature", None) not in ("country", "region") for q in keep)
                       and (self._after_direction(p) or self._after_container_word(p))):
                continue
            keep.append(p)
        # «حي النشوة بجنوب مدينة الحسكة»: a place named right before the town or province it
        # lies in, but read as a namesake far from it, is a misreading: the container stands
        keep = [p for p in keep if not self._far_from_container(p, places)]
        # «في قضاء المقدادية وناحية كنعان في بعقوبة»: a town named after «في» right after other
        # places of the act says where they lie (the province's seat for its districts)
        keep = [p for p in keep if not self._trailing_container(p, keep)]
        # «أثناء عودتهم من اجتماع في مدينة اعزاز إلى مقرهم في قرية المالكية»: the end of a
        # route told after its start is where they were going, not a second place of the act
        keep = [p for p in keep if not self._route_end(p, keep)]
        # a foreign capital stands for its government («قال في مؤتمر عقده في أنقرة», «مصادر الرياض»)
        keep = [p for p in keep if not self._foreign_capital(p) and not self._capital_as_actor(p)]
        precise = [p for p in keep if getattr(p.value, "geo_precision", 3) < 3
                   and getattr(p.value, "feature", None) not in ("country", "region")]
        if precise:
            keep = precise
        else:
            # a province or region will do (precision 3, as ACLED codes it); a whole country
            # is not a place an event "happens at" (ANNOTATION.md), so it never is one
            keep = [p for p in keep if getattr(p.value, "feature", None) != "country"][:1]
        # a place named with the town or district it lies in («حي الشيخ مقصود في حلب»,
        # «الكرادة ببغداد»): the event happened at the smaller one
        keep = [p for p in keep if not any(self._inside(q, p) for q in keep if q is not p)]
        # de-duplicate the same place named twice in a clause
        seen: set = set()
        out = []
        for p in keep:
            key = (round(p.value.lat or 0, 3), round(p.value.lon or 0, 3)) if p.value else p.text
            if key in seen:
                continue
            seen.add(key)
            out.append(p)
        return out

    _CAPITAL_KM = 15.0
    _CONTAINER_KM = {"locality": 40.0, "county": 80.0, "region": 200.0}

    def _far_from_container(self, p: Mention, places: list[Mention]) -> bool:
        """``p`` is followed within four words by a bigger place it should lie in, but is far
        from it."""
        v = p.value
        if v is None or v.lat is None:
            return False
        for q in places:
            if q is p or not (p.token_end <= q.token_start <= p.token_end + 4):
                continue
            w = q.value
            limit = self._CONTAINER_KM.get(getattr(w, "feature", None) or "")
            if w is None or w.lat is None or limit is None:
                continue
            rv, rw = self._rank(v), self._rank(w)
            before = self.tokens[p.token_start - 1].norm if p.token_start > 0 else ""
            if p.text.startswith(("حي ", "أحياء ", "احياء ")) or before in ("حي", "احياء"):
                rv = 0         # the text says neighbourhood, whatever the namesake read
            if rv >= rw:
                continue
            if any(t.norm in ("و", "،", ",") for t in self.tokens[p.token_end:q.token_start]) or \
                    "و" in self.tokens[q.token_start].prefixes:
                continue       # «الحسكة والرقة»: a list, not a container
            return km((v.lat, v.lon), (w.lat, w.lon)) > limit
        return False

    _LOCATIVE = {"في", "فى", "على", "علي", "الى", "إلى", "الي", "من", "قرب", "داخل", "حول", "محيط", "مدينه",
                 "العاصمه", "عاصمه", "وسط", "شمال", "جنوب", "شرق", "غرب", "اطراف", "ضواحي", "نحو", "باتجاه"}

    def _after_trigger(self, p: Mention) -> bool:
        """``p`` follows a trigger directly or after one word («قصفت الطائرات دمشق»)."""
        return any(0 <= p.token_start - m.token_end <= 1 for m in self.trigger_matches)

    def _capital_as_actor(self, p: Mention) -> bool:
        """A national capital named with no locative word («بدأت أنقرة بشن غارات», «واشنطن
        تدين») is its government; after a trigger it is the target («قصفت الطائرات دمشق»)."""
        v = p.value
        if v is None or v.lat is None or not v.country:
            return False
        cap = _capital(v.country)
        if cap is None or km((v.lat, v.lon), cap) > self._CAPITAL_KM or getattr(v, "feature", None) != "locality":
            return False
        if p.token_end - p.token_start > 1 and self._bare(p.token_start) in self._PLACE_HEADS:
            return False       # «مخيم اليرموك», «مدينة صنعاء»: named as a place, with its place word
        tok = self.tokens[p.token_start]
        if any(x in tok.prefixes for x in ("ب", "ل", "ك", "و")):
            return False       # «بصنعاء», «في عدن وصنعاء»: a place
        prev = self.tokens[p.token_start - 1] if p.token_start > 0 else None
        if prev is not None and (prev.norm in self._LOCATIVE or any(f in self._LOCATIVE for f in prev.forms[:2])):
            return False
        return not self._after_trigger(p)

    def _foreign_capital(self, p: Mention) -> bool:
        """The capital of a country other than the article's main one (not when it is what an
        act was aimed at: «غارة جوية على صنعاء»)."""
        prev = self.tokens[p.token_start - 1].norm if p.token_start > 0 else ""
        if prev in ("على", "علي", "ضد") or self._after_trigger(p):
            return False
        if p.token_end - p.token_start > 1 and self._bare(p.token_start) in self._PLACE_HEADS:
            return False   # «في مدينة أم درمان»: named as a place, with its place word
        v = p.value
        if v is None or v.lat is None or not v.country or not self.country or v.country == self.country:
            return False
        cap = _capital(v.country)
        return cap is not None and km((v.lat, v.lon), cap) <= self._CAPITAL_KM

    _PLACE_HEADS = {"مدينه", "حي", "احياء", "بلده", "عاصمه", "منطقه", "ضاحيه", "شارع", "ميدان", "مخيم",
                    "قريه", "ناحيه", "قضاء"}
    _RANK = {"neighbourhood": 0, "poi": 0, "locality": 1, "county": 2, "region": 3, "country": 4}
    _INSIDE_KM = {1: 20.0, 2: 40.0, 3: 150.0, 4: 1000.0}

    _TRAILING_CONTAINER_KM = 50.0

    def _rank(self, place) -> int:
        """How big a kind of place is (``_RANK``; 1 when its feature is unknown)."""
        return self._RANK.get(getattr(place, "feature", None) or "", 1)

    def _trailing_container(self, p: Mention, keep: list[Mention]) -> bool:
        v = p.value
        if v is None or v.lat is None or getattr(v, "geo_precision", 3) >= 3:
            return False
        for q in keep:
            w = q.value
            if q is p or q.token_end > p.token_start or w is None or w.lat is None:
                continue
            between = [t.norm for t in self.tokens[q.token_end:p.token_start]]
            if between not in (["في"], ["فى"], ["-"], ["–"]) and \
                    (between or self.tokens[p.token_start].prefixes[:1] != ("ب",)):
                continue       # «في Z», «بZ» or «- Z» right after the place: where it lies
            if self._rank(w) > self._rank(v):
                continue
            return km((v.lat, v.lon), (w.lat, w.lon)) <= self._TRAILING_CONTAINER_KM
        return False

    _FROM, _TO = {"من"}, {"الى", "إلى", "الي"}

    def _after_word(self, p: Mention, words: set[str], reach: int = 4) -> Optional[int]:
        """Index of the nearest of ``words`` within ``reach`` words before ``p`` (no punctuation
        between), else None."""
        for i in range(p.token_start - 1, max(-1, p.token_start - reach - 1), -1):
            t = self.tokens[i]
            if t.norm in _CLAUSE_PUNCT:
                return None
            if t.norm in words:
                return i
        return None

    _TOWARDS = {"الى", "إلى", "الي", "نحو", "باتجاه", "صوب"}

    def _destination(self, p: Mention) -> bool:
        """``p`` is where a movement went: «إلى», «نحو», «باتجاه» within three words before it
        («إلى أحياء المعادي والصالحين»: the list's later names too)."""
        if self._after_word(p, self._TOWARDS, reach=3) is not None:
            return True
        # a name coordinated with a destination («... والصالحين»)
        return any(q is not p and q.token_end <= p.token_start <= q.token_end + 1
                   and "و" in self.tokens[p.token_start].prefixes and self._after_word(q, self._TOWARDS, reach=3) is not None
                   for q in self.places)

    def _route_end(self, p: Mention, keep: list[Mention]) -> bool:
        to = self._after_word(p, self._TO)
        if to is None:
            return False
        return any(q is not p and q.token_end <= to and (f := self._after_word(q, self._FROM)) is not None
                   and to - q.token_end <= 4 for q in keep)

    def _inside(self, small: Mention, big: Mention) -> bool:
        """``small`` is a more specific place near enough to lie inside ``big``."""
        a, b = small.value, big.value
        if a is None or b is None or a.lat is None or b.lat is None:
            return False
        ra, rb = self._rank(a), self._rank(b)
        if ra >= rb:
            return False
        return km((a.lat, a.lon), (b.lat, b.lon)) <= self._INSIDE_KM.get(rb, 20.0)

    def _road_name(self, p: Mention) -> bool:
        """«طريق» stands right before ``p`` or opens it («طريق عدن» read with its place word)."""
        return any(0 <= i < len(self.tokens) and any(f in ("طريق", "الطريق") for f in self.tokens[i].forms[:2])
                   for i in (p.token_start - 1, p.token_start))

    def _reference(self, p: Mention) -> bool:
        """A landmark word (``_REFERENCE_WORDS``) within the three words before the place."""
        for i in range(p.token_start - 1, max(-1, p.token_start - 4), -1):
            t = self.tokens[i]
            if t.norm in _CLAUSE_PUNCT:
                return False
            # forms drop the article («الواصلة» -> «واصله»): the list has both spellings
            if t.norm in _REFERENCE_WORDS or any(f in _REFERENCE_WORDS for f in t.forms[:2]):
                return True
        return False

    # lookup forms: a headquarters, barracks or gun positions
    _BASE_WORDS = {"مقر", "مقرات", "ثكنه", "ثكنات", "مرابض", "منصه", "منصات"}

    def _from_base(self, p: Mention) -> bool:
        """«من مقراتها في حتيتة الجرش», «من مقره بالقاهرة»: the place of a base something is
        done from (the caller says when that is not where the act happened)."""
        j = p.token_start - 1
        if j >= 0 and self.tokens[j].norm in ("في", "فى"):
            j -= 1
        elif self.tokens[p.token_start].prefixes[:1] != ("ب",):
            return False
        return j >= 1 and any(f in self._BASE_WORDS for f in self.tokens[j].forms[:2]) \
            and self.tokens[j - 1].norm == "من"

    # lookup forms (a token's ``forms`` drop the article and «و»)
    _OWNED_BY = {"تابعه", "تابع", "تابعين", "تابعتين"}
    _CONTAINER_WORDS = _OWNED_BY | {"واقعه", "واقع", "واقعتين", "قريبه", "قريب", "تقع", "يقع"}

    def _after_container_word(self, p: Mention) -> bool:
        """«بلدة النعيمة الواقعة في شرق مدينة درعا», «بلدتي الوهط وصبر التابعتين لمحافظة لحج»:
        the place after «الواقعة» or «التابعة» (within three words) says where the one before it
        lies; it is not a second place of the act. The reach is six words, so an unlisted region
        may stand between («داريا التي تقع في الغوطة الغربية لدمشق»); a word opening with «و»
        starts a new conjunct and ends it."""
        for i in range(p.token_start - 1, max(-1, p.token_start - 7), -1):
            t = self.tokens[i]
            if t.norm in _CLAUSE_PUNCT:
                return False
            if any(f in self._CONTAINER_WORDS for f in t.forms[:2]):
                return True
            if t.prefixes[:1] == ("و",):
                return False
        return False

    def _after_direction(self, p: Mention) -> bool:
        """True when the place is named as a reference point: a direction or proximity word
        stands right before it or opens its own mention («قضاء البعاج شمال غرب بغداد»)."""
        lo = max(0, p.token_start - 2)
        hi = min(p.token_end, p.token_start + 2, len(self.tokens))
        for i in range(lo, hi):
            t = self.tokens[i]
            if t.forms and any(f in _DIRECTION_WORDS for f in t.forms):
                if self._inner_part(i):
                    continue
                return True
        return False

    _PARTS = {"شمال", "جنوب", "شرق", "غرب", "وسط"}

    def _inner_part(self, i: int) -> bool:
        """«بجنوب مدينة الحسكة», «في شمال بغداد»: with «ب» or after «في» a direction names a part
        of the place (in its south), not a point beside it (south of it): the place contains the
        act and is no reference point."""
        t = self.tokens[i]
        if not any(f in self._PARTS for f in t.forms[1:]) and t.norm not in self._PARTS:
            return False
        return (t.prefixes[-1:] == ("ب",)) or (i > 0 and self.tokens[i - 1].norm in ("في", "فى"))

    def _actors(self, c_lo: int, c_hi: int, s_lo: int, s_hi: int, ttype: TriggerType, trig_tok: int = -1):
        """actor1 (agent) and actor2 (target) for a clause; ``civ`` if civilians were the victims.

        Agents come from the clause first (its first agent: ranking by the resolver's score
        measured worse on the development set, 0.685 vs 0.733), else from earlier in the sentence (the subject of a clause chain «تواصل القوات
        ...، وتمكنها من تحرير ...»). A mention after a role cue («على», «ضد», «مواقع») or with the
        possessive ل («لإرهابيي جيش الفتح») is a target, never the agent."""
        in_clause = [a for a in self.actors if c_lo <= a.token_start < c_hi]
        agents: list[tuple[int, int, Actor, int]] = []   # (rank, order, actor, mention start)
        targets: list[Actor] = []
        # armed groups fly no warplanes: in an air strike they are the targets, unless the
        # trigger is a drone («طائرة مسيرة»), which non-state groups do fly
        grounded = ttype.acled[1] == "Air/drone strike" and not self._drone(trig_tok)
        # the source of a report («قال الجيش التركي إن مسلحين ...») yields to an agent named in
        # what it reports
        speakers = {id(a) for a in in_clause if self._speaker(a, trig_tok)}
        if speakers and not any(id(a) not in speakers and self._role(a) == "agent"
                                and getattr(a.value, "category", None) in _ARMED for a in in_clause):
            speakers = set()
        for a in in_clause:
            actor = self._actor_of(a)
            if actor is None or id(a) in speakers:
                continue
            if (actor.id is None or actor.name.startswith("Unidentified")) and self._member_of_named(a):
                continue       # «قناصة من الحوثيين»: the snipers are the named group's
            if actor.plover_sector == "PTY" and self._role(a) != "target":
                continue       # «قال حزب الشعوب الديمقراطي إن ...»: a party quoted is a speaker
            role = self._role(a)
            if role == "holder":
                continue       # «الخاضع لسيطرة المعارضة»: who holds the place
            if role != "target" and _government_in_violence(actor, ttype):
                continue       # «قال اللواء منصور التركي إن ...»: a government speaks, its forces act
            if role == "target" or is_civilian(actor) or (grounded and actor.category in _NO_AIR_FORCE) \
                    or _bombed_security(actor, ttype):
                targets.append(actor)
            elif actor.id is not None or actor.category:
                rank = -1 if self._authored(a) else self._agent_rank(actor)
                agents.append((rank, a.token_start, actor, a.token_start))  # first agent of the clause
        if not any(rank <= 0 for rank, _, _, _ in agents):
            for a in self.actors:
                if s_lo <= a.token_start < c_lo:
                    actor = self._actor_of(a)
                    if actor is not None and (actor.id is not None or actor.category) \
                            and self._role(a) not in ("target", "holder") and not is_civilian(actor) \
                            and not _government_in_violence(actor, ttype) \
                            and not (grounded and actor.category in _NO_AIR_FORCE) \
                            and not _bombed_security(actor, ttype):
                        agents.append((self._agent_rank(actor), c_lo - a.token_start + 1000, actor, a.token_start))
                elif c_hi <= a.token_start < s_hi and self._fire_source(a):
                    # «سقوط صاروخ على حي المغاير ...، مصدره مناطق سيطرة النظام»: told after the act
                    actor = self._actor_of(a)
                    if actor is not None:
                        agents.append((-1, a.token_start, actor, a.token_start))
        agents.sort(key=lambda x: (x[0], x[1]))
        a1 = agents[0][2] if agents else self._country_as_agent(c_lo, c_hi, trig_tok)
        a2 = next((t for t in targets if a1 is None or t.name != a1.name), None)
        # the agent named before the act is its subject («استعادت المعارضة ... بعد مواجهات مع ...»),
        # unless a clause word («بينما», «فيما») opened a clause with a subject of its own
        subject = bool(agents) and 0 <= agents[0][3] < trig_tok and (
            agents[0][3] >= c_lo or self.tokens[c_lo].norm not in _CLAUSE_WORDS) and not self._after_preposition(agents[0][3])
        sides = self._between_sides(in_clause) if ttype.acled[0] == "Battles" else None
        if sides is not None:
            # «اشتباكات بين مسلحي الحوثي وقوات صالح»: the two sides named after «بين», in order
            a1, a2 = sides
            subject = False
        elif a1 is None and ttype.acled[0] == "Battles":
            # «قتل 30 من مسلحي الحوثي في مواجهات مع المقاومة الشعبية»: the side the dead fought
            with_side = next((self._actor_of(m) for m in in_clause if m.token_start > 0
                              and self.tokens[m.token_start - 1].norm == "مع"), None)
            if with_side is not None and with_side.id is not None and not is_civilian(with_side):
                a1 = with_side
                subject = False
                a2 = next((t for t in targets if t.name != with_side.name and not is_civilian(t)), None)
        other = next((t for t in targets[1:] if t.name != targets[0].name), None) if targets else None
        if a1 is None and other is not None and not is_civilian(targets[0]):
            if ttype.id in _BOMBINGS:
                # a bombing that hit two sides («ستة من رجال الجيش والشرطة قتلوا في هجوم انتحاري»):
                # both are its targets, the bomber is unnamed
                a2 = next((t for t in targets if not t.name.startswith("Unidentified")), a2)
            else:
                # two sides hit, no agent named («قتل 25 من الحوثيين و8 من المقاومة في مواجهات»); one
                # side hit twice («لقي أربعة حوثيين مصرعهم ... استهدف منزل قيادي حوثي») names no attacker
                a1, a2 = targets[0], other
        if self._mutual(trig_tok) and not subject:
            a1, a2 = self._state_side_first(a1, a2)
        civ = any(is_civilian(t) for t in targets)
        # an act with no author named is an unidentified group's; an attack («هجوم») only when
        # its victims are named («قتل شرطي ... في هجوم»): a bare attack word is often an aside
        if a1 is None and self.country and (
                ttype.id in ("ied", "suicide", "killing", "vac_attack", "abduction", "shelling")
                or (ttype.id in ("attack", "shooting") and (a2 is not None or civ))):
            a1 = Actor(name=f"Unidentified Armed Group ({country_name(self.country)})", name_ar=None,
                       category="unidentified", country=self.country)
        return a1, a2, civ

    _PREPOSITIONS = {"في", "من", "عن", "على", "علي", "الى", "إلى", "مع", "بين"}

    def _after_preposition(self, i: int) -> bool:
        """The word at ``i`` is governed by a preposition («مقتل والي ... في تنظيم داعش»): no subject."""
        return (i > 0 and self.tokens[i - 1].norm in self._PREPOSITIONS) or \
            any(x in self.tokens[i].prefixes for x in ("ب", "ل"))

    def _source_unknown(self, m: Match) -> bool:
        """The weapon the trigger names is said to be of unknown source, right after it
        («قذائف هاون مجهولة المصدر»): the act stays the unidentified group's."""
        return any(c.label == "roles:unknown_source" and 0 <= c.token_start - m.token_end <= 2 for c in self.cues)

    def _unidentified(self, iso2: Optional[str]) -> Optional[Actor]:
        """"Unidentified Armed Group (<country>)" for ``iso2`` or the article's country."""
        cc = iso2 or self.country
        if not cc:
            return None
        return Actor(name=f"Unidentified Armed Group ({country_name(cc)})", name_ar=None,
                     category="unidentified", country=cc)

    def _mutual(self, trig_tok: int) -> bool:
        """The trigger is or holds a fight word that names no attacker («اشتباكات», «دارت معارك»)."""
        if trig_tok < 0:
            return False
        end = max((m.token_end for m in self.trigger_matches if m.token_start == trig_tok), default=trig_tok + 1)
        return any(c.label == "roles:mutual" and c.token_start < end and trig_tok < c.token_end for c in self.cues)

    def _state_side_first(self, a1: Optional[Actor], a2: Optional[Actor]) -> tuple[Optional[Actor], Optional[Actor]]:
        """The two sides of a fight that names no attacker, the state's side first: «قتل ستة من
        الحشد الشعبي في اشتباك مع داعش» and «معارك بين الحوثيين والمقاومة» both give the side
        fighting for the state (its forces, or a group fighting alongside them) as actor1, as
        the annotated sets do whichever side the sentence names first."""
        if a1 is None or a2 is None:
            return a1, a2
        year = self.published.year if self.published else None
        if fights_for_state(a2, year) and not fights_for_state(a1, year):
            return a2, a1
        return a1, a2

    def _speaker(self, a: Mention, trig_tok: int) -> bool:
        """«قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده»: the subject of a verb of
        saying, with «إن/أن» between it and the act, is the source, not a side of the act."""
        if trig_tok < 0 or a.token_start >= trig_tok:
            return False
        said = any(c.label == "reporting:verbs" and 0 <= a.token_start - c.token_end <= 1 for c in self.cues)
        return said and any(self.tokens[i].norm in self._COMPLEMENTIZERS for i in range(a.token_end, trig_tok))

    _TAKING_VERBS = {"تمكنت", "تمكن", "تمكنوا", "استطاعت", "استطاع", "استطاعوا", "اعلنت", "اعلن", "اعلنوا",
                     "استكملت", "استكمل", "استكملوا", "بعد", "عقب", "اثر"}

    def _control_noun(self, m, ttype) -> bool:
        """The capture type read from the bare noun «سيطرة» with no verb of taking before it
        («تمكنت من السيطرة», «بعد سيطرتها»): in an undated sentence it describes who holds a
        place («وتسيطر ... ولا تقطعها إلا سيطرة القوات على معبر القامشلي»)."""
        if ttype.id != "territory" or not m.keys or m.keys[0] != "سيطره":
            return False
        before = [self._bare(i) for i in range(max(0, m.token_start - 3), m.token_start)]
        return not any(w in self._TAKING_VERBS or w.lstrip("و") in self._TAKING_VERBS for w in before)

    def _flies(self, a1: Actor, places: list, c_lo: int, c_hi: int) -> bool:
        """``a1`` is the air force that flies the strikes where the act happened
        (``data/air_campaigns.yaml``), or the clause names aircraft."""
        if self._cue_in("weapons:aircraft", c_lo, c_hi):
            return True
        where = getattr(places[0].value, "country", None) if places and places[0] is not None else None
        campaign = self._air_campaign(where)
        return campaign is not None and campaign.name == a1.name

    def _state_force_in(self, lo: int, hi: int) -> Optional[Actor]:
        """The first state force named in tokens ``[lo, hi)`` («قوات الأمن», «الشرطة»)."""
        for a in self.actors:
            if lo <= a.token_start < hi and getattr(a.value, "category", None) == "state forces":
                return self._actor_of(a)
        return None

    def _country_as_agent(self, c_lo: int, c_hi: int, trig_tok: int) -> Optional[Actor]:
        """«قصفت تركيا مواقع», «شنت الولايات المتحدة غارات»: a country named as the subject, right
        after the act's verb or after a verb of doing («شنت», «نفذت»), acts through its armed
        forces. Only when no actor is named in the clause."""
        for p in self.places:
            if not c_lo <= p.token_start < c_hi or getattr(p.value, "feature", None) != "country":
                continue
            if any(x in self.tokens[p.token_start].prefixes for x in ("ب", "ل", "ك", "و", "ف")):
                continue
            after_act = trig_tok >= 0 and p.token_start == trig_tok + 1
            after_doing = any(c.label == "roles:agent_before" and c.token_end == p.token_start for c in self.cues)
            if after_act or after_doing:
                forces = self._state_forces(p.value.country)
                return replace(forces, name_ar=p.text) if forces is not None else None
        return None

    def _between_sides(self, mentions: list[Mention]) -> Optional[tuple[Actor, Optional[Actor]]]:
        """The first two distinct named actors after «بين» (the first within three words of it)."""
        if not mentions:
            return None
        for i in range(max(0, mentions[0].token_start - 8), mentions[-1].token_start):
            if self.tokens[i].norm != "بين":
                continue
            after = [m for m in mentions if 0 < m.token_start - i <= 3]
            if not after:
                continue
            first = self._actor_of(after[0])
            if first is None or first.id is None or is_civilian(first):
                continue
            rest = [self._actor_of(m) for m in mentions if m.token_start > after[0].token_start]
            second = next((a for a in rest if a is not None and a.id is not None and a.name != first.name
                           and not is_civilian(a)), None)
            return first, second
        return None

    def _air_campaign(self, iso2: Optional[str]) -> Optional[Actor]:
        return air_campaign_actor(iso2 or self.country, self.published.year if self.published else None)

    def _generic_agent(self, agent_id: str, iso2: Optional[str]) -> Optional[Actor]:
        """A typed generic actor of the knowledge base («Protesters (Syria)», «Military Forces
        of Iraq») for the country ``iso2`` or the article's."""
        from rasd.kb.load import default_kb   # the engine otherwise never needs the knowledge base
        cc = iso2 or self.country
        if not cc:
            return None
        return default_kb().resolve_ref(f"{agent_id}:{cc}", self.published.year if self.published else None)

    def _demonym_after(self, m) -> Optional[str]:
        """The country (ISO2) a nisba adjective right after the act word names, one word of
        kind allowed between («قصف جوي عراقي», «غارة أميركية», «قصف مدفعي تركي»)."""
        from rasd.gazetteer.cues import PlaceCues
        demonyms = PlaceCues.load().demonyms
        for k in range(m.token_end, min(m.token_end + 2, len(self.tokens))):
            t = self.tokens[k]
            if not t.is_word or t.prefixes:
                return None    # «غارة وأميركية», «قصف بالطائرات»: no adjective of the act
            cc = next((demonyms[f] for f in t.forms[:2] if f in demonyms), None)
            if cc is not None:
                return cc
        return None

    def _state_forces(self, iso2: Optional[str]) -> Optional[Actor]:
        """The armed forces of the country ``iso2`` (or the article's) in the publication year."""
        return self._generic_agent("mil", iso2)

    _DRONE_WORDS = {"مسيره", "مسيرات", "طيار", "درون", "درونز"}

    def _drone(self, trig_tok: int) -> bool:
        """The trigger or the three words after it name a drone («طائرة مسيرة», «بدون طيار»)."""
        if trig_tok < 0:
            return False
        return any(f in self._DRONE_WORDS for t in self.tokens[trig_tok:trig_tok + 4] for f in t.forms[:2])

    @staticmethod
    def _agent_rank(actor: Actor) -> int:
        """0 for armed actors the knowledge base knows; 1 for governments and heads of state
        (the speakers of most news, rarely the hand behind an attack). Lower ranks act first, from
        the clause or else from earlier in the sentence. Names only the NER model proposed (people,
        mostly speakers and victims) are never agents: an event then gets the unidentified actor."""
        if actor.id is None:
            return 2
        if actor.id.startswith("gov:"):
            return 1
        return 0

    @staticmethod
    def _actor_of(a: Mention) -> Optional[Actor]:
        actor = a.value if isinstance(a.value, Actor) else None
        if actor is not None and actor.name_ar is None:
            actor = replace(actor, name_ar=a.text)
        return actor

    # oblique plural heads («مقاتلي داعش», «مسلحي الحوثي») mark the object or a genitive, unlike
    # the nominative «مقاتلو», «مسلحو» of a subject
    _OBLIQUE_HEADS = {"مقاتلي", "مسلحي", "متشددي", "عناصر", "مواقع", "معاقل", "تجمعات"}

    def _member_of_named(self, a: Mention) -> bool:
        """A generic mention followed by «من» and a named actor («مسلحين من داعش»)."""
        if a.token_end >= len(self.tokens) or self.tokens[a.token_end].norm != "من":
            return False
        return any(b.token_start == a.token_end + 1 and getattr(b.value, "id", None)
                   and not b.value.name.startswith("Unidentified") for b in self.actors)

    def _glossed(self, a: Mention) -> Optional[Mention]:
        """The mention that ``a`` glosses in brackets right after it («معقلا لإرهابيي جيش الفتح
        (النصرة سابقا)»): the same side, in the same role."""
        i = a.token_start - 1
        if i >= 1 and self.tokens[i].norm in ("(", "["):
            return next((b for b in self.actors if b.token_end == i), None)
        # «للرئيس المخلوع علي عبدالله صالح»: two mentions of one actor side by side are one phrase
        return next((b for b in self.actors if b.token_end == a.token_start and b is not a
                     and getattr(b.value, "id", None) and getattr(b.value, "id", None) == getattr(a.value, "id", None)),
                    None)

    _LAYING = {"نصب", "نصبت", "نصبوا", "ينصب", "تنصب", "ينصبون"}

    def _author_of_act_noun(self, a: Mention) -> bool:
        """«كمين للمقاومة», «هجوم لتنظيم داعش», «قصف للحوثيين»: right after the noun of an attack
        (``roles:lam_author``) the «ل» group is its author; but after a verb of laying, «نصبوا
        كمينا لقوات الجيش», it is the one waylaid."""
        noun = next((c for c in self.cues if c.label == "roles:lam_author" and c.token_end == a.token_start), None)
        if noun is None:
            return False
        return not any(self._bare(i) in self._LAYING for i in range(max(0, noun.token_start - 2), noun.token_start))

    _HELD = {"خاضع", "خاضعه", "خاضعين", "خاضعتين", "تحت", "مناطق", "منطقه", "اماكن"}

    def _holder(self, a: Mention) -> Optional[str]:
        """«حي المغاير الخاضع لسيطرة المعارضة», «تحت سيطرة داعش»: the side that holds a place,
        named to locate it, is no side of the act ("holder"); but where the fire came from, «مصدره
        مناطق سيطرة النظام», it is the one that fired ("source"). None when no such phrase precedes."""
        i = a.token_start - 1
        if i < 1 or "سيطره" not in self.tokens[i].forms or not any(f in self._HELD for f in self.tokens[i - 1].forms):
            return None
        return "source" if i >= 2 and self._its_source(i - 2) else "holder"

    def _its_source(self, i: int) -> bool:
        """«مصدره», «مصدرها», «مصدرهما»: "its source" (not «مصدر», a source who speaks)."""
        t = self.tokens[i]
        return t.forms[0] != "مصدر" and "مصدر" in t.forms

    def _fire_source(self, a: Mention) -> bool:
        """``a`` is named as where the fire came from («مصدره مناطق سيطرة النظام», «مصدرها قوات النظام»)."""
        return self._holder(a) == "source" or (a.token_start >= 1 and self._its_source(a.token_start - 1))

    def _source_of_act(self, a: Mention) -> bool:
        """Where an act came from: «صاروخ مصدره قوات النظام»; «قصف من طائرات النظام», «نيران من
        مسلحين» (a shelling, strike or shooting word right before «من»)."""
        i = a.token_start - 1
        if i < 0:
            return False
        if self._its_source(i):
            return True
        return self.tokens[i].norm == "من" and any(
            m.token_end == i and any(v in self.lex.types and self._from_somewhere(self.lex.types[v]) for v in m.values)
            for m in self.trigger_matches)

    @staticmethod
    def _from_somewhere(t: TriggerType) -> bool:
        """Acts told with where they came from: remote violence, gunfire, attacks."""
        return t.acled[0] == "Explosions/Remote violence" or t.id in ("shooting", "attack")

    def _dies_after(self, a: Mention) -> bool:
        """«مقاتلي جبهة النصرة الذين لقوا مصرعهم», «لقي أربعة حوثيين مصرعهم»: a death or wound
        word right after the mention (or after a relative pronoun) tells the side that was hit."""
        i = a.token_end
        if i < len(self.tokens) and self.tokens[i].norm in _RELATIVES:
            i += 1
        return any(c.label == "roles:victim_after" and c.token_start == i for c in self.cues)

    _REPELLING = {"صد", "صدت", "صدوا", "تصدي", "تصدى", "تصدت", "تصدوا", "احباط", "احبط", "احبطت"}

    def _repelled_attacker(self, a: Mention) -> bool:
        """«تمكنت قوات البيشمركة من صد هجوم لمسلحي داعش»: the author of a repelled attack
        started the fight (ACLED's actor1 is the side that attacked)."""
        if not self._author_of_act_noun(a):
            return False
        noun = next(c for c in self.cues if c.label == "roles:lam_author" and c.token_end == a.token_start)
        return any(self._bare(i) in self._REPELLING or self._bare(i).lstrip("ل") in self._REPELLING
                   for i in range(max(0, noun.token_start - 2), noun.token_start))

    def _authored(self, a: Mention) -> bool:
        """«ألغام زرعها الحوثيون»: a relative verb of the act stands right before the actor."""
        return any(c.label == "roles:author_before" and c.token_end in (a.token_start, a.token_start - 1)
                   for c in self.cues) or self._authored_member(a) or self._holder(a) == "source" \
            or self._owner_of_weapon(a) or self._repelled_attacker(a) or self._doing_of(a)

    def _doing_of(self, a: Mention) -> bool:
        """«استنكرت قيادة الفرقة 30 قيام عناصر تابعة لجبهة النصرة بخطف العقيد»: the group named
        after «قيام» (the doing of), alone or after the members it has there, does the act the
        «ب» verbal noun right after it names, whoever the sentence's subject is."""
        q = next((i for i in range(a.token_start - 1, max(-1, a.token_start - 5), -1)
                  if "قيام" in self.tokens[i].forms[:2]), None)
        if q is None:
            return False
        return any(a.token_end <= m.token_start <= a.token_end + 1 and "ب" in self.tokens[m.token_start].prefixes
                   for m in self.trigger_matches)

    def _authored_member(self, a: Mention) -> bool:
        """«هجوم انتحاري نفذه أعضاء من الحركة»: the group after «من», two words after the
        relative verb of the act, is its author."""
        return a.token_start >= 2 and self.tokens[a.token_start - 1].norm == "من" and any(
            c.label == "roles:author_before" and c.token_end == a.token_start - 2 for c in self.cues)

    def _owner_of_weapon(self, a: Mention) -> bool:
        """«دبابات تابعة للانقلابيين», «طائرات حربية تابعة للتحالف»: the «ل» group owns the
        aircraft or weapon named right before «تابعة», or before it and one adjective (but
        «مواقع تابعة للحوثيين» are targets)."""
        i = a.token_start - 1
        if i < 1 or not any(f in self._OWNED_BY for f in self.tokens[i].forms[:2]):
            return False
        w = self.tokens[i - 1]
        if any(f in self._VEHICLES for f in w.forms[:2]) and ("ب" in w.prefixes or (
                i >= 2 and self.tokens[i - 2].norm in ("على", "علي", "ضد"))):
            return False       # «انفجار عبوة بمدرعة تابعة لقوات الشرطة»: the vehicle was hit
        return any(c.token_end in (i, i - 1) and (c.label.startswith("weapons:") or c.label == "objects:weapon")
                   for c in self.cues) or self._bare(i - 1) in self._ARMOUR

    _ARMOUR = {"دبابات", "دبابه", "مدرعات", "مدرعه", "اليات", "اليه", "مدفعيه", "راجمات", "زوارق", "بوارج", "بارجات"}
    _VEHICLES = _ARMOUR - {"مدفعيه", "راجمات"}

    _UNIT_NOUNS = {"قوه", "قوات", "وحده", "وحدات", "دوريه", "دوريات", "مجموعه", "فرقه", "كتيبه", "سريه"}

    def _role_of_token(self, i: int) -> str:
        """The role of a unit noun at token ``i``: right after the act's verb it is its subject
        («أوقفت قوة من الجيش»); elsewhere a target word it is or follows makes it the object
        («استهدفت عبوة ناسفة دورية من الجيش»)."""
        if any(m.token_end == i and m.token_end - m.token_start == 1 and self._perfect(m.token_start)
               for m in self.trigger_matches):
            return "agent"
        if any(c.label == "roles:target_before" and c.token_start <= i < c.token_end + 2 for c in self.cues):
            return "target"
        return "agent"

    def _object_after(self, a: Mention) -> bool:
        """A count, a people word or another actor within three words after ``a``: the object of
        an active verb before it."""
        hi = min(len(self.tokens), a.token_end + 3)
        return any(a.token_end <= q.token_start < hi for q in self.quantities) or \
            any(c.kind == "people" and a.token_end <= c.token_start < hi for c in self.cas_cues) or \
            any(b is not a and a.token_end <= b.token_start < hi for b in self.actors)

    # words that open the circumstances of a death («لقوا مصرعهم خلال مساندة طائرات التحالف»):
    # an actor after them is not among the dead
    _CIRCUMSTANCE = {"خلال", "اثناء", "جراء", "بسبب", "اثر", "عقب", "بعد", "نتيجه"}

    _ROLE_CUES = {"roles:target_before", "roles:agent_before", "roles:author_before"}

    def _role(self, a: Mention) -> str:
        """'target' when a role cue stands right before the mention, else 'agent'."""
        # «فتح عناصر من حزب العمال النار»: between the head and the tail of a split phrase
        # stands its subject
        if any(h < a.token_start < t for h, t in self._gapped_spans) or self._doing_of(a):
            return "agent"
        glossed = self._glossed(a)
        if glossed is not None:
            return self._role(glossed)
        if self._dies_after(a):
            return "target"
        held = self._holder(a)
        if held is not None:
            return "agent" if held == "source" else "holder"
        if self._source_of_act(a):
            return "agent"
        if self._authored_member(a):
            return "agent"
        # «أوقفت قوة من الجيش اللبناني»: the group a force or unit belongs to acts with it
        if a.token_start >= 2 and self.tokens[a.token_start - 1].norm == "من" and \
                self._bare(a.token_start - 2) in self._UNIT_NOUNS:
            return self._role_of_token(a.token_start - 2)
        # «اقتحم متشددون من تنظيم داعش»: a named group after «من» plays the role of the generic
        # members before it
        if a.token_start >= 2 and self.tokens[a.token_start - 1].norm == "من":
            member = next((b for b in self.actors if b.token_end == a.token_start - 1 and b is not a
                           and (getattr(b.value, "id", None) is None or b.value.name.startswith("Unidentified"))),
                          None)
            if member is not None:
                return self._role(member)
            # «وسيطر مقاتلون من المعارضة»: people right after the verb of an act (not of a
            # death: «قتل مقاتلون من المعارضة» is passive) are its subject, their group with them
            if any(m.token_end == a.token_start - 2 and m.token_end - m.token_start == 1
                   and "killing" not in m.values and self._perfect(m.token_start)
                   for m in self.trigger_matches) and \
                    any(c.label == "casualties:people" and c.token_start == a.token_start - 2 for c in self.cues):
                return "agent"
        first = self._bare(a.token_start) if a.token_start < len(self.tokens) else ""
        if first.startswith("ل") and "ل" in self.tokens[a.token_start].prefixes:
            # «قصف لقوات النظام على دوما», «غارات مكثفة لطائرات التحالف على مواقع»: after a
            # verbal noun (and an adjective), a «ل» group followed by the target («على», «ضد»)
            # is the one who struck
            after = [t.norm for t in self.tokens[a.token_end:a.token_end + 3]]
            if any(0 <= a.token_start - m.token_end <= 1 for m in self.trigger_matches) and \
                    any(w in ("على", "علي", "ضد") for w in after):
                return "agent"
            if self._author_of_act_noun(a):
                return "agent"
            # «دبابات تابعة للانقلابيين تقصف»: the owner of a weapon is the one who fires it
            if self._owner_of_weapon(a):
                return "agent"
            return "target"
        if any(c.token_end == a.token_start and c.label in ("roles:agent_before", "roles:author_before")
               for c in self.cues):
            return "agent"     # «قامت عناصر مسلحة بزرعها»: a verb of doing right before its subject
        if any(f in self._OBLIQUE_HEADS for f in self.tokens[a.token_start].forms[:2]) and \
                any(m.token_start < a.token_start for m in self.trigger_matches
                    if 0 < a.token_start - m.token_start <= 8):
            return "target"
        # the nearest role cue decides: «كمين نصبه مسلحون» (an ambush that gunmen laid): the
        # relative verb right before the actor outweighs the target noun before it
        near = [c for c in self.cues if c.token_end in (a.token_start, a.token_start - 1)
                and c.label in self._ROLE_CUES]
        if near:
            cue = max(near, key=lambda c: c.token_end)
            return "target" if cue.label == "roles:target_before" else "agent"
        # a casualty cue right before («مقتل 5 من عناصر داعش») makes the group a victim
        for c in self.cas_cues:
            if 0 < a.token_start - c.token_end <= 4 and c.kind in ("killed", "wounded", "arrested") \
                    and not any(self._bare(i) in self._CIRCUMSTANCE for i in range(c.token_end, a.token_start)):
                return "target"
            # «قتل شرطي وأصيب آخر» (passive: a policeman was killed) unless an object follows the
            # group («قتلت القوات العراقية 20 مسلحا»: the forces killed)
            if a.token_start == c.token_end and c.kind in ("killed", "wounded") and not self._object_after(a):
                return "target"
        return "agent"
