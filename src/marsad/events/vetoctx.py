"""A vetoed attack the story confirms (session 32, track s32vetoctx).

The ASSAULT sentence classifier judges a sentence alone; in a news story a rule-built attack it vetoes in its middle
band is most often a real one told in a construction it learnt little of. Where the story's other sentences confirm
an attack, the vetoed event is released; a lone sentence, or a story with no confirmation, keeps the veto.
"""
from __future__ import annotations

import re

from ..lang.ar import normalize
from .lexicon import word_set

LOW = 0.3  # the share of the threshold below which a vetoed attack stays vetoed whatever the story tells
# (s34veto) the share at or above which a vetoed attack between two armed or national sides of different states is
# released though the story tells no other attack (``alone``)
ALONE = 0.5
_CASUALTY = word_set("story", "casualty")  # (data/wordsets.tsv)
_HABIT = word_set("story", "habit")  # "منذ بدء النزاع ... قصفت إسرائيل مرارا"، "دأبت القوات على استهداف"
_ARMED_NOUN = word_set("story", "armed_noun")  # "الغارات الجوية الروسية"، "صواريخ إسرائيلية": a people's arms
_STRUCK = ("MIL", "REB", "COP", "CVL")  # the sectors of the sides an attack told alone may strike
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")
_PUNCT = ".,،:؛;\"'()«»-–!؟?#"


def candidate(e: dict) -> bool:
    """A factual rule-built ASSAULT the sentence classifier vetoed, with its score's share of the threshold."""
    return e["type"] == "ASSAULT" and bool(e.get("_veto")) and "_share" in e and not e.get("_weak") \
        and not (e["negated"] or e["hypothetical"]) and not e.get("_donor")


def _countries(ids, by_id) -> set:
    """The countries of the parties ids, empty when one has none ("جنود إسرائيليون" and "الجيش الإسرائيلي": one side)."""
    out = {(by_id.get(i) or {}).get("country") for i in ids}
    return set() if None in out or "" in out else out


def _confirmations(stage, e: dict, events: list) -> set:
    """What the story's kept attacks in other sentences tell of e: "author" (one by its author), "target" (one on its
    target), "other_author" (one on its target by a party of another state), "deadK" (casualty words in sentence K of
    the first three, which keeps an attack of its own)."""
    out = set()
    kept = [x for x in events if x["type"] == "ASSAULT" and x["_sent"] != e["_sent"] and not x.get("_veto")
            and not x.get("_weak") and not (x["negated"] or x["hypothetical"])]
    if any(set(x["actors"]) & set(e["actors"]) for x in kept):
        out.add("author")
    if any(set(x["recipients"]) & set(e["recipients"]) for x in kept):
        out.add("target")
    by_id = stage._dp.by_id
    mine = _countries(e["actors"], by_id)
    if any(set(x["recipients"]) & set(e["recipients"]) and x["actors"] and not set(x["actors"]) & set(e["actors"])
           and not (mine and _countries(x["actors"], by_id) == mine) for x in kept):
        out.add("other_author")  # the story gives its target's attacker as another party (of another state)
    text = stage._text
    for k, (s, t) in enumerate(stage._spans[:3]):
        if k == e["_sent"] or not any(x["_sent"] == k for x in kept):
            continue  # (deaths told with an attack of their own: not "مقتل 32 شخصا في تحطم طائرة")
        if any(w in _CASUALTY or w[:1] in "وفبل" and (w[1:] in _CASUALTY or w[1:].removeprefix("ال") in _CASUALTY)
               or w.removeprefix("ال") in _CASUALTY for w in (x.strip(_PUNCT) for x in normalize(text[s:t]).split())):
            out.add("dead%d" % k)
    return out


def confirmed(why: set) -> bool:
    """Does the story confirm a vetoed attack: a kept attack by its author or on its target in another sentence, or
    deaths and wounded told in the headline or the lead?"""
    if "other_author" in why:
        return False
    return bool(why & {"author", "target"}) or any(w.startswith("dead") for w in why)


def _telling(w: str, speech) -> bool:
    """Is w a verb of saying (with its conjunction; the feminine imperfect of one: "ولم تعلن الشرطة")?"""
    return any(x in speech or x[:1] == "ت" and "ي" + x[1:] in speech for x in (w, w[1:] if w[:1] in "وف" else w))


def _sided(e: dict, dp, st, speech, known: bool) -> bool:
    """Sides an attack told in a story can stand on: its author a state or an armed or security body; its target no town
    or building (the place a strike fell on, or a town read as a side: "استهدفا جازان" of missiles the coalition
    intercepted), unless a residential area (dp.place_ids). Where the story's kept attacks have the same author
    (``known``), that author may be a state's people named by its nationality adjective ("صاروخين إسرائيليين") and its
    target a building ("اقتحمت ميليشيات الحوثي مستشفى دار الشفاء"، "سقطا في محيط مطار دمشق الدولي"); neither side the
    speaker of its sentence ("وأضافت روكسانا أن
    ... هاجم الشرطة بالسكين فقتلته"، "ولم تعلن الشرطة حتى الآن دوافع الهجوم الذي قتلت فيه امرأة")."""
    if not e["actors"] or not e["recipients"]:
        return False
    sides = set(e["actors"]) | set(e["recipients"])
    for m in getattr(st, "ments", None) or ():
        if m.eid in sides and any(_telling(t.norm, speech) for t in st.toks[max(0, m.s - 2):m.s]):
            return False
    for i in e["actors"]:
        x = dp.by_id.get(i) or {}
        if not (x.get("type") == "GPE" or x.get("sector") in ("MIL", "REB", "COP")
                or known and x.get("type") == "NORP" and x.get("country") and not x.get("sector")):
            return False
    for i in e["recipients"]:
        x = dp.by_id.get(i) or {}
        if i in dp.place_ids:
            continue
        if x.get("type") == "LOC" or x.get("type") == "FAC" and not known or x.get("type") == "GPE" and not str(x.get("kb_id") or "").startswith(
                "country:"):
            return False
    return True


