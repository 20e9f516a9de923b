"""Frame assembly, modality, casualties and coreference on single sentences (engine only)."""
import pytest


def types(events):
    return sorted((e.event_type, e.sub_event_type) for e in events)


def test_air_strike_with_agent_target_place(run):
    evs = run("شن طيران التحالف غارات على مواقع الحوثيين في صنعاء.", country="YE")
    assert types(evs) == [("Explosions/Remote violence", "Air/drone strike")]
    e = evs[0]
    assert e.location.name == "Sanaa"
    assert e.actor1.name == "Saudi-led Coalition"
    assert e.actor2.name == "Houthis (Ansar Allah)"


def test_two_places_two_events(run):
    evs = run("شن طيران التحالف غارات على صنعاء وتعز.")
    assert sorted(e.location.name for e in evs) == ["Sanaa", "Taiz"]


def test_shelling_of_neighbourhood_no_casualties(run):
    evs = run("سقطت قذائف على حي حلب الجديدة دون وقوع إصابات.")
    assert types(evs) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert evs[0].location.name == "New Aleppo"
    assert evs[0].fatalities == 0


@pytest.mark.parametrize("text", [
    "نفى الجيش العراقي شن أي غارة على الرمادي.",
    "تعتزم القوات شن هجوم على الرمادي.",
    "هدد الحوثيين بقصف صنعاء.",
    "لم تقع اشتباكات في الرمادي.",
    "دعا المبعوث إلى هدنة في تعز.",
    "هل تنجح الغارات في صنعاء؟",
])
def test_non_events(run, text):
    assert run(text) == []


def test_reported_speech_keeps_event_with_attribution(run):
    evs = run("قال مصدر أمني إن انفجار عبوة ناسفة في بغداد أسفر عن مقتل 5 أشخاص.")
    assert types(evs) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    assert evs[0].attribution
    assert evs[0].fatalities == 5


def test_dead_and_wounded_kept_apart(run):
    evs = run("أسفر انفجار سيارة مفخخة في بغداد عن مقتل ١٢ شخصا وإصابة 30 آخرين.")
    assert evs[0].fatalities == 12


def test_killed_count_after_numbers(run):
    evs = run("اندلعت اشتباكات في الرمادي و 6 قتلى من داعش.")
    assert evs[0].fatalities == 6


def test_repeated_event_is_one(run):
    evs = run("غارات للتحالف على صنعاء. وأضاف أن الغارات على صنعاء استهدفت مخازن أسلحة.")
    assert len([e for e in evs if e.location.name == "Sanaa"]) == 1


def test_disrupted_overrides_explosive(run):
    evs = run("تمكنت القوات من تفكيك عبوة ناسفة في الرمادي.")
    assert types(evs) == [("Strategic developments", "Disrupted weapons use")]


def test_territory_by_state_is_government_regains(run):
    evs = run("استعاد الجيش العراقي السيطرة على الرمادي من داعش.")
    assert types(evs) == [("Battles", "Government regains territory")]
    assert evs[0].actor1.name == "Military Forces of Iraq"


def test_territory_by_rebels_is_nonstate(run):
    evs = run("سيطر داعش على الرمادي.")
    assert types(evs) == [("Battles", "Non-state actor overtakes territory")]


def test_killing_of_civilians_without_weapon_is_vac(run):
    evs = run("قتل مسلحون 4 مدنيين في تعز.", country="YE")
    assert types(evs) == [("Violence against civilians", "Attack")]


def test_background_history_is_not_annotated(run):
    evs = run("قصف الطيران حلب في 2012.", dates=[("2012", "2012-06-01", 3)])
    assert evs == []


def test_date_from_sentence_applies(run):
    evs = run("قصف الحوثيين تعز يوم الخميس.", dates=[("يوم الخميس", "2016-12-08", 1)])
    assert evs[0].date == "2016-12-08" and evs[0].time_precision == 1


def test_no_date_falls_back_to_publication_week(run):
    evs = run("قصف الحوثيين تعز.")
    assert evs[0].date == "2016-12-09" and evs[0].time_precision == 2


def test_evidence_points_into_original_text(run):
    text = "مقدمة عامة.\nانهالت قذائفُ الهاون على حيّ الشيخ مقصود."
    evs = run(text)
    e = evs[0]
    assert text[e.evidence.start:e.evidence.end].startswith("انهالت")
    assert "قذائف" in text[e.trigger.start:e.trigger.end]


def test_notes_are_english_from_fields(run):
    evs = run("سقطت قذائف على حي حلب الجديدة دون وقوع إصابات.", dates=[("سقطت", "2016-12-08", 1)])
    assert evs[0].notes.startswith("On 8 December 2016")
    assert "New Aleppo" in evs[0].notes and "No fatalities" in evs[0].notes


def test_every_output_pair_is_in_the_contract(engine):
    from rasd.events.lexicon import EVENT_TYPES
    for t in engine.lex.types.values():
        for pair in (t.acled, t.acled_nonstate, t.acled_civilians):
            assert pair is None or pair in EVENT_TYPES


