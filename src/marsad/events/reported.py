"""The speaker of a reporting verb is no doer of the act it reports (session 34, track s34report).

"أعلنت قيادة الحشد الشعبي في بيان أن طائرة أمريكية ضربت مقرا ..."، "قال مدير مركز الاتصال في منظمة الخوذ البيضاء،
أحمد الشيخو، إن 27 شخصاً لقوا حتفهم جراء الضربات الجوية": the party named between a finite verb of saying
(wordsets clause/other_speaker) and the complementizer (reported/complementizer, with no pronoun: "أنه ضرب" is the
speaker's own act) is the source, not the attacker, when the clause opens on another subject:

* a party the text names there (طائرة أمريكية: the United States), of another state than the speaker's: it replaces
  the speaker;
* an attack noun (غارات، الضربات الجوية: strike_refs.tsv) or a count of people (27 شخصاً، عشرات المدنيين): the doer is
  unknown; the speaker is dropped.

Kept: a speaker named again inside an agentless clause ("إن الضربات الجوية التي نفذها التحالف"); a clause that opens on a
possessive of the speaker (قواته، بلاده، جنودها) or on an agentless passive (تم اعتقال: the police telling its own
arrest); a speaker of the same state as the named subject (وزارة الخارجية الروسية ... إن موسكو). Only the conflict
acts (ASSAULT, COERCE, MOBILIZE, SANCTION): an accusation, a demand or a threat in words is the speaker's."""
from __future__ import annotations

from ..lang.ar import clitic_in
from .lexicon import trigger_span as _trigger_span, word_set
from . import strikes as _strikes

_TYPES = frozenset(("ASSAULT", "COERCE", "MOBILIZE", "SANCTION"))
_SAY = word_set("clause", "other_speaker")
_COMP = word_set("reported", "complementizer")
_SELF = word_set("clause", "self_subject") | word_set("clause", "that_pron")
_OWN_PASSIVE = word_set("reported", "own_passive")
_COUNT = word_set("reported", "count")
_STOPS = (".", "؛", ";", ":", "!", "?", "؟", "\n")
_QUOTES = "\"'«»“”"


def _possessive(raw: str) -> bool:
    """قواته، بلاده، جنودها، عناصرهم (as written: a ة is no pronoun)."""
    w = raw.strip(_QUOTES)
    return len(w) > 3 and (w.endswith("ه") or w.endswith("ها") or w.endswith("هم"))


def _stop_after(text, toks, k) -> bool:
    """A sentence or clause stop (_STOPS) between token k and the next."""
    return any(p in text[toks[k].end:toks[k + 1].start] for p in _STOPS)


def reported_doers(stage, events: list, by_id: dict) -> list:
    text = stage._text
    for e in events:
        if e["type"] not in _TYPES or not e["actors"]:
            continue
        st = stage._sents[e["_sent"]]
        toks, ments = st.toks, getattr(st, "ments", None)
        if not ments:
            continue
        ts, te = _trigger_span(toks, e)
        if ts is None:
            continue
        # the nearest complementizer before the trigger, within its sentence
        c = None
        for k in range(ts - 1, -1, -1):
            if k + 1 < len(toks) and _stop_after(text, toks, k):
                break
            w = toks[k].norm.strip(_QUOTES)
            if w in _SELF:
                break  # "أنه ضرب": the speaker's own act
            if w in _COMP:
                c = k
                break
        if c is None:
            continue
        # the verb of saying that governs it: at most 20 words before, no stop between
        v = None
        for k in range(c - 1, max(-1, c - 21), -1):
            if _stop_after(text, toks, k):
                break
            if clitic_in(toks[k].norm, _SAY):
                v = k
                break
        if v is None:
            continue
        o = c + 1  # the word that opens the clause
        if o >= ts:
            continue
        if toks[o].norm.strip(_QUOTES) in _OWN_PASSIVE or _possessive(text[toks[o].start:toks[o].end]):
            continue
        inside = {m.eid for m in ments if m.s > c}
        if any(toks[k].norm.strip(_QUOTES) in _COMP for k in range(v + 1, c)):
            continue  # "قال البيت الأبيض إن بنس أبلغ السيسي بأن": the complementizer of another verb
        speakers = [a for a in e["actors"] if any(m.eid == a and v < m.s < c for m in ments)]
        if not speakers:
            continue
        w = toks[o].norm.strip(_QUOTES)
        count = w[:1].isdigit() or w in _COUNT
        subj = None if count else next((m for m in ments if m.s == o and m.eid not in e["recipients"]
                                        and m.kind in ("ORG", "GPE", "NORP", "PERSON")), None)
        if subj is not None:
            # the speaker named again in the trigger's own clause, past the last comma ("إن شخصا لقي حتفه، ...
            # وتمكنت الشرطة من قتل المهاجم": the police's act)
            cut = max((k for k in range(o, ts) if "،" in text[toks[k].end:toks[k + 1].start]
                       or "," in text[toks[k].end:toks[k + 1].start]), default=None)
            if subj.eid in e["actors"] or cut is not None and any(
                    m.eid in speakers and cut < m.s <= ts for m in ments):
                continue
            sc = (by_id.get(subj.eid) or {}).get("country")
            if sc and any((by_id.get(a) or {}).get("country") == sc for a in speakers):
                continue  # "الخارجية الروسية ... إن موسكو": the same side
            e["actors"] = [a for a in e["actors"] if a not in speakers] + [subj.eid]
            continue
        if count or _strikes.noun_at(toks, o) is not None:
            # (a speaker named again in the clause is kept: "إن الضربات الجوية التي نفذها التحالف")
            e["actors"] = [a for a in e["actors"] if a not in speakers or a in inside]
    return events