def alone(stage, e: dict, st) -> bool:
    """A vetoed attack the sentence tells on its own (s34veto): its author a state, an army or an armed group (no
    police) or a state's people named by its nationality adjective on its arms ("الغارات الجوية الروسية"، "صواريخ
    إسرائيلية"), its target a force, an armed group, civilians, a people or a state (no town, building, place, media or
    intelligence body), the two of different states, told as an occurrence: no imperfect verb (a habit or a charge:
    "يستهدفان المدنيين"), no purpose لـ, no word of a span or a habit (منذ، مرارا، دأبت) and no year before the
    publication's ("ضربة جوية في عام 2007")."""
    dp = stage._dp
    if e.get("_share", 0) < ALONE or not _sided(e, dp, st, stage.lex.speech, True):
        return False
    if any((dp.by_id.get(i) or {}).get("type") == "FAC" for i in e["recipients"]):
        return False
    for i in e["actors"]:
        x = dp.by_id.get(i) or {}
        if x.get("type") == "GPE" and not str(x.get("kb_id") or "").startswith("country:"):
            return False  # a town read as a side ("غارات صعدة")
        if x.get("sector") == "COP":
            return False  # the police of a story told alone investigate or tell a killing as often as they do one
            # ("الشرطة البريطانية تفتح تحقيقا جنائيا في مقتل رجل أعمال روسي"، "ولم تتوصل الشرطة بعد الى هوية القتيل")
        if x.get("type") == "NORP" and not x.get("sector") and not any(
                m.eid == i and any(t.norm.lstrip("وفلب") in _ARMED_NOUN for t in st.toks[max(0, m.s - 2):m.s])
                for m in getattr(st, "ments", None) or ()):
            return False  # a people's adjective on its arms or forces, not on a body ("منظمة ايمرجنسي الإيطالية")
    for i in e["recipients"]:
        x = dp.by_id.get(i) or {}
        if not (x.get("sector") in _STRUCK or x.get("type") == "NORP" and not x.get("sector")
                or x.get("type") == "GPE" and str(x.get("kb_id") or "").startswith("country:")):
            return False  # a side struck: a force, an armed group, civilians, a people or a state (not "أجهزة
            # المخابرات"، "موقع أخبار شهود العيان", the bodies a story of an attack names)
    mine, theirs = _countries(e["actors"], dp.by_id), _countries(e["recipients"], dp.by_id)
    if not mine or mine & theirs:
        return False  # (an author of no known state, or both sides of one: "صواريخ إسرائيلية" on "الجيش الإسرائيلي")
    trig = normalize(e["trigger"]["text"]).lstrip("وف")
    if trig[:1] == "ل":
        return False  # a purpose or a genitive (لاستعادة، للصواريخ): no occurrence
    if trig[:1] == "ي" or trig[:1] == "ت" and trig[3:4] != "ي" and trig[2:3] != "ا" and not trig.endswith(("ات", "ه")):
        return False  # an imperfect verb (يستهدف، تقتل; not a verbal noun: تدمير، تبادل، تفجيرات): a habit or a charge as
        # often as an occurrence
    text = stage._text[st.start:st.end]
    words = {w.strip(_PUNCT).lstrip("و") for w in normalize(text).split()}
    if words & _HABIT:
        return False
    pub = getattr(stage, "_pub", None)
    if pub is not None and any(int(y) < pub.year for y in _YEAR.findall(text)):
        return False
    return True


def release(stage, events: list, held: list) -> list:
    """Release each held attack (vetoed at or above LOW of the threshold) whose story confirms it; it then passes the
    checks the sentence's kept events passed after the classifier's decision."""
    if not held:
        return events
    from .stage import _confined, _free_groups
    from . import material as _material
    out = list(events)
    dp, text = stage._dp, stage._text
    for e in held:
        if not e.get("_veto") or e.get("_share", 0) < LOW or any(x is e for x in events):
            continue
        why = _confirmations(stage, e, events)
        st = stage._sents[e["_sent"]]
        ok = confirmed(why) and _sided(e, dp, st, stage.lex.speech, "author" in why) \
            or "other_author" not in why and alone(stage, e, st)
        if not ok:
            continue
        e["_veto"] = False
        e["_story_kept"] = True
        one = [e]
        if dp.place_ids:
            one = _confined(one, e["_sent"], dp.place_ids, as_recipient=("ASSAULT", "COERCE", "AID"))
        if dp.target_ids:
            one = _confined(one, e["_sent"], dp.target_ids, as_actor=("PROTEST",))
        if not one:
            continue
        _material.clash_sides(stage, st, e, lambda: _free_groups(text, st.toks, st))
        _material.after_decision(stage, st, e)
        out.append(e)
    return out
