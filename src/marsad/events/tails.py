"""Reporting tails are no sides of an act (events stage).

"عقب اعتقاله في لبنان، نقلا عن موقع "مانيلا تايمز""، "وفقا لوكالة أنباء الأناضول التركية"، "قال في مقابلة مع شبكة
سي إن إن"، "في تصريح لصحيفة الشرق الأوسط": the medium a report is sourced to, or the one an interview was given to,
tells of the act or hears the statement; it is neither author nor target. `sourced` reads the source mark before a
party (right before it or before the medium's head nouns between the mark and the name; stage._sourced calls it) and
`interviewer` the interviewer after a noun of talking."""
from __future__ import annotations

from ..lang.ar import clitic_in, normalize
from .lexicon import read_tsv


def load() -> dict:
    """data/tails.tsv: {kind: normalised words} (kinds: head, talk and the source marks mark, mark_l, saying, of, what,
    ma, not)."""
    out = {"head": set(), "talk": set()}
    for kind, words, *_ in read_tsv("tails.tsv"):
        out.setdefault(kind, set()).update(normalize(w) for w in words.split("|") if w.strip())
    return out


_L = load()
HEADS = frozenset(_L["head"])
TALK = frozenset(_L["talk"])
_MARKS = frozenset(_L["mark"])
_MARKS_L = frozenset(_L["mark_l"])  # marks followed by لـ glued to the next word
_SAYING = frozenset(_L["saying"])
_SAYING_VERB = frozenset(_L.get("saying_verb", ()))  # (s33accuse) nouns of saying that are also a verb (زعم)
_OF = frozenset(_L["of"])
_WHAT = frozenset(_L["what"])
_MA = frozenset(_L["ma"])
_NOT = frozenset(_L["not"])
_SAYING_AFTER = frozenset(_L.get("saying_after", ()))  # (على حد زعم X، وفق زعم X: the noun, not the verb)
_TO = frozenset(("ل", "لـ", "مع", "الي"))


def _unw(w: str) -> str:
    """A word less one و glued in front (وبحسب → بحسب), unless the و is its own (وفقا، وفق)."""
    return w if w in _MARKS or w in _WHAT or w[:1] != "و" else w[1:]


def _head(w: str) -> bool:
    return clitic_in(w, HEADS, "لبو") or w[:2] == "لل" and "ال" + w[2:] in HEADS


def _skip_heads(toks, s: int, most: int = 4) -> int:
    """The index of the first of the medium's head nouns right before s (s itself when there are none)."""
    j = s
    while j > 0 and s - j < most and _head(toks[j - 1].norm):
        j -= 1
    return j


def sourced(toks, s: int, report_verbs) -> bool:
    """Is the party at s introduced as the source of a report (حسب X، وفقا لـX، ووفقا لـX، نقلا عن X، على حد قول X،
    "حسبما أعلنت الرئاسة المصرية"، "نقلا عن موقع "مانيلا تايمز""، "وفقا لوكالة أنباء الأناضول")?"""
    for k in (s - 1, s - 2):
        if k < 0:
            return False
        w = _unw(toks[k].norm)
        if w in _NOT:
            return False  # (لدى X is a place at someone's side, not a source)
        if w in _MARKS or k == s - 1 and w in _SAYING and not (w in _SAYING_VERB and not (
                k > 0 and _unw(toks[k - 1].norm) in _SAYING_AFTER)) or k == s - 2 and (
                w == "نقلا" and toks[s - 1].norm == "عن" or w in ("حسب", "بحسب") and toks[s - 1].norm in _OF):
            return True
        if k == s - 1 and toks[k].norm[:1] == "ل" and k > 0 and _unw(toks[k - 1].norm) in _MARKS_L:
            return True  # وفقا لوكالة ...
    # the medium's head nouns between the mark and the party ("نقلا عن موقع"، "وفقا لوكالة أنباء"، "بحسب صحيفة")
    j = _skip_heads(toks, s)
    if j == 0:
        return False
    if j < s:
        p = _unw(toks[j - 1].norm)
        if p in _MARKS and (p not in _MARKS_L or toks[j].norm[:1] == "ل"):
            return True
        if p == "عن" and j >= 2 and _unw(toks[j - 2].norm) == "نقلا":
            return True
    # "حسبما أعلنت الرئاسة المصرية"، "بحسب ما ذكرت وكالة"، "وفق ما أفاد": the one who tells of it, after its verb
    if j >= 2 and _unw(toks[j - 1].norm) in report_verbs:
        w = _unw(toks[j - 2].norm)
        return w in _WHAT or w in ("ما", "لما") and j >= 3 and _unw(toks[j - 3].norm) in _MA
    return False


def interviewer(toks, s: int, media: bool, speech=frozenset()) -> bool:
    """Is the party at s the one an interview or statement was given to ("في مقابلة مع شبكة سي إن إن"، "في تصريح
    لـ"، "في حديث لصحيفة"، "خلال مقابلة مع فوكس نيوز")? A party that is not a medium counts only after a head
    noun of a medium ("في لقاء مع الرئيس" is a meeting)."""
    j = _skip_heads(toks, s)
    heads = j < s
    if not (heads or media) or j == 0:
        return False
    if toks[j - 1].norm in _TO:
        k = j - 2
    elif toks[j].norm[:1] == "ل":
        k = j - 1
    else:
        return False
    # skip one adjective of the talk (خاص، صحفي، تلفزيوني، هاتفي) or a pronoun-owned noun
    for _ in range(2):
        if k >= 0 and toks[k].norm.lstrip("وفب") in TALK:
            return True
        k -= 1
    if media and speech and toks[j].norm[:1] == "ل":
        # "وقال إيشاي هداس أحد المتظاهرين لوكالة فرانس برس"، "صرح مسؤول لـCNN": the medium spoken to
        for i in range(j - 1, max(-1, j - 9), -1):
            w = toks[i].norm
            if clitic_in(w, speech):
                return True
    return False

