"""Session 22 review (s22review1): fixes to the session's tracks.
* s22accuse's charged refusal (انتقدت فرنسا رفض إيطاليا) read "ورفض", a verb coordinated after the critic's object
  (وانتقد روحاني الولايات المتحدة ورفض العرض الأمريكي), as the refusal held against the accused: the critic's own REJECT
  was dropped;
* s22coerce's places after the verb of deporting (never the deported) had a test written with the imperfect ترحل, which
  is no trigger: it could not fail."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor", [
    ("وانتقد الرئيس الإيراني حسن روحاني الولايات المتحدة ورفض العرض الأمريكي للتفاوض.", "Rouhani"),
])
def test_coordinated_refusal_verb_stays(pipe, text, actor):
    doc = full(pipe, text)
    assert sides(doc, "ACCUSE"), doc["events"]
    assert any(actor in a for a, _, _ in sides(doc, "REJECT")), doc["events"]


@pytest.mark.parametrize("text", [
    "السلطات الفرنسية رحلت إماما سلفيا بسبب خطبه المتطرفة إلى الجزائر",
    "ورحلت السلطات الفرنسية إماما سلفيا إلى الجزائر بسبب خطبه المتطرفة.",
])
def test_deport_place_is_no_deported(pipe, text):
    evs = sides(full(pipe, text), "COERCE")
    assert not any("DZA" in r for _, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,asked", [
    # s22request's على that opens the urged act: not على of an adjunct (the medium, على هامش) before the one urged
    ("وحث الرئيس الأمريكي دونالد ترامب في تغريدة على تويتر الصين على الضغط على كوريا الشمالية.", "Trump", "CHN"),
    ("وحث وزير الخارجية الأمريكي مايك بومبيو على هامش القمة الحكومة العراقية على الإسراع في تشكيل الحكومة.",
     "Pompeo", "IRQ"),
    # (and the act's own على still: the party inside it no addressee)
    ("وحثت واشنطن كافة الدول على التعاون مع المحكمة الدولية.", "USA", "states"),
])
def test_urged_on_not_an_adjunct(pipe, text, actor, asked):
    evs = sides(full(pipe, text), "REQUEST")
    assert any(actor in a and asked in r for a, r, _ in evs), evs
