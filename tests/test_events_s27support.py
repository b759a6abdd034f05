"""Session 27 (track s27support): a backing told as background — an imperfect after a form of كان, or a verb joined by
و to a relative clause (wordsets support/past_copula, support/light; stage._background_backing) — is no act reported;
the other side of a deal noun the backing names (الاتفاق النووي مع إيران، للاتفاق النووي الإيراني; wordsets support/deal)
is not the one backed (stage._deal_side). Sentences from the 2018 corpus."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text", [
    "أما من جانب الكيانات، فكان بينها جمعية الإحسان الخيرية اليمنية، إضافة إلى 6 كيانات قطرية كانت تدعمها الحكومة سابقاً.",
    "لكن يتوقع أن يحتج المتظاهرون على قتل المدنيين في الغارات الجوية التي يشنها التحالف الدولي الذي تقوده السعودية في "
    "اليمن، وتدعمه بريطانيا والولايات المتحدة، على المسلحين الحوثيين.",
    "لكن التحالف العسكري الذي تقوده السعودية في اليمن ويقدم دعما للقوات الموالية للحكومة، يعتبر الميناء ممرا لتهريب الأسلحة.",
])
def test_background_backing_is_no_act(pipe, text):
    assert not sides(full(pipe, text), "SUPPORT")


@pytest.mark.parametrize("text", [
    "جامعة الدول العربية تؤيد مراجعة الاتفاق النووي مع إيران غداة الانسحاب الأمريكي منه",
    "ولكن على الجانب الآخر، بدا واضحاً أن 14 من أصل 15 دولة في مجلس الأمن الدولي (باستثناء الولايات المتحدة) تؤيد "
    "الاتفاق النووي مع إيران الذي انسحب منه الرئيس ترامب.",
    "كما أكدت رئيسة الوزراء تيريزا ماي تأييد لندن للاتفاق النووي الإيراني.",
])
def test_the_deals_other_side_is_not_backed(pipe, text):
    assert not any("Iran" in r for _, r, _ in sides(full(pipe, text), "SUPPORT"))


@pytest.mark.parametrize("text,actor,backed", [
    ("وقال بومبيو إن واشنطن تدعم الحكومة العراقية وتدعم جهودها لمحاربة الإرهاب.", "Washington", "Iraq"),
    ("وزير خارجية البحرين يؤيد قطع المغرب للعلاقات مع إيران", "Khalid", "Morocco"),
    ("تزامنا مع اختفاء جمال خاشقجي.. البحرين تعلن وقوفها إلى جانب السعودية", "Bahrain", "Saudi"),
])
def test_backings_told_stay(pipe, text, actor, backed):
    evs = sides(full(pipe, text), "SUPPORT")
    assert any(actor in a and backed in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    "وقد وجدت إسرائيل ومن يدعمها من دول الغرب الأوروبي والأمريكي فرصة.",
])
def test_whoever_backs_is_no_act(pipe, text):
    assert not sides(full(pipe, text), "SUPPORT")


def test_a_backing_joined_to_an_expected_one_is_expected(pipe):
    text = ("ومن المتوقع أن يحظى تقرير الأمم المتحدة بدعم وتأييد الولايات المتحدة التي أطلقت حملة دبلوماسية واسعة للحد من "
            "نفوذ إيران في الشرق الأوسط.")
    assert not sides(full(pipe, text), "SUPPORT")


@pytest.mark.parametrize("text,actor,backed", [
    ("ولم يتعهد ترامب برفع العقوبات عن تركيا لكنه رحب بقرار أردوغان.", "Trump", "Erdo"),
    ("تعهد ترامب برفع العقوبات عن تركيا لكنه رحب بقرار أردوغان.", "Trump", "Erdo"),
])
def test_but_opens_a_clause_of_its_own(pipe, text, actor, backed):
    evs = sides(full(pipe, text), "SUPPORT")
    assert any(actor in a and backed in r for a, r, _ in evs), evs


def test_no_one_backed_after_fima(pipe):
    text = ('وعبر عفيفي في بيان عن "التضامن مع المملكة المغربية في قرارها قطع علاقاتها مع إيران لما تمارسه الأخيرة من تدخلات خطيرة ومرفوضة في الشؤون الداخلية للمملكة المغربية". وأشار إلى أن "القرار الصادر عن القمة العربية الأخيرة (في نيسان/أبريل) في الظهران بشأن التدخلات الإيرانية عكس موقفا عربيا صلبا في رفض هذه التدخلات والعمل على التصدي لها". وكانت السعودية، الخصم الإقليمي لإيران، أكدت كذلك وقوفها إلى جانب المملكة، فيما رفض مسؤول في جبهة "البوليساريو" رفضا قاطعا اتهامات الرباط.')
    assert not any("Polisario" in r for _, r, _ in sides(full(pipe, text), "SUPPORT"))
