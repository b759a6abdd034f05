"""Parties of false alarms with the right type, session 17 (track s17names)."""
from __future__ import annotations

from conftest import factual, full, party


def test_counted_members_in_a_movement_are_its_people(pipe):
    # fifty Taliban leaders and members were killed: the movement after في is the victims' body, not a place
    doc = full(pipe, "أعلنت القوات الأميركية في أفغانستان الأربعاء مقتل أكثر من 50 قياديا وعنصرا في حركة طالبان في "
                     "غارة أميركية استهدفت اجتماعا لهم.")
    ev = factual(doc, "ASSAULT")
    assert ev and any("طالبان" in party(doc, e["recipients"]) or "Taliban" in party(doc, e["recipients"]) for e in ev)
    assert any("USA" in party(doc, e["actors"]) for e in ev)


def test_counted_members_in_a_place_are_not_a_party(pipe):
    # (a place after في stays a place: no recipient from it)
    doc = full(pipe, "أعلن الجيش مقتل 12 مسلحا في سوريا.")
    for e in factual(doc, "ASSAULT"):
        assert "SYR" not in party(doc, e["recipients"])

