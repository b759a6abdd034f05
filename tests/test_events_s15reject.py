"""Refusals and threats (session 15, track s15reject): alarms and alarm devices (صافرات الإنذار، إنذار خاطئ، إنذار
بوجود قنبلة) are no threat. Sentences from the corpus."""
from __future__ import annotations

from conftest import factual, full, party


def test_sirens_are_no_threat(pipe):
    doc = full(pipe, "ودوت صافرات الإنذار ليلة الاثنين والثلاثاء جنوب إسرائيل وهرع السكان للمخابئ، وذكر الجيش أن غالبية "
                     "القذائف قد تم التصدي لها.", published="2018-05-29T12:00")
    assert not factual(doc, "THREATEN")


def test_alarm_noun_takes_no_addressee_from_the_story(pipe):
    doc = full(pipe, "اعتقلت الشرطة السويسرية شابا أفغانيا يبلغ من العمر 21 عاما الجمعة في مدينة برن إثر إنذار بوجود "
                     "قنبلة في كنيسة.", published="2018-03-03T12:00")
    assert not factual(doc, "THREATEN")


def test_refused_entry_is_addressed_to_the_people_refused(pipe):
    doc = full(pipe, "450 مهاجرا في عرض البحر ترفض إيطاليا ومالطا استقبالهم\n\n"
                     "ينتظر نحو 450 مهاجرا على متن سفينتين في عرض البحر بانتظار أن تقبل إيطاليا أو مالطا استقبالهم. "
                     "وأصر وزير الداخلية الإيطالي ماتيو سالفيني على رفض رسو مركبهم في الموانئ الإيطالية.",
               published="2018-07-14T17:29")
    ev = [e for e in factual(doc, "REJECT") if "سالفيني" in party(doc, e["actors"])]
    assert ev and "مهاجر" in party(doc, ev[0]["recipients"])
    # (not the refuser's own ports, and the reception of migrants is no meeting)
    assert not any("إيطاليا" in party(doc, e["recipients"]) for e in ev)
    assert not factual(doc, "CONSULT")


def test_refused_reception_of_named_people(pipe):
    doc = full(pipe, "وكانت كل من إيطاليا ومالطا قد رفضت استقبال هؤلاء المهاجرين ما اضطر السفينة إلى التوجه إلى تونس.",
               published="2018-07-30T12:00")
    ev = factual(doc, "REJECT")
    assert ev and "مهاجر" in party(doc, ev[0]["recipients"])


def test_refused_act_of_ones_own_keeps_no_addressee(pipe):
    # people inside a refused act of the refuser's own (sending fighters) are no party it is addressed to
    doc = full(pipe, "ورفض زعماء القبائل إرسال مقاتلين للانضمام إلى صفوف الحوثيين.", published="2018-07-30T12:00")
    assert not any("مقاتل" in party(doc, e["recipients"]) for e in factual(doc, "REJECT"))
