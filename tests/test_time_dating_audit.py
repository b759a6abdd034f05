"""Event dates: cases from a hand audit of corpus articles (a bare clock time, a day that dates the report, منذ in a
relative clause)."""
from __future__ import annotations

from test_time_dating import make_doc, when

FRI = "2018-05-11T09:30"   # a Friday morning: the lead's الخميس is the day before
MON = "2018-07-09T07:15"


def test_bare_clock_time_takes_the_occasion_day():
    doc = make_doc(None, [
        "قتل ثلاثة أشخاص على الأقل في انفجار سيارة مفخخة قرب مقر البرلمان في مقديشو، الخميس.",
        "وقال ضابط في الشرطة إن الانفجار وقع في الساعة التاسعة صباحا بالتوقيت المحلي.",
    ], FRI)
    r = when(doc, "الانفجار")
    assert r["date"] == "2018-05-10", r


def test_clock_time_next_to_a_day_still_dates():
    doc = make_doc(None, ["وقع الانفجار في الساعة التاسعة صباح الخميس قرب مقر البرلمان في مقديشو."], FRI)
    assert when(doc, "الانفجار")["date"] == "2018-05-10"


def test_lead_clock_time_without_a_day_is_no_day_cue():
    doc = make_doc(None, ["انفجرت سيارة مفخخة في الساعة التاسعة صباحا قرب مقر البرلمان في مقديشو."], FRI)
    r = when(doc, "انفجرت")
    assert r["date"] is None and r["date_text"] is None


def test_report_day_in_attribution_tail_declines():
    doc = make_doc(None, ["قصف الطيران الإسرائيلي مطار التيفور العسكري في محافظة حمص السورية، وفق ما أعلنت دمشق الأحد."],
                   MON)
    r = when(doc, "قصف")
    assert r["date"] is None and r.get("declined")


def test_report_day_is_not_carried():
    doc = make_doc(None, [
        "اعتقل الجيش الإسرائيلي 17 فلسطينيا خلال عمليات دهم في مدن مختلفة في الضفة الغربية، وفق ما أفاد مراسل في رام الله، الأربعاء.",
        "وقال المراسل إن بين المعتقلين رجلا مسنا من بلدة الخضر.",
    ], "2018-02-28T06:47")
    assert when(doc, "المعتقلين")["date"] is None


def test_since_day_in_relative_clause_does_not_date_the_main_verb():
    doc = make_doc(None, [
        "نددت الولايات المتحدة بالمسؤولية الخاصة التي تقع على عاتق روسيا في القصف الذي يشنه النظام السوري وأوقع أكثر "
        "من 400 قتيل منذ الأحد في الغوطة الشرقية."], "2018-02-23T02:24")
    r = when(doc, "نددت")
    assert r["date"] is None and r.get("declined")


def test_since_day_in_its_own_phrase_still_dates():
    doc = make_doc(None, ["وتحاصر القوات الحكومية البلدة منذ الأحد الماضي."], "2018-02-23T02:24")
    r = when(doc, "تحاصر")
    # a day of the past week after منذ starts an act still going on: dated, and no longer background (s32factual,
    # dates.SINCE_DAYS; an older منذ stays historical)
    assert r["date"] == "2018-02-18" and not r["historical"]


def test_day_before_the_complement_still_dates_the_speech():
    doc = make_doc(None, ["قالت النيابة الهولندية الخميس إن الصاروخ نقل من وحدة عسكرية روسية."], FRI)
    assert when(doc, "قالت")["date"] == "2018-05-10"


def test_events_stage_keeps_a_declined_day_off_the_event(pipe):
    """The events stage must not take back from the sentence the day the time stage passed over."""
    import json

    from marsad.read.jsonl import read_jsonl

    rec = {"id": "r", "published": MON, "text": "دمشق تتهم إسرائيل بقصف مطار عسكري\n\n"
           "قصف الطيران الإسرائيلي مطار التيفور العسكري في محافظة حمص السورية، وفق ما أعلنت دمشق الأحد.\n"
           "وأشارت دمشق إلى أن قواتها أصابت إحدى الطائرات المهاجمة."}
    doc = pipe.run_one(next(read_jsonl([json.dumps(rec, ensure_ascii=False).encode()], "t")))
    ev = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert ev and not any(e["date_text"] == "الأحد" for e in ev), ev


def test_postponed_to_a_later_date_is_dated_by_the_decision_day():
    doc = make_doc(None, [
        "قررت محكمة في محافظة أزمير غرب تركيا الأربعاء، إرجاء محاكمة القس الأمريكي أندرو برانسون إلى 12 أكتوبر/تشرين "
        "الأول المقبل، مع إبقائه رهن التوقيف الاحترازي."], "2018-07-19T07:17")
    r = when(doc, "إرجاء")
    assert r["date"] == "2018-07-18" and not r["future"], r
    doc = make_doc(None, ["ومثل الجمعة لفترة وجيزة أمام محكمة في سانتا آنا قبل إرجاء الجلسة إلى 17 آب/أغسطس."],
                   "2018-08-04T10:00")
    assert when(doc, "ومثل")["date"] == "2018-08-03"


