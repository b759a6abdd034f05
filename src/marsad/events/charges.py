"""Charges directed at a party (s20charge): the one charged named by a kin noun, and the passive charge.

`kin_target`: "وجهت السلطات الإسرائيلية تهمة الاحتيال ... لزوجة رئيس الوزراء، بنيامين نتنياهو"، "وجهت السلطات
الإسرائيلية اتهاما لزوجة رئيس الوزراء، سارة نتانياهو"، "وجهت تهما بالاعتداء لابنة عم عهد، نور التميمي": the one
charged is the relative (judicial/kin in data/wordsets.tsv), not the party the kin noun is "of". The relative is the
person named in the phrase who is no known (KB) figure, else a person of the story who shares the surname of one named
in the phrase (سارة نتنياهو for بنيامين نتنياهو); none such: no one (the caller codes nothing).

`passive_charge`: "وقال مدعون إن هاشمي نجاد ألقي القبض عليه الاثنين، ووجهت له لائحة تشمل ست اتهامات"، "اعتقل وسجن
الأحد، ووجهت إليه تهمة دعم منظمة إرهابية"، "وقد قبض على المتهمين ... ووجهت لهم هذه التهم": a charge directed with no
subject (the passive وُجّهت) right after an arrest told in its sentence or the one before was brought by the
authorities who arrested; the one charged is the one arrested (a pronoun) or the party named after the verb when it is
one of those arrested. No arrest told: nothing (a passive names no accuser: "أول شخص توجه له اتهامات")."""
from __future__ import annotations

import re

from ..lang.ar import normalize
from .lexicon import word_set

KIN = word_set("judicial", "kin")
_TO = frozenset((normalize("إلى"), normalize("الى")))
_PRONOUNS = frozenset(normalize(w) for w in (
    "له", "لها", "لهم", "لهما", "إليه", "إليها", "إليهم", "إليهما", "اليه", "اليها", "اليهم", "اليهما"))
_NOT_BEFORE = frozenset(normalize(w) for w in (
    "لم", "لن", "لا", "دون", "عدم", "قبل", "ولم", "ولن", "ولا", "الذي", "التي", "الذين", "قد"))
_STOP = re.compile(r"[.؛;:!?؟\n]")


def _kin_at(toks, k) -> bool:
    w = toks[k].norm.lstrip("و")
    if w[:1] == "ل" and w[1:] in KIN:
        return True
    return k > 0 and w in KIN and toks[k - 1].norm.lstrip("و") in _TO


def _surname(name: str) -> str:
    parts = normalize(name or "").split()
    return parts[-1] if len(parts) > 1 else ""


def kin_target(stage, text, toks, groups, v, ts, te):
    """The ids of the relative charged (see above); [] when a kin noun names the one charged but no person fits;
    None when no kin noun stands where the one charged is named."""
    span = [k for k in range(v + 1, ts)] + [k for k in range(te, min(len(toks), te + 15))
                                             if not _STOP.search(text, toks[te - 1].end, toks[k].start)]
    k = next((k for k in span if _kin_at(toks, k)), None)
    if k is None:
        return None
    by_id = stage._dp.by_id
    # the phrase: from the kin noun to the next mark past one apposition (its comma) or the charge noun
    end = next((j for j in range(k + 1, len(toks)) if _STOP.search(text, toks[j - 1].end, toks[j].start)
                or j == ts), len(toks))
    commas = [j for j in range(k + 1, end) if re.search(r"[،,]", text[toks[j - 1].end:toks[j].start])]
    if len(commas) > 1:
        end = commas[1]
    persons = [g for g in groups if k < g["s"] < end and g["s"] - k <= 8 and all(
        (by_id.get(i) or {}).get("type") == "PERSON" for i in g["ids"])]
    unknown = [i for g in persons for i in g["ids"] if not (by_id.get(i) or {}).get("kb_id")]
    if unknown:
        return unknown[:1]
    names = {_surname((by_id.get(i) or {}).get("name_ar")) for g in persons for i in g["ids"]} - {""}
    named = {i for g in persons for i in g["ids"]}
    given = {w for g in persons for i in g["ids"] for w in normalize((by_id.get(i) or {}).get("name_ar") or "").split()}
    # (another person of the same surname, not another spelling of the one named: "عبد الرزاق" for "نجيب عبد الرزاق")
    kin = [e["id"] for e in by_id.values() if e.get("type") == "PERSON" and e.get("id") not in named
           and not e.get("kb_id") and _surname(e.get("name_ar")) in names
           and normalize(e.get("name_ar") or "").split()[0] not in given]
    return kin[:1] if len(kin) == 1 else []


def passive_charge(stage, st, text, toks, groups, v, ts):
    """(actors, recipients) of a passive charge after an arrest (see above), or None."""
    if v > 0 and toks[v - 1].norm in _NOT_BEFORE and toks[v - 1].norm != "قد":
        return None
    w = toks[v].norm
    if not (w[1:] if w[:2] == "وو" or w[:1] == "و" and w[1:3] in ("تو", "يو") else w).startswith(("وجه", "توجه", "يوجه")):
        return None
    nxt = toks[v + 1].norm if v + 1 < ts else ""
    named = next((g for g in groups if g["s"] == v + 1 and g["e"] <= ts and g["prep"] in ("ل", "لـ", "إلى", "الى")),
                 None)
    if nxt not in _PRONOUNS and named is None:
        return None
    # the arrest told in this sentence or the one before; or, when this sentence tells the arrest again ("ألقي القبض
    # عليه الاثنين، ووجهت له"), up to three sentences before
    retold = any(m.value.type == "COERCE" and m.end_tok <= v for m in st.trigs)
    arrest = next((e for e in stage._recent_events[::-1] if e["type"] == "COERCE" and e.get("mode") == "arrest"
                   and e["_sent"] >= st.i - (3 if retold else 1) and e["actors"] and e["recipients"]
                   and not e["negated"] and not e["hypothetical"]), None)
    if arrest is None or not all((stage._dp.by_id.get(i) or {}).get("type") in ("PERSON", "NORP")
                                 for i in arrest["recipients"]):
        return None  # (people are arrested and charged: not "الشرطة ... السلطات" read wrongly as the one arrested)
    if named is not None:
        if not set(named["ids"]) & set(arrest["recipients"]):
            return None
        return list(arrest["actors"]), [i for i in named["ids"] if i not in arrest["actors"]]
    return list(arrest["actors"]), [i for i in arrest["recipients"] if i not in arrest["actors"]]
