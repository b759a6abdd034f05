"""Session 27 (track s27dates): a منذ day more than a week back after a participle of continuing (المستمرة منذ) is no
fallback cue of the events stage (events.dates.since_far: a headline takes no such day); the act of a when-clause right after a منذ day is that day's (time.dating._SINCE_WHEN); a
bare اليوم inside a statement quoted by a continuation sentence is the day of the sentence before it
(time.dating._speech_day). Sentences from the political corpus leads."""
from test_time_dating import make_doc, when

from conftest import full, sides


def _dates(doc, typ):
    return [e["date"][:10] if e["date"] else None for _, _, e in sides(doc, typ)]


def test_headline_takes_no_since_day_of_the_lead(pipe):
    # BB-middleEast-1091-20181012: the protests of the headline are Friday's, not the start of the marches
    text = ("مقتل 7 فلسطينيين وإصابة 250 في احتجاجات على حدود غزة\n\n"
            "قال مسؤولون في وزارة الصحة بقطاع غزة إن 7 فلسطينيين على الأقل قُتلوا برصاص الجيش الإسرائيلي وأصيب أكثر "
            "من 250 آخرين أثناء مشاركتهم في تظاهرة تحمل اسم \"انتفاضة القدس\" التي تأتي ضمن فعاليات مسيرات العودة "
            "الكبرى وكسر الحصار المستمرة منذ 30 مارس/آذار الماضي.\n"
            "وكان آلاف الفلسطينيين قد خرجوا في مظاهرات تحت شعار \"جمعة ثوار من أجل القدس والأقصى\" في إطار مظاهرات "
            "\"العودة الكبرى وكسر الحصار\" على طول الحدود الشرقية للقطاع مع الجانب الإسرائيلي المستمرة منذ 30 مارس/ "
            "آذار الماضي.")
    doc = full(pipe, text, "2018-10-12T21:17")
    ds = _dates(doc, "PROTEST")
    assert ds and "2018-03-30" not in ds, ds


def test_recent_since_day_still_dates():
    # FR-internationalNews-2180-20180705 style: a day of the past week after منذ dates the start of the act
    doc = make_doc(None, ["وتوقفت الغارات بشكل شبه كامل بعد قصف هستيري استمر منذ مساء الأربعاء على بلدات ريف درعا."],
                   "2018-07-05T17:16")
    assert when(doc, "قصف")["date"] == "2018-07-04"


def test_when_clause_after_since_day_is_that_day():
    # FR-internationalNews-2647-20180810
    doc = make_doc(None, ["ويزداد التوتر بين كندا والسعودية منذ الإثنين، عندما طردت الرياض السفير الكندي واستدعت "
                          "سفيرها وجمدت العلاقات التجارية والاستثمارات."], "2018-08-10T06:25")
    assert when(doc, "طردت")["date"] == "2018-08-06"
    assert when(doc, "واستدعت")["date"] == "2018-08-06"


def test_when_clause_after_since_day_found():
    # CN Salisbury story (corpus): the two were found on Sunday
    doc = make_doc(None, ["ويرقد سكريبال وابنته يوليا (33 عاما) في المستشفى في حالة حرجة منذ الأحد، عندما عثر عليهما "
                          "فاقدي الوعي على أريكة في مدينة سالزبري جنوبي انجلترا."], "2018-03-08T10:00")
    assert when(doc, "عثر")["date"] == "2018-03-04"


def test_quoted_today_of_a_continuing_statement_is_the_day_before():
    # AL-internationalNews-171-20180223
    doc = make_doc(None, ["ونددت تركيا \"بشدة\" الخميس باعتراف البرلمان الهولندي بإبادة الأرمن إبان الحكم العثماني "
                          "قبل قرن، ما يزيد من حدة التوتر بين أنقرة ولاهاي.",
                          "وقالت وزارة الخارجية التركية في بيان \"نندد بشدة بالقرار الذي اتخذه البرلمان الهولندي اليوم "
                          "بالاعتراف بأحداث العام 1915 على أنها إبادة\"."], "2018-02-23T06:30")
    assert when(doc, "نندد")["date"] == "2018-02-22"


def test_quoted_today_not_from_a_background_sentence():
    # FR-internationalNews-1051-20180503: the sentence before is background (وكان ... قد); its Tuesday is not the
    # statement's today
    doc = make_doc(None, ["قالت وزارة الخارجية الجزائرية إنها استدعت السفير المغربي الأربعاء.",
                          "وكان المغرب قد أعلن الثلاثاء قطع علاقاته الدبلوماسية مع إيران.",
                          "وقالت وزارة الخارجية الجزائرية في بيان \"سفير المملكة المغربية استقبل اليوم من قبل الأمين "
                          "العام لوزارة الشؤون الخارجية\"."], "2018-05-03T05:00")
    assert when(doc, "استقبل")["date"] != "2018-05-01"
