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
_BELIEF_VERBS = word_set("claim", "belief")  # (s34built: the author of a belief a resumed denial takes up)
_BARE = word_set("claim", "bare")
_CLAUSE_END = re.compile(r"[.،,؛;:!؟?\"»”)\n]")
_THAT = word_set("claims", "that")


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


def _speaker(stage, toks, ments, lo, hi, actors, more=frozenset()):
    """The party that is the subject of the last verb of saying or claiming in toks[lo:hi] (a mention within four words
    after it, before any other verb of saying), or None; a speaker of the denier's side stops the search (-1). ``more``
    (author_before, s34built): further verbs read as claiming, verbs of believing; and a party after the verb's أن/إن
    opens the clause told, no speaker ("وتدعي بريطانيا ...، وقالت إن روسيا مسؤولة، وهو ما تنفيه موسكو": Britain).
    (Across sentences, claimant_before, the party after "قال إن" stays: with a pronoun speaker it is often his own side.)"""
    speech = stage.lex.speech
    ents = stage._dp.by_id
    for k in range(hi - 1, lo - 1, -1):
        w = toks[k].norm
        w1 = w[1:] if w[:1] in "وف" else w
        if not (speech.get(w) in ("say", "report") or speech.get(w1) in ("say", "report") or w in _CLAIM_VERBS
                or w1 in _CLAIM_VERBS or w in more or w1 in more):
            continue
        m = next((x for x in ments if k < x.s <= k + 4 and x.kind in ("PERSON", "ORG", "GPE")
                  and not (more and any(toks[y].norm in _THAT for y in range(k + 1, x.s)))), None)
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


def author_before(stage, st, toks, k, actors) -> list:
    """The speaker of the last verb of saying or claiming before token k in sentence st ("وتتهم السعودية جارتها ...
    بأنها وراء إمداد الحوثيين بالصواريخ، وهو ما تنفيه طهران"، "وتزعم دانييلز أنها ...، وهو ما ينكره ترامب"): the
    author of the clause a resumed denial takes up when that clause got no event of its own (s28deny); [] when none, or
    when that speaker is the denier's own side."""
    dp = stage._dp
    ments = getattr(st, "ments", None) or (dp.mentions(toks) if toks else [])
    who = _speaker(stage, toks, [x for x in ments if x.s < k], 0, k, actors, _BELIEF_VERBS)
    return [who] if who not in (None, -1) else []


def said_before(stage, toks, k) -> bool:
    """Is a claim told before token k: a verb of saying or claiming (speech.tsv say/report, claim/verb) whose subject is a
    party named within four words after it, then a that-clause (أن، إن، بأن) before k ("وكان مصدر تركي قال، في تصريحات
    سابقة لـCNN، إن خاشقجي قتل داخل القنصلية، وهو الأمر الذي تنفيه السلطات السعودية"; s28deny)?"""
    speech = stage.lex.speech
    ments = stage._dp.mentions(toks) if toks else []
    for x in range(k - 1, -1, -1):
        w = toks[x].norm
        w1 = w[1:] if w[:1] in "وف" else w
        if not (speech.get(w) in ("say", "report") or speech.get(w1) in ("say", "report") or w in _CLAIM_VERBS
                or w1 in _CLAIM_VERBS or w in _BELIEF_VERBS or w1 in _BELIEF_VERBS):
            continue  # (s34built: or a belief with its that-clause, "وتعتقد السلطات التركية أن خاشقجي قتل")
        if any(x < m.s <= x + 4 and m.kind in ("PERSON", "ORG", "GPE", "NORP") for m in ments) \
                and any(toks[y].norm in _THAT for y in range(x + 1, k)):
            return True
    return False


_PLUPERFECT = word_set("claim", "pluperfect")
_SHARED_MIN = 4  # (letters of a word two sentences must share to tell of the same act)


def _flashback_author(stage, toks, ments, actors):
    """The author of the claim a sentence tells as made before ("وفي وقت سابق الاثنين، قال النائب البريطاني البارز، توم
    توغندهات ... إن تسميم سكريبال ..."، "وكانت منظمة هيومان رايتس ووتش قد اتهمت السلطات المصرية بإخفاء مواطن"), None when
    the sentence opens no such flashback, -1 when its author is the denier's own side."""
    w = [t.norm for t in toks[:12]]
    if len(w) >= 3 and w[0].lstrip("و") in ("في", "فى") and w[1] == "وقت" and w[2] == "سابق":
        return _speaker(stage, toks, ments, 3, len(toks), actors)
    if not w or w[0] not in _PLUPERFECT or "قد" not in w[1:10]:
        return None
    q = w.index("قد", 1)
    v = w[q + 1] if q + 1 < len(w) else ""
    if not (stage.lex.speech.get(v) in ("say", "report") or v in _CLAIM_VERBS):
        return None
    m = next((x for x in ments if 1 <= x.s < q and x.kind in ("PERSON", "ORG", "GPE")), None)
    if m is None:
        return None
    if m.eid in actors or stage._same_state(actors, [m.eid]):
        return -1
    return m.eid if stage._placed(m.eid) and m.eid not in stage._crowd_ids else None


def claimant_after(stage, st, te, actors) -> list:
    """The author of the claim a denial with no one rejected answers when the story tells it only after the denial
    (s28deny): one of the three sentences after it opens by going back to a claim (في وقت سابق، وكان X قد قال/اتهم), by
    another side than the denier, and tells of the same matter (it names the denier or its state, or shares a word with
    what the denial rejects): "رفض الكرملين إشارات بأنه يقف خلف تسميم جاسوس روسي سابق وابنته ... وفي وقت سابق الاثنين،
    قال النائب البريطاني البارز، توم توغندهات ... إن تسميم سكريبال وابنته يوليا ... يبدو محاولة اغتيال وقفت وراءها دولة".
    [] when none."""
    dp = stage._dp
    ents = dp.by_id
    toks = st.toks or dp.tokens(st.start, st.end)
    denied = {t.norm for t in toks[te:] if len(t.norm) >= _SHARED_MIN and t.norm not in stage.lex.datecue_words
              and t.norm not in stage.lex.speech} - {t.norm for t in toks[:te]}
    for j in range(st.i + 1, min(len(stage._sents), st.i + 4)):
        s2 = stage._sents[j]
        t2 = s2.toks or dp.tokens(s2.start, s2.end)
        m2 = getattr(s2, "ments", None) or (dp.mentions(t2) if t2 else [])
        who = _flashback_author(stage, t2, m2, actors)
        if who is None:
            continue
        if who == -1:
            return []
        named = any(x.eid in actors or stage._same_state(actors, [x.eid]) for x in m2
                    if (ents.get(x.eid) or {}).get("type") in ("GPE", "NORP", "ORG", "PERSON"))
        if named or denied & {t.norm for t in t2[3:]}:  # (past the opener: "في وقت سابق" tells no matter)
            return [who]
        return []
    return []
