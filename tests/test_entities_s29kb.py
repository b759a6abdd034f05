"""Session 29, track s29kb: the entity knowledge base for news of 2019-2026 (Gaza war, Lebanon, Syria after 2024, Sudan,
Yemen, Iraq, Iran, Ukraine/Russia, the US administrations of 2021-2026, Europe, the UN, Arab and Turkish leaders, and the
towns of the wars).  tests/data/s29kb_probes.jsonl is the checklist: each probe is a realistic sentence, its publication
date, a mention, and what the entity stage must make of it (type, name, country, sector for bodies, a role for people);
role phrases without a name (`وزير الدفاع الإسرائيلي`، `المستشار الألماني`) must name the office holder on that date.
Probes with "absent" are common words that must stay no entity there (`ربك` "your Lord" is not Kosti; `المطلة على`
"overlooking" is not Metula; `العماد الأساسي` is no rank)."""
from __future__ import annotations

import pytest

from conftest import entities_of, entity_stage, probes

stage = pytest.fixture(scope="module", name="stage")(entity_stage)

PROBES = probes("s29kb")


def _entity(ents, mention):
    for e in ents:
        if any(m["text"] == mention for m in e["mentions"]):
            return e
    for e in ents:   # a longer or shorter mention of the same referent (`قوات اليونيفيل` for `اليونيفيل`)
        if any(mention in m["text"] or (m["text"] in mention and len(m["text"]) > 3) for m in e["mentions"]):
            return e
    return None


@pytest.mark.parametrize("probe", PROBES, ids=[f"{i}-{p['mention']}" for i, p in enumerate(PROBES)])
def test_kb_probe(stage, probe):
    ents = entities_of(stage, probe["text"], probe["date"])
    if probe.get("absent"):
        assert not any(m["text"] == probe["mention"] for e in ents for m in e["mentions"]), probe["text"]
        return
    e = _entity(ents, probe["mention"])
    assert e is not None, probe["text"]
    for key in ("type", "name", "country", "sector"):
        if key in probe:
            assert e.get(key) == probe[key], (key, e.get(key), probe)
    if "role" in probe:
        assert probe["role"] in (e.get("roles") or []), (e.get("roles"), probe)


def test_checklist_size():
    """The checklist covers the parties of 2019-2026 news broadly, not a handful of names."""
    kinds = {p.get("type") for p in PROBES}
    assert len(PROBES) >= 700 and {"PERSON", "ORG", "GPE", "FAC"} <= kinds


@pytest.fixture(scope="module")
def pipe():
    from marsad.pipeline import build
    return build()


@pytest.mark.parametrize("text,target", [
    # a Gaza hospital is the target (FAC, Palestine), not a person named ناصر
    ("قصفت الطائرات الإسرائيلية مستشفى ناصر في خان يونس.", "Nasser Medical Complex"),
    ("اقتحمت قوات الاحتلال مستشفى كمال عدوان في بيت لاهيا.", "Kamal Adwan Hospital"),
    # south-Lebanon villages the 2018 KB lacked
    ("قصف الطيران الإسرائيلي بلدة عيتا الشعب وكفركلا في جنوب لبنان.", "Aita al-Shaab"),
])
def test_war_targets(pipe, text, target):
    from conftest import told
    evs = told(pipe, text, "ASSAULT", "2024-11-20T10:00")
    assert any(target in rec for _, rec, _ in evs), evs


def test_chancellor_role_is_the_holder(pipe):
    from conftest import told
    evs = told(pipe, "وقال المستشار الألماني إن برلين ستواصل دعم كييف، وانتقد روسيا بشدة.", "ACCUSE", "2024-11-20T10:00")
    assert any("Olaf Scholz" in act for act, _, _ in evs), evs
