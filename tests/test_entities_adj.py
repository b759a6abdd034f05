"""Party nouns with adjectives: suicide bombers as a party (a noun, not the adjective of an attack noun), and a party
noun qualified by another adjective before its nationality (الشرطة القضائية الفرنسية: one party, France's police)."""
from __future__ import annotations

import pytest

from conftest import entities_of, entity_stage
from evhelpers import with_mention

D18 = "2018-05-14"

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


@pytest.mark.parametrize("text,surface", [
    ("قالت الشرطة إن انتحاريين هاجموا ثلاث كنائس في مدينة سورابايا.", "انتحاريين"),
    ("فجّر انتحاري نفسه قرب مقر وزارة في كابول اليوم الأحد.", "انتحاري"),
    ("وقال المتحدث إن انتحاريا فجر نفسه أمام مدخل الوزارة.", "انتحاريا"),
    ("وفجر الانتحاري نفسه وسط حشد من المصلين.", "الانتحاري"),
])
def test_suicide_bomber_is_a_party(stage, text, surface):
    found = with_mention(entities_of(stage, text, D18), surface)
    assert len(found) == 1 and found[0]["sector"] == "REB", found


@pytest.mark.parametrize("text,word", [
    ("قتل عشرة أشخاص في هجوم انتحاري استهدف سوقا في كابول.", "انتحاري"),
    ("قتل عشرون شخصا في تفجيرين انتحاريين استهدفا مسجدا في مايدوغوري.", "انتحاريين"),
    ("وأعلن التنظيم مسؤوليته عن العملية الانتحارية التي استهدفت الجنود.", "الانتحارية"),
    ("وتبنى التنظيم الهجمات الانتحارية على الكنائس.", "الانتحارية"),
])
def test_suicide_adjective_is_no_party(stage, text, word):
    ents = entities_of(stage, text, D18)
    assert not any(word in m["text"] for e in ents for m in e["mentions"]), ents


@pytest.mark.parametrize("text,surface,country,sector", [
    ("أوقفت الشرطة القضائية الفرنسية احترازياً الرئيس السابق نيكولا ساركوزي.", "الشرطة القضائية الفرنسية", "FRA", "COP"),
    ("اعتقلت الشرطة الفيدرالية البرازيلية الرئيس السابق لولا دا سيلفا.", "الشرطة الفيدرالية البرازيلية", "BRA", "COP"),
    ("قالت السلطات المحلية الصينية إنها اعتقلت عشرة أشخاص.", "السلطات المحلية الصينية", "CHN", "GOV"),
    ("خففت السلطات القضائية العراقية عقوبة الإعدام الصادرة بحق ألمانية إلى المؤبد.", "السلطات القضائية العراقية",
     "IRQ", "GOV"),
    ("اعتقلت القوات الخاصة الأمريكية قياديا في التنظيم.", "القوات الخاصة الأمريكية", "USA", "MIL"),
    ("اعتقلت الشرطة الدينية السعودية عددا من الشبان.", "الشرطة الدينية السعودية", "SAU", "COP"),
    ("سيرت الشرطة العسكرية الروسية دوريات في درعا.", "الشرطة العسكرية الروسية", "RUS", "COP"),
])
def test_party_adjective_then_nationality(stage, text, surface, country, sector):
    ents = entities_of(stage, text, D18)
    found = with_mention(ents, surface)
    assert len(found) == 1 and found[0]["country"] == country and found[0]["sector"] == sector, found
    # the demonym is inside the party, no NORP of its own
    assert not any(e["type"] == "NORP" and e["country"] == country for e in ents), ents


def test_former_adjective_ends_the_run(stage):
    ents = entities_of(stage, "وقالت الحكومة السابقة الإيطالية إنها لم توقع الاتفاق.", D18)
    assert not with_mention(ents, "الحكومة السابقة الإيطالية"), ents


@pytest.mark.parametrize("text,surface,name", [
    ("وأحرق محتجون مقر حزب الدعوة الذي ينتمي إليه رئيس الوزراء.", "حزب الدعوة", "Islamic Dawa Party"),
    ("ودعا عمار الحكيم رئيس تيار الحكمة إلى حوار بناء.", "تيار الحكمة", "National Wisdom Movement"),
    ("عقد اجتماع بين تحالف سائرون وتحالف الفتح في بغداد.", "تحالف الفتح", "Fatah Alliance"),
])
def test_iraqi_parties(stage, text, surface, name):
    found = with_mention(entities_of(stage, text, D18), surface)
    assert len(found) == 1 and found[0]["name"] == name and found[0]["country"] == "IRQ", found
