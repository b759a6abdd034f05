"""Undoing or blocking an act: lifting a ban, a court cancelling a decision, withdrawing a bill, preventing someone
from reaching a place."""
from __future__ import annotations

from conftest import factual, full, party


def test_lifting_a_ban_is_a_concession_to_those_it_weighed_on(pipe):
    doc = full(pipe, "رفع العراق الحظر الذي كان مفروضا على رحلات الطيران الدولية إلى مطارات إقليم كردستان.")
    ev = factual(doc, "CONCEDE")
    assert ev and "Iraq" in party(doc, ev[0]["actors"]), doc["events"]
    assert "Kurdistan" in party(doc, ev[0]["recipients"])
    assert not factual(doc, "COERCE")


def test_cancelled_travel_ban_is_no_restriction(pipe):
    doc = full(pipe, "أعلنت الولايات المتحدة أنها ألغت الحظر المفروض على سفر التشاديين إلى أراضيها.")
    assert not factual(doc, "COERCE"), doc["events"]
    ev = factual(doc, "CONCEDE")
    assert ev and "United States" in party(doc, ev[0]["actors"]), doc["events"]


def test_a_ban_imposed_stays_a_restriction(pipe):
    doc = full(pipe, "وحظرت السلطات الإيرانية تطبيق تلغرام على المواطنين الإيرانيين.")
    assert not factual(doc, "CONCEDE"), doc["events"]


def test_withdrawing_a_bill_is_a_retreat_without_target(pipe):
    doc = full(pipe, "أعلن رئيس الوزراء الأردني عمر الرزاز سحب مشروع القانون المعدل لقانون ضريبة الدخل.")
    ev = factual(doc, "RETREAT")
    assert ev and "Razzaz" in party(doc, ev[0]["actors"]), doc["events"]


def test_a_bill_demanded_or_pledged_to_be_withdrawn_is_not_withdrawn(pipe):
    for s in ("وطالب النواب الحكومة بسحب مشروع القانون.", "وكان الرزاز قد تعهد بسحب مشروع قانون ضريبة الدخل."):
        doc = full(pipe, s)
        assert not factual(doc, "RETREAT"), (s, doc["events"])


def test_a_court_annulling_a_decision_rejects_its_author(pipe):
    doc = full(pipe, "وكانت المحكمة الاتحادية ألغت قرار رئيس الوزراء حيدر العبادي بإقالة المحافظ.")
    ev = factual(doc, "REJECT")
    assert ev and "Abadi" in party(doc, ev[0]["recipients"]), doc["events"]
    assert ev[0]["mode"] == "annul"


def test_a_cancelled_visit_stays_a_cancelled_meeting(pipe):
    doc = full(pipe, "وألغت الحكومة البريطانية زيارة الرئيس الأمريكي دونالد ترامب.")
    ev = factual(doc, "REJECT")
    assert ev and ev[0]["mode"] == "meet", doc["events"]


def test_a_demanded_annulment_is_not_told_as_done(pipe):
    doc = full(pipe, "وطالب المتظاهرون بإلغاء قرار الرئيس الأمريكي دونالد ترامب.")
    assert not factual(doc, "REJECT"), doc["events"]


def test_a_court_suspending_a_demolition_is_a_concession(pipe):
    doc = full(pipe, "المحكمة العليا الإسرائيلية تعلق هدم قرية خان الأحمر")
    ev = factual(doc, "CONCEDE")
    assert ev and "Supreme Court" in party(doc, ev[0]["actors"]), doc["events"]
    assert ev[0]["recipients"]


def test_a_private_person_stopping_a_deportation_concedes_nothing(pipe):
    doc = full(pipe, "شابة سويدية تنجح في وقف ترحيل لاجئ أفغاني ببث مباشر على فيسبوك")
    assert not factual(doc, "CONCEDE"), doc["events"]


def test_lifting_restrictions_eases_them_for_those_they_weighed_on(pipe):
    doc = full(pipe, "فقد رفع ترامب القيود التي كانت مفروضة في عهد أوباما على مبيعات السلاح إلى فيتنام.")
    ev = factual(doc, "CONCEDE")
    assert ev and "Trump" in party(doc, ev[0]["actors"]), doc["events"]
    assert "Vietnam" in party(doc, ev[0]["recipients"]) and "Obama" not in party(doc, ev[0]["recipients"])


def test_restrictions_named_as_a_need_or_imposed_are_no_easing(pipe):
    for s in ("وشددت الرئاسة الفرنسية على ضرورة إنهاء الأزمة في قطاع غزة عبر نهاية الحصار ورفع القيود.",
              "وفرضت السلطات الإسرائيلية قيودا على حركة الفلسطينيين."):
        doc = full(pipe, s)
        assert not factual(doc, "CONCEDE"), (s, doc["events"])
