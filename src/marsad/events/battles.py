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

from ..lang.ar import normalize
from .lexicon import word_set

_CLASH_ADJ = word_set("clash", "adjective")  # (the adjectives of a clash noun: "معارك عنيفة مع")


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


_CIRCUMSTANCE = word_set("battle", "circumstance")
_ONGOING = word_set("battle", "ongoing")


def clause_fighter(text, toks, groups, ts, te, recips, ents) -> list:
    """The other side of a battle noun told as the circumstance of its clause's act, the party after مع being the
    one side ("أحرز الجيش السوري تقدما ... إثر معارك عنيفة مع مقاتلي تنظيم الدولة"، "أعلن الجيش اليمني عن إحرازه
    تقدما ... عقب معارك عنيفة مع ميليشيا الحوثي"، "حققت قوات الشرعية تقدما ... وسط معارك عنيفة مع ميليشيات
    الحوثيين"): the clause's subject, when it is the sentence's first party (within its first four words) and a named
    armed body, the noun right after إثر / عقب / بعد / وسط / خلال (or after استمرار، تواصل), and its مع-party the
    event's recipients. [] when not so."""
    from . import strikes as _strikes
    from . import stage as _st
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وب" and len(w) > 5 else w
    if w not in _strikes._FIGHTS:
        return []
    k = ts - 1
    if k >= 0 and toks[k].norm in _ONGOING:
        k -= 1
    if k < 0 or toks[k].norm not in _CIRCUMSTANCE:
        return []
    j = ts + 1
    while j < len(toks) and j - ts <= 3 and toks[j].norm in _CLASH_ADJ:
        j += 1
    if j >= len(toks) or toks[j].norm != "مع" or not any(
            g["ids"] == list(recips) and j < g["s"] <= j + 3 or g["s"] == j and g["prep"] == "مع" and g["ids"] == list(recips)
            for g in groups):
        return []  # (the recipients are the party after مع: "مع مقاتلي تنظيم الدولة")
    first = next((g for g in groups if g["prep"] is None), None)
    if first is None or first["s"] > 4 or first["e"] > k or set(first["ids"]) & set(recips) \
            or _st._full_stop_between(text, toks, first["e"], ts):
        return []
    if not all(_armed_named(i, ents) for i in first["ids"]):
        return []
    return list(first["ids"])


_PROTESTERS = tuple(sorted(word_set("battle", "protester")))


def police_and_crowd(ev, ents) -> bool:
    """A clash between security forces and protesters ("ووقعت اشتباكات بين قوات الأمن ومحتجين"، "اندلعت اشتباكات بين
    قوات الأمن الإيرانية ومحتجين"): one side all police, security or army (COP, MIL), the other all protesters (a
    crowd named so). The gold codes such clashes as ASSAULT (PROTEST accepted): pinned like a battle."""
    a, r = ev.get("actors") or [], ev.get("recipients") or []
    if not a or not r or set(a) & set(r):
        return False

    def forces(ids):
        return all((ents.get(i) or {}).get("sector") in ("COP", "MIL") for i in ids)

    def crowd(ids):
        return all(any(w in normalize((ents.get(i) or {}).get("name_ar") or (ents.get(i) or {}).get("name") or "")
                       for w in _PROTESTERS) for i in ids)
    return forces(a) and crowd(r) or crowd(a) and forces(r)


def crowd_first(ev, ents) -> bool:
    """A clash noun that names protesters first and the security forces second ("تجددت المواجهات بين المتظاهرين
    الفلسطينيين والجيش الإسرائيلي"، "اشتباكات بين محتجين والشرطة"): the gold codes the forces as the side that
    assaults the crowd (ASSAULT army -> protesters), whatever the order of بين (s32sides). The test of police_and_crowd,
    one way only."""
    a, r = ev.get("actors") or [], ev.get("recipients") or []
    return bool(a and r) and not set(a) & set(r) and police_and_crowd(ev, ents) \
        and all((ents.get(i) or {}).get("sector") in ("COP", "MIL") for i in r)


