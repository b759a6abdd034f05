"""Session 26 precision fixes: the numeral اثني (written like the verb of praise أثنى) is no SUPPORT, and a court
upholding a decision (أيدت المحكمة القرار) backs no party. Real phrasing of 2018 news through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full


def test_twelve_is_no_praise(pipe):
    doc = full(pipe, "يخوض المسعفون التايلانديون سباقا مع الوقت لإجلاء الأطفال الاثني عشر ومدربهم لكرة القدم من مغارة "
                     "غمرتها المياه في شمال تايلاند.")
    assert not factual(doc, "SUPPORT")


def test_praise_with_athna_still_read(pipe):
    doc = full(pipe, "وأثنى الرئيس الأمريكي دونالد ترامب على قرار كوريا الشمالية إغلاق موقع التجارب النووية.")
    assert factual(doc, "SUPPORT")


def test_court_upholding_a_decision_is_no_support(pipe):
    doc = full(pipe, "اليابان ترفض طلبات لجوء سوريين\n\nرفضت الحكومة اليابانية طلبات لجوء قدمها سوريون. "
                     "وأيدت محكمة طوكيو الجزئية القرار الذي اتخذته الحكومة قبل 5 سنوات، ويقضي بأن مسوغات السوريين "
                     "للجوء \"ليست جائزة\" وفقا للقانون الدولي للجوء.")
    assert not factual(doc, "SUPPORT"), [(e["type"], e["sentence"][:40]) for e in doc["events"]]
