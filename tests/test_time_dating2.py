"""Event dates (dating2): background acts, one-word reporting tails, relative clauses, headlines."""
from __future__ import annotations

from test_time_dating import make_doc, when

TUE = "2018-04-10T11:57"
SAT = "2018-04-28T10:30"


def test_background_reply_declines_main_day():
    doc = make_doc(None, ["ردا على الانتقادات والاتهامات الأمريكية بضلوع موسكو في الهجوم الكيميائي المفترض في مدينة "
                          "دوما السبت الماضي، أعلن وزير الخارجية الروسي سيرغي لافروف الثلاثاء أن موسكو ستقدم مشروع "
                          "قرار."], TUE)
    r = when(doc, "الانتقادات")
    assert r["date"] is None and r.get("declined")
    assert when(doc, "أعلن")["date"] == "2018-04-10"


def test_background_relative_clause_support_undated():
    doc = make_doc(None, ["أعلنت قوات سوريا الديمقراطية، التي تدعمها الولايات المتحدة، في بيان صحفي، الثلاثاء، أنها "
                          "شنت عملية برية كبيرة في شرق سوريا."], "2018-09-12T10:26")
    r = when(doc, "تدعمها")
    assert r["date"] is None and r.get("declined")


def test_after_talks_is_not_declined():
    # بعد محادثات: the talks just before the agreement are the same occasion; the caller may date them
    doc = make_doc(None, ["اتفق القادة الأوروبيون الجمعة بعد محادثات استمرت نحو 10 ساعات في بروكسل على خطة للهجرة."],
                   "2018-06-29T10:00")
    assert not when(doc, "محادثات").get("declined")


def test_one_word_reporting_tail():
    doc = make_doc(None, ["لقي عشرات الحوثيين مصرعهم في غارة جوية شنتها طائرات التحالف على صنعاء، حسبما أوردت وسائل "
                          "إعلام اليوم السبت، ويأتي ذلك بعد أيام من غارة مماثلة.",
                          "وجاءت الغارة الجديدة مساء الجمعة عشية تشييع رئيس المجلس السياسي."], SAT)
    r = when(doc, "غارة جوية")
    assert r["date"] != "2018-04-28"
    assert when(doc, "الغارة الجديدة")["date"] == "2018-04-27"


def test_verb_first_narrative_takes_previous_day():
    doc = make_doc(None, ["قتل انتحاري الاثنين 8 أشخاص على الأقل قرب رجال دين في العاصمة الأفغانية كابول.",
                          "وانفجرت القنبلة قرب منطقة سكنية غرب كابول."], "2018-06-05T07:41")
    r = when(doc, "وانفجرت")
    assert r["date"] == "2018-06-04" and r.get("carried")


def test_verb_first_narrative_not_from_pluperfect_sentence():
    doc = make_doc(None, ["قال مصدر حكومي الأحد إن القضاء يستجوب شخصا يشتبه بأنه شارك في الهجوم الجمعة الماضية.",
                          "وكان شخص ثان قد أوقف أمس الأحد وتم استجوابه أيضا.",
                          "وقتل في الهجوم سبعة من قوات الأمن وأصيب أكثر من 80 شخصا بجروح."], "2018-03-05T15:10")
    assert when(doc, "وقتل")["date"] is None


def test_closed_session_is_the_occasion_before():
    doc = make_doc(None, ["وافقت الدول الأعضاء في منظمة حظر الأسلحة الكيميائية الأربعاء على تعزيز صلاحيات المنظمة.",
                          "وخلال جلسة مغلقة، أيد 82 عضوا في المنظمة مشروع قرار تقدمت به لندن."], "2018-06-28T09:30")
    assert when(doc, "أيد")["date"] == "2018-06-27"


def test_day_of_the_act_told_after_baad():
    doc = make_doc(None, ["تبدو الدول الغربية مصممة على معاقبة النظام السوري بعد الهجوم المفترض بالسلاح الكيميائي في "
                          "دوما قرب دمشق السبت الماضي."], "2018-04-11T11:09")
    assert when(doc, "معاقبة")["date"] is None


def test_day_after_baad_an_or_comma_still_dates_main_act():
    doc = make_doc(None, ["قتل مدنيان وأصيب 12 شخصا بينهم جنود فرنسيون، بعد أن صدمت سيارة ملغومة دورية عسكرية في "
                          "مدينة غاو شمالي مالي، الأحد."], "2018-07-01T14:08")
    assert when(doc, "قتل")["date"] == "2018-07-01"
    doc = make_doc(None, ["وقررت تركيا استدعاء سفيرها في إسرائيل للتشاور بسبب المواجهات في غزة التي أسفرت عن مقتل 60 "
                          "شخصا، الاثنين."], "2018-05-15T12:03")
    assert when(doc, "استدعاء")["date"] == "2018-05-14"


