"""Who fired by the act's country adjective; weapons handled, not used; «آنذاك» dates.

Why: «بقصف جوي عراقي» names the Iraqi forces as the side that struck, with no actor word
anywhere else; «شراء هذا النوع من القنابل» and «تجهيز الانتحاريين» name bombs and bombers, but no
bombing; «قتل آنذاك» happened at the date the sentence before names, not on the story's day.
"""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


def _events(pipe, text):
    return pipe.extract(Article("x", text, "2015-08-10")).events


@pytest.mark.parametrize("text,actor", [
    ("قتل 20 مسلحا بقصف جوي عراقي غرب مدينة الرمادي أمس.", "Military Forces of Iraq"),
    ("قتل 20 مسلحا بقصف مدفعي تركي على مدينة زاخو أمس.", "Military Forces of Turkey"),
    ("قتل 5 مدنيين في غارة إسرائيلية على مدينة غزة أمس.", "Military Forces of Israel"),
    # a foreign air force flying a known campaign over the struck country is that campaign's
    ("قتل 5 مدنيين في غارة سعودية على مدينة صعدة أمس.", "Saudi-led Coalition"),
])
def test_the_country_adjective_of_a_strike_names_who_struck(pipe, text, actor):
    assert [e.actor1.name for e in _events(pipe, text)] == [actor]


def test_a_suicide_bombers_nationality_names_no_state(pipe):
    evs = _events(pipe, "فجر انتحاري سعودي نفسه عند نقطة تفتيش أمنية في الرياض مساء أمس.")
    assert evs and all(e.actor1 is None or not e.actor1.name.startswith("Military Forces") for e in evs)


@pytest.mark.parametrize("text", [
    "وتقبل الميليشيات المتحصنة في بنغازي على شراء هذا النوع من القنابل في حربها ضد الجيش.",
    "وذكر المتحدث الأمني أن الخلية الثالثة في القديح تولت تجهيز الانتحاريين وإعدادهم.",
])
def test_bombs_handled_are_no_bombing(pipe, text):
    assert _events(pipe, text) == ()


def test_a_bomb_that_went_off_is_one(pipe):
    assert [e.sub_event_type for e in _events(pipe, "انفجرت قنبلة في سوق مدينة بنغازي أمس.")] \
        == ["Remote explosive/landmine/IED"]


def test_then_refers_to_the_date_just_told(pipe):
    text = ("قتل عشرة جنود أفغان أمس في غارة أميركية في ولاية لوغار. ويذكر الحادث بحادث مماثل وقع في "
            "مارس 2014 في ولاية لوغار نفسها. وقد قتل آنذاك خمسة جنود أفغان بصاروخ أطلقته قوة إيساف.")
    assert [e.fatalities for e in _events(pipe, text)] == [10]



@pytest.mark.parametrize("text,then", [
    ("واعترف العتيري وقتها بأن المجموعة اعتقلته", True),   # «وقتها»: its «و» is its own root's
    ("وقد قتل آنذاك خمسة جنود", True), ("وحينها قتل جندي", True), ("قتل أنذاك جندي", True),
    ("في الوقت نفسه قتل جندي", False), ("قتل جنديان يومهما", False),
])
def test_the_words_of_then(text, then):
    from rasd.events.frames import _THEN_WORD
    assert bool(_THEN_WORD.search(text)) is then
