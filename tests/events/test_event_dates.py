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


# «أعلن ... أمس أن ...»: the date between a verb of saying and its «أن» dates the telling


def test_the_day_inside_the_report_beats_the_day_it_was_said(pipe):
    text = ("وأعلن مكتب حاكم الإقليم أمس أن اثنين من أفراد قوات الأمن قتلا في تفجير انتحاري "
            "نفذه مسلحون في مدينة أغري يوم الجمعة.")
    evs = pipe.extract(Article("x", text, "2015-08-03")).events
    assert [e.date for e in evs] == ["2015-07-31"]


def test_the_day_it_was_said_stays_when_the_report_has_none(pipe):
    text = "وأعلن مكتب حاكم الإقليم أمس أن اثنين من أفراد قوات الأمن قتلا في تفجير انتحاري في مدينة أغري."
    evs = pipe.extract(Article("x", text, "2015-08-03")).events
    assert [e.date for e in evs] == ["2015-08-02"]


def test_a_quoted_word_is_no_report(pipe):
    # «اعلنت في يناير «تحرير» محافظة ديالى»: the quotation mark opens no report, so «في
    # الأسابيع الماضية» of the next clause does not date the capture
    text = ("وكانت السلطات العراقية اعلنت في يناير «تحرير» محافظة ديالى من تنظيم داعش، إلّا انّ الاخير "
            "عاود في الاسابيع الماضية تنفيذ تفجيرات انتحارية.")
    evs = pipe.extract(Article("x", text, "2015-07-23")).events
    assert not any(e.sub_event_type == "Government regains territory" and e.date == "2015-07-23" for e in evs)
