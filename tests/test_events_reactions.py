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


# ---- the one welcomed is the doer or owner of the welcomed act
def test_welcomed_proposal_names_its_author(pipe):
    doc = full(pipe, "رحب الرئيس الروسي فلاديمير بوتين بمقترح الرئيس الأمريكي دونالد ترامب عقد قمة ثانية.")
    ev = factual(doc, "SUPPORT")
    assert ev and "بوتين" in party(doc, ev[0]["actors"]) and "ترامب" in party(doc, ev[0]["recipients"])


def test_welcomed_meeting_names_both_its_sides(pipe):
    doc = full(pipe, "ميركل ترحب بلقاء ثان محتمل بين ترمب وبوتين")
    ev = factual(doc, "SUPPORT")
    assert ev and "ميركل" in party(doc, ev[0]["actors"])
    rec = party(doc, ev[0]["recipients"])
    assert "ترمب" in rec and "بوتين" in rec and "ترمب" not in party(doc, ev[0]["actors"])


def test_welcomed_designation_names_the_designating_state(pipe):
    doc = full(pipe, "رحبت مملكة البحرين، الثلاثاء، بقيام الولايات المتحدة الأمريكية بتصنيف أحد قادة سرايا الأشتر "
                     "إرهابيا عالميا.")
    ev = factual(doc, "SUPPORT")
    assert ev and "BHR" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_praised_role_named_in_a_relative_clause(pipe):
    doc = full(pipe, "وأشاد الرئيس الروسي فلاديمير بوتين بالدور الإيجابي الذي تقوم به مصر في تسوية الأزمات.")
    ev = factual(doc, "SUPPORT")
    assert ev and "EGY" in party(doc, ev[0]["recipients"])


def test_a_place_inside_the_backed_act_is_no_recipient(pipe):
    doc = full(pipe, "مجلس الأمن يؤيد إعادة إطلاق مفاوضات الصحراء الغربية")
    assert not any("الصحراء" in party(doc, e["recipients"]) for e in doc["events"] if e["type"] == "SUPPORT")


def test_a_party_of_another_clause_is_no_recipient(pipe):
    doc = full(pipe, "إيران تشيد بقرار الدول الراعية للاتفاق النووي وتعتبره مقاومة للولايات المتحدة")
    assert not any("USA" in party(doc, e["recipients"]) for e in doc["events"] if e["type"] == "SUPPORT")


def test_backed_rights_of_a_state_after_lam(pipe):
    doc = full(pipe, "روسيا تدعم \"الحقوق السيادية\" للسعودية")
    ev = factual(doc, "SUPPORT")
    assert ev and "RUS" in party(doc, ev[0]["actors"]) and "SAU" in party(doc, ev[0]["recipients"])


def test_nationality_adjective_names_the_owner_of_the_backed_draft(pipe):
    doc = full(pipe, "ودعمت كل من الصين وبوليفيا مشروع القرار الروسي، بينما عارضته الدول الحليفة الثلاث.")
    ev = factual(doc, "SUPPORT")
    assert ev and "CHN" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


# ---- coordinated and plural subjects stay on the actor side
def test_plural_verb_takes_no_subject_after_it(pipe):
    # a verb before its subject stays singular: the party after "يؤيدون" is its object, never its subject
    doc = full(pipe, "زعماء غربيون يؤيدون بريطانيا في اتهام روسيا بمحاولة اغتيال سكريبال")
    assert not any("GBR" in party(doc, e["actors"]) for e in doc["events"] if e["type"] == "SUPPORT")


def test_dual_subject_before_the_verb_backs_the_decision(pipe):
    doc = full(pipe, "السعودية والإمارات تؤيدان قرار ترامب بالانسحاب من الاتفاق النووي")
    ev = factual(doc, "SUPPORT")
    assert ev and {"SAU", "ARE"} <= set(party(doc, ev[0]["actors"]).split()) and "ترامب" in party(doc, ev[0]["recipients"])


def test_welcomers_of_their_own_agreement_agree(pipe):
    doc = full(pipe, "رحب رئيس الوزراء اليوناني أليكسيس تسيبراس ونظيره المقدوني زوران زاييف، الثلاثاء، بالتوصل إلى "
                     "\"اتفاق تاريخي\" لحل الخلاف حول اسم مقدونيا.")
    assert not factual(doc, "SUPPORT")
    ev = factual(doc, "AGREE")
    assert ev and "تسيبراس" in party(doc, ev[0]["actors"]) and "زاييف" in party(doc, ev[0]["recipients"])


# ---- homographs of support verbs
def test_hands_are_no_backing(pipe):
    doc = full(pipe, "لعبة نفط وأموال وراء مقتل روس بسوريا بأيد أمريكية")
    assert not [e for e in doc["events"] if e["type"] == "SUPPORT"]


