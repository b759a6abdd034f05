"""The owner of a stance told as a verbal noun with a pronoun, the object of a verb of stating or expressing.

"أعلن رئيس وزراء هايتي جاك غي لافونتان السبت استقالته"، "وأشار إلى ارتياحه ...، مؤكداً تأييده عودة روسيا إلى مجموعة
الثماني"، "قد أعرب مرارا عن رفضه للاتفاق": the pronoun on the verbal noun (استقالته، تأييده، رفضه) is the subject of the
verb that governs it (أعلن، مؤكدا، أعرب عن), whoever that subject is: named after the verb, before it, or dropped (the
speaker of the sentence before goes on). The pronoun must agree with that verb (a masculine verb takes ه, a feminine one
ها — a woman, a state or a feminine body —, a plural one هم) and fit the party found. Word lists: data/wordsets.tsv
(stance/*)."""
from __future__ import annotations

from .lexicon import VERB_FORMS, word_set

_MASC = word_set("stance", "masc")
_FEM = word_set("stance", "fem")
_PLURAL = word_set("stance", "plural")
_GOVERNORS = _MASC | _FEM | _PLURAL
_GAP = word_set("stance", "gap")
_COMPLEMENTIZERS = word_set("owners", "complementizers")
_SUFFIX_OF = {"masc": "ه", "fem": "ها", "plural": "هم"}
# acts whose verbal noun's pronoun is the one who acts, not the one who undergoes it (اعتقاله، إقالتها، سجنه)
OWNED = frozenset(("SUPPORT", "REJECT", "REQUEST", "ACCUSE", "AGREE", "CONSULT", "COOPERATE", "THREATEN", "CONCEDE",
                   "RETREAT"))


def _suffix(tok) -> str | None:
    """The pronoun suffix of a verbal noun token (تأييده → ه، رفضها → ها، دعمهم → هم), None for none. Read only as the
    object of a verb of stating, where a noun stands (أعلن استقالته، أعرب عن رفضه: no verb رفضه، استقالت+ه)."""
    w = tok.norm
    w1 = w[1:] if w[:1] in "وف" and len(w) > 5 else w
    if tok.text.endswith("ة") or w1[:2] == "ال":
        return None
    suf = next((x for x in ("هما", "هم", "ها", "ه") if w1.endswith(x)), None)
    if suf is None or len(w1) - len(suf) < 3:
        return None
    return "هم" if suf == "هما" else suf


def _agreement(w: str) -> str | None:
    w = w.lstrip("وف")
    return "masc" if w in _MASC else "fem" if w in _FEM else "plural" if w in _PLURAL else None


def governor(stage, st, toks, ts, strong) -> int | None:
    """The token of the verb of stating that governs the verbal noun at ts, or None: right before it, past up to three
    words of _GAP ("أعرب مرارا عن رفضه") and past the verb's own subject and day ("أعلن رئيس وزراء هايتي جاك غي
    لافونتان السبت استقالته": no other verb, complementizer, act or punctuation between, a day's commas aside)."""
    k = ts - 1
    while k >= 0 and ts - k <= 4 and toks[k].norm.lstrip("و") in _GAP and not strong(k, k + 1):
        k -= 1
    if k >= 0 and not strong(k, ts) and _agreement(toks[k].norm) is not None:
        return k
    dates = stage.lex.datecue_words
    ments = st.ments or []
    for j in range(ts - 1, max(-1, ts - 10), -1):
        w = toks[j].norm
        if _agreement(w) is not None:
            return j if j < ts - 1 and any(m.s == j + 1 for m in ments) else None  # (its subject next)
        if w in VERB_FORMS or w.lstrip("وف") in VERB_FORMS and w not in dates or w in _COMPLEMENTIZERS \
                or any(m2.start_tok == j for m2 in st.trigs) or strong(j, j + 1) and w not in dates \
                and toks[j + 1].norm not in dates:
            return None
        if w not in dates and w.lstrip("و") not in _GAP and not any(m.s <= j < m.e for m in ments):
            return None  # only the subject's names and a day between ("أعلن الرئيس قبول استقالته": another's)
    return None


def stance_owner(stage, text, st, toks, ts, te, typ, last_actor, strong) -> list:
    """[the owner's id] of a stance verbal noun at [ts, te) governed by a verb of stating (module doc), else []."""
    if typ not in OWNED or te - ts != 1:
        return []
    suf = _suffix(toks[ts])
    if suf is None:
        return []
    k = governor(stage, st, toks, ts, strong)
    if k is None:
        return []
    agr = _agreement(toks[k].norm)
    if _SUFFIX_OF[agr] != suf:
        return []  # "أكدت الوزارة دعمه": the pronoun is someone else than the verb's subject
    eid = stage._speaker_near(text, st, 0, k + 1, last_actor, extra=_GOVERNORS, reach=1)[0]
    if eid is None and toks[k].norm.lstrip("و")[:1] == "م":
        # a participle whose clause's subject is dropped ("وأشار إلى ...، مؤكداً تأييده"): the subject of the verb that
        # opens the sentence, the one who spoke before going on
        cut = st.cut(text)
        if cut < k and toks[cut].norm[:1] in "وف" and not any(m.s in (cut, cut + 1) for m in st.ments or []):
            eid = stage._speaker_before(st) or None
    if not eid:
        return []
    from .stage import _pronoun_fits
    if _pronoun_fits([stage._dp.by_id.get(eid) or {}], suf) is None:
        return []
    return [eid]

