"""Session 20 (track s20pronoun): a verbal act joined by "، و" to a verb of saying that opens its sentence with no
subject of its own (وقال إن ...، ودعا؛ وقالت "..."، وطالبت) shares the subject the story told before; the party right
after the joined verb is its addressee, not its subject (elided.py)."""
import pytest

from evhelpers import page_sides

PUB = "2018-05-10"  # the day the test articles are published


@pytest.mark.parametrize("text,actor,target", [
    ("أدانت منظمة العفو الدولية حملة الاعتقالات الأخيرة في السعودية.\n"
     "وقالت \"هذه الاعتقالات تكشف حقيقة الإصلاحات المزعومة\"، وطالبت السلطات السعودية بالإفراج عن الناشطات فورا.",
     "Amnesty", "السلطات السعودية"),
    ("رحب الرئيس الفرنسي إيمانويل ماكرون بالاتفاق الذي تم التوصل إليه في فيينا.\n"
     "وأضاف أن الاتفاق يمثل خطوة مهمة نحو الاستقرار، وحث إيران على الالتزام الكامل به.", "Macron", "IRN"),
    ("انتقد وزير الخارجية الإيراني محمد جواد ظريف العقوبات الأمريكية الجديدة.\n"
     "وقال إن \"هذه العقوبات لن تغير سياستنا\"، ودعا الاتحاد الأوروبي إلى الوفاء بالتزاماته.", "Zarif", "European Union"),
    ("أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريش عن قلقه من التصعيد في غزة.\n"
     "وأكد أنه \"يجب أن يتوقف العنف\"، ودعا الجيش الإسرائيلي إلى ضبط النفس.", "Guterres", "Israel"),
])
def test_joined_to_saying_verb(pipe, text, actor, target):
    evs = page_sides(pipe, text, "REQUEST", PUB)
    assert any(actor in a and target in r and actor not in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_named_subject_after_joined_verb_kept(pipe):
    # the verb of saying names its subject; the party after the joined verb of another person is its own subject
    evs = page_sides(pipe, "وقالت وزارة الخارجية الروسية إن الاتهامات البريطانية لا أساس لها، "
                           "وطالب وزير الخارجية البريطاني بوريس جونسون موسكو بتقديم تفسير.", "REQUEST", PUB)
    assert not any("Russia" in a and "Johnson" in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_inside_quotation_not_joined(pipe):
    # a verb inside the quoted words has the subject of the quotation, not the speaker's
    evs = page_sides(pipe, "انتقد رئيس الوزراء العراقي حيدر العبادي الاحتجاجات العنيفة.\n"
                           "وقال \"لقد اجتمعنا مع المحتجين، ودعت الحكومة المتظاهرين إلى التهدئة\".", "REQUEST", PUB)
    assert not any("Abadi" in a and "Government" in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]
