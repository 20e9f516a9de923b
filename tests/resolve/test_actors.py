"""Actor resolution in context: clitics, country typing, conditional aliases, dates, anaphora,
labels, prefix nouns, NER unknowns, offsets, and speed."""
from __future__ import annotations

import time
from typing import Optional

import pytest

from rasd.model import Article, Doc, Mention
from rasd.resolve.actors import ActorResolver
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.load()


def make_doc(text: str, published: Optional[str] = "2015-08-01") -> Doc:
    return Doc(Article("t", text, published), tuple(tokenize(text)), tuple(split_sentences(text)))


def found(resolver, text, country=None, published="2015-08-01", ner=()):
    doc = make_doc(text, published)
    return [(m.text, m.value.name) for m in resolver.find_actors(doc, country=country, ner=ner)]


def names(resolver, text, **kw):
    return [n for _, n in found(resolver, text, **kw)]


def test_interface_and_offsets(resolver):
    text = "شنت طائرات التحالف العربي غارات على مواقع الحوثيين في تعز."
    doc = make_doc(text)
    ms = resolver.find_actors(doc, country="YE")
    assert all(isinstance(m, Mention) and m.kind == "actor" for m in ms)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    for m in ms:
        assert text[m.start:m.end] == m.text == m.value.name_ar
        assert doc.tokens[m.token_start].start == m.start and doc.tokens[m.token_end - 1].end == m.end
    assert [m.value.name for m in ms] == ["Saudi-led Coalition", "Houthis (Ansar Allah)"]
    assert ms[0].text == "طائرات التحالف العربي"   # the prefix noun joins the mention
    assert ms[0].value.category == "external/other" and ms[1].value.category == "rebels"


@pytest.mark.parametrize("text,name", [
    ("وبالجيش العراقي", "Military Forces of Iraq"),
    ("لداعش", "Islamic State (IS)"),
    ("والدواعش", "Islamic State (IS)"),
    ("تنظيم «داعش» الإرهابي", "Islamic State (IS)"),
    ("وللحوثيين", "Houthis (Ansar Allah)"),
    ("والحشد الشعبي", "Popular Mobilization Forces"),
    ("جيش الاحتلال", "Military Forces of Israel"),
    ("قوات النظام", "Military Forces of Syria"),
    ("الجيش السوري الحر", "Free Syrian Army"),
    ("حزب العمال الكردستاني", "PKK: Kurdistan Workers Party"),
    ("القوات التركية", "Military Forces of Turkey"),
    ("الشرطة المصرية", "Police Forces of Egypt"),
    ("الشرطة الألمانية", "Police Forces of Germany"),      # the stem itself begins with «أل»
    ("شرطة ألمانية", "Police Forces of Germany"),
])
def test_aliases_with_clitics_and_nisba(resolver, text, name):
    assert names(resolver, text) == [name]


def test_generic_agents_take_the_article_country(resolver):
    assert names(resolver, "قتل مسلحون مجهولون ثلاثة مدنيين", country="IQ") == [
        "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"]
    assert names(resolver, "اعتقلت الشرطة متظاهرين", country="TR") == [
        "Police Forces of Turkey", "Protesters (Turkey)"]
    # the army of no known country is no actor; civilians keep a country-less name
    assert names(resolver, "قصف الجيش المدنيين") == ["Civilians"]
    # the nisba names the country even when the article is about another one
    assert names(resolver, "حرس الحدود السعودي", country="YE") == ["Military Forces of Saudi Arabia"]


def test_shia_militias_are_an_identity_militia_of_the_article_country(resolver):
    assert names(resolver, "أحرقت مليشيات شيعية ثلاثة شبان", country="IQ")[:1] == ["Shia Militia (Iraq)"]
    assert names(resolver, "وقالت إن الميليشيات الشيعية اقتحمت القرية", country="SY") == ["Shia Militia (Syria)"]


def test_bare_army_follows_named_stand_in_by_date(resolver):
    assert names(resolver, "تقدم الجيش", country="YE", published="2015-08-01") == ["Military Forces of Yemen (Hadi)"]
    assert names(resolver, "تقدم الجيش", country="YE", published="2005-08-01") == ["Military Forces of Yemen"]


def test_country_conditional_aliases(resolver):
    assert names(resolver, "هاجم الانقلابيين المدينة", country="YE") == ["Houthis (Ansar Allah)"]
    assert "Houthis (Ansar Allah)" not in names(resolver, "هاجم الانقلابيين المدينة", country="TR")
    assert names(resolver, "قصفت طائرات التحالف", country="YE") == ["Saudi-led Coalition"]
    assert names(resolver, "قصفت طائرات التحالف", country="IQ") == ["US-led Coalition"]
    # a shorter reading gets its turn when the longer conditional alias does not apply
    assert names(resolver, "تقدم الجيش الوطني", country="SY") == ["Military Forces of Syria"]


