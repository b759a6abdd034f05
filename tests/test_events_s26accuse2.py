"""Session 26 (track s26accuse2): an inquiry told with the investigator between حقق and في / مع (fallback_triggers.tsv
@probe, accuse.split_probe), not the verb of achieving; a verb of investigating right before في keeps the party named
in the في-phrase's first words (accuse._probed_party)."""
import pytest

from conftest import full, sides


@pytest.mark.parametrize("text,actor,probed", [
    ("تحقق المفوضية الأوروبية في عمليات شركة قطر للبترول، أكبر مصدر للغاز للاتحاد الأوروبي.", "المفوضية", "قطر"),
    ("وتحقق الشرطة مع نتانياهو في ستة ملفات على الأقل مفتوحة حاليا ضده.", "الشرطة", "Netanyahu"),
    ("ويخضع 8 من مديري الشركة إلى التحقيق، كما يحقق القضاء الفرنسي في تورط رجل الأعمال السوري المعارض فراس طلاس في "
     "تمويل الجماعات المسلحة.", "القضاء الفرنسي", "طلاس"),
])
def test_investigator_between_verb_and_fi(pipe, text, actor, probed):
    evs = sides(full(pipe, text), "ACCUSE")
    assert any(actor in a and probed in r and e["mode"] == "investigate" for a, r, e in evs), evs


@pytest.mark.parametrize("text", [
    "وحقق حزب العدالة والتنمية في انتخابات تركيا الأخيرة فوزا كبيرا.",
    "حقق اليمين المتطرف في السويد نتائج جيدة في الانتخابات التشريعية.",
    "حقق الجيش اليمني في محافظة حجة تقدما كبيرا على حساب الحوثيين.",
])
def test_achieving_is_no_inquiry(pipe, text):
    assert not [e for _, _, e in sides(full(pipe, text), "ACCUSE") if e["mode"] == "investigate"]


@pytest.mark.parametrize("text,actor,probed", [
    ("مجلس حقوق الإنسان يحقق في جرائم إسرائيل بغزة", "Human Rights", "Israel"),
    ("السلطات الأمريكية تحقق في \"تهرب ترامب من الضرائب\"", "السلطات", "Trump"),
])
def test_verb_right_before_fi_keeps_its_party(pipe, text, actor, probed):
    evs = sides(full(pipe, text), "ACCUSE")
    assert any(actor in a and probed in r for a, r, _ in evs), evs


def test_inquiry_into_incidents_accuses_no_victim(pipe):
    text = "ويقول النشطاء في تركيا إن السلطات تحقق في حوادث اختفاء المعتقلين على مدار السنوات الماضية."
    assert not any("المعتقلين" in r for _, r, _ in sides(full(pipe, text), "ACCUSE"))


def test_inquiry_into_a_case_accuses_no_victim(pipe):
    text = "وذكرت السلطات البريطانية التي تحقق في قضية تسميم سكريبال أن غاز الأعصاب وضع على عتبة منزله."
    assert not any("Skripal" in r for _, r, e in [(a, r, e) for a, r, e in _all(full(pipe, text))])


def _all(doc):
    ents = {e["id"]: e for e in doc["entities"]}
    return [("", " ".join((ents[i].get("name") or "") + " " + (ents[i].get("name_ar") or "") for i in e["recipients"]), e)
            for e in doc["events"] if e["type"] == "ACCUSE"]
