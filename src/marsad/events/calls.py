"""A phone call told around another act of its two sides (session 36, track s36type).

"هنأ الرئيس الأمريكي دونالد ترامب في اتصال هاتفي نظيره الروسي فلاديمير بوتين على إعادة انتخابه"، "وفي مكالمة هاتفية
الخميس، أكدت المستشارة الألمانية أنغيلا ميركل والرئيس الأمريكي دونالد ترامب أن ...": the call is told as the frame of
a verbal act (a congratulation, a demand, a promise) and its own trigger (data/triggers.tsv CONSULT phone) finds no
party of its own: the caller stands before "في اتصال هاتفي" and the one called after it, as parties of the other act.
The call is a CONSULT between the two sides of that act (events_dev: EH-19 SUPPORT and CONSULT, both required; every
gold phone call is CONSULT). Corpus: 167 sentences "في/خلال/عبر اتصال/مكالمة هاتفي(ة)"; in a sample of 60, 28 already
carry a CONSULT and 4 a verbal act with no CONSULT."""
from __future__ import annotations

import re

from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import word_set
from ..lang.ar import normalize

_PHRASES = word_set("calls", "phrase")
_PHRASE_RE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(sorted(map(re.escape, _PHRASES), key=len, reverse=True)))
_VERBAL = frozenset(("SUPPORT", "AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "CONCEDE", "COOPERATE"))


def _party_ok(by_id, i) -> bool:
    e = by_id.get(i) or {}
    return e.get("type") in ("PERSON", "GPE", "ORG", "NORP") and e.get("sector") != "MED"


def after_sentence(stage, doc, sents, st, events, pub) -> list:
    """The CONSULT of a phone call framing a factual verbal act of sentence ``st`` between two sides, where the
    sentence holds no CONSULT event ([] otherwise)."""
    if any(e.get("_sent") == st.i and e["type"] == "CONSULT" for e in events):
        return []
    text = doc.get("text") or ""
    toks = st.toks
    call = next((k for k, t in enumerate(toks) if _PHRASE_RE.match(" ".join(x.norm for x in toks[k:k + 2]))), None)
    if call is None:
        return []
    by_id = stage._dp.by_id
    for e in events:
        if e.get("_sent") != st.i or e["type"] not in _VERBAL or e["negated"] or e["hypothetical"] or e.get("partial"):
            continue
        acts, recs = list(e["actors"]), list(e["recipients"])
        k2 = call + 2 if call + 1 < len(toks) else call + 1
        if len(acts) >= 2:
            acts, recs = acts[:1], acts[1:]  # "أكدت ميركل وترامب": the call is between the co-actors
        elif not any(x.eid in recs and (k2 <= x.s <= k2 + 3 or x.e <= call and e["trigger"]["start"] < toks[x.s].start
                                         and not _st._strong_between(text, toks, x.e, call)) for x in st.ments or ()):
            continue  # the one called is named right after the call ("في اتصال هاتفي نظيره الروسي فلاديمير بوتين"،
            # "خلال اتصال هاتفي مع") or the call closes the act told of him ("هنأ نظيره الروسي فلاديمير بوتين على
            # إعادة انتخابه في اتصال هاتفي"), not a target of the act told in it
        if not acts or not recs or set(acts) & set(recs) \
                or not all(_party_ok(by_id, i) for i in acts + recs):
            continue
        t0, t1 = toks[call].start, toks[k2 - 1].end
        ev = dict(e, type="CONSULT", mode="phone", context=stage._contexts(st, "CONSULT"), actors=acts, recipients=recs,
                  trigger={"text": text[t0:t1], "start": t0, "end": t1}, confidence=0.6, _implicit=True)
        stage._recent_events.append(ev)
        return [ev]
    return []
