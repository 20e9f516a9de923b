"""Argument roles through the whole pipeline (real tokenizer, gazetteer and actor KB)."""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


def test_lam_group_before_its_target_is_the_agent(pipe):
    evs = pipe.extract(Article("x", "مقتل 3 مدنيين بقصف لقوات النظام على دوما.", "2015-08-01")).events
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Syria"


def test_lam_group_as_object_stays_the_target(pipe):
    evs = pipe.extract(Article("x", "شن طيران التحالف قصفا لمواقع الحوثيين في تعز.", "2015-08-01")).events
    assert evs and evs[0].actor1.name == "Saudi-led Coalition"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Houthis (Ansar Allah)"


def test_protest_beside_a_head_of_state_is_by_protesters(pipe):
    evs = pipe.extract(Article("x", "اعتصم نحو ألف سوري في مدينة اللاذقية معقل الرئيس السوري بشار الأسد.",
                               "2015-08-10")).events
    assert evs and evs[0].event_type == "Protests" and evs[0].actor1.name == "Protesters (Syria)"


@pytest.mark.parametrize("text,actor", [
    ("استهدفت المقاومة الشعبية دورية للحوثيين بقنبلة يدوية في الحديدة.", "Popular Resistance (Yemen)"),
    ("قتل خمسة مدنيين برصاص قناصة من الحوثيين في تعز.", "Houthis (Ansar Allah)"),
    ("قتل ثلاثة جنود حين فتح مسلحون من حزب العمال النار على قافلة عسكرية في ديار بكر.",
     "PKK: Kurdistan Workers Party"),
])
def test_subject_after_the_verb_is_the_agent(pipe, text, actor):
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor


def test_unidentified_actor_names_any_country(pipe):
    evs = pipe.extract(Article("x", "قتل 90 شخصا في تفجير سيارة مفخخة في العاصمة الغانية أكرا.", "2015-08-01")).events
    assert [e.actor1.name for e in evs] == ["Unidentified Armed Group (Ghana)"]


def test_party_quoted_is_neither_side(pipe):
    evs = pipe.extract(Article("x", "قال حزب الشعوب الديمقراطي إن مسلحين قتلوا ثلاثة جنود في ديار بكر.",
                               "2015-08-01")).events
    assert evs and all(e.actor2 is None or "HDP" not in e.actor2.name for e in evs)
    assert evs[0].event_type == "Battles"


def test_unnamed_air_strike_in_yemen_is_the_coalitions(pipe):
    evs = pipe.extract(Article("x", "واستهدف الطيران مواقع عسكرية في مدينة الضالع.", "2015-07-21")).events
    assert evs and evs[0].actor1.name == "Saudi-led Coalition"
    evs = pipe.extract(Article("x", "واستهدف الطيران مواقع عسكرية في مدينة الضالع.", "2013-07-21")).events
    assert not evs or evs[0].actor1 is None or evs[0].actor1.name != "Saudi-led Coalition"


@pytest.mark.parametrize("text,actor", [
    ("قتل قيادي في جماعة الحوثي و3 من مرافقيه في كمين نصبه مسلحون في محافظة إب.", "Unidentified Armed Group (Yemen)"),
    ("قتل عنصران من حركة الشباب في هجوم شنه مسلحون على حاجز في مدينة بيدوا.", "Unidentified Armed Group (Somalia)"),
])
def test_relative_verb_before_the_actor_beats_the_noun_before_it(pipe, text, actor):
    """«كمين نصبه مسلحون»: «نصبه» (that ... laid) names its author right after it, although the
    noun before it («كمين») marks targets elsewhere."""
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor


