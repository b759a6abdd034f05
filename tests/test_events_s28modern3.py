"""Session 28, round 3 (track s28modern3): s28modern2's leftovers in 2019-2025 phrasing: relations resumed, sanctions
lifted with the lifter between, a ceasefire declared with no other side named (docs/events.md, s28modern3)."""
import pytest

from conftest import full, sides, told

PUB = "2024-05-14T10:00"  # a Tuesday


def _told(pipe, text, typ):
    return told(pipe, "عنوان الخبر\n" + text, typ, PUB)


@pytest.mark.parametrize("text,a,b", [
    ("استأنفت السعودية وإيران علاقاتهما الدبلوماسية بعد قطيعة استمرت سبع سنوات.", "SAU", "IRN"),
    ("استأنفت تركيا ومصر العلاقات الدبلوماسية على مستوى السفراء.", "TUR", "EGY"),
    ("وفي نفس اليوم استأنفت إيران علاقاتها الدبلوماسية مع العراق بعد قطيعة.", "IRN", "IRQ"),  # (corpus)
])
def test_relations_resumed_are_cooperation(pipe, text, a, b):
    evs = _told(pipe, text, "COOPERATE")
    assert any(a in str(x) + str(y) and b in str(x) + str(y) for x, y, _ in evs), evs


def test_talks_resumed_are_no_cooperation(pipe):
    assert not _told(pipe, "فصائل الجنوب السوري تستأنف المفاوضات مع روسيا بعد 24 ساعة.", "COOPERATE")


@pytest.mark.parametrize("text,actor", [
    ("رفعت الولايات المتحدة العقوبات عن سوريا، اليوم الثلاثاء.", "USA"),
    ("رفع الاتحاد الأوروبي العقوبات المفروضة على قطاع الطاقة السوري.", ""),
])
def test_sanctions_lifted_with_the_lifter_between(pipe, text, actor):
    evs = _told(pipe, text, "CONCEDE")
    assert evs and any(actor in str(x) for x, _, _ in evs), evs
    assert not _told(pipe, text, "SANCTION")


@pytest.mark.parametrize("text", [
    "وأضاف: \"أتطلع إلى اليوم الذي سأتمكن فيه من رفع العقوبات عن كوريا الشمالية\".",  # (corpus SK-1901)
    "فشركة توتال تنتظر أولاً رفع العقوبات عن النفط الإيراني وهذا لم يتم حتى الآن.",  # (corpus AL-57)
])
def test_sanctions_awaited_lifted_are_none(pipe, text):
    assert not _told(pipe, text, "CONCEDE")


@pytest.mark.parametrize("text", [
    "أعلنت روسيا وقفا لإطلاق النار لمدة ثلاثة أيام.",
    "أعلن الرئيس الأفغاني، أشرف غني، الخميس، وقفا موقتا لإطلاق النار في مناسبة عيد الفطر.",  # (corpus SK-2009)
    "أعلنت إسرائيل وقف إطلاق النار في لبنان، اليوم الثلاثاء.",
    "أعلنت حركة حماس، الأربعاء، وقف إطلاق النار في قطاع غزة.",
])
def test_a_ceasefire_declared_stands_alone(pipe, text):
    assert _told(pipe, text, "CONCEDE")


@pytest.mark.parametrize("text", [
    "الرئيس أشرف غني يعلن انتهاء وقف إطلاق النار مع طالبان.",  # (corpus FR-2090: its end)
    "قال مسؤول إسرائيلي إنه لا يوجد تعليق من قبل إسرائيل على تقارير إعلان وقف إطلاق النار.",  # (corpus CN-1051)
    "أعلن الرئيس الأمريكي جو بايدن وقف إطلاق النار بين إسرائيل وحزب الله.",  # (the mediator's: no concession of his)
    "أعلنت روسيا دعمها لوقف إطلاق النار.",
])
def test_no_ceasefire_declared(pipe, text):
    assert not _told(pipe, text, "CONCEDE")


@pytest.mark.parametrize("text,a,b", [
    ("أعادت الإمارات فتح سفارتها في دمشق، أمس الاثنين.", "ARE", "SYR"),
    ("إثيوبيا تعيد فتح سفارتها في إريتريا", "ETH", "ERI"),  # (corpus, a headline)
])
def test_an_embassy_reopened_is_cooperation(pipe, text, a, b):
    evs = sides(full(pipe, text, PUB), "COOPERATE")
    assert any(a in str(x) and b in str(y) for x, y, e in evs if not e.get("partial")), evs


def test_an_embassy_not_reopened(pipe):
    text = "وأوضح أن فرنسا لا تعيد بذلك فتح سفارة في سوريا."  # (corpus)
    assert not _told(pipe, text, "COOPERATE")


@pytest.mark.parametrize("text", [
    "سلمت حماس ثلاث رهائن إلى الصليب الأحمر في غزة.",
    "سلمت حركة حماس أربع رهائن إسرائيليات إلى الصليب الأحمر في غزة، اليوم الثلاثاء.",
])
def test_captives_handed_over_are_a_release(pipe, text):
    evs = _told(pipe, text, "RETREAT")
    assert any("HAM" in str(x) or "حماس" in str(x) or "Hamas" in str(x) for x, _, _ in evs), evs
    assert not _told(pipe, text, "AID")


@pytest.mark.parametrize("text", [
    "قال نتنياهو إن حماس لن تسلم الرهائن قبل وقف الحرب.",
    "وبموجب الاتفاق سيسلم النظام 40 أسيرا من مسلحي تنظيم جبهة النصرة.",  # (corpus: to be handed over)
    "سلمت الحركة جثث ثلاثة جنود إلى الصليب الأحمر.",  # (bodies: no release)
])
def test_no_captives_handed_over(pipe, text):
    assert not _told(pipe, text, "RETREAT")
