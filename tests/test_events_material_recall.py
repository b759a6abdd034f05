"""Recall of material events (ASSAULT first): attacks told by a plain verb with a state or an armed body as its subject,
strikes aimed at a target (وجه ضربات ضد), and counted victims before an attack whose author a relative clause names.
Real news phrasing (Arabic corpus style)."""
from __future__ import annotations

from conftest import factual, full
from evhelpers import name_sets

from marsad.events import stage as S


def _has(doc, actor, recipient):
    return any(actor in name_sets(doc, e)[0] and recipient in name_sets(doc, e)[1] for e in factual(doc, "ASSAULT"))


def test_attack_verb_forms():
    for w in ("قصفت", "تقصف", "يقتلون", "استهدفت", "وهاجمت", "دمرت", "يقتحم", "اقتحموا", "فقصفت"):
        assert S._attack_verb(w), w
    for w in ("قتلى", "استهداف", "هجوم", "اعتقلت", "قصفها"):
        assert not S._attack_verb(w), w


def test_headline_state_shells_a_site_stands_against_the_classifier(pipe):
    # an imperfect headline verb with a state as subject and another state's site as object
    doc = full(pipe, "إسرائيل تقصف موقعا عسكريا سوريا في القنيطرة\n\nقال الجيش الإسرائيلي إن طائراته أغارت على "
                     "الموقع ردا على إطلاق قذائف.", published="2018-07-06T10:00")
    assert _has(doc, "ISR", "SYR")


