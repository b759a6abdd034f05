"""A rights monitor's report of a harm done by a named party is an accusation (session 32, track s32accuse).

"قالت منظمة هيومن رايتس ووتش إن السعودية نفذت حكم الإعدام في 48 شخصا"، "أفادت هيومن رايتس ووتش بأن السلطات السعودية
اعتقلت ناشطتين"، "قالت منظمة العفو الدولية إن جنودا نيجيريين ارتكبوا جرائم اغتصاب": a human-rights organisation (a
named non-governmental or international body whose name holds a word of its trade: data/wordsets.tsv monitor/name)
that reports, in a reported clause or a quote, an attack or a coercion (an ASSAULT or COERCE event the sentence holds,
told as done) by another named party accuses that party (ACCUSE, mode allege: the organisation -> the act's authors),
with no verb of accusing. Such bodies report wrongs to charge them; the same clause told by a government, a witness or
an agency is a report of facts, not read here. A casualty monitor whose counts the news gives as its own facts
(monitor/source: "قال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت") is no accuser here. Corpus: 53 sentences
"قالت/ذكرت/أفادت/كشفت/أكدت منظمة العفو الدولية|هيومن رايتس ووتش|... لحقوق الإنسان ... إن/أن" in the 31k articles,
most of them a harm told of a state's authorities, forces or an armed group.
"""
from __future__ import annotations

from ..lang.ar import normalize
from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import word_set

_NAME = word_set("monitor", "name")
_SOURCE = tuple(sorted(word_set("monitor", "source")))
_ACTS = ("ASSAULT", "COERCE")


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


def reported_harms(stage, doc, sents, st, events, quotes, pub) -> list:
    """The accusations of sentence ``st`` that a rights monitor's reported clause makes of the authors of the attacks or
    coercions the sentence's events tell (none where the sentence already holds an ACCUSE event)."""
    mine = [e for e in events if e["_sent"] == st.i]
    if not mine or any(e["type"] == "ACCUSE" for e in mine):
        return []
    acts = [e for e in mine if e["type"] in _ACTS and e["actors"] and not e["negated"] and not e["hypothetical"]]
    if not acts:
        return []
    text = doc["text"]
    toks = st.toks
    by_id = stage._dp.by_id
    for ev in acts:
        k = _tok_at(toks, ev["trigger"]["start"])
        if k is None:
            continue
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
        recips = [a for a in ev["actors"] if a != speaker
                  and (by_id.get(a) or {}).get("sector") not in ("CVL", "MED", "NGO")
                  and (not stage._unnamed(a) or (by_id.get(a) or {}).get("country"))]
        if not recips:
            continue
        te = next((j + 1 for j in range(k, len(toks)) if toks[j].end >= ev["trigger"]["end"]), k + 1)
        negated, hyp, hist = stage._factuality(st, k, te, guess_ok=True)
        if negated or hyp:
            continue
        t1 = toks[te - 1].end
        date, date_text, dhist, _ = stage._date(doc, sents, st, k, te, t0, t1, pub, "ACCUSE")
        acc = {"id": "", "type": "ACCUSE", "mode": "allege", "context": stage._contexts(st, "ACCUSE"),
               "actors": [speaker], "recipients": recips, "location": None,
               "date": date, "date_text": date_text, "negated": False, "hypothetical": False,
               "historical": hist or dhist or ev["historical"], "sentence": text[st.start:st.end],
               "start": st.start, "end": st.end, "trigger": {"text": text[t0:t1], "start": t0, "end": t1},
               "confidence": 0.55, "_sent": st.i, "_implicit": True}
        stage._recent_events.append(acc)
        return [acc]
    return []
