"""Everyday news that uses violence words without reporting an act (through the whole pipeline).

Why: on general news (sport, economy, opinion) about half of what rasd emitted was noise
(scripts/sample_events.py); each case here is a kind of sentence, not one article's sentence.
"""
import pytest

from rasd.model import Article
from rasd.pipeline import Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(PipelineOptions(use_ner=False))


@pytest.mark.parametrize("text", [
    # «في حالات» (in cases of) is a conditional like «في حال»
    "وزودت السيارات بأقنعة مضادة للغاز لحماية الركاب في حالات تعرض السيارة لهجوم بالغازات في مدينة الرياض.",
    # slaughtering livestock is butchery («وابل من الرصاص» is no camel: see the test below)
    "وأعرب عن أمله في مسلخ جديد ليتمكن الأهالي في الباحة من ذبح أغنامهم بيسر وسهولة.",
    # a government's protest is a diplomatic note; «تظاهرة» is also a festival
    "وقال البيان إن باكستان تتقدم باحتجاج على هذا العمل الاستفزازي قرب بلدة سيالكوت.",
    "تعيش المدينة المنورة هذه الأيام تظاهرة اجتماعية واحتفالية بمناسبة عيد الفطر.",
    # «أي» right before the act: any attack, a hypothetical
    "وقال خبير أمني في القاهرة إن أي هجوم على السفارة سيؤدي إلى أزمة كبيرة.",
    # a nuclear bomb is a programme, not a bombing
    "تسعى طهران إلى امتلاك القنبلة النووية رغم الاتفاق الموقع في فيينا.",
    # «احتلت المرتبة»: ranked, not occupied
    "احتلت مدينة جدة المرتبة الأولى في عدد المشاركين في المسابقة.",
    # airspace violations and reconnaissance flights are not strikes
    "حلقت طائرات استطلاع إسرائيلية فوق بلدة مرجعيون في جنوب لبنان.",
    # an animal shot, a striker's position, a columnist's attack
    "أطلق رجل النار على الحيوان الذي دخل مزرعته في مدينة الطائف.",
    "ويلعب اللاعب في خط الهجوم وسينضم إلى نادي الشباب في الرياض.",
    "شن الكاتب هجوما لاذعا على وزير الخارجية في مقاله بصحيفة الأهرام في القاهرة.",
    # «والدك» (your father) is not «و» + «ال» + «دك» (pounded)
    "قبّل يد والدك في صباح العيد في مكة.",
    # an imperfect verb after «أن» is wished or asked, not done
    "وقال المسؤول إنه من الصعب أن يقصف الجيش مدينة الفلوجة المكتظة بالسكان.",
    # a firefighter dying in a forest fire is an accident
    "لقي رجل الإطفاء مصرعه أمس عندما كان يكافح الحريق في غابة قرب مدينة أبها.",
    # «طيلة» a long stretch of time: many acts summed up
    "انهمك عناصر المقاومة طيلة الأيام الماضية في تطهير أحياء مدينة عدن من الألغام.",
    # «لولا» (were it not for): a counterfactual
    "ولم يكن هذا التقدم ليتحقق لولا معارك ضارية خاضها المقاتلون في مدينة الحسكة.",
    # an imperfect verb of holding: who holds a place, not its capture
    "ويحكم الأكراد السيطرة على مدينة القامشلي منذ مدة.",
    "ويحكم الأكراد اليوم السيطرة على مدينة القامشلي.",
    # «على وشك» (about to)
    "وأكد القائد أن القوات على وشك استعادة السيطرة على قاعدة العند.",
    # kilograms («كلغم» is no «ك» + «لغم», like a mine); a ruptured womb; whoever dares
    "وتتبعت الدراسة 1500 امرأة عاملة وزنها تحت 66 كلغم في مدينة الرياض.",
    "وحدث مع الطلق انفجار في الرحم أدى إلى نزيف ووفاة الأم في مستشفى بمدينة جدة.",
    "ويثبت رجال الأمن بسالتهم في التصدي لكل من تسول له نفس المساس بأمن الوطن في مدينة الرياض.",
    # a denial told by its participle; an act of long ago (also by its Hijri year)
    "وأضاف المصدر أن أكمنة الجيش مجهزة، نافياً ما تردد عن وقوع هجمات مسلحة على أكمنة في الشيخ زويد.",
    "وكان السفاح اعترف بقتل 27 امرأة عام 1893 في مدينة شيكاغو.",
    "وقتل ثلاثة أشخاص في تفجير في مدينة أبها عام 1430هـ.",
    # an aircraft's emergency landing; «قد» before an imperfect verb (may)
    "وأوضحت القيادة أن طائرة أباتشي تابعة للقوات البرية السعودية أجرت أثناء تنفيذها عمليات على الحد "
    "الجنوبي هبوطا اضطراريا في منفذ الطوال السعودي.",
    "وأعلن ضابط في الجيش الإسرائيلي أن دولته قد تشن هجمات على مسلحين في شبه جزيرة سيناء.",
    "وقال إن الطيران قد يقصف مواقع المسلحين في مدينة العريش.",
    # a side's whole fight, possessed: a summary, no act («تكثف هجماتها» is one too)
    "وردا على ما يشاع عن اصطفاف القاعدة مع الشرعية وقتالها في عدن قال القائد إن الجماعات ارهابية.",
    "وتتلاشى مزاعم الحوثيين بقتالهم للدواعش في محافظة عدن.",
    # hostages freed: neither their taking nor ground taken
    "وأعلن الجيش النيجيري أنه حرر 30 رهينة بينهم 21 طفلا قرب مدينة مايدوغوري أمس.",
    "ثم أعلن الجيش تحرير 59 رهينة بينهم 29 امرأة في عملية قرب مدينة مايدوغوري أمس.",
    "وأفرجت الميليشيات عن المختطفين في مدينة تعز أمس.",
    # holding back from an act, putting it off
    "وقالت مصادر إن المقاومة تتريث في اقتحام مدينة زنجبار لوجود مدنيين فيها.",
    "وأرجأت القوات اقتحام مدينة الرمادي بسبب الأمطار.",
    # a diplomatic protest, a permission, a decision, a prohibition
    "وقالت الخارجية التركية إنها استدعت السفير في أنقرة لتسجيل احتجاج.",
    "وأعلنت أنقرة أنها سمحت للطائرات الأمريكية بشن غارات انطلاقا من قاعدة إنجرليك.",
    "وقالت تركيا إن قرارها دخول المعركة ضد تنظيم داعش في مدينة سروج سيساعد على خلق منطقة آمنة.",
    "وأعلن القائد في مدينة بنغازي أنه لن يسمح بخروج المظاهرات المؤيدة للنظام السابق.",
    # what a place has been seeing since a past date; a side's acts summed up by a possessed plural
    "وتشهد مدينة الحسكة منذ 25 يونيو الماضي اشتباكات عنيفة بين تنظيم داعش والقوات الكردية.",
    "المعارضة السورية تكثف هجماتها على قوات النظام في مدينة درعا.",
    # the noun «سيطرة» with no date and no verb of taking: who holds a place
    "ولا تقطع الشريط الحدودي إلا سيطرة القوات الحكومية السورية على معبر القامشلي.",
    # a tally of months or an arsenal counted in thousands; bursting out laughing; the martyrs'
    # families; a car fallen into an abyss
    "وثق المرصد إلقاء طائرات النظام المروحية 14297 برميلا متفجرا على عدة مناطق في محافظة الحسكة.",
    "ولم يكف عن البكاء ثم انفجر عمر ضاحكا في مدينة مشهد.",
    "تكسو فرحة العيد لدى أسر الشهداء في مدينة جازان العديد من الذكريات.",
    "سقطت سيارة تقل ثمانية أشخاص في الهاوية في بني مالك وتم انتشال ثلاث جثث.",
    # without a fight, a can of milk, a tyre that burst
    "ترك النظام لداعش مناطق النفط في شرق سورية عن عمد ودون قتال.",
    "غير أن الأشهر القليلة الماضية مرت في بغداد دون تفجير واحد.",
    "صرف المركز 179 عبوة حليب ضمن برنامج نمو بصحة وأمان في مدينة عمان.",
    "وقع الحادث اثر انفجار احدى الاطارات للمركبة ما أدى لانقلابها على طريق السعيرة.",
    "لقي شخصان مصرعهما وأصيب 7 آخرون في حادث انقلاب على طريق الطائف.",
    "كانت العائلة في طريقها إلى بيشة عندما انفجر الإطار الأمامي ما تسبب في انقلاب سيارتها.",
    # trapped in a well or a crashed car («احتجاز» beside rescuers or after a crash), not held
    "وأوضح المتحدث أن الدفاع المدني بمدينة تبوك تبلغ ظهر أمس عن احتجاز شخصين بداخل بئر في مركز شواق.",
    "وقع حادث تصادم بين مركبتين على طريق عفيف. ونتج عن الحادث احتجاز أحد ركاب المركبتين داخلها.",
    # fireworks: shells and rockets in name only
    "أطلقت البلدية مساء أمس ألف قذيفة ألعاب نارية في سماء مدينة جدة احتفالا بالعيد.",
    # an order to arrest quickly is no arrest yet; a place of detention is a facility
    "وجه أمير المنطقة شرطة مدينة جدة بسرعة إلقاء القبض على المتهمين بالتحرش.",
    "وطالب الأهالي بالإسراع في القبض على الجناة في مدينة الطائف.",
    "عبر ذوو الجنود الحدود إلى مكان احتجاز العسكريين في جبال القلمون.",
    "قامت المقاومة بفتح أماكن احتجاز لعشرات الأسرى في مدينة عدن.",
    # what people fear («خوفا من»), a camel on the road, atomic bombs in history
    "يخشى السكان الخروج من المخيم في مدينة جوبا خوفا من هجمات انتقامية.",
    "ناقة سائبة تقتل وتصيب 7 من عائلة واحدة على طريق في مدينة جازان.",
    "كان ذلك بعد إلقاء القنابل الذرية على مدينة هيروشيما.",
    # a capture celebrated or praised is a landmark; a newspaper's editorship; a body in a pool
    "قال الرئيس اليمني عبد ربه منصور هادي في خطاب ألقاه أمس بمناسبة تحرير عدن إن اليمن سيعود.",
    "ونحمد الله على نجاح تحرير عدن وتمدد الحكومة اليمنية الشرعية.",
    "عبر أبناء الجالية عن فرحة تحرير مدينة عدن من أيدي المسلحين.",
    "وأشاد الوزير بالنجاح في تحرير القوات الحكومية مدينة عدن من مليشيات الحوثي.",
    "تولى الفال رئاسة تحرير صحيفة المدينة في جدة.",
    "عثرت الشرطة على جثة شاب في حوض سباحة بمنزل في مدينة جدة.",
    "لقيت فتاة مصرعها أمس متأثرة بإصاباتها جراء حريق اندلع في منزل أسرتها في مدينة جدة.",
    "مصرع شخص وإصابة 7 في حادث على طريق الرياض - القصيم أمس.",
    "سيقوم فريق الجمعية بعملية تعبئة وتغليف الطعام الزائد في عبوات مخصصة في مدينة الرياض.",
])
def test_not_an_event(pipe, text):
    assert pipe.extract(Article("x", text, "2015-08-01")).events == ()


