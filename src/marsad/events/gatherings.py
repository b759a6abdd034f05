"""The sides of a meeting told by "جمع" (events stage, while a CONSULT noun is read).

"لقاء في موسكو جمع وزيري الدفاع الروسي والتركي"، "القمة التي جمعت روسيا وتركيا وإيران"، "بعد لقاء تاريخي جمع كيم قبل
أيام بالرئيس الكوري الجنوبي"، "قمة تاريخية تجمع للمرة الأولى بين زعيم كوري شمالي ورئيس أمريكي": a noun of meeting
followed (within four words, in the same clause) by a form of the verb "to bring together" names its sides after that
verb: its object and the party joined to it by و, ب, مع or بين. They are the meeting's sides, whatever was named before
the noun (the one who published a picture of it, the one who spoke of it). The first is the actor, the others the
recipients (the meeting is symmetric)."""
from __future__ import annotations

import re

from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import word_set
from ..lang.ar import clitic_in

_GATHER = word_set("gatherings", "gather")
_HARD = re.compile(r"[؛;:!?؟\n]|(?<!\d)\.|\.(?!\d)")  # (a full stop, not a comma)
_PLACE = frozenset(("LOC", "FAC"))  # (a state or a town right after the verb is a side: "جمعت روسيا وتركيا")
_JOIN = word_set("gatherings", "join")


def _gather_at(toks, k) -> bool:
    w = toks[k].norm
    return clitic_in(w, _GATHER, "و")


def gathered(text, toks, groups, ts, te):
    """(actors, recipients) of the meeting noun at tokens ts..te when a form of جمع after it names its sides, else
    None. Between the noun and the verb only a relative pronoun, adjectives or a place (في موسكو) may stand; the
    sides are the group right after the verb (or after بين, or after one adverb such as للمرة الأولى، قبل أيام) and
    a group joined to it by ب or مع within four words; places and the sentence's own parties before the noun are not
    taken. Two distinct parties at least."""
    n = len(toks)
    j = next((k for k in range(te, min(n, te + 4)) if _gather_at(toks, k)), None)
    if j is None or _st._STRONG.search(text, toks[te - 1].end, toks[j].start):
        return None
    if any(te <= g["s"] < j and g["prep"] != "في" for g in groups):
        return None  # (a party between the noun and the verb: "لقاء الرئيس ... جمع": not this construction)
    over = next((g for g in groups if g["s"] < j < g["e"]), None)
    if over is not None:
        # "لقاء في موسكو جمع وزيري الدفاع الروسي والتركي": the place and the sides read as one group across the verb
        ms = [x for x in over["m"] if x.s > j]
        if not ms or over["prep"] != "في" or ms[0].s != j + 1:
            return None
        ids = []
        for x in ms:
            ids += [x.eid] + [c[0] for c in x.co]
        return _sides(ids)
    first = next((g for g in groups if g["s"] > j), None)
    if first is None or first["s"] - j > 4 or first["prep"] not in (None, "بين") \
            or _st._STRONG.search(text, toks[j].end, toks[first["s"]].start) \
            or all(x.kind in _PLACE for x in first["m"]):
        return None
    ids = [i for i, x in zip(first["ids"], first["m"]) if x.kind not in _PLACE] if len(first["ids"]) == len(first["m"]) \
        else list(first["ids"])
    nxt = next((g for g in groups if g["s"] >= first["e"]), None)
    if nxt is not None and nxt["prep"] in _JOIN and nxt["s"] - first["e"] <= 4 \
            and not _st._STRONG.search(text, toks[first["e"] - 1].end, toks[nxt["s"]].start) \
            and not all(x.kind in _PLACE for x in nxt["m"]):
        ids += [i for i in nxt["ids"] if i not in ids]
    return _sides(ids)


def _sides(ids):
    seen = []
    for i in ids:
        if i not in seen:
            seen.append(i)
    if len(seen) < 2:
        return None
    return seen[:1], seen[1:]


_TOUR = ("جوله", "بجوله", "لجوله", "فجوله")
_TOUR_VERBS = word_set("gatherings", "tour_verbs")


