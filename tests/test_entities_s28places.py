"""Session 28, track s28places: places the KB lacks named after a head noun (kb/heads.tsv): a definite word or a
ta marbuta word no dictionary holds after an indefinite place head (بمديرية الدريهمي، مطار التيفور، مديرية مقبنة، مطار
صلالة; a nisba in ـية stays out: بلدة حمورية), and the heads منطقة/ضاحية/إقليم (uword) and ميناء (name); common nouns and adjectives after the heads stay no
place (مدينة كبيرة، منطقة آمنة، منطقة الاشتباكات).  The event coder reads such a place as a town (events/stage.py
_local_place, PLACE_NOUNS مديرية).  Real corpus sentences."""
from __future__ import annotations

import json

import pytest

pytest.importorskip("simplemma")   # the dictionary that tells a place's name from a word


@pytest.fixture(scope="module")
def pipe():
    from marsad import pipeline
    return pipeline.build()


def run(pipe, text, date="2018-06-01T10:00:00Z"):
    from marsad.read.jsonl import read_json_bytes
    line = json.dumps({"id": "t", "title": "", "text": text, "published": date}, ensure_ascii=False)
    return pipe.run_one(next(read_json_bytes(line.encode(), "x")))


def places(doc):
    return {m["text"]: (e["type"], e.get("country")) for e in doc["entities"] if e["type"] in ("GPE", "LOC", "FAC")
            for m in e["mentions"]}


@pytest.mark.parametrize("text,mention,typ", [
    ("قبل فرارها من مواقعها بمديرية الدريهمي الساحلية المتاخمة لمدينة الحديدة.", "الدريهمي", "GPE"),
    ("ونفذت القوات المشتركة زحفا واسعا على تحصينات الميليشيات الحوثية في منطقة الفازة.", "الفازة", "GPE"),
    ("شن الطيران الحربي غارات على منطقة الجميلية في حلب.", "الجميلية", "GPE"),
    ("وقعت غارة للتحالف يوم الخميس في ضاحية البريهي، جنوب مدينة الحديدة.", "البريهي", "GPE"),
    ("قصفت قوات النظام حي الوعر في حمص.", "الوعر", "GPE"),
    ("لانفجار خلال اتجاهها إلى ميناء الصليف في الحديدة.", "ميناء الصليف", "FAC"),
    ("وقال المدني إن السلطات ستغلق مطار صلالة، ثاني أكبر مطارات السلطنة.", "مطار صلالة", "FAC"),
    ("لمقاتلات التحالف استهدفتهم في مديرية مقبنة غرب محافظة تعز.", "مقبنة", "GPE"),
    ("أن المتهم تم ضبطه محاولا مغادرة جزيرة قرقنة.", "جزيرة قرقنة", "LOC"),
])
def test_unknown_place_after_head(pipe, text, mention, typ):
    got = places(run(pipe, text))
    assert mention in got and got[mention][0] == typ


def test_country_from_enclosing_place(pipe):
    got = places(run(pipe, "قصفت قوات النظام حي الوعر في حمص."))
    assert got["الوعر"][1] == "SYR"


@pytest.mark.parametrize("text,word", [
    ("سقطت قذائف على منطقة كبيرة في المدينة.", "كبيرة"),
    ("أعلنت الحكومة منطقة آمنة في الشمال.", "آمنة"),
    ("تعيش العائلة في قرية صغيرة.", "صغيرة"),
    ("هاجم مسلحون قرية نائية في الشمال.", "نائية"),
    ("زار الرئيس منطقة حدودية.", "حدودية"),
    ("إلى مسرح وقاعة للمؤتمرات ومنطقة خدمية تضم 10 مطاعم.", "خدمية"),
    ("والتوسع الكبير في تأسيس قاعدة الممارسين من كافة فئات المجتمع.", "الممارسين"),
    ("قتل جنديان في منطقة الاشتباكات قرب الحدود.", "الاشتباكات"),
])
def test_common_noun_after_head_no_place(pipe, text, word):
    assert not any(word in m for m in places(run(pipe, text)))


def test_seized_district_keeps_enemy_recipient(pipe):
    # an own-country district the stage now names is a town held by the other side (_shelled_at_home)
    doc = run(pipe, "وقال مراسلنا إن قوات المقاومة المشتركة سيطرت على مديرية الدريهمي واقتربت من مطار الحديدة، مشيرا "
                    "إلى أن قيادات الصف الأول في ميليشيات الحوثي هربت من الحديدة.", "2018-05-28T10:00:00Z")
    ents = {e["id"]: e for e in doc["entities"]}
    ev = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert ev and any("Houthi" in ents[r]["name"] for r in ev[0]["recipients"])


def test_airstrike_on_named_base(pipe):
    doc = run(pipe, "سوريا: إسرائيل قصفت قاعدة التيفور بصواريخ من فوق الأراضي اللبنانية", "2018-04-14T10:00:00Z")
    ents = {e["id"]: e for e in doc["entities"]}
    assert any(e["type"] == "ASSAULT" and [ents[r]["name"] for r in e["recipients"]] == ["قاعدة التيفور"]
               for e in doc["events"])


def test_blamed_party_authors_attack(pipe):
    doc = run(pipe, "وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل في هجوم وقع في التاسع من أبريل على "
                    "قاعدة التيفور الجوية السورية، وأسفر عن قتل سبعة من أفراد الحرس الثوري الإيراني.",
              "2018-04-17T10:00:00Z")
    ents = {e["id"]: e for e in doc["entities"]}
    ev = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert ev and [ents[a]["name"] for a in ev[0]["actors"]] == ["Israel"]
    assert len(ev[0]["recipients"]) == 2