def test_park_in_a_place_name_is_no_blessing(pipe):
    doc = full(pipe, "وقال مارك تشينارد خبير الأرصاد الجوية في مركز التنبؤ بالطقس في كوليدج بارك بولاية ماريلاند إن "
                     "العواصف ستمتد من ساحل الخليج.")
    assert not [e for e in doc["events"] if e["type"] == "SUPPORT"]


def test_backing_in_a_relative_clause_on_an_indefinite_noun_is_background(pipe):
    doc = full(pipe, "واتهمت الإدارة الأميركية يوم الاثنين متسللين تدعمهم الحكومة الروسية بشن هجوم إلكتروني.")
    assert not factual(doc, "SUPPORT")


def test_congratulation_named_as_a_reason_is_background(pipe):
    doc = full(pipe, "وانتقد السيناتور الأمريكي جون ماكين الرئيس دونالد ترامب بسبب تهنئته للرئيس الروسي فلاديمير بوتين.")
    assert not factual(doc, "SUPPORT")


def test_solidity_stated_by_a_participle_stays(pipe):
    doc = full(pipe, "وسارع رئيس الوزراء الكندي جاستن ترودو إلى التعليق على الهجوم، مؤكدا تضامنه مع الشرطة الكندية.")
    assert factual(doc, "SUPPORT")


def test_a_pronoun_on_the_backed_decision_keeps_a_party_inside_it_out(pipe):
    doc = full(pipe, "وأضاف وزير الخارجية البحريني خالد بن أحمد: \"نقف مع المملكة المغربية الشقيقة، ونؤيد بقوة قراره "
                     "الصائب بقطع العلاقات مع إيران\".")
    assert not any("IRN" in party(doc, e["recipients"]) for e in factual(doc, "SUPPORT"))


def test_manner_adverb_is_not_the_welcomed_object(pipe):
    doc = full(pipe, "ودان البيت الأبيض في بيان الهجمات الصاروخية، مضيفا \"ندعم بقوة حق إسرائيل في الدفاع عن نفسها\".")
    ev = factual(doc, "SUPPORT")
    assert ev and "ISR" in party(doc, ev[0]["recipients"])


def test_backing_a_speaker_charges_another_side_with_is_background(pipe):
    doc = full(pipe, "وقال وزير الخارجية المغربي ناصر بوريطة إن إيران وحزب الله يدعمان البوليساريو بتدريب وتسليح "
                     "مقاتليها.")
    assert not factual(doc, "SUPPORT")


def test_backing_by_the_speakers_own_side_stays(pipe):
    doc = full(pipe, "وقال المتحدث باسم وزارة الخارجية الأمريكية إن الولايات المتحدة تدعم الحكومة العراقية.")
    assert factual(doc, "SUPPORT")


# ---- support received: the receiver is the recipient, the one after من (or the genitive) gives it
def test_support_received_names_giver_and_receiver(pipe):
    doc = full(pipe, "وألقت بريطانيا باللوم على روسيا في الهجوم على سكريبال، وحظيت بدعم حلف شمال الأطلسي.")
    ev = factual(doc, "SUPPORT")
    assert ev and "GBR" in party(doc, ev[0]["recipients"]) and "GBR" not in party(doc, ev[0]["actors"])


def test_a_fuel_subsidy_is_no_support(pipe):
    doc = full(pipe, "وكانت الحكومة في هايتي قد أعلنت خفض دعم الوقود في إطار اتفاق مع صندوق النقد الدولي.")
    assert not [e for e in doc["events"] if e["type"] == "SUPPORT"]


def test_a_broken_agreement_is_no_welcomed_agreement(pipe):
    # the ceasefire named after "انتهاكا" is what the raids broke: the condemnation targets the raids' author, never
    # the sides of an agreement told earlier in the story
    doc = full(pipe, "روبيو يبحث مع فيدان الوضع في سوريا\n\nوقالت الخارجية الأمريكية في بيان، إن روبيو وفيدان اتفقا على "
                     "مواصلة التنسيق بشأن دعم الاستقرار في سوريا.\nوأدانت الخارجية القطرية في بيان، الغارات الإسرائيلية، "
                     "واعتبرتها \"انتهاكا صارخا\" لاتفاق وقف إطلاق النار.")
    ev = [e for e in factual(doc, "ACCUSE") if "قطر" in party(doc, e["actors"]) or "QAT" in party(doc, e["actors"])]
    assert ev and all("روبيو" not in party(doc, e["recipients"]) for e in ev)
    assert any("ISR" in party(doc, e["recipients"]) for e in ev)