def tour_hosts(text, toks, groups, ts, te):
    """"يقوم روحاني بجولة في سويسرا والنمسا"، "يقوم بجولة دولية بدأت بمصر"، "في إطار جولة إقليمية تشمل الأردن": the states
    or towns a tour goes to (a في / إلى group within three words of the noun, or the object of a verb of including or
    beginning right after it) are the hosts of the visit; [] when none is named so. Not a round of talks (جولة من
    المفاوضات) nor an inspection tour of sites, which name no state there."""
    if not is_tour(toks, ts):
        return []
    for g in groups:
        if g["s"] < te:
            continue
        if g["s"] - te > 5 or _st._STRONG.search(text, toks[te - 1].end, toks[g["s"]].start):
            return []
        kinds = [x.kind for x in g["m"]]
        direct = g["prep"] in ("في", "إلى") and g["s"] - te <= 3
        led = g["prep"] in (None, "ب") and g["s"] > te and toks[g["s"] - 1].norm.lstrip("و") in _TOUR_VERBS \
            or g["prep"] == "ب" and g["s"] - 1 > te and toks[g["s"] - 1].norm.lstrip("و") in _TOUR_VERBS
        if (direct or led) and kinds and all(k == "GPE" for k in kinds):
            return list(g["ids"])
        return []
    return []


_TOUR_LIGHT = word_set("gatherings", "tour_light")
_REL = word_set("relative")


def is_tour(toks, ts) -> bool:
    return toks[ts].norm.lstrip("و").startswith(_TOUR)


def tour_sides(text, toks, groups, ts, te, actors):
    """(visitor, hosts) of a tour noun: the tour is told by a light verb within three words before it (يقوم بجولة،
    بدأ جولة، أجرى جولة، واصل جولته), its visitor the verb's subject (before it, the antecedent of الذي/التي, or right
    after it) and its hosts what tour_hosts names. A tour named only as the frame of another act (في إطار جولة، خلال
    جولته، جولة الكويت: a round of talks) is no visit of its own: ([], [])."""
    v = next((k for k in range(ts - 1, max(-1, ts - 4), -1) if toks[k].norm.lstrip("و") in _TOUR_LIGHT), None)
    if v is None:  # "بدأ وزير الخارجية الأمريكي مايك بومبيو جولة": the verb, its subject, the tour
        g = next((g for g in groups if g["e"] == ts and g["prep"] is None and g["s"] > 0), None)
        if g is not None and toks[g["s"] - 1].norm.lstrip("و") in _TOUR_LIGHT:
            v = g["s"] - 1
    hosts = tour_hosts(text, toks, groups, ts, te)
    if v is None or not hosts or _st._STRONG.search(text, toks[v].end, toks[ts].start):
        return [], []
    k = v - 1 if v > 0 and toks[v - 1].norm in _REL else v
    subj = next((g for g in groups[::-1] if g["e"] <= k and k - g["e"] <= 3 and g["prep"] is None
                 and not _st._STRONG.search(text, toks[g["e"] - 1].end, toks[k].start)), None) \
        or next((g for g in groups if v < g["s"] and g["e"] <= ts and g["prep"] is None), None)
    if subj is None:
        return [], []
    vis = list(subj["ids"])
    return vis, [i for i in hosts if i not in vis]


_WITNESSED = word_set("gatherings", "witnessed")
_PLACE_HEADS = word_set("gatherings", "place_heads")


def witnessed_place(text, toks, groups, ts, te) -> str | None:
    """"بعد أيام على احتجاجات شهدتها العاصمة عمّان"، "الاحتجاجات التي يشهدها القطاع"، "مظاهرات عمت المدن الإيرانية": a
    protest noun whose relative occurrence verb (شهدتها، يشهدها، عمت) has a place as its subject took place there; the
    country of that place (its crowd's country), or None. Up to two words (an adjective, التي) between the noun and the
    verb, the place right after the verb, in the same clause."""
    n = len(toks)
    j = next((k for k in range(te, min(n, te + 3)) if toks[k].norm in _WITNESSED), None)
    if j is None or _st._STRONG.search(text, toks[te - 1].end, toks[j].start) \
            or any(toks[k].norm not in _REL and any(g["s"] <= k < g["e"] for g in groups) for k in range(te, j)):
        return None
    g = next((g for g in groups if g["s"] > j), None)
    if g is None or g["s"] - j > 2 or g["s"] - j == 2 and toks[j + 1].norm not in _PLACE_HEADS or g["prep"] is not None or _st._STRONG.search(text, toks[j].end, toks[g["s"]].start):
        return None
    if not all(x.kind in ("GPE", "LOC") for x in g["m"]):
        return None
    return next((x.country for x in g["m"] if x.country), None)


