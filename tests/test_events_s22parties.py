"""Session 22 (track s22parties): parties the coder dropped events for want of.  An opposition adjective of the body
inside an office's apposition (زعيم حزب العمال المعارض في بريطانيا، جيريمي كوربين،) is no second title; a KB person
after a longer office phrase ending in a place (زعيم الحركة الاحتجاجية في أرمينيا نيكول باشينيان) is the one named, and
the place stays in the subject before a generic addressee (s22request's أنصاره); هنود is India's plural demonym."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,typ,actor,target", [
    ("انتقد زعيم حزب العمال المعارض في بريطانيا، جيريمي كوربين، رئيسة الوزراء تيريزا ماي بسبب سياستها تجاه سوريا.",
     "ACCUSE", "Corbyn", "May"),
    ("حث زعيم الحركة الاحتجاجية في أرمينيا نيكول باشينيان أنصاره على مواصلة الإضراب.", "REQUEST", "Pashinyan",
     "أنصاره"),
    ("التقى مسؤولون عسكريون هنود وباكستانيون في مدينة لاهور لبحث وقف إطلاق النار.", "CONSULT", "IND", "PAK"),
])
def test_party_found(pipe, text, typ, actor, target):
    evs = sides(full(pipe, text), typ)
    assert any(actor in a and target in r or actor in r and target in a for a, r, _ in evs), evs


def test_supporters_not_called(pipe):
    # a leader's supporters named in a report of what they will do: no call to them
    assert not sides(full(pipe, "قال الرئيس إن أنصاره سيتظاهرون غدا في العاصمة."), "REQUEST")