def test_rally_is_a_protest_not_a_drone_strike(pipe):
    """«مسيرات» are drones or marches; «مسيرات حاشدة» (mass marches) are marches."""
    evs = pipe.extract(Article("x", "خرج آلاف اليمنيين في مسيرات حاشدة في مدينة تعز.", "2015-08-01")).events
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Protests", "Peaceful protest")]


def test_a_noun_after_anna_is_still_an_act(pipe):
    """«أن تفجيرا» (that an explosion): a verbal noun after «أن» is no subjunctive verb."""
    evs = pipe.extract(Article("x", "وبين المصدر أن تفجيرا قرب سوق شعبية في مدينة بعقوبة أدى إلى مقتل شخص.",
                               "2015-08-01")).events
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_quotation_marks_do_not_push_a_call_out_of_reach(pipe):
    """«مطالبة "جبهة النصرة" الإرهابية عناصرها بالانسحاب»: the call governs the withdrawal; the
    modality window counts words, not the quotation marks around a name."""
    text = 'وأثارت مطالبة "جبهة النصرة" الإرهابية عناصرها بالانسحاب من خلال معبر الكاستيلو في حلب اهتماما كبيرا.'
    assert pipe.extract(Article("x", text, "2016-12-09")).events == ()


def test_who_holds_a_place_told_in_a_relative_clause_is_no_capture(pipe):
    """«معسكر اللواء 35 الذي استولت عليه جماعة الحوثي»: the relative clause says who holds it."""
    text = "وقصفت البوارج تجمعات في معسكر اللواء 35 في مدينة تعز الذي استولت عليه جماعة الحوثي."
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert all(e.event_type != "Battles" for e in evs)


