"""A rights monitor's report of a harm done by a named party is an accusation (session 32, track s32accuse).

"قالت منظمة هيومن رايتس ووتش إن السعودية نفذت حكم الإعدام في 48 شخصا"، "أفادت هيومن رايتس ووتش بأن السلطات السعودية
اعتقلت ناشطتين"، "قالت منظمة العفو الدولية إن جنودا نيجيريين ارتكبوا جرائم اغتصاب": a human-rights organisation (a
named non-governmental or international body whose name holds a word of its trade: data/wordsets.tsv monitor/name)
that reports, in a reported clause or a quote, an attack, a coercion or a punishment (an ASSAULT, COERCE or SANCTION
event the sentence holds, told as done; or a verb of harm the coder reads no event for, monitor/harm: أوقفت، هدمت، نفذت
حكم الإعدام) by another named party, told as the clause's own party (not under a preposition: "الحملة العسكرية ضد
تنظيم الدولة"), accuses that party (ACCUSE, mode allege: the organisation -> the act's authors),
with no verb of accusing. Such bodies report wrongs to charge them; the same clause told by a government, a witness or
an agency is a report of facts, not read here. A casualty monitor whose counts the news gives as its own facts
(monitor/source: "قال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت") is no accuser here. Corpus: 53 sentences
"قالت/ذكرت/أفادت/كشفت/أكدت منظمة العفو الدولية|هيومن رايتس ووتش|... لحقوق الإنسان ... إن/أن" in the 31k articles,
most of them a harm told of a state's authorities, forces or an armed group.
"""
from __future__ import annotations

from itertools import compress, count

from ..lang.ar import TOKEN_NORM, clitic_in, normalize
from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import word_set

_NAME = word_set("monitor", "name")
_SOURCE = tuple(sorted(word_set("monitor", "source")))
_ACTS = ("ASSAULT", "COERCE", "SANCTION")
_HARM = word_set("monitor", "harm")
_CARRY = word_set("monitor", "carry")
_CARRIED = word_set("monitor", "carried")
_UNDER = word_set("monitor", "under")
# every word form _harm_at can read a harm at: a harm or carry verb, as written or with و/ف before it (_strip_wf strips
# one); a token whose form is none of these is no harm, and the scan passes it over in one C-level pass (s33speed)
_OPENERS = frozenset(c + w for w in _HARM | _CARRY for c in ("", "و", "ف"))


def _monitor(ent: dict) -> bool:
    """A named human-rights body: an NGO or an international body whose Arabic name holds a word of the trade."""
    if ent.get("type") != "ORG" or ent.get("status") != "named" or ent.get("sector") not in ("NGO", "IGO"):
        return False
    name = normalize(ent.get("name_ar") or "")
    if not name or name.startswith(_SOURCE):
        return False
    return any(w in _NAME for w in name.split())


def _tok_at(toks, start):
    return next((k for k, t in enumerate(toks) if t.start <= start < t.end), None)


def _harm_at(toks, k) -> int | None:
    """The end of a harm verb at token k (monitor/harm, or monitor/carry with its object: نفذت حكم الإعدام); else None."""
    w = toks[k].norm
    w1 = _st._strip_wf(w)
    if w in _HARM or w1 in _HARM:
        return k + 1
    if (w in _CARRY or w1 in _CARRY) and k + 1 < len(toks):
        nxt = toks[k + 1].norm
        if clitic_in(nxt, _CARRIED, "ب"):
            return k + 2
    return None


def reported_harms(stage, doc, sents, st, events, quotes, pub) -> list:
    """The accusation of sentence ``st`` that a rights monitor's reported clause makes of the author of an attack, a
    coercion or a sanction the sentence's events tell, or of the subject of a harm verb (monitor/harm) where none is
    told (none where the sentence already holds an ACCUSE event)."""
    mine = [e for e in events if e["_sent"] == st.i]
    if any(e["type"] == "ACCUSE" for e in mine):
        return []
    toks = st.toks
    cands = []  # (first token, end token, the accused)
    for ev in mine:
        if ev["type"] in _ACTS and ev["actors"] and not ev["negated"] and not ev["hypothetical"]:
            k = _tok_at(toks, ev["trigger"]["start"])
            if k is not None:
                te = next((j + 1 for j in range(k, len(toks)) if toks[j].end >= ev["trigger"]["end"]), k + 1)
                cands.append((k, te, list(ev["actors"])))
    text = doc["text"]
    groups = None
    for k in compress(count(), map(_OPENERS.__contains__, map(TOKEN_NORM, toks))):  # (the tokens _harm_at may read)
        te = _harm_at(toks, k)
        if te is None or any(a <= k < b for a, b, _ in cands):
            continue
        if groups is None:
            groups = _st._free_groups(text, toks, st)
        g = _st._wrongdoer(text, toks, groups, k)
        if g is not None:
            cands.append((k, te, list(g["ids"])))
    if not cands:
        return []
    by_id = stage._dp.by_id
    for k, te, doers in sorted(cands, key=lambda c: c[0]):
        t0 = toks[k].start
        q = next((q for q in quotes if q["start"] <= t0 < q["end"] and q.get("speaker")), None)
        if q is not None:
            speaker = q["speaker"]
        else:
            speaker, verb = stage._speaker_near(text, st, 0, k, None, stage.lex.implicit.say, 24)
            if speaker is None or verb is None or not any(
                    toks[j].norm in _st._COMPLEMENTIZERS for j in range(verb + 1, k)):
                continue  # no reported clause: the narrator's own telling
            if _st._full_stop_between(text, toks, verb, k):
                continue
        if not _monitor(by_id.get(speaker) or {}):
            continue
        # the accused is told as the clause's own party, after its إن/أن (before the act or in the act's own phrase:
        # "إن الهجمات الأخيرة التي قام بها الرئيس الفلبيني"), not under a preposition
        # within two words ("وذكر التقرير أن الحملة العسكرية ضد فرع تنظيم الدولة ... فرضت قيودا": the group fought, not
        # the one accused)
        c0 = max(j for j in range(verb + 1, k) if toks[j].norm in _st._COMPLEMENTIZERS) if q is None else \
            next((j for j in range(k + 1) if toks[j].start >= q["start"]), k) - 1
        told = {m.eid for m in st.ments or () if c0 < m.s < te + 8
                and not any(toks[j].norm in _UNDER for j in range(max(c0 + 1, m.s - 2), m.s))
                and not _st._full_stop_between(text, toks, k, m.s)
                and not (toks[m.s].norm[:1] in "بل" and not toks[m.s].norm.startswith("ال"))}
        doers = [a for a in doers if a in told]
        recips = [a for a in doers if a != speaker
                  and (by_id.get(a) or {}).get("sector") not in ("CVL", "MED", "NGO")
                  and (by_id.get(a) or {}).get("type") not in ("LOC", "FAC")
                  and (not stage._unnamed(a) or (by_id.get(a) or {}).get("country"))]
        if not recips:
            continue
        negated, hyp, hist = stage._factuality(st, k, te, guess_ok=True)
        if negated or hyp:
            continue
        t1 = toks[te - 1].end
        return [stage.implicit_accuse(doc, sents, st, (k, te), (t0, t1), pub, [speaker], recips, hist)]
    return []
