"""Session 24: no aid read from an assistant named with an owner's pronoun (مساعده: his assistant, as written; his aid
is مساعدته) nor from aid that its verb holds back, seizes or blocks (تحتجز مساعدات): data/wordsets.tsv
aid/assistant_owned and aid/withheld."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text", [
    "أقال الرئيس الأمريكي دونالد ترامب مساعده الخاص جون ماكنتي.",
    "وقال المتحدث باسم التحالف تركي المالكي إن ميليشيات الحوثي تحتجز مساعدات إنسانية موجهة لليمنيين.",
    "واتهمت الأمم المتحدة قوات النظام بأنها نهبت مساعدات غذائية في الغوطة الشرقية.",
])
def test_no_aid_given(pipe, text):
    assert not sides(full(pipe, text), "AID"), sides(full(pipe, text), "AID")


@pytest.mark.parametrize("text,giver,taker", [
    ("أرسلت الإمارات مساعدات إنسانية إلى اليمن.", "ARE", "YEM"),
    ("قدمت السعودية مساعدات غذائية إلى اليمن.", "SAU", "YEM"),
])
def test_aid_given_stays(pipe, text, giver, taker):
    evs = sides(full(pipe, text), "AID")
    assert any(giver in a and taker in r for a, r, _ in evs), evs
