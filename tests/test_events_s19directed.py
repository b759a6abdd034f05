"""Refusals, requests and threats, session 19 (track s19directed). Sentences from the 2018 news corpus (short quotes)
and variants of them with other verbs, persons and parties.

* A verbal noun with its author in the genitive and its object marked with لـ keeps that reading when a time word
  stands between the two: "تحذير رئيس الوزراء الإسرائيلي أمس لنظام الأسد" is Netanyahu's warning to the Assad
  government, not a warning to Netanyahu by the subject of the clause before (stage._time_gap).
"""
from __future__ import annotations

from conftest import factual, full, party


def _pairs(doc, typ):
    return [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in factual(doc, typ)]


def test_genitive_author_time_word_lam_object(pipe):
    doc = full(pipe, "وتأتي تصريحات الوزير الإسرائيلي بعد تحذير رئيس الوزراء الإسرائيلي أمس لنظام الأسد من مغبة "
                     "السماح لإيران.", published="2018-05-07T12:00")
    assert any("Netanyahu" in a and "SYR" in r for a, r in _pairs(doc, "THREATEN")), doc["events"]


def test_genitive_author_time_word_other_parties(pipe):
    doc = full(pipe, "وجاءت تصريحات لافروف بعد تهديد ترامب أمس لإيران بعقوبات جديدة.", published="2018-05-07T12:00")
    pairs = _pairs(doc, "THREATEN")
    assert any("Trump" in a and "IRN" in r for a, r in pairs), doc["events"]
    assert not any("Lavrov" in a for a, r in pairs), doc["events"]
