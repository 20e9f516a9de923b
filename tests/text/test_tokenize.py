"""Tokenisation with clitic segmentation: a table of real news words, names kept whole,
exact offsets (also with diacritics), and the ``Token.forms`` contract the matchers rely on."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.model import Token
from rasd.text import tokenize as tk
from rasd.text.normalize import norm_key
from rasd.text.tokenize import analyse, lookup_key, tokenize

# (word, proclitics joined by "+", stem as it stands in the original, enclitic pronoun)
CASES = [
    ("والجيش", "و+ال", "جيش", ""),
    ("وبالجيش", "و+ب+ال", "جيش", ""),
    ("للجيش", "ل+ال", "جيش", ""),
    ("بالجيش", "ب+ال", "جيش", ""),
    ("فالقوات", "ف+ال", "قوات", ""),
    ("وللقوات", "و+ل+ال", "قوات", ""),
    ("كالعادة", "ك+ال", "عادة", ""),
    ("وسيقوم", "و+س", "يقوم", ""),
    ("سيعلن", "س", "يعلن", ""),
    ("وسيطرت", "و", "سيطرت", ""),
    ("بغداد", "", "بغداد", ""),
    ("وبغداد", "و", "بغداد", ""),
    ("لبغداد", "ل", "بغداد", ""),
    ("فلسطين", "", "فلسطين", ""),
    ("لفلسطين", "ل", "فلسطين", ""),
    ("لبنان", "", "لبنان", ""),
    ("ولبنان", "و", "لبنان", ""),
    ("كركوك", "", "كركوك", ""),
    ("بكركوك", "ب", "كركوك", ""),
    ("بنغازي", "", "بنغازي", ""),
    ("وبنغازي", "و", "بنغازي", ""),
    ("بيروت", "", "بيروت", ""),
    ("كابول", "", "كابول", ""),
    ("فرنسا", "", "فرنسا", ""),
    ("سوريا", "", "سوريا", ""),
    ("وسوريا", "و", "سوريا", ""),
    ("ليبيا", "", "ليبيا", ""),
    ("واشنطن", "", "واشنطن", ""),
    ("وزير", "", "وزير", ""),
    ("الوزير", "ال", "وزير", ""),
    ("ووزير", "و", "وزير", ""),
    ("وزارة", "", "وزارة", ""),
    ("سيارة", "", "سيارة", ""),
    ("بسيارة", "ب", "سيارة", ""),
    ("سيارته", "", "سيارت", "ه"),
    ("وسيارتهم", "و", "سيارت", "هم"),
    ("قواتهم", "", "قوات", "هم"),
    ("لقواتها", "ل", "قوات", "ها"),
    ("مدينته", "", "مدينت", "ه"),
    ("بمدينتهم", "ب", "مدينت", "هم"),
    ("حكومتها", "", "حكومت", "ها"),
    ("عناصره", "", "عناصر", "ه"),
    ("مقاتليه", "", "مقاتلي", "ه"),
    ("مقاتليها", "", "مقاتلي", "ها"),
    ("مواقعهم", "", "مواقع", "هم"),
    ("أسلحتهم", "", "أسلحت", "هم"),
    ("عليهم", "", "عليهم", ""),
    ("لهم", "", "لهم", ""),
    ("بها", "", "بها", ""),
    ("منهم", "", "منهم", ""),
    ("فيها", "", "فيها", ""),
    ("وقال", "و", "قال", ""),
    ("فقال", "ف", "قال", ""),
    ("وأضاف", "و", "أضاف", ""),
    ("وأكد", "و", "أكد", ""),
    ("وفي", "و", "في", ""),
    ("ولا", "و", "لا", ""),
    ("فلم", "ف", "لم", ""),
    ("وقد", "و", "قد", ""),
    ("ومن", "و", "من", ""),
    ("وهو", "و", "هو", ""),
    ("وهي", "و", "هي", ""),
    ("والذي", "و", "الذي", ""),
    ("الذي", "", "الذي", ""),
    ("التي", "", "التي", ""),
    ("الله", "", "الله", ""),
    ("والله", "و", "الله", ""),
    ("بالله", "ب", "الله", ""),
    ("للأمم", "ل+ال", "أمم", ""),
    ("المتحدة", "ال", "متحدة", ""),
    ("والإرهابيين", "و+ال", "إرهابيين", ""),
    ("الإرهابيين", "ال", "إرهابيين", ""),
    ("بالإرهاب", "ب+ال", "إرهاب", ""),
    ("وقتل", "و", "قتل", ""),
    ("فقتل", "ف", "قتل", ""),
    ("وأصيب", "و", "أصيب", ""),
    ("مقتل", "", "مقتل", ""),
    ("بمقتل", "ب", "مقتل", ""),
    ("لمقتل", "ل", "مقتل", ""),
    ("وتفجير", "و", "تفجير", ""),
    ("بتفجير", "ب", "تفجير", ""),
    ("لتفجير", "ل", "تفجير", ""),
    ("الجيش", "ال", "جيش", ""),
    ("القوات", "ال", "قوات", ""),
    ("وجنوده", "و", "جنود", "ه"),
    ("بيان", "", "بيان", ""),
    ("ببيان", "ب", "بيان", ""),
    ("كان", "", "كان", ""),
    ("كانت", "", "كانت", ""),
    ("وكانت", "و", "كانت", ""),
    ("بين", "", "بين", ""),
    ("وبين", "و", "بين", ""),
    ("بعد", "", "بعد", ""),
    ("وبعد", "و", "بعد", ""),
    ("لكن", "", "لكن", ""),
    ("ولكن", "و", "لكن", ""),
    ("فيما", "", "فيما", ""),
    ("وفيما", "و", "فيما", ""),
    ("بينما", "", "بينما", ""),
    ("سنوات", "", "سنوات", ""),
    ("ستة", "", "ستة", ""),
    ("سبعة", "", "سبعة", ""),
    ("خلال", "", "خلال", ""),
    ("وخلال", "و", "خلال", ""),
    ("داعش", "", "داعش", ""),
    ("لداعش", "ل", "داعش", ""),
    ("وداعش", "و", "داعش", ""),
    ("بداعش", "ب", "داعش", ""),
    ("الحوثيين", "ال", "حوثيين", ""),
    ("والحوثيين", "و+ال", "حوثيين", ""),
    ("للحوثيين", "ل+ال", "حوثيين", ""),
    ("وَبِالجَيْشِ", "و+ب+ال", "جَيْشِ", ""),
    ("قُوَّاتُهُم", "", "قُوَّاتُ", "هم"),
    ("مَدِينَتِهِ", "", "مَدِينَتِ", "ه"),
    ("لِلْجَيْشِ", "ل+ال", "جَيْشِ", ""),
    ("وَسَيَقُومُ", "و+س", "يَقُومُ", ""),
    ("وزارته", "", "وزارت", "ه"),
    ("وبيروت", "و", "بيروت", ""),
    ("بسوريا", "ب", "سوريا", ""),
    ("ولاية", "", "ولاية", ""),
    ("بولاية", "ب", "ولاية", ""),
]


def test_table_is_large():
    assert len(CASES) >= 100


@pytest.mark.parametrize("word,prefixes,stem,suffix", CASES)
def test_clitic_segmentation(word: str, prefixes: str, stem: str, suffix: str) -> None:
    toks = tokenize(word)
    assert len(toks) == 1
    t = toks[0]
    assert "+".join(t.prefixes) == prefixes
    assert word[t.stem_start:t.stem_end] == stem
    assert t.suffix == suffix
    assert (t.start, t.end, t.text) == (0, len(word), word)


@pytest.mark.parametrize("word,prefixes,stem,suffix", CASES)
def test_forms_contract(word: str, prefixes: str, stem: str, suffix: str) -> None:
    """forms[0] is the unsplit word's lookup key; every form is article-free; no repeats."""
    t = tokenize(word)[0]
    assert t.forms[0] == lookup_key(norm_key(word))
    assert len(set(t.forms)) == len(t.forms)
    assert all(f == lookup_key(f) or not f.startswith("ال") for f in t.forms)
    assert analyse(word)[:3] == (t.norm, t.forms, t.prefixes)