def test_a_dated_capture_told_with_the_noun_is_still_an_act(pipe):
    text = "تمكنت المقاومة الشعبية أمس من السيطرة على مدينة الحوطة في محافظة لحج."
    evs = pipe.extract(Article("x", text, "2015-08-05")).events
    assert [e.event_type for e in evs] == ["Battles"]


def test_failing_to_take_ground_is_no_capture_but_a_failed_attack_is_an_attack(pipe):
    """«أخفق ... في السيطرة على»: the place was never taken; a failed attack still happened."""
    failed = "وأخفق مسلحو الحوثي أمس في السيطرة على مدينة الحوطة في محافظة لحج."
    assert all(e.sub_event_type not in ("Non-state actor overtakes territory", "Government regains territory")
               for e in pipe.extract(Article("x", failed, "2015-08-05")).events)
    taken = "وتمكن مسلحو الحوثي أمس من السيطرة على مدينة الحوطة في محافظة لحج."
    assert [e.event_type for e in pipe.extract(Article("x", taken, "2015-08-05")).events] == ["Battles"]
    attack = "وفشل هجوم شنه مسلحو الحوثي أمس على مدينة الحوطة في محافظة لحج."
    assert [e.event_type for e in pipe.extract(Article("x", attack, "2015-08-05")).events] == ["Battles"]


