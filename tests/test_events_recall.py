"""Recall constructions of the Arabic event coder found by auditing fresh corpus articles: acts told without a
named author, collective and multi-party sides, trigger forms the lexicon lacked."""
from __future__ import annotations

from conftest import party


def extract(pipe, text, published="2018-07-15T12:00"):
    from marsad.record import new_document

    doc = new_document("t", text)
    doc["article"]["published"] = published
    return pipe.run_one(doc)


def factual(doc, typ):
    return [e for e in doc["events"] if e["type"] == typ and not e["negated"] and not e["hypothetical"]]


def test_sentence_without_its_court_is_the_judiciary_of_the_convicted(pipe):
    doc = extract(pipe, "باكستان.. السجن 10 سنوات لنواز شريف بتهمة الفساد")
    ev = factual(doc, "SANCTION")
    assert ev, doc["events"]
    assert "PAK" in party(doc, ev[0]["actors"]) and "Nawaz Sharif" in party(doc, ev[0]["recipients"])


def test_court_that_convicts_does_not_condemn(pipe):
    doc = extract(pipe, "أدانت محكمة إسرائيلية شابا أمريكيا إسرائيليا، عمره 19 عاما، بإرسال مئات التهديدات.")
    assert factual(doc, "SANCTION") and not factual(doc, "ACCUSE")


def test_sentence_a_charge_carries_is_no_sentence_passed(pipe):
    doc = extract(pipe, "وقد يحكم على نواز شريف بالسجن 10 سنوات.")
    assert not factual(doc, "SANCTION")


def test_status_of_the_convicted_is_no_sentence_on_the_next_party(pipe):
    doc = extract(pipe, "في أول تعليق له بشأن القبض على المصري هشام عشماوي، المتهم في قضايا عدة ومحكوم عليه بالإعدام، "
                        "تحدث الرئيس المصري عبدالفتاح السيسي، الخميس، بشأنه.")
    assert not any("Sisi" in party(doc, e["recipients"]) for e in factual(doc, "SANCTION"))
