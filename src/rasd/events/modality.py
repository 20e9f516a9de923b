"""Modality: is a trigger reporting something that happened?

Why: news is full of violence words that are not events: denials («نفى أي غارة»), plans
(«تعتزم شن هجوم»), threats («هدد بقصف»), calls («دعا إلى هدنة»), conditionals («إذا هاجم»),
questions and negations («لم تقع اشتباكات»). A trigger is kept only when no such cue governs
it in its clause. Reported speech keeps the event and records who says so (``attribution``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from rasd.model import Token

# particles that negate only the word right after them (plus one slot for «قد»/«يتم»)
_NEGATION_REACH = 2
_DENIAL_REACH = 15
# cues whose scope is everything they introduce in the sentence, across commas
_SENTENCE_SCOPED = ("modality:denial", "modality:threat", "modality:call")
_BLOCKING = ("modality:denial", "modality:plan", "modality:threat", "modality:call",
             "modality:conditional", "modality:possibility", "modality:future", "modality:suspension")
# a conditional governs its whole clause («وإذا انتزعت الجماعات ... السيطرة على المدينة»)
_CLAUSE_SCOPED = ("modality:conditional",)
_SUPPORT_REACH = 3
_REASON_REACH = 2      # «احتجاجا على [ال]غارات»
# a failure verb before a verbal noun of taking ground («فشلوا في السيطرة على»); a failed
# attack is still an attack, so only territorial nouns are governed
_FAILED_REACH = 6
_HOLDING_REACH = 3     # «ويحكم الأكراد اليوم السيطرة على»: a subject and a time word between
# beyond this many tokens every reach above is out anyway: words are counted only nearer
_WORD_COUNT_SPAN = 24


@dataclass(frozen=True, slots=True)
class CueSpan:
    label: str          # "group:name" from cues.yaml
    token_start: int
    token_end: int


def modality_of(trigger_start: int, clause_start: int, cues: Sequence[CueSpan], tokens: Sequence[Token],
                window: int, sentence_end_char: Optional[str] = None, sentence_start: Optional[int] = None) -> str:
    """``asserted`` or the reason the trigger is not an event (``negated``, ``denied``, ...).

    Most cues govern only their own clause; a denial governs everything it reports after it in
    the sentence («نفى المجلس «ما تم تداوله حول عمليات تصفية»»), up to ``_DENIAL_REACH`` tokens."""
    s_start = clause_start if sentence_start is None else sentence_start
    if _frees_captives(tokens, trigger_start):
        return "released"           # «حرر الجيش 30 رهينة»: people freed, no ground taken
    # «معركة استعادة حلب»: the battle word names the operation of the capture that follows it
    if trigger_start + 1 < len(tokens) and _territorial(tokens, trigger_start + 1) and \
            _is(tokens, trigger_start, _OPERATION_NOUNS):
        return "operation"
    for c in cues:
        if c.token_end > trigger_start:
            continue
        # distance in words: quotation marks around a name («مطالبة "جبهة النصرة" عناصرها
        # بالانسحاب») do not push a cue out of reach
        gap = trigger_start - c.token_end
        dist = gap if gap > _WORD_COUNT_SPAN else sum(1 for t in tokens[c.token_end:trigger_start] if t.is_word)
        if c.token_start < clause_start:
            if c.label in _SENTENCE_SCOPED and c.token_start >= s_start and dist < _DENIAL_REACH:
                return c.label.split(":")[1]
            continue
        if c.label == "modality:negation" and dist < _NEGATION_REACH:
            return "negated"
        if c.label == "modality:since" and dist == 0:
            return "background"
        if c.label == "modality:hypothetical" and dist == 0:
            return "hypothetical"
        if c.label == "modality:reference" and dist == 0 and _territorial(tokens, trigger_start):
            return "background"     # «فرحة تحرير عدن», «بمناسبة تحرير عدن»: a capture as a landmark
        if c.label == "modality:directive" and dist == 0 and not _coordinated(tokens[trigger_start]):
            return "call"           # «بسرعة القبض على»: an order to arrest (not «بسرعة واعتقلت»)
        if c.label == "modality:facility" and dist == 0 and _detention(tokens, trigger_start):
            return "facility"       # «مكان احتجاز العسكريين»: where they are held
        if c.label == "modality:habitual" and dist <= 1:
            return "generic"        # «الساحات التي كانت تقام فيها الاعتصامات»: a past custom
        if c.label == "modality:released" and dist <= 1 and _is(tokens, trigger_start, _HOSTAGE_NOUNS):
            return "released"       # «حرر الجيش 30 رهينة»: hostages freed, their taking told before
        if c.label == "modality:specialty" and dist == 0:
            return "specialty"      # «المتخصصة في احتجاز الرهائن»: a unit's trade
        if c.label == "modality:martyrs_name" and dist == 0 and _is(tokens, trigger_start, _MARTYR_NOUNS):
            return "name"           # «كتائب شهداء دوما», «ساحة الشهداء»: a name, no death
        if c.label == "modality:battlefield" and dist == 0 and _is(tokens, trigger_start, _FIGHT_NOUNS):
            return "name"           # «على أرض المعركة», «جبهات القتال»: a front, no fight told
        if c.label == "modality:imminent" and dist == 0:
            return "future"         # «مؤكدا قرب دحر الميليشيات»: a defeat said to be near
        if c.label == "modality:reason" and dist < _REASON_REACH:
            return "reason"
        if c.label == "modality:holding" and dist < _HOLDING_REACH:
            return "state"
        if c.label in _CLAUSE_SCOPED:
            return c.label.split(":")[1]
        if c.label in _BLOCKING and dist < window:
            if c.label == "modality:plan" and _failed_attempt(tokens, c, trigger_start):
                continue            # «خلال محاولة هجوم فاشلة قاموا بها»: the attack was made
            return c.label.split(":")[1]
        if c.label == "modality:support" and dist < _SUPPORT_REACH:
            return "support"
        if c.label == "modality:operation" and dist == 0 and _territorial(tokens, trigger_start):
            return "operation"
        if c.label == "modality:failed" and dist < _FAILED_REACH and _territorial(tokens, trigger_start):
            return "failed"         # «أخفق فيها الحوثيون من السيطرة على المدينة»: never taken
    if sentence_end_char in ("?", "؟"):
        return "question"
    if _subjunctive(tokens, trigger_start):
        return "hypothetical"
    if _may(tokens, trigger_start, clause_start):
        return "possibility"
    return "asserted"


def _imperfect(t: Token) -> bool:
    """An imperfect verb form (ي/ت + stem). «أن تفجيرا» is «that an explosion»: a ت-word with
    the verbal-noun pattern تفعيل or a noun ending is no verb."""
    w = t.norm
    if len(w) < 4 or t.prefixes:
        return False
    return w[0] == "ي" or (w[0] == "ت" and w[3:4] != "ي" and not w.endswith(("ا", "ات", "ه")))


# particles that put an imperfect verb in the subjunctive: «أن تقتل» (to kill), «كي يقصفوا»
_SUBJUNCTIVE = {"ان", "كي", "لكي"}


def _subjunctive(tokens: Sequence[Token], i: int) -> bool:
    """«أن يطلب منك أن تقتل وحشا»: an imperfect verb right after «أن»/«كي» names an act wished,
    asked or possible, not one that happened."""
    if i <= 0 or i >= len(tokens) or tokens[i - 1].norm not in _SUBJUNCTIVE:
        return False
    return _imperfect(tokens[i])


def _may(tokens: Sequence[Token], i: int, clause_start: int) -> bool:
    """«قد تشن هجمات على مسلحين», «وقد يقصف»: «قد» before an imperfect verb is «may» (before a
    perfect one, «قد قتل», it is «has»); the act word is that verb, or its object right after it.
    Only verbs whose form tells: «ي» + stem, or «ت» + a two-letter stem («تشن», «تقع»); a longer
    «ت» word after «قد» is as often a perfect («قد تمكنت», «قد تعرضت»)."""
    for k in (i - 1, i - 2):
        if k < max(clause_start, 0):
            return False
        if "قد" in tokens[k].forms[:2]:
            w = tokens[k + 1]
            n = w.norm
            return not w.prefixes and ((n[:1] == "ي" and len(n) >= 3)
                                       or (n[:1] == "ت" and len(n) == 3 and not n.endswith("ت")))
    return False


_ATTEMPT_NOUNS = frozenset({"محاوله", "محاولات"})
_FAILED_WORDS = frozenset({"فاشله", "فاشل", "فاشلتين", "فاشلين", "فاشلتان"})


def _failed_attempt(tokens: Sequence[Token], c: CueSpan, trigger_start: int) -> bool:
    """The plan cue is «محاولة» told as failed, right after it or its act word («محاولة هجوم
    فاشلة», «محاولة فاشلة لاقتحام»): an attempt made and beaten back, so a fight or an attack
    took place (a territorial act word stays governed by ``modality:failed``: never taken)."""
    if not _is(tokens, c.token_start, _ATTEMPT_NOUNS) or _territorial(tokens, trigger_start):
        return False
    near = range(c.token_end, min(len(tokens), max(c.token_end, trigger_start + 1) + 2))
    return any(_is(tokens, i, _FAILED_WORDS) for i in near)


def _coordinated(t: Token) -> bool:
    """The word opens a new coordinated clause («و», «ف»): what stands before it is not its head."""
    return "و" in t.prefixes or "ف" in t.prefixes


# nouns some cues govern alone (their own checks below), as the word's two first forms give them
_DETENTION_NOUNS = frozenset({"احتجاز", "اعتقال", "توقيف", "حجز"})     # «مكان احتجاز»
_MARTYR_NOUNS = frozenset({"شهيد", "شهداء"})                             # «كتائب شهداء دوما»
_HOSTAGE_NOUNS = frozenset({"رهينه", "رهائن", "رهينتين", "مختطفين", "مخطوفين"})      # «تحرير الرهائن»
_FIGHT_NOUNS = frozenset({"معركه", "معارك", "قتال", "اشتباك", "اشتباكات", "مواجهات", "مواجهه"})  # «أرض المعركة»


def _is(tokens: Sequence[Token], i: int, nouns: frozenset[str]) -> bool:
    """The word at token ``i`` is one of ``nouns`` (with or without its clitics)."""
    return any(f in nouns for f in tokens[i].forms[:2])


_FREEING = frozenset({"تحرير", "حرر", "حررت", "حرروا"})
# lookup forms (article-free, as ``_is`` reads them)
_CAPTIVE_NOUNS = _HOSTAGE_NOUNS | frozenset({"اسري", "اسير", "اسيرا", "اسيرين", "معتقلين", "محتجزين", "سجناء",
                                             "مختطفا", "مخطوفا"})


def _frees_captives(tokens: Sequence[Token], i: int) -> bool:
    """A verb or noun of freeing at token ``i`` whose object, after a count at most, is
    captives («حرر الجيش 30 رهينة» has its subject between: two words are looked at)."""
    if i >= len(tokens) or not _is(tokens, i, _FREEING):
        return False
    seen = 0
    for j in range(i + 1, min(len(tokens), i + 6)):
        t = tokens[j]
        if not t.is_word or t.norm.isdigit():
            continue
        if _is(tokens, j, _CAPTIVE_NOUNS):
            return True
        seen += 1
        if seen >= 2:
            return False
    return False


def _detention(tokens: Sequence[Token], i: int) -> bool:
    """A verbal noun of holding people at token ``i`` («احتجاز», «اعتقال»)."""
    return _is(tokens, i, _DETENTION_NOUNS)


_OPERATION_NOUNS = frozenset({"معركه", "معارك", "عمليه", "عمليات", "حمله", "حملات"})
_TERRITORY_NOUNS = frozenset({"تحرير", "استعاده", "استرجاع", "استرداد", "تطهير", "اقتحام", "السيطره", "سيطره"})


def _territorial(tokens: Sequence[Token], i: int) -> bool:
    """A verbal noun of taking ground («تحرير», «استعادة») at token ``i``."""
    return i < len(tokens) and _is(tokens, i, _TERRITORY_NOUNS)


def attribution_of(trigger_start: int, sentence_start: int, cues: Sequence[CueSpan],
                   tokens: Sequence[Token], actor_names: dict[int, str]) -> Optional[str]:
    """Who says so: the source after the nearest reporting verb before the trigger.

    ``actor_names`` maps a token index to the canonical name of an actor mention starting
    there; a named actor right after the verb is the source, else the verb's next words."""
    best: Optional[CueSpan] = None
    for c in cues:
        if c.label == "reporting:verbs" and sentence_start <= c.token_start and c.token_end <= trigger_start:
            if best is None or c.token_start > best.token_start:
                best = c
    if best is None:
        return None
    for j in range(best.token_end, min(best.token_end + 4, trigger_start)):
        if j in actor_names:
            return actor_names[j]
    words = [t.text for t in tokens[best.token_start:min(best.token_end + 3, trigger_start)] if t.is_word]
    return " ".join(words) or None