def test_denial_reaches_into_quoted_report(run):
    assert run("نفى مجلس المقاومة في تعز «ما تم تداوله حول عمليات تصفية للأسرى»") == []


def test_rejected_truce_is_not_an_agreement(run):
    assert run("زعيم الحوثيين يرفض الهدنة في تعز.") == []


def test_reference_place_after_direction_is_not_a_second_event(run):
    evs = run("قتل 5 أشخاص في انفجار عبوة ناسفة في الرمادي شمال غرب بغداد.")
    assert [e.location.name for e in evs] == ["Ramadi"]


def test_unplaced_event_is_dropped(run):
    assert run("شن الطيران غارات عنيفة.") == []


def test_vague_death_word_alone_is_not_an_event(run):
    assert run("وتحدث الأهالي عن القتلى في الرمادي.") == []
    assert len(run("مقتل 19 مسلحا من داعش في الرمادي.")) == 1


def test_purpose_is_not_an_act(run):
    assert run("تحشد القوات لتحرير الرمادي.") == []
    assert len(run("حررت القوات الرمادي.")) == 1


def test_families_are_not_captives(run):
    assert run("عادت أسر كثيرة إلى الرمادي.") == []


def test_definite_generic_refers_back(run):
    evs = run("اندلعت اشتباكات في الرمادي. وأضاف أن القتال استمر ساعات.")
    assert [e.location.name for e in evs] == ["Ramadi"]


def test_country_alone_is_not_an_event_place(run):
    assert run("شن الطيران غارات في اليمن.") == []


def test_heroes_are_not_defusing(run):
    # «الأبطال» (the heroes) normalises like «الإبطال» (defusing): only «إبطال مفعول» defuses
    assert run("استقبلت الرمادي الأبطال.") == []


def test_actor_span_is_not_a_place(engine):
    from datetime import date
    from rasd.model import Actor, Article, Doc, Mention, Place
    from rasd.text.segment import split_sentences
    from rasd.text.tokenize import tokenize
    text = "شنت جبهة النصرة هجوما على الرمادي."
    doc = Doc(Article("t", text, "2015-07-21"), tuple(tokenize(text)), tuple(split_sentences(text)))
    i, j = text.index("جبهة النصرة"), text.index("الرمادي")
    places = [Mention("place", i, i + 11, "جبهة النصرة", value=Place("Nusrah", None, "SY", 35.0, 36.0, 1)),
              Mention("place", j, j + 7, "الرمادي", value=Place("Ramadi", None, "IQ", 33.42, 43.3, 1))]
    actors = [Mention("actor", i, i + 11, "جبهة النصرة", value=Actor("Jabhat al-Nusra", None, id="nusra", category="rebels"))]
    evs = engine.extract(doc, published=date(2015, 7, 21), places=places, actors=actors).events
    assert [e.location.name for e in evs] == ["Ramadi"]


def test_targeting_takes_the_weapon_of_its_sentence(run):
    evs = run("قصفت المدفعية مواقع داعش، واستهدفت الرمادي.")
    assert types(evs) == [("Explosions/Remote violence", "Shelling/artillery/missile attack")]


def test_attack_alone_is_a_clash(run):
    assert types(run("هاجم مسلحون نقطة تفتيش في الرمادي.")) == [("Battles", "Armed clash")]


def test_destroyed_car_bombs_are_disrupted_weapons(run):
    evs = run("تمكنت القوات من تدمير خمس عجلات مفخخة في الرمادي.")
    assert types(evs) == [("Strategic developments", "Disrupted weapons use")]
    # destruction without an explosive word is no disrupted weapons use
    assert ("Strategic developments", "Disrupted weapons use") not in types(run("دمرت القوات منازل في الرمادي."))


def test_captured_fighters_are_a_strategic_development(run):
    evs = run("تمكن مسلحو المقاومة من أسر قرابة 140 مسلحا من الحوثيين في تعز.")
    assert types(evs) == [("Strategic developments", "Other")]


def test_neighbourhood_in_its_city_is_one_event(run):
    evs = run("مقتل 5 مدنيين بقصف على حي الشيخ مقصود في حلب.")
    assert [e.location.name for e in evs] == ["Sheikh Maqsoud"]
    assert evs[0].fatalities == 5


def test_bombardment_by_aircraft_is_an_air_strike(run):
    evs = run("طيران التحالف قصف صنعاء اليوم.")
    assert types(evs) == [("Explosions/Remote violence", "Air/drone strike")]


def test_possessed_control_noun_is_not_a_capture(run):
    assert run("قصف الطيران مناطق سيطرتهم في الرمادي.")[0].sub_event_type == "Air/drone strike"
    assert all(e.event_type != "Battles" for e in run("قصف الطيران مناطق سيطرتهم في الرمادي."))


def test_since_date_is_not_the_event_day(run):
    evs = run("اشتباكات في الرمادي مستمرة منذ 25 يونيو.", published="2015-08-02",
              dates=[("25 يونيو", "2015-06-25", 1)])
    assert evs and evs[0].date != "2015-06-25"


