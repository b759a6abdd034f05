"""Precision of the Arabic event coder: one event per occurrence, no events from formulae that only look like acts."""
from __future__ import annotations

from marsad.record import new_document


def full(pipe, text, published="2018-07-15T12:00"):
    doc = new_document("t", text, meta={"published": published})
    doc["article"]["published"] = published
    return pipe.run_one(doc)


def factual(doc, typ):
    return [e for e in doc["events"] if e["type"] == typ and not e["negated"] and not e["hypothetical"]]


def test_headline_and_lead_are_one_request(pipe):
    # the headline tells the lead's act short (أوروبا / حلفاءها الأوروبيين): one event
    doc = full(pipe, "أميركا تدعو أوروبا لفرض عقوبات على برنامج إيران الصاروخي\n\n"
                     "حثت الولايات المتحدة حلفاءها الأوروبيين على فرض عقوبات على إيران للحد من برنامجها الصاروخي.")
    assert len(factual(doc, "REQUEST")) == 1


def test_headline_topic_is_folded_into_the_lead_meeting(pipe):
    doc = full(pipe, "ترامب يبحث ملفي إيران ومكافحة الإرهاب مع الإمارات والسعودية\n\n"
                     "أفاد البيت الأبيض أن الرئيس الأميركي دونالد ترامب بحث في اتصال هاتفي مع ولي عهد أبوظبي الشيخ "
                     "محمد بن زايد ملف إيران.")
    assert len(factual(doc, "CONSULT")) == 1


def test_a_headline_meeting_with_other_people_stays_apart(pipe):
    # "بعد أيام على لقاء بوتين ونتانياهو": an earlier meeting, not the one the lead tells
    doc = full(pipe, "عباس في الكرملين بعد أيام على لقاء بوتين ونتانياهو\n\n"
                     "استقبل الرئيس الروسي فلاديمير بوتين السبت الرئيس الفلسطيني محمود عباس في الكرملين.")
    assert len(factual(doc, "CONSULT")) == 2


def test_a_threat_in_a_relative_clause_is_not_the_headline_threat(pipe):
    doc = full(pipe, "تركيا تحذر فرنسا من ارتكاب خطأ الولايات المتحدة في سوريا\n\n"
                     "حذرت تركيا فرنسا من تكرار الخطأ الذي ارتكبته الولايات المتحدة بإرسال قوات إلى مدينة منبج "
                     "السورية، التي تهدد أنقرة بمهاجمتها لطرد المليشيات الكردية.")
    assert len([e for e in doc["events"] if e["type"] == "THREATEN" and not e["negated"]]) >= 2
