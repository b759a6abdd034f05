"""Denials of a claim told before (session 24, track s24deny).

A denial or refusal whose object names again a claim told before ("لكن دمشق نفت هذه المعلومات"، "لكن الجماعة نفت ذلك"،
"رفض المتحدث باسم بيركو تلك الاتهامات") rejects the claim's author: the speaker of the last sentence (or clause) told
before that says, reports or charges something (قالت منظمة العفو الدولية إن ...، فيما تحدثت "الخوذ البيضاء" عن قصف),
even where that claim got no event of its own. The speaker must be another side than the denier (not it, not its state).
"""
from __future__ import annotations

import re

from .lexicon import word_set

_DEMONSTRATIVES = word_set("demonstrative", "word")
_CLAIM_NOUNS = word_set("claim", "again")
_CLAIM_VERBS = word_set("claim", "verb")
_BARE = word_set("claim", "bare")
_CLAUSE_END = re.compile(r"[.،,؛;:!؟?\"»”)\n]")
_THAT = frozenset(("بان", "بانه", "بانها", "بانهم", "ان", "انه", "انها"))


def claim_again(text, toks, te, stop) -> int | None:
    """The token where the object of the denial whose trigger ends at te names a claim again, within four words of it
    (its subject may stand between): a demonstrative and a claim noun ("نفت هذه المعلومات"، "رفض تلك الاتهامات"), a
    bare ذلك/هذا closing the clause ("نفت الجماعة ذلك"), or a claim noun before بأن ("رفض الكرملين إشارات بأنه");
    else None. ``stop(a, b)`` tells a full stop between tokens a and b."""
    for k in range(te, min(len(toks), te + 4)):
        if stop(te, k):
            return None
        w = toks[k].norm
        if w[:1] in "وب" and w[1:] in _DEMONSTRATIVES:
            w = w[1:]
        nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
        if w in _DEMONSTRATIVES and nxt in _CLAIM_NOUNS:
            return k
        if w in _BARE and (k + 1 == len(toks) or _CLAUSE_END.search(text, toks[k].end, toks[k + 1].start)):
            return k
        if w in _CLAIM_NOUNS and not w.startswith("ال") and nxt in _THAT:
            return k
        if w in _DEMONSTRATIVES:
            return None  # (another act named again: "نفت هذه الخطوة")
    return None


def _speaker(stage, toks, ments, lo, hi, actors):
    """The party that is the subject of the last verb of saying or claiming in toks[lo:hi] (a mention within four words
    after it, before any other verb of saying), or None; a speaker of the denier's side stops the search (-1)."""
    speech = stage.lex.speech
    ents = stage._dp.by_id
    for k in range(hi - 1, lo - 1, -1):
        w = toks[k].norm
        w1 = w[1:] if w[:1] in "وف" else w
        if not (speech.get(w) in ("say", "report") or speech.get(w1) in ("say", "report") or w in _CLAIM_VERBS
                or w1 in _CLAIM_VERBS):
            continue
        m = next((x for x in ments if k < x.s <= k + 4 and x.kind in ("PERSON", "ORG", "GPE")), None)
        if m is None:
            continue
        eid = m.eid
        e = ents.get(eid) or {}
        if eid in actors or stage._same_state(actors, [eid]):
            return -1
        if not stage._placed(eid) or eid in stage._crowd_ids or e.get("type") not in ("PERSON", "ORG", "GPE"):
            continue
        return eid
    return None


def claimant_before(stage, st, ts, actors) -> list:
    """The author of the last claim told before the denial at token ts of sentence st: the speaker of a verb of saying or
    claiming earlier in the sentence, else in the two sentences before it (the nearest first); [] when none, or when the
    nearest speaker is the denier's own side."""
    dp = stage._dp
    toks = st.toks or dp.tokens(st.start, st.end)
    ments = getattr(st, "ments", None) or (dp.mentions(toks) if toks else [])
    who = _speaker(stage, toks, [x for x in ments if x.s < ts], 0, ts, actors)
    for j in range(st.i - 1, max(-1, st.i - 3), -1):
        if who is not None:
            break
        s2 = stage._sents[j]
        t2 = s2.toks or dp.tokens(s2.start, s2.end)
        m2 = getattr(s2, "ments", None) or (dp.mentions(t2) if t2 else [])
        who = _speaker(stage, t2, m2, 0, len(t2), actors)
    return [who] if who not in (None, -1) else []