# Names and words that begin with a clitic letter but carry none: never offered split.
WHOLE = ["بغداد", "بيروت", "بنغازي", "فلسطين", "لبنان", "كركوك", "كابول", "فرنسا", "ليبيا", "واشنطن",
         "وزير", "وزارة", "سيارة", "سياسة", "بيان", "كانت", "فيها", "بلاده", "لدينا", "سنوات"]


@pytest.mark.parametrize("word", WHOLE)
def test_names_are_not_split(word: str) -> None:
    t = tokenize(word)[0]
    n = norm_key(word)
    assert t.forms[0] == lookup_key(n) and n[1:] not in t.forms
    assert t.prefixes == () and t.stem_start == 0


@pytest.mark.parametrize("word,name", [("وبغداد", "بغداد"), ("لبغداد", "بغداد"), ("بفلسطين", "فلسطين"),
                                       ("ولبنان", "لبنان"), ("بكركوك", "كركوك"), ("وبنغازي", "بنغازي")])
def test_clitic_on_a_name_is_split_but_the_name_is_not(word: str, name: str) -> None:
    t = tokenize(word)[0]
    assert t.forms == (norm_key(word), norm_key(name))


def test_offsets_in_a_sentence_with_diacritics_and_tatweel():
    text = "وَقَالَ الجيـــش إنَّ قُوَّاتِهِمْ دَخَلَتْ لِلْمَدِينَةِ، و٣ قتلى."
    toks = tokenize(text)
    words = [t.text for t in toks]
    assert words == ["وَقَالَ", "الجيـــش", "إنَّ", "قُوَّاتِهِمْ", "دَخَلَتْ", "لِلْمَدِينَةِ", "،", "و٣", "قتلى", "."]
    for t in toks:
        assert text[t.start:t.end] == t.text
        assert t.start <= t.stem_start <= t.stem_end <= t.end
    by = {t.text: t for t in toks}
    assert text[by["وَقَالَ"].stem_start:by["وَقَالَ"].stem_end] == "قَالَ"
    assert text[by["الجيـــش"].stem_start:by["الجيـــش"].stem_end] == "جيـــش"
    assert text[by["قُوَّاتِهِمْ"].stem_start:by["قُوَّاتِهِمْ"].stem_end] == "قُوَّاتِ"
    assert text[by["لِلْمَدِينَةِ"].stem_start:by["لِلْمَدِينَةِ"].stem_end] == "مَدِينَةِ"
    assert by["لِلْمَدِينَةِ"].prefixes == ("ل", "ال") and by["لِلْمَدِينَةِ"].forms[-1] == "مدينه"
    assert by["و٣"].forms == ("و3", "3") and by["و٣"].prefixes == ("و",)
    assert by["،"].is_word is False and by["،"].norm == ","


