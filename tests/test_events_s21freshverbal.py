"""Session 21 (track s21freshverbal): a request "بطلب من X" is told as made whatever the mood of the act it occasioned
(and a clock's zone, "بتوقيت نيويورك", names no party), but not after a copula (جاءت بطلب من); a call told by a draft
a party tables (وزعت واشنطن مسودة بيان تطالب المجلس) is that party's; a call for a deal or talks with a party (تدعو
لاتفاق ... مع الاتحاد الأوروبي) is made of that party; a crowd's demand in a story with no protest of known country is
made of the story's country's government; yielding (رضخ لضغوط X) is CONCEDE toward X."""
import pytest

from conftest import full, sides


def _events(pipe, text, typ, pub=None):
    doc = full(pipe, text, pub) if pub else full(pipe, text)
    return sides(doc, typ)


@pytest.mark.parametrize("text,actor,recip", [
    # a meeting held at a party's request, the meeting still in the present tense
    ("تجتمع منظمة حظر الأسلحة الكيماوية في لاهاي بطلب من موسكو لبحث قضية تسميم الجاسوس الروسي السابق.", "RUS", "Chemical"),
    ("يعقد مجلس الأمن الدولي جلسة طارئة عند الساعة الثالثة بتوقيت نيويورك بطلب من فرنسا لبحث الوضع في سوريا.",
     "FRA", "Security Council"),
    # a draft tabled by a party
    ("ووزعت بريطانيا مشروع بيان يدعو مجلس الأمن إلى إدانة الهجوم الكيميائي في دوما.", "GBR", "Security Council"),
    ("وتقدمت الكويت في مجلس الأمن بمسودة بيان يدعو إلى إجراء تحقيق مستقل في المواجهات على حدود غزة.",
     "KWT", "Security Council"),
    # a call for a deal with a party
    ("دعا الرئيس الأمريكي دونالد ترامب إلى إبرام اتفاق جديد مع إيران يشمل برنامجها الصاروخي.", "Trump", "IRN"),
    ("وزيرة الخارجية الكندية تدعو لاتفاق تجاري واسع مع الاتحاد الأوروبي.", "CAN", "European Union"),
])
def test_request_found(pipe, text, actor, recip):
    evs = _events(pipe, text, "REQUEST")
    assert any(actor in a and recip in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_copula_request_is_background(pipe):
    evs = _events(pipe, "وقال الأسد إن وجود القوات الروسية شرعي لأنها جاءت بطلب من الحكومة السورية.", "REQUEST")
    assert not evs, [(a, r) for a, r, _ in evs]


def test_crowd_demand_of_story_country(pipe):
    text = ("إيران.. مظاهرات الأحواز تتوسع والسلطات تحجب تطبيق تلغرام\n\n"
            "وطالب المتظاهرون بحقهم في تعليم أطفالهم اللغة العربية والعمل في المؤسسات النفطية في مدنهم.")
    evs = _events(pipe, text, "REQUEST")
    assert any("IRN" in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


@pytest.mark.parametrize("text,actor,recip", [
    ("رضخت الحكومة الأردنية لمطالب المحتجين وسحبت مشروع قانون ضريبة الدخل.", "JOR", "محتج"),
    ("ورضخت الحكومة الباكستانية لضغوط الولايات المتحدة وأفرجت عن الطبيب.", "PAK", "USA"),
])
def test_yield_concede(pipe, text, actor, recip):
    evs = _events(pipe, text, "CONCEDE")
    assert any(actor in a and recip in r for a, r, _ in evs), [(a, r) for a, r, _ in evs]


def test_yield_refused_is_no_concession(pipe):
    evs = _events(pipe, "وقال أردوغان إن تركيا لن ترضخ لضغوط الولايات المتحدة في قضية القس.", "CONCEDE")
    assert not evs, [(a, r) for a, r, _ in evs]
