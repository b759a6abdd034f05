"""Session 21 (track s21threat): an obligation laid on a party named before the modal in reported speech ("قال X إن
تركيا يجب أن تدعم ...") is a demand of the speaker to that party (triggers.tsv REQUEST modal, stage._modal_parties)."""
import pytest

from conftest import factual, full, party


@pytest.mark.parametrize("text,actor,target", [
    ("وقال وزير الخارجية الأمريكي مايك بومبيو للصحفيين إن كوريا الشمالية يجب أن تتخلى عن برنامجها النووي بالكامل.",
     "Pompeo", "PRK"),
    ("وقال المتحدث باسم الخارجية الفرنسية إن إيران ينبغي أن توقف تجاربها الصاروخية فورا.", "الخارجية الفرنسية", "IRN"),
    ("وأكد السيناتور الجمهوري ليندسي غراهام، خلال زيارة إلى بغداد، أن تركيا يجب أن تدعم بقاء القوات الأمريكية في سوريا.",
     "غراهام", "TUR"),
])
def test_party_before_modal(pipe, text, actor, target):
    doc = full(pipe, text, "2018-07-04T12:00")
    req = factual(doc, "REQUEST")
    assert any(actor in party(doc, e["actors"]) and target in party(doc, e["recipients"]) for e in req), doc["events"]


@pytest.mark.parametrize("text", [
    "وقال الخبير إن الدولة العراقية يجب أن تكون دولة مؤسسات حديثة.",  # a verb of being: a view, no demand
    "وقال القاضي إن الرئيس السابق يجب أن يحظى بنفس الظروف المتوافرة للمرشحين.",  # no identified party
    "ويرى محللون أن الاقتصاد يجب أن ينمو بوتيرة أسرع.",
])
def test_no_demand_before_modal(pipe, text):
    doc = full(pipe, text, "2018-07-04T12:00")
    assert not [e for e in factual(doc, "REQUEST") if e["mode"] == "modal"], doc["events"]