def test_control_noun_with_its_object_is_the_act(run):
    evs = run("أجلت القوات المدنيين من الرمادي بعد سيطرتها عليها.")
    assert ("Battles", "Government regains territory") in types(evs)


def test_warning_scopes_over_the_sentence(run):
    assert run("حذر الجيش الأهالي في الرمادي، حيث أنهم سيحاولون دس انتحاريين بين المدنيين.") == []


def test_precaution_is_not_an_event(run):
    assert run("نقلت القوات الأهالي تحسبا من وقوع هجمات في الرمادي.") == []


def test_two_neighbourhoods_are_two_events(run):
    evs = run("سقطت قذائف على حي الشيخ مقصود وحي حلب الجديدة دون وقوع أي إصابات.")
    assert sorted(e.location.name for e in evs) == ["New Aleppo", "Sheikh Maqsoud"]
    assert evs[0].fatalities == 0


def test_old_year_is_background(run):
    assert run("الانتفاضة التي قتلت نحو 40 ألف شخص في الرمادي منذ عام 1984.", published="2015-07-22") == []


def test_generic_refers_back_only_to_its_own_kind(run):
    evs = run("اندلعت اشتباكات في الرمادي. وأوضحت المصادر أن الغارات استهدفت تعز.")
    assert sorted(e.location.name for e in evs) == ["Ramadi", "Taiz"]
    evs = run("شن طيران التحالف غارات على صنعاء. وأوضحت المصادر أن الغارات استهدفت تعز.")
    assert [e.location.name for e in evs] == ["Sanaa"]


@pytest.mark.parametrize("text", [
    "وإذا انتزعت الجماعات المسلحة المنظمة تنظيما جيدا السيطرة على الرمادي فإن ذلك سيعجل بتقدمها.",
    "ولم ترد أي تقارير عن وقوع اشتباكات في الرمادي.",
    "يأتي ذلك قبل ساعات من بدء سريان هدنة انسانية في تعز.",
    "في إشارة إلى إمكانية أن يشن الإرهابيون هجمات في الرمادي.",
    "بدأ الجيش عملية عسكرية تستهدف السيطرة على الرمادي.",
])
def test_more_non_events(run, text):
    assert run(text) == []


def test_support_in_passing_is_not_an_air_strike(run):
    evs = run("تجددت المعارك بين المقاومة المدعومين بطيران التحالف والحوثيين في تعز.")
    assert types(evs) == [("Battles", "Armed clash")]


def test_verbal_events_are_kept_apart(engine):
    from datetime import date
    from rasd.model import Article, Doc
    from rasd.text.segment import split_sentences
    from rasd.text.tokenize import tokenize
    text = "هدد الحوثيين بقصف صنعاء. ونفى الجيش أي غارة. واتهمت الحكومة التحالف بقصف المدنيين."
    doc = Doc(Article("t", text, "2015-07-21"), tuple(tokenize(text)), tuple(split_sentences(text)))
    res = engine.extract(doc, published=date(2015, 7, 21))
    assert res.events == []
    codes = [v["plover"] for v in res.verbal]
    assert codes == ["THREATEN", "REJECT", "ACCUSE"]
    s, e = res.verbal[0]["trigger"]["start"], res.verbal[0]["trigger"]["end"]
    assert text[s:e] == "هدد"


def test_speakers_and_unknown_names_are_not_attackers(engine):
    from datetime import date
    from rasd.model import Actor, Article, Doc, Mention, Place
    from rasd.text.segment import split_sentences
    from rasd.text.tokenize import tokenize
    text = "قال الرئيس أحمد سالم إن انفجار سيارة مفخخة في الرمادي قتل خمسة أشخاص."
    doc = Doc(Article("t", text, "2015-07-21"), tuple(tokenize(text)), tuple(split_sentences(text)))
    j = text.index("الرمادي")
    i = text.index("أحمد سالم")
    places = [Mention("place", j, j + 7, "الرمادي", value=Place("Ramadi", None, "IQ", 33.42, 43.3, 1))]
    actors = [Mention("actor", i, i + 9, "أحمد سالم", value=Actor("أحمد سالم", None))]   # NER-only name
    evs = engine.extract(doc, published=date(2015, 7, 21), places=places, actors=actors, country="IQ").events
    assert evs[0].actor1.name == "Unidentified Armed Group (Iraq)"


def test_unnamed_air_strike_takes_the_articles_bombing_side(run):
    evs = run("شن طيران التحالف غارات على صنعاء. وفي تعز، قصفت الطائرات مواقع عسكرية.")
    by_place = {e.location.name: e for e in evs}
    assert by_place["Taiz"].actor1.name == "Saudi-led Coalition"
    assert by_place["Taiz"].actor1.name_ar is None   # not named in that sentence


def test_named_operation_is_not_a_capture(run):
    assert run("شارك الحلفاء في معركة استعادة الرمادي.") == []
    assert run("حققت القوات تقدما في عملية تحرير الرمادي.") == []
    assert len(run("استعادت القوات الرمادي بعد معركة عنيفة.")) >= 1


