"""Session 26: the given name Ali written علي (not the preposition على) starting an unknown name, and the spokesperson
of a body named after باسم, then the name (the name is the holder, not the body). Real phrasing of Arabic news."""
from __future__ import annotations

import pytest

from conftest import entity_stage

pytest.importorskip("simplemma")

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def ents(stage, text):
    return stage.extract(text, [(0, len(text))], "2018-07-27", {})


def people(stage, text):
    return {e["name"]: e for e in ents(stage, text) if e["type"] == "PERSON"}


def test_ali_starts_a_name_after_a_speech_verb(stage):
    p = people(stage, "وقال علي الحسيني، الأمين العام للحزب، إن الحكومة فشلت.")
    assert "علي الحسيني" in p, list(p)


def test_ali_the_preposition_is_no_name(stage):
    # (some outlets write the preposition على with a dotted ya: a common noun after it names no one)
    for text in ("وأكد علي الالتزام بالاتفاق.", "وشدد علي ضرورة الحوار.", "وقال علي الرغم من ذلك إن الحكومة فشلت."):
        assert not any(n.startswith("علي") for n in people(stage, text)), text


@pytest.mark.parametrize("text,name,country", [
    ("وقال المتحدث باسم حركة حماس فوزي برهوم إن الحركة ترفض ذلك.", "Fawzi Barhoum", "PSE"),
    ("وقال الناطق باسم الجيش الإسرائيلي أفيخاي أدرعي إن الجيش قصف مواقع.", "Avichay Adraee", "ISR"),
    ("واعتبر الناطق باسم الكرملين ديمتري بيسكوف أن الاتهامات لا أساس لها.", "Dmitry Peskov", "RUS"),
])
def test_spokesperson_of_a_body_then_the_name(stage, text, name, country):
    p = people(stage, text)
    assert set(p) == {name}, list(p)   # (no role-only person "الناطق باسم" beside the holder)
    assert p[name]["country"] == country and "Spokesperson" in p[name]["roles"]
    assert any(m["kind"] == "role" and m["text"].endswith(("حماس", "الإسرائيلي", "الكرملين")) for m in p[name]["mentions"])
