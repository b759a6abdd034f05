"""Session 23 (track s23deny): a denial or refusal with no party of its own takes the author of the act told last only
when its object names an act of another side (an accusation, a claim, an involvement, a proposal or demand, an
apology: data/wordsets.tsv reaction/rejected_act; or an act named again by a demonstrative), or when the refuser is the
one a demand told in the last sentences was made of. A refusal of anything else ("رفضت حماس التعاون في التحقيق") names
no one the story told."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,refuser,refused", [
    # a denial of an involvement or of accusations: the accuser told before
    ("اتهمت بريطانيا روسيا بتسميم العميل السابق سيرغي سكريبال. وتنفي موسكو أي دور في الهجوم.", "RUS", "GBR"),
    ("اتهمت الحكومة العراقية تركيا بقصف قرى في إقليم كردستان. ورفضت أنقرة هذه الاتهامات.", "TUR", "IRQ"),
    # a refusal of what the refuser was asked to do
    ("طالبت الولايات المتحدة تركيا بالإفراج عن القس أندرو برانسون. وكانت الحكومة التركية رفضت يوم الأربعاء التدخل "
     "في القضاء.", "TUR", "USA"),
])
def test_refusal_of_an_act_told_before(pipe, text, refuser, refused):
    evs = sides(full(pipe, text), "REJECT")
    assert any(refuser in a and refused in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,refuser,other", [
    # a refusal of an act of the refuser's own: the author of the act told before is no side of it
    ("اتهمت بريطانيا روسيا بتسميم العميل السابق سيرغي سكريبال. وترفض موسكو فتح تحقيق مشترك.", "RUS", "GBR"),
    ("شنت القوات الإسرائيلية غارات على قطاع غزة يوم الأحد. ورفضت حركة حماس التعاون في التحقيق.", "Hamas", "ISR"),
])
def test_refusal_of_no_ones_act(pipe, text, refuser, other):
    evs = sides(full(pipe, text), "REJECT")
    assert not any(refuser in a and other in r for a, r, _ in evs), evs