def test_foreign_capital_stands_for_its_government(run):
    evs = run("وقال المتحدث في مؤتمر صحافي في بغداد، إن قصفا استهدف صنعاء وتعز.", country="YE")
    assert sorted(e.location.name for e in evs) == ["Sanaa", "Taiz"]
    assert [e.location.name for e in run("انفجار سيارة مفخخة في بغداد.", country="IQ")] == ["Baghdad"]


def test_future_prefix_is_not_an_act(run):
    assert run("الفلوجة هي المدينة التي ستستعيدها القوات الحكومية أولا.") == []


def test_waiting_for_entry_is_not_an_act(run):
    assert run("ينتظر الأهالي دخول قوات الجيش إلى الرمادي.") == []


def test_headline_counts_only_when_the_body_is_silent(run):
    text = "مقتل 33 مسلحا بانفجار سيارة مفخخة في بغداد\nأفاد شهود بمقتل 33 مسلحا بانفجار سيارة مفخخة في الرمادي."
    assert [e.location.name for e in run(text)] == ["Ramadi"]
    text = "غارات للتحالف على صنعاء\nوقال المتحدث إن الوضع هادئ."
    assert [e.location.name for e in run(text)] == ["Sanaa"]


def test_since_a_span_of_time_is_a_duration(run):
    # «منذ أسبوع» measures how long the fighting has lasted: the report's day dates it
    evs = run("قتل 40 شخصا في اشتباكات يخوضها منذ أسبوع مسلحون في الرمادي، بحسب ما أفاد أمس مسؤول.",
              published="2015-07-23", dates=[("منذ أسبوع", "2015-07-16", 2), ("أمس", "2015-07-22", 1)])
    assert evs and evs[0].date == "2015-07-22"


def test_almanac_line_with_an_old_year_is_background(run):
    assert run("1940- الحرب العالمية الثانية: حكومة بغداد تصدر حكما بالاعدام على ضابط.",
               published="2015-08-02") == []


@pytest.mark.parametrize("text", [
    "قتل 17 شخصا في تحطم مروحية عسكرية في جنوب الرمادي بسبب عطل فني.",
    "لقي خمسة أشخاص مصرعهم في حادث سير على طريق صنعاء.",
    "توفي ثلاثة أطفال غرقا في تعز.",
])
def test_accident_deaths_are_not_violence(run, text):
    assert run(text, published="2015-08-02") == []


def test_accident_word_does_not_hide_an_attack(run):
    evs = run("قتل 5 أشخاص في غارة جوية على صنعاء أدت إلى اصطدام سيارتين.", published="2015-08-02")
    assert evs and evs[0].event_type == "Explosions/Remote violence"


def test_claim_names_the_author_of_the_act_told_earlier(run):
    evs = run("قتل ستة أشخاص في تفجير انتحاري استهدف مركزا للشرطة في الرمادي. "
              "وأعلن تنظيم داعش مسؤوليته عن الهجوم.", published="2015-08-07")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Suicide bomb" and evs[0].actor1.name == "Islamic State (IS)"


def test_sniper_fire_on_civilians_is_violence_against_civilians(run):
    evs = run("قتل خمسة مدنيين برصاص قناصة من الحوثيين في تعز.", published="2015-08-06")
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Violence against civilians", "Attack")]
    evs = run("اندلعت اشتباكات بين الحوثيين ومسلحين في تعز أسفرت عن مقتل خمسة مدنيين.", published="2015-08-06")
    assert [e.event_type for e in evs] == ["Battles"]


def test_split_phrase_with_its_subject_between(run):
    evs = run("أطلق مسلحون مجهولون النار على حاجز للشرطة في بغداد.", published="2015-07-30")
    assert [e.event_type for e in evs] == ["Battles"]
    assert run("أطلق الجيش العراقي حملة في بغداد لجمع التبرعات.", published="2015-07-30") == []


def test_suspended_operations_are_not_acts(run):
    assert run("علقت القوات العراقية العمليات العسكرية من قصف جوي ومدفعي على الرمادي.", published="2015-07-21") == []


def test_habits_and_long_stretches_are_not_one_event(run):
    assert run("تكاثرت الهجمات والمعارك في الأشهر الأخيرة في الرمادي.", published="2015-08-07") == []


def test_landmarks_are_not_event_places(run):
    evs = run("سيطر الحوثيين على الطريق الذي يربط بين صنعاء وتعز.", published="2015-08-07")
    assert evs == []      # the road between two towns is no ground named by them
    evs = run("قصف طيران التحالف مواقع في الرمادي على بعد 100 كلم من بغداد.", published="2015-08-07")
    assert [e.location.name for e in evs] == ["Ramadi"]


