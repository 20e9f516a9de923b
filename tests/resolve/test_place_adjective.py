"""A country adjective right after a place name picks that country's namesake.

Why: «مدينة سروج التركية» is Suruç (Turkey), not Kurtik Siruj across the border in Syria, and
«منفذ الطوال السعودي» the Saudi crossing, not a Yemeni village of that name, whatever the
country the rest of the article is about.
"""
import pytest


def _countries(places_in, text, word):
    return [m.value.country for m in places_in(text) if word in m.text]


@pytest.mark.parametrize("text,word,country", [
    ("قصفت طائرات التحالف مواقع الحوثيين في صنعاء وتعز قبل هجومهم على منفذ الطوال السعودي.", "الطوال", "SA"),
    ("وكان 32 شخصا قتلوا في تفجير انتحاري في مدينة سروج التركية قرب عين العرب السورية.", "سروج", "TR"),
])
def test_the_adjective_names_the_country(places_in, text, word, country):
    assert _countries(places_in, text, word) == [country]