def test_labels_of_outlets_on_either_side(resolver):
    # Saudi press and Houthi press name the same sides with opposite labels
    assert names(resolver, "قصفت الميليشيات الانقلابية الأحياء", country="YE") == ["Houthis (Ansar Allah)"]
    # «المرتزقة» names the speaker's enemy, whoever that is: no referring back, an unidentified group
    assert names(resolver, "تصدى الجيش واللجان الشعبية لزحف المرتزقة بعد غارات طيران العدوان", country="YE") == [
        "Houthis (Ansar Allah)", "Unidentified Armed Group (Yemen)", "Saudi-led Coalition"]
    assert names(resolver, "قصف جيش الاحتلال غزة") == ["Military Forces of Israel"]


def test_country_inferred_from_named_actors_when_not_given(resolver):
    got = names(resolver, "قصف الحوثيون الأحياء، وقتل خمسة مدنيين")
    assert got == ["Houthis (Ansar Allah)", "Civilians (Yemen)"]


def test_renamed_groups_follow_the_article_date(resolver):
    assert names(resolver, "هاجمت جبهة النصرة", published="2015-01-01") == ["Jabhat al-Nusra"]
    assert names(resolver, "هاجمت جبهة النصرة", published="2018-01-01") == ["Hayat Tahrir al-Sham"]


def test_person_resolved_to_organisation_by_date(resolver):
    assert names(resolver, "قال نوري المالكي", published="2012-03-01") == ["Government of Iraq"]
    assert names(resolver, "قال نوري المالكي", published="2016-03-01") == []
    assert names(resolver, "أمر علي عبدالله صالح", published="2010-03-01") == ["Government of Yemen"]
    assert names(resolver, "أمر علي عبدالله صالح", published="2015-03-01") == ["Saleh Loyalist Forces"]


def test_anaphora_need_a_compatible_antecedent(resolver):
    got = found(resolver, "سيطر تنظيم داعش على المدينة. وقال شهود إن التنظيم أعدم عشرة", country="IQ")
    assert got == [("تنظيم داعش", "Islamic State (IS)"), ("التنظيم", "Islamic State (IS)")]
    assert names(resolver, "وقال شهود إن التنظيم أعدم عشرة") == []        # no antecedent
    got = found(resolver, "قصفت قوات النظام الحي ثم تقدمت القوات", country="SY")
    assert got[-1] == ("القوات", "Military Forces of Syria")
    # indefinite «قوات» introduces, it does not refer back
    assert names(resolver, "قصفت قوات النظام الحي ثم وصلت قوات", country="SY") == ["Military Forces of Syria"]


def test_aircraft_refer_back_or_default_to_the_country_military(resolver):
    got = names(resolver, "شن طيران التحالف غارات ثم قصف الطيران مواقع الحوثيين", country="YE")
    assert got == ["Saudi-led Coalition", "Saudi-led Coalition", "Houthis (Ansar Allah)"]
    assert names(resolver, "قصف الطيران مواقع داعش", country="IQ") == ["Military Forces of Iraq", "Islamic State (IS)"]
    # indefinite «طائرة حربية» introduces a new actor: the country's military, not the last one
    assert names(resolver, "هاجم تنظيم داعش. وقصفت طائرة حربية المدينة", country="LY") == [
        "Islamic State (IS)", "Libyan National Army"]


def test_anaphor_followed_by_another_name_is_no_anaphor(resolver):
    got = names(resolver, "قال حزب العمال الكردستاني إن الحزب الشيوعي", country="TR")
    assert got == ["PKK: Kurdistan Workers Party"]
    got = names(resolver, "سيطر تنظيم داعش ثم انسحب التنظيم الإرهابي", country="IQ")
    assert got == ["Islamic State (IS)", "Islamic State (IS)"]
    # a bare indefinite aircraft word is nobody; «طائرة حربية» is the country's military
    assert names(resolver, "غارات بطائرات بلا طيار", country="SO") == []


def test_generic_noun_before_a_named_actor_joins_it(resolver):
    assert found(resolver, "مقتل ثمانية مسلحين حوثيين في كمين", country="YE") == [
        ("مسلحين حوثيين", "Houthis (Ansar Allah)")]
    # but not across «و»: two actors
    assert names(resolver, "اشتباكات بين مسلحين والحوثيين", country="YE") == [
        "Unidentified Armed Group (Yemen)", "Houthis (Ansar Allah)"]


