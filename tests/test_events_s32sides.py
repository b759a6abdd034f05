"""Party attribution, session 32 (track s32sides): a verdict's convicted named after على before the sentence, a
conviction's verbal noun after ل, the most/rest of a set of states joined to a list, a clash naming the protesters
first, a decree that dismisses; and what must not read so. Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


# --- حكم ... على X وشريكه Y بالسجن، لإطلاقهما نار على شرطيين: the convicted after على, not the reason's victims -----------

def test_convicted_after_ala_over_the_reason(pipe):
    doc = full(pipe, "حكم القضاء البلجيكي، الاثنين، على الفرنسي صلاح عبد السلام وشريكه التونسي سفيان عياري بالسجن 20 "
                     "عاما، لإطلاقهما نار على شرطيين في منطقة العاصمة بروكسل في 15 مارس 2016.", "2018-04-23T12:00")
    ev = [e for e in factual(doc, "SANCTION")]
    assert ev
    rec = party(doc, ev[0]["recipients"])
    assert "عبد السلام" in rec and "عياري" in rec and "شرطيين" not in rec
    assert "BEL" in party(doc, ev[0]["actors"])


def test_convicted_after_the_sentence_kept(pipe):
    doc = full(pipe, "قضت محكمة أميركية، الأربعاء، بالسجن 22 عاما على مدبر الهجوم الدامي على المجمعات الدبلوماسية "
                     "الأميركية في بنغازي أحمد أبو ختالة.", "2018-06-27T12:00")
    ev = factual(doc, "SANCTION")
    rec = party(doc, ev[0]["recipients"]) if ev else ""
    assert ev and ("ختالة" in rec or "مدبر" in rec) and "USA" not in rec  # (the culprit, not the consulate)


# --- لإدانته بـ...: the conviction's charge, no condemnation by the convicted ----------------------------------------------

def test_conviction_noun_after_lam_is_no_condemnation(pipe):
    doc = full(pipe, "قضية منى المذبوح: حكم في مصر بحبس المواطنة اللبنانية 8 سنوات لإدانتها بـ\"التطاول على الشعب "
                     "المصري\"", "2018-07-07T12:00")
    assert not factual(doc, "ACCUSE")


def test_condemnation_by_a_state_kept(pipe):
    doc = full(pipe, "وأدانت السعودية بشدة إطلاق الحوثيين صاروخا باليستيا على الرياض.")
    assert factual(doc, "ACCUSE")


# --- وأغلب الدول الأوروبية، ومعظم دول الاتحاد الأوروبي: one more party of the list, not its end ---------------------------

def test_most_of_the_states_joins_the_list(pipe):
    doc = full(pipe, "ويذكر أن الولايات المتحدة الأمريكية وبريطانيا وأغلب الدول الأوروبية أعلنت عن طرد دبلوماسيين روس "
                     "من أراضيها.", "2018-03-30T12:00")
    ev = factual(doc, "SANCTION")
    assert ev
    act = party(doc, ev[0]["actors"])
    assert "USA" in act and "GBR" in act and "الأوروبية" in act


# --- مواجهات بين المتظاهرين والجيش: the forces assault the crowd ---------------------------------------------------------

def test_clash_protesters_first_is_forces_on_crowd(pipe):
    doc = full(pipe, "وتجددت المواجهات بين المتظاهرين الفلسطينيين والجيش الإسرائيلي صباح الجمعة الثالثة لاحتجاجات "
                     "مسيرة العودة على حدود قطاع غزة.", "2018-04-13T12:00")
    ev = [e for e in factual(doc, "ASSAULT") if "المواجهات" in e["trigger"]["text"]]
    assert ev and "ISR" in party(doc, ev[0]["actors"]) and "المتظاهرين" in party(doc, ev[0]["recipients"])


def test_clash_forces_first_unchanged(pipe):
    doc = full(pipe, "واندلعت اشتباكات عنيفة بين قوات الأمن ومحتجين في طهران.")
    ev = [e for e in factual(doc, "ASSAULT") if "اشتباكات" in e["trigger"]["text"]]
    assert ev and "قوات الأمن" in party(doc, ev[0]["actors"])


# --- أمر ملكي يعفي X من منصبه: X is dismissed, by his state ----------------------------------------------------------------

def test_decree_dismisses_the_person_after_the_verb(pipe):
    doc = full(pipe, "أكدت المملكة العربية السعودية موت الصحفي جمال خاشقجي، في إعلان بثه التلفزيون السعودي، والذي أشار "
                     "إلى إصدار أمر ملكي يعفي اللواء أحمد العسيري من منصبه كنائب لرئيس جهاز رئاسة الاستخبارات العامة.",
               "2018-10-20T12:00")
    ev = [e for e in factual(doc, "SANCTION") if e["trigger"]["text"] == "يعفي"]
    assert ev and "عسيري" in party(doc, ev[0]["recipients"]).replace("العسيري", "عسيري")
    assert "SAU" in party(doc, ev[0]["actors"]) and "عسيري" not in party(doc, ev[0]["actors"])


def test_dismissal_by_a_named_president_unchanged(pipe):
    doc = full(pipe, "أقال ترامب، الثلاثاء، وزير الخارجية، ريكس تيلرسون، من منصبه.", "2018-03-13T12:00")
    ev = factual(doc, "SANCTION")
    assert ev and "Trump" in party(doc, ev[0]["actors"]) and "Tillerson" in party(doc, ev[0]["recipients"])


def test_kin_of_a_named_person_is_not_him(pipe):
    doc = full(pipe, "وحكمت المحكمة العليا في مدريد في الاستئناف الثلاثاء الماضي على صهر الملك فيليبي بالسجن بتهمة "
                     "اختلاس مع شريك له ملايين اليوروهات من الإعانات.")
    assert not any("فيليبي" in party(doc, e["recipients"]) or "Felipe" in party(doc, e["recipients"])
                   for e in factual(doc, "SANCTION"))


def test_verdict_on_two_nationals(pipe):
    doc = full(pipe, "حكم القضاء العراقي الاثنين على فرنسي وألمانية بالسجن المؤبد بتهمة انتمائهما إلى تنظيم \"الدولة "
                     "الإسلامية\"")
    ev = factual(doc, "SANCTION")
    assert ev and "FRA" in party(doc, ev[0]["recipients"]) and "IRQ" in party(doc, ev[0]["actors"])
