"""Names the gazetteer gives with a leading trigger word («ناحية خان بني سعد»).

Why: the gazetteer also indexes such a name without its trigger word («خان بني سعد»), but the
check that keeps bare ordinary words out («خرج» is not «الخرج») read only the name's first word
(«ناحية»), so the town was never found as the text names it («بلدة خان بني سعد»). Some records
give a description as a name («مديرية يمنية», a Yemeni district): a country adjective after the
trigger word stays no name («محافظات يمنية» is Yemeni provinces).
"""
import pytest

from rasd.model import Article, Doc
from rasd.resolve.places import Geocoder
from rasd.text.segment import split_sentences
from rasd.text.tokenize import tokenize


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder.load()


def _places(geocoder, text):
    doc = Doc(article=Article("x", text), tokens=tuple(tokenize(text)), sentences=tuple(split_sentences(text)))
    return [(m.text, m.value.country) for m in geocoder.find_places(doc)]


def test_a_name_indexed_without_its_trigger_word_is_found_bare(geocoder):
    found = _places(geocoder, "خطف مسلحون 13 رجلا في بلدة خان بني سعد بمحافظة ديالى.")
    assert ("بلدة خان بني سعد", "IQ") in found


def test_a_country_adjective_after_a_trigger_word_is_no_name(geocoder):
    found = _places(geocoder, "نفذوا هجمات في عدة محافظات يمنية كالبيضاء وشبوة.")
    assert all("يمنية" not in text for text, _ in found)
