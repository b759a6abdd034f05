"""ASSAULT recall, twelfth session: constructions found missing in political leads (undergoing an attack told with
إلى or a participle of subjection, an exchange of fire, strikes that reach their target, a negated verb whose subject
is an attack, a count of a party's members killed during an attack, the harm an attack caused told in a clause of
result)."""
from __future__ import annotations

from conftest import factual, full, party


def _one(doc, actor, recipient):
    return [e for e in factual(doc, "ASSAULT") if actor in party(doc, e["actors"]) and recipient in party(doc, e["recipients"])]


def test_undergoing_an_attack_with_ila(pipe):
    doc = full(pipe, "وتتعرض الغوطة الشرقية إلى قصف مكثف من القوات الحكومية في الأيام الأخيرة.")
    ev = factual(doc, "ASSAULT")
    assert ev and "الغوطة" in party(doc, ev[0]["recipients"]) and "القوات" in party(doc, ev[0]["actors"])


def test_town_subjected_to_shelling_by_a_nationality(pipe):
    doc = full(pipe, "خرج آلاف المدنيين من بلدة عفرين الخاضعة لقصف تركي كثيف.")
    assert _one(doc, "TUR", "عفرين")


def test_exchange_of_artillery_fire_between_two_armies(pipe):
    doc = full(pipe, "تبادلت القوات الهندية والباكستانية السبت إطلاق نيران المدفعية في منطقة كشمير المتنازع عليها.")
    ev = factual(doc, "ASSAULT")
    assert ev and {"IND", "PAK"} <= set(party(doc, ev[0]["actors"] + ev[0]["recipients"]).split())


def test_strikes_that_reached_targets_in_a_state(pipe):
    doc = full(pipe, "وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات طالت أهدافا متعددة في سوريا في عملية عسكرية في وقت "
                     "مبكر من صباح السبت.")
    ev = _one(doc, "USA", "SYR")
    assert ev and {"GBR", "FRA"} <= set(party(doc, ev[0]["actors"]).split())


def test_negated_verb_whose_subject_is_the_strikes(pipe):
    doc = full(pipe, "لم تلق الضربات الجوية التي شنتها الولايات المتحدة وفرنسا وبريطانيا السبت على سوريا، إجماعا من قبل "
                     "الدول العربية.")
    assert _one(doc, "USA", "SYR")


def test_an_attack_that_did_not_occur_stays_negated(pipe):
    doc = full(pipe, "لم تشن إسرائيل غارات على غزة.")
    assert not factual(doc, "ASSAULT")


def test_counted_members_killed_during_air_strikes(pipe):
    doc = full(pipe, "وأعلنت مصادر يمنية أن 16 عنصرا من ميليشيات الحوثي الموالية لإيران قتلوا أثناء غارات جوية لمقاتلات "
                     "التحالف العربي في مديريتي التحيتا والدريهمي.")
    assert _one(doc, "SAU", "Houthi")


def test_victims_in_a_clause_of_result(pipe):
    doc = full(pipe, "شنت طائرات لقوات التحالف العربي لدعم الشرعية في اليمن، الأربعاء، غارات جوية على مناطق متعددة في "
                     "الساحل الغربي، مما أسفر عن سقوط عدد من القتلى في صفوف ميليشيات الحوثي الإيرانية.")
    assert _one(doc, "SAU", "Houthi")