def test_a_link_footer_repeating_the_title_tells_no_act(pipe):
    """«رابط الخبر بصحيفة الوئام: <title>» ends about 7% of SaudiNewsNet articles."""
    text = ("قال مسؤول محلي إن الأسواق عادت إلى العمل في المدينة.\n"
            "رابط الخبر بصحيفة الوئام: آلاف المتظاهرين يحتجون في مدينة اللاذقية")
    assert pipe.extract(Article("x", text, "2015-08-05")).events == ()
    told = "قال مسؤول محلي إن الأسواق عادت إلى العمل في المدينة.\nآلاف المتظاهرين يحتجون في مدينة اللاذقية"
    assert [e.event_type for e in pipe.extract(Article("x", told, "2015-08-05")).events] == ["Protests"]


def test_a_generic_attack_word_takes_the_weapon_told_before_it(pipe):
    """«شن طيران التحالف 14 غارة ...، استهدفت وحدات ...، وبدأ التنظيم استخدام "الدجاج
    الانتحاري"»: «استهدفت» was the strikes, not the suicide weapon told later."""
    text = ("فيما شن طيران التحالف 14 غارة ضد مواقع داعش في العراق، استهدفت وحدات تكتيكية قرب مدينة الموصل، "
            "وبدأ تنظيم داعش استخدام أسلوب جديد هو الهجوم الانتحاري.")
    evs = pipe.extract(Article("x", text, "2015-07-22")).events
    assert evs and all(e.sub_event_type == "Air/drone strike" for e in evs)


