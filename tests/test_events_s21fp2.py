"""Session 21, track s21fp2: false alarms whose cause is a party read wrongly (a spelling of a name, an adjective of
rank read as a name, a body placed by في in a state, the topic of a discussion). Sentences in the phrasing of the
2018 news corpus; each failed on main unless marked as a negative case."""
from __future__ import annotations

from conftest import factual, full, party


def test_democratic_spelled_with_waw_names_the_sdf(pipe):
    doc = full(pipe, "التقى وزير الخارجية الفرنسي جان إيف لودريان وفدا من قوات سوريا الديموقراطية في باريس.")
    assert any("Syrian Democratic Forces" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT")), doc["events"]


def test_rank_adjective_after_officials_is_no_name(pipe):
    doc = full(pipe, "انتقدت الصين مسؤولين يابانيين بارزين بسبب زيارتهم للضريح.")
    evs = factual(doc, "ACCUSE")
    assert evs and all("مسؤولين" in party(doc, e["recipients"]) for e in evs), doc["events"]


def test_regime_placed_in_a_state_is_that_state(pipe):
    doc = full(pipe, "واتهم وزير الخارجية البحريني النظام في إيران بتمويل الجماعات المسلحة.")
    assert any("IRN" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE")), doc["events"]


def test_discussing_sanctions_is_neither_a_meeting_nor_sanctions(pipe):
    doc = full(pipe, "مجلس الشيوخ الأمريكي يبحث فرض عقوبات جديدة على موسكو")
    assert not factual(doc, "SANCTION") and not factual(doc, "CONSULT"), doc["events"]


def test_discussing_with_a_counterpart_stays_a_meeting(pipe):
    # negative: the partner named with مع, the topic after it
    doc = full(pipe, "بحث الرئيس المصري عبد الفتاح السيسي مع نظيره الروسي فلاديمير بوتين العلاقات الثنائية.")
    assert any("Vladimir Putin" in party(doc, e["recipients"]) for e in factual(doc, "CONSULT")), doc["events"]


def test_official_with_rank_adjective_and_name_keeps_the_name(pipe):
    # negative: a name after the rank adjective is still the person
    doc = full(pipe, "انتقد المسؤول الأمريكي البارز جون بولتون إيران بشدة.")
    assert any("Bolton" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE")), doc["events"]
