"""Session 20 (track s20charge): a charge directed at a relative (وجهت السلطات تهمة ... لزوجة رئيس الوزراء) charges the
relative, not the party the kin noun is "of"; a passive charge after an arrest (ووجهت إليه تهمة) was brought by those
who arrested, at the one arrested (events/charges.py)."""
import pytest

from evhelpers import page_sides

PUB = "2018-06-21"  # the day the test articles are published


@pytest.mark.parametrize("text,actor,accused,not_accused", [
    # the relative named in apposition, or a person of the story sharing the surname of the one named
    ("وجهت النيابة الإسرائيلية، الأربعاء، اتهاما لزوجة رئيس الوزراء، سارة نتانياهو، بالاحتيال في نفقات منزل بنيامين "
     "نتانياهو.", "النيابة", "سارة", "بنيامين"),
    ("وجهت السلطات الإسرائيلية تهمة الاحتيال لزوجة رئيس الوزراء، بنيامين نتنياهو، حسبما أعلنت وزارة العدل.\n"
     "وتواجه سارة نتنياهو تهما بإساءة استخدام المال العام.", "السلطات", "سارة", "Benjamin"),
])
def test_kin_charged(pipe, text, actor, accused, not_accused):
    evs = page_sides(pipe, text, "ACCUSE", PUB)
    assert any(actor in a and accused in r and not_accused not in r for a, r, _e in evs), evs


def test_kin_unresolved_names_no_one(pipe):
    # the wife is not a party of the story: no charge against her husband
    evs = page_sides(pipe, "وجه الادعاء الماليزي 17 تهمة إلى زوجة رئيس الوزراء السابق نجيب رزاق، تتعلق بغسيل الأموال.",
                     "ACCUSE", PUB)
    assert not any("Najib" in r or "رزاق" in r for _a, r, _e in evs), evs


@pytest.mark.parametrize("text,actor,accused", [
    ("اعتقلت الشرطة الفرنسية الناشط علاء عبد الفتاح الاثنين، ووجهت إليه تهمة دعم منظمة إرهابية.", "France",
     "علاء"),
    ("ألقت السلطات الأميركية القبض على مواطن إيراني بتهمة الالتفاف على العقوبات.\nوقال مدعون إن الرجل ألقي القبض "
     "عليه الاثنين، ووجهت له لائحة تشمل ست اتهامات رفعت في المحكمة الاتحادية بمانهاتن.", "USA", "IRN"),
])
def test_passive_charge_after_arrest(pipe, text, actor, accused):
    evs = page_sides(pipe, text, "ACCUSE", PUB)
    assert any(actor in a and accused in r and ("تهم" in e["trigger"]["text"] or "اتهام" in e["trigger"]["text"])
               for a, r, e in evs), evs


def test_passive_charge_negated_or_alone(pipe):
    # no charge brought; and a passive with no arrest told names no accuser
    evs = page_sides(pipe, "اعتقلت الشرطة التركية الصحفي أحمد آلتان، ولم توجه إليه أي تهمة حتى الآن.", "ACCUSE", PUB)
    assert not any("تهم" in e["trigger"]["text"] for _a, _r, e in evs), evs
    evs = page_sides(pipe, "ووجهت إليه تهمة دعم منظمة إرهابية.", "ACCUSE", PUB)
    assert not evs, evs
