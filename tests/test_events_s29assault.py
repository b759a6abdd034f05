"""Session 29 (track s29assault): attack sentences of 2019-2025 news the coder built nothing from or misread.

* the masculine perfect اغتال (and اجتاح) is a finite verb, not a verbal noun of the shape إفعال (stage._if3al,
  wordsets verb/hollow8): "اغتال مسلحون مجهولون قياديا في حركة فتح" names the gunmen as the killers;
* a town whose gazetteer name holds its head noun (مدينة الأبيض، مخيم زمزم) struck by an armed body of its own state
  is a civil war's target, not a one-state misreading (stage._town_struck_at_home, _town_head);
* a ship named by its flag in the genitive of an attack noun is hit: its nationality adjective is no object
  (material.genitive_sides): "أعلنت جماعة الحوثي استهداف سفينة إسرائيلية";
* a nominative plural after the verb, then a town's head noun in construct, are subject and object
  (stage._object_after): "هاجم مستوطنون قرية فلسطينية".
tests/data/s29assault_probes.jsonl holds the probes ("expect": TYPE, "!TYPE", or empty for a probe still missed)."""
import pytest

from conftest import check_probe, probes, told

PUB = "2024-05-14T10:00"
PROBES = probes("s29assault")


def _told(pipe, text):
    return told(pipe, text, "ASSAULT", PUB)


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"]], ids=lambda p: p["id"])
def test_probe(pipe, probe):
    check_probe(pipe, probe, PUB)


@pytest.mark.parametrize("text,actor,recipient", [
    ("اغتال مسلحون مجهولون قياديا في حركة فتح.", "مسلحون", "Fatah"),
    ("اغتال مسلحون مجهولون ضابطا في الجيش السوري في ريف درعا.", "مسلحون", "ضابطا"),
])
def test_masculine_ightala_is_a_finite_verb(pipe, text, actor, recipient):
    evs = _told(pipe, text)
    assert any(actor in a and recipient in r for a, r, _ in evs), evs
    assert not any("مسلحون" in r for a, r, _ in evs), evs  # (the gunmen are no victims)


@pytest.mark.parametrize("text,recipient", [
    ("هاجمت قوات الدعم السريع مدينة الأبيض.", "El Obeid"),
    ("قصفت قوات الدعم السريع مخيم زمزم للنازحين قرب الفاشر.", "Zamzam"),
    ("قصف الجيش السوداني مدينة الأبيض.", "El Obeid"),
])
def test_town_named_with_its_head_struck_at_home(pipe, text, recipient):
    evs = _told(pipe, text)
    assert any(recipient in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,recipient", [
    ("أعلنت جماعة الحوثي استهداف سفينة إسرائيلية في البحر الأحمر.", "Houthis", "ISR"),
    ("أعلنت الولايات المتحدة استهداف سفينة إيرانية في البحر الأحمر.", "United States", "IRN"),
])
def test_flagged_ship_in_the_genitive_is_hit(pipe, text, actor, recipient):
    evs = _told(pipe, text)
    assert any(actor in a and recipient in r for a, r, _ in evs), evs
    assert not any("سفينة" in a for a, r, _ in evs), evs  # (the ship strikes no one)


@pytest.mark.parametrize("text,recipient", [
    ("هاجم مستوطنون قرية فلسطينية في الضفة الغربية وأحرقوا منازل.", "PSE"),
    ("هاجم مستوطنون بلدة ترمسعيا شمال رام الله.", "ترمسعيا"),
])
def test_settlers_then_a_town_in_construct(pipe, text, recipient):
    evs = _told(pipe, text)
    assert any("مستوطنون" in a and recipient in r for a, r, _ in evs), evs
