"""Session 21 (track s21request): a withdrawal from a pact or an international body is a SANCTION withdraw (the gold
convention for leaving the Iran nuclear deal), not a RETREAT of forces, with the withdrawer in the verbal noun's
genitive; praise told by the imperfect or the participle of أثنى with على."""
import pytest

from conftest import factual, full, party


@pytest.mark.parametrize("text,actor,target", [
    ("أعلنت بوروندي الخميس انسحابها من المحكمة الجنائية الدولية، وقالت إن المحكمة تستهدف الأفارقة.", "BDI", "Criminal"),
    ("قالت المندوبة الأمريكية إن الولايات المتحدة انسحبت الثلاثاء من منظمة الأمم المتحدة للتربية والعلم والثقافة.",
     "USA", "UNESCO"),
    ("وأكد الرئيس الفلبيني الأربعاء انسحاب بلاده من المعاهدة التأسيسية للمحكمة الجنائية الدولية.", "", "Criminal"),
    ("أعلنت واشنطن الثلاثاء انسحابها من مجلس حقوق الإنسان التابع للأمم المتحدة.", "USA", "Human Rights"),
])
def test_pact_withdrawal(pipe, text, actor, target):
    doc = full(pipe, text, "2018-06-20T12:00")
    sanc = [e for e in factual(doc, "SANCTION") if e["mode"] == "withdraw"]
    assert sanc, doc["events"]
    assert any(actor in party(doc, e["actors"]) and target in party(doc, e["recipients"]) for e in sanc), sanc
    assert not factual(doc, "RETREAT")


def test_forces_withdrawal_stays_retreat(pipe):
    # forces leaving a country under a deal: still a retreat, the deal is not what they leave
    doc = full(pipe, "انسحبت القوات الأمريكية من شمال سوريا بموجب الاتفاق مع تركيا.", "2018-06-20T12:00")
    assert factual(doc, "RETREAT") and not [e for e in factual(doc, "SANCTION") if e["mode"] == "withdraw"]


@pytest.mark.parametrize("text,actor,target", [
    ("وقال المتحدث باسم الخارجية الأمريكية إن واشنطن تثني على جهود الكويت في الوساطة بين دول الخليج.", "USA", "KWT"),
    ("وأعرب وزير الخارجية الفرنسي عن ارتياحه، مثنيا على الدور الذي تقوم به مصر في غزة.", "", "EGY"),
])
def test_praise_imperfect(pipe, text, actor, target):
    doc = full(pipe, text, "2018-06-20T12:00")
    sup = factual(doc, "SUPPORT")
    assert any(actor in party(doc, e["actors"]) and target in party(doc, e["recipients"]) for e in sup), doc["events"]


def test_dissuade_is_no_praise(pipe):
    doc = full(pipe, "وقال المسؤول إن العقوبات لن تثني إيران عن مواصلة برنامجها الصاروخي.", "2018-06-20T12:00")
    assert not factual(doc, "SUPPORT")


def test_armed_group_is_no_body_withdrawn_from(pipe):
    # (review) only an international organisation of the gazetteer is a body one withdraws from as a step against
    # it; the من of fighters "of" an armed group (ORG, no country) names no such body
    doc = full(pipe, "وأفادت مصادر بانسحاب عشرات المقاتلين من تنظيم داعش من مدينة الرقة.", "2018-06-20T12:00")
    assert not [e for e in factual(doc, "SANCTION") if e["mode"] == "withdraw"], doc["events"]
