"""A claim that charges a party (session 35, track s35alleg).

"وزعم الشاهد السري أن برانسون كان يحاول تحويل الأكراد ..."، "وتزعم كاثرين مايورغا أن لاعب كرة القدم البرتغالي
اغتصبها"، "ويزعم لولا أن هذا القرار سياسي"، "وتدعي بريطانيا أن روسيا ...": a verb of claiming (زعم، ادعى and their
persons: data/wordsets.tsv allege/verb) with its subject and a reported clause (أن/بأن) is an allegation (ACCUSE, mode
allege) by the one who claims against the party the clause opens with, even where the clause holds no word of blame
(``EventStage._blame`` reads those). Arabic news uses زعم/ادعى for charges far more than for neutral statements; a claim
about oneself, about no named party (a place, a thing: "أن ذلك كان"), told as someone else's (كما تزعم، ما زعم)
or negated is not read. Corpus: 474 sentences "زعم|ادعى ... أن" in the 31k articles."""
from __future__ import annotations

import re

from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import word_set

_NOUNS = word_set("allege", "noun")
_VERBS = word_set("allege", "verb") | _NOUNS
_NOT_BEFORE = word_set("allege", "not_before")
# the complementizer with no pronoun: the clause's party follows it ("أن روسيا"); "أنه/أنها" refer back, unread
_BARE_THAT = word_set("allege", "bare_that")
_MAYBE = re.compile(r"(?<!\w)[وف]?(?:%s)(?!\w)" % "|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True)))


def maybe(ns: str) -> bool:
    """Does the normalised sentence ``ns`` hold a verb of claiming (the sentence is then read with no trigger word)?"""
    return _MAYBE.search(ns) is not None


def claimed(stage, doc, sents, st, events, quotes, pub) -> list:
    """The allegation a verb of claiming in sentence ``st`` makes of the named party that opens its reported clause
    (none where the sentence already holds an ACCUSE event)."""
    if any(e["_sent"] == st.i and e["type"] == "ACCUSE" for e in events):
        return []
    toks = st.toks
    text = doc["text"]
    by_id = stage._dp.by_id
    groups = None
    for k, t in enumerate(toks):
        w = t.norm
        if w not in _VERBS and not (w[:1] in "وف" and w[1:] in _VERBS):
            continue
        if k > 0 and toks[k - 1].norm.lstrip("وف") in _NOT_BEFORE:
            continue
        # its reported clause opens within six words (the subject between: "وزعم الشاهد السري أن")
        comp = next((j for j in range(k + 1, min(len(toks), k + 8)) if toks[j].norm in _st._COMPLEMENTIZERS), None)
        if comp is None or toks[comp].norm not in _BARE_THAT or _st._full_stop_between(text, toks, k, comp):
            continue
        speaker, verb = stage._speaker_near(text, st, 0, comp, None, _VERBS, comp - k + 1)
        if speaker is None or verb != k:
            continue
        if groups is None:
            groups = _st._free_groups(text, toks, st)
        # the one who claims is named at the verb: between it and its أن ("وتزعم بريطانيا أن"، "زعم أوكرانيا بأن") or
        # right before it ("إيران تزعم أن"); one told elsewhere (a poster, a file: "ملفا ادعت فيه") is not guessed
        noun = _st._strip_wf(w) in _NOUNS
        if not any(speaker in g["ids"] and (k < g["s"] and g["e"] <= comp or g["e"] == k and g["prep"] is None and not noun
                                            and not text[toks[k - 1].end:t.start].strip()) for g in groups):
            continue  # (not "في سوريا والعراق ، ويدعي": a comma closes the phrase before the verb; a noun's author
            # follows it: "أيدت الولايات المتحدة مزاعم بريطانية بأن" is no claim of the United States)
        who = by_id.get(speaker) or {}
        if _st._media_only({"ids": [speaker]}, stage._dp) or not (
                who.get("status") == "named" or stage._unnamed(speaker) and who.get("type") in ("ORG", "GPE")
                and who.get("country")):
            continue  # "وتزعم صحيفة تركية أن"، "وتزعم مصادر تركية أن": a report or a source, no party's charge
        acc = next((g for g in groups if g["s"] == comp + 1 and g["prep"] is None), None)
        if acc is None or speaker in acc["ids"] or _st._civilians(acc, stage._dp) or _st._media_only(acc, stage._dp):
            continue
        if all(x.kind in ("LOC", "FAC") for x in acc["m"]) or all(
                stage._unnamed(i) and not (by_id.get(i) or {}).get("country") for i in acc["ids"]):
            continue  # a place, or a party the text does not name
        recips = [i for i in acc["ids"] if i != speaker and (by_id.get(i) or {}).get("type") not in ("LOC", "FAC")
                  and (by_id.get(i) or {}).get("status") == "named"]
        # ("أن الصحفي السعودي قتل": a party only described, often the victim, is not read)
        if not recips or stage._same_state([speaker], recips):
            continue
        negated, hyp, hist = stage._factuality(st, k, k + 1, guess_ok=True)
        if negated or hyp:
            continue
        t0, t1 = t.start, t.end
        return [stage.implicit_accuse(doc, sents, st, (k, k + 1), (t0, t1), pub, [speaker], recips, hist)]
    return []
