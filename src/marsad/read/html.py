"""HTML pages: main text and metadata through trafilatura, falling back to all visible text (which the
page reader then cleans) when trafilatura finds no article.  The document text is
``title + "\\n\\n" + body`` and every offset indexes it."""
from __future__ import annotations

import gzip
import re
from typing import Iterator

from ..record import Doc, error_document, new_document
from .text import clean_newlines, decode_bytes, read_limited

_BLOCK_TAGS = re.compile(r"(?is)<(script|style|noscript|template|svg)\b.*?</\1>")
_TAG = re.compile(r"(?s)<[^>]+>")
_BREAK = re.compile(r"(?i)<\s*(br|/p|/div|/h[1-6]|/li|/tr|/section|/article|/header|/footer|/ul|/ol)\b[^>]*>")


def html_to_document(html: str, doc_id: str, source: str | None, meta: dict | None = None) -> Doc:
    meta = dict(meta or {})
    if not html or not html.strip():
        return error_document(doc_id, source, f"{source or doc_id}: empty HTML")
    title, body, hmeta = _trafilatura(html)
    if body and len(body.strip()) >= 40:
        title = meta.get("title") or title
        text = (title + "\n\n" + body) if title else body
        m = {**hmeta, **{k: v for k, v in meta.items() if v}}
        m["title"] = title or None
        m["body_start"] = len(title) + 2 if title else 0
        m["extracted_by"] = "trafilatura"
        return new_document(doc_id, text, source=source, kind="html", meta=m)
    text = visible_text(html)
    if not text.strip():
        return error_document(doc_id, source, f"{source or doc_id}: HTML has no text")
    m = {**hmeta, **{k: v for k, v in meta.items() if v}}
    m["extracted_by"] = "visible-text"
    return new_document(doc_id, text, source=source, kind="txt", meta=m)


def _trafilatura(html: str) -> tuple[str | None, str | None, dict]:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover
        return None, None, {}
    try:
        res = trafilatura.bare_extraction(html, include_comments=False, include_tables=True,
                                          with_metadata=True, favor_precision=False)
    except Exception:
        return None, None, {}
    if res is None:
        return None, None, {}
    d = res if isinstance(res, dict) else res.as_dict()
    meta = {"published": d.get("date"), "url": d.get("url"), "outlet": d.get("sitename"),
            "author": d.get("author"), "description": d.get("description"),
            "tags": [t for t in (d.get("tags") or d.get("categories") or []) if t] if isinstance(
                d.get("tags"), list) else [t.strip() for t in (d.get("tags") or "").split(",") if t.strip()]}
    title = (d.get("title") or "").strip() or None
    body = clean_newlines(d.get("text") or d.get("raw_text") or "").strip()
    return title, body, {k: v for k, v in meta.items() if v}


def visible_text(html: str) -> str:
    import html as htmlmod

    t = _BLOCK_TAGS.sub(" ", html)
    t = _BREAK.sub("\n", t)
    t = _TAG.sub(" ", t)
    t = htmlmod.unescape(t)
    lines = [" ".join(l.split()) for l in t.split("\n")]
    return "\n".join(l for l in lines if l)


def read_html_file(path: str, doc_id: str, limit: int = 20 * 1024 * 1024) -> Iterator[Doc]:
    try:
        data = read_limited(path, limit)
    except ValueError as e:
        yield error_document(doc_id, path, f"{path}: file {e}")
        return
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield error_document(doc_id, path, f"{path}: cannot read: {e}")
        return
    text, why = decode_bytes(data)
    if text is None:
        yield error_document(doc_id, path, f"{path}: {why}")
        return
    yield html_to_document(text, doc_id, path)
