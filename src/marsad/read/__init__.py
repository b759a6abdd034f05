"""Readers: turn files, folders, stdin and corpus dumps into documents (one module per input kind).

Every input yields documents; one that cannot be read yields an error document (kind ``error``) with its
id, source and reason, so nothing is silently dropped and the run goes on.
"""
from __future__ import annotations

import os
import sys
from typing import Iterable, Iterator

from ..record import Doc, error_document
from .html import read_html_file
from .jsonl import read_json_bytes, read_json_file, read_jsonl
from .text import decode_bytes, read_text_file

MAX_DOC_BYTES = 20 * 1024 * 1024  # one page or record larger than this is refused (reported, not read)
TEXT_EXT = {".txt", ".text", ".md"}
HTML_EXT = {".html", ".htm", ".xhtml"}


def kind_of(path: str) -> str:
    p = path.lower()
    if p.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if p.endswith((".json", ".json.gz")):
        return "json"
    if p.endswith(tuple(HTML_EXT)) or p.endswith((".html.gz", ".htm.gz")):
        return "html"
    return "txt"


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and files under folders named (recursively, sorted, hidden files skipped)."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            failed: list[OSError] = []
            for root, dirs, files in os.walk(p, onerror=failed.append):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
            for err in failed:  # unreadable folders are reported as missing inputs, not skipped silently
                yield err.filename or p
        else:
            yield p


def read_path(path: str, doc_id: str | None = None) -> Iterator[Doc]:
    """Documents of one file (or ``-`` for stdin, read as JSONL if it looks like JSON, else text).

    ``doc_id`` is the file's document id (default: its name); records of a JSONL or JSON file keep their own
    ``id``, and one without gets ``doc_id:N`` (its line in a JSONL file, its place in a JSON list)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        fid = doc_id or "stdin"
        head = data.lstrip()[:1]
        if head == b"[":
            yield from read_json_bytes(data, "stdin", fid)
        elif head == b"{":
            yield from read_jsonl(data.splitlines(), "stdin", fid)
        else:
            yield from read_text_file("stdin", doc_id=fid, data=data)
        return
    fid = doc_id or os.path.basename(path) or path
    if not os.path.exists(path):
        yield error_document(fid, path, f"{path}: no such file")
        return
    if os.path.isdir(path) or not os.access(path, os.R_OK):
        yield error_document(fid, path, f"{path}: cannot read (permission denied)")
        return
    size = os.path.getsize(path)
    kind = kind_of(path)
    if kind in ("txt", "html", "json") and size > MAX_DOC_BYTES and not _is_gzip(path):
        yield error_document(fid, path,
                             f"{path}: file too large for one document ({size / 1e6:.1f} MB > "
                             f"{MAX_DOC_BYTES / 1e6:.0f} MB)")
        return
    if kind == "jsonl":
        yield from read_jsonl(path, path, fid)
    elif kind == "json":
        yield from read_json_file(path, fid)
    elif kind == "html":
        yield from read_html_file(path, fid)
    else:
        yield from read_text_file(path, doc_id=fid)


def _is_gzip(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"\x1f\x8b"
    except OSError:
        return False


class DocIds:
    """Document ids of the files of one run: short, readable, unique within the run and stable.

    A file named on the command line is known by its name (``page.txt``); a file found under a folder named
    on the command line by its path inside that folder (``2018/bbc/page.html``).  Extensions are kept, so
    ``x.txt`` and ``x.html`` differ, and so are sub-folders, so ``a/x.txt`` and ``b/x.txt`` differ.  When two
    arguments would still give one id (``marsad extract a/x.txt b/x.txt``, or two folders holding the same
    relative path), the later file is known by its path as given, and failing that by its id with ``#2``,
    ``#3``...  Standard input is ``stdin``.  Records of JSONL/JSON files keep their own ``id``; one without
    gets the file's id and its line (``corpus.jsonl:17``)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def __call__(self, path: str, arg: str) -> str:
        if path == "-":
            base = "stdin"
            candidates = [base]
        else:
            if path == arg or not os.path.isdir(arg):
                rel = os.path.basename(os.path.normpath(path)) or path
            else:
                rel = os.path.relpath(path, arg)
            given = os.path.normpath(path)
            candidates = [_posix(rel), _posix(given)]
            base = candidates[0]
        for c in candidates:
            if c not in self.taken:
                self.taken.add(c)
                return c
        n = 2
        while f"{base}#{n}" in self.taken:
            n += 1
        self.taken.add(f"{base}#{n}")
        return f"{base}#{n}"


def _posix(p: str) -> str:
    return p.replace(os.sep, "/") if os.sep != "/" else p


def read_paths(paths: Iterable[str]) -> Iterator[Doc]:
    """Documents of every file named, and of every file under every folder named (see :class:`DocIds`)."""
    ids = DocIds()
    for arg in paths:
        for p in expand([arg]):
            yield from read_path(p, ids(p, arg))


__all__ = ["read_paths", "read_path", "expand", "DocIds", "decode_bytes", "MAX_DOC_BYTES"]
