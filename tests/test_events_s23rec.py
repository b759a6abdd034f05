"""Session 23 (track s23rec): recall on unseen text. Two general gaps found in the required misses of both the old
development sets and the four fresh ones: an order given to a party (أمر X Y بـ + the act ordered) was read as no
demand at all, and the indefinite masculine judge (قاض، قاضٍ، قاضيا، قاض فيدرالي) with his nationality was no party (the
feminine قاضية was). An order an authority gives keeps the act ordered told as done (COERCE, RETREAT), as before."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,target", [
    # a court orders a state; the commas around a day between
    ("وأمرت محكمة العدل الدولية، الاثنين، الولايات المتحدة بضمان عدم تأثير العقوبات على واردات الغذاء والدواء.",
     "International Court of Justice", "USA"),
    # a president orders a named body after his title and name
    ("أمر الرئيس الأميركي دونالد ترامب، الاثنين، البنتاغون بتشكيل قوة فضائية جديدة.", "Trump", "Pentagon"),
    # a state orders another, adjacent hashtags
    ("وأمرت #روسيا #بريطانيا بخفض عدد العاملين في بعثتها الدبلوماسية.", "RUS", "GBR"),
])
def test_order_is_request(pipe, text, actor, target):
    evs = sides(full(pipe, text), "REQUEST")
    assert any(actor in a and target in r for a, r, _ in evs), evs


def test_indefinite_judge_orders(pipe):
    evs = sides(full(pipe, "أمر قاض أميركي إدارة الرئيس دونالد ترامب، الجمعة، بدفع تكاليف إعادة الأطفال إلى أسرهم."),
                "REQUEST")
    assert any("قاض" in a and "Trump" in r for a, r, _ in evs), evs


def test_indefinite_federal_judge_is_a_party(pipe):
    evs = sides(full(pipe, "رفض قاض فيدرالي أمريكي دعوى رفعتها الحكومة ضد الشركة."), "REJECT")
    assert any("قاض" in a for a, _, _ in evs), evs


@pytest.mark.parametrize("text", [
    # no one ordered: the act ordered is read by its own trigger
    "وأمر ترامب بتوجيه ضربات دقيقة على مواقع في سوريا.",
    # the noun "matter" with the article
    "وهو الأمر الذي رد عليه الرئيس الإيراني حسن روحاني قائلا إن أمريكا فشلت بالالتزام بتعهداتها.",
    # a royal order (noun) with a nationality after it
    "وصدر أمر ملكي سعودي، السبت، بإعفاء وزير الإعلام من منصبه.",
])
def test_no_order_request(pipe, text):
    assert not sides(full(pipe, text), "REQUEST"), sides(full(pipe, text), "REQUEST")


def test_ordered_act_stays_factual(pipe):
    # an arrest a court orders is coded as made (before and after the order reading)
    evs = sides(full(pipe, "أمرت محكمة في موسكو، الخميس، باعتقال لاعبين في المنتخب الروسي لكرة القدم."), "COERCE")
    assert evs, evs


def test_order_to_leave_past_a_day(pipe):
    evs = sides(full(pipe, "وأمرت السلطات الكويتية الأسبوع الماضي سفير مانيلا بالمغادرة خلال أسبوع."), "SANCTION")
    assert evs, evs
