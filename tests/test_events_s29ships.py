"""Session 29 (track s29ships): vessels as the targets of attacks (Red Sea news 2023-2025; the 2018 attacks on Saudi
tankers). A ship, tanker or warship right after a verb or noun of attack (wordsets.tsv ship/attack_before; the subject
between the verb and the vessel skipped, and على after an attack noun) is a described party (data/parties.tsv rows
labelled "ship"), with its flag's country and, after a definite head, its name; a finite verb of attack whose subject is
a state or an armed body and whose object is such a vessel is an attack told as done (stage._decide, pinned)."""
import pytest

from conftest import told

PUB = "2024-01-10T10:00"


@pytest.mark.parametrize("text,actor,target", [
    ("هاجم الحوثيون سفينة تجارية في البحر الأحمر.", "Houthi", "سفينة تجارية"),
    ("استهدفت جماعة الحوثي السفينة غالاكسي ليدر.", "Houthi", "غالاكسي ليدر"),
    ("استهدف الحوثيون ناقلة نفط سعودية في البحر الأحمر.", "Houthi", "SAU"),
    ("استهدفت جماعة الحوثي سفينة إسرائيلية في البحر الأحمر.", "Houthi", "ISR"),
    ("هاجم الحوثيون الناقلة سونيون في البحر الأحمر.", "Houthi", "سونيون"),
    ("قصفت القوات الأوكرانية سفينة حربية روسية في البحر الأسود.", "UKR", "RUS"),
    # corpus (BB-middleEast-781-20180726, SK-middleEast-3244-20180802)
    ("وكان التحالف الذي تقوده السعودية قد أكد أن الحوثيين استهدفوا ناقلة نفط سعودية في البحر الأحمر.", "Houthi", "SAU"),
    ("واستهدفت الميليشيات الإيرانية ناقلة نفط سعودية في البحر الأحمر، الأسبوع الماضي، مما ألحق بها أضرارا.", "",
     "ناقلة نفط سعودية"),
])
def test_vessel_attacked(pipe, text, actor, target):
    evs = told(pipe, text, "ASSAULT", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    "رست سفينة تجارية في ميناء الحديدة.",
    "وصلت سفينة تحمل مساعدات إنسانية إلى ميناء الحديدة.",
    "أبحرت ناقلة نفط من ميناء رأس تنورة باتجاه أوروبا.",
    "أرسلت الولايات المتحدة سفينة حربية إلى البحر الأحمر.",
])
def test_vessel_no_target(pipe, text):
    assert not told(pipe, text, "ASSAULT", PUB)


def test_ship_as_subject_stays_the_attacker(pipe):
    evs = told(pipe, "استهدفت سفينة حربية أمريكية مواقع للحوثيين.", "ASSAULT", PUB)
    assert all("سفينة" not in r for _, r, _ in evs), evs
