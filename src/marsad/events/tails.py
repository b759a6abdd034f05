"""Reporting tails are no sides of an act (events stage).

"عقب اعتقاله في لبنان، نقلا عن موقع "مانيلا تايمز""، "وفقا لوكالة أنباء الأناضول التركية"، "قال في مقابلة مع شبكة
سي إن إن"، "في تصريح لصحيفة الشرق الأوسط": the medium a report is sourced to, or the one an interview was given to,
tells of the act or hears the statement; it is neither author nor target. stage._sourced reads the source mark right
before a party; this module adds the medium's head nouns between the mark and the name (`sourced_via_head`) and the
interviewer after a noun of talking (`interviewer`)."""
from __future__ import annotations

from ..lang.ar import normalize
from .lexicon import read_tsv


def load() -> dict:
    """data/tails.tsv: {kind: normalised words} (kinds: head, talk)."""
    out = {"head": set(), "talk": set()}
    for kind, words, *_ in read_tsv("tails.tsv"):
        out.setdefault(kind, set()).update(normalize(w) for w in words.split("|") if w.strip())
    return out


_L = load()
HEADS = frozenset(_L["head"])
TALK = frozenset(_L["talk"])
_MARKS = frozenset(("حسب", "بحسب", "وفق", "وفقا", "طبقا", "نقلا", "استنادا"))
_MARKS_L = frozenset(("وفقا", "طبقا", "استنادا"))  # marks followed by لـ glued to the next word
_WHAT = frozenset(("حسبما", "بحسبما", "وفقما"))
_TO = frozenset(("ل", "لـ", "مع", "الي"))


def _unw(w: str) -> str:
    """A word less one و glued in front (وبحسب → بحسب), unless the و is its own (وفقا، وفق)."""
    return w if w in _MARKS or w in ("وفق", "وفقما") or w[:1] != "و" else w[1:]


def _head(w: str) -> bool:
    return w in HEADS or w[:1] in "لبو" and w[1:] in HEADS or w[:2] == "لل" and "ال" + w[2:] in HEADS


def _skip_heads(toks, s: int, most: int = 4) -> int:
    """The index of the first of the medium's head nouns right before s (s itself when there are none)."""
    j = s
    while j > 0 and s - j < most and _head(toks[j - 1].norm):
        j -= 1
    return j


def sourced_via_head(toks, s: int, report_verbs) -> bool:
    """Is the party at s a medium named after its head nouns and a source mark ("نقلا عن موقع"، "وفقا لوكالة أنباء"،
    "بحسب صحيفة"، "حسبما ذكرت قناة")?"""
    j = _skip_heads(toks, s)
    if j == s or j == 0:
        return False
    first = toks[j].norm
    p = _unw(toks[j - 1].norm)
    if p in _MARKS and (p not in _MARKS_L or first[:1] == "ل"):
        return True
    if p == "عن" and j >= 2 and _unw(toks[j - 2].norm) == "نقلا":
        return True
    if p in report_verbs and j >= 2:
        w = _unw(toks[j - 2].norm)
        return w in _WHAT or w in ("ما", "لما") and j >= 3 and _unw(toks[j - 3].norm) in (
            "حسب", "بحسب", "وفق", "وفقا", "طبقا", "علي")
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
            if w in speech or w[:1] in "وف" and w[1:] in speech:
                return True
    return False

