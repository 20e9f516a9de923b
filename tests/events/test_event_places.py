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


def test_a_town_with_bi_right_after_the_act_s_place_is_its_container(pipe):
    # «بلدة داعل بدرعا»: «ب» + town right after the place says where it lies, like «في»
    assert _places(pipe, "قصفت قوات النظام أمس بلدة داعل بدرعا.") == ["Dail"]
    # a list is not a container
    assert len(_places(pipe, "قصفت قوات النظام أمس بلدة داعل وبلدة طفس.")) == 2


def test_a_place_named_with_its_place_word_near_the_capital_is_not_the_government(pipe):
    # a camp 5 km from the capital's centre is a place of the act, not «دمشق» standing for
    # the government («بدأت دمشق ...»)
    assert _places(pipe, "قصفت قوات النظام أمس مخيم اليرموك.") == ["al-Yarmuk"]


def test_the_base_a_shell_is_fired_from_is_not_where_it_lands(pipe):
    assert _places(pipe, "قصفت قوات النظام أمس من ثكناتها في مدينة درعا بلدة طفس.") == ["Tafas"]
    # an abduction «من مقره» happens at the base
    assert _places(pipe, "اختطف مسلحون مجهولون أمس مسؤولا محليا من مقره في مدينة درعا.") == ["Dara"]


def test_a_relative_clause_after_the_act_s_word_names_its_place_and_sides(pipe):
    text = "اندلعت المعارك العنيفة، التي تدور في مدينة درعا بين قوات النظام وفصائل المعارضة."
    evs = pipe.extract(Article("x", text, "2015-07-21")).events
    assert [(e.location.name, e.actor1.name, e.actor2.name) for e in evs] == \
        [("Dara", "Military Forces of Syria", "Opposition Rebels (Syria)")]


def test_a_clause_whose_only_place_is_a_country_does_not_borrow_the_sentence_s_town(pipe):
    text = ("قصف الحوثيون أمس بشكل عشوائي مدينة تعز، بينما قصفت طائرات التحالف مواقع للحوثيين "
            "في مناطق مختلفة من اليمن.")
    evs = pipe.extract(Article("x", text, "2015-07-21")).events
    assert [(e.sub_event_type, e.location.name) for e in evs] == [("Shelling/artillery/missile attack", "Taiz")]


def test_the_end_of_a_route_is_not_a_second_place_of_the_act(pipe):
    text = ("خطف مسلحون مجهولون أمس ثلاثة مقاتلين أثناء عودتهم من اجتماع في مدينة درعا "
            "إلى مقرهم في بلدة طفس.")
    assert _places(pipe, text) == ["Dara"]
    # two places joined by «و» are two places of the act
    assert len(_places(pipe, "قصفت قوات النظام أمس مدينة درعا وبلدة طفس.")) == 2


def test_a_neighbourhood_known_only_in_another_country_is_not_read_there(pipe):
    # rasd knows a «حي الزهور» in Mosul only; in an article about Sinai it is a local quarter
    # (through the default pipeline: its NER model tags «الزهور» as a place, which is what made
    # the Mosul reading win)
    import rasd
    text = ("شهدت شمال سيناء أمس استنفاراً أمنياً للبحث عن المتورطين في مقتل ضابط ومجند في انفجار "
            "عبوة ناسفة بمدرعة تابعة لقوات الشرطة قامت عناصر مسلحة بزرعها بجوار الطريق بحي الزهور، "
            "وفجروها عن بعد، حيث شهدت مدينة العريش إجراءات أمنية مكثفة.")
    evs = rasd.extract(text, published="2015-08-10").events
    assert evs and all(e.location.country == "EG" for e in evs)


def test_a_place_after_a_dash_is_the_container_of_the_one_before(pipe):
    # Lebanese style «تعنايل - زحلة»: the village, then its district town
    text = "أوقفت قوة من الجيش أمس في محلتي تعنايل - زحلة، والمنية - بحنين، 23 شخصا من التابعية السورية."
    got = _places(pipe, text)
    assert "Taanayel" in got and "Zahle" not in got


