"""The enemy of the story: a military operation told with its author but no target.

"نفذت قوات التحالف العربي ... عملية نوعية مباغتة في مركز مديرية الدريهمي"، "العملية العسكرية في الحديدة، والتي أطلقتها
قوات الجيش اليمني"، "شن الجيش وبإسناد من التحالف العربي هجوما واسعا": an armed force's operation named only by its place
is aimed at the side the force fights in the rest of the story. The sentence alone is a weak reading (no target) that the
classifier usually vetoes; when the document's other attacks give the force exactly one enemy (the target of its other
attacks, or the author of attacks on it), the operation is an attack on that enemy, told as done.
"""
from __future__ import annotations

from ..lang.ar import normalize
from .control import _ally
from .lexicon import word_set

_OPERATION = word_set("operation", "word")  # (data/wordsets.tsv)
_ARMED_SECTORS = ("MIL", "REB")


def armed(ids, by_id) -> bool:
    """Are all of the parties ids (some) states or armed forces or groups?"""
    return bool(ids) and all((x := by_id.get(i) or {}).get("type") == "GPE" or x.get("sector") in _ARMED_SECTORS
                             for i in ids)


def candidate(e: dict, by_id: dict) -> bool:
    """An operation with its armed author and no target, factual, that the sentence alone does not keep."""
    if e["type"] != "ASSAULT" or e["negated"] or e["hypothetical"] or e.get("_donor") or e["recipients"]:
        return False
    if not (e.get("_veto") or e.get("_weak")) or not armed(e["actors"], by_id):
        return False
    if e.get("_taken"):
        return True  # a town announced as taken by the force (control._announced), its side not named
    w = normalize(e["trigger"]["text"].split()[0]).lstrip("وف")
    return any(v in _OPERATION for v in (w, w.removeprefix("ب"), w.removeprefix("ل"), w.removeprefix("ال"),
                                          w.removeprefix("بال"), w.removeprefix("لل")))


def allies_in(st, by_id) -> set:
    """The armed parties a sentence names as backers ("بإسناد ومشاركة القوات الإماراتية"، "بدعم التحالف العربي"،
    "العاملة ضمن التحالف العربي"): the side of the force the sentence tells of (s21enemy)."""
    return {m.eid for m in getattr(st, "ments", None) or () if _ally(st.toks, m.s) and armed([m.eid], by_id)}


def drop_ally_targets(st, ev: dict, by_id: dict, te: int, text: str) -> None:
    """"قوات المقاومة المشتركة التي تشن عملية واسعة بالساحل الغربي، بإسناد ومشاركة القوات الإماراتية"، "وتحاصر القوات
    اليمنية المشتركة، بدعم التحالف العربي، الميليشيات": a party named only as the armed author's backer is its ally, never
    the target of its attack or siege; it is taken off the recipients and kept as the author's ally, and an armed side
    right after the backing phrase (its object: "الميليشيات"، "عناصر ميليشيات الحوثي"; a force or an armed group, not a
    place of the backer's name: "تحالف دعم الشرعية في اليمن") is the target (s21enemy)."""
    if ev["type"] not in ("ASSAULT", "COERCE") or not ev["recipients"] or not armed(ev["actors"], by_id):
        return
    ments = getattr(st, "ments", None) or ()
    backers = {r for r in ev["recipients"] if (ms := [m for m in ments if m.eid == r])
               and all(_ally(st.toks, m.s) for m in ms)}
    if backers:
        ev["recipients"] = [r for r in ev["recipients"] if r not in backers]
        ev["_allies"] = sorted(backers)
        end = max(m.e for m in ments if m.eid in backers)
        nxt = next((m for m in sorted(ments, key=lambda m: m.s) if end <= m.s <= end + 1), None)
        if not ev["recipients"] and end > te and nxt is not None and nxt.eid not in ev["actors"] \
                and nxt.eid not in backers and (by_id.get(nxt.eid) or {}).get("sector") in _ARMED_SECTORS \
                and not _ally(st.toks, nxt.s) and st.toks[nxt.s - 1].norm not in ("في", "من", "ب", "الى", "على", "علي"):
            ev["recipients"] = [nxt.eid]  # (its object after the backing: "بدعم التحالف العربي، الميليشيات")