def test_feminine_stem_before_pronoun_offers_ta_marbuta():
    t = tokenize("حكومتها")[0]
    assert t.stem == "حكومه" and "حكومه" in t.forms
    assert tokenize("قواتهم")[0].stem == "قوات"


def test_future_and_article_edge_cases():
    assert tokenize("سيقوم")[0].prefixes == ("س",)
    assert tokenize("سنوات")[0].prefixes == ()  # «سن» is not a future prefix
    assert tokenize("الذي")[0].prefixes == ()   # the article is part of the relative pronoun
    assert tokenize("الله")[0].suffix == ""


def test_numbers_punctuation_and_invisible_characters():
    text = "قتل 1,200 و١٫٥ مليون‏؟ (٣٠%) «داعش»"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["قتل", "1,200", "و١٫٥", "مليون‏", "؟", "(", "٣٠", "%", ")", "«", "داعش", "»"]
    assert toks[1].norm == "1,200" and toks[1].is_word
    assert toks[6].norm == "30"
    assert toks[3].norm == "مليون"


def test_offset_and_end_arguments():
    text = "قال الجيش إن القوات تقدمت"
    toks = tokenize(text, 4, 9)
    assert [t.text for t in toks] == ["الجيش"] and toks[0].start == 4
    assert tokenize(text, 0, 0) == []


def test_presentation_forms_and_latin():
    toks = tokenize("ﺑﻐﺪاد CNN")
    assert toks[0].norm == "بغداد" and toks[0].forms == ("بغداد",)
    assert toks[1].norm == "cnn"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60) | st.lists(st.sampled_from(list("وبالجيش ١٢.،«»\u064e\u200f\n ﻻ")), max_size=40).map("".join),
       st.data())
def test_offsets_exact_on_any_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    last = start
    for t in tokenize(text, start, end):
        assert text[t.start:t.end] == t.text and t.text
        assert last <= t.start and t.end <= end
        assert t.start <= t.stem_start <= t.stem_end <= t.end
        assert all(c.isspace() or unicodedata.category(c) == "Cf" for c in text[last:t.start])
        last = t.end


def test_fast_builder_equals_the_constructor():
    for t in tokenize("وَبِالجَيْشِ قواتهم 12 ، مدينته"):
        rebuilt = Token(t.start, t.end, t.text, t.norm, t.stem, t.stem_start, t.stem_end, t.prefixes,
                        t.suffix, t.forms, t.is_word)
        assert rebuilt == t and hash(rebuilt) == hash(t) and type(t) is Token


def test_cache_does_not_change_results():
    text = "والجيش قصف مواقعهم في بغداد"
    first = tokenize(text)
    tk.clear_cache()
    assert tokenize(text) == first


@pytest.mark.parametrize("text,expected", [
    ("بمقتل31 شخصا", ["بمقتل", "31", "شخصا"]),        # digits glued to an Arabic word
    ("و3قتلى", ["و3", "قتلى"]),                        # a conjunction keeps its number
    ("بـ20 قذيفة", ["بـ20", "قذيفة"]),
    ("طائرات F16 وMH17", ["طائرات", "F16", "وMH17"]),   # Latin names keep their digits
])
def test_digits_glued_to_words(text, expected):
    assert [t.text for t in tokenize(text)] == expected