def test_armed_groups_fly_no_warplanes(run):
    evs = run("شن طيران التحالف غارات على مواقع داعش في الرمادي.", published="2015-08-06")
    assert evs and evs[0].actor1.name == "Saudi-led Coalition" and evs[0].actor2.name == "Islamic State (IS)"
    evs = run("قصفت غارات جوية مواقع في الرمادي يسيطر عليها تنظيم داعش.", published="2015-08-06")
    assert evs and (evs[0].actor1 is None or evs[0].actor1.name != "Islamic State (IS)")
    evs = run("أطلق الحوثيين طائرة مسيرة على صنعاء.", published="2019-08-06")
    assert evs and evs[0].actor1.name == "Houthis (Ansar Allah)"


def test_barrel_bombs_are_the_states(run):
    evs = run("ألقى الطيران المروحي براميل متفجرة على الرمادي.", published="2015-08-06")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Iraq"


def test_neighbourhood_retelling_refines_the_towns_event(run):
    text = ("تبنى تنظيم داعش مساء الاثنين تفجير سيارة مفخخة في صنعاء. "
            "وقال داعش إنه فجر سيارة مفخخة في حي الجراف.")
    evs = run(text, published="2015-07-21", dates=[("مساء الاثنين", "2015-07-20", 1)])
    assert [e.location.name for e in evs] == ["Al-Jiraf"]
    # without a named author two blasts in one city stay two events
    text = "انفجرت سيارة مفخخة في صنعاء. وانفجرت سيارة مفخخة في حي الجراف."
    assert len(run(text, published="2015-07-21")) == 2


def test_generic_subject_makes_its_predicate_refer_back(run):
    text = "اندلعت اشتباكات في الرمادي أمس. وأسفر الهجوم عن تدمير عربات في بغداد ولا تزال المعارك محتدمة."
    assert [e.location.name for e in run(text)] == ["Ramadi"]


def test_capital_as_subject_is_its_government(run):
    assert run("بدأت بغداد بشن غارات ضد مواقع التنظيم.", published="2015-07-30") == []
    evs = run("شن طيران التحالف غارات على صنعاء.", published="2015-07-30")
    assert [e.location.name for e in evs] == ["Sanaa"]
    evs = run("قصفت الطائرات صنعاء أمس.", published="2015-07-30")
    assert [e.location.name for e in evs] == ["Sanaa"]
    evs = run("شن طيران التحالف غارات في تعز وصنعاء.", published="2015-07-30")
    assert sorted(e.location.name for e in evs) == ["Sanaa", "Taiz"]


def test_act_named_as_the_start_of_a_period_is_background(run):
    assert run("ومنذ اسقاط الجيش العراقي نظام الحكم في الرمادي، تغيرت الأحوال.", published="2015-07-22") == []


@pytest.mark.parametrize("text", [
    "تمكنت فرق الدفاع المدني من السيطرة على حريق شب في سيارة في الرمادي.",
    "استقبل رئيس التحرير في الرمادي وفدا من السفارة.",
    "فاز المخترع بالجائزة بعد أن خطف الميدالية الذهبية في الرمادي.",
    "ناقش المؤتمر في الرمادي تفكيك الخطاب المتطرف.",
])
def test_other_senses_of_act_words_need_their_object(run, text):
    assert run(text, published="2015-08-02") == []


def test_capture_object_after_an_adverbial(run):
    evs = run("سيطرت فصائل المعارضة، أمس، على قرية في ريف الرمادي.", published="2015-08-02")
    assert evs and evs[0].sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")


@pytest.mark.parametrize("text", [
    "أصدرت المحكمة حكما بسجن متهم بتهمة إطلاق النار على دورية في الرمادي.",
    "وتتواصل عمليات البحث عن 200 مفقود يرجح أنهم لقوا حتفهم قبالة الرمادي.",
    "قتل ألف شخص في الرمادي منذ دخول داعش المدينة.",
    "انسحبت مدينة الرمادي من سباق استضافة الألعاب.",
])
def test_verdicts_guesses_tallies_and_bids_are_not_events(run, text):
    assert run(text, published="2015-08-02") == []


def test_arrest_in_a_charge_sentence_is_still_an_arrest(run):
    evs = run("اعتقل الجيش العراقي خمسة أشخاص بتهمة الانتماء إلى داعش في الرمادي.", published="2015-08-02")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


def test_split_defusal(run):
    evs = run("أبطل خبراء متفجرات مفعول عبوة ناسفة في بغداد.", published="2015-08-02")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_clause_naming_only_a_country_does_not_borrow_a_town(run):
    evs = run("اندلعت اشتباكات في الرمادي أمس. وشنت طائرات التحالف غارات على مواقع في اليمن.", published="2015-08-02")
    assert [e.location.name for e in evs] == ["Ramadi"]


def test_death_word_in_a_title_sums_up_the_body(run):
    text = "قوات الأسد تقتل 18 شخصا في حلب\nقتل 18 شخصا جراء سقوط صاروخ على حي الشيخ مقصود في حلب."
    evs = run(text)
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]



def test_control_noun_with_agent_before_its_object(run):
    evs = run("وأفاد المرصد أمس بسيطرة الجيش العراقي وداعش على الرمادي.", published="2015-07-22")
    assert ("Battles", "Government regains territory") in types(evs)


