"""Thanking and praising a party (شكر): SUPPORT (fifteenth session, lexicon coverage check)."""
from conftest import factual, full, party


def test_thanking_a_party_is_support(pipe):
    # CNN Arabic 2018-10-16
    doc = full(pipe, "أعلنت وزارة الخارجية الأمريكية أن الوزير مايك بومبيو شكر العاهل السعودي الملك سلمان بن عبدالعزيز، "
                     "الثلاثاء، على إجراء تحقيق شامل.", published="2018-10-16T12:00")
    ev = factual(doc, "SUPPORT")
    assert ev and "بومبيو" in party(doc, ev[0]["actors"]) and "سلمان" in party(doc, ev[0]["recipients"])


def test_thanking_in_a_headline(pipe):
    # Sky News Arabia 2018-08-02
    doc = full(pipe, "ترامب يشكر كيم بعد \"الخطوة الكريمة\"", published="2018-08-02T12:00")
    ev = factual(doc, "SUPPORT")
    assert ev and "ترامب" in party(doc, ev[0]["actors"]) and "كيم" in party(doc, ev[0]["recipients"])


def test_thanks_to_god_and_thanks_as_a_word_are_no_event(pipe):
    doc = full(pipe, "وقال كاتس: علينا أن نشكر الرب الذي أرسل إلينا ترمب ليكون رئيسا للولايات المتحدة.")
    assert not factual(doc, "SUPPORT")
    doc = full(pipe, "وظهر بابتشينكو في مؤتمر صحفي، وشكر كل من حزن على مقتله في أوكرانيا.")
    assert not factual(doc, "SUPPORT")


def test_appreciation_expressed_to_a_party_is_support(pipe):
    # Sky News Arabia 2018-06-09
    doc = full(pipe, "أعرب العاهل الأردني الملك عبد الله الثاني، السبت، عن تقديره لدعوة العاهل السعودي الملك سلمان بن عبد العزيز "
                     "لعقد اجتماع في مكة.", published="2018-06-09T12:00")
    ev = factual(doc, "SUPPORT")
    assert ev and "عبد الله" in party(doc, ev[0]["actors"]) and "سلمان" in party(doc, ev[0]["recipients"])


def test_an_estimate_is_no_appreciation(pipe):
    doc = full(pipe, "وقال المرصد إن عدد القتلى بلغ 20 بحسب تقديرات أولية، وفق تقديره للوضع في مدينة درعا.")
    assert not factual(doc, "SUPPORT")


def test_thanks_expressed_by_the_noun_after_an(pipe):
    # Sky News Arabia 2018-04-16
    doc = full(pipe, "وعبر الشيخ محمد بن زايد عن شكره وتقديره للعاهل السعودي، الملك سلمان بن عبدالعزيز.",
               published="2018-04-16T12:00")
    ev = factual(doc, "SUPPORT")
    assert ev and "زايد" in party(doc, ev[0]["actors"]) and "سلمان" in party(doc, ev[0]["recipients"])


def test_we_thank_in_a_quote_is_the_speakers_act(pipe):
    # CNN Arabic 2018-02-23 (the Syrian envoy at the Security Council)
    doc = full(pipe, "وقال مندوب سوريا بشار الجعفري: \"ونشكر وفد روسيا الاتحادية الدائم على طلب عقد هذه الجلسة\".",
               published="2018-02-23T12:00")
    ev = factual(doc, "SUPPORT")
    assert ev and "الجعفري" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])
