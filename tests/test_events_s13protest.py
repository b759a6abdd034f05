"""Groups of people named by a count and a common noun (session 13): a party of the event wherever the count stands
before the noun (تظاهر 50 طالبا، اعتقلت 29 امرأة، قتل الجيش 4 أطفال), and no party where the noun stands alone (طالبا is
also a verb, النساء women at large)."""
from __future__ import annotations

from conftest import factual, full, party


def test_counted_singular_students_protest(pipe):
    doc = full(pipe, "تظاهر 50 طالبا في العاصمة.")
    ev = factual(doc, "PROTEST")
    assert ev and "50 طالبا" in party(doc, ev[0]["actors"])


def test_counted_nuns_protest_outside_the_court(pipe):
    doc = full(pipe, "وقد احتجت 5 راهبات خارج المحكمة العليا في ولاية كيرالا، التي تنظر في القضية.")
    ev = factual(doc, "PROTEST")
    assert ev and "راهبات" in party(doc, ev[0]["actors"])


def test_counted_women_arrested(pipe):
    doc = full(pipe, "وكانت الشرطة الإيرانية اعتقلت، في فبراير الماضي، 29 امرأة بسبب إزالة حجابهن.")
    ev = factual(doc, "COERCE")
    assert ev and "امرأة" in party(doc, ev[0]["recipients"])


def test_counted_children_killed_by_the_army(pipe):
    doc = full(pipe, "قتل الجيش 4 أطفال في القصف.")
    ev = factual(doc, "ASSAULT")
    assert ev and "أطفال" in party(doc, ev[0]["recipients"])


def test_counted_fishermen_detained(pipe):
    doc = full(pipe, "احتجز الحوثيون 3 صيادين قبالة سواحل الحديدة.")
    ev = factual(doc, "COERCE")
    assert ev and "صيادين" in party(doc, ev[0]["recipients"])


def test_hostages_are_a_party_without_a_count(pipe):
    doc = full(pipe, "مسلح يطلق الرصاص ويحتجز رهائن في دار للعجزة في كاليفورنيا")
    assert any("رهائن" in party(doc, e["recipients"]) for e in factual(doc, "COERCE"))


def test_the_dual_verb_is_no_counted_student(pipe):
    doc = full(pipe, "وطالبا بالإفراج عن المعتقلين")
    assert not any("طالبا" in " ".join(m["text"] for m in e["mentions"]) for e in doc["entities"])


def test_women_at_large_are_no_party(pipe):
    doc = full(pipe, "رجال ونساء وشيوخ أنهكتهم الحرب والحصار في بلدة عفرين.")
    assert not any(e["mentions"][0]["text"].endswith("نساء") for e in doc["entities"])


def test_envoy_accredited_to_a_body_is_the_subject(pipe):
    doc = full(pipe, "وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة قد حثت روسيا على الضغط على النظام السوري.")
    ev = factual(doc, "REQUEST") or [e for e in doc["events"] if e["type"] == "REQUEST"]
    assert ev and "USA" in party(doc, ev[0]["actors"]) and "RUS" in party(doc, ev[0]["recipients"])


def test_abd_allah_written_apart_is_a_name_after_a_title(pipe):
    doc = full(pipe, "طالب سفير السعودية لدى الأمم المتحدة عبد الله المعلمي إيران بوقف دعم الحوثيين.")
    ev = factual(doc, "REQUEST")
    assert ev and "المعلمي" in party(doc, ev[0]["actors"]) and "IRN" in party(doc, ev[0]["recipients"])


def test_political_parties_are_a_side(pipe):
    doc = full(pipe, "وحث الرئيس التونسي الأطراف السياسيين على الاستعداد لهذه الانتخابات.")
    ev = factual(doc, "REQUEST")
    assert ev and "الأطراف السياسيين" in party(doc, ev[0]["recipients"])


def test_news_organisation_accusing_in_its_own_name_is_the_actor(pipe):
    doc = full(pipe, "اتهمت قناة الجزيرة السلطات المصرية باعتقال مراسلها.")
    ev = factual(doc, "ACCUSE")
    assert ev and "الجزيرة" in party(doc, ev[0]["actors"]) and "EGY" in party(doc, ev[0]["recipients"])


def test_news_organisation_as_a_source_stays_no_party(pipe):
    doc = full(pipe, "وقالت رويترز إن الحكومة اتهمت المعارضة بالتخريب.")
    assert all("رويترز" not in party(doc, e["actors"]) for e in doc["events"])


def test_party_after_a_name_quoted_at_the_subjects_end_is_the_object(pipe):
    doc = full(pipe, 'واتهمت وكالة الأنباء الرسمية "سبأ" الحوثيين الذين يسيطرون على مناطق قريبة من مأرب بالوقوف وراء الهجوم.')
    ev = factual(doc, "ACCUSE")
    assert ev and "YEM" in party(doc, ev[0]["recipients"]) and "الحوثي" in party(doc, ev[0]["recipients"])
