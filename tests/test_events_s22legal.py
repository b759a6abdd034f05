"""Session 22 (track s22legal): a referral to trial whose ones referred are counted ("أحالت النيابة العامة المصرية،
الأحد، 30 مشتبها به إلى محكمة الجنايات"), and a referral noun whose ones referred are described by a من phrase and an
apposition before إلى ("بإحالة 12 إرهابيا من عناصر تنظيم داعش، بينهم أجانب، إلى القضاء العسكري"): ACCUSE by the
prosecution toward the ones referred (legal._referral, legal._referral_noun)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,accused", [
    ("أحالت النيابة العامة المصرية، الأحد، 30 مشتبها به إلى محكمة الجنايات بتهمة الانضمام إلى جماعة إرهابية.",
     "مشتبه"),
    ("وأمرت النيابة العامة المصرية بإحالة 12 إرهابيا من عناصر تنظيم داعش، بينهم أجانب، إلى القضاء العسكري.",
     "إرهابي"),
])
def test_counted_referral(pipe, text, accused):
    doc = full(pipe, text)
    got = sides(doc, "ACCUSE")
    assert any("EGY" in a and accused in r for a, r, _ in got), got


@pytest.mark.parametrize("text", [
    # a bill referred to parliament: no trial, no one accused
    "أحالت الحكومة المصرية، الأحد، 12 مشروع قانون إلى البرلمان لمناقشتها.",
    # the noun's genitive is a file, and a new clause after the comma: no one referred to trial
    "وأمرت النيابة العامة المصرية بإحالة ملف القضية إلى الخبراء، وطالبت الشرطة بإحضار الشهود أمام المحكمة.",
])
def test_no_referral(pipe, text):
    doc = full(pipe, text)
    assert not [e for _, _, e in sides(doc, "ACCUSE") if e.get("mode") == "investigate"], sides(doc, "ACCUSE")
