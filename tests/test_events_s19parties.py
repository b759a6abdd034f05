"""Parties of built events, session 19 (track s19parties): a state's own people named by a possessive."""
from __future__ import annotations

from conftest import factual, full, party


def test_a_leader_calling_on_his_citizens_keeps_them_as_recipient(pipe):
    # "مواطنيه" = the Turkish president's own citizens: a party besides the state, not a misreading of one state
    # on both sides
    doc = full(pipe, "طالب الرئيس التركي رجب طيب أردوغان مواطنيه بتحويل مدخراتهم إلى الليرة.")
    ev = factual(doc, "REQUEST")
    assert ev and any("TUR" in party(doc, e["recipients"]) and "مواطنيه" in party(doc, e["recipients"]) for e in ev)
    assert any("أردوغان" in party(doc, e["actors"]) for e in ev)


def test_a_ministry_calling_on_its_citizens_to_leave(pipe):
    doc = full(pipe, "دعت الخارجية البحرينية مواطنيها إلى مغادرة لبنان فورا.")
    ev = factual(doc, "REQUEST")
    assert ev and any("BHR" in party(doc, e["recipients"]) and "مواطنيها" in party(doc, e["recipients"]) for e in ev)


def test_the_citizens_belong_to_the_subject_not_to_a_place_after_a_preposition(pipe):
    # (the authorities of Bahrain in Beirut: their citizens are Bahrainis, not Lebanese)
    doc = full(pipe, "حثت السلطات البحرينية في بيروت مواطنيها على مغادرة لبنان.")
    ev = factual(doc, "REQUEST")
    assert ev and all("LBN" not in party(doc, e["recipients"]) for e in ev)
    assert any("BHR" in party(doc, e["recipients"]) for e in ev)


def test_citizens_after_a_time_word(pipe):
    # (a day word between the subject and the object: the possessive is still read)
    doc = full(pipe, "دعت أستراليا الاثنين مواطنيها إلى اليقظة مع خروج حرائق الغابات عن السيطرة.")
    ev = factual(doc, "REQUEST")
    assert ev and any("AUS" in party(doc, e["actors"]) and "مواطنيها" in party(doc, e["recipients"]) for e in ev)



def test_the_european_proposal_is_the_eus(pipe):
    # the owner of a thing named by a bloc adjective is the recipient of the refusal, not the migrants in its
    # description
    doc = full(pipe, "رفض الاتحاد الأفريقي الاقتراح الأوروبي بإقامة منصات لاستقبال وفرز المهاجرين في أفريقيا.")
    ev = factual(doc, "REJECT")
    assert ev and any("European Union" in party(doc, e["recipients"]) for e in ev)
    assert all("المهاجرين" not in party(doc, e["recipients"]) for e in ev)


def test_the_western_accusations_are_the_wests(pipe):
    doc = full(pipe, "رفضت الصين الاتهامات الغربية بشأن التجسس.")
    ev = factual(doc, "REJECT")
    assert ev and any("الغرب" in party(doc, e["recipients"]) for e in ev)


def test_the_un_resolution_is_the_uns(pipe):
    doc = full(pipe, "رحبت الحكومة اليمنية بالقرار الأممي.")
    ev = factual(doc, "SUPPORT")
    assert ev and any("United Nations" in party(doc, e["recipients"]) for e in ev)


def test_the_european_stance_and_not_the_continent(pipe):
    # (القارة الأوروبية: the continent, no act's author; a REJECT of the continent is not coded)
    doc = full(pipe, "انتقدت موسكو الموقف الأوروبي من الأزمة، فيما تواجه القارة الأوروبية موجة حر.")
    ev = factual(doc, "ACCUSE")
    assert ev and any("European Union" in party(doc, e["recipients"]) for e in ev)
    assert all(len(e["recipients"]) == 1 for e in ev)


def test_his_people_with_the_sudanese_president(pipe):
    doc = full(pipe, "طالب الرئيس السوداني عمر البشير شعبه بالصبر.")
    ev = factual(doc, "REQUEST")
    assert ev and any("SDN" in party(doc, e["recipients"]) and "شعبه" in party(doc, e["recipients"]) for e in ev)
