"""Sides the story gives, not the sentence (session 22, track s22context).

A reaction (condemnation, criticism, rejection, welcome) whose object is an act named again by a demonstrative ("وسارعت
إسرائيل ... إلى إدانة هذا النص"، "لكن الدوحة رفضت هذه المطالب") has no addressee in its sentence: the act was told
before. Where the coder built an event for that act, the sentence-level fallback in stage._event already takes its
author (the last act told whose actors differ). Where the act got no event of its own (a law passed, a speech given, a
proposal made), the event is kept aside (``_story_ref`` = the story's actor as the sentence opened: the actor of the last
event told, else the first named party of the last sentence read) and resolved here, after every sentence is read: the
story's actor is the author when it is a party the text pins down, not one of the reacting side nor of its state, not a
crowd or a news medium; otherwise the event is dropped, as it was before.
"""
from __future__ import annotations

from .lexicon import word_set

REACTIONS = frozenset(("ACCUSE", "REJECT", "SUPPORT"))
_DEMONSTRATIVES = word_set("demonstrative", "word")
# act nouns a demonstrative names again (data/wordsets.tsv reaction/act_again, and story/referenced)
_REFERENCED = word_set("reaction", "act_again") | word_set("story", "referenced")


def referenced_act(text, toks, te, stop) -> int | None:
    """The token of a demonstrative and an act noun that is the object of the reaction whose trigger ends at te (within
    three words of it, no full stop between: "إدانة هذا النص"، "رفضت بشدة هذه المطالب"، "ونددت بهذه الخطوة"); else None."""
    for k in range(te, min(len(toks) - 1, te + 3)):
        w = toks[k].norm
        if w[:1] in "وفبل" and w[1:] in _DEMONSTRATIVES:
            w = w[1:]
        if w in _DEMONSTRATIVES:
            nxt = toks[k + 1].norm
            if (nxt in _REFERENCED or nxt.removeprefix("ال") in _REFERENCED) and not stop(te, k):
                return k
            return None
    return None


def _subject_before(stage, i, actors):
    """The first named party (a person, a body, a state the text pins down) of the sentences before sentence i, walking
    back at most two; None where the nearest one that names a party names the reacting side (or its state)."""
    dp = stage._dp
    speech = stage.lex.speech
    for j in range(i - 1, max(-1, i - 3), -1):
        st = stage._sents[j]
        toks = st.toks or dp.tokens(st.start, st.end)
        ments = getattr(st, "ments", None) or (dp.mentions(toks) if toks else [])
        first = next((x for x in ments if x.kind in ("PERSON", "ORG", "GPE") and stage._placed(x.eid)), None)
        if first is not None and any(t.norm in speech or t.norm[1:] in speech for t in toks[max(0, first.s - 3):first.s]):
            return None  # "قال المهاجم الأرجنتيني جونزالو هيجوين إن منتخب بلاده ألغى ...": the speaker tells the act,
            # he is not its author
        first = first.eid if first is not None else None
        if first is not None:
            return None if first in actors or stage._same_state(actors, [first]) else first
    return None


def referenced_authors(stage, events) -> list:
    """Give each reaction kept aside by stage._event (``_story_ref``) the author of the act it names again, the party
    the story told last as acting (the subject of the sentences before it, else the story's actor as the sentence
    opened), or drop it."""
    out = []
    ents = stage._dp.by_id
    for ev in events:
        if "_story_ref" not in ev:
            out.append(ev)
            continue
        i, last = ev.pop("_story_ref")
        if ev["recipients"]:
            out.append(ev)
            continue
        for cand in (_subject_before(stage, i, ev["actors"]), last):
            e = ents.get(cand) or {}
            if cand is None or cand in ev["actors"] or not stage._placed(cand) or cand in stage._crowd_ids \
                    or e.get("type") not in ("PERSON", "ORG", "GPE") or e.get("sector") == "MED" \
                    or stage._same_state(ev["actors"], [cand]):
                continue
            ev["recipients"] = [cand]
            out.append(ev)
            break
    return out