# A strike told as taking place: a verb or verbal noun of starting, carrying out, spreading or continuing within three
# words before the strike noun (بدأ الزفزافي إضرابا، بسبب بدء سلسلة من الإضرابات، باشروا إضرابا، شارك آلاف في إضراب
# عام، يشهد الأردن إضرابا)، or one right after it (شل إضراب عام المرافق، يعم الإضراب الشامل، إضراب استمر يوما).
_STRIKE = ("اضراب", "الاضراب", "بالاضراب", "للاضراب", "والاضراب")
_STRIKE_BEFORE = word_set("gatherings", "strike_before")
_STRIKE_VERBS = word_set("gatherings", "strike_verbs")
_STRIKE_AFTER = word_set("gatherings", "strike_after")
_STRIKE_ADJ = word_set("gatherings", "strike_adj")


_SITIN = ("اعتصام", "الاعتصام", "باعتصام", "للاعتصام", "وقفه", "الوقفه", "بوقفه", "وقفات", "الوقفات", "بوقفات")


def is_strike(norm: str) -> bool:
    w = norm.lstrip("و")
    return w.startswith(_STRIKE) and not w.startswith(("اضرابه", "الاضرابه"))


def is_held(norm: str) -> bool:
    """A strike or a sit-in (اعتصام، وقفة احتجاجية: the PROTEST trigger's first word): a protest its crowd holds."""
    return is_strike(norm) or norm.startswith(_SITIN) or norm[:1] == "و" and norm[1:].startswith(_SITIN)


def strike_told(text, toks, ts, te) -> str | None:
    """Is the strike noun at ts..te told as taking place (a word of starting, carrying out or spreading before it, or a
    verb of its own after it and its adjectives), in the same clause? "verb" when a verb of the clause (بدأ، باشر، خاض،
    شارك، شهد) tells it, "word" for another word, None when it is not told so: a strike called for, planned, banned or
    talked about (دعت إلى إضراب، حظر إضرابات، كلفة الإضراب)."""
    comma = False
    for k in range(ts - 1, max(-1, ts - 15), -1):
        if _HARD.search(text, toks[k].end, toks[k + 1].start):
            break
        comma = comma or _st._STRONG.search(text, toks[k].end, toks[k + 1].start) is not None
        w = toks[k].norm.lstrip("و")
        w = w[1:] if w[:1] == "ف" and w[1:] in _STRIKE_BEFORE else w
        if w in _STRIKE_VERBS and k > 0 and toks[k - 1].norm in _REL:
            return None  # (a strike told in a relative clause describing its crowd: "عمال الشركة الذين نظموا إضرابا")
        if w in _STRIKE_VERBS and (ts - k <= 8 or k == 0 or toks[k].norm[:1] == "و"
                                   or _st._STRONG.search(text, toks[k - 1].end, toks[k].start)):
            return "verb"  # (a verb of the clause may stand before its subject and a day between commas: "نظم صحافيون
            # وناشطون يمنيون، الخميس، وقفات احتجاجية"، "بدأ الزفزافي الأربعاء إضرابا")
        if w in _STRIKE_BEFORE and not comma and (ts - k <= 3 and w not in ("بعد", "مع") or k == ts - 1):
            return "word"
    k = te
    while k < len(toks) and k - te < 3 and toks[k].norm in _STRIKE_ADJ:
        k += 1
    if k < len(toks) and not _st._STRONG.search(text, toks[k - 1].end, toks[k].start) and toks[k].norm in _STRIKE_AFTER:
        return "word"
    return None


def state_before(text, toks, groups, ts) -> str | None:
    """"تواجه فرنسا موجة من الإضرابات"، "ويشهد الأردن منذ الأربعاء إضرابا": the country of the state named as the
    clause's subject before a strike noun (no preposition, within six words, no break between), or None."""
    for g in groups[::-1]:
        if g["e"] > ts:
            continue
        if ts - g["e"] > 6 or _st._STRONG.search(text, toks[g["e"] - 1].end, toks[ts].start):
            return None
        if g["prep"] is None and g["m"] and all(x.kind == "GPE" for x in g["m"]):
            return next((x.country for x in g["m"] if x.country), None)
        return None
    return None


