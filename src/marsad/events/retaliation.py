"""Vows of retaliation (session 31, track s31verbal): a THREATEN toward the author of the act being answered.

The trigger reading gives a vow of reprisal a THREATEN type (``تعهد بالرد``، ``سيرد على``، ``يحتفظ بحق الرد``) but
looks for the one threatened only after the verb (على / ضد + a party). Mostly the reprisal names the act it answers,
not its author (``قال الكرملين إنه سيرد قريبا على طرد أكثر من 130 دبلوماسيا روسيا من دول غربية``), or names nothing
at all because the act was told just before (``وألقت إيران ... باللوم على إسرائيل في هجوم ... وتعهد مسؤولون إيرانيون
برد انتقامي``، ``متوعدة بأن الهجوم "لن يمر دون رد"``). ``after_sentence`` reads such a vow when the sentence holds
no THREATEN with a recipient yet:

* **The vow** (data/wordsets.tsv ``retaliation``): a verb of vowing or threatening with a reply noun within four
  words after it (``تعهدت الصين بالرد``، ``توعدت روسيا بـ"رد قاس"``، ``متوعدة بالانتقام``); a future of رد (``سنرد``،
  ``سوف ترد``; not an answer to words: condthreats.tsv's row of رد); "will not pass without a reply" (``لن يمر دون
  رد/عقاب``); the right of reply kept (``يحتفظ بحق الرد``).
* **Its author**: the subject right after the verb of vowing, else the speaker of the reported clause or quote.
* **The one threatened**: the author of the act answered — the act noun after على (``بالرد على طرد``): the actors
  of its event in the sentence, the party after من قبل (or من, for an expulsion: the expeller) or its nationality
  adjective (``العقوبات الأمريكية``); and the authors of earlier acts of that type against the vower's side told in
  this or the sentence before (``وأمر ترمب بطرد 60 دبلوماسيا روسيا``). With no act named, the author of the last
  hostile act against the vower's side told in this or the sentence before, or the party the vower's side blamed
  there (``ألقت إيران باللوم على إسرائيل في هجوم``). None found: no event (an undirected vow names no one).
"""
from __future__ import annotations

from operator import itemgetter

from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .lexicon import word_set

_VOW = word_set("retaliation", "vow")  # (تعهد، توعد، هدد ... with their clitics stripped)
_REPLY = word_set("retaliation", "reply")  # (رد، الرد، انتقام، الثأر: read after ب / بـ)
_PASS = word_set("retaliation", "pass")  # (يمر، تمر: لن يمر دون رد)
_WITHOUT = word_set("retaliation", "without")  # (دون، بدون، بلا)
_UNANSWERED = word_set("retaliation", "unanswered")  # (رد، عقاب، حساب)
_KEEP = word_set("retaliation", "keep")  # (يحتفظ بحق الرد)
_SKIP = word_set("retaliation", "skip")  # (كل، أي، هذا: between على and the act noun)
_HOSTILE = ("ASSAULT", "SANCTION", "COERCE", "ACCUSE", "THREATEN")
_PRIOR = ("ASSAULT", "SANCTION", "COERCE")


def _reply_at(toks, j) -> bool:
    """Is token j a reply noun after ب (بالرد، برد، بالانتقام) or after a separate بـ (بـ"رد قاس")?"""
    w = toks[j].norm
    if w[:1] == "ب" and w[1:] in _REPLY:
        return True
    return j > 0 and toks[j - 1].norm in ("ب", "بـ") and w in _REPLY


_REST = itemgetter(slice(1, None))  # a word less its first letter (stage._strip_wf's و/ف)
_VOW_OR_KEEP = _VOW | _KEEP


def _may_vow(norms) -> bool:
    """Can find_vow's loop return a vow? False when no word can open one of its four kinds: no word (or word less its
    first letter: a superset of stage._strip_wf) of vowing or keeping, no لن, and no future whose stem is رد. C-level passes
    (s32speed): most sentences hold none, and the loop then reads every word in Python for nothing."""
    return not (_VOW_OR_KEEP.isdisjoint(norms) and _VOW_OR_KEEP.isdisjoint(map(_REST, norms))) or "لن" in norms \
        or not _reply_futures().isdisjoint(norms)


_REPLY_FUTURES: list = []  # (_reply_futures, once built)


def _reply_futures() -> frozenset:
    """The word forms whose future stem (stage._future_stem) is رد: each is a future/imperfect prefix (و/ف, س, ي/ت/ن)
    before رد and a suffix the stem reading strips, the only shapes that reading takes back to رد; kept from the stem
    reading itself. One set test per sentence instead of a cached call per word (s32speed)."""
    if not _REPLY_FUTURES:
        forms = {a + b + c + "رد" + d for a in ("", "و", "ف") for b in ("", "س") for c in "يتن"
                 for d in ("", "ون", "ان", "ين", "كم", "هم", "ها", "ه")}
        _REPLY_FUTURES.append(frozenset(w for w in forms if _st._future_stem(w) == "رد"))
    return _REPLY_FUTURES[0]


