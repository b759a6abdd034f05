"""Event dates (s34dates), on corpus sentences: a year glued to its month (مايو2017) is that month's year; a night
told "ليل الخميس إلى الجمعة" is the night between the two days; a month set off by commas after the verb and its
subject (وأمهل ترامب، في يناير الماضي، الدول الأوروبية) dates the clause's act; a short relative clause after a verbal
act (انتقد أردوغان كورتز الذي صرّح الجمعة) dates its object, not the act; no day is carried on from a pluperfect
background sentence (وكانت رسالة ... المؤرخة في 5 مارس) to the continuations after it."""
from __future__ import annotations

from test_time_dating import make_doc, when

from marsad.time.extract import find_times


def _tx(text: str, anchor: str) -> list[tuple]:
    return [(t["text"], t["value"], t["grain"]) for t in find_times(text, anchor)]


def test_glued_year_is_the_months_year():
    # FR-internationalNews-1764-20180611, FR-internationalNews-449-20180315, SK-internationalNews-1489-20180509
    a = "2018-06-11T10:00"
    assert ("الخامس من حزيران/يونيو2017", "2017-06-05", "day") in \
        _tx("وقطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر في الخامس من حزيران/يونيو2017 بعدما اتهمت الدوحة", a)
    assert ("أيار/مايو2017", "2017-05", "month") in _tx("وقد زار الرياض في أيار/مايو2017 في أول رحلة خارجية", a)
    assert ("أكتوبر2017", "2017-10", "month") in _tx("أكتوبر2017، أعلن الرئيس الأميركي، دونالد ترامب، عن استراتيجية", a)
    # not a number glued to any other word
    assert _tx("وصلت الطائرة A2017 إلى المطار", a) == []


def test_glued_year_makes_a_past_act_historical():
    # FR-middleEast-619-20180611: the boycott of June 2017 is background, not an act of last week
    doc = make_doc(None, ["وكانت السعودية والإمارات والبحرين ومصر قطعت علاقاتها مع قطر في الخامس من حزيران/يونيو2017 "
                          "متهمة إياها بدعم الإرهاب."], "2018-06-11T10:00")
    r = when(doc, "قطعت")
    assert r["date"] == "2017-06-05" and r["historical"]


def test_night_from_one_day_to_the_next():
    # FR-internationalNews-2376-20180718 (stamped Wednesday): the raids of the night Tuesday to Wednesday
    doc = make_doc(None, ["أعلن المرصد السوري لحقوق الإنسان عن مقتل 15 مدنيا في غارات استهدفت ليل الثلاثاء إلى الأربعاء "
                          "مدينة نوى في ريف درعا الغربي."], "2018-07-18T19:21")
    r = when(doc, "غارات")
    assert r["date"] == "2018-07-18" and r["date_text"] == "ليل الثلاثاء إلى الأربعاء"
    # two days without a night are two expressions, as before
    assert [t[0] for t in _tx("وصل الوفد الخميس إلى الجمعة", "2018-07-18T12:00")] == ["الخميس", "الجمعة"]


def test_comma_set_month_dates_the_act():
    # SK-internationalNews-1271-20180430, SK-internationalNews-2590-20180711, BB-internationalNews-342-20180414
    doc = make_doc(None, ["وأمهل الرئيس الأميركي، دونالد ترامب، في يناير الماضي، الدول الأوروبية 120 يوما، تنتهي في مايو "
                          "المقبل، لتعديل الاتفاق النووي."], "2018-04-30T13:12")
    r = when(doc, "وأمهل")
    assert r["date_text"] == "يناير الماضي" and r["historical"]
    doc = make_doc(None, ["وكانت الشرطة الإيرانية اعتقلت، في فبراير الماضي، 29 امرأة بسبب إزالة حجابهن."],
                   "2018-07-11T10:00")
    assert when(doc, "اعتقلت")["historical"]
    doc = make_doc(None, ["وأدانت المحكمة بيسونيت، 28 عاما، في مارس/آذار الماضي، بجريمة قتل من الدرجة الأولى لستة "
                          "مسلمين في مسجد بمقاطعة كيبيك."], "2018-04-14T14:00")
    assert when(doc, "وأدانت")["date_text"] == "مارس/آذار الماضي"