def story_enemy(events: list, cands: list, by_id: dict) -> list:
    """Add each candidate whose author has exactly one enemy in the document's sided attacks, with that enemy as its
    target. The author's side is its own ids and the backers its sentence names (`_allies`: "بإسناد ومشاركة القوات
    الإماراتية"), whose enemy is its enemy too (s21enemy)."""
    if not cands:
        return events
    sided = [x for x in events if x["type"] == "ASSAULT" and x["actors"] and x["recipients"] and not x["negated"]
             and not x["hypothetical"]]
    out = list(events)
    for c in cands:
        mine = set(c["actors"]) | set(c.get("_allies") or ())
        foes = set()
        for x in sided:
            if mine & set(x["actors"]):
                foes.add(tuple(sorted(x["recipients"])))
            if mine & set(x["recipients"]):
                foes.add(tuple(sorted(x["actors"])))
        if not foes:
            foes = _owners_foe(c, sided, by_id)
        if len(foes) != 1:
            continue
        foe = list(next(iter(foes)))
        if set(foe) & mine or not armed(foe, by_id):
            continue
        c["recipients"] = foe
        c["_veto"] = c["_weak"] = False
        c["_enemy"] = True
        out.append(c)
    return out


def _state_side(ids, by_id) -> bool:
    """Are all of the parties ids states or state forces (GPE, MIL)?"""
    return bool(ids) and all((x := by_id.get(i) or {}).get("type") == "GPE" or x.get("sector") == "MIL" for i in ids)


def _owners_foe(c: dict, sided: list, by_id: dict) -> set:
    """The foe of an author with no attack of its own in the story when the story's sided attacks are all between the
    same two sides (s21enemy): a bare force word (مقاتلات، القوات: a state force tied to no known body) fights on the side of
    states and state forces against an armed group ("وقصفت مقاتلات التحالف ... مواقع الحوثيين" elsewhere; "وبسطت قوات
    ... سيطرتها"); a state's force on the side that holds its own state or forces and none of the
    other's ("الضربات الجوية" of the Turkish army in a story of Turkey's attacks on the PKK). Empty when the author fits
    neither side or both."""
    pairs = {frozenset((tuple(sorted(x["actors"])), tuple(sorted(x["recipients"])))) for x in sided}
    if len(pairs) != 1:
        return set()
    sides = list(next(iter(pairs)))
    if len(sides) != 2:
        return set()
    a, b = sides
    auth = [by_id.get(i) or {} for i in c["actors"]]
    if not auth:
        return set()

    def holds(side) -> bool:  # (the side holds a state or state force of the author's country)
        countries = {x.get("country") for x in auth}
        return None not in countries and any((x := by_id.get(i) or {}).get("country") in countries and (
            x.get("type") == "GPE" or x.get("sector") == "MIL") for i in side)

    if all(x.get("sector") == "MIL" and not (x.get("kb_id") and x.get("country")) for x in auth):
        mine = [s for s in (a, b) if _state_side(s, by_id)]
        other = [s for s in (a, b) if all((by_id.get(i) or {}).get("sector") == "REB" for i in s)]
        if len(mine) == 1 and len(other) == 1 and mine[0] != other[0]:
            return {other[0]}
        return set()
    if all(x.get("sector") == "MIL" for x in auth):  # (not a state: "إسرائيل" told as the author of a strike whose
        # sided telling named the wrong target, القاعدة the air base read as al-Qaeda)
        mine = [s for s in (a, b) if holds(s)]
        if len(mine) == 1:
            return {b if mine[0] == a else a}
        countries = {x.get("country") for x in auth}
        rebels = [s for s in (a, b) if all((x := by_id.get(i) or {}).get("sector") == "REB"
                                            and x.get("country") in countries for i in s)]
        if not mine and len(rebels) == 1 and None not in countries and len(countries) == 1:
            return {rebels[0]}  # a state's army in a story whose attacks are all on (or by) an armed group of its own
            # country ("وفي جبهة حرض ... سيطرت قوات الشرعية على عدد من المواقع" where the story's one sided attack is
            # the coalition's on the Houthis): the army fights that group
    return set()
