"""ASSAULT told as undergone, session 35 (track s35taarrud): "تعرض X لقصف/لهجمات + author in idafa" names its author,
and a common-noun subject placed by في before the attack noun is struck in that place."""
from __future__ import annotations

from conftest import factual, full, party


def _body(text: str) -> str:
    return "تقرير\n\n" + text  # (a body sentence under a headline, as in the articles)


def _isos(doc, ids) -> set:
    ents = {e["id"]: e for e in doc["entities"]}
    return {ents[i].get("country") for i in ids}


def test_author_in_idafa_after_the_attack_noun(pipe):
    doc = full(pipe, _body("وقال ناشطون إن 10 بلدات وقرى، على الأقل، في عموم منطقة الغوطة الشرقية تعرضت لقصف القوات "
                     "الحكومية وحلفائها الثلاثاء."))
    ev = [e for e in factual(doc, "ASSAULT") if e["trigger"]["text"] == "لقصف"]
    assert ev and "SYR" in _isos(doc, ev[0]["recipients"])


def test_idafa_author_is_a_party(pipe):
    doc = full(pipe, _body("وتعرضت ادلب لقصف قوات النظام السوري."))
    ev = factual(doc, "ASSAULT")
    assert ev and "SYR" in _isos(doc, ev[0]["actors"]) and "SYR" in _isos(doc, ev[0]["recipients"])


def test_facility_placed_by_fi_is_struck_there(pipe):
    doc = full(pipe, _body("وتعرض مطار الضبعة العسكري في ريف حمص لغارات إسرائيلية، استهدفت مستودعات أسلحة."))
    ev = [e for e in factual(doc, "ASSAULT") if e["trigger"]["text"] == "لغارات"]
    assert ev and "ISR" in _isos(doc, ev[0]["actors"]) and "SYR" in _isos(doc, ev[0]["recipients"])


def test_churches_in_named_towns(pipe):
    doc = full(pipe, _body("وتعرضت كنائس في القاهرة وطنطا والإسكندرية لهجمات متشددين أسفرت عن مقتل العشرات."))
    ev = factual(doc, "ASSAULT")
    assert ev and "EGY" in _isos(doc, ev[0]["recipients"])


def test_may_be_attacked_is_no_attack(pipe):
    doc = full(pipe, _body("حذر المسؤول من أن المنشآت في مدينة جدة قد تتعرض لهجمات الحوثيين."))
    assert not factual(doc, "ASSAULT")


def test_criticism_in_idafa_is_no_assault(pipe):
    doc = full(pipe, _body("وتعرض الرئيس لانتقادات المعارضة."))
    assert not factual(doc, "ASSAULT")
