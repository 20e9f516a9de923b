"""The day of an act told with «منذ» (since), through the whole pipeline.

Why: «منذ 25 يونيو» measures how long something has lasted and dates no act, but a fight going
on «منذ صباح أمس» began yesterday, the day ACLED codes.
"""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


def test_a_fight_since_yesterday_morning_is_dated_yesterday(pipe):
    text = "وشهدت الأطراف الغربية لمدينة حلب اشتباكات عنيفة منذ صباح أمس بين قوات النظام ومقاتلي الفصائل."
    evs = pipe.extract(Article("x", text, "2015-08-02")).events
    assert [e.date for e in evs] == ["2015-08-01"]


def test_a_long_duration_dates_no_act(pipe):
    text = "وتدور اشتباكات عنيفة منذ 25 يونيو بين قوات النظام ومقاتلي الفصائل في مدينة حلب."
    evs = pipe.extract(Article("x", text, "2015-08-02")).events
    assert all(e.date != "2015-06-25" for e in evs)
