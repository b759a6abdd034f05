"""A penalty demanded, and a detention pending inquiry, told with a word of sentencing (session 36, track s36type).

The words of a sentence (بسجن، السجن، بالإعدام، عقوبة: data/triggers.tsv SANCTION convict) make a SANCTION event of
the one named before them. Two constructions use them for another act:

* a demand of the penalty: "طلبت النيابة الجزائرية الثلاثاء، السجن ستة أشهر لـ 26 من أتباع الطائفة"، "طالب المدعي العام
  الإسباني، الأربعاء، بسجن لاعب كرة القدم السابق تشابي ألونسو"، "وكانت النيابة البلجيكية قد طلبت السجن عشرين عاما ضد صلاح
  عبد السلام": the prosecutor asks the court for the penalty; no one is sentenced. The act is the demand, REQUEST of the
  one who asks against the one whose penalty it asks (the events_dev convention: "مطابقا لما طلبه الادعاء" ACCUSE/REQUEST
  prosecution -> defendant; EJ-15 REQUEST/ACCUSE). The SANCTION read from the penalty's word becomes that REQUEST, or is
  dropped where the demanding verb made its own REQUEST. Corpus: ~90 sentences "طالب/طلب/التمس ... السجن/الإعدام/عقوبة".
* a detention pending inquiry: "أمرت نيابة أمن الدولة العليا المصرية الأحد بسجن الناشط حازم عبد العظيم 15 يوما على ذمة
  التحقيق": the prosecution holds him, no court sentenced him: COERCE (arrest), as "بحبس ... احتياطيا" already reads.
"""
from __future__ import annotations

import re

from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import word_set
from ..lang.ar import normalize

_DEMAND_VERBS = word_set("penalties", "demand_verb")
_PENDING = word_set("penalties", "pending")
_PENDING_RE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(sorted(map(re.escape, _PENDING), key=len, reverse=True)))


def _tok_at(toks, start) -> int | None:
    return next((k for k, t in enumerate(toks) if t.start == start), None)


def _demand_verb(text, st, ts, actors) -> int | None:
    """The verb of demanding that governs the penalty's word at token ts: within eight words before it in its clause,
    with one of the event's actors named between the two (VSO: "طلبت النيابة الجزائرية الثلاثاء، السجن") or right
    before the verb, a particle between at most (SVO: "النيابة تطالب بالسجن"، "وكانت النيابة البلجيكية قد طلبت السجن")."""
    toks = st.toks
    for k in range(ts - 1, max(-1, ts - 9), -1):
        if _st._full_stop_between(text, toks, k + 1, ts + 1):
            return None
        if _st._strip_wf(toks[k].norm) not in _DEMAND_VERBS:
            continue
        if any(x.eid in actors and (k < x.s and x.e <= ts or k - 2 <= x.e <= k and not _st._strong_between(text, toks, x.e, k))
               for x in st.ments or ()):
            return k
        return None
    return None


def after_sentence(stage, doc, sents, st, events, pub) -> None:
    """Retype the sentence's SANCTION (convict) events told by a demand of the penalty (REQUEST) or by a detention
    pending inquiry (COERCE, arrest); events are changed in place or removed."""
    text = doc.get("text") or ""
    toks = st.toks
    drop = []
    for e in events:
        if e.get("_sent") != st.i or e["type"] != "SANCTION" or e.get("mode") != "convict" or not e["actors"]:
            continue
        ts = _tok_at(toks, e["trigger"]["start"])
        if ts is None:
            continue
        k = _demand_verb(text, st, ts, set(e["actors"]))
        if k is not None:
            if not e["recipients"] or any((stage._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in e["recipients"]):
                continue  # (the penalty's convict not found: "وطالب الادعاء بسجنها ... في حال وجدتها المحكمة مذنبة")
            own = next((r for r in events if r is not e and r.get("_sent") == st.i and r["type"] == "REQUEST"
                        and r["trigger"]["start"] == toks[k].start), None)
            if own is not None:  # the verb made its own REQUEST: the penalty's word tells no second act
                if not own["recipients"]:
                    own["recipients"] = list(e["recipients"])
                drop.append(e)
                continue
            negated, hyp, hist = stage._factuality(st, k, k + 1, guess_ok=True)
            e.update(type="REQUEST", mode=None, context=stage._contexts(st, "REQUEST"), negated=negated,
                     hypothetical=hyp, historical=hist or e.get("historical", False),
                     trigger={"text": text[toks[k].start:toks[k].end], "start": toks[k].start, "end": toks[k].end})
            continue
        clause_end = next((toks[j].end for j in range(ts + 1, min(len(toks), ts + 14))
                           if _st._full_stop_between(text, toks, j, j + 1)), toks[min(len(toks), ts + 14) - 1].end)
        if _PENDING_RE.search(normalize(text[e["trigger"]["end"]:clause_end])):
            e.update(type="COERCE", mode="arrest", context=stage._contexts(st, "COERCE"))
    for e in drop:
        events.remove(e)
