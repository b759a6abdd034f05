"""Recall constructions found by a recall audit of fresh corpus articles (blind-like data): required events the coder
missed although the sentence names them plainly."""
from __future__ import annotations

from conftest import factual, full, party


def test_army_attack_on_rebels_of_the_same_state_stands(pipe):
    # one country on both sides (civil war): the launch verb marks the author; not vetoed
    doc = full(pipe, "نفذت قوات الجيش الوطني هجوما على مواقع ميليشيات الحوثي في محافظة صعدة.")
    ev = factual(doc, "ASSAULT")
    assert ev, doc["events"]
    assert "Houthis" in party(doc, ev[0]["recipients"])


def test_regime_attack_on_opposition_factions_stands(pipe):
    doc = full(pipe, "وشن الجيش الأفغاني هجوما على مواقع حركة طالبان في ولاية هلمند الأحد.")
    ev = factual(doc, "ASSAULT")
    assert ev and "Taliban" in party(doc, ev[0]["recipients"]), doc["events"]


def test_verbal_attack_by_a_leader_is_no_assault(pipe):
    doc = full(pipe, "شن الرئيس الأمريكي دونالد ترامب هجوما على حلفائه عبر حسابه الرسمي في تويتر.")
    assert not factual(doc, "ASSAULT")


def test_deadline_of_a_threat_does_not_make_it_hypothetical(pipe):
    doc = full(pipe, "وهدد الرئيس الأميركي دونالد ترامب بالانسحاب من الاتفاق الدولي ما لم يتم إعادة التفاوض عليه "
                     "بحلول 12 مايو.", published="2018-04-30T18:57")
    ev = factual(doc, "THREATEN")
    assert ev and "Trump" in party(doc, ev[0]["actors"]), doc["events"]
    assert ev[0]["date"] != "2018-05-12"


def test_ultimatum_until_a_day_is_a_demand_made_now(pipe):
    doc = full(pipe, "وأمهل ترامب بريطانيا وفرنسا وألمانيا حتى 12 مايو لإصلاح ما يرى أنها عيوب مروعة في الاتفاق.",
               published="2018-05-05T10:00")
    ev = factual(doc, "REQUEST")
    assert ev and "France" in party(doc, ev[0]["recipients"]), doc["events"]


def test_demand_dated_by_its_own_day_keeps_it(pipe):
    doc = full(pipe, "وطالب الرئيس الأميركي دونالد ترامب الاثنين إيران بالانسحاب من سوريا بحلول 12 مايو.",
               published="2018-04-30T10:00")
    ev = factual(doc, "REQUEST")
    assert ev and ev[0]["date"] == "2018-04-30", doc["events"]


def test_fronted_meeting_takes_the_main_clause_subject_as_its_side(pipe):
    doc = full(pipe, "وبعد الاجتماع مع الرئيس الروسي فلاديمير بوتين، أعرب ترامب عن رأي مغاير لما قالته وكالات "
                     "الاستخبارات الأمريكية.", published="2018-07-16T17:06")
    ev = factual(doc, "CONSULT")
    assert ev, doc["events"]
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "Putin" in sides and "Trump" in sides


def test_fronted_meeting_with_the_king(pipe):
    doc = full(pipe, "وخلال لقائه بالملك سلمان، أكد الرئيس المصري عبد الفتاح السيسي دعم بلاده للمملكة.")
    ev = factual(doc, "CONSULT")
    assert ev and "Sisi" in party(doc, ev[0]["actors"] + ev[0]["recipients"]), doc["events"]


def test_strike_that_killed_names_its_author(pipe):
    doc = full(pipe, "وأسفرت غارات النظام السوري المكثفة عن مقتل ما لا يقل عن 13 من عناصر تنظيم داعش.")
    ev = factual(doc, "ASSAULT")
    assert ev and "Islamic State" in party(doc, ev[0]["recipients"]), doc["events"]


def test_air_raid_of_a_state_air_force_caused_the_death(pipe):
    doc = full(pipe, "وقال السفير إن غارة للقوات الجوية الملكية السعودية أدت لمقتل صالح علي الصماد رئيس المجلس "
                     "السياسي للحوثيين في اليمن.", published="2018-04-25T10:00")
    ev = factual(doc, "ASSAULT")
    assert ev and "SAU" in party(doc, ev[0]["actors"]), doc["events"]



def test_unarmed_is_no_gunman(pipe):
    doc = full(pipe, "وثق تسجيل مصور مقتل شاب فلسطيني غير مسلح برصاص قناصة إسرائيليين على حدود قطاع غزة.",
               published="2018-04-01T10:12")
    assert not any("مسلح" in party(doc, e["actors"] + e["recipients"]) for e in doc["events"]), doc["events"]


def test_order_to_leave_the_country_is_an_expulsion(pipe):
    doc = full(pipe, "وأمرت السلطات الإثيوبية السفير الفرنسي بمغادرة البلاد خلال 72 ساعة.")
    ev = factual(doc, "SANCTION")
    assert ev and "ETH" in party(doc, ev[0]["actors"]), doc["events"]


def test_permission_to_leave_is_no_expulsion(pipe):
    doc = full(pipe, "وسمحت السلطات الإيرانية للصحفي الأمريكي بمغادرة البلاد بعد الإفراج عنه.")
    assert not any(e["trigger"]["text"].endswith("سمحت") for e in factual(doc, "SANCTION"))
