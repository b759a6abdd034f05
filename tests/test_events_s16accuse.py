"""Accusations, session 16 (track s16accuse): a label with no word of blame, the feminine imperfect of suing, implicit
blame in a headline told as "SPEAKER: clause"."""
from __future__ import annotations

from conftest import factual, full, party


# --- وصف: a label with no word of blame accuses nobody (the reach past long appositions was taken out: it lowered the
# cross-validated gsr PROTEST figures, docs/events.md) ------------------------------------------------------------------

def test_label_without_a_word_of_blame_stays_no_accusation(pipe):
    doc = full(pipe, "ووصف دبلوماسي رفيع المستوى المشكلة التي تواجه قادة الاتحاد بأنها \"صعبة ومعقدة\".")
    assert not factual(doc, "ACCUSE")


# --- تقاضي: the feminine imperfect of suing; not the verbal noun of receiving money ----------------------------------

def test_feminine_imperfect_of_suing_accuses(pipe):
    doc = full(pipe, "قطر تقاضي الإمارات أمام محكمة العدل الدولية")
    ev = factual(doc, "ACCUSE")
    assert ev and "QAT" in party(doc, ev[0]["actors"]) and "ARE" in party(doc, ev[0]["recipients"])


def test_receiving_money_is_no_lawsuit(pipe):
    doc = full(pipe, "وتتيح الوظائف الحكومية في قطر لأصحابها تقاضي رواتب أعلى من نظرائهم في الإمارات.")
    assert not factual(doc, "ACCUSE")


def test_a_judge_is_no_lawsuit(pipe):
    doc = full(pipe, "بعد أسابيع من النقاش، حسم الرئيس الأميركي دونالد ترامب اسم بريت كافانو كقاضي للمحكمة العليا.")
    assert not factual(doc, "ACCUSE")


# --- a headline told as "SPEAKER: clause" is reported speech ---------------------------------------------------------

def test_headline_speaker_before_the_colon_blames(pipe):
    doc = full(pipe, "أميركا: الحرس الثوري يتحمل مسؤولية تصرفاته المتهورة\n\nوصلت حاملة طائرات إلى مياه الخليج يوم "
                     "الأحد.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


def test_headline_topic_before_the_colon_does_not_speak(pipe):
    doc = full(pipe, "سوريا: قصف صاروخي يستهدف مواقع عسكرية للنظام وسط وشمال البلاد\n\nاستهدف قصف صاروخي مواقع "
                     "عسكرية.")
    assert not factual(doc, "ACCUSE")


# --- a blamed noun whose party is the genitive of the verbal noun it governs ------------------------------------------

def test_involvement_of_support_names_the_supporter(pipe):
    doc = full(pipe, "وأضاف المتحدث الرسمي باسم قوات التحالف العقيد الركن تركي المالكي أن \"هذا العمل العدائي من قبل "
                     "الميليشيا الحوثية الإرهابية التابعة لإيران يثبت استمرار تورط دعم النظام الإيراني للجماعة الحوثية "
                     "المسلحة بقدرات نوعية\".")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["recipients"])
