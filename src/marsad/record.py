"""Plain record types that flow through the pipeline.

A document is a plain ``dict`` so it can cross process and machine boundaries (multiprocessing, Ray,
Arrow) unchanged.  Stages read the keys earlier stages gave and add their own.  Every span is a pair
``(start, end)`` of Python string indices into ``doc["text"]``, the document's input text.

Keys of a document (who fills them):

=============  ==========================================================================
id             reader: the record's own id; else the file's path relative to the folder named on the
               command line (its name when the file itself was named: ``page.txt``,
               ``2018/bbc/page.html``), with ``:N`` for the Nth line/record of a JSONL/JSON file;
               unique within a run for files (see ``marsad.read.DocIds``); ``stdin`` for stdin
source         reader: where it came from (``path`` or ``path:line``)
kind           reader: ``txt`` | ``html`` | ``record``
text           reader: the input text every offset indexes
meta           reader: fields given by the input (title, published, url, outlet, agency...)
content_hash   reader: sha1 of ``text`` (dedup key in the store)
article        page stage: contract fields (headline, deck, published, outlet, agency, url,
               language, tags, body, boilerplate)
paragraphs     page stage: ``[[start, end], ...]`` body paragraphs
sentences      segment stage: ``[[start, end], ...]`` sentences inside the body and headline
timex          time stage: time expressions (text, start, end, value, grain, ...)
entities       entity stage: contract entities (optional ``historical: true`` on a state dissolved before the
               publication date, its demonym and its institutions: a past actor, never a current event's party;
               roles of a former office read ``former <Role>``)
events         event stage: contract events
quotes         event stage: contract quotes
errors         any stage: human-readable problems with this document
stats          pipeline: per-stage seconds
=============  ==========================================================================
"""
from __future__ import annotations

import hashlib
from typing import Any

Doc = dict[str, Any]

ARTICLE_FIELDS = ("headline", "deck", "published", "outlet", "agency", "url", "language", "tags", "body",
                  "boilerplate")


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def new_document(id: str, text: str, *, source: str | None = None, kind: str = "txt",
                 meta: dict | None = None, errors: list[str] | None = None) -> Doc:
    """A fresh document as a reader produces it."""
    return {
        "id": str(id),
        "source": source,
        "kind": kind,
        "text": text,
        "meta": dict(meta or {}),
        "content_hash": content_hash(text),
        "article": empty_article(),
        "paragraphs": [],
        "sentences": [],
        "timex": [],
        "entities": [],
        "events": [],
        "quotes": [],
        "errors": list(errors or []),
        "stats": {},
    }


def error_document(id: str, source: str | None, message: str) -> Doc:
    """A document that could not be read: it still yields a record, with its error."""
    doc = new_document(id, "", source=source, kind="error")
    doc["errors"].append(message)
    return doc


def empty_article() -> dict:
    return {"headline": None, "deck": None, "published": None, "outlet": None, "agency": None, "url": None,
            "language": None, "tags": [], "body": "", "boilerplate": []}


def to_output(doc: Doc, *, with_timex: bool = False) -> dict:
    """The public output contract (``schema.json``) of one document."""
    art = {k: doc["article"].get(k) for k in ARTICLE_FIELDS}
    art["tags"] = list(art.get("tags") or [])
    art["boilerplate"] = list(art.get("boilerplate") or [])
    art["body"] = art.get("body") or ""
    out = {
        "id": doc["id"],
        "article": art,
        "entities": doc.get("entities") or [],
        # a claim names its parties: acts the coder could not give a doer (or a needed target) are kept apart
        "events": [e for e in doc.get("events") or [] if not (isinstance(e, dict) and e.get("partial"))],
        "partial_events": [e for e in doc.get("events") or [] if isinstance(e, dict) and e.get("partial")],
        "quotes": doc.get("quotes") or [],
        "errors": doc.get("errors") or [],
    }
    if with_timex:
        out["times"] = doc.get("timex") or []
    return out
