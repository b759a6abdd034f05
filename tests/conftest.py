"""Shared test fixtures: the ../shared data folder (tests that need it skip when it is absent)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_991ebc19782e432f.txt"


def need_shared(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available (../shared is absent)")
    return p


@pytest.fixture
def shared():
    return need_shared()


@pytest.fixture
def seed_text() -> str:
    return need_shared("seeds", "000_991ebc19782e432f.txt").read_text(encoding="utf-8")


# -- event coder tests: the pipeline and event stage, and reading an event's parties ---------------------------------

@pytest.fixture(scope="module")
def pipe():
    """The default pipeline (what `marsad extract` runs), once per test module."""
    from marsad.pipeline import build

    return build()


@pytest.fixture(scope="module")
def stage():
    """The event stage alone (sentences given by the test), classifier decision included."""
    from marsad.events.stage import EventStage

    st = EventStage()
    st.setup()
    return st


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[list[int]]:
    """``[start, end]`` of each non-blank line of ``text[start:end]``: paragraphs given by hand where a test stands in
    for the page reader."""
    spans, pos = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append([pos, pos + len(line)])
        pos += len(line) + 1
    return spans


def entity_stage():
    """The entity stage alone, set up. The entity test modules make it their module-scoped ``stage`` fixture:
    ``stage = pytest.fixture(scope="module", name="stage")(entity_stage)``."""
    from marsad.entities.stage import EntityStage

    st = EntityStage()
    st.setup()
    return st


def entities_of(stage, text, date="2018-07-16"):
    """The entity stage's entities for ``text`` as one sentence; every mention's offsets must hold its text."""
    ents = stage.extract(text, [(0, len(text))], date, {})
    for e in ents:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    return ents


def persons_of(stage, text, date="2018-05-21"):
    """{name: country} of the PERSON entities the entity stage finds in ``text`` taken as one sentence."""
    return {e["name"]: e.get("country") for e in entities_of(stage, text, date) if e["type"] == "PERSON"}


def by_mention(ents, surface):
    """The entity among ``ents`` with a mention written exactly ``surface``, or None."""
    for e in ents:
        if any(m["text"] == surface for m in e["mentions"]):
            return e
    return None


def run(stage, text, published="2018-07-15T12:00"):
    """The event stage on ``text`` taken as one sentence."""
    from marsad.record import new_document

    doc = new_document("t", text)
    doc["article"]["published"] = published
    doc["sentences"] = [[0, len(text)]]
    return stage.process(doc)


def full(pipe, text, published="2018-07-15T12:00"):
    """``text`` (a headline and paragraphs, or one sentence) through the whole pipeline, published that day; the
    document must come out without an error."""
    from marsad.record import new_document

    doc = new_document("t", text, meta={"published": published})
    doc["article"]["published"] = published
    doc = pipe.run_one(doc)
    assert not doc.get("errors"), doc.get("errors")
    return doc


def factual(doc, typ):
    """The events of type ``typ`` told as having happened (neither negated nor hypothetical)."""
    return [e for e in doc["events"] if e["type"] == typ and not (e["negated"] or e["hypothetical"])]


def sides(doc, typ):
    """The events of type ``typ`` told as having happened (``factual``), each as (actors, recipients, event): a side is
    the name, Arabic name and country code of each of its entities joined in one string, for substring checks."""
    ents = {e["id"]: e for e in doc["entities"]}

    def names(ids):
        out = []
        for i in ids:
            e = ents.get(i) or {}
            out += [e.get("name") or "", e.get("name_ar") or "", e.get("country") or ""]
        return " ".join(out)
    return [(names(e["actors"]), names(e["recipients"]), e) for e in factual(doc, typ)]


def told(pipe, text, typ, published):
    """The factual events of type ``typ`` in ``text`` published then that are claims between parties, as ``sides`` gives
    them (not the partial ones the output keeps apart)."""
    return [x for x in sides(full(pipe, text, published), typ) if not x[2].get("partial")]


def probes(name: str) -> list[dict]:
    """The probe sentences of tests/data/<name>_probes.jsonl, one JSON object a line."""
    with (Path(__file__).parent / "data" / f"{name}_probes.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_probe(pipe, probe, published):
    """A probe's "expect": the type its text must yield as a claim between parties, or "!TYPE": must not."""
    evs = told(pipe, probe["text"], probe["expect"].lstrip("!"), published)
    if probe["expect"].startswith("!"):
        assert not evs, evs
    else:
        assert evs, probe["text"]


def entity_names(doc, ids) -> set:
    """Every name of the entities ``ids``: English and Arabic name, country code, mention texts."""
    ents = {e["id"]: e for e in doc["entities"]}
    out = set()
    for i in ids:
        e = ents[i]
        out |= {e.get("name") or "", e.get("name_ar") or "", e.get("country") or ""}
        out |= {m["text"] for m in e.get("mentions") or []}
    return out


def party(doc, ids) -> str:
    """``entity_names`` as one string, for substring checks."""
    return " ".join(sorted(entity_names(doc, ids)))
