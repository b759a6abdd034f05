"""ASSAULT and PROTEST parties in news sentences: the victims of an agentless or passive killing are the recipients,
the owner of the weapon or of the attack (بالرصاص الإسرائيلي، في قصف إسرائيلي، في اشتباكات مع قوات الأمن) is the
actor, never the other way round."""
from __future__ import annotations

from conftest import factual, full, party


def _one(doc, typ="ASSAULT"):
    ev = factual(doc, typ)
    assert ev, doc["events"]
    return ev


def test_definite_bullets_with_owner_adjective_name_the_attacker(pipe):
    doc = full(pipe, "مقتل فلسطيني وإصابات العشرات بالرصاص الإسرائيلي في غزة")
    ev = _one(doc)
    assert any("ISR" in party(doc, e["actors"]) and "PSE" in party(doc, e["recipients"]) for e in ev), ev
    assert not any("PSE" in party(doc, e["actors"]) for e in ev), ev


def test_killed_under_fire_in_a_relative_clause(pipe):
    doc = full(pipe, "وأعلن الرئيس الفلسطيني الحداد على عشرات الفلسطينيين الذين قتلوا بالرصاص الإسرائيلي "
                     "خلال احتجاجات الجمعة على حدود قطاع غزة.")
    ev = _one(doc)
    assert any("ISR" in party(doc, e["actors"]) and "PSE" in party(doc, e["recipients"]) for e in ev), ev


def test_passive_victim_and_the_nationality_of_the_strike(pipe):
    doc = full(pipe, "قتل فلسطيني وأصيب 6 آخرون في قصف إسرائيلي استهدف مواقع عدة في قطاع غزة")
    ev = _one(doc)
    assert any("ISR" in party(doc, e["actors"]) and "فلسطيني" in party(doc, e["recipients"]) for e in ev), ev


def test_killed_protester_is_the_recipient(pipe):
    doc = full(pipe, "قتل محتج وأصيب ستة آخرون بجروح في اشتباكات مع قوات الأمن في البصرة بجنوب العراق مساء الاثنين")
    ev = _one(doc)
    assert any("محتج" in party(doc, e["recipients"]) for e in ev), ev
    assert any("قوات الأمن" in party(doc, e["actors"]) for e in ev), ev
    assert not any("محتج" in party(doc, e["actors"]) for e in ev), ev


def test_protester_shot_by_police(pipe):
    doc = full(pipe, "وقتل محتج واحد على الأقل برصاص الشرطة خلال تظاهرة في العاصمة.")
    ev = _one(doc)
    assert any("الشرطة" in party(doc, e["actors"]) and "محتج" in party(doc, e["recipients"]) for e in ev), ev


def test_bare_count_protesting_is_a_crowd_of_the_place(pipe):
    doc = full(pipe, "تظاهر الآلاف في مدينة نانت غرب فرنسا يوم السبت لدعم ناشطين بيئيين")
    ev = _one(doc, "PROTEST")
    assert any("protesters" in party(doc, e["actors"]) and "FRA" in party(doc, e["actors"]) for e in ev), ev


def test_protest_noun_after_an_occurrence_verb_has_a_crowd(pipe):
    doc = full(pipe, "خرجت تظاهرات حاشدة في فرنسا، الخميس، احتجاجا على مشروع إصلاحي للسكك الحديدية")
    ev = _one(doc, "PROTEST")
    assert any("protesters" in party(doc, e["actors"]) for e in ev), ev
    assert not any("France" in party(doc, e["actors"]) for e in ev), ev


def test_gathering_without_a_protest_aim_gets_no_crowd(pipe):
    doc = full(pipe, "واحتشد نحو 200 ألف شخص قرب السياج الحدودي هربا من القصف.")
    assert not any("protesters" in party(doc, e["actors"]) for e in doc["events"]), doc["events"]


def test_organised_protest_keeps_its_organiser_out_of_the_crowd(pipe):
    # a transitive verb of organising: its (dropped) subject organised, no crowd is implied
    doc = full(pipe, "ولم تكن هذه المرة الأولى التي تحتج فيها الفرقة، فقد نظمت احتجاجا ضد الرئيس الروسي فلاديمير بوتين.")
    assert not any("protesters" in party(doc, e["actors"]) for e in doc["events"]), doc["events"]


def test_crowd_at_the_seat_of_its_own_authority(pipe):
    # a crowd protests at home: the authority whose building it gathers at is the target, not a same-state misreading
    doc = full(pipe, "وتجمع المتظاهرون العراقيون أمام مبنى مجلس محافظة ذي قار للمطالبة بتحسين الخدمات")
    ev = _one(doc, "PROTEST")
    assert any("IRQ" in party(doc, e["actors"]) and "ذي قار" in party(doc, e["recipients"]) for e in ev), ev


