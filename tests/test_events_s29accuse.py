"""Session 29 (track s29accuse): ACCUSE recall on sentences in the phrasing of 2019-2025 news (Gaza, Sudan/RSF, Ukraine,
Syria, Iran). tests/data/s29accuse_probes.jsonl holds the probes: "expect" ACCUSE (a claim between parties told as
fact), "!ACCUSE" (none), "" (still missed; docs/events.md, s29accuse). The constructions of this track are tested
one by one below: genocide and ethnic cleansing committed, human shields, and an inquiry into whether a named party
did something (legal._whether)."""
import pytest

from conftest import check_probe, probes, told

PUB = "2024-05-14T10:00"
PROBES = probes("s29accuse")


@pytest.mark.parametrize("probe", [p for p in PROBES if p["expect"]], ids=lambda p: p["id"])
def test_probe(pipe, probe):
    check_probe(pipe, probe, PUB)


@pytest.mark.parametrize("text,actor,target", [
    ("قالت منظمة العفو الدولية إن إسرائيل ترتكب إبادة جماعية في غزة.", "Amnesty", "ISR"),
    ("قالت الأمم المتحدة إن قوات الدعم السريع ارتكبت عمليات تطهير عرقي.", "United Nations", "Rapid Support"),
    ("قال الجيش الإسرائيلي إن حماس تستخدم المستشفيات دروعا بشرية.", "ISR", "Hamas"),
])
def test_wrongdoing_committed(pipe, text, actor, target):
    evs = told(pipe, text, "ACCUSE", PUB)
    assert any(actor in a and target in r for a, r, _ in evs), evs


@pytest.mark.parametrize("text,actor,target", [
    ("وتحقق فرنسا بشأن ما إذا كان الرئيس الأسبق نيكولا ساركوزي تلقى أموالا ليبية.", "FRA", "Sarkozy"),  # (corpus)
    ("كما يحقق المحقق الخاص روبرت مولر فيما إذا كان ترامب سعى بشكل غير قانوني لعرقلة سير التحقيق.", "Mueller", "Trump"),
    ("تحقق الشرطة البريطانية فيما إذا كانت روسيا تقف وراء تسميم سكريبال.", "GBR", "RUS"),
])
def test_inquiry_whether(pipe, text, actor, target):
    evs = told(pipe, text, "ACCUSE", PUB)
    assert any(actor in a and target in r and e["mode"] == "investigate" for a, r, e in evs), evs
