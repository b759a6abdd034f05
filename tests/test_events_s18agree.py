"""Agreements and meetings (session 18, track s18agree): a meeting noun whose sides are told as "the two" (بينهما,
stage._between_them) is the meeting of the pair told before it: the two sides of the last two-sided act, the only two
persons named, or the clause's subject and its مع-side. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_call_between_them_after_an_agreement_on_a_judgement(pipe):
    doc = full(pipe, "أمريكا وبريطانيا: كيماوي دوما \"يحمل علامات\" هجمات سابقة للنظام السوري\n\n"
                     "أتلانتا، الولايات المتحدة الأمريكية (CNN) – اتفق وزير الخارجية البريطاني، بوريس جونسون، مع "
                     "نظيره الأمريكي، جون سوليفان، على أن الهجوم الكيماوي الأخير على مدينة دوما الواقعة في غوطة دمشق "
                     "الشرقية، \"يحمل علامات\" هجمات كيماوية سابقة للنظام السوري، وذلك خلال اتصال جرى بينهما لمناقشة "
                     "التطورات.", published="2018-04-09T17:53")
    ev = factual(doc, "CONSULT")
    assert ev
    assert "جونسون" in party(doc, ev[0]["actors"])
    assert "سوليفان" in party(doc, ev[0]["recipients"])


def test_call_between_them_of_two_coordinated_leaders(pipe):
    doc = full(pipe, "الأزمة السورية على طاولة الكرملين\n\n"
                     "تناول الرئيس الروسي فلاديمير بوتين والمستشارة الألمانية أنغيلا ميركل الأزمة السورية في اتصال "
                     "جرى بينهما أمس.", published="2018-04-09T12:00")
    ev = factual(doc, "CONSULT")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "بوتين" in sides and "ميركل" in sides


def test_call_that_took_place_between_them_in_a_relative_clause(pipe):
    doc = full(pipe, "الجبير يشيد بموقف بريطانيا\n\n"
                     "أعرب وزير الخارجية السعودي عادل الجبير عن تقديره لموقف نظيره البريطاني بوريس جونسون، خلال "
                     "الاتصال الذي جرى بينهما.", published="2018-04-09T12:00")
    ev = factual(doc, "CONSULT")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "الجبير" in sides and "جونسون" in sides


def test_written_letter_handed_over_is_a_consultation_of_sender_and_addressee(pipe):
    doc = full(pipe, "محمد السادس: الجزائر تمول البوليساريو\n\n"
                     "سلم وزير الخارجية المغربي ناصر بوريطة الأربعاء الأمين العام للأمم المتحدة أنطونيو غوتيريس رسالة "
                     "خطية من الملك محمد السادس بشأن \"التطورات الخطيرة للغاية التي تشهدها المنطقة\".",
               published="2018-04-05T12:44")
    ev = factual(doc, "CONSULT")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "غوتيري" in sides and "محمد السادس" in sides


def test_oral_message_received_from_a_head_of_state(pipe):
    doc = full(pipe, "العلاقات السودانية القطرية\n\n"
                     "وأفادت وكالة الأنباء السودانية الرسمية (سونا) أن الرئيس السوداني عمر البشير تلقى رسالة شفهية "
                     "من أمير قطر الشيخ تميم "
                     "بن حمد.", published="2018-03-11T12:00")
    ev = [e for e in factual(doc, "CONSULT") if e.get("mode") == "letter"]
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "البشير" in sides and "تميم" in sides


def test_counterparts_in_a_body_after_with_are_that_body(pipe):
    doc = full(pipe, "الأزمة السورية\n\n"
                     "بحث مسؤولون في وزارة الخارجية الروسية مع نظرائهم في وزارة الخارجية الأمريكية الأزمة السورية.",
               published="2018-04-09T12:00")
    ev = factual(doc, "CONSULT")
    assert ev
    assert "وزارة الخارجية الأمريكية" in party(doc, ev[0]["recipients"])


def test_agreement_on_an_act_to_come_on_a_named_day_was_made(pipe):
    doc = full(pipe, "العلاقات المصرية السودانية\n\n"
                     "اتفقت مصر والسودان على عقد اجتماع لوزراء الخارجية يوم 15 أبريل المقبل في القاهرة.",
               published="2018-04-09T12:00")
    ev = factual(doc, "AGREE")
    assert ev
    sides = party(doc, ev[0]["actors"] + ev[0]["recipients"])
    assert "EGY" in sides or "مصر" in sides
    assert ev[0]["date"] == "2018-04-09"
