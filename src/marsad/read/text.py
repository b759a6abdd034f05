"""Plain-text page dumps (``.txt``): decoded, newlines normalised, handed to the page reader whole."""
from __future__ import annotations

import re
from typing import Iterator

from ..record import Doc, error_document, new_document


_AR_RUN = re.compile("[\u0621-\u064a]+")


def _looks_arabic(t: str) -> bool:
    """Windows-1256 bytes decoded: Arabic words (runs of letters separated by spaces), not byte noise."""
    runs = _AR_RUN.findall(t)
    letters = sum(len(r) for r in runs)
    if not runs or letters < len(t) * 0.3 or t.count(" ") < len(t) * 0.05:
        return False
    return letters / len(runs) >= 2.5


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Decode page bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1256 (Arabic) when
    that yields Arabic text.  Returns (text, None) or (None, reason) for binary or undecodable data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "invalid UTF-16"
    if b"\x00" in data[:8192]:
        return None, "binary content (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        err = e
    high = sum(1 for b in data if b >= 0x80)
    try:
        t = data.decode("cp1256")
        if _looks_arabic(t):
            return t, None
    except UnicodeDecodeError:
        pass
    if high <= len(data) * 0.05:  # mostly ASCII with a few Latin-1/Windows-1252 accents
        return data.decode("cp1252", errors="replace"), None
    bad = data.decode("utf-8", errors="replace")
    if bad.count("\ufffd") > max(16, len(bad) // 50):
        return None, f"not UTF-8 or Windows-1256 text ({err.reason} at byte {err.start})"
    return bad, None


def clean_newlines(t: str) -> str:
    return t.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str, doc_id: str | None = None, data: bytes | None = None) -> Iterator[Doc]:
    doc_id = doc_id or path
    try:
        if data is None:
            with open(path, "rb") as f:
                data = f.read()
    except OSError as e:
        yield error_document(doc_id, path, f"{path}: cannot read: {e.strerror or e}")
        return
    text, why = decode_bytes(data)
    if text is None:
        yield error_document(doc_id, path, f"{path}: {why}")
        return
    text = clean_newlines(text)
    if not text.strip():
        yield error_document(doc_id, path, f"{path}: empty document")
        return
    yield new_document(doc_id, text, source=path, kind="txt")