def test_labels_refer_back_to_armed_nonstate_actor(resolver):
    got = names(resolver, "هاجمت جبهة النصرة مواقع قوات النظام، وقال الإرهابيون إنهم سيواصلون", country="SY")
    assert got == ["Jabhat al-Nusra", "Military Forces of Syria", "Jabhat al-Nusra"]
    # with no such actor nearby, or indefinite, the label is an unidentified group
    assert names(resolver, "قتل الإرهابيون ثلاثة", country="SY") == ["Unidentified Armed Group (Syria)"]
    got = names(resolver, "هاجم الحوثيون المدينة. وقتل إرهابيين جنديا", country="YE")
    assert got[1] == "Unidentified Armed Group (Yemen)"


def test_prefix_and_loyalty_phrases_join_the_actor(resolver):
    got = found(resolver, "قتل 30 من مسلحي الحوثي وقوات موالية للمخلوع صالح", country="YE")
    assert got == [("مسلحي الحوثي", "Houthis (Ansar Allah)"),
                   ("وقوات موالية للمخلوع صالح", "Saleh Loyalist Forces")]


def test_ner_unknowns_kept_as_new_actors(resolver):
    text = "هاجمت كتيبة الفاروق الجديدة مواقع داعش"
    s = text.index("كتيبة")
    ner = [Mention("ORG", s, s + len("كتيبة الفاروق الجديدة"), "كتيبة الفاروق الجديدة"),
           Mention("LOC", 0, 3, "x"),
           Mention("ORG", text.index("داعش"), len(text), "داعش")]      # overlaps a known actor: dropped
    ms = ActorResolver.load().find_actors(make_doc(text), ner=ner)
    assert [(m.text, m.value.id) for m in ms] == [("كتيبة الفاروق الجديدة", None), ("مواقع داعش", "is")] or \
        [(m.text, m.value.id) for m in ms] == [("كتيبة الفاروق الجديدة", None), ("داعش", "is")]
    assert ms[0].value.name == "كتيبة الفاروق الجديدة" and ms[0].score < 0.5


def test_common_words_are_not_actors(resolver):
    assert names(resolver, "وصل إلى القاعدة الجوية في المدينة", country="YE") == []
    assert names(resolver, "قاعدة عسكرية", country="YE") == []


@pytest.mark.parametrize("text, name", [
    ("وأعلنت حماس مسؤوليتها عن الهجوم.", "Hamas"),
    ("وقال المتحدث باسم حماس إن الحركة سترد.", "Hamas"),
    ("واعتقلت السلطات عددا من قيادات الإخوان.", "Muslim Brotherhood"),
])
def test_names_read_bare_or_with_proclitics(resolver, text, name):
    assert name in names(resolver, text)


@pytest.mark.parametrize("text", [
    # «الحماس» (the enthusiasm): Hamas's name is also a common noun, which takes the article
    "وقال المدرب إن الحماس كبير لدى اللاعبين قبل المباراة.",
    "واستقبل الجمهور الفريق بالحماس المعتاد.",
    # a name takes no possessive pronoun: his brothers, their zeal
    "ووصل الشيخ مع إخوانه إلى مكة.",
    "وقال إن حماسهم لم يفتر رغم التعب.",
])
def test_common_nouns_with_the_article_or_a_pronoun_are_no_names(resolver, text):
    assert not {"Hamas", "Muslim Brotherhood"} & set(names(resolver, text))


def test_speed_under_2ms_per_4000_chars(resolver):
    unit = ("قصفت طائرات التحالف العربي مواقع ميليشيات الحوثي وصالح في تعز، وقتل خمسة مدنيين بينهم أطفال، "
            "فيما قال مسؤول في المقاومة الشعبية إن قوات الجيش الوطني تقدمت نحو المدينة. ")
    text = (unit * (4000 // len(unit) + 1))[:4000]
    doc = make_doc(text)
    resolver.find_actors(doc, country="YE")
    best = float("inf")
    for _ in range(7):   # best of several rounds: the CPU is shared with other jobs
        t = time.perf_counter()
        for _ in range(5):
            resolver.find_actors(doc, country="YE")
        best = min(best, (time.perf_counter() - t) / 5)
    # this text is far denser in actors than news (one every 28 characters); real articles
    # measure about 1 ms per 4,000 characters (bench/actors.py). Generous bound for CI.
    assert best < 0.010
