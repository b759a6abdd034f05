"""Accusations by a verb of judging (session 17, track s17accuse2; stage._evaluative_args): the judged party may span
its own apposition comma ("رئيس الوزراء الإسرائيلي، بنيامين نتانياهو"), and the judged act's own party, right after
its noun, is the target, not a party named later inside the act ("إطلاق الحوثيين لصواريخ باتجاه المملكة العربية
السعودية", gold U-007). Sentences from the 2018 news corpus (short quotes)."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair


def test_judged_party_spanning_its_apposition_comma(pipe):
    doc = full(pipe, "وصفت وزارة الخارجية الإيرانية، الثلاثاء، رئيس الوزراء الإسرائيلي، بنيامين نتانياهو بـ\"الكاذب\"، "
                     "بعد تصريحاته عن البرنامج النووي الإيراني.", published="2018-05-01T12:00")
    assert has_pair(doc, "ACCUSE", "IRN", "نتنياهو") or has_pair(doc, "ACCUSE", "الخارجية", "نتنياهو"), doc["events"]


def test_judged_act_targets_its_own_doer(pipe):
    doc = full(pipe, "ووصف المندوب السعودي لدى الأمم المتحدة، منصور العتيبي، إطلاق الحوثيين لصواريخ باتجاه المملكة "
                     "العربية السعودية بـ\"التصعيد الخطير\".", published="2018-03-26T12:00")
    ev = factual(doc, "ACCUSE")
    assert ev and any("الحوثي" in party(doc, e["recipients"]) or "Houthi" in party(doc, e["recipients"]) for e in ev), \
        doc["events"]
    assert not any("SAU" in party(doc, e["recipients"]) for e in ev)


def test_the_party_served_is_not_the_accused(pipe):
    # ("لصالح إيران": the charged spying served Iran; Iran is accused of nothing here)
    doc = full(pipe, "اتهام وزير إسرائيلي سابق بالتجسس لصالح إيران", published="2018-06-18T12:00")
    assert not any("IRN" in party(doc, e["recipients"]) for e in factual(doc, "ACCUSE")), doc["events"]
