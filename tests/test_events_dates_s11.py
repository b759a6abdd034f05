"""Event dates on fresh text (s11): a date that names another occasion, the lead's day told in the next sentence, the
incident told again, a day inside a quotation, present spans, document numbers, a story told on between sentences."""
from __future__ import annotations

from test_time_dating import make_doc, when


def test_year_after_occasion_noun_names_it():
    # the year names the coup attempt; the arrests are dated by the report's own day
    doc = make_doc(None, ["قالت وكالة الأناضول للأنباء، الثلاثاء، إن السلطات التركية أصدرت أوامر باعتقال 170 شخصا "
                          "للاشتباه في صلتهم بشبكة متهمة بالتخطيط لمحاولة الانقلاب عام 2016."], "2018-02-20T09:19")
    r = when(doc, "باعتقال")
    assert r["date"] == "2018-02-20" and r["date_text"] == "الثلاثاء"


def test_election_date_is_no_date_of_the_sentence():
    doc = make_doc(None, ["أصدرت محكمة مكافحة الفساد الباكستانية حكما غيابيا بالسجن 10 سنوات على رئيس الوزراء السابق "
                          "نواز شريف، في ضربة لحزبه الذي يخوض حملة لانتخابات 25 تموز/يوليو."], "2018-07-06T12:02")
    r = when(doc, "بالسجن")
    assert r["date"] is None and not r["future"] and r.get("named") and not r.get("declined")


def test_weekday_after_attack_noun_names_it_for_a_statement():
    doc = make_doc(None, ["نددت وزارة الخارجية المصرية بهجوم الأحد على كنيسة في شمال سيناء."], "2018-03-13T10:00")
    assert when(doc, "نددت")["date"] is None
    # an act during the occasion keeps its day
    doc = make_doc(None, ["وقتلت القوات الإسرائيلية 61 فلسطينيا خلال اشتباكات واحتجاجات الاثنين بسبب نقل السفارة."],
                   "2018-05-15T16:34")
    assert when(doc, "وقتلت")["date"] == "2018-05-14"


def test_since_date_after_subject_noun_is_kept():
    doc = make_doc(None, ["وقد قتل 40 فلسطينيا برصاص القوات الإسرائيلية على الحدود، منذ أن بدأت الاحتجاجات يوم 30 "
                          "مارس/ آذار الماضي."], "2018-04-27T16:10")
    assert when(doc, "قتل")["date"] == "2018-03-30"


def test_document_number_year_is_no_time():
    doc = make_doc(None, ["أعلن رئيس جمهورية جنوب السودان، سلفا كير ميارديت، الأربعاء، عفوا على جميع المتورطين في الحرب.",
                          "وذكر التلفزيون الرسمي: صدر الأمر الجمهوري رقم 14 لعام 2018 بمنح عفو عام عن زعيم المتمردين."],
                   "2018-08-09T06:52")
    assert when(doc, "بمنح")["date"] == "2018-08-08"


def test_lead_takes_the_day_of_the_statement_that_follows():
    doc = make_doc(None, ["دعا وزير الخارجية الأمريكي، مايك بومبيو، حكومة المملكة العربية السعودية إلى دعم إجراء تحقيق "
                          "شامل في اختفاء الصحفي السعودي، جمال خاشقجي.",
                          "وقال بومبيو، في بيان صادر، الإثنين: لقد رأينا تقارير متضاربة حول سلامة الصحفي السعودي "
                          "جمال خاشقجي."], "2018-10-09T05:08")
    r = when(doc, "دعا")
    assert r["date"] == "2018-10-08" and r.get("carried")


def test_lead_threat_dated_by_the_next_sentence():
    doc = make_doc(None, ["هدد الرئيس الفلبيني، رودريغو دوتيرتي، بقتل أفراد الشرطة الفاسدين في مواجهة على التلفزيون.",
                          "وقال مسؤولون فلبينيون إن أكثر من مائة شرطي تعرضوا للتوبيخ أمس الثلاثاء من دوتيرتي."],
                   "2018-08-08T01:32")
    assert when(doc, "هدد")["date"] == "2018-08-07"


