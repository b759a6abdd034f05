"""Circumstantial participles (الحال) of Arabic news (events stage).

"أعربت سوريا عن إدانتها ...، مؤكدة تضامنها الكامل مع طهران"، "قال الوزير ...، معربا عن ترحيبه بالقرار": a noun of
stance (support, rejection, condemnation) governed by an accusative participle of stating belongs to the subject of
the main clause, like the participle itself would (stage.py reads participles of demanding, accusing, warning
and praising as triggers: "مطالبا إياهم بـ"، "متهما واشنطن بـ"). This module holds the small readings those need:
the participle of stating in front of a noun trigger (`stating_participle`), the object pronoun إياه/إياها/إياهم
after a participle (`iyya_suffix`) and the charge of an accusing participle whose object carries a relative
clause or an apposition before it (`charge_after`)."""
from __future__ import annotations

from ..lang.ar import normalize
from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import read_tsv, word_set


def load() -> dict:
    """data/participles.tsv: {normalised participle form: preposition or ""} for the masculine, feminine and plural of
    each row."""
    out = {}
    for cols in read_tsv("participles.tsv"):
        form = normalize(cols[0].strip())
        prep = normalize(cols[1].strip()) if len(cols) > 1 and cols[1].strip() != "-" else ""
        stem = form[:-1] if form.endswith("ا") else form
        for f_ in (stem + "ا", stem + "ه", stem + "ين"):
            out.setdefault(f_, set()).add(prep)
    return out


_FORMS = load()


def _accusative(tok) -> bool:
    w = tok.norm
    return w.endswith(("ا", "ين")) or w.endswith("ه") and tok.text.rstrip("\u064b\u064c\u064d").endswith("ة")


def stating_participle(text: str, toks, ts: int):
    """The index of the participle of stating that governs the noun trigger at ts ("، مؤكدا دعمه"، "معربة عن
    ترحيبها"), or None. The participle follows a comma or a closing quote, or stands in the accusative after its
    clause; the noun comes right after it or after its preposition."""
    for k, prep in ((ts - 1, ""), (ts - 2, None)):
        if k < 1:
            continue
        w = toks[k].norm
        w = w[1:] if w[:1] == "و" and w[1:] in _FORMS else w  # "ومؤكدا" (a second participle joined by و)
        preps = _FORMS.get(w)
        if not preps:
            continue
        if prep is None and toks[ts - 1].norm not in preps:
            continue
        if prep == "" and "" not in preps:
            continue
        if not _accusative(toks[k]):
            continue
        gap = text[toks[k - 1].end:toks[k].start]
        if w.endswith("ه") and not _st._STRONG.search(gap) and '"' not in gap and "»" not in gap:
            continue  # (a feminine form without a comma may be an adjective: "الخطوة المؤكدة")
        return k
    return None


def iyya_suffix(toks, ts: int, te: int) -> str:
    """The pronoun of إياه / إياها / إياهم / إياهما after the participle ("ه", "ها", "هم", "هما"; "" when none)."""
    for k in range(ts + 1, min(len(toks), te + 1)):
        w = toks[k].norm
        if w.startswith("ايا") and len(w) > 3:
            return w[3:]
    return ""


_THAT = ("بان", "بانه", "بانها", "بانهم", "بانهما")
_NO_CHARGE = word_set("adverbs", "no_charge")


def charge_after(text: str, toks, k: int, limit: int = 10) -> bool:
    """After an accusing participle and its object (from token k), is a charge with ب told before the clause ends
    ("متهما رئيس الوزراء الكندي جاستن ترودو الذي ترأس القمة بأنه غير نزيه")?"""
    for j in range(k, min(len(toks), k + limit)):
        if j > k and _st._STRONG.search(text, toks[j - 1].end, toks[j].start):
            return False
        w = toks[j].norm
        if w in _THAT or w[:1] == "ب" and len(w) >= 5 and w not in _NO_CHARGE:
            return j > k
    return False


_COPULAS = word_set("adverbs", "copulas")


def noun_reading(toks, k: int) -> bool:
    """Is the participle at k read as a noun or a predicate: after a number ("54 متهما")، a copula ("كان متهما")
    or a preposition ("من بين المتهمين")?"""
    if k == 0:
        return False
    p = toks[k - 1].norm
    return p.isdigit() or p in _COPULAS or p in ("من", "بين", "عن", "مع", "الي", "في", "علي")