def test_until_day_still_marks_a_planned_span():
    doc = make_doc(None, ["وقال الجيش الأميركي، اليوم الأحد، إن المناورات ستنظم في جميع أنحاء المنطقة حتى 15 يونيو/حزيران."],
                   "2018-06-03T12:34")
    assert when(doc, "ستنظم")["future"]


def test_named_weekday_wins_over_a_stamp_one_day_late():
    from datetime import datetime

    from marsad.time.extract import find_times

    a = datetime(2018, 9, 3, 0, 30)  # Monday 00:30 UTC; the text was written on Sunday
    t = find_times("وبحسب منظمة غير حكومية شارك في مظاهرة قرب الكرملين اليوم الأحد 9000 شخص", a)
    assert [(x["text"], x["value"]) for x in t] == [("اليوم الأحد", "2018-09-02")]
    t = find_times("وأيد وزير الدفاع الخطة أمس السبت.", a)
    assert t[0]["value"] == "2018-09-01" and t[0]["direction"] == "past"
    # agreeing names and غدا stay as they are; nothing is moved forward
    assert find_times("قال اليوم الاثنين", a)[0]["value"] == "2018-09-03"
    assert find_times("ومن المتوقع أن تعقد الجامعة اجتماعا غدا الاثنين", a)[0]["value"] == "2018-09-04"
    assert find_times("قال اليوم الثلاثاء", a)[0]["value"] == "2018-09-03"


def test_report_day_before_inna_leaves_the_act_told_before_its_own_day():
    doc = make_doc(None, [
        "وجاء إعلان توجيه الاتهام للشابة الروسية الاثنين بعد ساعات من قمة فلاديمير بوتين ودونالد ترامب في هلسنكي.",
        "وقالت المتحدثة باسم الخارجية الروسية الأربعاء إن الفاصل الزمني القصير بين القمة وتوجيه الاتهام يظهر الهدف الواضح.",
    ], "2018-07-19T12:22")
    r = when(doc, "القمة")
    assert r["date"] == "2018-07-16" and r.get("carried"), r
    assert when(doc, "وقالت")["date"] == "2018-07-18"  # the speech keeps its own day


def test_another_occasion_is_not_the_one_told_before():
    doc = make_doc(None, [
        "وكان الرئيس الأمريكي قد تعرض لانتقادات واسعة إثر القمة مع الرئيس الروسي في هلسنكي الاثنين الماضي.",
        "وأعلنت المتحدثة الخميس إن هناك محادثات جارية تحضيرا لقمة ثانية بين الرئيس الأمريكي والرئيس الروسي.",
    ], "2018-07-19T20:40")
    assert when(doc, "لقمة", nth=1)["date"] == "2018-07-19"  # (the first hit is inside القمة)


def test_late_utc_stamp_next_weekday_is_the_writers_today():
    lead = "أعلن رئيس الوزراء الأسترالي سكوت موريسون، الثلاثاء، أن بلاده منفتحة على الاعتراف بالقدس عاصمة لإسرائيل."
    doc = make_doc(None, [lead], "2018-10-15T23:35")  # Monday 23:35 UTC = Tuesday morning east of Greenwich
    r = when(doc, "أعلن")
    assert r["date"] == "2018-10-16" and not r["future"], r
    doc = make_doc(None, [lead], "2018-10-15T14:00")  # the same text stamped Monday afternoon: last Tuesday
    assert when(doc, "أعلن")["date"] == "2018-10-09"
    doc = make_doc(None, [lead], "2018-10-15")  # a date without a time says nothing about the hour
    assert when(doc, "أعلن")["date"] == "2018-10-09"


def test_late_stamp_today_names_the_writers_next_day():
    from datetime import datetime

    from marsad.time.extract import find_times

    a = datetime(2018, 6, 12, 22, 20)  # Tuesday 22:20 UTC
    t = find_times("قالت وكالة الأنباء المركزية الكورية اليوم الأربعاء، إن الرئيس الأميركي وجه الدعوة", a)
    assert t[0]["value"] == "2018-06-13" and t[0].get("late_stamp") and t[0]["direction"] is None
    t = find_times("في الساعة الثانية عشرة ظهرا من اليوم الأربعاء", a)
    assert all(x.get("late_stamp") for x in t if x["value"] and x["value"].startswith("2018-06-13"))
    assert find_times("قالت اليوم الأربعاء", datetime(2018, 6, 12, 12, 0))[0]["value"] == "2018-06-12"


def test_since_an_older_day_stays_background():
    doc = make_doc(None, ["وتحاصر القوات الحكومية البلدة منذ الخامس من يناير الماضي."], "2018-02-23T02:24")
    r = when(doc, "تحاصر")
    assert r["historical"]
