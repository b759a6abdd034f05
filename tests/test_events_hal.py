"""Trigger coverage of general constructions of Arabic news: pretrial detention (حبس على ذمة التحقيق). Short
news-style sentences (real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


# ---- pretrial detention: COERCE arrest (a verdict of prison is coded by its own words)
def test_pretrial_detention_ordered_by_the_prosecution(pipe):
    doc = full(pipe, "وأمرت النيابة العامة المصرية بحبس الناشط وائل عباس 15 يوما على ذمة التحقيق.")
    ev = factual(doc, "COERCE")
    assert ev and ev[0]["mode"] == "arrest" and "EGY" in party(doc, ev[0]["actors"])
    assert "وائل عباس" in party(doc, ev[0]["recipients"])


def test_detention_pending_trial(pipe):
    doc = full(pipe, "وقررت النيابة العسكرية حبس مخرج مسرحية سليمان خاطر احتياطيا.")
    assert [e for e in factual(doc, "COERCE") if e["mode"] == "arrest"]


def test_holding_ones_breath_is_no_detention(pipe):
    assert not factual(full(pipe, "وحبس الجمهور أنفاسه خلال المباراة في الدقائق الأخيرة."), "COERCE")