def test_a_detention_s_count_may_follow_the_list_of_where_it_happened(pipe):
    text = "أوقفت قوة من الجيش أمس في بلدة تعنايل (شرق لبنان)، 23 شخصا من التابعية السورية."
    assert _places(pipe, text) == ["Taanayel"]
    # «أوقفت» with no people after the places stops something else
    assert _places(pipe, "أوقفت الحكومة أمس في بلدة تعنايل أعمال البناء.") == []


def test_a_clause_whose_only_place_is_a_landmark_does_not_borrow_the_sentence_s_town(pipe):
    # the checkpoint overlooks Bloudan: it is not in al-Zabadani, named by the other clause
    text = ("قصفت قوات النظام مدينة الزبداني أمس، بينما سيطر مقاتلو المعارضة على تلة مطلة على "
            "بلدة مضايا.")
    evs = pipe.extract(Article("x", text, "2015-07-21")).events
    assert [(e.sub_event_type, e.location.name) for e in evs] == \
        [("Shelling/artillery/missile attack", "Az Zabadani")]


def test_an_act_joined_by_wa_with_a_subject_of_its_own_keeps_to_its_own_places(pipe):
    text = "قصفت قوات النظام مدينة دوما وسيطر مقاتلون من المعارضة على بلدة حزرما."
    evs = pipe.extract(Article("x", text, "2015-07-21")).events
    assert sorted((e.sub_event_type, e.location.name) for e in evs) == \
        [("Non-state actor overtakes territory", "Hazrama"), ("Shelling/artillery/missile attack", "Duma")]


def test_a_death_verb_joined_by_wa_stays_in_the_clause_of_the_act(pipe):
    # «وقتل ستة مدنيين»: the dead are the act's victims, not the subject of a new clause
    text = "أصاب صاروخ أمس شاحنة في مدينة مقديشو وقتل ستة مدنيين."
    evs = pipe.extract(Article("x", text, "2015-07-21")).events
    assert [(e.sub_event_type, e.actor2.name if e.actor2 else None, e.fatalities) for e in evs] == \
        [("Shelling/artillery/missile attack", "Civilians (Somalia)", 6)]


def test_the_fight_that_won_a_capture_is_the_capture(pipe):
    text = ("سيطرت فصائل المعارضة أمس على بلدة مورك في ريف حماة، وذلك بعد اشتباكات عنيفة "
            "مع القوات النظامية أسفرت عن مقتل 12 عنصرا.")
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert [(e.sub_event_type, e.location.name, e.actor2.name if e.actor2 else None, e.fatalities)
            for e in evs] == [("Non-state actor overtakes territory", "Murak", "Military Forces of Syria", 12)]


def test_a_fight_told_apart_from_a_capture_stays_an_event(pipe):
    text = ("سيطرت فصائل المعارضة أمس على بلدة مورك في ريف حماة. واندلعت اشتباكات عنيفة "
            "في بلدة مورك بين فصائل المعارضة والقوات النظامية.")
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert sorted(e.sub_event_type for e in evs) == ["Armed clash", "Non-state actor overtakes territory"]


@pytest.mark.parametrize("text,where", [
    ("اعلنت الشرطة الاتحادية إحباط محاولة تسلل جديدة لداعش الى مناطق حصيبة الشرقية عبر نهر الفرات.. "
     "من جهة شرق الرمادي.", ["Husaybah"]),
    ("نجحت طائرات التحالف في تدمير بعض المواقع للحوثيين في منطقة رأس عيسى ومعسكر الصليف شمال مدينة "
     "الحديدة وعلى خطوط الإمداد في البحر الأحمر.", ["As Salif"]),
])
def test_a_sea_or_a_river_is_no_place_of_the_act(text, where):
    # the NER model reads «الفرات» and «الأحمر» as locations; the gazetteer has villages so named
    evs = Pipeline().extract(Article("x", text, "2015-07-21")).events
    assert [e.location.name for e in evs] == where


def test_where_a_side_withdrew_to_is_not_where_it_gave_ground(pipe):
    text = ("سيطر الجيش أمس على حي باب الحديد في حلب. وجاء ذلك بعد انسحاب المسلحين من هذه المناطق "
            "إلى أحياء المعادي والصالحين.")
    assert _places(pipe, text) == ["Bab al-Hadid", "Bab al-Hadid"]
    assert _places(pipe, "انسحب مسلحو داعش أمس من بلدة مهين نحو مدينة القريتين.") == ["Mahin"]