def test_material_lead_not_dated_by_the_report_that_follows():
    doc = make_doc(None, ["انطلقت مناورة عسكرية كبرى بقيادة الولايات المتحدة في دول البلطيق.",
                          "وقالت قيادة الجيش الأميركي، اليوم الأحد، إن المناورة العسكرية ستستمر حتى منتصف الشهر."],
                   "2018-06-03T16:34")
    assert when(doc, "انطلقت")["date"] is None


def test_lead_not_dated_by_a_background_clause_that_follows():
    doc = make_doc(None, ["قال وزير الخارجية البريطاني بوريس جونسون إن المملكة المتحدة سترد بقوة في حال ظهور دليل على "
                          "تورط روسيا في تدهور الحالة الصحية للعميل السابق سيرغي سكريبال.",
                          "ويرقد سكريبال وابنته في حالة صحية حرجة في أحد المستشفيات بعدما عثر عليهما فاقدي الوعي في "
                          "مدينة سالزبري بمقاطعة ويلتشير يوم الأحد."], "2018-03-06T15:25")
    assert when(doc, "تورط")["date"] is None


def test_incident_told_again_takes_the_lead_day():
    doc = make_doc(None, ["جرح أكثر من 15 شخصا مساء الخميس بعد انفجار وقع في مطعم بمنطقة ماساساغا، وفقا للشرطة.",
                          "ونشرت الشرطة مجموعة من المواصفات للمشتبه بهما.",
                          "ووقع الانفجار في مطعم هندي، ومن بين الجرحى 3 منهم حالتهم حرجة."], "2018-05-25T05:56")
    r = when(doc, "الانفجار")
    assert r["date"] == "2018-05-24" and r.get("carried")


def test_day_inside_a_quotation_does_not_date_the_visit():
    doc = make_doc(None, ["أعرب الرئيس الروسي فلاديمير بوتين، الثلاثاء، عن أمله بأن ينجح اجتماع المنظمة.",
                          "وقال بوتين خلال زيارته لأنقرة إن \"السرعة التي أطلقت فيها الحملة تستدعي الدهشة\"، مضيفا "
                          "\"غدا، دعونا إلى اجتماع لمنظمة حظر الأسلحة الكيمياوية\"."], "2018-04-03T18:25")
    r = when(doc, "زيارته")
    assert r["date"] == "2018-04-03" and not r["future"]


def test_day_outside_a_quotation_dates_the_quoted_words():
    doc = make_doc(None, ["وكتب وزير الداخلية نهاد المشنوق في تغريدة ليل الجمعة: \"كل اللبنانيين يعتذرون من زياد "
                          "عيتاني\"."], "2018-03-02T21:44")
    assert when(doc, "يعتذرون")["date"] == "2018-03-02"


def test_present_span_is_no_time_frame():
    doc = make_doc(None, ["وقال طلاب إن المسلح فتح النار في فصل دراسي بمدرسة سانتافي الثانوية الجمعة.",
                          "وقال حاكم ولاية تكساس للصحفيين \"أؤكد أننا حتى الآن فقدنا عشرة أرواح وأصيب عشرة آخرون\"."],
                   "2018-05-18T22:37")
    assert when(doc, "وأصيب")["date"] == "2018-05-18"


def test_story_told_on_between_carries_the_lead_day():
    doc = make_doc(None, ["حض مجلس الأمن الدولي الأربعاء المبعوث الخاص للأمم المتحدة إلى الصحراء الغربية على مواصلة "
                          "المحادثات.",
                          "وقد التقى المبعوث الأممي هورست كوهلر أعضاء المجلس في اجتماع مغلق.",
                          "وأعرب أعضاء مجلس الأمن عن دعمهم الكامل لجهود الرئيس الألماني السابق."], "2018-03-22T00:21")
    assert when(doc, "دعمهم")["date"] == "2018-03-21"


def test_story_told_on_does_not_reach_a_flashback():
    doc = make_doc(None, ["اتهمت السفارة الروسية لدى لندن، الأحد، بريطانيا بحجب معلومات في قضية موت غلوشكوف.",
                          "وفي 12 آذار/مارس، عثر على غلوشكوف ميتا في منزله غرب لندن.",
                          "وخلصت الشرطة إلى أن غلوشكوف توفي جراء تعرضه لضغط على العنق.",
                          "وقالت السفارة الروسية في بيان إن البريطانيين لم يفصحوا عن معلومات."], "2018-04-08T13:50")
    assert when(doc, "يفصحوا")["date"] != "2018-03-12"