# "مسيرة دعت لها حركة حماس"، "الإضراب الذي دعت إليه النقابات"، "استجابة لدعوات نقابة الصحافيين": the party named right
# after a call for the protest organised it; it is no target of the protest
_CALLED_BY = re.compile(r"(?:(?:دعت|دعا|دعوا|دعتا|تدعو|يدعو)\s+(?:له|لها|اليه|اليها|إليه|إليها)"
                        r"|(?:بدعوة|بدعوه|لدعوة|لدعوه|لدعوات|بدعوات)(?:\s+من)?)"
                        r"\s+(?:[^\s،,.:؛]+\s+){0,1}$")  # (a bare دعوة is any call: "دعوة الملك إلى إجراء حوار")


def organizers(events: list, by_id: dict, text: str) -> None:
    """A protest's recipient named right after a call for it (_CALLED_BY) is its organiser: moved to its actors."""
    for ev in events:
        if ev.get("type") != "PROTEST" or not ev.get("recipients"):
            continue
        lo, hi = ev.get("start", 0), ev.get("end", len(text))
        for r in list(ev["recipients"]):
            ms = [m for m in (by_id.get(r) or {}).get("mentions") or () if lo <= m["start"] < hi]
            if ms and any(_CALLED_BY.search(text, max(lo, m["start"] - 40), m["start"]) for m in ms):
                ev["recipients"].remove(r)
                if r not in ev["actors"]:
                    ev["actors"].append(r)


_JOINED = word_set("protest_told", "joined")  # (data/wordsets.tsv)


def told_by_others(toks, ts, te) -> bool:
    """A protest noun told as held by the crowd that took part in it after it ("تظاهرة شارك فيها آلاف المزارعين"،
    "مسيرة شارك فيها الآلاف"). (A force that repressed or dispersed it before it, "قمعت تظاهرة"، "لتفريق المظاهرة", was
    read so too for a while: it lowered the cross-validated gsr PROTEST F1 from 0.588 to 0.583, the four-assignment
    mean from 0.551 to 0.545, by one "easy no" sentence of a dispersed demonstration.)"""
    return te + 1 < len(toks) and toks[te].norm.lstrip("و") in _JOINED and toks[te + 1].norm in ("فيها", "فيه")


_CONTINUING = word_set("protest_told", "continuing")
_ONGOING = word_set("protest_told", "ongoing")
_DURATION = word_set("protest_told", "duration")
_ENTERED = word_set("protest_told", "entered")
_PERIOD = word_set("protest_told", "period")
_ONGOING_NOUNS = tuple(sorted(word_set("protest_told", "noun")))  # (stems: read with startswith)
_NOT_BETWEEN = word_set("protest_told", "not_between")


def told_ongoing(text, toks, ts, te) -> str | None:
    """Is the protest noun at ts..te told as going on: the genitive of a verbal noun of continuing right before it
    ("وسط استمرار المظاهرات المناوئة للحكومة"، "مع تواصل الاحتجاجات"، "استمرار احتجاجات الأردن ضد ارتفاع الأسعار"), or
    followed in its clause, past at most two other words (its adjectives, its genitive), by an adjective of
    continuing or its count of days so far ("احتجاجات شعبية متواصلة"، "مظاهرات مستمرة لليوم السادس"، "المظاهرات القائمة
    لليوم السادس على التوالي"، "وتجددت الاحتجاجات لليوم الخامس"، "احتجاجات اجتماعية دخلت أسبوعها الثاني")? A protest
    so told has taken place (stage._decide: pin "occur"); a preposition or a relative pronoun in between ends the
    search ("احتجاجات ضد الحرب المستمرة": the war goes on). "head" for the verbal noun before it, "after" for the
    words after it, None when not so told. (The verbal noun is background as often as news: "مع استمرار الاحتجاجات التي
    تقودها المعارضة في تايلند ... اعلن رئيس الوزراء ... حال الطوارئ" is a gsr "difficult no": stage reads it as told,
    the classifier still vetoing it far below its threshold, not as a pin.)"""
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وفبل" and len(w) > 4 else w
    if not w.startswith(_ONGOING_NOUNS):
        return None
    if ts > 0 and not _st._STRONG.search(text, toks[ts - 1].end, toks[ts].start):
        v = toks[ts - 1].norm
        if clitic_in(v, _CONTINUING, "وفبل"):
            return "head"
    for k in range(te, min(len(toks), te + 3)):
        if _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
            return None
        v = toks[k].norm
        if v in _ONGOING or v in _DURATION or v in _ENTERED and k + 1 < len(toks) and toks[k + 1].norm in _PERIOD:
            return "after"
        if clitic_in(v, _NOT_BETWEEN, "وبل") or v[:2] in ("لل", "بال"):
            return None
    return None
