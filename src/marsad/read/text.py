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


_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.I)


def _looks_latin(t: str) -> bool:
    """Windows-1252 bytes decoded: the non-ASCII characters are letters inside Latin words."""
    high = [c for c in t if ord(c) >= 0x80]
    if not high:
        return True
    in_words = sum(len([c for c in w if ord(c) >= 0x80]) for w in _LATIN_WORD.findall(t))
    return in_words >= 0.9 * len(high) and len(high) <= 0.3 * max(1, len(_LATIN_WORD.findall(t)) * 5)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: NULs on one side only, and the decoding reads as text."""
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(data) % 2 or (even and odd):
        return None
    try:
        t = data.decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return None
    head = t[:4000]
    good = sum(1 for c in head if c.isalnum() or c.isspace() or c in ".,;:!?'\"()-،؛؟«»")
    return t if head and good >= 0.9 * len(head) else None


def decode_bytes(data: bytes) -> tuple[str | None, str | None]:
    """Decode page bytes: UTF-8 (with or without BOM), UTF-16 (with or without BOM), a charset an HTML
    page declares, else Windows-1256 (Arabic) or Windows-1252 (Latin) when the result reads as words.
    Returns (text, None) or (None, reason) for binary or undecodable data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, "invalid UTF-16"
    if b"\x00" in data[:8192]:
        t = _utf16_without_bom(data)
        if t is not None:
            return t, None
        return None, "binary content (NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        err = e
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii").lower()), None
        except (LookupError, UnicodeDecodeError):
            pass
    plain = re.sub(rb"<[^>]*>", b" ", data) if data.lstrip()[:1] == b"<" else data
    try:
        if _looks_arabic(plain.decode("cp1256")):
            return data.decode("cp1256"), None
    except UnicodeDecodeError:
        pass
    latin = plain.decode("cp1252", errors="replace")
    if "\ufffd" not in latin and _looks_latin(latin):
        return data.decode("cp1252", errors="replace"), None
    return None, f"not UTF-8, UTF-16, Windows-1256 or Windows-1252 text ({err.reason} at byte {err.start})"


def open_binary(path: str):
    """Open a file for reading bytes, transparently decompressing gzip (detected by its magic bytes)."""
    import gzip

    f = open(path, "rb")
    magic = f.read(2)
    f.seek(0)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=f, mode="rb")
    return f


def read_limited(path: str, limit: int) -> bytes:
    """The (decompressed) bytes of a file; ValueError when they exceed ``limit``."""
    with open_binary(path) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"too large for one document (over {limit / 1e6:.0f} MB)")
    return data


def clean_newlines(t: str) -> str:
    return t.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str, doc_id: str | None = None, data: bytes | None = None,
                   limit: int = 20 * 1024 * 1024) -> Iterator[Doc]:
    doc_id = doc_id or path
    try:
        if data is None:
            data = read_limited(path, limit)
    except ValueError as e:
        yield error_document(doc_id, path, f"{path}: file {e}")
        return
    except (OSError, EOFError) as e:
        yield error_document(doc_id, path, f"{path}: cannot read: {getattr(e, 'strerror', None) or e}")
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
