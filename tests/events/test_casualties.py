"""Death counts read from casualty cues (rasd.events.casualties), through the engine."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("قتل 5 أشخاص وأصيب 12 في تفجير في بغداد.", 5),
    ("أوقع التفجير أمس 30 قتيلاً على الأقل ومئة جريح في بغداد.", 30),
    ("ارتفعت حصيلة تفجير السيارة المفخخة في بغداد إلى 66 قتيلاً وجريحاً.", None),
    ("أسفر تفجير في بغداد عن سقوط عشرات بين قتيل وجريح.", None),
    ("أسفر تفجير في بغداد عن عشرات القتلى والجرحى.", None),
    ("انفجرت عبوة ناسفة في بغداد دون وقوع إصابات.", 0),
    ("قال المرصد إن 18 شخصا قتلوا وأصيب 50 آخرون جراء سقوط صاروخ على بغداد.", 18),
    ("قال المسؤول في الرمادي على بعد 750 كلم من الحدود «سقط 40 قتيلا في اشتباكات».", 40),
    ("قالت مصادر إن 28 عنصرا من الجيش و18 مقاتلا من التنظيم قتلوا في تفجير في بغداد.", 46),
    # a person noun with no number counts itself: one, or two for a dual
    ("قتل شرطي وأصيب آخر في تفجير عبوة ناسفة في بغداد.", 1),
    ("وذكرت تقارير أن جنديا قتل حينما انفجر لغم أرضي في بغداد.", 1),
    ("قتل جنديان في تفجير عبوة ناسفة في بغداد.", 2),
    ("أسفر تفجير في بغداد عن مقتل جنديين.", 2),        # the numbers module reads the dual
    # a verbal noun after a preposition heads its own phrase: the protesters are not the dead
    ("نفذ أكثر من ألف شخص اعتصاما في بغداد احتجاجا على قتل ضابط.", None),
    ("قال المصدر إن 20 شخصا لقوا مصرعهم في تفجير في بغداد.", 20),
    # a death told beside "no casualties" elsewhere in the sentence still counts
    ("قتل مدني وجرح عشرة آخرين جراء سقوط قذيفة هاون على بغداد، فيما لم تسجل إصابات بسقوط صاروخ آخر.", 1),
    ("استهدف مسلحون بقذائف الهاون تجمعا في بغداد ما أدى لمقتل قناص.", 1),
    # a one- or two-word aside between commas does not cut the cue from its number
    ("أعدم مسلحون، أمس، سبعة أشخاص في بغداد.", 7),
    # the nominative dual of a nisba noun counts two
    ("قتل حوثيان وأصيب 4 آخرون في هجوم مسلح على نقطة في بغداد.", 2),
    # a unit dual is a span of time, not two dead; a calibre or an age in months counts nobody
    ("وجاء البيان بعد يومين من مقتل شرطي في تفجير عبوة ناسفة في بغداد.", 1),
    ("قتل رضيع يبلغ من العمر 18 شهرا في تفجير عبوة ناسفة في بغداد.", 1),
    ("دمرت غارة في بغداد طقما عسكريا على متنه مضاد طيران عيار 23 وقتل 3 من طاقمه.", 3),
    # munitions counted after a death word are not the dead («مقتل 7 في أكثر من 300 قذيفة»)
    ("أفاد مصدر أمس عن مقتل سبعة أشخاص في أكثر من 300 قذيفة سقطت على مدينة بغداد.", 7),
    ("قتل خمسة مدنيين في 12 غارة شنها الطيران على مدينة الرمادي أمس.", 5),
    # a year is no count («مهرجان صيف 2015»), nor the wars a toll was counted over
    ("قتل جنديان في بغداد أمس خلال مهرجان صيف 2015.", 2),
    ("قصفت الطائرات مدينة بغداد أمس لستة أيام وقتل من الجيش عشرات الآلاف.", None),
    ("اندلعت اشتباكات في بغداد أمس بعد ستة حروب قتل فيها خمسة جنود.", 5),
    # one person named, then «و» + a number of his companions: him and them
    ("قتل القيادي في التنظيم أبو أحمد و3 من مرافقيه في كمين نصبه مسلحون في بغداد.", 4),
    # the other side's dead, told after «فيما», «بينما» or «مقابل», add up
    ("قتل 7 جنود في هجوم على نقطة تفتيش في بغداد، فيما قتل جنديان آخران عند بوابة أخرى.", 9),
    ("قتل اثنان من رجال الشرطة في اشتباكات في بغداد في مقابل مقتل 10 من المسلحين.", 12),
    ("وكان 23 من المسلحين قتلوا واصيب 38 فيما قتل 2 واصيب 19 من الجنود في اشتباكات في بغداد السبت.", 25),
    # the active «أصاب» counts the wounded, not more dead
    ("قال مسؤولون إن الهجوم الانتحاري قتل خمسة أشخاص وأصاب 16 في بغداد.", 5),
    # two person nouns joined by «و» count two
    ("قتل ضابط ومجند وأصيب 3 آخرون في انفجار عبوة ناسفة في بغداد.", 2),
    # a toll that rose is one count, not two
    ("ارتفعت حصيلة القتلى في تفجير بغداد من 20 إلى 30 قتيلا.", 30),
    # the new count after «إلى», however long the phrase naming the toll
    ("ارتفعت حصيلة قتلى المعارك التي تدور في بغداد بين الجيش ومسلحي العشائر منذ أيام إلى 14 شخصا.", 14),
    ("ارتفعت حصيلة جرحى المعارك التي تدور في بغداد بين الجيش ومسلحي العشائر منذ أيام إلى 14 شخصا.", None),
    # some of the dead named after «(من) بين» are no count of their own
    ("شن مسلحون هجوما على نقطة في بغداد وكان من بين قتلى الهجوم ثلاثة من القادة.", None),
])
def test_deaths_only(run, text, expected):
    evs = run(text, published="2015-07-22")
    assert evs and evs[0].fatalities == expected


def test_a_vague_count_under_a_toll_cue_is_not_read_as_its_upper_bound(run):
    # «عشرات» is bounded above (99) but is no range «من 20 إلى 30»: its count is its value
    evs = run("ارتفعت حصيلة قتلى التفجير في بغداد إلى عشرات.", published="2015-07-22")
    assert evs and evs[0].fatalities == 10


def test_a_count_of_one_act_is_not_lent_to_another_act_of_its_sentence(run):
    # the sentence's count belongs to the blast's own clause; the capture told first counts none
    evs = run("سيطرت القوات على حي الجراف في صنعاء، وكان 16 جنديا لقوا مصرعهم في انفجار عبوة ناسفة في تعز.",
              published="2015-07-22")
    by_type = {e.sub_event_type: e.fatalities for e in evs}
    assert by_type.get("Remote explosive/landmine/IED") == 16
    assert all(f is None for t, f in by_type.items() if t != "Remote explosive/landmine/IED")


def test_a_definite_act_word_refers_back_and_lends_its_count(run):
    # «التفجير» retells the blast told first: its count is that blast's
    evs = run("تبنى التنظيم تفجير سيارة مفخخة في صنعاء، وقالت مصادر إن التفجير تسبب في مقتل خمسة أشخاص.",
              published="2015-07-22")
    assert [e.fatalities for e in evs] == [5]


def test_the_person_after_a_resumptive_fiha_is_counted(run):
    evs = run("اندلعت مواجهات بين الجيش ومسلحين في بغداد قتل فيها شاب.", published="2015-07-22")
    assert [e.fatalities for e in evs] == [1]


def test_a_clause_that_says_no_one_was_hurt_says_it_of_its_own_places(run):
    # the first clause counts one dead; the second («فيما لم تسجل إصابات») its own act's none,
    # and «صاروخي» (the construct dual of «صاروخ») after «سقوط» is that act
    evs = run("قتل مدني وجرح عشرة آخرين جراء سقوط قذائف هاون على حي حلب الجديدة، فيما لم تسجل "
              "إصابات بسقوط صاروخي أرض أرض على حي الشيخ مقصود.", published="2015-07-22")
    by_place = {e.location.name: e.fatalities for e in evs}
    assert by_place == {"New Aleppo": 1, "Sheikh Maqsoud": 0}


def test_a_sniper_who_died_is_no_act_of_his_own(run):
    evs = run("استهدف مسلحون بقذائف الهاون تجمعات للجيش في حي حلب الجديدة، ما أدى لمقتل قناص تابع "
              "لهم، حسب ما أفاد مصدر.", published="2015-07-22")
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Shelling/artillery/missile attack", 1)]
