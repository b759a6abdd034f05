"""Judicial, administrative and diplomatic-procedure acts (run by EventStage.process).

* **Dismissals** (``triggers.tsv`` mode ``dismiss``: أقال، يقيل، إقالة، أعفى/إعفاء ... من منصبه) are SANCTION by the one who
  dismisses toward the one dismissed (PLOVER: cut existing relations; the gold sets code "أقال الرئيس الجزائري ... رئيس
  جهاز الأمن الوطني" so). ``refine`` keeps a dismissal only when the one dismissed is named right after the trigger (within
  a few words, no clause break between: "أقال ترامب، الثلاثاء، وزير الخارجية، ريكس تيلرسون"), the one who dismisses is no
  crowd, journalist or news body ("وقال ترامب لصحفيين بعد إقالة تيلرسون": the journalists dismissed no one), and the
  trigger carries no pronoun ("لتفسير إقالته تيلرسون"، "عمد إلى إقالته": whose pronoun the coder does not resolve).
  A verbal noun (إقالة، إعفاء) tells a dismissal with its author only under a verb of deciding, ordering or announcing
  before it in its clause ("أصدر قرارا جمهوريا بإعفاء"، "قرر الرئيس اليمني إعفاء"، "أعلن الإليزيه إقالة") or after a
  headline's colon ("السعودية: إعفاء سعود القحطاني"); "اختاره ترامب وزيرا للخارجية بعد إقالة ريكس تليرسون" names no
  author. A subject read after the verb that an office of the dismissed kind opens ("فأقال وزير شؤون قدامى المحاربين
  ديفيد شولكن") is the one dismissed, not the one who dismisses. The genitive of a decision noun before the verbal noun
  is its author ("ألغت المحكمة الاتحادية قرار رئيس الوزراء حيدر العبادي القاضي بإقالة الفياض": Abadi dismissed him).
"""
from __future__ import annotations

import re

_PRONOUN_END = ("ه", "ها", "هم", "هما")
_NOT_DISMISSERS = frozenset(("CVL", "MED"))
_BREAK = re.compile(r"[.!?؟:;؛]|\b(?:بعد|بعدما|قبل|عندما|حين|لأن|لكن)\b")
_NEAR = 70  # characters from the trigger's end to the first mention of the one dismissed
_NOUN = re.compile(r"^[وفبل]*[إا](?:قال|عفاء)")
_DECIDED = re.compile(r"(?:^|\s)[وف]?(?:أمر|أمرت|قرر|قررت|أصدر|أصدرت|صدر|أعلن|أعلنت|يعلن|تعلن|قام|قامت|يقضي|تقضي|"
                      r"بقرار|قرار|قرارا|مرسوم|مرسوما|أمرا|أمر)\s")
_OFFICE_OBJ = re.compile(r"[\s،,]*(?:وزير|مدير|نائب|مستشار|سفير|محافظ)")


def _first_mention_after(ent: dict, lo: int, hi: int):
    return min((m["start"] for m in ent.get("mentions") or () if isinstance(m, dict)
                and lo <= (m.get("start") if m.get("start") is not None else -1) < hi), default=None)


def _owner_between(by_id: dict, lo: int, hi: int, exclude) -> str | None:
    """The party named first between offsets lo and hi (the genitive of a decision noun), or None."""
    best = None
    for i, ent in by_id.items():
        if i in exclude or ent.get("type") not in ("PERSON", "GPE", "ORG"):
            continue
        p = _first_mention_after(ent, lo, hi)
        if p is not None and (best is None or p < best[0]):
            best = (p, i)
    return best[1] if best is not None else None


def _dismissal_ok(ev: dict, by_id: dict, text: str) -> bool:
    trig = ev["trigger"]
    if trig["text"].endswith(_PRONOUN_END):
        return False
    if not ev["actors"] or not ev["recipients"] or set(ev["actors"]) & set(ev["recipients"]):
        return False
    if any((by_id.get(i) or {}).get("sector") in _NOT_DISMISSERS for i in ev["actors"]):
        return False
    if _NOUN.match(trig["text"]):
        lo = max(ev["start"], trig["start"] - 90)
        before = text[lo:trig["start"]]
        if not (_DECIDED.search(" " + before) or before.rstrip().endswith(":")):
            return False
        k = before.rfind("قرار")
        owner = _owner_between(by_id, lo + k + 4, trig["start"], ev["recipients"]) if k >= 0 else None
        if owner is not None:
            ev["actors"] = [owner]  # "ألغت المحكمة قرار رئيس الوزراء حيدر العبادي القاضي بإقالة الفياض": his decision
    else:
        for i in ev["actors"]:
            p = _first_mention_after(by_id.get(i) or {}, trig["end"], trig["end"] + 60)
            if p is not None and _OFFICE_OBJ.match(text, trig["end"]):
                return False
    near = [p for p in (_first_mention_after(by_id.get(i) or {}, trig["end"], ev["end"]) for i in ev["recipients"])
            if p is not None]
    if not near:
        return False
    first = min(near)
    return first - trig["end"] <= _NEAR and not _BREAK.search(text, trig["end"], first)


def refine(stage, events: list, dp) -> list:
    """The events of the document after the dismissal checks above (others untouched)."""
    text = stage._text or ""
    return [ev for ev in events if ev.get("mode") != "dismiss" or ev.get("type") != "SANCTION"
            or _dismissal_ok(ev, dp.by_id, text)]