def find_vow(stage, toks):
    """(kind, the vow's token, the reply token) of the first vow of retaliation in the sentence, else None."""
    n = len(toks)
    norms = [t.norm for t in toks]
    if not _may_vow(norms):
        return None
    bare = _st._strip_wf  # (the word less a glued و / ف)
    for k in range(n):
        w = bare(norms[k])
        if w in _VOW:
            r = next((j for j in range(k + 1, min(n, k + 5)) if _reply_at(toks, j)), None)
            if r is not None:
                return "vow", k, r
        if w == "لن" and k + 3 < n and norms[k + 1] in _PASS:
            j = k + 2 + (norms[k + 2] == "من")
            if j + 1 < n and norms[j] in _WITHOUT and norms[j + 1] in _UNANSWERED:
                return "unanswered", k + 1, j + 1
        if w in _KEEP and k + 2 < n and (norms[k + 1] == "بحق" and norms[k + 2] == "الرد"
                                         or norms[k + 1] == "بالحق" and k + 3 < n and norms[k + 2] == "في"
                                         and norms[k + 3] == "الرد"):
            return "right", k, k + 2 + (norms[k + 1] == "بالحق")
        if _st._future_stem(norms[k]) == "رد" and _st._future(toks, k) and not (
                k > 0 and norms[k - 1].lstrip("وف") in ("لن", "لا", "لم")):
            nxt = stage.lex.condthreats.get("رد") or ""
            if nxt.startswith("!") and any(toks[j].norm.lstrip("وبل") in _st._unless_words(nxt)
                                           for j in range(k + 1, min(n, k + 4))):
                continue  # "سيردّون على المخاوف الأمريكية"، "سترد الدعوى": an answer or a dismissal
            return "future", k, k
    return None


def _country(stage, ids) -> set:
    return _st._countries(ids, stage._dp)


def _vower(stage, text, st, toks, groups, quotes, kind, k, r):
    """The one who vows: the subject right after the verb of vowing (past a day), else the speaker."""
    if kind == "vow":
        g = next((g for g in groups if g["prep"] is None and k < g["s"] < r and not _st._civilians(g, stage._dp)
                  and not _st._strong_between(text, toks, k + 1, g["s"])), None)
        own = set(range(g["s"], g["e"])) if g is not None else set()
        if any(j not in own and toks[j].norm not in stage.lex.datecue_words and toks[j].norm not in ("ب", "بـ")
               for j in range(k + 1, r)):
            return []  # "السعودية تتوعد السائقات بـ"رد قوي"": the vow names the one it threatens (the trigger's reading)
        if g is not None:
            return list(g["ids"])
        participle = toks[k].norm.lstrip("وف").startswith(("متوعد", "متعهد", "مهدد"))
        # "تعهدت بكين بالرد"، "الصين ... التي تعهدت بالرد": the subject before the verb (a participle's is the main
        # clause's: "وقال ماكرون ... إدانته الشديدة "للهجوم الروسي على التراب البريطاني"، ومتوعدا برد قوي")
        g = next((g for g in groups if g["prep"] is None and g["e"] == k and not _st._civilians(g, stage._dp)), None)
        if g is not None and not participle:
            return list(g["ids"])
    sp = stage._announcer(text, st, k, quotes, None)
    return [sp] if sp is not None else []


def _act_noun(toks, r):
    """The token of the act after على that the reply at token r answers (بالرد على طرد، سيرد قريبا على العقوبات), else
    None; -1 for على with a pronoun (الرد عليه: the act told before)."""
    n = len(toks)
    for j in range(r + 1, min(n - 1, r + 4)):
        w = toks[j].norm
        if w in ("عليه", "عليها", "عليهم"):
            return -1
        if w == "علي":
            a = j + 1
            while a < n - 1 and toks[a].norm in _SKIP:
                a += 1
            return a
    return None


def _authors_named(stage, text, toks, groups, st, events, a, actors):
    """The author the sentence names for the act at token a: its event's actors, the party after من قبل (or من for an
    expulsion) within six words, its nationality adjective right after it; with the act's type."""
    m = next((m for m in st.trigs if m.start_tok == a and m.value.type in _HOSTILE), None)
    typ = m.value.type if m is not None else None
    ev = next((e for e in events if e["_sent"] == st.i and e["trigger"]["start"] == toks[a].start and e["actors"]
               and not e["negated"]), None)
    if ev is not None:
        return list(ev["actors"]), ev["type"]
    if m is None:
        return [], None
    out = []
    for g in groups:
        if not (a < g["s"] <= a + 7) or _st._full_stop_between(text, toks, a, g["s"]) or _st._civilians(g, stage._dp) \
                or _st._strong_between(text, toks, a + 1, g["s"]):
            continue
        if g["prep"] == "من قبل" or g["prep"] == "من" and m.value.mode == "expel":
            out = list(g["ids"])
            break
        if g["s"] == a + 1 and g["prep"] is None and all(stage._nationality(toks, x) and x.country for x in g["m"]):
            out = list(g["ids"])  # "ردا على العقوبات الأمريكية"
            break
    if not out and m.value.mode == "expel":
        out = _generic_expeller(stage, text, toks, a)
    return [i for i in out if i not in actors], typ


