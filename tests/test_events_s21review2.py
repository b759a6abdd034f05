"""Session 21, second review of the merged tracks: behaviour fixes, each with a case that failed before the fix."""
from __future__ import annotations

from conftest import factual, full


def _eid(doc, name_part):
    return next(e["id"] for e in doc["entities"] if name_part in (e.get("name_ar") or "") + " " + " ".join(
        m["text"] for m in e.get("mentions") or []))


def test_counterpart_pronoun_is_no_feminine_title(pipe):
    # "نظيره" (his counterpart) ends in the pronoun ه, not a feminine ه: Lavrov was read as introduced with a feminine
    # title, so a bare "الوزير" after Pompeo and Lavrov (both named in the sentence before) fell to Pompeo alone
    from marsad.events.parties import DocParties

    text = ("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره الروسي سيرغي لافروف في هلسنكي. "
            "واتهم الوزير إيران بزعزعة استقرار المنطقة.")
    doc = full(pipe, text)
    lex = next(s.lex for s in pipe.stages if hasattr(s, "lex"))
    dp = DocParties(doc, lex)
    before = doc["text"].index("واتهم الوزير")
    assert dp._title_gender(_eid(doc, "لافروف"), before) is False
    assert dp._holder("الوزير", None, before) is None


