"""The author of an attack named after من / من قبل / من جانب right after the attack noun (track s35from):
"بغارات من طائرات التحالف"، "لهجوم من تنظيم داعش". strikes.named_author fills an authorless ASSAULT with it.
Sentences from the 2018 corpus (some shortened)."""
from __future__ import annotations

from conftest import factual, full, party


def _authors(doc):
    return [party(doc, e["actors"]) for e in doc["events"] + doc.get("partial_events", []) if e["type"] == "ASSAULT"]


def test_strikes_from_the_craft_of_a_coalition(pipe):
    doc = full(pipe, "وفي جبهة كتاف البق شرق محافظة صعدة، لقي القيادي في ميليشيات الحوثي قاسم حسين المزيجي مصرعه مع 6 "
                     "آخرين بغارات من طائرات التحالف في منطقة المليل.")
    assert any("coalition" in a for a in (party(doc, e["actors"]) for e in factual(doc, "ASSAULT")))


def test_attack_from_an_armed_group(pipe):
    doc = full(pipe, "لقي 18 من قوات النظام السوري والمسلحين الموالين له مصرعهم، يوم الأربعاء، إثر تعرضهم لهجوم من "
                     "تنظيم داعش، في بادية الميادين، بريف دير الزور، شرقي سوريا.")
    assert any("Islamic State" in a for a in (party(doc, e["actors"]) for e in factual(doc, "ASSAULT")))


def test_shelling_from_a_territory_names_no_author(pipe):
    doc = full(pipe, "قتل ثلاثة جنود أتراك بقصف صاروخي من الأراضي السورية على بلدة كيليس.")
    assert not any(a.strip() for a in _authors(doc))
