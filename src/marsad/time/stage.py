"""The time stage: ``doc["timex"]``, every time expression of the text resolved against the publication
date-time (``doc["article"]["published"]``; without it relative expressions keep ``value=None``)."""
from __future__ import annotations

from ..pipeline import Stage
from ..record import Doc
from .extract import _grammar, find_times, parse_anchor


class TimeStage(Stage):
    name = "time"
    needs = ("text", "article")
    gives = ("timex",)

    def setup(self) -> None:
        _grammar()  # compile the lexicon and regexes once per worker

    def process(self, doc: Doc) -> Doc:
        art = doc.get("article") or {}
        meta = doc.get("meta") or {}
        published = art.get("published") or meta.get("published_iso") or meta.get("published")
        anchor = parse_anchor(published)
        doc["timex"] = find_times(doc.get("text") or "", anchor)
        return doc
