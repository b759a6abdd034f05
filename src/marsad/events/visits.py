"""The place a visit goes to is no visitor (events stage, after merging).

"فإن هوك زار برلين الخميس"، "أن كيم زار الصين"، "ولي العهد السعودي أن زار مصر"، "المفوض الأوروبي الذي يزور إيران
حاليا": the country, city or place right after a verb of visiting is the host, the object of the verb. A meeting
coded with it as actor (the subject before the verb not being read as a party) takes it as the host and takes as
visitor the party named right before the verb (its subject, or the antecedent of الذي/التي); with no visitor
named, a visit is no interaction between two parties and is dropped."""
from __future__ import annotations

import re

from ..lang.ar import clitic_in, normalize
from .lexicon import word_set

_VISIT = word_set("visits", "visit")
_PLACE = frozenset(("GPE", "LOC", "FAC"))
_GAP_AFTER = re.compile(r"\s*\Z")
_GAP_BEFORE = re.compile(r"[\s،,]*(?:(?:الذي|التي|الذين|اللذين|اللتين|قد|أن|ان)\s+)?\Z")


def _visit_verb(word: str) -> bool:
    w = normalize(word)
    return clitic_in(w, _VISIT)


def visit_with_object(word: str) -> bool:
    """A verb of visiting with its object pronoun (يزورها، زاره، زارها، تزوره): the place or person visited is the
    antecedent the pronoun takes up."""
    w = normalize(word)
    w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
    return any(w.endswith(suf) and len(w) > len(suf) + 2 and (w[:-len(suf)] in _VISIT or w[:-len(suf)] + "ا" in _VISIT)
               for suf in ("هما", "هم", "ها", "ه"))


def _spans(by_id: dict, eid: str):
    for m in (by_id.get(eid) or {}).get("mentions") or []:
        if isinstance(m, dict) and "start" in m and "end" in m:
            yield int(m["start"]), int(m["end"])


def hosts_of_visits(events: list, by_id: dict, text: str) -> list:
    out = []
    for ev in events:
        trig = ev.get("trigger") or {}
        if ev["type"] != "CONSULT" or not ev["actors"] or not _visit_verb(trig.get("text") or ""):
            out.append(ev)
            continue
        ts, te = int(trig["start"]), int(trig["end"])
        hosts = [a for a in ev["actors"] if (by_id.get(a) or {}).get("type") in _PLACE and any(
            0 < s - te <= 3 and _GAP_AFTER.match(text, te, s) for s, _e in _spans(by_id, a))]
        if not hosts:
            out.append(ev)
            continue
        sent_start = int(ev.get("start") or 0)
        visitor = next((eid for eid in by_id if eid not in hosts and any(
            sent_start <= s and e <= ts and ts - e <= 12 and _GAP_BEFORE.match(text, e, ts)
            for s, e in _spans(by_id, eid))), None)
        actors = [a for a in ev["actors"] if a not in hosts]
        if visitor is not None and visitor not in actors:
            actors = [visitor] + actors
        if not actors:
            continue
        ev["actors"] = actors
        ev["recipients"] = hosts + [r for r in ev["recipients"] if r not in hosts and r not in actors]
        out.append(ev)
    return out