def test_where_someone_comes_from_is_not_where_the_act_happened(pipe):
    """«الوزير الذي ينتمي إلى مدينة الزنتان»: his home town, not the abduction's place."""
    text = "وقالت المصادر إن الوزير الذي ينتمي إلى مدينة الزنتان تعرض أمس للخطف من قبل مسلحين مجهولين."
    evs = pipe.extract(Article("x", text, "2015-08-10")).events
    assert all(e.location is None or e.location.name != "Zintan" for e in evs)


def test_delivering_explosives_is_no_explosion(pipe):
    text = "وأوضحت الوزارة أن الشقيقين قاما بتوصيل المتفجرات إلى المتهم في مدينة الدمام."
    assert pipe.extract(Article("x", text, "2015-08-05")).events == ()


def test_a_ground_attack_by_a_side_with_no_aircraft_after_a_strike_stays_an_attack(pipe):
    text = ("ودمرت غارة جوية آلية عسكرية في مدينة صنعاء، بينما أفادت مصادر بمقتل 3 حوثيين في هجوم للجان المقاومة "
            "الشعبية على نقطة للمتمردين في مدينة تعز.")
    evs = pipe.extract(Article("x", text, "2015-07-31")).events
    taiz = [e for e in evs if e.location is not None and e.location.name == "Taiz"]
    assert taiz and all(e.event_type == "Battles" for e in taiz)


@pytest.mark.parametrize("text", [
    # a body flown home for burial: the death was told before
    "كما أقلت طائرة ثانية جثمان شهيد الواجب الجندي أول محمد علي العمري من قاعدة طيران الأمن "
    "وهبطت في محافظة القنفذة.",
    "وكان في استقبال الطائرتين في محافظة القنفذة عدد من المسؤولين وأقارب الشهيدين وجرى تشييع "
    "الجثمانين.",
    # two road collisions
    "مصرع شخص وإصابة 6 في تصادمين بمكة المكرمة.",
])
def test_mourning_and_collisions_tell_no_act(pipe, text):
    assert pipe.extract(Article("x", text, "2015-08-05")).events == ()


def test_a_barrage_of_bullets_is_no_livestock(pipe):
    # «وابل» splits as «و» + «ابل» (camels): the livestock cues must not hold that word
    evs = pipe.extract(Article("x", "قصف مسلحون دورية للجيش في مدينة العريش أمس تحت وابل من القذائف.",
                               "2015-08-10")).events
    assert evs


def test_held_by_the_police_is_an_arrest(pipe):
    evs = pipe.extract(Article("x", "احتجزت الشرطة ثلاثة أشخاص في مدينة تبوك أمس.", "2015-08-10")).events
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_a_shelling_of_160_shells_is_one_act(pipe):
    evs = pipe.extract(Article("x", "قصفت القوات مدينة الزبداني بنحو 160 قذيفة أمس.", "2015-08-10")).events
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    # speed right before a verb that opens its own clause is the manner of the advance before it
    "تقدمت القوات بسرعة واعتقلت خمسة مسلحين في مدينة الرمادي أمس.",
    # arrested and then taken to a detention centre: the arrest stands
    "اعتقلت القوات خمسة أشخاص في مدينة الفلوجة أمس ونقلتهم إلى مركز احتجاز.",
])
def test_speed_and_detention_centres_leave_arrests_alone(pipe, text):
    evs = pipe.extract(Article("x", text, "2015-08-10")).events
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_a_trigger_word_inside_a_place_name_is_no_act(pipe):
    # «حي التحرير» (Liberation district) is a place: shelled, not liberated
    text = "وقال إن المسلحين الحوثيين قاموا أمس بالقصف بمدافع الهاون على وسط مدينة تعز على حي الروضة " \
           "وحي التحرير الأسفل، ومستشفى الثورة العام."
    evs = pipe.extract(Article("x", text, "2015-08-10")).events
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    # «الجلد» is the skin; a flogging is told without the article («جلد شاب»)
    "ويوضع الجهاز تحت الجلد إذا تعرض الطفل للمرض في مدينة جدة.",
    "وقال إن الرماد يضر بالجلد والعين إذا تعرض له الطفل في مدينة الرياض.",
    "ويؤدي ذلك إلى انتقال بعض الأمراض الخطيرة مثل سرطان الجلد إلى الشخص في مدينة جدة.",
    # a road accident that ran a worker over
    "تعرض عامل آسيوي لحادث دهس من مجهول أمام مبنى الشؤون الصحية بمحافظة القريات أمس.",
    # a unit's trade, not an act
    "وتواصل وحدة الشرطة، المتخصصة في احتجاز الرهائن، بحثها لتحديد مكان المسلحين في مدينة باريس أمس.",
])
def test_skin_road_accidents_and_a_units_trade_tell_no_act(pipe, text):
    assert pipe.extract(Article("x", text, "2015-08-10")).events == ()


