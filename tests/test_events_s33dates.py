"""Event dates (s33dates), on corpus sentences: a lead's material act without a day of its own takes the day its story
is told with in the next sentence (not a verbal act's: another occasion may follow it); a tweet is a statement; a day
more than a week old told in another sentence is not carried to an act told without a time expression of its own."""
from __future__ import annotations

from test_time_dating import make_doc, when


def test_lead_arrest_takes_the_day_of_the_next_sentence():
    # SK-internationalNews-1966-20180604 (stamped Monday 22:55 UTC): the arrest was on Saturday
    doc = make_doc(None, ["قالت وزارة العدل الأميركية إن السلطات ألقت القبض على ضابط سابق بوكالة المخابرات الدفاعية في "
                          "مطلع الأسبوع للاشتباه في محاولته التجسس على الولايات المتحدة لصالح الصين.",
                          "واحتجز مكتب التحقيقات الاتحادي (إف.بي.آي) رون روكويل هانسن (58 عاما) يوم السبت وهو في طريقه "
                          "إلى مطار سياتل تاكوما الدولي ليستقل طائرة إلى الصين."], "2018-06-04T22:55")
    r = when(doc, "ألقت القبض")
    assert r["date"] == "2018-06-02" and r.get("carried")


def test_lead_sanction_takes_the_day_of_the_press_conference():
    # BB-internationalNews-260-20180331
    doc = make_doc(None, ["عاقبت ولاية لويزيانا شرطيين قتلا مواطنا أسود ، عام 2016، بطرد أحدهما من العمل بينما أوقفت "
                          "الأخر عن العمل ثلاثة أيام.",
                          "وقال قائد الشرطة مورفي بول، في مؤتمر صحفي الجمعة، تم طرد الضابط بلين سلاموني، الذي أطلق النار "
                          "على ألتون ستيرلنغ، في الأحداث التي جرت خارج محل في مدينة باتون روج، وذلك لإدانته بخرق قواعد "
                          "العمل المتعلقة باستخدام القوة كما أنه فقد إتزانه."], "2018-03-31T14:06")
    assert when(doc, "عاقبت")["date"] == "2018-03-30"
    # one shared word is not enough for a sentence that does not go on with the story verb first
    doc = make_doc(None, ["عاقبت ولاية لويزيانا شرطيين قتلا مواطنا أسود ، عام 2016، بطرد أحدهما من العمل بينما أوقفت "
                          "الأخر عن العمل ثلاثة أيام.",
                          "وقال قائد الشرطة مورفي بول، في مؤتمر صحفي الجمعة، تم طرد الضابط بلين سلاموني."],
                   "2018-03-31T14:06")
    assert when(doc, "عاقبت")["date"] is None


def test_verbal_lead_keeps_no_day_of_another_occasion():
    # FR-internationalNews-2180-20180705: the failed round on Wednesday is not the Thursday agreement
    doc = make_doc(None, ["أعلنت الفصائل المعارضة موافقتها على العودة إلى التفاوض مع روسيا حول اقتراح لوقف المعارك في "
                          "جنوب سوريا، بعد تصعيد عسكري غير مسبوق على مواقعها. وتعثرت جولة التفاوض الأخيرة الأربعاء بعد "
                          "رفض الفصائل الطلب الروسي بتسليم سلاحها الثقيل دفعة واحدة."], "2018-07-05T17:16")
    assert when(doc, "موافقتها")["date"] != "2018-07-04"


def test_lead_not_dated_by_a_background_sentence():
    # BB-middleEast-407-20180425: "وكان ... اعتذر الثلاثاء" is background, another occasion
    doc = make_doc(None, ["أعلنت وزارة الخارجية الكويتية أنها أبلغت السفير الفلبيني لديها بأنه شخص غير مرغوب فيه، وطلبت "
                          "منه مغادرة أراضيها في مدة أقصاها أسبوع.",
                          "وكان وزير الخارجية الفلبيني آلان بيتر كايتانو، اعتذر الثلاثاء لدولة الكويت بعد تداول مقاطع "
                          "فيديو لموظفين من سفارة بلاده في الكويت."], "2018-04-25T22:06")
    assert when(doc, "أبلغت")["date"] != "2018-04-24"


def test_tweet_is_the_statement_of_the_lead():
    # SK-internationalNews-2559-20180710 (stamped Tuesday 03:17 UTC): the criticism was Monday's tweet
    doc = make_doc(None, ["وجه الرئيس الأميركي، دونالد ترامب انتقادات لاذعة لشركة \"فايزر\" وغيرها من شركات صناعة الأدوية "
                          "الأميركية، بسبب رفعها أسعار بعض الأدوية اعتبارا من مطلع يوليو.",
                          "وغرد ترامب، الاثنين على تويتر قائلا \"يجب أن تخجل فايزر والآخرون من أنهم رفعوا أسعار الدواء "
                          "بلا سبب.. سنرد\"."], "2018-07-10T03:17")
    assert when(doc, "انتقادات")["date"] == "2018-07-09"


def test_stale_day_is_not_carried_to_a_warning():
    # AL-internationalNews-512-20180317: the poisoning of 4 March does not date the warning told after it
    doc = make_doc(None, ["وتعرض سكريبال وابنته للتسميم في الرابع من آذار/مارس في مدينة سالزبري.",
                          "وحذرت من أن بريطانيا \"لن تتساهل مطلقاً مع تهديد الحكومة الروسية لحياة المواطنين "
                          "البريطانيين\"."], "2018-03-17T10:00")
    r = when(doc, "وحذرت")
    assert r["date"] != "2018-03-04" and not r["historical"]


def test_recent_carried_day_is_kept():
    # the continuation of a story told two days before the publication keeps its day
    doc = make_doc(None, ["قتل 14 مدنيا في غارات جديدة نفذتها قوات النظام السوري على الغوطة الشرقية، السبت.",
                          "وقال المرصد إن الضربات الجوية استهدفت عددا من بلدات الغوطة الشرقية."], "2018-03-05T08:00")
    assert when(doc, "استهدفت")["date"] == "2018-03-03"
