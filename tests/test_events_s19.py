"""Session 19 (development sets Y and Z opened): a lifted ban or curfew is lifted from the party or place named after
its عن/على, not from a party of the next clause. Sentences from the 2018 news corpus."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import has_pair


def test_curfew_lifted_from_a_town(pipe):
    # (before: the town was dropped as a place and the protesters of the next clause became the recipient)
    doc = full(pipe, "رفعت السلطات العراقية حظر التجول عن مدينة النجف جنوبي العاصمة بغداد، بينما قام متظاهرون "
                     "بإحراق مكاتب حزب الدعوة.", published="2018-07-15T12:00")
    assert has_pair(doc, "CONCEDE", "IRQ", "Najaf"), doc["events"]
    assert not any("متظاهرون" in party(doc, e["recipients"]) for e in factual(doc, "CONCEDE")), doc["events"]


def test_ban_lifted_search_stops_at_the_next_clause(pipe):
    # (before: the على of "على مدار ستة أشهر" after بعدما was read as the ban's, and "الأمن" became the recipient)
    doc = full(pipe, "قال البيت الأبيض اليوم الثلاثاء إنه تم رفع حظر سفر مواطني تشاد إلى الولايات المتحدة بعدما خلصت "
                     "مراجعة أجرتها الحكومة الأميركية على مدار ستة أشهر إلى وجود تحسن في معايير الأمن بالبلد الأفريقي.",
               published="2018-04-10T18:00")
    assert has_pair(doc, "CONCEDE", "USA", "TCD"), doc["events"]


def _page(pipe, text):
    """A whole page dump (masthead, date line, share bar): no published date given, the page's own date line."""
    from marsad.record import new_document

    doc = pipe.run_one(new_document("t", text, kind="txt"))
    assert not doc.get("errors"), doc.get("errors")
    return doc


def test_page_date_line_is_not_the_story_day(pipe):
    # the story's day is the first day its sentences name (السبت, 4 August); the page's date line (the next day) is
    # no day of the story: the statement told without a day of its own in the second paragraph is the lead's (before:
    # the date line's 2018-08-05, the first day anywhere in the text)
    doc = _page(pipe, "\n".join([
        "المصري اليوم", "الرئيسية | أخبار | سياسة | اقتصاد | رياضة", "",
        "احتجاجات في عدة مدن إيرانية مع اقتراب عودة العقوبات وواشنطن \"تساند صوت الشعب\"", "",
        "نشر في: 05/08/2018 - 06:50", "شارك", "تغريد", "",
        "أبدت الولايات المتحدة مساندتها عبر بيان نشرته باللغة الفارسية على موقع تويتر السبت، للاحتجاجات التي "
        "تشهدها إيران منذ عدة أيام، مؤكدة أنه \"من حق شعب إيران تقرير مسار بلاده في نهاية المطاف\". يأتي ذلك "
        "بينما تتواصل المظاهرات في عدة مدن إيرانية، احتجاجا على ارتفاع التضخم وانهيار قيمة الريال، الذي فقد "
        "ثلثي قيمته، بسبب المخاوف من تداعيات إعادة واشنطن فرض العقوبات على طهران والمتوقع يوم الثلاثاء "
        "المقبل.",
        "أعلنت وزارة الخارجية الأمريكية في بيان على حسابها على موقع تويتر باللغة الفارسية دعمها للتظاهرات "
        "التي تشهدها إيران منذ عدة أيام.",
        "وكتبت الوزارة \"من حق شعب إيران تقرير مسار بلاده في نهاية المطاف وأمريكا تساند صوت الشعب الإيراني "
        "الذي يتم تجاهله منذ وقت طويل\".",
        "يأتي ذلك في الوقت الذي شهدت فيه إيران تظاهرات متفرقة السبت، لليوم الرابع على التوالي، حيث أوضحت "
        "مقاطع فيديو نشرت على شبكات التواصل الاجتماعي مشاركة المئات في مظاهرات في عدة مدن بينها طهران وأصفهان "
        "وكرج وشيراز وقم، احتجاجا على ارتفاع التضخم لأسباب بينها تراجع قيمة الريال بسبب المخاوف من إعادة فرض "
        "العقوبات الأمريكية."]))
    assert doc["article"]["published"].startswith("2018-08-05")
    ev = [e for e in factual(doc, "SUPPORT") if "دعمها" in e["trigger"]["text"]]
    assert ev and all(e["date"] == "2018-08-04" for e in ev), doc["events"]


def test_headline_speaker_below_a_masthead(pipe):
    # "SPEAKER: clause" is read on the page's headline, not on the document's first line (the outlet's name)
    doc = _page(pipe, "\n".join([
        "الشرق الأوسط", "", "قرقاش: قطر تستغل المنصات الدولية لتسويق أزمتها", "", "نشر في: 18/03/2018 - 10:15",
        "شارك", "",
        "قال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش، الأحد، إن الأزمة مع قطر صغيرة وإن حلها بيد الدوحة."]))
    assert any("Gargash" in party(doc, e["actors"]) and "QAT" in party(doc, e["recipients"])
               for e in factual(doc, "ACCUSE")), doc["events"]


def test_medium_raided_keeps_its_nationality(pipe):
    # a medium's nationality is dropped only when the medium reports ("أفادت وسائل إعلام سورية"), not when it is the
    # one raided or struck
    doc = full(pipe, "اقتحمت قوات الأمن المصرية مقر صحيفة تركية في القاهرة.", published="2018-04-14T12:00")
    assert any("TUR" in party(doc, e["recipients"]) for e in factual(doc, "ASSAULT")), doc["events"]
    doc = full(pipe, "أفادت وسائل إعلام سورية بسقوط قتلى وجرحى في غارة جوية على موقع عسكري في دير الزور.",
               published="2018-06-18T12:00")
    assert not any("SYR" in party(doc, e["actors"]) for e in factual(doc, "ASSAULT")), doc["events"]


def test_day_after_a_one_word_cause_dates_the_main_clause(pipe):
    # "بسبب العاصفة الثلاثاء.": the day ends the main clause (a one-word phrase keeps its day only when the phrase goes
    # on after it: "بعد سيطرتها الأربعاء على مطار المدينة")
    doc = full(pipe, "أغلقت السلطات اللبنانية مطار بيروت بسبب العاصفة الثلاثاء.", published="2018-04-14T12:00")
    assert [e["date"] for e in doc["events"] if e["type"] == "COERCE"] == ["2018-04-10"], doc["events"]


def test_days_after_phrase_inside_the_sentence_is_not_counted_back(pipe):
    # "بعد يومين من" counts back from the main clause's day only when it opens the sentence
    doc = full(pipe, "تظاهر صحفيون ألمان أمام السفارة التركية في برلين بعد يومين من اعتقال الشرطة التركية صحفيا ألمانيا، "
                     "فيما استدعت الخارجية الألمانية السفير التركي الجمعة.", published="2018-04-14T12:00")
    assert all(e["date"] != "2018-04-11" for e in doc["events"] if e["type"] == "COERCE"), doc["events"]