def test_strike_that_aims_names_author_and_target_owner(pipe):
    for text, actor, target in (
            ("وعلى جبهة أخرى، استهدفت غارات تركية مواقع لقوات النظام السوري في عفرين", "TUR", "SYR"),
            ("غارات أميركية تستهدف مواقع عسكرية تابعة للنظام السوري", "USA", "SYR"),
            ("وقالت مصادر إن الضربة الإسرائيلية استهدفت مستودعات لحزب الله قرب مطار دمشق.", "ISR", "حزب الله"),
            ("واستهدف القصف الإسرائيلي نقطة مراقبة تابعة لسرايا القدس شرقي رفح", "ISR", "سرايا القدس")):
        doc = full(pipe, text)
        ev = _one(doc)
        assert any(actor in party(doc, e["actors"]) and target in party(doc, e["recipients"]) for e in ev), (text, ev)
        assert not any(actor in party(doc, e["recipients"]) for e in ev), (text, ev)


def test_strike_verb_without_a_party_target_is_left_alone(pipe):
    # a place hit, no party's site: the aiming verb does not invent a target
    doc = full(pipe, "واستهدفت غارات جوية مدينة دوما في الغوطة الشرقية.")
    for e in factual(doc, "ASSAULT"):
        assert "دوما" not in party(doc, e["actors"]), e


def test_place_that_sees_protests_is_no_protester(pipe):
    doc = full(pipe, "وشهدت البصرة مظاهرات واسعة لأسابيع احتجاجا على ارتفاع نسب البطالة والفساد في المدينة الغنية بالنفط.")
    for e in factual(doc, "PROTEST"):
        assert "Basra" not in party(doc, e["actors"]), e
        assert "protesters" in party(doc, e["actors"]) and "IRQ" in party(doc, e["actors"]), e


def test_head_of_government_near_a_protest_is_its_target_not_its_author(pipe):
    doc = full(pipe, "يستقبل الاثنين العاهل الأردني الملك عبد الله الثاني رئيس الوزراء هاني الملقي على خلفية احتجاجات "
                     "واسعة تجتاح البلاد تندد بالسياسات الضريبية للحكومة.")
    for e in factual(doc, "PROTEST"):
        assert not party(doc, e["actors"]).count("الملقي") and "Mulki" not in party(doc, e["actors"]), e


def test_opposition_leader_may_lead_a_protest(pipe):
    # an opposition leader is no state office: he stays the protest's author
    doc = full(pipe, "وقاد زعيم المعارضة الأرمينية نيكول باشينيان تظاهرة حاشدة في يريفان ضد رئيس الوزراء.")
    for e in factual(doc, "PROTEST"):
        assert "Pashinyan" not in party(doc, e["recipients"]), e


def test_agent_marked_by_min_janib(pipe):
    doc = full(pipe, "وقالت وزارة الصحة الفلسطينية إن ما يصل إلى 60 فلسطينيا قتلوا الاثنين في إطلاق نار من جانب "
                     "القوات الإسرائيلية.")
    ev = _one(doc)
    assert any("ISR" in party(doc, e["actors"]) and "PSE" in party(doc, e["recipients"]) for e in ev), ev
    assert not any("PSE" in party(doc, e["actors"]) for e in ev), ev


def test_military_escalation_against_a_target(pipe):
    doc = full(pipe, "وشهدت الساعات الماضية تصعيدا عسكريا من جانب الجيش الإسرائيلي ضد قطاع غزة أسفر عن مقتل فلسطينيين.")
    ev = _one(doc)
    assert any("ISR" in party(doc, e["actors"]) and "قطاع غزة" in party(doc, e["recipients"]) for e in ev), ev


def test_feared_escalation_is_no_attack(pipe):
    doc = full(pipe, "وتزيد الضربات الجوية من احتمالات تصعيد عسكري في سوريا بين الإيرانيين والإسرائيليين.")
    assert not [e for e in factual(doc, "ASSAULT") if "تصعيد" in e["trigger"]["text"]], doc["events"]


def test_people_counted_in_a_toll_are_victims(pipe):
    for text in ("وأسفر الانفجار الأول الذي نفذه انتحاري على دراجة نارية عن مقتل أربعة أشخاص على الأقل.",
                 "ووثق المركز إصابة 9 مدنيين جراء قذائف ميليشيا الحوثي الانقلابية."):
        doc = full(pipe, text)
        for e in doc["events"]:
            if e["type"] == "ASSAULT":
                names = party(doc, e["actors"])
                assert "أشخاص" not in names and "مدنيين" not in names, (text, e)


def test_protesters_who_attack_stay_attackers(pipe):
    doc = full(pipe, "وقالت الشرطة إن محتجين ملثمين هاجموا رجال الأمن بالحجارة في وسط المدينة.")
    for e in factual(doc, "ASSAULT"):
        assert "محتجين" not in party(doc, e["recipients"]), e


def test_owner_of_the_weapon_after_a_cause_preposition(pipe):
    for text, actor in (("ووثق المركز إصابة 9 مدنيين جراء قذائف ميليشيا الحوثي الانقلابية", "الحوثي"),
                        ("أفادت تقارير بأن 250 شخصا قتلوا خلال يومين فقط جراء قصف القوات الحكومية السورية", "SYR"),
                        ("أعلن مصدر أمني الأحد مقتل 18 شخصا مساء الخميس بأيدي مسلحين من جماعة بوكو حرام", "Boko Haram")):
        # (gunmen of a named group are the group: s18assault)
        doc = full(pipe, text)
        ev = _one(doc)
        assert any(actor in party(doc, e["actors"]) for e in ev), (text, ev)
