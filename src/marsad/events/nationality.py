"""Nationality adjectives (demonyms) on the right side of an event (track s20nat).

answered_act: a hostile act noun answered by a reply ("ردا على التهديدات الأمريكية"، "في رد مباشر على سلسلة تهديدات
عسكرية روسية") is the act of the state its nationality adjective names; the one who replies (the sentence's subject,
read by the coder as the actor) is its target. The coder read the replying subject as the act's author and the
adjective as its recipient: "بدأ أكثر من 100 جندي أمريكي عملية ... في رد مباشر على سلسلة تهديدات عسكرية روسية"
(Russia threatened; the Americans answered). The words are data/wordsets.tsv reprisal/reply, reply_adj, series.
"""
from __future__ import annotations

from .lexicon import word_set

_REPLY = word_set("reprisal", "reply")
_REPLY_ADJ = word_set("reprisal", "reply_adj")
_SERIES = word_set("reprisal", "series")
_ANSWERED_TYPES = frozenset(("THREATEN", "ASSAULT", "SANCTION", "COERCE", "ACCUSE"))


def _replied(toks, ts) -> bool:
    """Is the act noun at ts the object of a reply: (رد|ردا|الرد) [adjective] على [سلسلة] NOUN?"""
    k = ts - 1
    if k >= 0 and toks[k].norm in _SERIES:
        k -= 1
    if k < 1 or toks[k].norm != "علي":
        return False
    k -= 1
    if toks[k].norm in _REPLY_ADJ and k >= 1:
        k -= 1
    return toks[k].norm in _REPLY


def _adjective_states(toks, ments, te, nationality) -> list:
    """The nationality adjectives right after the act noun, past at most two other adjectives (عسكرية، الجوية،
    الاقتصادية) and joined by و (الأمريكية والبريطانية): their entity ids, else []."""
    at = {x.s: x for x in ments}
    k, skipped = te, 0
    while k < len(toks) and k not in at and skipped < 2:
        w = toks[k].norm
        if not (w.endswith(("يه", "ي")) and len(w) > 3 and w[:1] not in "وبلف"):
            return []  # (not an adjective: "العقوبات على روسيا", "تهديدات ترامب")
        k, skipped = k + 1, skipped + 1
    ids = []
    while k in at and nationality(toks, at[k]) and at[k].country:
        x = at[k]
        if x.eid not in ids:
            ids.append(x.eid)
        k = x.e
        if not (k in at and toks[k].norm.startswith("و")):
            break
    return ids


def answered_act(st, ev, m, nationality) -> None:
    """The state named by the nationality adjective of an act noun answered by a reply is its author, and the one
    who replies its target (see the module doc). Changes ev in place."""
    if ev["type"] not in _ANSWERED_TYPES or not st.ments or ev.get("negated"):
        return
    toks, ts, te = st.toks, m.start_tok, m.end_tok
    if not _replied(toks, ts):
        return
    authors = _adjective_states(toks, sorted(st.ments, key=lambda x: x.s), te, nationality)
    if not authors or set(authors) <= set(ev.get("actors") or []):
        return
    old = [a for a in (ev.get("actors") or []) if a not in authors]
    ev["recipients"] = old + [r for r in (ev.get("recipients") or []) if r not in authors and r not in old]
    ev["actors"] = authors
