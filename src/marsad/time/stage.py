"""The time stage: ``doc["timex"]``, every time expression of the text resolved against the publication
date-time (``doc["article"]["published"]``; without it relative expressions keep ``value=None``)."""
from __future__ import annotations

from ..pipeline import Stage
from ..record import Doc
from .extract import _grammar, anchor_of, find_times


class TimeStage(Stage):
    name = "time"
    needs = ("text", "article")
    gives = ("timex",)

    def setup(self) -> None:
        _grammar()  # compile the lexicon and regexes once per worker

    def process(self, doc: Doc) -> Doc:
        doc["timex"] = find_times(doc.get("text") or "", anchor_of(doc))
        return doc
