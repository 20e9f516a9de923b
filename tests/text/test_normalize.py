"""Normalisation for matching: a table of real news words and phrases, and properties.

The properties are the contract other modules rely on: the normalised text is exactly
``norm_key`` of the original, ``norm_key`` is idempotent, and any normalised span maps back to
the original substring that produced it.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.text.normalize import norm_key, normalize

# (original, normalised) — words and phrases as Arabic news writes them.
CASES = [
    # hamza / madda / wasla alef forms
    ("أعلن", "اعلن"), ("إعلان", "اعلان"), ("آلاف", "الاف"), ("ٱلله", "الله"), ("الأنبار", "الانبار"),
    ("الإرهاب", "الارهاب"), ("إسرائيل", "اسرائيل"), ("أمريكا", "امريكا"), ("الآن", "الان"),
    ("إدلب", "ادلب"), ("أبين", "ابين"), ("أربيل", "اربيل"), ("الأسد", "الاسد"), ("إيران", "ايران"),
    ("مأرب", "مارب"), ("رأس العين", "راس العين"), ("سأل", "سال"), ("الأمم المتحدة", "الامم المتحده"),
    # alef maqsura and ta marbuta
    ("على", "علي"), ("إلى", "الي"), ("مستشفى", "مستشفي"), ("ديالى", "ديالي"), ("موسى", "موسي"),
    ("قتلى", "قتلي"), ("جرحى", "جرحي"), ("الرقة", "الرقه"), ("مدينة", "مدينه"), ("الحكومة", "الحكومه"),
    ("غزة", "غزه"), ("المعارضة", "المعارضه"), ("حماة", "حماه"), ("الفلوجة", "الفلوجه"), ("سيارة مفخخة", "سياره مفخخه"),
    ("ولاية", "ولايه"), ("المقاومة الشعبية", "المقاومه الشعبيه"), ("دوما", "دوما"),
    # hamza on waw / yeh stay (they are distinct letters)
    ("مسؤول", "مسؤول"), ("رئيس", "رئيس"), ("شؤون", "شؤون"), ("سيناء", "سيناء"), ("هؤلاء", "هؤلاء"),
    # diacritics, shadda, dagger alef, tanween
    ("قُتِلَ", "قتل"), ("مُحَمَّدٌ", "محمد"), ("الرَّحْمٰن", "الرحمن"), ("هٰذا", "هذا"), ("شُهَدَاءُ", "شهداء"),
    ("جُنْدِيًّا", "جنديا"), ("القُوَّاتُ", "القوات"), ("مُسَلَّحِينَ", "مسلحين"), ("تَفْجِيرٌ", "تفجير"),
    ("عَبْوَةٌ نَاسِفَةٌ", "عبوه ناسفه"), ("الْجَيْشُ", "الجيش"), ("حَلَبَ", "حلب"), ("كِتَابٌ", "كتاب"),
    ("أُصِيبَ", "اصيب"), ("إِصَابَةُ", "اصابه"), ("ٱلْقُدْس", "القدس"),
    # tatweel
    ("الجيـــش", "الجيش"), ("داعـش", "داعش"), ("الحـوثيين", "الحوثيين"), ("صنعـــاء", "صنعاء"), ("تـعز", "تعز"),
    # Persian / Urdu / Kurdish letter forms
    ("کرکوک", "كركوك"), ("سوریا", "سوريا"), ("ایران", "ايران"), ("پاکستان", "باكستان"), ("چابهار", "جابهار"),
    ("کوردستان", "كوردستان"), ("هەولێر", "ههولير"), ("گاز", "كاز"), ("ژنرال", "زنرال"), ("ڤيينا", "فيينا"),
    ("فاطمہ", "فاطمه"), ("ھجوم", "هجوم"),
    # digits: Arabic-Indic and Eastern Arabic-Indic
    ("١٢", "12"), ("٢٠١٥", "2015"), ("۱۲", "12"), ("۲۰۱۵", "2015"), ("٣٫٥", "3.5"), ("١٬٢٠٠", "1,200"),
    ("٪٣٠", "%30"), ("٢١/٧/٢٠١٥", "21/7/2015"), ("۴۵", "45"), ("٠٩", "09"),
    # Arabic punctuation and quotes
    ("قال، إن", "قال, ان"), ("لماذا؟", "لماذا?"), ("أولا؛ ثانيا", "اولا; ثانيا"), ("«داعش»", "\"داعش\""),
    ("“الحشد”", "\"الحشد\""), ("٭", "*"), ("﴿الله﴾", "(الله)"), ("الجيش – الشرطة", "الجيش - الشرطه"),
    # zero-width and bidi controls
    ("داع\u200cش", "داعش"), ("\u200fبغداد\u200f", "بغداد"), ("\u202bحلب\u202c", "حلب"), ("حم\u200dص", "حمص"),
    ("\ufeffالعراق", "العراق"), ("\u2067دمشق\u2069", "دمشق"), ("\u061cاليمن", "اليمن"), ("عد\u00adن", "عدن"),
    # non-breaking and odd spaces
    ("قوات\u00a0النظام", "قوات النظام"), ("قوات\u202fالنظام", "قوات النظام"), ("قوات\u2003النظام", "قوات النظام"),
    # presentation forms (text copied from PDFs)
    ("ﺑﻐﺪاد", "بغداد"), ("ﻻ", "لا"), ("ﺍﻟﺠﻴﺶ", "الجيش"), ("ﷲ", "الله"), ("ﻣﻘﺘﻞ", "مقتل"), ("ﺣﻠﺐ", "حلب"),
    ("ﻹ", "لا"), ("ﹰ", ""),
    # Latin in Arabic news: lower-cased
    ("ISIS", "isis"), ("CNN", "cnn"), ("F-16", "f-16"), ("ＵＮ", "un"), ("BBC عربي", "bbc عربي"),
    # mixed, real headlines
    ("مقتل ٣ جنود في هجوم لـ«داعش»", "مقتل 3 جنود في هجوم ل\"داعش\""),
    ("الإرهابيُّون يَقصِفون حلبَ الجديدة", "الارهابيون يقصفون حلب الجديده"),
    ("قُتل ۱۲ شخصاً في انفجار سيارة مفخخة", "قتل 12 شخصا في انفجار سياره مفخخه"),
    ("التحالف العربي بقيادة السعودية", "التحالف العربي بقياده السعوديه"),
]


def test_table_is_large():
    assert len(CASES) >= 100


@pytest.mark.parametrize("original,expected", CASES)
def test_norm_key(original: str, expected: str) -> None:
    assert norm_key(original) == expected


@pytest.mark.parametrize("original,expected", CASES)
def test_normalize_agrees_and_maps_back(original: str, expected: str) -> None:
    n = normalize(original)
    assert n.text == expected
    assert len(n.offsets) == len(n.text)
    a, b = n.to_original(0, len(n.text))
    assert norm_key(original[a:b]) == expected


def test_span_includes_trailing_diacritics():
    text = "قُتِلَ مُحَمَّدٌ أمس"
    n = normalize(text)
    i = n.text.index("محمد")
    a, b = n.to_original(i, i + 4)
    assert text[a:b] == "مُحَمَّدٌ"


def test_span_inside_ligature_covers_the_ligature():
    text = "قال ﻻ"
    n = normalize(text)
    assert n.text == "قال لا"
    assert n.to_original(4, 5) == (4, 5)
    assert n.to_original(5, 6) == (4, 5)


def test_empty_and_out_of_range():
    n = normalize("حلب")
    assert n.to_original(3, 3) == (3, 3)
    with pytest.raises(ValueError):
        n.to_original(2, 5)
    assert normalize("").text == ""


# Arabic-heavy text: letters, marks, tatweel, digits, punctuation, controls, presentation forms.
_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةـ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟«» .\n")
    + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u200c", "\u200f", "\u202b", "\ufeff",
       "ﻻ", "ﷲ", "ﺑ", "ﹰ", "ﷺ", "İ", "A", "ی", "ک", "ە"]
)
_ARABIC_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)
_ANY_TEXT = st.one_of(_ARABIC_TEXT, st.text(max_size=40))


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_normalize_text_equals_norm_key(text: str) -> None:
    assert normalize(text).text == norm_key(text)


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT)
def test_norm_key_idempotent(text: str) -> None:
    k = norm_key(text)
    assert norm_key(k) == k


@settings(max_examples=300, deadline=None)
@given(_ANY_TEXT, st.data())
def test_any_span_maps_back_to_its_source(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    a, b = n.to_original(start, end)
    assert 0 <= a <= b <= len(text)
    # The original substring normalises to a string containing the span, and to exactly the
    # span when the span does not cut a character that expanded into several.
    source = norm_key(text[a:b])
    assert n.text[start:end] in source
    cuts_expansion = (start > 0 and start < len(n.text) and n.offsets[start] == n.offsets[start - 1]) or (
        0 < end < len(n.text) and n.offsets[end] == n.offsets[end - 1])
    if not cuts_expansion:
        assert source == n.text[start:end]


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_offsets_are_monotonic(text: str) -> None:
    n = normalize(text)
    assert list(n.offsets) == sorted(n.offsets)
    assert all(0 <= o < len(text) for o in n.offsets)
