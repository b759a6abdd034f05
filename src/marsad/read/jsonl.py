"""Corpus records: JSON lines (``.jsonl``, ``.jsonl.gz``) or a JSON file (one record or a list).

A record has ``text`` or ``html`` and optionally ``id``, ``title``, ``published``, ``url``, ``outlet``
(the format of the ANT corpus dumps).  With a ``title`` the document text is ``title + "\\n\\n" + text``
(the title is the headline, the text the body); without one the text is read as a page dump.
"""
from __future__ import annotations

import json
import zlib
from typing import Iterable, Iterator

from ..record import Doc, error_document, new_document
from .html import html_to_document
from .text import clean_newlines, open_binary

META_KEYS = ("published", "url", "outlet", "agency", "author", "category", "language", "abstract")
MAX_RECORD_CHARS = 20 * 1024 * 1024


def record_to_document(rec: dict, default_id: str, source: str) -> Doc:
    if not isinstance(rec, dict):
        return error_document(default_id, source, f"{source}: record is {type(rec).__name__}, not an object")
    rid = str(rec["id"]) if rec.get("id") not in (None, "") else default_id
    meta = {k: rec[k] for k in META_KEYS if rec.get(k) not in (None, "")}
    title = rec.get("title")
    title = " ".join(str(title).split()) if title else None
    if isinstance(rec.get("text"), str) and rec["text"].strip():
        body = clean_newlines(rec["text"])
        if len(body) > MAX_RECORD_CHARS:
            return error_document(rid, source, f"{source}: record {rid} too large ({len(body)} chars)")
        if title:
            text = title + "\n\n" + body
            meta.update(title=title, body_start=len(title) + 2)
        else:
            text = body
        return new_document(rid, text, source=source, kind="record" if title else "txt", meta=meta)
    if isinstance(rec.get("html"), str) and rec["html"].strip():
        if len(rec["html"]) > MAX_RECORD_CHARS:
            return error_document(rid, source, f"{source}: record {rid} too large ({len(rec['html'])} chars)")
        if title:
            meta["title"] = title
        return html_to_document(rec["html"], rid, source, meta)
    return error_document(rid, source, f"{source}: record {rid} has no text or html")


def _lines(path_or_lines) -> Iterator[bytes]:
    if not isinstance(path_or_lines, str):
        yield from path_or_lines
        return
    with open_binary(path_or_lines) as f:
        while True:
            line = f.readline(MAX_RECORD_CHARS + 1)
            if not line:
                break
            if len(line) > MAX_RECORD_CHARS and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of an oversized line
                    line = f.readline(1 << 20)
                yield b"\x00" * (MAX_RECORD_CHARS + 1)  # reported as too large by the caller
                continue
            yield line


def read_jsonl(path_or_lines: str | Iterable[bytes], source: str, doc_id: str | None = None) -> Iterator[Doc]:
    """One document per line; a bad line yields an error document naming the file and line.  ``source`` is
    the file as named (errors and ``doc["source"]`` say ``source:line``); a record without an ``id`` is known
    as ``doc_id:line`` (``doc_id`` defaults to ``source``)."""
    fid = doc_id or source
    n = 0
    try:
        for n, raw in enumerate(_lines(path_or_lines), 1):
            if not raw.strip():
                continue
            where = f"{source}:{n}"
            if len(raw) > MAX_RECORD_CHARS:
                yield error_document(f"{fid}:{n}", where, f"{where}: line too large ({len(raw)} bytes)")
                continue
            try:
                rec = json.loads(raw)
            except (ValueError, UnicodeDecodeError) as e:
                yield error_document(f"{fid}:{n}", where, f"{where}: invalid JSON: {e}")
                continue
            yield record_to_document(rec, f"{fid}:{n}", where)
    except (OSError, EOFError, zlib.error) as e:
        # truncated or corrupt gzip, unreadable file: report and stop this file only
        yield error_document(f"{fid}:{n + 1}", source, f"{source}: cannot read past line {n}: {e}")


def read_json_file(path: str, doc_id: str | None = None) -> Iterator[Doc]:
    """Records of a JSON file (one object or a list); one without an ``id`` is ``doc_id:N`` (N from 1)."""
    fid = doc_id or path
    try:
        with open_binary(path) as f:
            data = json.load(f)
    except (OSError, EOFError, ValueError, zlib.error) as e:
        yield error_document(fid, path, f"{path}: invalid JSON: {e}")
        return
    recs = data if isinstance(data, list) else [data]
    for i, rec in enumerate(recs, 1):
        yield record_to_document(rec, f"{fid}:{i}", f"{path}:{i}")


def read_json_bytes(data: bytes, source: str, doc_id: str | None = None) -> Iterator[Doc]:
    """A whole JSON document (one record or a list of records) given as bytes, e.g. on stdin."""
    fid = doc_id or source
    try:
        obj = json.loads(data)
    except (ValueError, UnicodeDecodeError) as e:
        yield error_document(fid, source, f"{source}: invalid JSON: {e}")
        return
    for i, rec in enumerate(obj if isinstance(obj, list) else [obj], 1):
        yield record_to_document(rec, f"{fid}:{i}", f"{source}:{i}")