_REPEL = word_set("battle", "repel")
_REPELLED_NOUNS = word_set("battle", "repelled")


_AIMED = word_set("battle", "aimed")


def repelled(text, toks, groups, ts, te, actors, ents, recips=()):
    """The defender of an attack its clause says was repelled or foiled ("وأحبطت القوات الشرعية هجوما لميليشيات الحوثي
    استهدف موقع الدفاع"، "تصدت قوات الجيش الوطني لهجوم حوثي"، "صدت قوات الجيش هجوما"): the subject of the verb of
    repelling (right after it, or right before it) when it is a named armed body, and the attackers: the ones read
    (the noun's لـ-owner, its agent), else a party named right after the noun (its adjective: حوثي). (attackers,
    defenders) or None. The attack happened (it was met); the defenders are its target."""
    from . import stage as _st
    w = toks[ts].norm
    w = w[1:] if w[:1] in "ول" and w[1:] in _REPELLED_NOUNS else w
    if w not in _REPELLED_NOUNS:
        return None
    v = next((k for k in range(ts - 1, max(-1, ts - 8), -1) if toks[k].norm.lstrip("وف") in _REPEL), None)
    if v is None or _st._strong_between(text, toks, v + 1, ts):
        return None
    subj = next((g for g in groups if g["prep"] is None and v < g["s"] and g["e"] <= ts), None)
    if subj is None:
        subj = next((g for g in groups[::-1] if g["prep"] is None and g["e"] <= v and v - g["e"] <= 1
                     and not _st._strong_between(text, toks, g["e"], v)), None)
    if subj is None or not all(_armed_named(i, ents) for i in subj["ids"]):
        return None
    if recips and not set(recips) <= set(subj["ids"]):
        return None  # (the attack's own target was read)
    for k in range(te, min(len(toks), te + 6)):
        if toks[k].norm in _AIMED and any(k < g["s"] <= k + 4 and not set(g["ids"]) & set(subj["ids"])
                                          and not set(g["ids"]) & set(actors) for g in groups):
            return None  # the attack names its own target ("هجوما للحوثيين استهدف ناقلة نفط سعودية"): the foiling
            # side is no target of it
    att = [i for i in actors if i not in subj["ids"]]
    if not att:
        g = next((g for g in groups if g["s"] == te and g["prep"] is None), None)
        att = [i for i in (g["ids"] if g else []) if i not in subj["ids"]]
    if not att or not all(_armed_named(i, ents) for i in att):
        return None
    return att, list(subj["ids"])


INTERCEPT = word_set("battle", "intercept", "intercept_noun")  # (read by stage._event too: one name each)
_INTERCEPT_NOUNS = word_set("battle", "intercept_noun")
PROJECTILES = word_set("battle", "projectile")
_DRONE = word_set("battle", "drone")
_NEW_CLAUSE = word_set("battle", "new_clause")


