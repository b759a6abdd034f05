"""Readers: turn files, folders, stdin and corpus dumps into documents (one module per input kind).

Every input yields documents; one that cannot be read yields an error document (kind ``error``) with its
id, source and reason, so nothing is silently dropped and the run goes on.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
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


def read_path(path: str) -> Iterator[Doc]:
    """Documents of one file (or ``-`` for stdin, read as JSONL if it looks like JSON, else text)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        head = data.lstrip()[:1]
        if head == b"[":
            yield from read_json_bytes(data, "stdin")
        elif head == b"{":
            yield from read_jsonl(data.splitlines(), "stdin")
        else:
            yield from read_text_file("stdin", data=data)
        return
    if not os.path.exists(path):
        yield error_document(Path(path).name, path, f"{path}: no such file")
        return
    if os.path.isdir(path) or not os.access(path, os.R_OK):
        yield error_document(Path(path).name, path, f"{path}: cannot read (permission denied)")
        return
    size = os.path.getsize(path)
    kind = kind_of(path)
    if kind in ("txt", "html", "json") and size > MAX_DOC_BYTES and not _is_gzip(path):
        yield error_document(_file_id(path), path,
                             f"{path}: file too large for one document ({size / 1e6:.1f} MB > "
                             f"{MAX_DOC_BYTES / 1e6:.0f} MB)")
        return
    if kind == "jsonl":
        yield from read_jsonl(path, path)
    elif kind == "json":
        yield from read_json_file(path)
    elif kind == "html":
        yield from read_html_file(path, _file_id(path))
    else:
        yield from read_text_file(path, doc_id=_file_id(path))


def _is_gzip(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"\x1f\x8b"
    except OSError:
        return False


def _file_id(path: str) -> str:
    name = os.path.basename(path)
    for ext in (".gz", ".txt", ".html", ".htm", ".text", ".md", ".json"):
        if name.lower().endswith(ext):
            name = name[: -len(ext)]
    return name or path


def read_paths(paths: Iterable[str]) -> Iterator[Doc]:
    for p in expand(paths):
        yield from read_path(p)


__all__ = ["read_paths", "read_path", "expand", "decode_bytes", "MAX_DOC_BYTES"]