@pytest.mark.parametrize("text", [
    "وأقدم عناصر التنظيم على جلد شاب في ساحة مدينة الرقة أمس.",
    "ودهس مستوطن طفلا فلسطينيا عمدا قرب مدينة الخليل أمس.",
])
def test_a_flogging_and_a_ramming_are_still_attacks(pipe, text):
    assert [e.sub_event_type for e in pipe.extract(Article("x", text, "2015-08-10")).events] == ["Attack"]


def test_a_martyr_word_in_a_units_name_is_no_death(pipe):
    text = "ويتصدر «جيش الإسلام» الفصائل الموجودة في الغوطة، يليها «فيلق الرحمن» الذي تشكل قبل عامين نتيجة " \
           "اتحاد 13 فصيلاً، بينهم «كتائب شهداء دوما» وكتائب «أبو موسى الأشعري» التي كانت نافذة في بلدة عربين."
    assert pipe.extract(Article("x", text, "2015-08-10")).events == ()
    # martyrs who fell are still the dead of the act told with them
    evs = pipe.extract(Article("x", "وسقط ثلاثة شهداء في قصف على مدينة دوما أمس.", "2015-08-10")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Shelling/artillery/missile attack", 3)]


def test_a_mortar_bomb_is_a_shell_not_a_planted_bomb(pipe):
    text = "وأمطرت الميليشيات الحوثية ضاحية دار سعد شمال مدينة عدن بصواريخ الكاتيوشا وقنابل الهاون " \
           "مما أدى إلى مقتل 43 مدنيا."
    evs = pipe.extract(Article("x", text, "2015-08-10")).events
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [("Shelling/artillery/missile attack", 43)]


@pytest.mark.parametrize("text", [
    # able to (no longer able to) take ground is no capture
    "وبات النظام يتراجع باستمرار، ولم يعد قادراً على استعادة أي موقع يخسره في محافظة إدلب.",
    # a warplane that lands flies no strike
    "قال مسؤول إن طائرة حربية سعودية هبطت في مطار عدن الدولي اليوم في أول رحلة من نوعها.",
    # where snipers are posted is no attack
    "ويتمركز عدد من القناصة الحوثيين بمواقع في قصر المعاشيق بمدينة عدن.",
    # a pledge to take a town
    "وتعهد رأس النظام علنا باستعادة مدينة جسر الشغور لكنه لم ينجح.",
])
def test_ability_landing_positions_and_pledges_tell_no_act(pipe, text):
    assert pipe.extract(Article("x", text, "2015-08-10")).events == ()


def test_parades_at_a_festival_are_no_drones(run):
    # the engine alone, with the place and the actor given (tests/events/conftest.py)
    assert [e.sub_event_type for e in run("ونفذ التحالف اليوم مسيرات في صنعاء.")] == ["Air/drone strike"]
    assert run("ونفذ التحالف اليوم مسيرات ومهرجانات في صنعاء.") == []


def test_liberating_a_whole_country_is_a_cause_not_a_capture(pipe):
    text = "تكون قد أكدت لمنظري تحرير فلسطين أن طريق التحرير يمر بالقدس والناصرة وحيفا وعكا."
    assert pipe.extract(Article("x", text, "2015-07-22")).events == ()
    # a town taken is still a capture
    evs = pipe.extract(Article("x", "وسيطرت القوات العراقية على مدينة الرمادي أمس.", "2015-07-22")).events
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]


