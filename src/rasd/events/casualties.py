"""Who died, who was hurt: reading casualty counts around casualty words.

Why a separate module: news sentences carry several numbers (killed, wounded, arrested,
vehicles, kilometres); ACLED's ``fatalities`` is deaths only. A number counts as deaths when
a "killed" cue governs it: a verbal noun or passive verb right before it («مقتل 5», «قتل ستة
أشخاص»), a plural noun or verb right after it («6 قتلى», «28 عنصرا ... قتلوا»). Numbers joined
by «و» before one plural cue add up («28 عنصرا من الجيش و18 مقاتلا من التنظيم قتلوا» = 46).
A "no casualties" phrase gives 0.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from rasd.model import Token
from rasd.text.numbers import UNBOUNDED, Quantity

# how far (in tokens) a cue may stand from the number it governs
_AFTER_CUE = 4      # «مقتل [نحو] 5», «قتل ستة»
_BEFORE_CUE = 12    # «28 عنصرا من الجيش العراقي ومليشيا الحشد ... قتلوا»


@dataclass(frozen=True, slots=True)
class CueHit:
    """A casualty cue in the token stream: kind is killed | wounded | arrested | none | toll | people."""

    kind: str
    token_start: int
    token_end: int


def _cue_at(cues: Sequence[CueHit]) -> dict[int, CueHit]:
    out: dict[int, CueHit] = {}
    for c in cues:
        for i in range(c.token_start, c.token_end):
            out.setdefault(i, c)
    return out


def count_killed(tokens: Sequence[Token], lo: int, hi: int, quantities: Sequence[Quantity],
                 cues: Sequence[CueHit], other_side_hi: Optional[int] = None) -> Optional[int]:
    """Deaths reported in tokens ``[lo, hi)``; 0 for an explicit "no casualties"; None if silent.
    ``other_side_hi``: how far (the sentence's end) the other side's dead told after «فيما» may
    be read, beyond the clause."""
    local_cues = [c for c in cues if lo <= c.token_start < hi]
    qs = [q for q in quantities if lo <= q.token_start < hi]
    at = _cue_at(local_cues)
    casualty_kinds = ("killed", "wounded", "arrested")
    killed_by_q: dict[int, int] = {}
    rising = any(c.kind == "toll" for c in local_cues)
    for qi, q in enumerate(qs):
        if q.value >= _TALLY:
            continue       # «قتل من الجيش عشرات الآلاف» over six wars: a tally, no one act's dead
        if _governing_kind(tokens, q, at, lo, hi, casualty_kinds) == "killed":
            # «ارتفعت حصيلة القتلى من 20 إلى 30»: a toll that rose is its new count
            killed_by_q[qi] = q.high if rising and _is_range(tokens, q) and q.high is not None \
                and q.high != UNBOUNDED and q.low is not None and q.high > q.low else q.value
    if killed_by_q:
        # several counts («ارتفعت حصيلة القتلى إلى 30»): the largest group of numbers joined by
        # «و» under one "killed" cue; the other side's dead told after «فيما», «بينما» or
        # «مقابل» («قتل 7 جنود ... فيما قتل جنديان آخران») add to it
        merged: list[list[int]] = []
        for total, start, end in _summed_groups(tokens, qs, killed_by_q, at):
            if merged and _contrast_between(tokens, merged[-1][2], start):
                merged[-1][0] += total
                merged[-1][2] = end
            else:
                merged.append([total, start, end])
        best = max(merged, key=lambda g: g[0])
        if best is merged[-1]:
            scan_hi = hi if other_side_hi is None else max(hi, other_side_hi)
            all_cues = local_cues if other_side_hi is None else [c for c in cues if lo <= c.token_start < scan_hi]
            all_qs = qs if other_side_hi is None else [q for q in quantities if lo <= q.token_start < scan_hi]
            best[0] += _other_side_dead(tokens, all_cues, best[2], scan_hi, all_qs, {q.token_start for q in qs})
        return best[0]
    # "no casualties" counts only when no death is told alongside it («قتل مدني وجرح عشرة ...
    # فيما لم تسجل إصابات بسقوط صاروخين»: one dead)
    retinue = _with_retinue(tokens, qs, local_cues)
    if retinue is not None:
        return retinue
    named = _one_or_two_named(tokens, local_cues, lo, hi)
    if named is not None:
        return named
    if any(c.kind == "none" for c in local_cues):
        return 0
    return None


# a person counted by the noun's own number: singular (one) or nominative dual (two): «قتل
# شرطي», «جنديا قتل», «قتل جنديان» (the oblique dual «جنديين» is a quantity of rasd.text.numbers)
_ONE_PERSON = {"شخص", "شخصا", "مدني", "مدنيا", "جندي", "جنديا", "شرطي", "شرطيا", "ضابط", "ضابطا",
               "طفل", "طفلا", "رجل", "رجلا", "امراه", "سيده", "مواطن", "مواطنا", "عنصر", "عنصرا", "مسلح",
               "مسلحا", "مقاتل", "مقاتلا", "فلسطيني", "فلسطينيا", "صحفي", "صحفيا", "فتي", "فتاه", "شاب",
               "شابا", "رضيع", "رضيعا", "قيادي", "قياديا", "مجند", "مجندا", "حارس", "حارسا", "قناص", "قناصا"}
_TWO_PEOPLE = {"شخصان", "مدنيان", "جنديان", "شرطيان", "ضابطان", "طفلان", "رجلان", "مواطنان",
               "عنصران", "مسلحان", "مقاتلان", "فلسطينيان", "صحفيان", "شابان", "مجندان"}


def _one_or_two_named(tokens, cues: Sequence[CueHit], lo: int, hi: int) -> Optional[int]:
    """«قتل شرطي وأصيب آخر», «جنديا قتل», «قتل جنديان»: a death word beside a person noun
    with no number counts the noun's own number (one, or two for a dual)."""
    for c in cues:
        if c.kind != "killed":
            continue
        after = c.token_end
        if after < hi - 1 and tokens[after].norm in _RESUMPTIVE:
            after += 1     # «مواجهات قتل فيها فتى»: the person after «فيها»
        for i in (after, c.token_start - 1):
            if not lo <= i < hi or not tokens[i].is_word or tokens[i].suffix:
                continue
            word = _bare(tokens[i])
            if word in _ONE_PERSON:
                # «مقتل ضابط ومجند»: a second person noun joined by «و» right after is one more
                if i == after and i + 1 < hi and "و" in tokens[i + 1].prefixes \
                        and _bare(tokens[i + 1]) in _ONE_PERSON:
                    return 2
                return 1
            if word in _TWO_PEOPLE or (len(word) >= 6 and word.endswith("يان")):
                return 2       # a nominative dual of a nisba noun: «حوثيان», «عراقيان»
    return None


# «فيها» / «خلاله» after a death verb points back to the act it happened in («اشتباكات قتل فيها
# فتى»); the person counted follows it
_RESUMPTIVE = {"فيها", "فيه", "خلالها", "خلاله"}

_CONTRAST = {"فيما", "بينما", "مقابل"}
_CLAUSE_ENDS = {".", "؛", ";", "!", "؟", "?"}


def _is_contrast(t: Token) -> bool:
    return t.norm in _CONTRAST or any(f in _CONTRAST for f in t.forms[:2])


def _other_side_dead(tokens, cues: Sequence[CueHit], after: int, hi: int, qs, counted: set[int]) -> int:
    """The dead of the other side, told after a contrast word that follows the last counted
    number: «فيما قتل جنديان آخران» (a nominative dual, which is no quantity), «في مقابل مقتل
    10 من مسلحي الحوثي». ``counted``: token starts of the numbers already read (not read twice)."""
    for i in range(after, min(hi, after + 25)):
        if tokens[i].norm in _CLAUSE_ENDS:
            return 0
        if not _is_contrast(tokens[i]):
            continue
        cue = next((c for c in cues if c.kind == "killed" and i < c.token_start <= i + 3), None)
        if cue is None:
            return 0
        for q in qs:
            if cue.token_end <= q.token_start <= cue.token_end + 1 and q.token_start not in counted:
                return q.value if q.value < 10000 else 0
        w = tokens[cue.token_end] if cue.token_end < hi else None
        if w is not None and w.is_word and not w.suffix:
            word = _bare(w)
            if word in _TWO_PEOPLE or (len(word) >= 6 and word.endswith("يان")):
                return 2
            if word in _ONE_PERSON:
                return 1
        return 0
    return 0



# the people around someone: «قتل القيادي أحمد مهدي و3 من مرافقيه» (him and three more)
_RETINUE = {"مرافقيه", "مرافقيهم", "مرافقيها", "حراسه", "حراسته", "رفاقه", "رفاقهم", "عناصره", "ابنائه",
            "اقاربه", "افراد", "اسرته", "عائلته", "زملائه", "جنوده", "مساعديه", "معاونيه"}
_RETINUE_REACH = 15


def _with_retinue(tokens, qs, cues: Sequence[CueHit]) -> Optional[int]:
    """«قتل عضو اللجنة الثورية ... أحمد مهدي و3 من مرافقيه»: a death word, the one person it
    names, then «و» + a number «من مرافقيه» (of his companions): that number plus one."""
    for c in cues:
        if c.kind != "killed":
            continue
        for q in qs:
            if not c.token_end < q.token_start <= c.token_end + _RETINUE_REACH:
                continue
            if "و" not in tokens[q.token_start].prefixes or q.token_end + 1 >= len(tokens):
                continue
            nxt = tokens[q.token_end + 1]
            if tokens[q.token_end].norm == "من" and (nxt.norm in _RETINUE or any(f in _RETINUE for f in nxt.forms)):
                return q.value + 1
    return None


_DEAD_NOUNS = {"قتيل", "قتيلا", "قتلي", "قتيلان", "قتيلين", "قتلى"}
_HURT_NOUNS = {"جريح", "جريحا", "جرحي", "جرحى", "مصاب", "مصابا", "مصابين", "جريحان", "جريحين"}


def _bare(t: Token) -> str:
    """The word without «و» and the article («والجرحى» → «جرحى»)."""
    f = t.forms[-1] if t.forms else t.norm
    return f[2:] if f.startswith("ال") else f


def _combined(tokens, c: CueHit, at) -> bool:
    """«66 قتيلا وجريحا», «بين قتيل وجريح», «عشرات القتلى والجرحى»: one count of dead and
    wounded together, which says nothing about the dead alone."""
    nxt = at.get(c.token_end)
    if nxt is not None and nxt.kind == "wounded" and "و" in tokens[c.token_end].prefixes \
            and _bare(tokens[c.token_start]) in _DEAD_NOUNS and _bare(tokens[c.token_end]) in _HURT_NOUNS:
        return True        # not «18 شخصا قتلوا وأصيب 50»: two verbs, two counts
    return c.token_start > 0 and tokens[c.token_start - 1].norm == "بين"


# units that say a number measures something other than people («على بعد 750 كلم»)
_UNITS = {"كلم", "كم", "كيلومتر", "كيلومترا", "كيلومترات", "متر", "مترا", "امتار", "ميل", "ميلا", "اميال",
          "دولار", "دولارا", "ريال", "ريالا", "دينار", "دينارا", "جنيه", "يورو", "طن", "طنا", "اطنان", "كيلوغرام",
          "كيلوجرام", "كغ", "ساعه", "ساعات", "دقيقه", "دقائق", "يوم", "يوما", "ايام", "عام", "عاما", "سنه", "سنوات",
          "بالمئه", "بالمائه", "%", "شهر", "شهرا", "اشهر", "شهور", "اسبوع", "اسبوعا", "اسابيع", "ليله", "ليال"}
# munitions, strikes, vehicles, buildings and acts counted right after a number («مقتل سبعة أشخاص
# في أكثر من 300 قذيفة»): never the dead, whatever death word stands before the number
_THINGS = {"قذيفه", "قذائف", "صاروخ", "صاروخا", "صواريخ", "غاره", "غارات", "برميل", "برميلا", "براميل",
           "عبوه", "عبوات", "لغم", "لغما", "الغام", "قنبله", "قنابل", "طلقه", "طلقات", "رصاصه", "ضربه",
           "ضربات", "طلعه", "طلعات", "سياره", "سيارات", "اليه", "اليات", "دبابه", "دبابات", "مدرعه",
           "مدرعات", "منزل", "منزلا", "منازل", "مبنى", "مباني",
           # acts counted («قاتل الحوثيين لستة حروب وقتل ...», «نفذ 3 هجمات»)
           "حرب", "حروب", "معركه", "معارك", "هجوم", "هجمات", "هجوما", "عمليه", "عمليات", "تفجير",
           "تفجيرات", "انفجار", "انفجارات", "اشتباك", "اشتباكات", "مجزره", "مجازر"}
_NOT_PEOPLE = frozenset(_UNITS | _THINGS)   # a number right before one of these counts it, not people
# nouns that a number after them measures («عيار 23», «رقم 5», «الطريق 30»)
_MEASURES = {"عيار", "رقم", "طراز", "موديل", "ارتفاع", "عمق", "مسافه", "مساحه", "طريق"}   # compared without «ال»
# a dual that is itself the number of a unit («بعد يومين من مقتل رضيع»: two days, not two dead)
_UNIT_DUALS = {"يومين", "يومان", "ساعتين", "ساعتان", "شهرين", "شهران", "عامين", "عامان", "سنتين",
               "سنتان", "اسبوعين", "اسبوعان", "دقيقتين", "ليلتين", "كيلومترين", "مترين", "ميلين",
               "دولارين", "قرنين", "عقدين"}


# a count of the dead this large is a tally of a war or a crisis, never one event's toll
_TALLY = 10_000


def _year(tokens, q: Quantity) -> bool:
    """The quantity is one token of four digits from 1900 to 2100 (a year, as written)."""
    if q.token_end - q.token_start != 1:
        return False
    w = tokens[q.token_start].norm
    return len(w) == 4 and w.isdigit() and 1900 <= q.value <= 2100


def _governing_kind(tokens, q: Quantity, at, lo, hi, kinds) -> Optional[str]:
    if q.token_end < len(tokens) and tokens[q.token_end].norm in _NOT_PEOPLE:
        return None
    if _year(tokens, q) and at.get(q.token_end) is None:
        return None       # «18 مارس (آذار) 2015», «مهرجان صيف 2015»: a year, unless a noun counts it
    if q.token_end - q.token_start == 1 and _bare(tokens[q.token_start]) in _UNIT_DUALS:
        return None
    if q.token_start > 0 and _bare(tokens[q.token_start - 1]) in _MEASURES:
        return None       # «مضاد طيران عيار 23»: a calibre, not 23 dead
    return _governing_cue_kind(tokens, q, at, lo, hi, kinds)


def _governing_cue_kind(tokens, q: Quantity, at, lo, hi, kinds) -> Optional[str]:
    # 0. the counted noun right after the number says what it counts: «ومئة جريح» after
    #    «30 قتيلا» is wounded, whatever cue stands before it
    c = at.get(q.token_end)
    # («قتل 2 واصيب 19»: a verb after «و» opens the next phrase; it does not count the 2)
    if c is not None and c.kind in kinds and not (c.token_start == q.token_end and "و" in tokens[q.token_end].prefixes):
        return "combined" if c.kind == "killed" and _combined(tokens, c, at) else c.kind
    # 1. cue right before the number: «مقتل 5», «إصابة 12», «قتل نحو 20»
    j = q.token_start - 1
    steps = 0
    while j >= lo and steps < _AFTER_CUE:
        c = at.get(j)
        if c is not None and c.kind in kinds:
            if c.token_start > 0 and _bare(tokens[c.token_start - 1]) == "بين":
                return None    # «من بين قتلى المعارضة ثلاثة من القادة»: some of the dead, not a count
            return c.kind
        if tokens[j].norm in {",", ".", ";", ":"}:
            k = _aside_start(tokens, j, lo)
            if k is None:
                break
            j = k - 1      # «حكم الإعدام، أمس، بحق عشرة أشخاص»: a word or two between commas
            continue
        j -= 1
        steps += 1
    # 2. cue right after the number (possibly after the counted noun and a «من X» phrase):
    #    «6 قتلى», «ستة قتلى», «28 عنصرا ... قتلوا»; stop at punctuation.
    j = q.token_end
    steps = 0
    while j < hi and steps < _BEFORE_CUE:
        c = at.get(j)
        if c is not None and c.kind in kinds:
            if _governs_what_follows(tokens, c):
                break      # «ألف شخص اعتصموا ... احتجاجا على قتل سليمان»: not the dead
            return "combined" if c.kind == "killed" and _combined(tokens, c, at) else c.kind
        if tokens[j].norm in {".", ";", ":", "?", "!"}:
            break
        j += 1
        steps += 1
    # 3. «ارتفعت حصيلة قتلى المعارك، التي تدور في مدينة درنة بين ...، إلى 11 شخصاً»: the new
    #    count after «إلى» of a toll that rose, however long the phrase that names the toll
    if q.token_start - 1 > lo and tokens[q.token_start - 1].norm in _TO:
        for j in range(q.token_start - 2, max(lo, q.token_start - _TOLL_REACH) - 1, -1):
            if tokens[j].norm in {".", ";", ":", "?", "!"}:
                break
            c = at.get(j)
            if c is not None and c.kind == "toll":
                if not _rose(tokens, c):
                    break      # «بسبب ارتفاع عدد القتلى ... الذي يصل إلى عشرات»: not a toll told
                for k in range(c.token_start, min(c.token_end + 2, q.token_start - 1)):
                    c2 = at.get(k)
                    if c2 is not None and c2.kind in kinds:
                        return c2.kind
                break
    return None


_TO = {"الى", "إلى", "الي"}


def _rose(tokens, c: CueHit) -> bool:
    """The toll cue is a finite verb («ارتفعت حصيلة», «ليرتفع عدد»), not the verbal noun
    («بسبب ارتفاع عدد القتلى»), which names a trend rather than telling a new count."""
    w = tokens[c.token_start].norm.lstrip("لو")
    return w.startswith(("ارتفع", "ترتفع", "يرتفع")) and not w.startswith("ارتفاع")


def toll_rose(tokens: Sequence[Token], cues: Sequence[CueHit], lo: int, hi: int) -> bool:
    """Tokens ``[lo, hi)`` tell that a death toll rose («ارتفعت حصيلة قتلى المعارك إلى 11»)."""
    return any(c.kind == "toll" and lo <= c.token_start < hi and _rose(tokens, c) for c in cues)


def _is_range(tokens, q: Quantity) -> bool:
    """«من 20 إلى 30», «20-30»: two numbers (a vague «عشرات الآلاف» has bounds too, but is
    one count, not a toll that rose)."""
    return any(t.norm in _TO or t.norm in ("-", "–") for t in tokens[q.token_start:q.token_end])
_TOLL_REACH = 30   # words between «ارتفعت حصيلة» and «إلى»


# a preposition or connective before a verbal noun makes the noun the head of a phrase of its
# own («احتجاجا على قتل», «بعد مقتل», «إثر إصابة»), which counts what comes after it
_NOUN_HEADS = {"علي", "على", "عن", "بعد", "اثر", "عقب", "جراء", "بسبب", "منذ", "قبل"}


def _governs_what_follows(tokens, c: CueHit) -> bool:
    """A cue after a number counts that number only as a verb or a plural noun («28 عنصرا ...
    قتلوا», «6 قتلى»); a verbal noun after a preposition («على قتل سليمان», «بمقتل») is the head
    of its own phrase and counts the words after it, not a number told before it."""
    t = tokens[c.token_start]
    if t.prefixes and t.prefixes[-1] == "ب":      # not «ل»: «لقوا مصرعهم» is a verb
        return True
    return c.token_start > 0 and tokens[c.token_start - 1].norm in _NOUN_HEADS


def _aside_start(tokens, j: int, lo: int) -> Optional[int]:
    """The opening comma of a one- or two-word aside closed by the comma at ``j`` («، أمس،»)."""
    if tokens[j].norm != ",":
        return None
    for m in range(j - 2, max(lo - 1, j - 4), -1):
        if tokens[m].norm == ",":
            return m if all(t.is_word for t in tokens[m + 1:j]) else None
    return None


def _summed_groups(tokens, qs, killed_by_q: dict[int, int], at) -> list[tuple[int, int, int]]:
    """Numbers of people joined by «و» that share one trailing "killed" cue add up: each group as
    (sum, its first token, its last token's end)."""
    groups: list[tuple[int, int, int]] = []
    run: list[int] = []
    run_start = 0
    prev_end = None
    for qi in sorted(killed_by_q):
        q = qs[qi]
        joined = prev_end is not None and tokens[q.token_start].prefixes[:1] == ("و",) or (
            prev_end is not None and q.token_start > 0 and tokens[q.token_start - 1].norm == "و")
        if run and joined and not _cue_between(at, prev_end, q.token_start):
            run.append(killed_by_q[qi])
        else:
            if run:
                groups.append((sum(run), run_start, prev_end))
            run = [killed_by_q[qi]]
            run_start = q.token_start
        prev_end = q.token_end
    if run:
        groups.append((sum(run), run_start, prev_end))
    return groups


def _contrast_between(tokens, a: int, b: int) -> bool:
    """A contrast word («فيما», «بينما», «مقابل») between two counts: two sides' dead."""
    return any(_is_contrast(tokens[i]) for i in range(a, b))


def _cue_between(at, a: int, b: int) -> bool:
    return any(at.get(i) is not None and at[i].kind in ("killed", "wounded", "arrested") for i in range(a, b))
