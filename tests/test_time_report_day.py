"""A day attached to a verb of reporting dates the report and the verbal acts told as its content, not a material act
told in the past tense in its complement (events_dev convention: "where the only cue dates the reporting of an event
rather than the event, the date is null").  Real-style news sentences; no shared data needed."""
from __future__ import annotations

from marsad.record import new_document
from marsad.time.dating import date_event
from test_time_dating import make_doc

SUN_PUB = "2018-07-09T10:00"  # a Monday: الأحد = 2018-07-08


def when(doc, trigger, material):
    pos = doc["text"].find(trigger)
    assert pos >= 0, trigger
    si = next(i for i, (s, e) in enumerate(doc["sentences"]) if s <= pos < e)
    return date_event(doc, si, pos, pos + len(trigger), material=material)


def test_past_material_act_in_complement_is_declined():
    doc = make_doc(None, ["أعلنت وزارة الخارجية الأحد أنها طردت السفير الإيراني من البلاد."], SUN_PUB)
    r = when(doc, "طردت", True)
    assert r["date"] is None and r.get("declined")


def test_arrest_told_by_police_is_declined():
    doc = make_doc(None, ["قالت الشرطة التركية، اليوم الجمعة، إنها ألقت القبض على 14 شخصا يشتبه بانتمائهم إلى "
                          "تنظيم داعش."], "2018-06-22T12:00")
    r = when(doc, "ألقت القبض", True)
    assert r["date"] is None and r.get("declined")


def test_strike_announced_by_the_army_is_declined():
    doc = make_doc(None, ["أعلن الجيش الإسرائيلي، الجمعة، أنه استهدف موقعا سوريا في مرتفعات الجولان ردا على "
                          "إطلاق قذيفة هاون."], "2018-07-07T09:00")
    assert when(doc, "استهدف", True)["date"] is None


def test_verbal_act_keeps_the_report_day():
    # the statement is the act: a condemnation / accusation told by the same speaker
    doc = make_doc(None, ["أكدت الخارجية الإيرانية الاثنين أن إيران سوف تواصل مساعدتها للحكومة السورية."],
                   "2018-07-10T08:00")
    assert when(doc, "مساعدتها", False)["date"] == "2018-07-09"
    doc = make_doc(None, ["قالت الوزارة الأحد إن الهجوم عمل إرهابي جبان وحملت الجماعة المسؤولية عنه."], SUN_PUB)
    assert when(doc, "حملت", False)["date"] == "2018-07-08"


def test_present_or_future_material_act_keeps_the_day():
    doc = make_doc(None, ["قال وزير الداخلية الأحد إن بلاده ستطرد دبلوماسيين روسيين اثنين."], SUN_PUB)
    assert when(doc, "ستطرد", True)["date"] == "2018-07-08"
    doc = make_doc(None, ["أعلن الجيش الأحد أن قواته تواصل قصف مواقع المسلحين في ريف حماة."], SUN_PUB)
    assert when(doc, "قصف", True)["date"] == "2018-07-08"


def test_act_with_its_own_day_keeps_it():
    doc = make_doc(None, ["قالت الشرطة الأحد إنها اعتقلت أمس السبت ثلاثة أشخاص بتهمة التخطيط لهجوم."], SUN_PUB)
    assert when(doc, "اعتقلت", True)["date"] == "2018-07-07"


def test_day_of_the_act_itself_not_a_report():
    # no verb of reporting before the day: the day dates the act
    doc = make_doc(None, ["طردت السلطات الأحد السفير الإيراني من البلاد."], SUN_PUB)
    assert when(doc, "طردت", True)["date"] == "2018-07-08"


def test_events_stage_leaves_the_expulsion_undated_and_the_accusation_dated(pipe):
    doc = new_document("t", "هولندا تطرد دبلوماسيين روسيين\n\nأعلنت وزارة الخارجية الهولندية الأحد أنها طردت دبلوماسيين روسيين اثنين.\n"
                            "واتهمت الحكومة الهولندية الخميس روسيا بالوقوف وراء الهجوم.",
                       meta={"published": "2018-07-09T10:00:00+00:00"})
    d = pipe.run_one(doc)
    sanc = [e for e in d["events"] if e["type"] in ("SANCTION", "COERCE")]
    assert sanc and all(e["date"] is None for e in sanc)
    acc = [e for e in d["events"] if e["type"] == "ACCUSE"]
    assert acc and acc[0]["date"] == "2018-07-05"


def test_headline_act_not_dated_by_the_report_of_the_lead():
    doc = make_doc("هولندا تطرد دبلوماسيين روسيين",
                   ["أعلنت وزارة الخارجية الهولندية الأحد أنها طردت دبلوماسيين روسيين اثنين."], SUN_PUB)
    assert when(doc, "تطرد", True)["date"] is None
    # a headline whose lead dates the act itself keeps the lead's day
    doc = make_doc("هولندا تطرد دبلوماسيين روسيين",
                   ["طردت هولندا الأحد دبلوماسيين روسيين اثنين بعد اتهامهما بالتجسس."], SUN_PUB)
    assert when(doc, "تطرد", True)["date"] == "2018-07-08"
