"""Demonym spelling variants, session 14 (track s14demonyms): forms the corpus writes beside the standard ones
(النمسوية beside النمساوية، التيوانية beside التايوانية، النيوزلندية beside النيوزيلندية) give a party its state."""
from __future__ import annotations

from conftest import factual, full, party


def _countries(doc) -> dict:
    return {m["text"]: e.get("country") for e in doc["entities"] for m in e["mentions"]}


def test_austrian_variant_gives_the_government_its_state(pipe):
    doc = full(pipe, "طالبت الحكومة النمسوية، السبت، المانيا بتقديم توضيحات حول مزاعم جديدة تناقلتها الصحف.")
    ev = factual(doc, "REQUEST")
    assert ev and "AUT" in party(doc, ev[0]["actors"]) and "DEU" in party(doc, ev[0]["recipients"])


def test_taiwanese_variant(pipe):
    doc = full(pipe, "نشر سلاح الجو الصيني لقطات لطائرات خلال مناورة قرب تايوان الخميس، في أحدث استعراض قوة ضمن "
                     "سلسلة تدريبات وصفتها الحكومة التيوانية بأنها ترهيب عسكري.")
    assert _countries(doc).get("الحكومة التيوانية") == "TWN"


def test_new_zealand_variant(pipe):
    doc = full(pipe, "استدعت وزارة الخارجية النيوزلندية السفير الروسي في ولينغتون.")
    assert _countries(doc).get("وزارة الخارجية النيوزلندية") == "NZL"


def test_emirati_misspelling_gives_both_states_of_a_joint_committee(pipe):
    doc = full(pipe, "وقعت اللجنة المشتركة الإمارتية الموريتانية الثلاثاء في العاصمة أبوظبي على عدة مذكرات تفاهم في "
                     "مجالات التنسيق السياسي.")
    ev = factual(doc, "AGREE")
    assert ev and {"ARE", "MRT"} <= set(party(doc, ev[0]["actors"] + ev[0]["recipients"]).split())


def test_danish_and_american_variants(pipe):
    doc = full(pipe, "أثارت وزيرة الاندماج الدنمركية إنجر ستويبرغ جدلا واسعا.")
    assert "DNK" in _countries(doc).values()
    doc = full(pipe, "وأكد مسؤول عسكري قيام القوات الأميريكية بقصف مواقع للتنظيم.")
    assert _countries(doc).get("القوات الأميريكية") == "USA"


def test_uruguayan_variant_gives_a_named_person_his_state(pipe):
    doc = full(pipe, "ويعتبر رئيس منظمة الدول الأميركية الأورغوياني لويس ألماغرو من المعارضين العلنيين لمادورو.")
    assert "URY" in {e.get("country") for e in doc["entities"] if any("ألماغرو" in m["text"] for m in e["mentions"])}
