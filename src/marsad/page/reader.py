"""Page stage (minimal version: headline + body from the record's own fields; the full line classifier
for raw dumps replaces ``_read_dump``)."""
from __future__ import annotations

from ..lang.detect import detect_language
from ..pipeline import Stage
from ..record import Doc


def _lines(text: str, start: int, end: int):
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


class PageStage(Stage):
    name = "page"
    needs = ("text", "meta")
    gives = ("article", "paragraphs", "headline_span")

    def process(self, doc: Doc) -> Doc:
        text, meta, art = doc["text"], doc["meta"], doc["article"]
        if "body_start" in meta:
            b = meta["body_start"]
            if b:
                art["headline"] = text[: b - 2]
                doc["headline_span"] = [0, b - 2]
            paras = list(_lines(text, b, len(text)))
        else:
            lines = list(_lines(text, 0, len(text)))
            if lines:
                s, e = lines[0]
                art["headline"] = text[s:e]
                doc["headline_span"] = [s, e]
            paras = lines[1:]
        doc["paragraphs"] = [list(p) for p in paras]
        art["body"] = "\n".join(text[s:e] for s, e in paras)
        for k in ("published", "outlet", "agency", "url"):
            if meta.get(k) and not art.get(k):
                art[k] = meta[k]
        art["language"] = meta.get("language") or detect_language(art["body"] or text)
        return doc
