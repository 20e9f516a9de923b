"""Sentence splitting: a table of news-style cases (Arabic punctuation, quotes, decimals,
abbreviations, list numbers, line breaks, glued full stops) and run-on text without any
punctuation, with offsets checked exactly."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.segment import MAX_CHARS, MIN_CHARS, sentence_spans, split_sentences

S = "\n"  # readability of the table below

# (text, expected sentences)
CASES: list[tuple[str, list[str]]] = [
    # plain full stops, question and exclamation marks (Arabic and Latin)
    ("قتل جندي. وأصيب آخر.", ["قتل جندي.", "وأصيب آخر."]),
    ("هل انتهت الحرب؟ لا أحد يعرف.", ["هل انتهت الحرب؟", "لا أحد يعرف."]),
    ("يا للهول! قصفت الطائرات المدينة.", ["يا للهول!", "قصفت الطائرات المدينة."]),
    ("ماذا حدث? لا نعرف.", ["ماذا حدث?", "لا نعرف."]),
    ("أين الجيش؟! لا أحد هناك.", ["أين الجيش؟!", "لا أحد هناك."]),
    ("انتهى الاجتماع... ثم غادر الوفد.", ["انتهى الاجتماع...", "ثم غادر الوفد."]),
    ("انتهى الاجتماع… ثم غادر الوفد.", ["انتهى الاجتماع…", "ثم غادر الوفد."]),
    ("قتل جندي۔ وأصيب آخر", ["قتل جندي۔", "وأصيب آخر"]),
    # the Arabic comma and semicolon never end a sentence
    ("قتل جندي، وأصيب آخر.", ["قتل جندي، وأصيب آخر."]),
    ("قتل جندي؛ وأصيب آخر.", ["قتل جندي؛ وأصيب آخر."]),
    ("قصفت الطائرات حلب، وإدلب، وحماة؛ وقتل عشرة.", ["قصفت الطائرات حلب، وإدلب، وحماة؛ وقتل عشرة."]),
    ("قال: إن الهجوم فشل.", ["قال: إن الهجوم فشل."]),
    # decimals and numbers
    ("نزح 3.5 مليون شخص. وعاد بعضهم.", ["نزح 3.5 مليون شخص.", "وعاد بعضهم."]),
    ("نزح ١٫٥ مليون شخص. وعاد بعضهم.", ["نزح ١٫٥ مليون شخص.", "وعاد بعضهم."]),
    ("بلغت النسبة 12.75 بالمئة. وارتفعت.", ["بلغت النسبة 12.75 بالمئة.", "وارتفعت."]),
    ("سعر البرميل 48.5 دولارا.", ["سعر البرميل 48.5 دولارا."]),
    ("قتل 12 شخصا عام 2015. وأصيب آخرون.", ["قتل 12 شخصا عام 2015.", "وأصيب آخرون."]),
    ("وقع الهجوم في 21/7/2015. وتبناه التنظيم.", ["وقع الهجوم في 21/7/2015.", "وتبناه التنظيم."]),
    ("بلغ العدد 1.200.000 لاجئ.", ["بلغ العدد 1.200.000 لاجئ."]),
    ("قتل ٣٠ شخصا. وجرح ٥٠.", ["قتل ٣٠ شخصا.", "وجرح ٥٠."]),
    ("الساعة 10.30 صباحا وقع الانفجار.", ["الساعة 10.30 صباحا وقع الانفجار."]),
    # abbreviations and initials
    ("قال د. محمد إن الوضع خطير.", ["قال د. محمد إن الوضع خطير."]),
    ("صرح أ.د. أحمد بأن الأمر صعب.", ["صرح أ.د. أحمد بأن الأمر صعب."]),
    ("انظر ص. 12 من التقرير.", ["انظر ص. 12 من التقرير."]),
    ("عاش في القرن الخامس ق.م وكان ملكا.", ["عاش في القرن الخامس ق.م وكان ملكا."]),
    ("التقى م. سامي بالوفد.", ["التقى م. سامي بالوفد."]),
    ("قال المتحدث ج. سميث للصحفيين.", ["قال المتحدث ج. سميث للصحفيين."]),
    ("قال Dr. Smith إن الوضع سيئ.", ["قال Dr. Smith إن الوضع سيئ."]),
    ("نقلت وكالة U.S. News الخبر.", ["نقلت وكالة U.S. News الخبر."]),
    ("وذكر J. Kerry أن المحادثات مستمرة.", ["وذكر J. Kerry أن المحادثات مستمرة."]),
    ("الأسلحة والذخائر إلخ. ثم بدأ الهجوم.", ["الأسلحة والذخائر إلخ. ثم بدأ الهجوم."]),
    ("ولد عام 1950 م. وتوفي في بغداد.", ["ولد عام 1950 م.", "وتوفي في بغداد."]),
    ("وقعت المعركة عام 1436 هـ. وانتصر الجيش.", ["وقعت المعركة عام 1436 هـ.", "وانتصر الجيش."]),
    ("تأسست عام 1932م. وتوسعت لاحقا.", ["تأسست عام 1932م.", "وتوسعت لاحقا."]),
    # quotes
    ("قال: «سنقاتل حتى النهاية». وأضاف أن الجيش مستعد.", ["قال: «سنقاتل حتى النهاية».", "وأضاف أن الجيش مستعد."]),
    ("«سنقاتل حتى النهاية.» قال القائد.", ["«سنقاتل حتى النهاية.»", "قال القائد."]),
    ("قال: \"انتهت المعركة.\" ثم غادر.", ["قال: \"انتهت المعركة.\"", "ثم غادر."]),
    ("قال: “انتهت المعركة.” ثم غادر.", ["قال: “انتهت المعركة.”", "ثم غادر."]),
    ("وصف الهجوم بأنه «إرهابي» وأدانه.", ["وصف الهجوم بأنه «إرهابي» وأدانه."]),
    ("هل هذا «نصر»؟ يتساءل المحللون.", ["هل هذا «نصر»؟", "يتساءل المحللون."]),
    ("انتهى الأمر.«لن نتراجع» قال القائد.", ["انتهى الأمر.", "«لن نتراجع» قال القائد."]),
    ("أعلن الجيش (في بيان رسمي.) أنه تقدم.", ["أعلن الجيش (في بيان رسمي.)", "أنه تقدم."]),
    # list numbers at the start of a line
    ("1. الجيش\n2. الشرطة", ["1. الجيش", "2. الشرطة"]),
    ("أولا:\n1. وقف إطلاق النار\n2. تبادل الأسرى", ["أولا:", "1. وقف إطلاق النار", "2. تبادل الأسرى"]),
    ("١. الجيش\n٢. الشرطة", ["١. الجيش", "٢. الشرطة"]),
    # line breaks (titles without a full stop, paragraphs)
    ("عاجل: مقتل 5 جنود\nقتل خمسة جنود في هجوم.", ["عاجل: مقتل 5 جنود", "قتل خمسة جنود في هجوم."]),
    ("العنوان\n\nالفقرة الأولى.\n\nالفقرة الثانية.", ["العنوان", "الفقرة الأولى.", "الفقرة الثانية."]),
    ("سطر أول\r\nسطر ثان", ["سطر أول", "سطر ثان"]),
    ("  \n  نص بمسافات  \n  ", ["نص بمسافات"]),
    ("", []),
    ("   ", []),
    ("\n\n\n", []),
    (".", ["."]),
    ("؟؟؟", ["؟؟؟"]),
    ("ليبيا.. مقتل 5 في هجوم على حاجز", ["ليبيا.. مقتل 5 في هجوم على حاجز"]),
    ("قتل خمسة جنود في الهجوم.. وأصيب عشرة", ["قتل خمسة جنود في الهجوم..", "وأصيب عشرة"]),
    ("قالت شبكة سي.إن.إن إن الهجوم وقع. وأضافت", ["قالت شبكة سي.إن.إن إن الهجوم وقع.", "وأضافت"]),
    ("نقلت بي.بي.سي الخبر", ["نقلت بي.بي.سي الخبر"]),
    ("1\u202a. الجيش\n2\u202a. الشرطة", ["1\u202a. الجيش", "2\u202a. الشرطة"]),
    # full stops glued to the next word, as scraping leaves them
    ("انتهى الاجتماع.وقال المتحدث إن الاتفاق صامد.", ["انتهى الاجتماع.", "وقال المتحدث إن الاتفاق صامد."]),
    ("قتل جنديان.وأصيب ثلاثة.", ["قتل جنديان.", "وأصيب ثلاثة."]),
    ("زوروا موقع alarabiya.net للمزيد.", ["زوروا موقع alarabiya.net للمزيد."]),
    ("راسلونا على info@example.org شكرا.", ["راسلونا على info@example.org شكرا."]),
    # mixed real-looking paragraphs
    ("أعلنت وزارة الدفاع الروسية، اليوم، مقتل 30 مسلحا. وأكدت أن الغارات استهدفت مواقع لداعش.",
     ["أعلنت وزارة الدفاع الروسية، اليوم، مقتل 30 مسلحا.", "وأكدت أن الغارات استهدفت مواقع لداعش."]),
    ("قصف الطيران حي الشعار في حلب. وقتل 12 مدنيا بينهم 4 أطفال. وقال الدفاع المدني إن الحصيلة مرشحة للارتفاع.",
     ["قصف الطيران حي الشعار في حلب.", "وقتل 12 مدنيا بينهم 4 أطفال.", "وقال الدفاع المدني إن الحصيلة مرشحة للارتفاع."]),
    ("هاجم مسلحون نقطة تفتيش؛ فقتل جنديان. وفرّ المهاجمون.", ["هاجم مسلحون نقطة تفتيش؛ فقتل جنديان.", "وفرّ المهاجمون."]),
    ("وقال المرصد السوري لحقوق الإنسان: «قتل 20 عنصرا». ولم يصدر تعليق رسمي.",
     ["وقال المرصد السوري لحقوق الإنسان: «قتل 20 عنصرا».", "ولم يصدر تعليق رسمي."]),
    ("الرياض - واس: أعلنت القيادة. وأكدت الالتزام.", ["الرياض - واس: أعلنت القيادة.", "وأكدت الالتزام."]),
    ("قُتِلَ جُنْدِيٌّ. وَأُصِيبَ آخَرُ.", ["قُتِلَ جُنْدِيٌّ.", "وَأُصِيبَ آخَرُ."]),
    ("قتل جندي.\u200f وأصيب آخر.", ["قتل جندي.", "وأصيب آخر."]),
    ("\u200fقتل جندي\u200f", ["قتل جندي"]),
    ("قتل جنديان. وأصيب ثلاثة. وفقد رابع.", ["قتل جنديان.", "وأصيب ثلاثة.", "وفقد رابع."]),
    ("هل قتل القائد؟ أكدت المصادر ذلك! وقال الجيش إنه سيرد.", ["هل قتل القائد؟", "أكدت المصادر ذلك!", "وقال الجيش إنه سيرد."]),
    ("بلغت الخسائر 2.5 مليار دولار؛ وفق التقديرات.", ["بلغت الخسائر 2.5 مليار دولار؛ وفق التقديرات."]),
    ("قال الرئيس:\n«لن نتراجع».", ["قال الرئيس:", "«لن نتراجع»."]),
    ("Five soldiers were killed. The army said.", ["Five soldiers were killed.", "The army said."]),
]

# Generated families, each a real pattern: «عدد. وفعل», «اختصار + اسم», «سؤال؟ جواب».
_VERBS = ["قال", "أضاف", "أكد", "أشار", "أعلن", "أوضح", "ذكر", "كشف", "تابع", "شدد"]
for i, v in enumerate(_VERBS):
    CASES.append((f"قتل {i + 2} أشخاص. و{v} المصدر أن الهجوم فشل.",
                  [f"قتل {i + 2} أشخاص.", f"و{v} المصدر أن الهجوم فشل."]))
for abbr in ["د.", "م.", "أ.", "ع.", "ش."]:
    CASES.append((f"التقى الوزير {abbr} خالد في الرياض.", [f"التقى الوزير {abbr} خالد في الرياض."]))
for num in ["2.5", "٢٫٥", "0.75", "١٠٫٢٥", "99.9"]:
    CASES.append((f"ارتفع المؤشر {num} نقطة. وتراجع لاحقا.", [f"ارتفع المؤشر {num} نقطة.", "وتراجع لاحقا."]))
for q in ["هل انتهى القتال؟", "متى يعود النازحون؟", "من المسؤول؟", "لماذا صمت العالم؟", "إلى أين؟"]:
    CASES.append((f"{q} سؤال يطرحه الجميع.", [q, "سؤال يطرحه الجميع."]))
for city in ["حلب", "الموصل", "صنعاء", "بنغازي", "غزة"]:
    CASES.append((f"عاجل | قصف على {city}\nقصفت الطائرات {city}. وقتل مدنيون.",
                  [f"عاجل | قصف على {city}", f"قصفت الطائرات {city}.", "وقتل مدنيون."]))


def test_table_is_large():
    assert len(CASES) >= 100


@pytest.mark.parametrize("text,expected", CASES)
def test_split(text: str, expected: list[str]) -> None:
    sents = split_sentences(text)
    assert [text[s.start:s.end] for s in sents] == expected
    for s in sents:
        assert text[s.start:s.end] == text[s.start:s.end].strip()


# Run-on text: no punctuation for a long stretch.
_CLAUSE = "قصفت الطائرات الحربية مواقع المسلحين في ريف حلب الشمالي وقال مصدر عسكري إن الغارات دمرت آليات"
_RUNON = " ".join([_CLAUSE] * 12)


def test_runon_text_is_cut_at_clause_verbs():
    spans = sentence_spans(_RUNON)
    assert len(spans) > 1
    for a, b in spans:
        assert MIN_CHARS <= b - a <= MAX_CHARS
    # every cut after the first piece falls before «وقال» (a reporting verb after «و»)
    assert all(_RUNON[a:].startswith("وقال") for a, _ in spans[1:])
    # nothing lost: the pieces cover the text except the spaces between them
    assert "".join(_RUNON[a:b] for a, b in spans).replace(" ", "") == _RUNON.replace(" ", "")


def test_runon_without_clause_verbs_is_cut_at_commas_then_spaces():
    text = "، ".join(["الجيش في المدينة الكبيرة"] * 60)
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(b - a <= MAX_CHARS for a, b in spans)
    assert all(text[a:b].endswith("،") for a, b in spans[:-1])
    words = " ".join(["كلمة"] * 400)
    spans = sentence_spans(words)
    assert len(spans) > 1 and all(b - a <= MAX_CHARS for a, b in spans)
    assert all(words[a:b].strip() == words[a:b] for a, b in spans)


def test_runon_semicolon_preferred_over_space():
    text = " ".join(["مواجهات عنيفة بين الطرفين في المنطقة"] * 8) + "؛ " + " ".join(["اشتباكات متقطعة في الأحياء"] * 8)
    spans = sentence_spans(text)
    assert len(spans) == 2 and text[spans[0][0]:spans[0][1]].endswith("؛")


def test_one_enormous_word_is_still_cut_with_exact_offsets():
    text = "ب" * 1200
    spans = sentence_spans(text)
    assert len(spans) >= 3 and spans[0][0] == 0 and spans[-1][1] == 1200
    assert all(b - a <= MAX_CHARS for a, b in spans)
    marks = "\u064e" * 1100
    assert sentence_spans(marks)[-1][1] == 1100


def test_with_tokens():
    text = "قتل جندي. وأصيب آخر."
    sents = split_sentences(text, with_tokens=True)
    assert [t.text for t in sents[1].tokens] == ["وأصيب", "آخر", "."]
    assert sents[1].tokens[0].start == text.index("وأصيب")


_PIECES = st.sampled_from(["قتل", "جندي", "3.5", "١٫٥", "د.", ".", "؟", "!", "،", "؛", "«", "»", "\n", " ", "  ",
                           "وقال", "2015.", "ق.م", "\u064e", "…", "م."])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=80).map(" ".join))
def test_spans_are_ordered_trimmed_and_cover_all_text(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert text[last:a].strip() == ""
        last = b
    assert text[last:].strip() == ""


def _cut_listing_every_tier(text, start, end):
    """``segment._cut`` as it was: every kind of cut point listed before the best is chosen."""
    import re

    from rasd.text import segment as sg
    if end - start <= sg.MAX_CHARS:
        return [(start, end)]
    piece = sg.normalize(text[start:end])
    rules = sg.segment_rules()
    lo, hi = sg.MIN_CHARS, len(piece.text) - sg.MIN_CHARS
    mid = len(piece.text) // 2
    tiers = (
        [m.start() for m in rules.clause_re.finditer(piece.text)],
        [m.end() for m in re.finditer(r"[؛;]", piece.text)],
        [m.start() for m in rules.imperfect_re.finditer(piece.text)],
        [m.end() for m in re.finditer(r"[،,]", piece.text)],
        [m.start() for m in re.finditer(r"\s", piece.text)],
    )
    cut = None
    for points in tiers:
        ok = [p for p in points if lo <= p <= hi]
        if ok:
            cut = min(ok, key=lambda p: abs(p - mid))
            break
    if cut is None:
        cut = mid
    o = start + piece.to_original(0, cut)[1] if cut else start
    if not start < o < end:
        o = (start + end) // 2
    left = []
    sg._add_trimmed(text, start, o, left)
    sg._add_trimmed(text, o, end, left)
    out = []
    for a, b in left:
        out.extend(_cut_listing_every_tier(text, a, b))
    return out


def test_cut_lists_later_kinds_only_when_needed():
    """``_cut`` lists a kind of cut point only when no better kind has one: the same cuts as
    listing them all, for run-ons cut at clause verbs, semicolons, imperfect verbs, commas,
    spaces, and one enormous word."""
    import random

    from rasd.text import segment as sg
    rng = random.Random(5)
    words = ["الجيش", "قصف", "المدينة", "مواقع", "المسلحين", "بالقرب", "من", "الحدود", "الشمالية"]
    glue = [" ", " ", " ", "، ", "؛ ", " وقال ", " ويقول ", " وتابع ", " ـ "]
    texts = ["ا" * 1300, "قصف" + "ـ" * 700 + " المدينة " * 80]
    for k in range(60):
        pieces = []
        for _ in range(rng.randint(80, 400)):
            pieces.append(rng.choice(words))
            pieces.append(rng.choice(glue[:3] if k % 3 == 0 else glue))
        texts.append("".join(pieces))
    n = 0
    for text in texts:
        got = sg._cut(text, 0, len(text))
        assert got == _cut_listing_every_tier(text, 0, len(text))
        n += len(got) > 1
    assert n > 40
