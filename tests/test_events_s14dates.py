"""Event dates, session 14: the lead's incident retold later by its noun with a day, a lead's current week narrowed by
the day its occasion is told with next, and days inside relative clauses (another noun's occasion, or the act noun's
own)."""
from __future__ import annotations

from test_time_dating import make_doc, when


def test_incident_retold_by_its_noun_dates_the_lead_and_headline():
    doc = make_doc("السعودية: 26 جريحا بشظايا صاروخ أطلقه الحوثيون على نجران",
                   ["اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقه حوثيون على مدينة نجران الجنوبية، ما أسفر "
                    "عن إصابة 26 شخصا بشظايا، حسب مديرية الدفاع المدني السعودية.",
                    "وقالت قناة \"المسيرة\" التلفزيونية التي يديرها الحوثيون على موقع تويتر إن الحوثيين استهدفوا "
                    "معسكرا للحرس الوطني السعودي في مدينة نجران الحدودية.",
                    "وقال التحالف الذي تقوده السعودية لقتال الحوثيين إن الصاروخ أطلق من محافظة صعدة اليمنية الأربعاء "
                    "الساعة 17:08 بتوقيت غرينتش ."], "2018-09-06T09:43")
    assert when(doc, "إصابة")["date"] == "2018-09-05"
    assert when(doc, "صاروخ")["date"] == "2018-09-05"  # the headline, through the lead


def test_incident_noun_must_be_named_in_the_lead():
    # the lead tells an arrest, not the clashes: the clashes' day is no day of the arrest
    doc = make_doc(None, ["اعتقلت الشرطة ثلاثة أشخاص في العاصمة.",
                          "واندلعت الاشتباكات، الإثنين، في الضواحي الجنوبية للمدينة."], "2018-08-30T10:06")
    assert when(doc, "اعتقلت")["date"] is None


def test_this_week_takes_the_day_the_clashes_broke_out():
    doc = make_doc("ليبيا: مقتل العشرات في اشتباكات بين المليشيات بطرابلس",
                   ["تقول السلطات الليبية إن عشرات الأشخاص قتلوا وأصيب مئات آخرون هذا الأسبوع في اشتباكات بين "
                    "المليشيات المتصارعة في العاصمة، طرابلس.",
                    "واندلعت الاشتباكات، الإثنين، في الضواحي الجنوبية للمدينة."], "2018-08-30T10:06")
    r = when(doc, "قتلوا")
    assert r["date"] == "2018-08-27" and r["date_text"] == "الإثنين"


def test_day_of_a_relative_clause_on_elections_is_not_the_request():
    doc = make_doc(None, ["طالب ائتلاف الوطنية بقيادة رئيس الوزراء العراقي الأسبق إياد علاوي بإعادة الانتخابات التي "
                          "جرت السبت، وتشكيل حكومة تصريف أعمال."], "2018-05-13T09:00")
    assert when(doc, "طالب")["date"] is None


def test_day_of_a_relative_clause_on_a_person_is_not_the_call():
    doc = make_doc(None, ["وجه الرئيس الفرنسي إيمانويل ماكرون الاثنين لنظيره الروسي فلاديمير بوتين الذي أعيد انتخابه "
                          "الأحد لولاية رابعة تمنياته بالنجاح، كما دعاه إلى توضيح عملية الاغتيال."], "2018-03-20T08:39")
    assert when(doc, "دعاه")["date"] == "2018-03-19"


def test_main_clause_day_for_the_second_verb_not_the_relative_clause_day():
    doc = make_doc(None, ["دانت فرنسا السبت \"إطلاق النار العشوائي\" للجيش الاسرائيلي، الذي أدى إلى مقتل تسعة "
                          "فلسطينيين الجمعة، ودعت الى \"ضبط النفس\" في استخدام القوة."], "2018-04-07T19:52")
    assert when(doc, "ودعت")["date"] == "2018-04-07"
    # the killing inside the relative clause keeps its own day
    assert when(doc, "مقتل")["date"] == "2018-04-06"


def test_act_noun_heading_a_relative_clause_takes_its_day():
    doc = make_doc(None, ["فتح التحالف العربي الذي تقوده السعودية باليمن تحقيقا الجمعة، بشأن القصف الجوي الذي استهدف "
                          "حافلة تقل أطفالا بسوق ضحيان في محافظة صعدة الخميس، والذي أسفر عن مقتل 51 شخصا."],
                   "2018-08-10T12:00")
    assert when(doc, "القصف")["date"] == "2018-08-09"
    doc = make_doc(None, ["شيعت محافظة السويداء ذات الغالبية الدرزية الخميس العشرات من ضحايا الهجمات التي تبناها تنظيم "
                          "\"الدولة الإسلامية\" في المحافظة الأربعاء وأودت بحياة أكثر من 250 شخصا."], "2018-07-26T21:10")
    assert when(doc, "الهجمات")["date"] == "2018-07-25"


def test_relative_clause_on_an_incident_noun_still_dates_its_consequence():
    # the strikes are the subject of the clause that tells the deaths: their day stays the deaths' day
    doc = make_doc(None, ["صرح مدير المرصد السوري لحقوق الإنسان السبت أن الضربات الإسرائيلية على سوريا التي وقعت فجر "
                          "الخميس واستهدفت مواقع عسكرية، أسفرت عن مقتل 11 إيرانيا."], "2018-05-12T08:48")
    assert when(doc, "مقتل")["date"] != "2018-05-12"


def test_cancellation_is_no_act_noun_heading_the_summit_clause():
    # إلغاء folds to الغاء: no definite act noun, and the summit's day is to come
    doc = make_doc(None, ["وكان ترامب قد أعلن الخميس إلغاء القمة التي كانت مقررة في الثاني عشر من الشهر المقبل في "
                          "سنغافورة."], "2018-05-26T12:33")
    assert when(doc, "إلغاء")["date"] == "2018-05-24"
