"""Session 22 (track s22request): the body in the genitive of a bare office title that opens the subject of a call is
the caller's own, never the one asked (وناشد الأمين العام للأمم المتحدة السلطات ...); على opens the act a verb of
urging asks for, so a party inside it is no addressee and the generic group before it is (وحثت واشنطن كافة الدول على
التعاون مع المحكمة); the two-letter verbs of urging keep their conjunction و (وحث) no longer; a leader's own followers
named by a possessive (أنصاره، مؤيديه، أتباعه) are the generic addressee of his call."""
import pytest

from evhelpers import sides_of


def test_title_complement_is_no_addressee(pipe):
    text = ("الأمم المتحدة قلقة\n\nقال الأمين العام للأمم المتحدة أنطونيو غوتيريس إن الوضع في ميانمار خطير. وناشد الأمين "
            "العام للأمم المتحدة السلطات البورمية السماح بعودة اللاجئين.")
    evs = sides_of(pipe, text, "REQUEST")
    assert any("Guterres" in a and "السلطات" in r for a, r, _ in evs), evs
    assert not any("United Nations" in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,asked,not_asked", [
    ("وحثت واشنطن كافة الدول على التعاون مع المحكمة الدولية.", "USA", "states", "المحكمة"),
    ("وحث مجلس الأمن الدولي جميع الدول الأعضاء على التعاون مع حكومة مالي.", "Security Council", "states", "حكومة"),
])
def test_urged_act_party_is_no_addressee(pipe, text, actor, asked, not_asked):
    evs = sides_of(pipe, text, "REQUEST")
    assert any(actor in a and asked in r for a, r, _ in evs), evs
    assert not any(not_asked in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor", [
    ("ودعا زعيم التيار الصدري مقتدى الصدر أنصاره إلى التظاهر الجمعة.", "Sadr"),
    ("وحث الرئيس الفنزويلي نيكولاس مادورو مؤيديه على المشاركة في الانتخابات.", "Maduro"),
])
def test_own_followers_addressed(pipe, text, actor):
    evs = sides_of(pipe, text, "REQUEST")
    assert any(actor in a and "supporters" in r for a, r, _ in evs), evs


def test_urging_a_state_keeps_it(pipe):
    # (negative: a named state after the verb of urging stays the one urged)
    evs = sides_of(pipe, "وحث ترامب إيران على التعاون مع المفتشين.", "REQUEST")
    assert any("Trump" in a and "IRN" in r for a, r, _ in evs), evs
    # (and a party inside the urged act is no addressee of its own)
    assert len(evs) == 1, evs
