"""Small verbal and giving acts: REQUEST and THREATEN with or without a named target, CONCEDE (apologies, pardons,
amnesties), AID given by several states together. Short news-style sentences (real phrasing)."""
from __future__ import annotations

from conftest import full, party


def _events(doc, typ, factual=True):
    return [e for e in doc["events"] if e["type"] == typ and (not factual or not (e["negated"] or e["hypothetical"]))]


def _names(doc, ids):
    return party(doc, ids)


def test_a_decimal_point_is_no_full_stop(pipe):
    # the aid's recipient named before the noun and the sum "2.5" between: one clause, the givers all three
    doc = full(pipe, "ذكرت وكالة الأنباء الرسمية السعودية أن الإمارات والكويت والسعودية قدمت إلى الأردن حزمة مساعدات "
                     "بقيمة 2.5 مليار دولار إلى الأردن.")
    ev = _events(doc, "AID")
    assert ev, doc["events"]
    acts = _names(doc, ev[0]["actors"])
    assert all(x in acts for x in ("Emirates", "Kuwait", "Saudi")), acts
    assert "Jordan" in _names(doc, ev[0]["recipients"])


def test_a_sum_with_a_decimal_point_keeps_the_recipient(pipe):
    doc = full(pipe, "وقدمت الولايات المتحدة أكثر من 1.5 مليار دولار من المساعدات العسكرية للبنان منذ عام 2006.")
    ev = _events(doc, "AID")
    assert ev and "Lebanon" in _names(doc, ev[0]["recipients"]) and "United States" in _names(doc, ev[0]["actors"])
