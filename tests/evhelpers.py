"""Helpers the test modules share for reading a coded document: its events by type, mood, trigger and party, and
its entities. Each is written once here; conftest.py holds the fixtures, the pipeline runners (``full``, ``run``,
``told``) and the first readers (``factual``, ``sides``, ``party``, ``entity_names``) these build on. Import as
``from evhelpers import ...`` (tests/ is on the import path, as for ``from conftest import ...``)."""
from __future__ import annotations

from conftest import entity_names, factual, full, party, sides


# -- events of a document --------------------------------------------------------------------------------------------

def of_type(doc, typ: str) -> list:
    """Every event of type ``typ``, whatever its mood (negated, hypothetical and partial ones too)."""
    return [e for e in doc["events"] if e["type"] == typ]


def current(doc, typ: str) -> list:
    """The events of type ``typ`` told as having happened and as news: neither negated, hypothetical nor historical."""
    return [e for e in doc["events"]
            if e["type"] == typ and not (e["negated"] or e["hypothetical"] or e["historical"])]


def factual_all(doc) -> list:
    """The events of every type told as having happened (neither negated nor hypothetical)."""
    return [e for e in doc["events"] if not (e["negated"] or e["hypothetical"])]


def with_trigger(doc, typ: str, trigger: str) -> list:
    """Every event of type ``typ`` (whatever its mood) whose trigger text holds ``trigger``."""
    return [e for e in doc["events"] if e["type"] == typ and trigger in e["trigger"]["text"]]


def factual_trigger(doc, typ: str, word: str) -> list:
    """The factual events of type ``typ`` whose trigger text holds ``word``."""
    return [e for e in factual(doc, typ) if word in e["trigger"]["text"]]


def in_sentence(doc, typ: str, sentence_has: str = "") -> list:
    """Every event of type ``typ`` (whatever its mood) whose sentence holds ``sentence_has``."""
    return [e for e in doc["events"] if e["type"] == typ and sentence_has in e["sentence"]]


def one_factual(doc, typ: str, trigger: str) -> dict:
    """The one factual event of type ``typ`` whose trigger text holds ``trigger`` (there must be exactly one)."""
    evs = [e for e in factual(doc, typ) if trigger in e["trigger"]["text"]]
    assert len(evs) == 1, [(e["type"], e["trigger"]["text"]) for e in doc["events"]]
    return evs[0]


# -- the parties of events ---------------------------------------------------------------------------------------------

def pairs(doc, typ: str) -> list:
    """The factual events of type ``typ`` as (actors, recipients), each side ``party``'s string of its names."""
    return [(party(doc, e["actors"]), party(doc, e["recipients"])) for e in factual(doc, typ)]


def actors(doc, typ: str) -> list:
    """The actors of each factual event of type ``typ``, as ``party``'s string of their names."""
    return [party(doc, e["actors"]) for e in factual(doc, typ)]


def recipients(doc, typ: str) -> list:
    """The recipients of each factual event of type ``typ``, as ``party``'s string of their names."""
    return [party(doc, e["recipients"]) for e in factual(doc, typ)]


def between(doc, typ: str, actor: str, recipient: str | None = None) -> list:
    """The factual events of type ``typ`` whose actors' names hold ``actor`` and, where ``recipient`` is given, whose
    recipients' names hold ``recipient`` (substring checks on ``party``)."""
    return [e for e in factual(doc, typ) if actor in party(doc, e["actors"])
            and (recipient is None or recipient in party(doc, e["recipients"]))]


def has_pair(doc, typ: str, actor: str, recipient: str) -> bool:
    """Whether some factual event of type ``typ`` has ``actor`` among its actors' names and ``recipient`` among its
    recipients' (``between``)."""
    return bool(between(doc, typ, actor, recipient))


def both_sides(doc, ev) -> str:
    """The names of all the parties of ``ev``, actors and recipients together, as one string (``party``)."""
    return party(doc, ev["actors"] + ev["recipients"])


def name_sets(doc, ev) -> tuple:
    """``ev``'s (actors, recipients), each as ``entity_names``'s set of every name of its entities."""
    return entity_names(doc, ev["actors"]), entity_names(doc, ev["recipients"])


def side_pairs(doc, typ: str) -> list:
    """The factual events of type ``typ`` as (actors, recipients) the way ``sides`` writes them (no event)."""
    return [(a, r) for a, r, _ in sides(doc, typ)]


def dates(doc, typ: str) -> list:
    """The day (``YYYY-MM-DD``) each factual event of type ``typ`` is dated to."""
    return [e["date"][:10] for e in factual(doc, typ)]


def sides_of(pipe, text: str, typ: str) -> list:
    """``sides`` of type ``typ`` for ``text`` run through the whole pipeline on ``full``'s default day."""
    return sides(full(pipe, text), typ)


def record_doc(pipe, text: str, published: str) -> dict:
    """``text`` read as the body of a JSONL record published that day, through the pipeline (no headline; errors not
    checked, unlike ``full``)."""
    from marsad.record import new_document

    return pipe.run_one(new_document("t", text, kind="jsonl", meta={"published": published}))


def record_sides(pipe, text: str, typ: str, published: str) -> list:
    """``sides`` of type ``typ`` for ``text`` read as ``record_doc`` reads it."""
    return sides(record_doc(pipe, text, published), typ)


def page_doc(pipe, text: str, published: str) -> dict:
    """``text`` read as a text page under a placeholder headline (عنوان) published that day, through the pipeline
    (errors not checked, unlike ``full``)."""
    from marsad.record import new_document

    return pipe.run_one(new_document("t", "عنوان\n\n" + text, kind="txt", meta={"published": published}))


def page_sides(pipe, text: str, typ: str, published: str) -> list:
    """``sides`` of type ``typ`` for ``text`` read as ``page_doc`` reads it."""
    return sides(page_doc(pipe, text, published), typ)


# -- entities of a document ------------------------------------------------------------------------------------------

def entity_index(doc) -> dict:
    """The document's entities by id."""
    return {e["id"]: e for e in doc["entities"]}


def entities(doc, ids) -> list:
    """The entities ``ids`` of the document, in that order."""
    by = entity_index(doc)
    return [by[i] for i in ids]


def names_of(doc, ids) -> set:
    """The English and Arabic names of the entities ``ids`` (ids the document lacks are passed over)."""
    by = entity_index(doc)
    return {n for i in ids if i in by for n in (by[i].get("name"), by[i].get("name_ar")) if n}


def countries(doc, ids) -> set:
    """The country codes of the entities ``ids`` (None for one that has none)."""
    by = entity_index(doc)
    return {by[i].get("country") for i in ids}


def mention_texts(doc, name: str) -> list:
    """The text of every mention of the document's entities named ``name``."""
    return [m["text"] for e in doc["entities"] if e.get("name") == name for m in e.get("mentions") or []]


def orgs(doc) -> dict:
    """The document's ORG entities by name."""
    return {e["name"]: e for e in doc["entities"] if e["type"] == "ORG"}


def with_mention(ents, surface: str) -> list:
    """Every entity among ``ents`` (entity-stage output) with a mention written exactly ``surface``."""
    return [e for e in ents if any(m["text"] == surface for m in e["mentions"])]
