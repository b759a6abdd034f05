"""s20bj: the assembly a demand or charge is made before (أمام X) is its audience; the noun after من marking the one
asked, when no party, keeps the parties of the requested act from being the one asked."""
from __future__ import annotations

from conftest import factual, full, party


def test_charge_made_before_the_council_is_not_against_it(pipe):
    doc = full(pipe, "اتهمت روسيا أمام مجلس الأمن الولايات المتحدة بدعم الإرهاب في سوريا.")
    ev = factual(doc, "ACCUSE")
    assert ev, doc["events"]
    assert "USA" in party(doc, ev[0]["recipients"])


def test_call_made_before_an_assembly_does_not_ask_it(pipe):
    doc = full(pipe, "حث الرئيس الفرنسي أمام البرلمان الأوروبي الدول الأعضاء على التضامن.")
    for ev in factual(doc, "REQUEST"):
        assert "European Parliament" not in party(doc, ev["recipients"]), doc["events"]


def test_one_asked_is_the_noun_after_min_not_the_later_party(pipe):
    doc = full(pipe, "وطلبت الولايات المتحدة من الدول التوقف عن استيراد النفط الإيراني بدءا من نوفمبر.")
    for ev in factual(doc, "REQUEST"):
        assert "IRN" not in party(doc, ev["recipients"]) and "Iran" not in party(doc, ev["recipients"]), doc["events"]


def test_a_party_asked_after_min_stays(pipe):
    doc = full(pipe, "وطلبت تركيا من السعودية إثبات مغادرة الصحفي القنصلية.")
    ev = factual(doc, "REQUEST")
    assert ev, doc["events"]
    assert "SAU" in party(doc, ev[0]["recipients"])
