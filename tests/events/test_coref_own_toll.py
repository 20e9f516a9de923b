"""Coreference through the whole pipeline: a definite fight word with its own day and toll.

Why: «المواجهات» (definite) or «مواجهات جبل صبر» (named by its place) usually retell a battle
already told, but when the clause brings its own day and its own dead, far from every fight
told before, it is a new event (dev3 +0.011 F1 when this was written).
"""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


def _clashes(pipe, text):
    evs = pipe.extract(Article("x", text, "2015-08-10")).events
    return [e for e in evs if e.sub_event_type == "Armed clash"]


FIRST = "اندلعت أمس اشتباكات عنيفة بين المقاومة الشعبية ومسلحي الحوثي في مدينة عدن. "


def test_a_definite_fight_with_its_own_day_and_toll_far_away_is_a_new_event(pipe):
    text = FIRST + "وقتل 12 من مسلحي الحوثي وأصيب 5 من المقاومة الشعبية في المواجهات التي شهدتها مدينة الحوطة السبت."
    assert len(_clashes(pipe, text)) == 2


def test_without_its_own_toll_it_refers_back(pipe):
    text = FIRST + "وتواصلت المواجهات التي شهدتها مدينة الحوطة السبت."
    assert len(_clashes(pipe, text)) == 1


def test_a_definite_fight_word_that_refers_back_gives_its_toll_to_that_event(pipe):
    text = FIRST + "وقتل خلال المعارك 12 من مسلحي الحوثي واثنان من المقاومة."
    assert [e.fatalities for e in _clashes(pipe, text)] == [12]


def test_a_month_s_toll_of_many_acts_is_not_given_to_one(pipe):
    text = FIRST + "وأدت المعارك إلى مقتل 130 شخصا هذا الشهر."
    assert [e.fatalities for e in _clashes(pipe, text)] == [None]


def test_an_undated_toll_rise_of_fighting_elsewhere_is_a_new_event_on_the_report_s_day(pipe):
    # the first fight is dated by its month only; the toll that rose, told with no day of its
    # own, stands at the report's day and is not that month's fight
    text = ("قتل 25 جنديا في الاشتباكات مع المسلحين في مدينة عدن خلال يوليو. "
            "من جهة أخرى ارتفعت حصيلة قتلى المعارك المسلحة، التي تدور في مدينة الحوطة بين "
            "المقاومة الشعبية ومسلحي الحوثي إلى 11 شخصاً.")
    clashes = _clashes(pipe, text)
    assert any(e.fatalities == 11 and e.date == "2015-08-10" for e in clashes)


def test_the_trend_of_a_rising_toll_is_not_a_count(pipe):
    text = "يزداد الاستياء في مدينة عدن بسبب ارتفاع عدد القتلى بين المقاتلين الذي يصل إلى عشرات الآلاف."
    assert pipe.extract(Article("x", text, "2015-08-10")).events == ()


_ASIDE = ("وأعلنت الحركة في بيان أنها استهدفت وحدات عسكرية. ولم تذكر الحركة في بيانها الأسبوع الماضي "
          "مكان أو توقيت وفاة زعيمها. وقال محللون إن الحركة تشهد خلافات داخلية حول زعامتها منذ "
          "أسابيع، وإن المفاوضات مع الحكومة مؤجلة إلى أجل غير مسمى. ") * 2


def test_a_bare_toll_right_after_a_retelling_counts_the_act_retold(pipe):
    # the act is told, then an aside of ~500 characters, then retold and its dead counted
    text = ("قتل ستة أشخاص على الأقل في تفجير انتحاري استهدف مركزا للشرطة في مدينة بولي علم. " + _ASIDE +
            "\nوقال رئيس المجلس: «لقد كان انفجارا كبيرا بالقرب من مركز الشرطة في مدينة بولي علم». "
            "وأوضح أن «ثلاثة مدنيين وأربعة رجال شرطة قتلوا».")
    evs = pipe.extract(Article("x", text, "2015-08-07")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Suicide bomb", 7)]


def test_a_bare_toll_told_right_after_a_crash_counts_the_crash_s_dead(pipe):
    text = ("في غضون ذلك، قتل 17 شخصا أمس في تحطم مروحية عسكرية أفغانية في جنوب البلاد بسبب عطل تقني.\n"
            "وقال جنرال في القوات الجوية إن «17 شخصا قتلوا، 12 جنديا وأفراد الطاقم الخمسة»، في مقاطعة "
            "شينكاي في ولاية زابل.")
    assert pipe.extract(Article("x", text, "2015-08-07")).events == ()