def test_coalition_jets_destroy_houthi_reinforcements(pipe):
    doc = full(pipe, "دمرت مقاتلات التحالف العربي، الخميس، تعزيزات عسكرية لميليشيات الحوثي في منطقة مناخة غرب "
                     "صنعاء، كانت في طريقها إلى جبهة الساحل الغربي.", published="2018-05-31T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    assert any("الحوثي" in " ".join(name_sets(doc, e)[1]) and "التحالف" in " ".join(name_sets(doc, e)[0]) for e in evs)


def test_passive_perfect_after_its_subject_is_no_plain_attack():
    # "خمسة إثيوبيين خطفوا على أيدي مسلحين": a perfect of harming people after its subject may be a passive, so that
    # subject is never read as the attacker told by the verb (only the imperfect or a verb before its subject is)
    assert "خطفوا".startswith(S._HARM_PEOPLE)
    assert not "قصفت".startswith(S._HARM_PEOPLE)


def test_strikes_aimed_at_a_target_name_their_authors(pipe):
    doc = full(pipe, "ووجهت الولايات المتحدة وبريطانيا وفرنسا ضربات جوية فجر السبت ضد أهداف تابعة للحكومة "
                     "السورية.", published="2018-04-16T09:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    acts, recs = name_sets(doc, evs[0])
    assert {"USA", "GBR", "FRA"} <= acts
    assert "SYR" in recs


def test_counted_victims_before_strikes_named_by_a_relative_clause(pipe):
    doc = full(pipe, "قتل 26 من ميليشيات الحوثي في غارات شنتها مقاتلات التحالف العربي على تجمعاتهم في مديرية "
                     "الراهدة شمالي محافظة لحج.", published="2018-10-06T08:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    assert any("الحوثي" in " ".join(name_sets(doc, e)[1]) and "التحالف" in " ".join(name_sets(doc, e)[0]) for e in evs)
    for e in evs:
        assert "الحوثي" not in " ".join(name_sets(doc, e)[0])


def test_killed_in_clashes_with_the_army_keeps_the_army_as_attacker(pipe):
    # a count before من names the victims; the clash partner after مع did the killing
    doc = full(pipe, "قتل نحو 17 من ميليشيات الحوثي الانقلابية، الأربعاء، في مواجهات عنيفة مع الجيش اليمني في "
                     "محافظة صعدة.", published="2018-02-28T12:00")
    for e in factual(doc, "ASSAULT"):
        assert "الجيش اليمني" not in " ".join(name_sets(doc, e)[1])


def test_forces_with_a_pronoun_belong_to_the_army_that_speaks(pipe):
    doc = full(pipe, "قال الجيش الإسرائيلي، في بيان، إن جنوده قتلوا فلسطينيا بالرصاص عندما حاول عبور السياج "
                     "الحدودي مع قطاع غزة.", published="2018-06-04T12:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    assert any("ISR" in name_sets(doc, e)[0] and "PSE" in name_sets(doc, e)[1] for e in evs)


def test_forces_nouns_that_take_an_owner_pronoun():
    from marsad.events.stage import _FORCES_OWNED

    assert "قوات" in _FORCES_OWNED and "جنود" in _FORCES_OWNED and "طايرات" in _FORCES_OWNED


def test_attacks_in_opposite_directions_are_two_events(pipe):
    doc = full(pipe, "الجيش الإسرائيلي يقتل فلسطينيا قرب السياج الحدودي لقطاع غزة\n\nقتل جنود إسرائيليون فلسطينيا "
                     "بالرصاص الاثنين قرب السياج.\nوأطلقت حركة حماس عشرات الصواريخ على إسرائيل الأسبوع الماضي.",
               published="2018-06-04T12:00")
    evs = factual(doc, "ASSAULT")
    assert any("ISR" in name_sets(doc, e)[0] and "PSE" in name_sets(doc, e)[1] for e in evs)
    assert any("ISR" in name_sets(doc, e)[1] and "ISR" not in name_sets(doc, e)[0] for e in evs)


def test_air_defences_that_repel_an_attack_were_its_target(pipe):
    doc = full(pipe, "أفادت وكالة الأنباء السورية الخميس أن الدفاعات الجوية السورية تصدت الأربعاء لهجوم صاروخي "
                     "إسرائيلي على مواقع للجيش في جنوب غرب سوريا.", published="2018-07-12T08:00")
    for e in factual(doc, "ASSAULT"):
        acts, recs = name_sets(doc, e)
        assert "SYR" not in acts
        assert "ISR" not in recs


def test_rockets_fired_on_the_north_of_a_state_hit_that_state(pipe):
    doc = full(pipe, "وأطلق حزب الله عشرات الصواريخ على شمال إسرائيل ردا على الغارات الإسرائيلية.",
               published="2024-09-23T12:00")
    assert any("ISR" in name_sets(doc, e)[1] and "حزب الله" in " ".join(name_sets(doc, e)[0])
               for e in factual(doc, "ASSAULT"))


def test_the_arms_an_army_strikes_with_are_no_target(pipe):
    doc = full(pipe, "قصف الجيش السوداني بالطيران الحربي والمدفعية الثقيلة مواقع لقوات الدعم السريع في الأحياء "
                     "الشرقية لمدينة الفاشر، الاثنين.", published="2024-05-14T08:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    for e in evs:
        assert "الطيران الحربي" not in name_sets(doc, e)[1]
    assert any("الدعم السريع" in " ".join(name_sets(doc, e)[1]) for e in evs)


def test_claimed_attack_gives_the_authorless_killing_its_author(pipe):
    doc = full(pipe, "مقتل ثلاثة جنود أمريكيين بهجوم بمسيرة في الأردن\n\nأعلن الرئيس الأمريكي جو بايدن مقتل ثلاثة "
                     "جنود أمريكيين وإصابة العشرات في هجوم بطائرة مسيرة استهدف قاعدة في شمال شرق الأردن.\n"
                     "وتبنت \"المقاومة الإسلامية في العراق\" الهجوم في بيان.", published="2024-01-29T09:00")
    evs = factual(doc, "ASSAULT")
    assert evs
    assert any("المقاومة الإسلامية في العراق" in " ".join(name_sets(doc, e)[0]) and "USA" in name_sets(doc, e)[1]
               for e in evs)
    for e in evs:
        assert "USA" not in name_sets(doc, e)[0]  # the soldiers killed did not strike the base


def test_seized_ship_crew_held(pipe):
    doc = full(pipe, "واحتجز الحوثيون طاقم السفينة المؤلف من 25 بحارا من جنسيات مختلفة، بحسب ما أفادت الشركة "
                     "المشغلة.", published="2023-11-20T10:00")
    evs = factual(doc, "COERCE")
    assert any("طاقم السفينة" in name_sets(doc, e)[1] for e in evs)


def test_attack_attributed_by_an_accusation_gets_its_author(pipe):
    doc = full(pipe, "اليمن: مقتل مدنيين في قصف صاروخي على مدينة مأرب\n\nقتل خمسة مدنيين وأصيب 18 آخرون بعد سقوط "
                     "صاروخ في مدينة مأرب. وذكر مصدر طبي أن القصف الصاروخي استهدف سوقا شعبية مكتظة. واتهمت وكالة "
                     "الأنباء الرسمية \"سبأ\" الحوثيين الذين يسيطرون على مناطق قريبة من مأرب بالوقوف وراء هذا الهجوم.",
               published="2018-05-22T07:30")
    evs = factual(doc, "ASSAULT")
    assert any("الحوثيين" in " ".join(name_sets(doc, e)[0]) for e in evs)
    for e in evs:
        assert "اليمن" not in name_sets(doc, e)[0]  # the headline's label is no attacker


def test_killed_and_wounded_are_both_victims(pipe):
    doc = full(pipe, "ونقلت الوكالة عن مصدر طبي أن القصف الذي أدى الى مقتل اليمنيين الخمسة وإصابة السكان الآخرين "
                     "أصاب سوقا شعبيا.", published="2018-05-22T07:30")
    for e in factual(doc, "ASSAULT"):
        assert "اليمنيين" not in " ".join(name_sets(doc, e)[0])


def test_casualties_in_clashes_told_either_way_stay_one_fight():
    from marsad.events.stage import _near_clash

    s = "وقالت المصادر إن الميليشيات تكبدت عشرات القتلى والجرحى في المواجهات مع قوات الجيش."
    k = s.index("القتلى")
    assert _near_clash({"sentence": s, "start": 0, "trigger": {"start": k, "end": k + 6}})
    s2 = "وأطلق عناصر من حماس عشرات الصواريخ على إسرائيل الأسبوع الماضي."
    k2 = s2.index("الصواريخ")
    assert not _near_clash({"sentence": s2, "start": 0, "trigger": {"start": k2, "end": k2 + 8}})


def test_politician_verbal_attack_words_are_unchanged():
    # the verbs of a verbal attack (هاجم ترامب روسيا) are not all the verbs of physical attack
    assert "قتل" not in S._ATTACK_VERBS and "هاجم" in S._ATTACK_VERBS
    assert S._attack_verb("قتل") and S._attack_verb("هاجمت")


def test_missile_launched_toward_a_city_falls_on_it(pipe):
    doc = full(pipe, "اعترضت قوات الدفاع الجوي السعودية الاثنين، صاروخا باليستيا أطلق من قبل الميليشيات الحوثية، من "
                     "داخل الأراضي اليمنية باتجاه مدينة جازان السعودية.", published="2018-09-03T22:00")
    evs = factual(doc, "ASSAULT")
    assert any("الحوثي" in " ".join(name_sets(doc, e)[0]) and "SAU" in name_sets(doc, e)[1] for e in evs)


def test_asking_an_ambassador_to_leave_is_an_expulsion(pipe):
    doc = full(pipe, "أعلنت المملكة العربية السعودية اليوم الاثنين طلبها من السفير الكندي لديها مغادرة البلاد.",
               published="2018-08-06T05:00")
    evs = factual(doc, "SANCTION")
    assert any("SAU" in name_sets(doc, e)[0] and "CAN" in name_sets(doc, e)[1] for e in evs)
    assert not factual(doc, "REQUEST")


def test_announced_expulsion_counts_as_decided(pipe):
    doc = full(pipe, "كما أعلنت كل من ألمانيا وفرنسا وأوكرانيا أنها ستطرد دبلوماسيين روسا، وقد حذت عدة دول أوروبية "
                     "أخرى حذوها.", published="2018-03-26T13:00")
    evs = factual(doc, "SANCTION")
    assert any({"DEU", "FRA", "UKR"} <= name_sets(doc, e)[0] for e in evs)


def test_an_army_announcing_an_enemy_death_killed_him(pipe):
    doc = full(pipe, "أعلن الجيش الإسرائيلي، الاثنين، مقتل فلسطيني بزعم محاولة طعن جندي في الضفة الغربية المحتلة.",
               published="2018-10-15T10:00")
    assert any("ISR" in name_sets(doc, e)[0] and "PSE" in name_sets(doc, e)[1] for e in factual(doc, "ASSAULT"))


def test_an_army_announcing_its_own_soldier_dead_is_no_author(pipe):
    doc = full(pipe, "أعلن الجيش الأمريكي مقتل جندي أمريكي في أفغانستان.", published="2018-10-15T10:00")
    for e in factual(doc, "ASSAULT"):
        assert "USA" not in name_sets(doc, e)[0]


def test_harm_tellings_in_opposite_directions_still_merge():
    from marsad.events.stage import _told_by_harm

    assert _told_by_harm({"trigger": {"text": "قتلوا"}})
    assert _told_by_harm({"trigger": {"text": "مصرعه"}})
    assert not _told_by_harm({"trigger": {"text": "يقتل"}, "_verb_act": True})
    assert not _told_by_harm({"trigger": {"text": "الصواريخ"}})