def test_whole_title_line_is_the_title(run):
    text = "الحوثيين يحشدون في تعز.. وسيطرة الجيش العراقي على الرمادي\n\nأعلن الجيش العراقي السيطرة على مدينة الرمادي."
    evs = run(text)
    assert [e.location.name for e in evs] == ["Ramadi"]


def test_relative_verb_names_the_author(run):
    evs = run("عثر الجيش العراقي على ألغام زرعها داعش في الرمادي وقتل مدنيان بانفجار أحدها.", published="2015-08-05")
    assert evs and evs[0].actor1.name == "Islamic State (IS)"


@pytest.mark.parametrize("text", [
    "قتل 3 مدنيين بقصف لقوات النظام على الرمادي. وقال مسؤول في مسلخ الرمادي إنه قام بذبح ثلاثة آلاف ذبيحة.",
    "تمكنت فرق الدفاع المدني من السيطرة على حريق شب في سيارة متوقفة بمواقف مطار بغداد.",
])
def test_objects_that_are_not_ground_or_people(run, text):
    evs = run(text, published="2015-08-02")
    assert all(e.sub_event_type not in ("Attack", "Government regains territory") for e in evs)


def test_generic_word_with_nothing_told_and_no_place_is_no_event(run):
    text = "اندلعت اشتباكات في الرمادي أمس.\n\nوتحدث الأطباء عن الإصابات الناتجة عن الانفجار عادة."
    assert [e.event_type for e in run(text)] == ["Battles"]


def test_far_namesake_before_its_container_gives_way_to_the_container(run):
    evs = run("قتل 13 مسلحا جراء قصف للطيران على حي النشوة في بغداد.", published="2015-07-22")
    assert [e.location.name for e in evs] == ["Baghdad"]


@pytest.mark.parametrize("where", ["بجنوب مدينة بغداد", "في شمال بغداد"])
def test_a_part_of_a_town_contains_the_act(run, where):
    # «بجنوب مدينة X» (in its south), unlike «جنوب X» (south of it), makes X the container
    evs = run(f"قتل 13 مسلحا جراء قصف للطيران على حي النشوة {where}.", published="2015-07-22")
    assert [e.location.name for e in evs] == ["Baghdad"]


def test_direction_without_in_is_a_reference_point(run):
    evs = run("قتل 13 مسلحا جراء قصف للطيران على حي النشوة جنوب بغداد.", published="2015-07-22")
    assert [e.location.name for e in evs] != ["Baghdad"]


@pytest.mark.parametrize("text", [
    "هاجم قرد أحد المنتزهات في الرمادي ليصيب شخصين.",
    "وقع الاشتباك بين اثنين من الممثلين في فيلم صور في الرمادي.",
    "نفذت وزارة الداخلية امس حكم القتل قصاصا في أحد الجناة في الرمادي.",
    "يعد تحرير الرمادي من أولويات القوات العراقية.",
    "كان يكابد مع وجود مخبأ على قمة جرف بحري في الرمادي.",
])
def test_animals_fiction_judicial_executions_plans_and_cliffs(run, text):
    assert run(text, published="2015-08-02") == []


def test_blame_names_the_author_and_speech_places_are_not_event_places(run):
    text = ("قتل 30 شخصا في تفجير انتحاري في الرمادي أمس. "
            "وأعلن رئيس الحكومة أن تنظيم داعش يقف وراء الاعتداء الانتحاري. "
            "وقال في مؤتمر صحافي عقده في بغداد إن التفجير ناجم عن اعتداء انتحاري قام به داعش.")
    evs = run(text, published="2015-07-21", dates=[("أمس", "2015-07-20", 1)])
    assert [(e.location.name, e.actor1.name) for e in evs] == [("Ramadi", "Islamic State (IS)")]


def test_bare_death_count_after_an_act_is_its_toll(run):
    text = ("قتل ستة أشخاص في تفجير انتحاري استهدف مركزا للشرطة في الرمادي. "
            "وأوضح أن ثلاثة مدنيين وثلاثة رجال شرطة قتلوا في الرمادي. "
            "في غضون ذلك، قتل خمسة مدنيين في الرمادي.")
    evs = run(text, published="2015-08-07")
    assert [e.sub_event_type for e in evs][0] == "Suicide bomb"
    assert len(evs) == 2      # the second story after «في غضون ذلك» stays its own


def test_act_named_by_its_place_refers_back(run):
    text = "قتل 30 شخصا في تفجير انتحاري في الرمادي. وأجبر هجوم الرمادي بغداد على تبديل موقفها."
    assert [e.location.name for e in run(text, published="2015-07-30")] == ["Ramadi"]


def test_province_event_is_no_summary_of_an_event_in_another_province(run):
    text = "شن طيران التحالف غارات على محافظة الجوف. وشن طيران التحالف غارات على صنعاء."
    names = sorted(e.location.name for e in run(text, published="2015-07-27"))
    assert "Sanaa" in names and len(names) == 2


