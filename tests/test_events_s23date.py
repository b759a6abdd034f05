"""Session 23 (track s23date): an act told without a time cue of its own, which the coder leaves at the publication
day, takes the story's day when the events told with a day of their own name one day most often, within the week
before publication (stage._story_day_default).  Not from a background sentence opening on the pluperfect (وكان ... قد
اعتذر الثلاثاء), nor when two days tie."""
from conftest import full
from evhelpers import dates


def test_lead_accusation_takes_story_day(pipe):
    text = ("المعارضة التركية تنتقد أردوغان\n\n"
            "اتهم زعيم المعارضة التركية كمال كيليجدار أوغلو الرئيس رجب طيب أردوغان بتضليل الرأي العام بشأن الأزمة الاقتصادية.\n"
            "والتقى كيليجدار أوغلو، الأحد، رئيس حزب الخير ميرال أكشنار في أنقرة.")
    doc = full(pipe, text, "2018-07-16T10:00")
    assert "2018-07-15" in dates(doc, "ACCUSE") and "2018-07-16" not in dates(doc, "ACCUSE"), dates(doc, "ACCUSE")


def test_welcome_takes_meeting_day(pipe):
    text = ("ترامب يستقبل ولي العهد السعودي\n\n"
            "رحب الرئيس الأمريكي دونالد ترامب بولي العهد السعودي الأمير محمد بن سلمان في البيت الأبيض.\n"
            "وبحث ترامب مع ولي العهد السعودي، الثلاثاء، صفقات السلاح والملف الإيراني.")
    doc = full(pipe, text, "2018-03-21T10:00")
    assert dates(doc, "SUPPORT") == ["2018-03-20"], dates(doc, "SUPPORT")


def test_commitment_before_the_talks_day(pipe):
    text = ("قطر وتركيا تتعهدان بتعزيز التعاون الاقتصادي\n\n"
            "جددت قطر وتركيا التزامهما بتعزيز التعاون الاقتصادي بين البلدين.\n"
            "جاء هذا الإعلان عقب محادثات أجراها الرئيس التركي رجب طيب أردوغان في أنقرة مع أمير قطر الشيخ تميم بن حمد أمس الأربعاء.")
    doc = full(pipe, text, "2018-08-16T10:00")
    assert "2018-08-15" in dates(doc, "CONSULT"), dates(doc, "CONSULT")
    agreed = dates(doc, "AGREE") + dates(doc, "COOPERATE")
    assert "2018-08-16" not in agreed, agreed


def test_pluperfect_background_day_not_the_story(pipe):
    text = ("الكويت تطرد السفير الفلبيني\n\n"
            "طردت الكويت السفير الفلبيني لديها واستدعت سفيرها من مانيلا.\n"
            "وكان وزير الخارجية الفلبيني قد اعتذر الثلاثاء لدولة الكويت عن عملية إنقاذ الخادمات.")
    doc = full(pipe, text, "2018-04-25T10:00")
    assert "2018-04-25" in dates(doc, "SANCTION"), dates(doc, "SANCTION")


def test_story_naming_the_publication_day_keeps_it(pipe):
    text = ("ماكرون يستقبل العاهل الأردني\n\n"
            "استقبل الرئيس الفرنسي إيمانويل ماكرون العاهل الأردني الملك عبد الله الثاني في قصر الإليزيه.\n"
            "وكانت القوات الإسرائيلية قد قتلت فلسطينيين اثنين في قطاع غزة أمس الأحد، وأدان الأردن اليوم الاثنين الهجوم.")
    doc = full(pipe, text, "2018-07-16T10:00")
    assert "2018-07-16" in dates(doc, "CONSULT"), dates(doc, "CONSULT")


def test_weekday_to_come_is_no_past_day(pipe):
    # (dates.sentence_cues read "الجمعة" of "الجمعة المقبل" as the last Friday)
    text = ("بريطانيا وأوروبا تتوصلان لاتفاق\n\n"
            "توصلت المملكة المتحدة إلى اتفاقية قانونية مشتركة مع أوروبا بشأن شروط الخروج من الاتحاد الأوروبي.\n"
            "وقال كبير المفاوضين في الاتحاد الأوروبي، ميشيل بارنييه، في مؤتمر صحفي بمدينة بروكسل، الإثنين، إن الاتفاق كان "
            "خطوة حاسمة.\n"
            "وأضاف أن النص الذي سيقدم إلى رؤساء الحكومات في الاتحاد الأوروبي، الجمعة المقبل، سيكون الاتفاق النهائي، ذاكرا "
            "أن الإعلان جاء بعد مفاوضات مكثفة بين الخبراء من الجانبين خلال الأيام القليلة الماضية.")
    doc = full(pipe, text, "2018-03-19T17:07")
    days = dates(doc, "CONSULT") + dates(doc, "AGREE")
    assert days, doc["events"]   # the talks and the agreement are read, so the check below is not vacuous
    assert "2018-03-16" not in days, days