@pytest.mark.parametrize("text,where", [
    # where the speaker is yields to the place the report names
    ("وقال مجلس المقاومة في عدن إن المقاومة الشعبية أحكمت سيطرتها أمس على كامل محافظة لحج.", ["Lahij"]),
    # a side's own place («المقاومة الشعبية في عدن ولحج») and the towns a line joins («الواصلة
    # بين لحج وعدن») yield to the act's
    ("وكانت قوات الجيش والمقاومة الشعبية في عدن ولحج نفذت أمس عمليات نوعية، وقامت بالتفاف عسكري على "
     "ميليشيات الانقلابيين الواصلة بين لحج وعدن وطهرت مناطق واسعة من محافظة لحج.", ["Lahij"]),
    # a road named by the towns it joins
    ("وكانت المقاومة قد سيطرت أمس على نقطة العلم الرابطة على طريق عدن أبين في مدينة زنجبار.", ["Zinjibar"]),
    # local sources stay where it happened
    ("وقالت مصادر محلية في مدينة تعز إن الحوثيين قصفوا أمس أحياء المدينة.", ["Taiz"]),
])
def test_places_of_speakers_sides_and_landmarks_yield_to_the_act_s_own(pipe, text, where):
    assert _places(pipe, text, "2015-08-01") == where


def test_where_attackers_came_from_is_not_where_they_struck(pipe):
    text = ("وقال مسؤول عسكري، إن الإرهابيين قدموا من جنوب مدينة درنة معقل الجماعات المتطرفة، قبل أن "
            "يشنوا أمس هجومًا مباغتًا على البوابة.")
    assert _places(pipe, text, "2015-08-03") == []


@pytest.mark.parametrize("text", [
    "قصف الطيران المروحي أمس بلدة النعيمة، حيث تشهد مدينة درعا قصفاً جوياً مكثفاً من الطيران الحربي "
    "التابع للنظام.",
    "وتشهد مدينة درنة معارك عنيفة بين مجلس شورى مجاهدي درنة وتنظيم داعش.",
])
def test_what_a_place_witnesses_in_the_present_is_its_state(pipe, text):
    assert not {"Dara", "Darnah"} & set(_places(pipe, text, "2015-07-27"))


def test_what_a_place_witnessed_is_an_act(pipe):
    text = "وشهدت مدينة درنة أمس معارك عنيفة بين مجلس شورى مجاهدي درنة وتنظيم داعش."
    assert _places(pipe, text, "2015-07-27") == ["Darnah"]


ANAD = ("سيطرت قوات الجيش والمقاومة الشعبية على قاعدة العند العسكرية في محافظة لحج بعد معارك مع الحوثيين. "
        "وقال قائد ميداني إن قواته تمشط القاعدة الواقعة شمالي مدينة عدن بحثا عن مسلحين. ")


def _strikes(pipe, text):
    return [e.location.name for e in pipe.extract(Article("x", text, "2015-08-04")).events
            if e.sub_event_type == "Air/drone strike"]


def test_the_base_is_the_base_named_before(pipe):
    # «القاعدة», under the article and alone, is the base the text named («قاعدة العند»), not
    # the town the sentence before names after it
    text = ANAD + "وشنت مقاتلات التحالف سلسلة غارات كثيفة على القاعدة."
    assert _strikes(pipe, text) == ["Anad airbase"]


def test_the_group_al_qaeda_is_no_base(pipe):
    text = ANAD + "وشنت مقاتلات التحالف سلسلة غارات كثيفة على مواقع تنظيم القاعدة."
    assert "Anad airbase" not in _strikes(pipe, text)


def test_the_place_of_an_office_is_not_where_the_act_was(pipe):
    # «محافظ القطيف» (the governor of Qatif) condemns a bombing in Abha
    text = "واستنكر محافظ القطيف التفجير الإرهابي الذي استهدف مسجدا في مدينة أبها أمس."
    assert _places(pipe, text, "2015-08-09") == ["Abha"]