def _generic_expeller(stage, text, toks, a):
    """The generic group of states after من that expelled the diplomats of the expulsion noun at token a ("طرد أكثر من
    130 دبلوماسيا روسيا من دول غربية"، "من دول أوروبية"): a party of data/generic_addressees.tsv's heads (its indefinite
    or definite adjective with it), as a list of its id, else []."""
    from .appeals import _generic_rows, phrase_party
    heads = _generic_rows()[0]
    n = len(toks)
    for j in range(a + 1, min(n - 1, a + 8)):
        if _st._full_stop_between(text, toks, a, j) or toks[j].norm != "من":
            continue
        h = (toks[j + 1].norm,)
        if h not in heads:
            continue
        e = j + 2
        if e < n and toks[e].norm.removeprefix("ال").endswith(("يه", "ي", "يين", "ين")) \
                and not _st._STRONG.search(text, toks[e - 1].end, toks[e].start):
            e += 1  # (its adjective: دول غربية، الدول الأوروبية)
        elif not h[0].startswith("ال"):
            continue  # (a bare plural needs its adjective)
        return [phrase_party(stage, text, toks, j + 1, e, h, None)]
    return []


def _prior_authors(stage, st, events, actors, typ):
    """The authors of the acts against the vower's side told in this sentence (before the vow) or the one before: the
    actors of a hostile act (of type ``typ`` when given) with a recipient of the vower's country; with no type, else
    the parties the vower's side blamed there (ACCUSE)."""
    own = _country(stage, actors)
    if not own:
        return []
    out = []
    for e in reversed(events):
        if e["_sent"] not in (st.i, st.i - 1) or e["negated"] or e["hypothetical"] or not e["actors"]:
            continue
        if e["type"] in (((typ,) if typ else _PRIOR)) and _country(stage, e["recipients"]) & own \
                and not _country(stage, e["actors"]) & own:
            out += [i for i in e["actors"] if i not in out and i not in actors]
        elif not typ and not out and e["type"] == "ACCUSE" and _country(stage, e["actors"]) <= own \
                and _country(stage, e["actors"]) and e["recipients"] and not _country(stage, e["recipients"]) & own:
            out += [i for i in e["recipients"] if i not in out and i not in actors and stage._specific(i)]
    return out


def after_sentence(stage, doc, sents, st, events, quotes, pub):
    """The THREATEN of a vow of retaliation in sentence ``st`` against the author of the act it answers (module doc)."""
    if any(e["_sent"] == st.i and e["type"] == "THREATEN" and e["recipients"] for e in events):
        return []
    toks, text = st.toks, doc["text"]
    vow = find_vow(stage, toks)
    if vow is None:
        return []
    kind, k, r = vow
    groups = _st._groups(text, toks, st.ments)
    actors = _vower(stage, text, st, toks, groups, quotes, kind, k, r)
    if not actors:
        return []
    a = _act_noun(toks, r)
    if a is not None and a >= 0 and _st._full_stop_between(text, toks, r, a):
        a = None
    recips, typ = _authors_named(stage, text, toks, groups, st, events, a, actors) if a is not None and a >= 0 else ([], None)
    if a is not None and a >= 0 and typ is None:
        return []  # (an answer to something that is no hostile act: "سيرد على الرسالة")
    recips += [i for i in _prior_authors(stage, st, events, actors, typ) if i not in recips]
    own = _country(stage, actors)
    recips = [i for i in recips if i not in actors and not _country(stage, [i]) & own]
    # (not the vower's own side: "قال نتانياهو إن إسرائيل "سترد بقوة كبيرة" على القذائف")
    if not recips:
        return []
    th = stage._threat(doc, sents, st, k, pub, actors, recips, None, 0.55, typed=True)
    dt = th["date_text"]
    at = text.find(dt, st.start, toks[k].start) if dt else -1
    if dt and text.find(dt, toks[k].end, st.end) < 0 and (at < 0 or any(
            toks[m.start_tok].start < toks[k].start for m in st.trigs if m.value.type in _HOSTILE)):
        # "في هجوم وقع في التاسع من أبريل ... وتعهد مسؤولون إيرانيون برد انتقامي": the day of the act answered, told
        # before the vow (or in a sentence before), is not the vow's (told that day: the publication's)
        th["date"], th["date_text"], th["historical"] = (pub.isoformat() if pub else None), None, False
    return [th]
