"""Which of a clause's places an act happened at (through the whole pipeline).

Why: a clause often names the act's places and, after them, where those lie; only the first
are places of the act (one event each, ANNOTATION.md).
"""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


def _places(pipe, text, published="2015-07-21"):
    return sorted(e.location.name for e in pipe.extract(Article("x", text, published)).events)


def test_a_town_after_fi_right_after_the_act_s_places_is_their_container(pipe):
    text = "قتل 10 مدنيين جراء انفجار عبوتين ناسفتين في قضاء المقدادية وناحية كنعان في بعقوبة."
    assert "Baqubah" not in _places(pipe, text)
    assert len(_places(pipe, text)) == 2


def test_a_region_between_a_container_word_and_the_town_does_not_make_the_town_a_place(pipe):
    text = "قتل 15 جنديا خلال معارك بين قوات النظام والفصائل في مدينة داريا التي تقع في الغوطة الغربية لدمشق."
    assert _places(pipe, text) == ["Darayya"]