_STATING_VERBS = frozenset(normalize(w) for w in (
    "أعرب", "أعربت", "أعربوا", "عبر", "عبرت", "عبروا", "أكد", "أكدت", "أكدوا", "أصدر", "أصدرت", "أصدروا", "جدد", "جددت",
    "شدد", "شددت", "أعلن", "أعلنت", "أعلنوا", "أبدى", "أبدت", "وجه", "وجهت", "بعث", "بعثت", "اعتبر", "اعتبرت", "رأى",
    "رأت", "طالب", "طالبت", "دعا", "دعت", "قال", "قالت", "حذر", "حذرت"))


def clause_verb_before(text: str, toks, s: int, is_verb) -> bool:
    """Does a verb opening a clause (after a comma or at the start) stand right before the party at s, or one word
    before it ("، أعربت سوريا"، "، أعربت الخميس سوريا")?"""
    for k in (s - 1, s - 2):
        if k < 0:
            return False
        w = toks[k].norm
        w = _st._strip_wf(w)
        if w in _STATING_VERBS or is_verb(w):
            return k == 0 or bool(_st._STRONG.search(text, toks[k - 1].end, toks[k].start))
    return False


def adjectival_norp(toks, g, groups, by_id) -> bool:
    """Is the group only a demonym standing as the adjective of a definite noun that is no party ("وأتى هذا الموقف
    الفرنسي"، "الرد الإسرائيلي")? Such a group is no subject of its clause. Offices (الرئيس الفرنسي) are parties of
    their own, read by the entity stage, and are not touched."""
    s = g["s"]
    if s == 0 or not g["ids"] or any((by_id.get(i) or {}).get("type") != "NORP" for i in g["ids"]):
        return False
    p = toks[s - 1].norm
    return p in _ABSTRACT and not any(h["s"] <= s - 1 < h["e"] for h in groups)  # (every _ABSTRACT noun has ال)


_ABSTRACT = frozenset(normalize(w) for w in (
    "الموقف", "الرد", "القرار", "الإعلان", "البيان", "الطلب", "الاقتراح", "التحرك", "الهجوم", "الاتهام", "الرفض",
    "الدعم", "التصريح", "التصريحات", "الإجراء", "الإجراءات", "الخطوة", "المقترح", "العرض", "التهديد", "التدخل",
    "الحديث", "الجانب", "التقرير", "الخطاب", "الاعتراض", "الانسحاب", "التصعيد", "العدوان", "القصف"))
_THAT_CLAUSE = frozenset(_THAT) | frozenset(("لان", "لانه", "لانها", "لانهم"))
# (a charge or a cause; not the أن of reported speech: "أعلنت الوزارة أنها أمرت ممثل المنظمة بمغادرة البلاد، متهمة إياه")


_REPORTED = _THAT_CLAUSE | frozenset(("ان", "انه", "انها", "انهم", "انهما", "وان", "وانه", "وانها"))


def in_content_clause(toks, a: int, b: int, reported: bool = False) -> bool:
    """Does a clause of a charge or a cause (بأنه، لأن) open between tokens a and b ("اتهمت بوتفليقة بأنه جعل من الرئاسة": the
    presidency is inside the charge, no object of the verb)? With ``reported``, also the أن / إن of reported speech."""
    words = _REPORTED if reported else _THAT_CLAUSE
    return any(toks[k].norm in words for k in range(a, b))


def opening_participle(text: str, toks, ts: int, sent_start: int) -> bool:
    """Does the sentence open with an accusative participle right after a closing quote ('..." مطالبا السعودية')?"""
    t = toks[ts]
    if not (t.text.rstrip("\u064b").endswith(("ا", "ين")) and t.norm.lstrip("و")[:1] in "مدنحر"):
        return False
    before = text[max(0, sent_start - 4):t.start].rstrip()
    return before.endswith(('"', "»", "”"))


def last_segment(text: str, toks, ts: int) -> int:
    """The first token of the stretch between commas right before the participle at ts: where the antecedent of its
    إياه stands ("وقد منع سفن الإنقاذ التابعة لمنظمات الإغاثة من الرسو في الموانئ الإيطالية، متهما إياها": not a
    party of an earlier apposition or relative clause)."""
    for j in range(ts - 1, 0, -1):
        if _st._STRONG.search(text, toks[j - 1].end, toks[j].start):
            return j
    return 0


_IMPERSONAL = frozenset(normalize(w) for w in (
    "يذكر", "ويذكر", "يشار", "ويشار", "يقال", "ويقال", "يعتقد", "ويعتقد", "يبدو", "ويبدو", "يعرف", "ويعرف", "يلاحظ",
    "ويلاحظ", "يجدر", "ويجدر", "يرجح", "ويرجح", "يتوقع", "ويتوقع"))


def impersonal(word: str) -> bool:
    """A passive verb of saying or thinking with no speaker ("يذكر أن"، "ويشار إلى أن"، "يعتقد أن")?"""
    return word in _IMPERSONAL