@pytest.mark.parametrize("text", [
    "وقال قائد قوات البيشمركة خلال تفقده جبهات القتال في محاور شرق وغرب الموصل أمس إن قواته مستعدة.",
    "وأكد المتحدث باسم الجيش العراقي أمس أن قواته تتقدم على أرض المعركة في محافظة الأنبار.",
    "ودفع الحوثيون بمقاتلين جدد للزج بهم في جبهات القتال في تعز ولحج أمس.",
])
def test_a_front_or_a_battlefield_is_no_fight(pipe, text):
    assert pipe.extract(Article("x", text, "2015-07-22")).events == ()


@pytest.mark.parametrize("text", [
    # a course in an act is training
    "وبعد وصوله إلى مدينة الرقة يتلقى المجند دورة في القنص على أيدي عناصر داعش.",
    # years ago
    "وكان العقيد قد تعرض للاختطاف على أيدي الميليشيات المسلحة منذ عامين في مدينة طرابلس.",
    # a law's text and what it punishes
    "وتنص المادة 27 من مشروع القانون على الإعدام لكل من قبض على شخص أو خطفه في تونس.",
    "ويعاقب بالاعدام كل من يتعمد قتل شخص في تونس.",
])
def test_courses_old_acts_and_laws_tell_no_act(pipe, text):
    assert pipe.extract(Article("x", text, "2015-07-22")).events == ()


def test_an_internment_camp_is_a_facility_not_an_arrest(run):
    assert run("وحول التحالف المتاجر الى معسكرات اعتقال للحوثيين في صنعاء.") == []
    assert [e.sub_event_type for e in run("واعتقل التحالف الحوثيين في صنعاء.")] == ["Arrests"]


@pytest.mark.parametrize("text", [
    # «at that time»: a past act told as background
    "وكانت القبة لم تسلم وقتها من هجمات داعش على المدينة.",
    "وأدت المجزرة في سجن صيدنايا في ذلك الحين إلى مقتل نحو 25 سجينا على أيدي قوات النظام.",
    # what a deployment allows
    "وحشد النظام قوات إضافية على حدود اللاذقية مع إدلب، مما يتيح له توقيف التمدد المعارض إلى الساحل.",
    # a knock-out round of a contest
    "واشتد التنافس بين المتسابقات في مدينة الرياض حتى تم تصفية المتسابقات إلى اثنتين.",
])
def test_then_allows_and_contests_tell_no_act(pipe, text):
    assert pipe.extract(Article("x", text, "2015-07-22")).events == ()


def test_an_act_told_as_the_reason_of_a_protest_is_background(pipe):
    # «احتجاجا على قتل ... بإطلاق النار عليه»: the shooting is why they protest; the clause's
    # date and protesters are the protest's, not the shooting's
    text = ("وقال المرصد في بيان إن أكثر من ألف شخص نفذوا اعتصاما في مدينة اللاذقية احتجاجا على قتل "
            "رجل للعقيد حسان الشيخ ليل السادس من أغسطس بإطلاق النار عليه أمام أطفاله.")
    evs = pipe.extract(Article("x", text, "2015-08-10")).events
    assert [e.event_type for e in evs] == ["Protests"]


def test_the_presence_of_bombs_is_no_bombing(pipe):
    text = "وقال إن وجود العبوات الناسفة والطرق المفخخة يبطئ من تقدم القوات الأمنية في مدينة الرمادي."
    evs = pipe.extract(Article("x", text, "2015-07-20")).events
    assert not [e for e in evs if e.event_type == "Explosions/Remote violence"]


