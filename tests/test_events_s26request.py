"""Session 26 (track s26request): measures aimed at a party by ضد, intended or promised for the future (تدرس اتخاذ
المزيد من الإجراءات ضد، ستتخذ إجراءات ضد، يعتزم اتخاذ خطوات ضد), are a THREATEN against that party, also in a sentence
with no other trigger word; not when ضد governs the object of a verbal noun of purpose between them. Openness to a
summit or to talks (منفتح على / إزاء) tells a meeting wished for, not one held."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,target", [
    ("وقال عادل الجبير إن بلاده لا تزال تدرس اتخاذ إجراءات إضافية ضد كندا في أحدث تطور للأزمة بين البلدين.", "SAU", "CAN"),
    ("السعودية تدرس اتخاذ إجراءات إضافية ضد كندا وتستبعد أي وساطة لحل الخلاف", "SAU", "CAN"),
    ("قال الرئيس الفلسطيني محمود عباس، الثلاثاء، إنه يعتزم اتخاذ \"خطوات صعبة\" لم يحددها ضد إسرائيل والولايات "
     "المتحدة.", "Abbas", "ISR"),
    ("فرنسا تعتزم اتخاذ إجراءات ضد روسيا بشأن \"تسميم الجاسوس\"", "FRA", "RUS"),
])
def test_measures_against_a_party_threaten(pipe, text, actor, target):
    evs = sides(full(pipe, text, "2018-08-08T12:00"), "THREATEN")
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text", [
    "وقال إن الحكومة لن تتخذ إجراءات ضد المحتجين في العاصمة.",
    "وأضافت ماي أن بريطانيا ستطبق إجراءات جديدة لتعزيز الدفاعات ضد أنشطة عدائية لحكومات خارجية.",
])
def test_measures_not_aimed_no_threat(pipe, text):
    assert not sides(full(pipe, text, "2018-08-08T12:00"), "THREATEN")


@pytest.mark.parametrize("text", [
    "وقال بيسكوف إن \"ذلك رهن بالجانب الأميركي، لكن الجانب الروسي يبقى منفتحا\" إزاء قمة بين #روسيا و #الولايات_المتحدة.",
    "وكان ترامب أكد، الاثنين، أنه منفتح على مفاوضات مع القادة الإيرانيين \"في أي وقت\".",
    "وقال ترامب، خلال اجتماع حكومي، إنه منفتح على التفاوض على اتفاق جديد مع إيران.",
])
def test_openness_to_meet_is_no_meeting(pipe, text):
    evs = sides(full(pipe, text, "2018-03-28T10:00"), "CONSULT")
    assert not any(("USA" in a or "RUS" in a) and ("RUS" in r or "USA" in r or "IRN" in r) for a, r, _ in evs), evs
