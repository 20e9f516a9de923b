"""A country adjective right after a place name picks that country's namesake.

Why: «مدينة سروج التركية» is Suruç (Turkey), not Kurtik Siruj across the border in Syria, and
«منفذ الطوال السعودي» the Saudi crossing, not a Yemeni village of that name, whatever the
country the rest of the article is about.
"""
import pytest

from rasd.model import Article, Doc
from rasd.resolve.places import Geocoder
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.load()


def _countries(geocoder, text, word):
    doc = Doc(article=Article("x", text), tokens=tuple(tokenize(text)), sentences=tuple(split_sentences(text)))
    return [m.value.country for m in geocoder.find_places(doc) if word in m.text]


@pytest.mark.parametrize("text,word,country", [
    ("قصفت طائرات التحالف مواقع الحوثيين في صنعاء وتعز قبل هجومهم على منفذ الطوال السعودي.", "الطوال", "SA"),
    ("وكان 32 شخصا قتلوا في تفجير انتحاري في مدينة سروج التركية قرب عين العرب السورية.", "سروج", "TR"),
])
def test_the_adjective_names_the_country(geocoder, text, word, country):
    assert _countries(geocoder, text, word) == [country]