def test_fighting_battalions_fly_no_warplanes(pipe):
    """«كتائب مقاتلة» are fighting battalions: their «مقاتلة» is not a fighter jet."""
    evs = pipe.extract(Article("x", "أصيب خمسة مدنيين جراء سقوط قذائف أطلقتها كتائب مقاتلة على حي الميدان في دمشق.",
                               "2015-08-01")).events
    assert [(e.event_type, e.sub_event_type) for e in evs] == \
        [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_sides_after_a_comma_still_belong_to_the_clash(pipe):
    """«اندلعت اشتباكات أمس، بين X وY»: the comma after the date does not cut the sides off."""
    evs = pipe.extract(Article("x", "اندلعت اشتباكات عنيفة أمس، بين مسلحي الحوثي من جهة وقوات صالح من جهة "
                                    "أخرى في مدينة ذمار أسفرت عن سقوط قتلى.", "2015-08-01")).events
    assert evs and evs[0].event_type == "Battles"
    assert (evs[0].actor1.name, evs[0].actor2.name) == ("Houthis (Ansar Allah)", "Saleh Loyalist Forces")


def test_an_armed_groups_court_sentence_carried_out_is_an_attack(pipe):
    """«نفذ تنظيم داعش حكم الإعدام بحق ...»: not a state verdict (the legal cues stop those)."""
    evs = pipe.extract(Article("x", "ونفذ تنظيم داعش حكم الإعدام، أمس، بحق ستة أشخاص في مدينة الرقة.",
                               "2015-08-01")).events
    assert [(e.event_type, e.actor1.name) for e in evs] == [("Violence against civilians", "Islamic State (IS)")]


def test_a_state_courts_death_sentence_is_no_event(pipe):
    evs = pipe.extract(Article("x", "أصدرت المحكمة الجنائية حكما بإعدام عنصر من تنظيم داعش في بغداد أمس.",
                               "2015-08-01")).events
    assert evs == ()


@pytest.mark.parametrize("text,sub", [
    ("ألقى الطيران المروحي برميلين متفجرين على بلدة داريا أمس.", "Air/drone strike"),
    ("فجرا نفسيهما انتحاريان داخل ثكنة للجيش في مدينة الرمادي أمس.", "Suicide bomb"),
])
def test_dual_forms(pipe, text, sub):
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert [e.sub_event_type for e in evs] == [sub]


@pytest.mark.parametrize("text,actor", [
    # the owner of the weapon fires it
    ("قال سكان إن دبابات تابعة للحوثيين تقصف قرى مديرية الشمايتين في محافظة تعز.", "Houthis (Ansar Allah)"),
    # a «ل» group after the act and an adjective, followed by its target, struck
    ("شهدت المنطقة غارات مكثفة لطائرات التحالف على مواقع الحوثيين في مدينة صعدة.", "Saudi-led Coalition"),
])
def test_lam_group_as_owner_or_author(pipe, text, actor):
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor


def test_positions_of_a_group_are_its_targets(pipe):
    evs = pipe.extract(Article("x", "استهدفت الغارات مواقع تابعة للحوثيين في مدينة صعدة.", "2015-08-01")).events
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "Houthis (Ansar Allah)"


def test_an_arrest_with_no_one_named_is_by_the_police(pipe):
    """«واعتقل الثلاثة» (the three): a definite count is the people arrested, and arrests with no
    force named are the police's of that country; the town «القريبة من» another is the place."""
    evs = pipe.extract(Article("x", "واعتقل الثلاثة في شانلي أورفة القريبة من سوروتش أمس.", "2015-07-24")).events
    assert [(e.sub_event_type, e.actor1.name, e.location.country) for e in evs] == \
        [("Arrests", "Police Forces of Turkey", "TR")]


def test_protesters_beside_an_armed_group_word_and_what_they_protest(pipe):
    """«تظاهر عشرات الأكراد ... احتجاجا على الغارات التركية»: the protest is the event; the strikes
    protested happened elsewhere, and the Kurds protesting are protesters, not the Peshmerga."""
    text = "تظاهر عشرات الأكراد في محافظة السليمانية أمس احتجاجا على الغارات الجوية التركية على مواقع حزب العمال."
    evs = pipe.extract(Article("x", text, "2015-07-24")).events
    assert [(e.event_type, e.actor1.name) for e in evs] == [("Protests", "Protesters (Iraq)")]


@pytest.mark.parametrize("text,actor", [
    ("قصفت تركيا مواقع لحزب العمال الكردستاني في جبال قنديل.", "Military Forces of Turkey"),
    ("شنت الولايات المتحدة غارات على مواقع للحوثيين في محافظة الحديدة.", "Military Forces of the United States"),
    ("قصفت مسيرة تركية سيارة في قضاء سنجار.", "Military Forces of Turkey"),
])
def test_a_country_or_its_drone_acts_through_its_forces(pipe, text, actor):
    evs = pipe.extract(Article("x", text, "2024-01-12")).events
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor


def test_a_named_group_backs_a_place_in_its_own_country(pipe):
    """«حي الثورة» reads as a Syrian town (a namesake), but the RSF shelling Omdurman is Sudan's."""
    text = "قتل 12 مدنيا في قصف مدفعي لقوات الدعم السريع على حي الثورة في مدينة أم درمان أمس."
    evs = pipe.extract(Article("x", text, "2023-05-10")).events
    assert [(e.location.name, e.actor1.name, e.fatalities) for e in evs] == [("Omdurman", "Rapid Support Forces", 12)]


@pytest.mark.parametrize("text,sub,fatalities", [
    ("تظاهر آلاف السودانيين في الخرطوم وأطلقت قوات الأمن الغاز المسيل للدموع لتفريقهم.",
     "Protest with intervention", None),
    ("قتل ثلاثة متظاهرين برصاص قوات الأمن خلال تظاهرة في مدينة البصرة واستخدمت الشرطة الرصاص المطاطي لتفريق المحتجين.",
     "Excessive force against protesters", 3),
])
def test_a_protest_met_with_force_is_one_event_of_its_kind(pipe, text, sub, fatalities):
    evs = pipe.extract(Article("x", text, "2021-12-05")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [(sub, fatalities)]


def test_an_attack_on_villagers_is_violence_against_civilians(pipe):
    text = "قتل عشرة أشخاص في هجوم شنه تنظيم بوكو حرام على سكان قرية في مدينة مايدوغوري أمس."
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert [(e.event_type, e.actor1.name) for e in evs] == [("Violence against civilians", "Boko Haram")]


@pytest.mark.parametrize("text,sub", [
    ("كما دمر التحالف أربع منصات لإطلاق صواريخ الكاتيوشا في محافظة لحج.", "Air/drone strike"),
    ("ودمرت قوات التحالف مستودع أسلحة للحوثيين في مديرية يريم.", "Air/drone strike"),
    # an interception stays a disrupted weapon use
    ("واعترضت قوات التحالف صاروخا باليستيا أطلق على مدينة مأرب.", "Disrupted weapons use"),
])
def test_an_air_force_destroying_weapons_strikes_them(pipe, text, sub):
    evs = pipe.extract(Article("x", text, "2015-07-24")).events
    assert evs and evs[0].sub_event_type == sub


def test_the_source_of_a_report_yields_to_the_agent_it_names(pipe):
    """«قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده»: the army reports, gunmen acted."""
    text = "قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده في تفجير قنبلة في ولاية ديار بكر امس."
    evs = pipe.extract(Article("x", text, "2015-07-26")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == \
        [("Unidentified Armed Group (Turkey)", "Military Forces of Turkey")]


def test_a_force_of_the_army_detains_counted_people(pipe):
    """«أوقفت قوة من الجيش اللبناني 23 شخصا»: «أوقف» with counted people is an arrest, and the
    army a force belongs to makes it; «أوقفت السلطات الرحلات» stops flights."""
    evs = pipe.extract(Article("x", "أوقفت قوة من الجيش اللبناني 23 شخصا في بلدة عرسال أمس.", "2015-07-25")).events
    assert [(e.sub_event_type, e.actor1.name) for e in evs] == [("Arrests", "Military Forces of Lebanon")]
    assert pipe.extract(Article("x", "وأوقفت السلطات الرحلات الجوية إلى مطار صنعاء أمس.", "2015-07-25")).events == ()


def test_a_patrol_of_the_army_hit_by_a_bomb_is_the_target(pipe):
    evs = pipe.extract(Article("x", "استهدفت عبوة ناسفة دورية من الجيش العراقي في مدينة الرمادي أمس.", "2015-07-25")).events
    assert evs and evs[0].actor2 is not None and evs[0].actor2.name == "Military Forces of Iraq"


def test_a_victim_right_after_a_passive_death_verb(pipe):
    """«قتل شرطي وأصيب آخر في هجوم»: the policeman was killed (an unidentified attacker), unlike
    «قتلت القوات العراقية 20 مسلحا» where an object follows the forces."""
    evs = pipe.extract(Article("x", "قتل شرطي وأصيب آخر بالرصاص أمس في هجوم في مدينة ديار بكر.", "2015-07-26")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == \
        [("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")]
    evs = pipe.extract(Article("x", "قتلت القوات العراقية 20 مسلحا من تنظيم داعش في الرمادي أمس.", "2015-07-26")).events
    assert evs and evs[0].actor1.name == "Military Forces of Iraq"


@pytest.mark.parametrize("text,actor", [
    # a single aircraft with its nationality adjective is that country's air force
    ("قصفت طائرة أمريكية من دون طيار هدفا لداعش في مدينة الرقة أمس.", "Military Forces of the United States"),
    ("قصفت طائرة تركية مواقع لحزب العمال الكردستاني في جبال قنديل أمس.", "Military Forces of Turkey"),
])
def test_a_national_aircraft_strikes_for_its_country(pipe, text, actor):
    evs = pipe.extract(Article("x", text, "2015-08-06")).events
    assert [e.actor1.name for e in evs if e.sub_event_type == "Air/drone strike"] == [actor]

@pytest.mark.parametrize("text,sides", [
    # the dead side first, the «مع» side after: the state's side still leads
    ("قتل خمسة من عناصر تنظيم داعش في اشتباكات مع القوات العراقية في مدينة الرمادي أمس.",
     ("Military Forces of Iraq", "Islamic State (IS)")),
    # «بين» in the other order; the Popular Resistance fights alongside Hadi's forces in 2015
    ("دارت معارك عنيفة بين الحوثيين والمقاومة الشعبية في مدينة تعز أمس.",
     ("Popular Resistance (Yemen)", "Houthis (Ansar Allah)")),
])
def test_a_fight_with_no_attacker_puts_the_states_side_first(pipe, text, sides):
    evs = pipe.extract(Article("x", text, "2015-07-26")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == [sides]


def test_the_subject_of_a_fight_stays_first(pipe):
    """«استعادت المعارضة ... بعد مواجهات مع القوات النظامية»: the side that acts is named first."""
    text = "استعادت المعارضة السورية المسلحة السيطرة على بلدة بصرى الحرير، بعد مواجهات مع القوات النظامية أمس."
    evs = pipe.extract(Article("x", text, "2015-07-26")).events
    assert evs and all(e.actor1.name == "Opposition Rebels (Syria)" for e in evs)


def test_a_group_glossed_in_brackets_keeps_the_role_of_the_name_before_it(pipe):
    """«معقلا لإرهابيي جيش الفتح (النصرة سابقا)»: the bracket names the same side, not an agent."""
    text = ("تمكنت القوات السورية من تحرير الأحياء القديمة لمدينة حلب التي كانت معقلا لإرهابيي "
            "جيش الفتح (النصرة سابقا) أمس.")
    evs = pipe.extract(Article("x", text, "2016-12-09")).events
    assert evs and evs[0].actor1.name == "Military Forces of Syria"
    assert evs[0].sub_event_type == "Government regains territory"


def test_a_hope_is_no_event(pipe):
    text = "وأعرب الأهالي عن أملهم في العودة سرعان ما يتم تحرير مدينة حلب بالكامل."
    assert pipe.extract(Article("x", text, "2016-12-09")).events == ()


@pytest.mark.parametrize("text,sides", [
    # right after the noun of an attack, the «ل» group is its author
    ("قتل ثمانية من عناصر الحوثيين في كمين للمقاومة الشعبية في مدينة لحج أمس.",
     ("Popular Resistance (Yemen)", "Houthis (Ansar Allah)")),
    # ... but after a verb of laying, the one waylaid
    ("نصب مسلحون كمينا لقوات الجيش العراقي في مدينة الرمادي أمس.",
     ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq")),
])
def test_lam_group_after_the_noun_of_an_attack(pipe, text, sides):
    evs = pipe.extract(Article("x", text, "2015-07-27")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == [sides]


@pytest.mark.parametrize("text,sides", [
    ("لقي أربعة حوثيين مصرعهم في هجوم بسيارة مفخخة في صنعاء أمس.",
     ("Unidentified Armed Group (Yemen)", "Houthis (Ansar Allah)")),
    # a relative pronoun between; the actor after «خلال» is not among the dead
    ("ارتفع إلى 25 عدد مقاتلي جبهة النصرة الذين لقوا مصرعهم خلال غارات طائرات التحالف الدولي قرب مدينة اعزاز.",
     ("US-led Coalition", "Jabhat al-Nusra")),
])
def test_a_death_word_after_a_group_makes_it_the_target(pipe, text, sides):
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == [sides]


def test_the_group_of_the_members_who_carried_out_an_attack(pipe):
    """«هجوم انتحاري نفذه أعضاء من حركة الشباب»: the relative verb, members, «من», the author."""
    text = "قتل ستة في هجوم انتحاري نفذه أعضاء من حركة الشباب على فندق في مقديشو أمس."
    evs = pipe.extract(Article("x", text, "2015-07-27")).events
    assert evs and evs[0].actor1.name == "Al Shabaab"


def test_two_sides_hit_in_a_fight_are_two_different_sides(pipe):
    text = "قتل 25 من الحوثيين وثمانية من المقاومة الشعبية في مواجهات بمدينة تعز أمس."
    evs = pipe.extract(Article("x", text, "2015-07-27")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == [("Popular Resistance (Yemen)", "Houthis (Ansar Allah)")]


def test_two_mentions_of_one_actor_side_by_side_are_one_phrase(pipe):
    """«قوات الرئيس المخلوع علي عبدالله صالح»: the name after the title shares the title's role."""
    text = "قتل خمسة من قوات الرئيس المخلوع علي عبدالله صالح في هجوم للمقاومة الشعبية في مدينة تعز أمس."
    evs = pipe.extract(Article("x", text, "2015-07-27")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == [("Popular Resistance (Yemen)", "Saleh Loyalist Forces")]


@pytest.mark.parametrize("text,actor", [
    # the side holding the struck place is no side of the act; where the fire came from is
    ("قتل 18 شخصا جراء سقوط صاروخ على حي المغاير الخاضع لسيطرة المعارضة في مدينة حلب، مصدره مناطق سيطرة النظام.",
     "Military Forces of Syria"),
    ("قتل مدني أمس جراء سقوط قذائف هاون على حي الأشرفية الخاضع لسيطرة قوات النظام في حلب.",
     "Unidentified Armed Group (Syria)"),
    # «من» right after the act: where it came from
    ("قتل ثلاثة أشخاص في مدينة عربين نتيجة قصف من طائرات النظام السوري بعدة صواريخ.",
     "Military Forces of Syria"),
])
def test_who_holds_the_place_and_where_the_fire_came_from(pipe, text, actor):
    evs = pipe.extract(Article("x", text, "2015-07-22")).events
    assert evs and evs[0].actor1.name == actor


def test_the_owner_of_warplanes_named_after_them_flies_the_strike(pipe):
    """«غارات من طائرات حربية تابعة للائتلاف»: the owner, not the bare aircraft's default."""
    text = ("شنت طائرات التحالف الدولي غارات على مواقع داعش في الرقة. وتهدم جسر في مدينة البوكمال جراء "
            "استهدافه بغارات من طائرات حربية تابعة للائتلاف.")
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert evs and all(e.actor1.name == "US-led Coalition" for e in evs)


def test_iraqi_tribal_fighters_go_first_against_is(pipe):
    """Iraq's tribal fighters fight IS beside the state's forces (alignment.yaml); a group named
    after a preposition («في تنظيم داعش») is no subject that would keep its place."""
    text = "تحدثت مصادر عن مقتل قيادي في تنظيم داعش وثلاثة من مساعديه باشتباكات مسلحة مع عشائر ناحية كبيسة أمس."
    evs = pipe.extract(Article("x", text, "2015-07-21")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == \
        [("Unidentified Tribal Militia (Iraq)", "Islamic State (IS)")]


def test_a_shell_of_unknown_source_is_no_named_sides(pipe):
    """«قذائف هاون مجهولة المصدر»: the article's shelling side does not take it over."""
    text = ("قصفت قوات النظام حي بستان القصر في مدينة حلب أمس. وقتل مدني جراء سقوط قذائف هاون مجهولة "
            "المصدر على حي الأشرفية في حلب أمس.")
    evs = pipe.extract(Article("x", text, "2015-07-30")).events
    by_place = {e.location.name: e.actor1.name for e in evs}
    assert by_place.get("Ashrafiyah") == "Unidentified Armed Group (Syria)"
    assert by_place.get("Bustan al-Qasr") == "Military Forces of Syria"


def test_one_side_hit_twice_names_no_attacker(pipe):
    """«لقي أربعة حوثيين مصرعهم في هجوم ... استهدف منزل قيادي حوثي»: the house («منزل») and
    its owner are the target; the attacker stays unidentified."""
    text = "لقي أربعة حوثيين مصرعهم في هجوم بسيارة مفخخة استهدف منزل قيادي حوثي في صنعاء أمس."
    evs = pipe.extract(Article("x", text, "2015-07-21")).events
    assert evs and (evs[0].actor1.name, evs[0].actor2.name) == ("Unidentified Armed Group (Yemen)", "Houthis (Ansar Allah)")


def test_the_author_of_a_repelled_attack_started_the_fight(pipe):
    text = "تمكنت قوات البيشمركة أمس من صد هجوم لمسلحي داعش على قرية تل شور في قضاء سنجار."
    evs = pipe.extract(Article("x", text, "2015-07-20")).events
    assert evs and all(e.actor1.name == "Islamic State (IS)" for e in evs)


def test_the_owner_of_a_vehicle_hit_is_the_target_and_who_planted_the_bomb_acts(pipe):
    text = ("قتل جنديان في انفجار عبوة ناسفة بمدرعة تابعة لقوات الشرطة قامت عناصر مسلحة بزرعها "
            "بجوار الطريق في مدينة العريش أمس.")
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert [(e.actor1.name, e.actor2.name) for e in evs] == \
        [("Unidentified Armed Group (Egypt)", "Police Forces of Egypt")]


def test_the_owner_of_tanks_that_shell_is_still_the_agent(pipe):
    evs = pipe.extract(Article("x", "قصفت دبابات تابعة لقوات النظام أمس بلدة طفس.", "2015-08-01")).events
    assert evs and evs[0].actor1.name == "Military Forces of Syria"


def test_people_of_a_group_right_after_the_verb_of_an_act_are_its_subject(pipe):
    # «سيطر» looks like a noun by its shape: the lexicon's «سيطرت»/«سيطروا» make it a verb
    evs = pipe.extract(Article("x", "سيطر مقاتلون من المعارضة أمس على بلدة حزرما.", "2015-08-01")).events
    assert [(e.sub_event_type, e.actor1.name) for e in evs] == \
        [("Non-state actor overtakes territory", "Opposition Rebels (Syria)")]


def test_people_of_a_group_after_a_verb_of_death_are_its_victims(pipe):
    evs = pipe.extract(Article("x", "قتل مقاتلون من المعارضة أمس في قصف على بلدة حزرما.", "2015-08-01")).events
    assert evs and all(e.actor1.name != "Opposition Rebels (Syria)" for e in evs)


def test_a_government_is_never_the_fighter(pipe):
    # a region's president touring the fronts names no fight of the government's
    text = "وكان رئيس إقليم كردستان اتهم في حديث لقوات البيشمركة، خلال تفقده جبهات القتال في محاور شرق وغرب " \
           "الموصل أمس، جهات بالوقوف وراء الهجمات."
    evs = pipe.extract(Article("x", text, "2015-07-22")).events
    assert not [e for e in evs if e.actor1 is not None and e.actor1.name.startswith("Government of")]


def test_a_capture_for_the_government_stays_the_governments(pipe):
    evs = pipe.extract(Article("x", "وسيطر الموالون للحكومة على مطار عدن أمس بعد أن شنوا هجوما ضد الحوثيين.",
                               "2015-07-21")).events
    assert [e.sub_event_type for e in evs if e.event_type == "Battles"][:1] == ["Government regains territory"]


@pytest.mark.parametrize("text,actor", [
    ("استنكرت قيادة الفرقة 30 قيام عناصر تابعة لجبهة النصرة بخطف العقيد نديم الحسن في مدينة اعزاز.",
     "Jabhat al-Nusra"),
    ("استنكرت قيادة الفرقة 30 قيام عناصر من جبهة النصرة بخطف العقيد نديم الحسن في مدينة اعزاز.",
     "Jabhat al-Nusra"),
])
def test_the_group_after_qiyam_does_the_act_whoever_condemns_it(pipe, text, actor):
    # «قيام X بخطف»: the doing of the abduction by X; the sentence's subject only condemns it
    evs = pipe.extract(Article("x", text, "2015-07-30")).events
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == actor


@pytest.mark.parametrize("text,sub,fatalities", [
    # deaths told with no protester among them are not the protest's (ACLED's peaceful protests
    # have none): here the reason it was held
    ("ونظم العشرات وقفة احتجاجية في مدينة أربيل أمس للتنديد بقتل 700 شخص على يد تنظيم داعش.",
     "Peaceful protest", None),
    # protesters among the dead: force was used on the protest
    ("وشهدت محافظة البصرة أمس مظاهرات ومصادمات أدت إلى مقتل أحد المتظاهرين.",
     "Excessive force against protesters", 1),
])
def test_the_dead_of_a_protest_s_sentence(pipe, text, sub, fatalities):
    evs = [e for e in pipe.extract(Article("x", text, "2015-08-06")).events if e.event_type == "Protests"]
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [(sub, fatalities)]


def test_a_foreign_body_beside_a_protest_is_not_protesting(pipe):
    text = "ونظم العشرات من المسيحيين وقفة احتجاجية أمام مكتب الأمم المتحدة في مدينة أربيل أمس."
    evs = pipe.extract(Article("x", text, "2015-08-06")).events
    assert [e.actor1.name for e in evs] == ["Protesters (Iraq)"]