def test_province_event_is_no_summary_of_a_far_event_with_no_province(run):
    text = "شن طيران التحالف غارات على محافظة الجوف. وشن طيران التحالف غارات على الروضة."
    names = sorted(e.location.name for e in run(text, published="2015-07-27"))
    assert names == ["Al Jawf", "Ar Rawdah"]


def test_foreign_capital_hit_by_an_act_is_its_place(run):
    evs = run("شن طيران التحالف غارة جوية على صنعاء.", published="2015-07-27", country="SA")
    assert [e.location.name for e in evs] == ["Sanaa"]


@pytest.mark.parametrize("text", [
    "قتل ثلاثة اشخاص في تحطم طائرة صغيرة فوق منطقة سكنية في الرمادي.",
    "أعيد افتتاح المركز التجاري في الرمادي بعد مرور عامين على هجوم أسفر عن مقتل 67 شخصا.",
    "اعتقل الجيش العراقي رجلا لصلته بحوادث سطو على خمسة بنوك في الرمادي.",
])
def test_crashes_anniversaries_and_crime(run, text):
    assert all(e.sub_event_type != "Armed clash" for e in run(text, published="2015-08-02"))


def test_list_of_places_continued_after_a_comma(run):
    text = "شن طيران التحالف غارات على مواقع في صنعاء، ومدينة تعز، ومعسكر في الرمادي."
    assert sorted(e.location.name for e in run(text, published="2015-08-09")) == ["Ramadi", "Sanaa", "Taiz"]


def test_sides_of_a_clash_after_between(run):
    evs = run("اندلعت اشتباكات امس بين مسلحي الحوثيين من جهة وداعش من جهة ثانية في تعز.", published="2015-08-06")
    assert evs and evs[0].actor1.name == "Houthis (Ansar Allah)" and evs[0].actor2.name == "Islamic State (IS)"


def test_clash_with_a_side_names_that_side(run):
    evs = run("قتل 30 من مسلحي الحوثيين في مواجهات مع داعش في تعز.", published="2015-08-06")
    assert evs and evs[0].actor1.name == "Islamic State (IS)" and evs[0].actor2.name == "Houthis (Ansar Allah)"


def test_war_of_an_old_year_and_demands_are_not_events(run):
    assert run("وشهدت القاعدة أهم المعارك خلال حرب 1994 الأهلية في الرمادي.", published="2015-08-02") == []
    assert run("وطالبوا بتوقيف الجاني في الرمادي.", published="2015-08-02") == []


@pytest.mark.parametrize("text", [
    "جرى اقتحام المبنى من قبل وحدات الإنقاذ وتم إخلاء سكان المبنى في الرمادي بعد نشوب حريق.",
    "جاءت أهم مبايعات الأراضي بقيمة 38 مليون درهم في منطقة الرمادي.",
])
def test_evacuations_and_pledges_need_an_armed_actor(run, text):
    assert run(text, published="2015-08-02") == []


def test_quoted_word_does_not_split_its_clause(run):
    evs = run("قتل مدنيان جراء انفجار «ألغام» أرضية زرعها داعش في الرمادي.", published="2015-08-09")
    assert evs and evs[0].actor1.name == "Islamic State (IS)"


def test_start_of_a_campaign_weeks_ago_is_background(run):
    text = "وبدأت القوات العراقية في الرابع من يوليو الماضي هجوما على مدينة الرمادي، ترافق مع قصف جوي عنيف."
    assert run(text, published="2015-07-22", dates=[("الرابع من يوليو الماضي", "2015-07-04", 1)]) == []
    evs = run("وبدأت القوات العراقية أمس هجوما على مدينة الرمادي.", published="2015-07-22",
              dates=[("أمس", "2015-07-21", 1)])
    assert evs and evs[0].date == "2015-07-21"


@pytest.mark.parametrize("text,sub", [
    # the indefinite accusative of a trigger noun («برميلا متفجرا», «اعتصاما») is the same word
    ("ألقى الطيران المروحي عشرين برميلًا متفجرًا على مدينة حلب.", "Air/drone strike"),
    ("نفذ مئات العمال اعتصاما أمام مقر الحكومة في بغداد.", "Peaceful protest"),
    ("زرع مسلحون لغما على طريق في الرمادي فقتل جنديين.", "Remote explosive/landmine/IED"),
])
def test_accusative_trigger_nouns(run, text, sub):
    assert sub in [e.sub_event_type for e in run(text, published="2015-08-10")]


def test_date_after_reason_dates_the_reason(run):
    # «احتجاجا على قتل ... ليلة السادس من أغسطس»: the date is the killing's, not the protest's
    evs = run("قال المرصد أمس إن ألف شخص نفذوا اعتصاما في بغداد احتجاجا على قتل ضابط ليلة السادس من أغسطس.",
              published="2015-08-10", dates=[("أمس", "2015-08-09", 1), ("ليلة السادس من أغسطس", "2015-08-06", 1)])
    protest = [e for e in evs if e.event_type == "Protests"]
    assert protest and str(protest[0].date) == "2015-08-09"
    assert protest[0].fatalities is None      # the officer killed is the reason, not a toll


