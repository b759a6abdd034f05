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
