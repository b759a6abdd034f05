"""Document-level merging of events, ninth session: a headline's event is folded into the body's telling only when
the authors can be one party; authors of other countries are not joined through a bare body (one with neither a
name of its own nor a country). Short news-style stories through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import pairs


def test_headline_condemnation_by_another_state_stays(pipe):
    doc = full(pipe, "الجزائر تدين الغارات الإسرائيلية على غزة\n"
                     "أدانت السعودية والبحرين ومجلس التعاون لدول الخليج العربية الغارات الإسرائيلية على قطاع غزة.")
    ev = factual(doc, "ACCUSE")
    authors = [party(doc, e["actors"]) for e in ev]
    assert any("DZA" in a for a in authors) and any("SAU" in a for a in authors), authors
    assert not any("DZA" in a and "SAU" in a for a in authors)


def test_headline_condemnation_told_again_folds(pipe):
    doc = full(pipe, "السعودية تدين الغارات الإسرائيلية على غزة\n"
                     "أدانت المملكة العربية السعودية الغارات الإسرائيلية على قطاع غزة.")
    ev = factual(doc, "ACCUSE")
    assert len(ev) == 1 and "SAU" in party(doc, ev[0]["actors"])


def test_expulsion_and_the_one_it_answers_stay_two(pipe):
    doc = full(pipe, "روسيا تطرد 23 دبلوماسيا بريطانيا\n"
                     "وجاء ذلك بعدما طردت بريطانيا 23 دبلوماسيا روسيا الأسبوع الماضي.\n"
                     "وطردت روسيا الدبلوماسيين البريطانيين ردا على ذلك.")
    sides = pairs(doc, "SANCTION")
    assert any("RUS" in a and "GBR" in r for a, r in sides), sides
    assert any("GBR" in a and "RUS" in r for a, r in sides), sides


def test_accusation_each_way_stays_two(pipe):
    doc = full(pipe, "طهران تتهم واشنطن بدعم الإرهاب\n"
                     "واتهمت إيران الولايات المتحدة بدعم الجماعات الإرهابية في المنطقة.\n"
                     "وكانت واشنطن اتهمت إيران الأسبوع الماضي بزعزعة استقرار المنطقة.")
    sides = pairs(doc, "ACCUSE")
    assert any("IRN" in a and "USA" in r for a, r in sides), sides
    assert any("USA" in a and "IRN" in r for a, r in sides), sides


def test_accusation_told_twice_one_way_folds(pipe):
    doc = full(pipe, "طهران تتهم واشنطن بدعم الإرهاب\n"
                     "واتهمت إيران الولايات المتحدة بدعم الجماعات الإرهابية في المنطقة.")
    assert len(factual(doc, "ACCUSE")) == 1
