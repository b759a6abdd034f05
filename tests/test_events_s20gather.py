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


def _names(doc, ids):
    ents = {e["id"]: e for e in doc.get("entities") or []}
    return {(ents.get(i) or {}).get("name") for i in ids}


def test_pledge_of_two_states_to_a_third(pipe):
    doc = full(pipe, "تعهدت فرنسا وألمانيا بدعم أوكرانيا في مواجهة الضغوط.")
    ev = factual(doc, "AGREE")
    assert ev and _names(doc, ev[0]["actors"]) == {"France", "Germany"} and _names(doc, ev[0]["recipients"]) == {"Ukraine"}


def test_agreement_of_two_states_on_a_third_stays_between_them(pipe):
    doc = full(pipe, "اتفقت فرنسا وألمانيا على دعم أوكرانيا في مواجهة الضغوط.")
    ev = factual(doc, "AGREE")
    assert ev and "Ukraine" not in _names(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_meeting_of_ministers_with_lam(pipe):
    doc = full(pipe, "وجاء الاتفاق عقب اجتماع لوزراء خارجية مصر والأردن والعراق في بغداد.")
    ev = factual(doc, "CONSULT")
    assert ev and {"Egypt", "Jordan", "Iraq"} <= _names(doc, ev[0]["actors"] + ev[0]["recipients"])


def test_praise_of_a_head_of_state_by_state_phrase(pipe):
    doc = full(pipe, "وأشاد الرئيس الفرنسي إيمانويل ماكرون برئيس دولة السنغال خلال المؤتمر.")
    ev = factual(doc, "SUPPORT")
    assert ev and "Senegal" in _names(doc, ev[0]["recipients"])
