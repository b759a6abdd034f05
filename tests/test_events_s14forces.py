"""Named bodies of one state (s14forces): a body noun (حزب، مجلس، لجنة، هيئة، جيش، and القوة only when definite),
1-3 definite words and a demonym are an ORG of the demonym's country (entities/kb/heads.tsv modes state/state_def),
so that the body can be a party of an event. Generic phrases stay out: without a demonym (الحزب الحاكم), a joint
body of two states, the strength noun قوة (قوة الضربة الإسرائيلية), a plural object after the head (ناقشت اللجنة
التهديدات الإيرانية), a demonym of the next phrase (الجيش الوطني واليمني). Real news sentences."""
from __future__ import annotations

import pytest

from conftest import full
from evhelpers import orgs


def _named(doc, ids):
    by = {e["id"]: e["name"] for e in doc["entities"]}
    return [by[i] for i in ids]


@pytest.mark.parametrize("text,name,iso,sector", [
    ("وقال الحزب الشيوعي العراقي في بيان إنه يرفض نتائج الانتخابات.", "الحزب الشيوعي العراقي", "IRQ", "PTY"),
    ("قصفت القوة الجوية السورية مواقع للمعارضة في إدلب.", "القوة الجوية السورية", "SYR", "MIL"),
    ("وأعلن الحزب الشعبي الإسباني أنه سيصوت ضد الحكومة.", "الحزب الشعبي الإسباني", "ESP", "PTY"),
    ("وقالت اللجنة الأولمبية الروسية إنها ستستأنف القرار.", "اللجنة الأولمبية الروسية", "RUS", None),
])
def test_body_with_a_demonym_is_the_state_s_org(pipe, text, name, iso, sector):
    doc = full(pipe, text)
    org = orgs(doc).get(name)
    assert org is not None, [e["name"] for e in doc["entities"]]
    assert org["country"] == iso and org["sector"] == sector


def test_the_body_is_the_actor(pipe):
    doc = full(pipe, "المجلس الإسلامي البريطاني يدعو تريزا ماي لتوخي النزاهة في التحقيق مع جونسون")
    ev = [e for e in doc["events"] if e["type"] == "REQUEST"]
    assert ev and _named(doc, ev[0]["actors"]) == ["المجلس الإسلامي البريطاني"]


def test_blame_on_a_named_party(pipe):
    doc = full(pipe, "وتأتي تصريحاته عقب تصريح لمسؤول صيني في وقت سابق اليوم ألقى فيه باللائمة على "
                     "الحزب التقدمي الديمقراطي التايواني لعدم اعترافه بمبدأ \"الصين الواحدة\".")
    ev = [e for e in doc["events"] if e["type"] == "ACCUSE"]
    assert ev and _named(doc, ev[0]["recipients"]) == ["الحزب التقدمي الديمقراطي التايواني"]
    assert orgs(doc)["الحزب التقدمي الديمقراطي التايواني"]["country"] == "TWN"


@pytest.mark.parametrize("text,absent", [
    ("أظهر تسجيل مصور مدى قوة الضربة الإسرائيلية التي استهدفت موقعا عسكريا قرب دمشق.", "قوة الضربة الإسرائيلية"),
    ("وناقشت اللجنة التهديدات الإيرانية للأمن القومي العربي.", "اللجنة التهديدات الإيرانية"),
    ("وقال التحالف إن الجيش الوطني واليمني يتقدم باتجاه باقم في صعدة.", "الجيش الوطني واليمني"),
    ("وأكد رئيس اللجنة العسكرية الروسية الباكستانية أن التعاون مستمر.", "اللجنة العسكرية الروسية"),
    ("اتهم الحزب الحاكم المعارضة بالتحريض.", "الحزب الحاكم"),
])
def test_generic_phrases_stay_out(pipe, text, absent):
    doc = full(pipe, text)
    assert not any(n.startswith(absent) for n in orgs(doc))


@pytest.mark.parametrize("text,kb_id", [
    ("ونفذت قوات النخبة الشبوانية عملية دهم استهدفت أحد مواقع القاعدة في شعب مذاب.", "org:shabwani_elite"),
    ("وقال اللواء فرج البحسني، إن قوات النخبة الحضرمية تمكنت من السيطرة على وادي المسيني.", "org:hadrami_elite"),
    ("وقالت المصادر إن قوة من الحزام الأمني اعتقلت ثلاثة مطلوبين في عدن.", "org:are_stc_forces"),
])
def test_yemeni_forces_are_kb_orgs(pipe, text, kb_id):
    doc = full(pipe, text)
    org = [e for e in doc["entities"] if e.get("kb_id") == kb_id]
    assert org and org[0]["country"] == "YEM" and org[0]["sector"] == "MIL", [
        (e["name"], e.get("kb_id")) for e in doc["entities"]]
