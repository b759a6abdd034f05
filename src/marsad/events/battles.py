"""Battles told by a noun between two named armed sides (recall audit 6).

Arabic news tell most fighting by a noun, not a verb: "اندلعت اشتباكات بين قوات الأمن الإيرانية ومسلحين"، "وسط معارك
عنيفة مع ميليشيات الحوثيين"، "عقب اشتباكات عنيفة مع ميليشيا الحوثي"، "إثر معارك ضارية مع مقاتلي تنظيم الدولة
الإسلامية". The coder reads both sides (``EventStage._event``: the subject of the clause and the party after مع, or the
two after بين) and marks the noun as a battle (``strikes.launch_pin`` → "fight"); the sentence classifier, trained on
single sentences of the PLOVER gold, leaves many of them far below its threshold (a battle noun in a clause about an
advance, a capture, an announcement). With both sides named armed bodies the sentence tells an attack beyond doubt:
the event is pinned against the classifier's veto (``EventStage._decide``). Not pinned: a side that is only a
generic noun of forces with no country (قوات، القوات، مسلحين), a state named as a side (its patron role: "الموالية
لإيران"), a side that is both (one party fighting itself), and negated or hypothetical readings (left as they are).
"""
from __future__ import annotations


def _armed_named(i, ents) -> bool:
    x = ents.get(i) or {}
    if x.get("sector") not in ("MIL", "REB", "COP") or x.get("status") == "nominal":
        return False
    # a named body (in the KB) or a force of a known country ("قوات الأمن الإيرانية")
    return bool(x.get("country") or x.get("kb_id") or x.get("wikidata"))


def both_named(ev, ents) -> bool:
    """Are the event's actors and recipients all named armed bodies (a battle between two real sides)?"""
    a, r = ev.get("actors") or [], ev.get("recipients") or []
    if not a or not r or set(a) & set(r):
        return False
    def side(ids):  # every party of the side fights; one at least is named (a body of the KB or of a known country)
        return all((ents.get(i) or {}).get("sector") in ("MIL", "REB", "COP") and (ents.get(i) or {}).get("status")
                   != "nominal" for i in ids) and any(_armed_named(i, ents) for i in ids)
    return side(a) and side(r)
