"""Same-occasion dating (time.dating): a sentence that refers back to the occasion told before it, and a speech
act in the lead dated by the statement the next sentence reports."""
from __future__ import annotations

from marsad.time.dating import date_event
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


SAT = "2018-05-26T07:03"
WARNING = [
    "حذرت الولايات المتحدة الرئيس السوري بشار الأسد من أي تحركات يمكن أن تهدد وقف إطلاق النار في جنوب سوريا.",
    "وفي بيان صدر مساء الجمعة، قالت المتحدثة باسم وزارة الخارجية الأمريكية إن واشنطن تشعر بالقلق إزاء عملية "
    "عسكرية يقوم بها نظام الأسد.",
]


def test_speech_act_in_the_lead_takes_the_statement_day():
    doc = make_doc("واشنطن تحذر الأسد من تحركات عسكرية في جنوب سوريا", WARNING, SAT)
    pos = doc["text"].find("حذرت")
    si = next(i for i, (s, e) in enumerate(doc["sentences"]) if s <= pos < e)
    r = date_event(doc, si, pos, pos + 4, speech=True)
    assert r["date"] == "2018-05-25" and r.get("carried")
    # not a speech act: the statement's day says nothing about it
    assert date_event(doc, si, pos, pos + 4)["date"] is None
    # the headline follows the lead
    h = doc["text"].find("تحذر")
    assert date_event(doc, 0, h, h + 4, speech=True)["date"] == "2018-05-25"


def test_day_inside_the_reported_content_does_not_date_the_statement():
    doc = make_doc(None, [
        "طالبت فرنسا إيران بالإفراج عن الباحثة المعتقلة.",
        "وقالت الخارجية الفرنسية في بيان إن الباحثة اعتقلت الجمعة في طهران.",
    ], SAT)
    pos = doc["text"].find("طالبت")
    assert date_event(doc, 0, pos, pos + 5, speech=True)["date"] is None


def test_statement_without_shared_word_does_not_date_the_lead():
    doc = make_doc(None, [
        "دعت ألمانيا إلى وقف فوري لإطلاق النار في اليمن.",
        "وفي بيان صدر الجمعة، قال المتحدث باسم الحكومة البريطانية إن لندن سترسل مساعدات إضافية.",
    ], SAT)
    pos = doc["text"].find("دعت")
    assert date_event(doc, 0, pos, pos + 3, speech=True)["date"] is None
