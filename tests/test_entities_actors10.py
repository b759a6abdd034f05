"""A movement's nisba adjective after a weapon or deed that is itself the trigger (قذيفة حوثية، قصف حوثي): the adjective
alone is the movement's mention (kb/group_adjectives.tsv heads marked "="), so that the attack takes the movement as
its author; other heads keep the whole phrase (قناص حوثي، عناصر حوثية); a Houthi leader's title is no mention of the
movement (القيادي الحوثي X stays a person). Short news-style sentences."""
from __future__ import annotations

import pytest

from conftest import entity_stage, factual, full, party
from evhelpers import mention_texts

stage = pytest.fixture(scope="module", name="stage")(entity_stage)


def test_shell_adjective_is_the_movement(stage):
    from marsad.record import new_document
    doc = stage.process(new_document("t", "وسقطت قذيفة حوثية على منزل في مدينة نجران السعودية أمس الأحد."))
    assert mention_texts(doc, "Houthis (Ansar Allah)") == ["حوثية"]


def test_sniper_phrase_is_the_movement(stage):
    from marsad.record import new_document
    doc = stage.process(new_document("t", "وأصيب ثلاثة جنود برصاص قناص حوثي في جبهة الساحل الغربي."))
    assert mention_texts(doc, "Houthis (Ansar Allah)") == ["قناص حوثي"]


def test_houthi_shell_has_the_houthis_as_author(pipe):
    doc = full(pipe, "وسقطت قذيفة حوثية على منزل في مدينة نجران السعودية أمس الأحد.")
    ev = [e for e in doc["events"] if e["type"] == "ASSAULT"]
    assert ev and "YEM" in party(doc, ev[0]["actors"])


def test_houthi_shelling_has_the_houthis_as_author(pipe):
    doc = full(pipe, "وقتل طفلان بقصف حوثي على حي سكني في مدينة تعز.")
    ev = factual(doc, "ASSAULT")
    assert ev and "Houthis" in party(doc, ev[0]["actors"])


def test_houthi_leader_stays_a_person(stage):
    from marsad.record import new_document
    doc = stage.process(new_document("t", "كما قتل القيادي الحوثي أبو محمد المرتضى في غارة للتحالف."))
    assert not mention_texts(doc, "Houthis (Ansar Allah)")
