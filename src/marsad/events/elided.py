"""Subjects a verbal act carries over from a verb of saying whose own subject is dropped (s20pronoun).

"وقالت "كل هذه العوامل ... تشكل تحديا جديا"، ودعت السلطات التركية إلى تأجيلها": a sentence that opens on a verb of
saying with no subject of its own (its words follow it at once: إن/أن, a quotation, a colon) goes on the one the
story told before; a verbal act joined to it by "، و" with the same person (قالت ... ودعت، قال ... وحث) shares that
subject, and the party right after that verb is whom the act is aimed at, not its subject. Without this the coder
read the party after the joined verb as its subject (VSO) and the call had no addressee."""
from __future__ import annotations

import re
from .lexicon import word_set

_OPEN_WORDS = re.compile(r"[\"«“:]")
_COMP = word_set("elided", "comp")


def speech_opened(text, toks, groups, ts, cut, speech, is_verb, agr_of, start) -> int | None:
    """Index of the verb of saying opening the clause (token cut, or the one after a bare و) whose subject the joined
    verb at ts shares, or None. is_verb: does a form (no و) read as a verb; agr_of: the person of a verb form without its و (stage._coord_agr); the joined verb's
    must be the saying verb's, one man or one woman (or a body named by a feminine noun); the joined verb stands after
    "،" and outside any quotation; the saying verb has its words right after it (a complementizer, a quote mark or a
    colon, past a phrase with no party of its own: "وقالت في بيان إن")."""
    w = toks[ts].norm
    if ts <= cut + 1 or w[:1] != "و" or len(w) < 3 or not is_verb(w[1:]):
        return None
    agr = agr_of(w[1:])
    if agr not in ("m", "f"):
        return None
    gap = text[toks[ts - 1].end:toks[ts].start]
    if "،" not in gap and "," not in gap:
        return None
    seg = text[start:toks[ts].start]
    if sum(seg.count(c) for c in '"') % 2 or seg.count("«") > seg.count("»") or seg.count("“") > seg.count("”"):
        return None  # (inside a quotation the verb has a subject of the quoted words)
    k = cut
    v = toks[k].norm
    v1 = v[1:] if v[:1] in "وف" and v[1:] in speech else v
    if speech.get(v1) != "say" or v1[:1] in "مق" and v1.endswith(("ا", "ه")) or v1.startswith("ن"):
        return None  # (مؤكدا، قائلة: a participle hangs on a verb before it; نقلت: told from someone else)
    if agr_of(v1) != agr or v1.endswith(("نا", "تم")):
        return None  # (قلنا، أكدنا: the first person)
    # its words right after it: a quote mark or a colon, or a complementizer within four words with no party before it
    if _OPEN_WORDS.search(text[toks[k].end:toks[k + 1].start]):
        return k
    for j in range(k + 1, min(len(toks), k + 5, ts)):
        if any(g["s"] == j for g in groups):
            return None
        if toks[j].norm in _COMP or toks[j].norm == "ان" and j > k + 1 and toks[j - 1].norm == "الى":
            return k
        if _OPEN_WORDS.search(text[toks[j].end:toks[j + 1].start]) and ":" in text[toks[j].end:toks[j + 1].start]:
            return k
    return None
