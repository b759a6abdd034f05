"""Implicit blame by class of predicate, session 14 (track s14blame): a refusal or a plunder told in another side's
reported clause is held against its doer (ACCUSE from the speaker); not a reported denial, a reserve, a foiled plot or
a stance in the present."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import recipients


def test_reported_refusal_of_peace_is_blame(pipe):
    doc = full(pipe, "أكد الرئيس اليمني عبد ربه منصور هادي أن الأمور في الحديدة وصلت إلى درجة الكارثة الإنسانية، "
                     "مضيفا أن الميليشيات الحوثية رفضت التوصل إلى حل سياسي ينهي الأزمة.")
    acc = factual(doc, "ACCUSE")
    assert acc and "هادي" in party(doc, acc[0]["actors"]) and "الحوثي" in party(doc, acc[0]["recipients"])


def test_reported_refusal_keeps_its_reject_beside_the_accusation(pipe):
    doc = full(pipe, "أكدت وزارة الخارجية البريطانية، مساء الأربعاء، أن ميليشيات الحوثي رفضت باستمرار الالتزام "
                     "بقرارات مجلس الأمن الدولي.")
    acc = factual(doc, "ACCUSE")
    assert acc and "الحوثي" in party(doc, acc[0]["recipients"])
    assert factual(doc, "REJECT")


def test_reported_thwarting_is_blame(pipe):
    doc = full(pipe, "قال المتحدث باسم تحالف دعم الشرعية في اليمن، العقيد الركن تركي المالكي، الأربعاء، إن الحوثيين "
                     "أفشلوا كافة الجهود السياسية لتسليم الحديدة.")
    assert any("الحوثي" in p for p in recipients(doc, "ACCUSE"))


def test_reported_plunder_is_blame(pipe):
    doc = full(pipe, "كشف القائم بأعمال وزير الدفاع اليمني، الفريق محمد المقدشي، إن ميليشيات الحوثي الانقلابية نهبت "
                     "\"حوالي 500 مليار دولار من مقدرات الجيش\".")
    acc = factual(doc, "ACCUSE")
    assert acc and "الحوثي" in party(doc, acc[0]["recipients"])


def test_reported_denial_is_no_blame(pipe):
    doc = full(pipe, "وقال المتحدث باسم الخارجية الروسية إن إيران رفضت الاتهامات الأمريكية بشأن الصواريخ.")
    assert not any("IRN" in p or "إيران" in p for p in recipients(doc, "ACCUSE"))


def test_refusing_to_disclose_is_no_blame(pipe):
    doc = full(pipe, "وذكر المسؤول بأن النظام الكوري الشمالي لا يزال يصارع مع تحديات تقنية، ورفض المسؤول الإفصاح عن "
                     "هويته نظراً لحساسية المعلومات.")
    assert not factual(doc, "ACCUSE")


def test_foiling_a_plot_is_no_blame(pipe):
    doc = full(pipe, "قال الرئيس اليمني، عبدربه منصور هادي إن التحالف العربي بقيادة السعودية، أفشل مخططات إيران في "
                     "تحويل بلاده إلى ساحة لها.")
    assert not any("SAU" in p or "السعودية" in p for p in recipients(doc, "ACCUSE"))


def test_present_refusal_is_a_stance_not_blame(pipe):
    doc = full(pipe, "وقال رئيس مجلس النواب الأردني عاطف الطراونة إن أغلبية البرلمان ترفض هذه التغييرات.")
    assert not factual(doc, "ACCUSE")
