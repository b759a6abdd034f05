"""Verbal appeals and refusals (REQUEST, REJECT, THREATEN): constructions the main reading in stage._event misses.

Each function is a small, cheap check called from one place in stage.py; stage's helpers are read at call time
(stage imports this module)."""
from __future__ import annotations

from . import stage as _st


def comma_vso(stage, text, toks, ts, te, is_noun, after) -> bool:
    """A verb that opens its clause after a comma, with its subject right after it ("بعد أن أعلن الرئيس التركي أن
    بلاده تتعرض لحرب اقتصادية من الجانب الأمريكي، دعا الثلاثاء رجب طيب أردوغان إلى مقاطعة"): the party that closes
    the clause before the comma is no subject of it. The subject after the verb is a named person, body or state
    (no nationality adjective), with only time words between."""
    if is_noun or ts == 0 or not after or after[0]["prep"] is not None:
        return False
    if not _st._STRONG.search(text, toks[ts - 1].end, toks[ts].start):
        return False
    w = toks[ts].norm
    if w not in _st.PAST_FORMS and w[:1] in "يتنا":
        return False  # (a perfect verb: an imperfect after a comma goes on with the subject before it)
    g = after[0]
    if not stage._adjacent(toks, te, g["s"], verb=True):
        return False
    return any(x.kind in ("PERSON", "ORG", "GPE") for x in g["m"]) and not all(x.kind == "NORP" for x in g["m"])