def intercepted(text, toks, groups, ts, te, ents):
    """The sides of a projectile its clause says was intercepted, downed, detected or destroyed in the air ("اعترضت قوات
    الدفاع الجوي السعودية صاروخا باليستيا أطلقه حوثيون على مدينة نجران"، "رصدت قوات الدفاع الجوي الملكي السعودي، في
    الساعة العاشرة ...، صاروخا باليستيا، أطلقته ميليشيات الحوثي"، "إسقاط قوات الدفاع الجوي الملكي السعودي طائرتين بدون
    طيار"، "أعلنت المملكة العربية السعودية اعتراض صاروخ بالستي"، "عن تدمير صاروخين إسرائيليين"): the side that met it (the
    verb's subject, the verbal noun's genitive or announcer: a state, or an armed or official body of a state) was the
    target, never the author; the author is the party a resumptive verb of launching names after the projectile
    (أطلقه X) or the projectile's nationality adjective (of another state), else unnamed. (attackers, defenders) or None."""
    from . import stage as _st
    n = len(toks)
    w = toks[ts].norm.lstrip("وبل")
    w = w[2:] if w.startswith("ال") and w[2:] in PROJECTILES else w
    if w not in PROJECTILES:
        return None
    if w.startswith("طاير") and not any(toks[k].norm in _DRONE for k in range(ts + 1, min(n, ts + 3))):
        return None  # (a plane: not a projectile)
    v = next((k for k in range(ts - 1, max(-1, ts - 16), -1) if toks[k].norm.lstrip("وف") in INTERCEPT
              or toks[k].norm.lstrip("وف").startswith("عن") and toks[k].norm.lstrip("وف")[2:] in INTERCEPT), None)
    if v is None or _st._full_stop_between(text, toks, v + 1, ts) or any(
            toks[k].norm in _NEW_CLAUSE or toks[k].norm.lstrip("وبل").removeprefix("ال") in PROJECTILES
            for k in range(v + 1, ts)):
        return None
    if ts - v > 1 and not any(g["s"] <= ts - 1 < g["e"] for g in groups) \
            and _st._STRONG.search(text, toks[ts - 1].start, toks[ts].start) is None:
        return None  # (a word that is no party right before the projectile, with no aside in commas: another object,
        # "دمرت طائرات التحالف عربة صواريخ")

    def defender(g):
        return all((ents.get(i) or {}).get("type") == "GPE" or (ents.get(i) or {}).get("country") and (
            (ents.get(i) or {}).get("sector") in ("MIL", "COP", "GOV") or (ents.get(i) or {}).get("type") == "NORP")
            for i in g["ids"])  # (a force named by its nationality: "قوات الدفاع الجوي الملكي السعودي")

    noun = toks[v].norm.lstrip("وف").removeprefix("عن") in _INTERCEPT_NOUNS
    d = next((g for g in groups if g["prep"] is None and v < g["s"] < ts), None)
    if d is None:
        # the subject before the verb ("قوات الدفاع الجوي السعودية اعترضت"), or the announcer of the verbal noun
        # ("أعلنت المملكة العربية السعودية اعتراض صاروخ"، "قبل أن تعلن ... عن تدمير")
        d = next((g for g in groups[::-1] if g["prep"] is None and g["e"] <= v and v - g["e"] <= (2 if noun else 1)
                  and not _st._full_stop_between(text, toks, g["e"], v)), None)
    if d is None and noun:
        # the passive's agent after the projectile ("تم اعتراض الصاروخ وتدميره من قبل قوات الدفاع الجوي الملكي السعودي")
        k = next((k for k in range(te, min(n - 1, te + 4)) if toks[k].norm == "من" and toks[k + 1].norm == "قبل"), None)
        d = next((g for g in groups if k is not None and k + 2 <= g["s"] <= k + 3), None)
    if d is None or not defender(d):
        return None
    own = {(ents.get(i) or {}).get("country") for i in d["ids"]} - {None}
    att = []
    for k in range(te, min(n, te + 4)):
        if _st._launch(toks, k) and toks[k].norm.endswith(("ه", "ها")):
            a = next((g for g in groups if g["prep"] is None and k < g["s"] <= k + 2), None)
            att = list(a["ids"]) if a is not None else []
            break
        if _st._STRONG.search(text, toks[k - 1].end if k > te else toks[te - 1].end, toks[k].start) and k > te + 1:
            break
    if not att:
        a = next((g for g in groups if g["prep"] is None and te <= g["s"] <= te + 1), None)
        if a is not None and all((ents.get(i) or {}).get("type") == "NORP" and (ents.get(i) or {}).get("country")
                                 for i in a["ids"]):
            att = list(a["ids"])  # "صاروخين إسرائيليين"
    if set(att) & set(d["ids"]) or {(ents.get(i) or {}).get("country") for i in att} & own:
        return None
    return att, list(d["ids"])
