"""Protests told by constructions beyond a protest verb and its subject: a crowd counted after the verb (عدد كبير
من المواطنين، الآلاف من أنصار ...), the crowd of the sentence's opening verb that acts in a protest (في تظاهرة),
protests against a named party that accompany an occasion (رافقت الزيارة احتجاجات ضد ...), the purpose phrase of
a protest (no second protest; a day inside its object dates what is protested)."""
from __future__ import annotations

from conftest import factual, full, party


def test_counted_crowd_after_the_verb_protests_and_purpose_names_the_target(pipe):
    doc = full(pipe, "واعتقل المعارض البارز رفقة عدد من أنصاره فيما احتشد عدد كبير من المواطنين في ساحة تقع وسط موسكو "
                     "للاحتجاج على مراسم أداء بوتين اليمين الدستورية الاثنين.", published="2018-05-05T12:00")
    ev = factual(doc, "PROTEST")
    assert len(ev) == 1, doc["events"]
    assert "المواطنين" in party(doc, ev[0]["actors"]) and "Putin" in party(doc, ev[0]["recipients"])
    # the Monday is the ceremony's, not the protest's (which is not told as future)
    assert ev[0]["date"] == "2018-05-05" and not ev[0]["date_text"]


def test_counted_supporters_are_the_crowd(pipe):
    doc = full(pipe, "وتجمع الآلاف من أنصار باشينيان في ساحة الجمهورية وسط يريفان احتجاجا على ترشيح كارابيتيان.")
    ev = [e for e in doc["events"] if e["type"] == "PROTEST"]
    assert ev and all("Pashinyan" not in party(doc, e["recipients"]) for e in ev), doc["events"]


def test_counted_police_gathering_is_no_protest_crowd(pipe):
    doc = full(pipe, "احتشد العشرات من عناصر الشرطة في منطقة وسط باريس للتعامل مع حالة قيام رجل مسلح باحتجاز رهائن.")
    assert not any(e["actors"] for e in factual(doc, "PROTEST")), doc["events"]


def test_crowd_of_the_opening_verb_protests_in_a_demonstration(pipe):
    doc = full(pipe, "رافق العشرات من قضاة المحكمة البولندية العليا، الأربعاء، رئيسة المحكمة عند توجهها إلى مكتبها في "
                     "تظاهرة غير مسبوقة احتجاجا على إصلاح لهذه المؤسسة.", published="2018-07-04T12:00")
    ev = factual(doc, "PROTEST")
    assert len(ev) == 1, doc["events"]
    assert "قضاة" in party(doc, ev[0]["actors"])


def _rules_only(pipe):
    """The pipeline with the event stage's sentence classifier left out (the rules' reading alone)."""
    ev = next(s for s in pipe.stages if getattr(s, "name", "") == "events")
    return ev


def test_protests_against_a_named_party_accompany_a_visit(pipe):
    # the rules' reading (the classifier may still veto it: it learnt little about such tellings)
    st = _rules_only(pipe)
    st._no_veto = True
    try:
        doc = full(pipe, "بدأ ولي العهد السعودي الأمير محمد بن سلمان زيارة رسمية إلى بريطانيا تستمر ثلاثة أيام. "
                         "ورافقت هذه الزيارة احتجاجات ضد ولي العهد السعودي على خلفية الحرب في اليمن.")
    finally:
        st._no_veto = False
    ev = factual(doc, "PROTEST")
    assert ev, doc["events"]
    assert "protesters" in party(doc, ev[0]["actors"]) and "Mohammed bin Salman" in party(doc, ev[0]["recipients"])


def test_amid_protests_without_a_target_names_no_crowd(pipe):
    doc = full(pipe, "يلتقي الملك عبد الله الثاني الاثنين رئيس الوزراء هاني الملقي، وسط سخط شعبي واحتجاجات تدوم منذ خمسة أيام.")
    assert not any("protesters" in party(doc, e["actors"]) for e in factual(doc, "PROTEST")), doc["events"]


def test_purpose_phrase_is_no_second_protest(pipe):
    doc = full(pipe, "وتظاهر المئات من أصحاب المحال التجارية في طهران احتجاجا على انهيار العملة الإيرانية.")
    ev = [e for e in doc["events"] if e["type"] == "PROTEST"]
    assert len(ev) <= 1, doc["events"]


def test_day_of_the_protested_killing_does_not_date_the_protest(pipe):
    doc = full(pipe, "وشارك عشرات الصحافيين في وقفة احتجاجية شرق خان يونس احتجاجا على مقتل الصحفي ياسر مرتجى السبت الماضي.",
               published="2018-04-13T12:00")
    ev = [e for e in doc["events"] if e["type"] == "PROTEST"]
    assert ev and all(e["date"] != "2018-04-07" for e in ev), doc["events"]
