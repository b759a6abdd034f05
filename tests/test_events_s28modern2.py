"""Session 28, round 2 (track s28modern2): more plain sentences of 2019-2025 news (Egypt/Qatar mediation, the Ukraine
talks in Istanbul, Jeddah and Riyadh, the Iran talks in Muscat, Syria's 2025 transition, Sudan, Libya, the Gulf) for the
fourteen types other than ASSAULT and PROTEST, and round 1's leftovers (docs/events.md, s28modern2).
tests/data/s28modern2_probes.jsonl: "expect" the type a probe must yield as a fact ("!TYPE": must not); an empty expect is
a miss left (its "type" the reading wanted)."""
import pytest

from conftest import check_probe, full, probes, sides, told

PUB = "2024-05-14T10:00"  # a Tuesday
PROBES = probes("s28modern2")


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"]], ids=lambda p: p["id"])
def test_probe(pipe, probe):
    check_probe(pipe, probe, PUB)


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"] and not p["expect"].startswith("!")
                                   and ("أمس الاثنين" in p["text"] or "اليوم الثلاثاء" in p["text"])], ids=lambda p: p["id"])
def test_probe_dates(pipe, probe):
    day = "2024-05-13" if "أمس الاثنين" in probe["text"] else "2024-05-14"
    evs = told(pipe, probe["text"], probe["expect"], PUB)
    assert any(e["date"] == day for _, _, e in evs), [(e["type"], e["date"]) for _, _, e in evs]


@pytest.mark.parametrize("text,actor", [
    ("سحبت روسيا قواتها من مدينة خيرسون.", "RUS"),
    ("سحبت الولايات المتحدة قواتها من كوريا الجنوبية.", "USA"),  # (corpus)
    ("وسحبت إسرائيل قواتها ومستوطنيها من غزة عام 2005.", "ISR"),  # (corpus)
])
def test_own_forces_withdrawn_with_the_subject_between(pipe, text, actor):
    evs = sides(full(pipe, text, PUB), "RETREAT")
    assert any(actor in a for a, _, _ in evs), evs
    assert not any("قوات" in str(e) and r for _, r, e in evs if r and "قواته" in str(r)), evs  # (its own force is no side)


def test_a_support_withdrawn_is_still_a_refusal(pipe):
    evs = sides(full(pipe, "سحب ترامب بشكل مفاجئ تأييده للبيان المشترك.", PUB), "RETREAT")
    assert not evs, evs


@pytest.mark.parametrize("text", [
    "استقال رئيس الوزراء الفلسطيني محمد اشتية من منصبه.",
    "واستقال نائب وزير المالية جونيتشي فوكودا الأربعاء، لكنه نفى مزاعم التحرش تلك.",  # (corpus, BB-368)
])
def test_a_resignation_told_by_its_perfect_stands_alone(pipe, text):
    assert told(pipe, text, "RETREAT", PUB)


@pytest.mark.parametrize("text", [
    "احتجاجات الأردن: الملك يلتقي رئيس الوزراء الاثنين وتوقعات باستقالة الحكومة",  # (corpus, FR-1619: expected)
    "ومن بين من وردت أسمائهم في الشكاوى رئيس مجلس العموم، جون بيركو، الذي استقالت سكرتيرته الشخصية عام 2011.",  # (dev DD-13)
])
def test_an_untargeted_resignation_not_told_as_done_by_its_subject(pipe, text):
    assert not told(pipe, text, "RETREAT", PUB)


@pytest.mark.parametrize("text", [
    "أوقف الحوثيون هجماتهم على السفن التجارية في البحر الأحمر.",
    "أعلن الحوثيون وقف هجماتهم على السفن الأمريكية.",
])
def test_own_attacks_halted(pipe, text):
    assert told(pipe, text, "CONCEDE", PUB)


def test_an_arrest_is_still_an_arrest(pipe):
    assert not told(pipe, "أوقفت الشرطة ثلاثة أشخاص بعد هجماتهم على المحلات.", "CONCEDE", PUB)
