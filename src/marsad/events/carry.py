"""Subjects carried over to a verb that does not name its own (pro-drop), checked by the verb's agreement.

Arabic drops a subject the clause before named; a verb placed after its subject, or with its subject dropped, agrees
with it in full: a feminine body or a state takes the feminine singular (اعتقلت الشرطة، أعلنت الحكومة، قصفت الطائرات:
a plural of things or bodies is a feminine singular), people named in the plural take the plural (اقتحموا، يطالبون),
one man the masculine singular. When the party the coder would carry over does not fit the verb ("أوقفت الشرطة
البريطانية أربعة أشخاص بعد أن اقتحموا شرفة السفارة": the police did not storm it; "ألقت السلطات القبض على مهاجم
بعدما قتل 8 أشخاص": the authorities did not kill), the nearest party before that does fit is the subject, and none
when no party fits."""
from __future__ import annotations


def _fem_body(e: dict, head: str) -> bool:
    """A body, force or state's organ named (here) by a feminine noun or a feminine plural (الحكومة، الشرطة، حركة،
    السلطات، قوات، ميليشيات الحوثي); the words of the mention, not the entity's full name ("الصليب الأحمر" for the
    International Committee: masculine)."""
    return e.get("type") in ("ORG", "NORP") and (head.endswith("ة") or head.endswith("ات") and len(head) > 4)


def _people(e: dict, head: str) -> bool:
    """A generic party of people named in the masculine plural (المتظاهرون، مسلحين، المحتجين: the coder's own
    parties, no known body; not البنتاغون)."""
    return e.get("type") == "NORP" and not e.get("kb_id") and head.endswith(("ين", "ون")) and len(head) > 4


def fit(words: list, es: list, agr: str | None):
    """Does a party fit a verb of agreement agr ("m", "f", "du", "pl"; stage._coord_agr) as its subject: True (surely),
    False (surely not), None (no guess: a state named by a masculine noun, العراق، المغرب; a woman; a body named by a
    masculine noun; a person who may head others). words: the words of its mention in the sentence as written (ة
    is told from ه only there: المشتبه is no feminine); es:
    its entities."""
    if agr is None or not es or not words:
        return None
    if len(es) >= 2:
        return True if agr in ("pl", "du") else None  # (two sides before a singular verb: one may head the other)
    head = words[0].strip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")
    head = head[1:] if head[:1] in "وفبل" and len(head) > 4 and head[1:3] == "ال" else head
    e = es[0]
    t = e.get("type")
    if agr == "pl":
        if _people(e, head):
            return True
        return False if t == "GPE" or _fem_body(e, head) else None
    if agr == "m":
        if t == "PERSON":
            return True
        return False if _fem_body(e, head) or _people(e, head) else None
    if agr == "f":
        if t == "GPE" or _fem_body(e, head):
            return True
        return False if _people(e, head) else None
    return None