def test_weeks_ago_is_no_day():
    doc = make_doc(None, ["شنت الجماعة الهجومين ردا على مقتل عشرات من قادتها في هجوم للجيش الفرنسي في شمال مالي قبل "
                          "أسبوعين."], "2018-03-03T19:46")
    r = when(doc, "هجوم للجيش")
    assert r["date"] is None and r["date_text"] == "قبل أسبوعين"


def test_headline_not_dated_by_concessive_day_of_lead():
    doc = make_doc("كوريا الشمالية لواشنطن: مستعدون للقاء في أي زمان ومكان",
                   ["على الرغم من إعلان الولايات المتحدة الخميس إلغاء اللقاء بين الرئيس الأميركي وزعيم كوريا الشمالية، "
                    "أعلنت كوريا الشمالية الجمعة أنها لا تزال مستعدة لإجراء محادثات مع الولايات المتحدة للقاء."],
                   "2018-05-25T08:00")
    r = when(doc, "مستعدون")
    assert r["date"] == "2018-05-25" and r["date_text"] == "الجمعة"


def test_background_a_few_words_after_ithr():
    doc = make_doc(None, ["وكانت الرياض أعلنت الخميس عن تعليق شحنات النفط عبر مضيق باب المندب، إثر تعرض ناقلتي نفط "
                          "سعوديتين لهجوم شنه الحوثيون."], "2018-08-01T07:42")
    r = when(doc, "لهجوم")
    assert r["date"] is None and r.get("declined")


def test_day_of_the_charge_is_not_the_verdicts():
    doc = make_doc(None, ["أصدرت محكمة بالدنمارك حكما بالسجن المؤبد ضد المخترع بيتر مادسن بتهمة قتل الصحفية السويدية "
                          "على متن غواصته في 10 أغسطس/آب 2017."], "2018-04-27T13:54")
    assert when(doc, "حكما")["date"] is None
    doc = make_doc(None, ["أوقفت السلطات العراقية، 4 أشخاص بتهمة التورط في الحريق الذي اندلع الأحد، ودمر أكبر مخازن "
                          "صناديق الاقتراع."], "2018-06-11T19:57")
    assert when(doc, "أوقفت")["date"] is None


def test_days_after_an_earlier_act():
    doc = make_doc(None, ["وكان ترامب قد كتب على تويتر في 13 يونيو/حزيران بعد يوم واحد من اجتماعه مع زعيم كوريا الشمالية "
                          "في سنغافورة."], "2018-06-23T07:31")
    # the meeting is not dated by the main clause's day, but counted back from it (13 June less one day)
    assert when(doc, "اجتماعه")["date"] == "2018-06-12"
    doc = make_doc(None, ["أنهى المبعوث الأممي السبت زيارته الأولى إلى صنعاء، بعد أسبوع كامل من المشاورات المكثفة مع "
                          "قيادات الحوثيين."], "2018-03-31T15:52")
    assert when(doc, "المشاورات")["date"] == "2018-03-31"


def test_fronted_background_phrase_leaves_main_verb_dated():
    # a phrase opening the sentence is a fronted adverbial: the verb after it is the main clause's
    doc = make_doc(None, ["بعد يومين من الهجوم أعلنت الحكومة العراقية الأحد اعتقال ثلاثة مشتبه بهم."], "2018-06-11T10:00")
    assert when(doc, "أعلنت")["date"] == "2018-06-10"
    doc = make_doc(None, ["ردا على الانتقادات والاتهامات الأمريكية بضلوع موسكو في الهجوم الكيميائي في دوما السبت الماضي، "
                          "أعلن لافروف الثلاثاء أن موسكو ستقدم مشروع قرار."], "2018-04-10T11:57")
    assert when(doc, "والاتهامات")["date"] is None


def test_events_fallback_weekday_after_a_late_stamp():
    # the events stage's own cue reader agrees with the time stage: stamped 21:37 UTC on Saturday, "الأحد" is the
    # writer's today (the next day), not the Sunday six days before
    from marsad.events.dates import load_cues, parse_published, sentence_cues
    from marsad.lang.ar import tokenize
    text = "قتلت النيران الإسرائيلية شابين فلسطينيين في غزة الأحد."
    late = parse_published({"article": {"published": "2018-02-17T21:37"}})
    early = parse_published({"article": {"published": "2018-02-17T10:00"}})
    cues = load_cues()
    assert [c.date.isoformat() for c in sentence_cues(cues, text, tokenize(text), late)] == ["2018-02-18"]
    assert [c.date.isoformat() for c in sentence_cues(cues, text, tokenize(text), early)] == ["2018-02-11"]
