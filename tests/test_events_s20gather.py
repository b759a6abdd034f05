"""Gatherings and pledges (session 20, track s20gather): a day inside an "على أن" clause dates the act agreed on,
not the agreement; a meeting noun whose predicate is future is not held, past the names of its two sides; a headline's
meeting noun the body tells only as still to come is not held."""
from __future__ import annotations

from conftest import factual, full


def test_day_inside_agreed_clause_does_not_date_the_agreement(pipe):
    doc = full(pipe, "قال المتحدث إن مصر والسودان وافقتا على أن تبدأ المفاوضات قبل ظهر يوم الجمعة في الخرطوم.", "2018-04-24T10:00")
    ev = factual(doc, "AGREE")
    assert ev and all(e["date"][:10] == "2018-04-24" for e in ev)


def test_dual_perfect_with_waw_agrees_on_a_later_day(pipe):
    doc = full(pipe, "وقال المتحدث إن الكوريتين وافقتا على عقد قمة يوم الجمعة المقبل.", "2018-04-24T10:00")
    ev = factual(doc, "AGREE")
    assert ev and all(e["date"][:10] == "2018-04-24" for e in ev)


def test_agreement_own_day_still_dates_it(pipe):
    doc = full(pipe, "اتفقت مصر والسودان يوم الأحد على أن تبدأ المفاوضات قريبا.", "2018-04-24T10:00")
    ev = factual(doc, "AGREE")
    assert ev and ev[0]["date"][:10] == "2018-04-22"


def test_summit_between_two_named_leaders_with_future_predicate_not_held(pipe):
    doc = full(pipe, "وقال مسؤول إن القمة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون "
                     "ستتناول ملف نزع السلاح النووي.")
    assert not factual(doc, "CONSULT")


def test_summit_between_two_leaders_held(pipe):
    doc = full(pipe, "وقال مسؤول إن القمة بين الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون "
                     "تناولت ملف نزع السلاح النووي.")
    assert factual(doc, "CONSULT")


def test_headline_meeting_noun_told_as_to_come(pipe):
    doc = full(pipe, "قمة بوتين وأردوغان.. ملفات ساخنة\n\nقال الكرملين إن القمة بين الرئيس الروسي فلاديمير بوتين "
                     "والرئيس التركي رجب طيب أردوغان ستتناول الوضع في سوريا.")
    assert not factual(doc, "CONSULT")