def test_what_used_to_be_held_somewhere_is_no_act_but_the_clause_keeps_its_own(pipe):
    text = ("وتقدمت القوات الأمنية باتجاه الساحات التي كانت تقام فيها الاعتصامات عند حدود مدينة الرمادي.")
    assert not [e for e in pipe.extract(Article("x", text, "2015-07-20")).events if e.event_type == "Protests"]
    text = ("واقتحمت قوات الجيش العراقي منطقة البوعيثة شمالي مدينة الرمادي بعد معارك عنيفة مع مسلحي تنظيم "
            "داعش باتجاه الساحات التي كانت تقام فيها الاعتصامات.")
    evs = pipe.extract(Article("x", text, "2015-07-20")).events
    assert [e.event_type for e in evs] == ["Battles"]


@pytest.mark.parametrize("text", [
    "أعلن وزير الداخلية العراقي أمس الأحد اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد بمحافظة ديالى.",
    "وقالت الشرطة إنها اعتقلت ستة أشخاص للاشتباه بعلاقتهم بالتفجير في مدينة ديار بكر.",
])
def test_what_the_arrested_are_suspected_of_is_the_charge_not_an_event(pipe, text):
    evs = pipe.extract(Article("x", text, "2015-07-20")).events
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_a_failed_attempt_at_an_attack_is_an_attack_made(pipe):
    # «محاولة» is a plan («محاولة لاقتحام»), but «محاولة هجوم فاشلة» was made and beaten back
    text = "قتل 25 مقاتلاً من المعارضة السورية على الأقل خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة حلب."
    evs = pipe.extract(Article("x", text, "2015-08-02")).events
    assert [(e.event_type, e.fatalities) for e in evs] == [("Battles", 25)]
    text = "وتحاول فصائل المعارضة السورية منذ أيام محاولة هجوم على قاعدة عسكرية في محافظة حلب."
    assert not pipe.extract(Article("x", text, "2015-08-02")).events



def test_a_cue_word_under_the_article_is_another_word(pipe):
    # «طوال» (throughout) makes a clause generic; «قطاع الطوال» is a Saudi border town
    text = "تعرضت دورية بقطاع الطوال بمنطقة جازان لمقذوف عسكري من داخل الأراضي اليمنية."
    evs = pipe.extract(Article("x", text, "2015-08-01")).events
    assert [(e.sub_event_type, e.location.name) for e in evs] == [("Shelling/artillery/missile attack", "Al-Tuwal")]
    text = "وسقطت قذائف كثيرة على مدينة جازان طوال الأشهر الماضية."
    assert not pipe.extract(Article("x", text, "2015-08-01")).events


def test_taking_hostages_and_freeing_a_town_are_still_acts(pipe):
    # the freeing check reads only captives after the verb
    evs = pipe.extract(Article("x", "وخطف مسلحون 30 رهينة قرب مدينة مايدوغوري أمس.", "2015-08-04")).events
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    evs = pipe.extract(Article("x", "وحررت القوات العراقية مدينة الرمادي أمس.", "2015-08-04")).events
    assert [e.sub_event_type for e in evs] == ["Government regains territory"]


def test_a_door_blown_open_in_a_raid_is_no_explosion(pipe):
    text = "واعتقلت قوات الاحتلال الفتى في بلدة سلوان بعد تفجير باب منزل ذويه أمس."
    assert [e.sub_event_type for e in pipe.extract(Article("x", text, "2015-08-03")).events] == ["Arrests"]
    # a gate that names a place is where a blast happened
    text = "وقتل ثلاثة أشخاص في تفجير قرب باب المعظم في بغداد أمس."
    evs = pipe.extract(Article("x", text, "2015-08-03")).events
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_qad_before_a_perfect_verb_is_an_act(pipe):
    # «قد» + perfect is «has»: «وقد تمكنت» (a «ت» word of more than three letters) as well
    for text in ("وقد قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش أمس.",
                 "وقد تمكنت القوات من السيطرة على مدينة العريش أمس."):
        assert pipe.extract(Article("x", text, "2015-08-03")).events, text


def test_this_hijri_year_is_no_old_year(pipe):
    # 1436 AH is the year of a July 2015 article: its Hijri year, compared as such, is not past
    text = "وقتل ثلاثة أشخاص في تفجير في مدينة أبها في شوال من العام 1436هـ."
    assert pipe.extract(Article("x", text, "2015-08-10")).events
