"""A fight whose sides go unnamed, through the whole pipeline.

Why: the support stage drops events with no actor (mostly asides: «ما حكي عن معارك»), but a
fight word with its dead counted at a named place is an act (ANNOTATION.md gives it an
"Unidentified Armed Group"). A fight word with no count, or an attack word with no author,
stays without one.
"""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


def _events(pipe, text):
    return pipe.extract(Article("x", text, "2015-07-21")).events


def test_a_fight_with_its_dead_counted_is_an_unidentified_groups_clash(pipe):
    evs = _events(pipe, "وقتل 29 شخصا في اشتباكات عنيفة في مدينة سبها.")
    assert [(e.sub_event_type, e.location.name, e.fatalities, e.actor1.name) for e in evs] == \
        [("Armed clash", "Sabha", 29, "Unidentified Armed Group (Libya)")]


@pytest.mark.parametrize("text", [
    "وتتواصل الاشتباكات العنيفة في مدينة سبها.",       # no count: a state of affairs
    "وقتل 29 شخصا في هجوم على مدينة سبها.",            # an attack word: another act's aside
])
def test_no_count_or_no_fight_word_stays_without_an_event(pipe, text):
    assert not [e for e in _events(pipe, text) if e.event_type == "Battles"]
