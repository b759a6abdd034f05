"""The act named inside a reaction (track s23embedded).

A condemnation, criticism or welcome often names the act it reacts to by its verbal noun with the act's own doer in the
genitive and its target after it: "أدانت مصر قصف الطائرات الإسرائيلية مواقع في قطاع غزة"، "يدين إطلاق الحوثيين لصواريخ
باليستية على مدن سعودية"، "انتقد إقدام إيران على قطع الكهرباء عن البصرة". These helpers find the light noun that carries
such an act (إطلاق، شن، تنفيذ، قيام بـ، إقدام على) and the target named after the doer (EventStage._event: the act reacted to).
"""
import re

from .lexicon import word_set

# light nouns whose genitive is the doer of the act named after them (data/wordsets.tsv: embedded light)
_LIGHT = word_set("embedded", "light")
# prepositions after the doer that name the act's target (data/wordsets.tsv: embedded aim; لـ attached is read apart)
_AIM = word_set("embedded", "aim")
_BREAK = re.compile(r"[،,.:؛;!?؟\n\"«»()]")


def _bare(w):
    return w[1:] if w[:1] in "بل" and len(w) > 3 else w


def light_before(toks, groups, ts):
    """The token of a light noun before the act at ``ts`` whose genitive party stands between them, with على or بـ
    before the act's own noun ("إطلاق الحوثيين لصواريخ"، "إقدام إيران على قطع"، "بقيام روسيا بنشر"); else None."""
    g = next((g for g in groups if g["prep"] is None and g["e"] in (ts, ts - 1) and g["s"] >= 1), None)
    if g is None or g["e"] == ts - 1 and toks[ts - 1].norm != "علي":
        return None
    k = g["s"] - 1
    return k if _bare(toks[k].norm) in _LIGHT else None


def aimed_at(text, toks, groups, k):
    """The party group the act aims at, named after its doer that ends at token ``k``: after على، ضد، نحو، إلى،
    باتجاه، في or an attached لـ, past a few nouns (its object, its weapons) and a من-phrase of origin ("لصواريخ باليستية
    على مدن سعودية"، "مواقع في قطاع غزة"، "لمقر الحزب الديمقراطي"); None when a party follows bare (the act's object, read
    by the caller) or a break or a new conjunct comes first."""
    if k is None or k >= len(toks):
        return None
    if any(g["s"] == k and g["prep"] is None for g in groups):
        return None
    starts = {g["s"]: g for g in groups}
    src = False
    for j in range(k, min(len(toks), k + 7)):
        if j > k and _BREAK.search(text, toks[j - 1].end, toks[j].start):
            return None
        w = toks[j].norm
        if j > k and w[:1] == "و" and w not in ("وسط",):
            return None
        if w == "من":
            src = True
            continue
        g = starts.get(j)
        if g is not None:
            if src and g["prep"] == "من":
                src = False
                continue  # "من اليمن على السعودية": the place launched from
            if g["prep"] in ("على", "ضد", "نحو", "إلى", "في") or (j > k and toks[j - 1].norm in _AIM):
                return g
            if w[:1] == "ل" and j - k <= 3:
                return g
            return None
        if w in _AIM or w[:1] == "ل" and len(w) > 3:
            # the preposition (or a noun with لـ: "لمقر الحزب") before the target; its group opens within 3 words
            for j2 in range(j + 1, min(len(toks), j + 4)):
                if _BREAK.search(text, toks[j2 - 1].end, toks[j2].start):
                    return None
                if j2 in starts:
                    return starts[j2]
            return None
    return None


def dated_commas(text, toks, k, ts, datecues):
    """Are the only breaks between token ``k`` and ``ts`` the two commas around a day ("دانت وزارة الخارجية الأميركية،
    الاثنين، إطلاق")?"""
    for j in range(k + 1, ts + 1):
        gap = text[toks[j - 1].end:toks[j].start]
        if not _BREAK.search(gap):
            continue
        if gap.strip() not in ("،", ","):
            return False
        if not (toks[j].norm in datecues and j + 1 <= ts
                and text[toks[j].end:toks[j + 1].start].strip() in ("،", ",")
                or toks[j - 1].norm in datecues and j - 2 > k
                and text[toks[j - 2].end:toks[j - 1].start].strip() in ("،", ",")):
            return False
    return True