@pytest.mark.parametrize("text", [
    # last year's or older acts are background («العام الماضي», «قبل عامين»)
    "وكان والده قتل في معارك مع مسلحين في بغداد العام الماضي.",
    "قتل خمسة أشخاص في قصف على تعز قبل عامين.",
    "وشهدت الرمادي اشتباكات عنيفة قبل ثلاث سنوات.",
    # urging fighters on («وحثهم على مواصلة معاركهم») is a call, not a battle
    "وأشاد القائد بالمقاتلين وحثهم على مواصلة معاركهم في تعز.",
    # a defeat said to be near («قرب دحر») has not happened
    "وأكد المتحدث قرب دحر المسلحين من صنعاء.",
])
def test_background_calls_and_imminence_are_not_events(run, text):
    assert run(text, published="2015-08-10") == []


def test_near_as_place_word_keeps_the_event(run):
    evs = run("قتل خمسة في انفجار قرب مسجد في بغداد.", published="2015-08-10")
    assert [e.fatalities for e in evs] == [5]


def test_a_country_before_a_direction_leaves_the_reference_as_the_place(run):
    # «وفي جنوب اليمن، سيطر ... على تعز»: the direction word follows a country, which is no
    # event place, so the place after it is not a reference point for it
    evs = run("وفي جنوب اليمن، قصفت طائرات التحالف مواقع جنوب غرب تعز.", published="2015-07-22")
    assert [e.location.name for e in evs] == ["Taiz"]


def test_air_cover_in_passing_is_no_strike(run):
    evs = run("وتقدمت القوات في تعز بمساندة غطاء جوي من طيران التحالف.", published="2015-07-22")
    assert "Air/drone strike" not in [e.sub_event_type for e in evs]


@pytest.mark.parametrize("text,sub", [
    # «تعرض ... ل»: the ل names what happened to the subject, not a purpose
    ("تعرضت مدينة تعز أمس لقصف عنيف.", "Shelling/artillery/missile attack"),
    ("وتعرضت دورية للشرطة في بغداد لانفجار عبوة ناسفة.", "Remote explosive/landmine/IED"),
    ("تعرضت مواقع الحوثيين في صنعاء لغارات جوية.", "Air/drone strike"),
])
def test_subjected_to_an_act(run, text, sub):
    assert sub in [e.sub_event_type for e in run(text, published="2015-08-01")]


def test_purpose_lam_still_blocks(run):
    assert run("وصلت تعزيزات عسكرية إلى الرمادي لتحرير المدينة.", published="2015-08-01") == []


def test_toll_goes_to_the_act_the_death_words_lead_to(run):
    evs = run("قتل 28 مسلحا إثر اشتباكات بين الطرفين وتفجيرين انتحاريين في الرمادي.", published="2015-08-10")
    tolls = {e.sub_event_type: e.fatalities for e in evs}
    assert tolls.get("Armed clash") == 28
    evs = run("اشتباكات في صنعاء و10 قتلى للحوثيين في قصف للتحالف على صنعاء.", published="2015-08-10")
    tolls = {e.sub_event_type: e.fatalities for e in evs}
    assert 10 in tolls.values() and tolls.get("Armed clash") != 10


@pytest.mark.parametrize("text", [
    # chronology lines («سجل الإرهاب»): a year at the head of the line, even this year's
    "- عام 1986 إحباط محاولة تفجير عبوة ناسفة في بغداد.",
    "- عام 2015 استشهاد رجلي أمن في بغداد بعد استهدافهما بإطلاق النار.",
    # the Second World War is history
    "ودشن قصف بغداد في الأيام الأخيرة من الحرب العالمية الثانية عصرا جديدا.",
    # «عذب» is also an adjective (sweet): «هيام عذب»
    "هيام عذب ومشاعر صادقة في بغداد.",
])
def test_history_lines_and_adjectives_are_not_events(run, text):
    assert run(text, published="2015-08-06") == []


def test_a_dated_event_of_this_year_in_running_text_is_kept(run):
    evs = run("قتل خمسة أشخاص في تفجير في بغداد أمس.", published="2015-08-06")
    assert len(evs) == 1


def test_an_execution_by_gunfire_is_one_attack(run):
    # «رميا بالرصاص» is how the two were killed, not a fight of its own
    evs = run("أعدم مسلحون أمس سبعة أشخاص رميا بالرصاص في بغداد.", published="2015-07-22")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_states_army_is_the_target_of_a_bombing_not_the_bomber(run):
    # the army reports a roadside bomb that killed its soldiers: it did not plant it
    evs = run("وقال الجيش العراقي إن جنديين قتلا حينما انفجرت عبوة ناسفة في الرمادي أمس.", country="IQ")
    assert [(e.sub_event_type, e.actor1.name, e.actor2 and e.actor2.name) for e in evs] == [
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq")]
    # a named group stays the bomber
    evs = run("وقال الجيش العراقي إن داعش فجر عبوة ناسفة استهدفت دورية في الرمادي أمس.")
    assert [e.actor1.name for e in evs] == ["Islamic State (IS)"]
