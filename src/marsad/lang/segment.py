"""Sentence segmentation of the headline and body paragraphs, with offsets into the input text."""
from __future__ import annotations

import re

from ..pipeline import Stage
from ..record import Doc

# A sentence ends at . ! ? ؟ … or ؛ followed by space (optionally after a closing quote/bracket), or at
# the end of a paragraph.  Decimal points (3.5) and initials (U.S.) don't end a sentence.
_END = re.compile(r"(?<!\b[A-Z])([.!?؟…؛]+)([\"'»”)\]]*)(?=\s+\S)")
# _END without its look-behind: the places where _END may match, found by a scan that skips to the punctuation (a
# pattern opening with a look-behind is tried at every character)
_END_AT = re.compile(r"[.!?؟…؛]+[\"'»”)\]]*(?=\s+\S)")


def _ends(text: str, start: int, end: int):
    """The matches of ``_END.finditer(text, start, end)``: _END tried where _END_AT matches (nowhere else can it)."""
    pos = start
    while True:
        c = _END_AT.search(text, pos, end)
        if c is None:
            return
        m = _END.match(text, c.start(), end)
        if m is None:
            pos = c.start() + 1
        else:
            yield m
            pos = m.end()


def split_sentences(text: str, start: int, end: int) -> list[list[int]]:
    spans = []
    pos = start
    for m in _ends(text, start, end):
        cut = m.end()
        if text[pos:cut].strip():
            spans.append(_trim(text, pos, cut))
        pos = cut
    if text[pos:end].strip():
        spans.append(_trim(text, pos, end))
    return spans


def _trim(text: str, s: int, e: int) -> list[int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return [s, e]


class SegmentStage(Stage):
    name = "segment"
    needs = ("text", "paragraphs")
    gives = ("sentences",)

    def process(self, doc: Doc) -> Doc:
        text = doc["text"]
        sents = []
        hl = doc.get("headline_span")
        if hl:
            sents.append(list(hl))
        for s, e in doc.get("paragraphs") or []:
            sents.extend(split_sentences(text, s, e))
        doc["sentences"] = sents
        return doc
