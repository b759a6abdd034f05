"""Lead's session-9 fixes in general constructions of Arabic news. Short news-style sentences (real phrasing)
through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


# ---- a bare verbal noun governed by a verb of deciding or announcing, past a long subject and a day
def test_announced_withdrawal_past_a_long_subject_is_the_announcers(pipe):
    doc = full(pipe, "أعلن رئيس الوزراء الأردني عمر الرزاز، الخميس، سحب مشروع قانون ضريبة الدخل من البرلمان.")
    ev = factual(doc, "RETREAT")
    assert ev and "عمر الرزاز" in party(doc, ev[0]["actors"])


def test_decided_detention_past_a_long_subject_and_a_time(pipe):
    doc = full(pipe, "حبس مدون بارز في مصر\n\nوقررت نيابة أمن الدولة العليا في مصر الأسبوع الماضي حبس المدون والصحافي "
                     "البارز وائل عباس 15 يوما احتياطيا.")
    ev = factual(doc, "COERCE")
    assert ev and "وائل عباس" in party(doc, ev[0]["recipients"])


def test_verb_in_a_that_clause_is_no_verbal_noun(pipe):
    doc = full(pipe, "وأكد مسؤول آخر في الشرطة يدعى كوكب فاروقي أن بيلور قتل في التفجير.")
    assert not any("بيلور" in party(doc, e["actors"]) for e in doc["events"] if e["type"] == "ASSAULT")


# ---- a subject that begins with ب after اتهم is no passive charge (واتهم بالمساعدة ...)
def test_accuser_whose_name_begins_with_ba_accuses(pipe):
    for text in ("واتهم بومبيو طهران بدعم جماعات في اليمن وسوريا ولبنان بالسلاح.",
                 "اتهم برلمانيون ألمان الحكومة التركية بقمع المعارضة."):
        doc = full(pipe, text)
        assert factual(doc, "ACCUSE"), text


def test_passive_charge_names_no_accuser(pipe):
    doc = full(pipe, "واتهم بالمساعدة في تدبير محاولة انقلاب عام 2016.")
    assert not factual(doc, "ACCUSE")


# ---- a visit verb before its visitor's title and name (VSO): the country visited comes after them
def test_visit_verb_before_a_titled_visitor(pipe):
    doc = full(pipe, "ويزور الرئيس الروسي، فلاديمير بوتين، حاليا الصين.")
    ev = factual(doc, "CONSULT")
    assert ev and "CHN" in party(doc, ev[0]["recipients"] + ev[0]["actors"])
    doc = full(pipe, "زار الرئيس الفرنسي إيمانويل ماكرون الهند الأحد.")
    assert factual(doc, "CONSULT")
