"""Accusations with no verb of accusing, session 35 (track s35alleg): a verb of claiming (زعم، ادعى) whose reported
clause opens with a named party (events/allege.py), and more acts a party stands behind (data/implicit_blame.tsv,
data/blame.tsv). Sentences from the 2018 corpus."""
from __future__ import annotations

from conftest import factual, full, party


def _accused(doc, actor):
    return [e for e in factual(doc, "ACCUSE") if actor in party(doc, e["actors"])]


# --- a claim charges the party its clause opens with (allege.py) ----------------------------------------------------

def test_state_claiming_that_another_backs_separatists(pipe):
    doc = full(pipe, "زعمت إيران من قبل أن السعودية تدعم النشاط الانفصالي بين الأقلية العربية على أراضيها.")
    ev = _accused(doc, "Iran")
    assert ev and "Saudi" in party(doc, ev[0]["recipients"]) and ev[0]["mode"] == "allege"


def test_claim_in_the_present_by_a_named_person(pipe):
    doc = full(pipe, "الآن يزعم ساكاشفيلي أن بوتين يستولي على الأراضي في الدول السوفيتية السابقة لأسباب سياسية.")
    ev = _accused(doc, "Saakashvili")
    assert ev and "Putin" in party(doc, ev[0]["recipients"])


def test_claim_noun_with_its_author(pipe):
    doc = full(pipe, "والأربعاء، وصف الكرملين زعم أوكرانيا بأن روسيا كانت وراء قتل الصحفي المنشق بأنه \"حملة لتشويه "
                     "سمعة موسكو\".")
    ev = _accused(doc, "Ukraine")
    assert ev and "Russia" in party(doc, ev[0]["recipients"])


def test_claim_told_as_someone_elses_is_not_read(pipe):
    doc = full(pipe, "وتنفي موسكو مسؤوليتها عن الهجوم كما تزعم بريطانيا.")
    assert not _accused(doc, "United Kingdom")


def test_claim_about_a_thing_accuses_no_one(pipe):
    doc = full(pipe, "وتدعي بريطانيا أنه كان غاز الأعصاب نوفيتشوك المصنع سوفيتيا.")
    assert not _accused(doc, "United Kingdom")


def test_claim_by_a_newspaper_accuses_no_one(pipe):
    doc = full(pipe, "وتزعم صحيفة تركية أن القنصل السعودي نفسه، محمد العتيبي، كان موجودا أثناء قتل خاشقجي.")
    assert not [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "وتزعم"]


def test_claim_by_unnamed_sources_accuses_no_one(pipe):
    doc = full(pipe, "وتزعم مصادر تركية أن الصحفي السعودي قتل على يد فرقة مكونة من 15 عميلا سعوديا.")
    assert not [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "وتزعم"]


def test_negated_claim_is_not_read(pipe):
    doc = full(pipe, "ولم تزعم بريطانيا أن روسيا سممت العميل السابق.")
    assert not [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "تزعم"]


# --- acts a party stands behind (implicit_blame.tsv, blame.tsv) -----------------------------------------------------

def test_intelligence_saying_a_state_was_behind_attacks(pipe):
    doc = full(pipe, "وقالت بريطانيا إنه من شبه المؤكد أن المخابرات الروسية كانت وراء هجمات (باد رابيت) الإلكترونية.")
    ev = _accused(doc, "United Kingdom")
    assert ev and "الروسية" in party(doc, ev[0]["recipients"])


def test_behind_the_operation(pipe):
    doc = full(pipe, "وقال وزير الخارجية البريطاني إن روسيا كانت وراء العملية.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Russia" in party(doc, ev[0]["recipients"])


def test_standing_behind_it_with_the_pronoun_of_the_act(pipe):
    doc = full(pipe, "وقالت وزارة الخارجية البحرينية إن طبيعة الانفجار تثبت بالدليل القاطع أن النظام الإيراني يقف وراءه.")
    ev = factual(doc, "ACCUSE")
    assert ev and "الإيراني" in party(doc, ev[0]["recipients"])


def test_plural_standing_behind_with_khalf(pipe):
    doc = full(pipe, "قالت الحكومة اليمنية إن الحوثيين يقفون خلف عملية القصف التي وقعت الثلاثاء.")
    ev = factual(doc, "ACCUSE")
    assert ev and "Houthi" in party(doc, ev[0]["recipients"])


def test_a_device_behind_an_explosion_accuses_no_one(pipe):
    doc = full(pipe, "أعلنت وزارة الداخلية الأردنية أن عبوة ناسفة بدائية الصنع كانت وراء انفجار حافلة الدرك في الفحيص.")
    assert not factual(doc, "ACCUSE")


# --- a noun of claim with its author (allege/noun) -----------------------------------------------------------------

def test_claims_of_a_minister_that_a_state_is_linked(pipe):
    doc = full(pipe, "وجاء في تغريدة لوزارة الخارجية الروسية: \"إن مزاعم غافين ويليامسون بأن روسيا على علاقة بوفاة "
                     "المواطنة البريطانية دون ستيرجس لا أساس لها\".")
    ev = [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "مزاعم"]
    assert ev and "Russia" in party(doc, ev[0]["recipients"])


def test_claims_of_a_state_answered(pipe):
    doc = full(pipe, "وقال روحاني إن قوة إيران العسكرية لا تهدف إلى تخويف جيرانها، في رد واضح على ادعاءات السعودية بأن "
                     "إيران تسعى إلى السيطرة على المنطقة.")
    ev = [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "ادعاءات"]
    assert ev and "Saudi" in party(doc, ev[0]["actors"]) and "Iran" in party(doc, ev[0]["recipients"])


def test_claim_noun_is_not_the_claim_of_the_party_before_it(pipe):
    doc = full(pipe, "أيدت الولايات المتحدة وفرنسا وألمانيا مزاعم بريطانية بأن الحكومة الروسية وافقت على تسميم العميل.")
    assert not [e for e in factual(doc, "ACCUSE") if e["trigger"]["text"] == "مزاعم"
                and "United States" in party(doc, e["actors"])]
