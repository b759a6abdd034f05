"""Session 24 (track s24order): an act ordered with no addressee (أمر X بـ + the act's verbal noun) is that act done by
the one ordering, also when a day stands between commas after the subject ("وأمر ترمب، الاثنين، بطرد"): the form after
ب is the verbal noun, not a verb whose subject follows it. An order given to a party stays a REQUEST (s23rec)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,typ,actor", [
    ("وأمر ترمب، الاثنين، بطرد 60 دبلوماسيا روسيا من الولايات المتحدة ردا على تسميم العميل الروسي المزدوج السابق.",
     "SANCTION", "Trump"),
    ("أمر ترمب بطرد 60 دبلوماسيا روسيا.", "SANCTION", "Trump"),
])
def test_order_without_addressee_is_the_act(pipe, text, typ, actor):
    evs = sides(full(pipe, text, "2018-03-28T10:00"), typ)
    assert any(actor in a and "RUS" in r for a, r, _ in evs), evs


def test_order_with_addressee_stays_request(pipe):
    evs = sides(full(pipe, "أمر الرئيس الأميركي دونالد ترامب، الاثنين، البنتاغون بتشكيل قوة فضائية جديدة."), "REQUEST")
    assert any("Trump" in a and "Pentagon" in r for a, r, _ in evs), evs
