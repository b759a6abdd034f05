"""Reactions (PLOVER SUPPORT: welcome, praise, endorse, back) and their parties: a support noun is a new act only when
a verb of stating governs it; the one welcomed is the doer or owner of the welcomed act. Short news-style sentences
(real phrasing) through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


# ---- a support noun no verb of stating governs is background (the topic of another predicate)
def test_support_inside_a_told_clause_is_background(pipe):
    doc = full(pipe, "قال وزير الخارجية الأميركي مايك بومبيو إن دعم إيران للحوثيين في اليمن لا يسمح فقط بمهاجمة "
                     "دول الجوار.")
    assert not factual(doc, "SUPPORT")


def test_support_named_in_a_charge_is_background(pipe):
    doc = full(pipe, "قس أمريكي يحاكم في تركيا بتهمة دعم جماعة فتح الله غولن")
    assert not factual(doc, "SUPPORT")


def test_support_stated_by_a_verb_is_an_act(pipe):
    doc = full(pipe, "وأكد البيان دعم مصر الكامل للحقوق المشروعة للشعب الفلسطيني.")
    ev = factual(doc, "SUPPORT")
    assert ev and "EGY" in party(doc, ev[0]["actors"]) and "فلسطين" in party(doc, ev[0]["recipients"])


def test_support_expressed_with_an_preposition(pipe):
    doc = full(pipe, "وعبر وزير البيئة البريطاني، مايكل غوف، عن تأييده لرئيسة الوزراء تيريزا ماي وقال إنه لن يستقيل.")
    ev = factual(doc, "SUPPORT")
    assert ev and "غوف" in party(doc, ev[0]["actors"])


def test_via_is_no_verb_of_stating(pipe):
    doc = full(pipe, "وقال المغرب إن إيران تدعم جبهة البوليساريو عبر دعم مليشيات حزب الله اللبنانية.")
    assert not any(e["trigger"]["text"] == "دعم" for e in factual(doc, "SUPPORT"))


def test_a_headline_told_as_a_noun_phrase_is_an_act(pipe):
    doc = full(pipe, "ترحيب سعودي بانسحاب ترامب من الاتفاق النووي\n\nرحبت المملكة العربية السعودية بقرار الرئيس "
                     "الأمريكي دونالد ترامب الانسحاب من الاتفاق النووي.")
    assert factual(doc, "SUPPORT")


def test_standing_backing_in_a_relative_clause_is_background(pipe):
    doc = full(pipe, "وأعلنت قوات سوريا الديمقراطية، التي تدعمها الولايات المتحدة، أنها شنت عملية برية كبيرة.")
    assert not factual(doc, "SUPPORT")
