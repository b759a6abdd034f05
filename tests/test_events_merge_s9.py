"""Document-level merging of events, ninth session: a headline's event is folded into the body's telling only when
the authors can be one party; authors of other countries are not joined through a bare body (one with neither a
name of its own nor a country). Short news-style stories through the whole pipeline."""
from __future__ import annotations

from conftest import factual, full, party


def test_headline_condemnation_by_another_state_stays(pipe):
    doc = full(pipe, "الجزائر تدين الغارات الإسرائيلية على غزة\n"
                     "أدانت السعودية والبحرين ومجلس التعاون لدول الخليج العربية الغارات الإسرائيلية على قطاع غزة.")
    ev = factual(doc, "ACCUSE")
    authors = [party(doc, e["actors"]) for e in ev]
    assert any("DZA" in a for a in authors) and any("SAU" in a for a in authors), authors
    assert not any("DZA" in a and "SAU" in a for a in authors)


def test_headline_condemnation_told_again_folds(pipe):
    doc = full(pipe, "السعودية تدين الغارات الإسرائيلية على غزة\n"
                     "أدانت المملكة العربية السعودية الغارات الإسرائيلية على قطاع غزة.")
    ev = factual(doc, "ACCUSE")
    assert len(ev) == 1 and "SAU" in party(doc, ev[0]["actors"])
