"""Protesters who attack or storm the building of a named party: the building in construct (مقر X) is a bare object,
so the protesters are the subject of an active verb (not the victims of a passive one), and the act is a PROTEST of the
crowd against X (PLOVER riot) even when the sentence classifier reads no protest; clashes between protesters and the
police are not."""
from __future__ import annotations

import pytest

from conftest import factual, full, party, pipe  # noqa: F401


@pytest.mark.parametrize("text,target", [
    ("وفي البصرة، حيث هاجم متظاهرون مقر منظمة بدر وحاولوا إحراقه.", "Badr"),
    ("اقتحم متظاهرون مقر منظمة بدر في البصرة.", "Badr"),
])
def test_protesters_attack_a_party_building(pipe, text, target):
    doc = full(pipe, text)
    evs = factual(doc, "PROTEST")
    assert len(evs) == 1, doc["events"]
    assert "متظاهرون" in party(doc, evs[0]["actors"]) and target in party(doc, evs[0]["recipients"])


def test_armed_men_attack_a_party_building(pipe):
    doc = full(pipe, "هاجم مسلحون مقر منظمة بدر في البصرة.")
    evs = factual(doc, "ASSAULT")
    assert len(evs) == 1 and "Badr" in party(doc, evs[0]["recipients"]), doc["events"]


def test_clashes_are_no_riot(pipe):
    doc = full(pipe, "ووقعت اشتباكات محدودة بين المتظاهرين وقوات الشرطة لم تنتج عنها إصابات.")
    assert not factual(doc, "PROTEST"), doc["events"]