def test_comma_set_year_or_new_clause_does_not():
    # BB-internationalNews-260-20180331: "، عام 2016،" dates the killing, not the punishment
    doc = make_doc(None, ["عاقبت ولاية لويزيانا شرطيين قتلا مواطنا أسود ، عام 2016، بطرد أحدهما من العمل."],
                   "2018-03-31T14:06")
    assert not when(doc, "عاقبت")["historical"]
    # AL-internationalNews-1754-20180624: "، ففي أكتوبر الماضي، أعلن" opens another clause
    doc = make_doc(None, ["وهذه هي المرة الثانية خلال 8 أشهر التي يعلن فيها جهاز الاستخبارات الداخلية توقيف ناشطين من "
                          "اليمين المتطرف، ففي أكتوبر الماضي، أعلن الجهاز المذكور توقيف ناشطين من الجهة نفسها."],
                   "2018-06-24T19:05")
    assert not when(doc, "توقيف")["historical"]


def test_relative_clause_after_a_verbal_act_dates_its_object():
    # SK-internationalNews-1084-20180421 (stamped Saturday): Kurz spoke on Friday, Erdogan's criticism is not dated so
    doc = make_doc(None, ["وفي مقابلة مع قناة \"إن تي في\" الخاصة انتقد أردوغان المستشار النمسوي سيباستيان كورتز الذي صرّح "
                          "الجمعة أن الحملات الانتخابية \"غير مرحب بها\" في بلاده."], "2018-04-21T10:00")
    assert when(doc, "انتقد")["date"] != "2018-04-20"
    # FR-internationalNews-1599-20180602: the bill the government passed on 21 May, not the deputies' rejection
    doc = make_doc(None, ["أعلن 78 نائبا من مجموع 130 نائبا رفضهم مشروع قانون ضريبة الدخل الذي أقرته الحكومة في 21 "
                          "أيار/مايو وينص على معاقبة التهرب الضريبي."], "2018-06-02T10:00")
    assert when(doc, "رفضهم")["date"] != "2018-05-21"


def test_long_relative_clause_on_the_subject_keeps_the_verbs_day():
    # SK-internationalNews-2415-20180701: the day after a long clause on the subject dates the condemnation
    doc = make_doc(None, ["نددت منظمة \"إس أو إس ميديترانيه\" التي تشارك في أعمال إنقاذ للمهاجرين في البحر المتوسط السبت "
                          "بما اعتبرته \"إفلاس الدول الأوروبية في فرض احترام الاتفاقيات البحرية\"."], "2018-07-01T10:00")
    assert when(doc, "نددت")["date"] == "2018-06-30"


def test_no_day_carried_on_from_a_pluperfect_background_sentence():
    # AL-internationalNews-411-20180310: the letter dated 5 March is background; the government's demand told after it
    # in a continuation is not of that day
    doc = make_doc(None, ["اتهمت الحكومة اليمنية الشرعية، الجمعة، ميليشيات الحوثي الانقلابية، بوضع العراقيل أمام عمل "
                          "منظمات الأمم المتحدة الإغاثية في اليمن.",
                          "وكانت رسالة وجهتها جهات أممية في صنعاء إلى مساعد الأمين العام للأمم المتحدة أبلغته بواقعة خطف "
                          "الحوثيين موظفين اثنين، وأشارت الرسالة المؤرخة في 5 مارس 2018 إلى مخاوف من بينها اعتداءات.",
                          "وحملت الشكوى السلطات الحوثية مسؤولية المخاوف والتهديدات التي تطال موظفي الأمم المتحدة.",
                          "وطالبت الحكومة اليمنية، مجلس الأمن والأمم المتحدة بالعمل بقوة على إنهاء كافة هذه التصرفات."],
                   "2018-03-10T07:43")
    assert when(doc, "وطالبت")["date"] != "2018-03-05"
    # a continuation after a sentence of the story's own day still takes that day
    doc = make_doc(None, ["أصدرت محكمة في القاهرة، الأحد، حكما بسجن 10 ناشطين.",
                          "وقالت المحكمة إن المتهمين أدينوا بالتظاهر دون ترخيص.",
                          "وطالبت منظمات حقوقية بالإفراج عنهم."], "2018-03-05T10:00")
    assert when(doc, "وطالبت")["date"] == "2018-03-04"
