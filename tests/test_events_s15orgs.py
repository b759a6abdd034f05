"""Organisations the KB does not hold, named by a definite head noun, adjectives and a ل complement (entities/kb/heads.tsv
mode ``org``, kb/org_words.tsv): الرابطة الدولية للسلام، المجلس الوطني للمقاومة الإيرانية، الهيئة القومية للأرصاد الجوية،
التحالف اليمني لرصد انتهاكات حقوق الإنسان. The body is one ORG entity over the whole phrase; a demonym in the phrase
gives its country (none else); the phrase is no body when its complement names another body (an organ of it:
اللجنة التنفيذية لمنظمة التحرير، المكتب الإعلامي للجيش) or is no noun (لحين). Sentences from the corpus."""
from __future__ import annotations

import pytest

from conftest import by_mention, entities_of, entity_stage, factual, full, party

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def _org(ents, name):
    return next((e for e in ents if e["type"] == "ORG" and e.get("name_ar") == name), None)


def test_league_in_a_hashtag_accuses_the_houthis(pipe):
    # Q-001 style: the actor is a hashtag of a body no KB holds
    doc = full(pipe, "رابطة دولية: الحوثي استخدم 1200 معتقل دروعاً بشرية\n"
                     "اتهمت #الرابطة_الدولية_للسلام، ميليشيات الحوثي الانقلابية، باستخدام أكثر من 1202 معتقل يمني في "
                     "سجونها دروعاً بشرية.")
    org = _org(doc["entities"], "الرابطة الدولية للسلام")
    assert org is not None and org["country"] is None and org["sector"] == "NGO"
    assert any("الرابطة الدولية للسلام" in party(doc, e["actors"]) and "YEM" in party(doc, e["recipients"])
               for e in factual(doc, "ACCUSE"))


def test_council_of_the_resistance_accuses_the_regime(pipe):
    doc = full(pipe, "عنوان الخبر\nاتهم \"المجلس الوطني للمقاومة الإيرانية\" المعارض في المنفى النظام الإيراني بالوقوف "
                     "وراء محاولة تفجير تجمع له.")
    assert any("المجلس الوطني للمقاومة الإيرانية" in party(doc, e["actors"]) for e in factual(doc, "ACCUSE"))


def test_the_whole_phrase_is_one_body_without_a_country(stage):
    ents = entities_of(stage, "قالت الهيئة القومية للأرصاد الجوية إن على سكان ساحل خليج المكسيك أخذ العاصفة على محمل الجد.")
    org = _org(ents, "الهيئة القومية للأرصاد الجوية")
    assert org is not None and org["country"] is None and org["sector"] == "GOV"


def test_a_body_named_twice_once_after_li_is_one_entity(stage):
    ents = entities_of(stage, "قالت الهيئة القومية للأرصاد الجوية إن العاصفة تتجه شمالا. وقال باتريك بيرك من مركز "
                              "التنبؤ بالطقس التابع للهيئة القومية للأرصاد الجوية إنه تم إعلان حالة الطوارئ.")
    orgs = [e for e in ents if "للأرصاد الجوية" in (e.get("name_ar") or "")]
    assert len(orgs) == 1 and len(orgs[0]["mentions"]) == 2 and orgs[0]["name_ar"].startswith("الهيئة")


def test_a_demonym_in_the_phrase_gives_the_country(stage):
    ents = entities_of(stage, "وقال المركز الوطني الأميركي للأعاصير إن العاصفة ستشتد.")
    org = _org(ents, "المركز الوطني الأميركي للأعاصير")
    assert org is not None and org["country"] == "USA"
    assert not any(e["type"] == "NORP" for e in ents)   # (the demonym is part of the name)


def test_a_joint_body_of_two_states_has_no_country(stage):
    ents = entities_of(stage, "وقالت اللجنة الروسية الأمريكية لأسرى الحرب إنها ستجتمع في موسكو.")
    org = next(e for e in ents if (e.get("name_ar") or "").startswith("اللجنة الروسية الأمريكية"))
    assert org["country"] is None


def test_a_construct_chain_after_li(stage):
    ents = entities_of(stage, "وأكد التحالف اليمني لرصد انتهاكات حقوق الإنسان أن الحوثيين قتلوا المئات.")
    org = _org(ents, "التحالف اليمني لرصد انتهاكات حقوق الإنسان")
    assert org is not None and org["country"] == "YEM"


def test_a_place_closes_the_chain(stage):
    ents = entities_of(stage, "انتقدت اللجنة القطرية لإعادة إعمار غزة الحصار المفروض على القطاع.")
    org = _org(ents, "اللجنة القطرية لإعادة إعمار غزة")
    assert org is not None and org["country"] == "QAT"


def test_sector_words(stage):
    ents = entities_of(stage, "أصدر المجلس الأعلى للقضاء بيانا حول الانتخابات.")
    assert (_org(ents, "المجلس الأعلى للقضاء") or {}).get("sector") == "JUD"
    ents = entities_of(stage, "وقالت الوكالة الأوروبية للأدوية إن الدواء آمن.")
    assert (_org(ents, "الوكالة الأوروبية للأدوية") or {}).get("sector") == "IGO"


def test_an_organ_of_a_known_body_is_no_body_of_its_own(stage):
    ents = entities_of(stage, "وقالت اللجنة التنفيذية لمنظمة التحرير الفلسطينية إنها ترفض القرار.")
    assert not any((e.get("name_ar") or "").startswith("اللجنة التنفيذية") for e in ents)
    ents = entities_of(stage, "قال المركز الإعلامي للمنطقة العسكرية الخامسة إن القوات تقدمت.")
    assert not any((e.get("name_ar") or "").startswith("المركز الإعلامي") for e in ents)


def test_no_noun_after_li(stage):
    ents = entities_of(stage, "وتبقى الأمور معلقة أمام المجلس الاستشاري لحين العلم بنتائج التحقيق.")
    assert not any("لحين" in (e.get("name_ar") or "") for e in ents)


def test_a_kb_body_stays_the_kbs(stage):
    ents = entities_of(stage, "أدانت اللجنة الدولية للصليب الأحمر الهجوم على المستشفى.")
    org = by_mention(ents, "اللجنة الدولية للصليب الأحمر")
    assert org is not None and org.get("kb_id")
