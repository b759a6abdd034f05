"""Condemnation and criticism (PLOVER ACCUSE, disapprove): who condemns an act accuses its DOER (the genitive agent,
the nationality adjective, the relative clause of doing, an official genitive, the attack's author told in the next
sentence), who criticises a statement accuses its OWNER; never the act's victim or its place (events/stage.py
_condemned_acts, _act_doer, _condemned_doers; data/condemn.tsv). Short news sentences (real phrasing) through the
whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party
from evhelpers import recipients


# ---- the victim of the condemned act is never the accused
def test_victim_of_targeting_is_not_accused(pipe):
    doc = full(pipe, "قطر تدين استهداف السعودية بصواريخ باليستية")
    assert not any("SAU" in r for r in recipients(doc, "ACCUSE"))


def test_doer_told_in_the_next_sentence(pipe):
    doc = full(pipe, "أدانت قطر استهداف السعودية بصواريخ باليستية.\nوكان الحوثيون قد أطلقوا صاروخا باليستيا على "
                     "السعودية مساء الأحد.")
    ev = factual(doc, "ACCUSE")
    assert ev and "QAT" in party(doc, ev[0]["actors"]) and "الحوثي" in party(doc, ev[0]["recipients"])


def test_place_of_the_attack_is_not_accused(pipe):
    doc = full(pipe, "ندد الرئيس الأميركي دونالد ترامب السبت بالهجوم الذي شهدته فرنسا الجمعة وأسفر عن مقتل أربعة أشخاص.")
    assert not any("FRA" in r for r in recipients(doc, "ACCUSE"))


def test_arrested_activists_are_not_accused(pipe):
    doc = full(pipe, "الاتحاد الأوروبي يندد بتوقيف نشطاء معارضين في مصر")
    assert not any("نشطاء" in r for r in recipients(doc, "ACCUSE"))


# ---- the doer named inside the act phrase
def test_nationality_adjective_of_the_attack(pipe):
    doc = full(pipe, "أدانت تركيا الهجوم الإسرائيلي على غزة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "ISR" in party(doc, ev[0]["recipients"]) and "غزة" not in party(doc, ev[0]["recipients"])


def test_genitive_of_an_attack_noun(pipe):
    doc = full(pipe, "ترامب وماي ينددان بهجمات إيران الصاروخية")
    assert any("IRN" in r for r in recipients(doc, "ACCUSE"))


def test_official_genitive_of_an_arrest(pipe):
    doc = full(pipe, "الإمارات تستنكر احتجاز السلطات الصومالية طائرة إماراتية خاصة")
    ev = factual(doc, "ACCUSE")
    assert ev and "SOM" in party(doc, ev[0]["recipients"]) and "ARE" in party(doc, ev[0]["actors"])


def test_relative_clause_of_doing(pipe):
    doc = full(pipe, "وقالت الوزارة في بيانها: \"تدين إسرائيل بشدة الهجوم بالأسلحة الكيميائية الذي قامت به سوريا\".")
    ev = factual(doc, "ACCUSE")
    assert ev and "SYR" in party(doc, ev[0]["recipients"])


def test_attacks_of_someone_after_their_adjectives(pipe):
    doc = full(pipe, "ونص البيان على أن الولايات المتحدة تدين الهجمات الصاروخية الاستفزازية للنظام الإيراني القادمة "
                     "من سوريا ضد المواطنين الإسرائيليين.")
    assert any("IRN" in r for r in recipients(doc, "ACCUSE"))


# ---- the owner of a criticised statement
def test_owner_of_the_statements(pipe):
    doc = full(pipe, "انتقد وزير خارجية البحرين الشيخ خالد بن أحمد تصريحات الخزعلي.")
    ev = factual(doc, "ACCUSE")
    assert ev and "الخزعلي" in party(doc, ev[0]["recipients"]) and "خالد" not in party(doc, ev[0]["recipients"])


def test_manner_phrase_is_skipped(pipe):
    doc = full(pipe, "وقال غوتيريس أمام مجلس الأمن: \"أدين بشكل قاطع خطوات جميع الأطراف التي أوصلتنا إلى هذا الوضع\".")
    assert not factual(doc, "PROTEST")  # (قاطع is part of the manner phrase, not a boycott)


# ---- a condemnation told after the act it condemns (في خطوة نددت بها، وهو ما استنكرته)
def test_step_condemned_after_the_act(pipe):
    doc = full(pipe, "وفرضت واشنطن عقوبات جديدة على طهران، في خطوة نددت بها إيران بشدة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "IRN" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])


def test_step_with_the_object_pronoun(pipe):
    doc = full(pipe, "وكانت إسرائيل رفضت منح الباحث عمر شاكر تصريح إقامة العام الماضي، في خطوة أدانتها الولايات المتحدة.")
    ev = factual(doc, "ACCUSE")
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "ISR" in party(doc, ev[0]["recipients"])


# ---- the owner of a criticised policy or stance, and none when it is not named
def test_policy_with_no_owner_accuses_no_one_inside_it(pipe):
    doc = full(pipe, "ميلانيا ترامب تنتقد سياسة فصل أطفال المهاجرين غير الشرعيين عن آبائهم")
    assert not any("المهاجرين" in r for r in recipients(doc, "ACCUSE"))


def test_stance_owner_after_its_adjectives(pipe):
    doc = full(pipe, "وكان الرئيس الفرنسي إيمانويل ماكرون قد ندد الثلاثاء بالموقف \"المعيب وغير المسؤول للحكومة "
                     "الإيطالية\" بعد رفضها استقبال السفينة.")
    ev = [e for e in doc["events"] if e["type"] == "ACCUSE"]
    assert ev and "ITA" in party(doc, ev[0]["recipients"])


def test_policy_owner_in_a_relative_clause(pipe):
    doc = full(pipe, "تندد منظمة العفو الدولية بالسياسة القمعية التي ينتهجها الرئيس عبد الفتاح السيسي.")
    assert any("السيسي" in r for r in recipients(doc, "ACCUSE"))
