"""Same-occasion dating (time.dating): a sentence that refers back to the occasion told before it."""
from __future__ import annotations

from test_time_dating import make_doc, when  # noqa: F401  (shared helpers)

TUE = "2018-03-27T06:06"


def test_reception_on_arrival_takes_the_arrival_day():
    doc = make_doc("وزير الخارجية السوري يصل إلى مسقط في زيارة رسمية", [
        "وصل وزير الخارجية السوري، وليد المعلم، مساء الإثنين، إلى العاصمة العمانية مسقط في زيارة رسمية.",
        "واستقبل وزير الخارجية العماني، يوسف بن علوي، نظيره السوري لدى وصوله.",
    ], TUE)
    r = when(doc, "واستقبل")
    assert r["date"] == "2018-03-26" and r.get("carried")


def test_occasion_phrase_does_not_reach_past_a_month():
    doc = make_doc(None, [
        "زار الرئيس المصري الخرطوم في يناير الماضي.",
        "وبحث مع نظيره السوداني خلال زيارته ملف المياه.",
    ], TUE)
    assert when(doc, "وبحث")["date"] is None


def test_occasion_phrase_without_earlier_day_gets_none():
    doc = make_doc(None, [
        "وصل رئيس الوزراء العراقي إلى طهران في زيارة رسمية.",
        "واستقبله الرئيس الإيراني لدى وصوله إلى المطار.",
    ], TUE)
    assert when(doc, "واستقبله")["date"] is None
