"""Session 21 (track s21freshaccuse): anger stated by a light verb (عبرت النقابات الجزائرية عن غضبها مما وصفته محاولة
الحكومة ...) reads as a displeasure: an ACCUSE of the party it is about, with a named author or a state's own body (a
country's unions), never a crowd; support, consent or recognition withdrawn (سحب ترامب تأييده، سحبت اعترافها) is a
REJECT of the party it was given to."""
import pytest

from evhelpers import sides_of


@pytest.mark.parametrize("text,typ,actor,target", [
    # anger at a party, by a named author or a state's body
    ("وأعرب الرئيس الفرنسي إيمانويل ماكرون عن غضبه من قرار الحكومة الإيطالية إغلاق الموانئ أمام سفن الإنقاذ.",
     "ACCUSE", "Macron", "ITA"),
    ("عبرت النقابات المغربية عن غضبها من قرار الحكومة رفع أسعار المحروقات.", "ACCUSE", "MAR", "الحكومة"),
    ("وعبرت وزارة الخارجية الروسية عن غضبها إزاء قرار السلطات البريطانية طرد دبلوماسيين روس.", "ACCUSE", "RUS", "GBR"),
    # support or recognition withdrawn
    ("وسحب الرئيس التونسي الباجي قائد السبسي دعمه لرئيس الوزراء يوسف الشاهد.", "REJECT", "Essebsi", "Chahed"),
    ("بعد أن سحبت إيران اعترافها بجبهة البوليساريو.", "REJECT", "IRN", "Polisario"),
])
def test_found(pipe, text, typ, actor, target):
    evs = sides_of(pipe, text, typ)
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    # a crowd's anger is no accusation by a party
    "وعبر محتجون عن غضبهم من انهيار البنية التحتية وانقطاع الكهرباء في البصرة.",
    "وأعرب كثير من الإيرانيين عن غضبهم حيال مشهد الخسارة أمام إسبانيا.",
])
def test_no_accuse(pipe, text):
    assert not sides_of(pipe, text, "ACCUSE")


def test_troops_withdrawn_no_reject(pipe):
    # سحب with troops stays a retreat, no refusal
    assert not sides_of(pipe, "وسحبت روسيا قواتها من سوريا بعد أن أعلنت دعمها للحل السياسي.", "REJECT")
