"""Explicit verbal conflict the trigger reading leaves open: rebuttals and the factuality of circumstantial participles.

The event stage (stage.py) reads a trigger with its subject and object. Three constructions of news Arabic tell a
denial or a criticism whose other side is not the trigger's object; this module reads them after a sentence's events
are built (``after_sentence``), with its word lists in ``data/rebuttals.tsv``:

* **A denial that takes up the clause before it** (``اتهمت كييف موسكو بتدبير هجمات، وهو ما نفته روسيا``، ``ويتهمونها
  بتقديم الدعم للمتمردين، الأمر الذي تنفيه موسكو``): the verb of denying carries the pronoun of that clause, so the
  one rejected is the author of the accusation or demand told in it (``resumed`` lets such a verb stand without its
  need word; ``after_sentence`` gives it its recipient, and drops it when the clause before tells no act with an
  author: a denied report names no one rejected).
* **An accusation judged false** (``وصف لافروف الاتهامات الأميركية بأنها هراء``، ``قالت الخارجية الصينية إن
  الاتهامات الأمريكية لا أساس لها من الصحة``، ``اعتبر بوتين أن ادعاءات بريطانيا ... باطلة``): who dismisses it rejects
  (REJECT, deny) its author — the owner the charge noun names (its genitive, a nationality adjective, a من / من قبل
  phrase, ``اتهام بريطانيا لروسيا``) or else the author of the accusation against the judge's side told before in the
  story. A judgement by a verb of describing that the trigger reading took as criticism (ACCUSE) is that denial.
  No event when no accuser is named: a denial needs the party it rejects.
* **A circumstantial participle after the main clause** (``دعت الإمارات قطر إلى التوقف عن "دعم الإرهاب" نافية
  اتهامها``): a new predicate of the main clause's subject, told as factually as the main verb; the demanded or
  planned act just before it does not make it hypothetical.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from ..lang.ar import TOKEN_NORM, normalize
from . import claims as _claims
from . import stage as _st  # (imported by stage.py: its helpers are read at call time)
from .parties import _anaphor_stem
from .lexicon import VERB_FORMS, PhraseMatcher, norm_phrase, read_tsv, readings, word_set


class Rebuttals:
    __slots__ = ("charge", "charge_m", "false", "resume", "nots", "report", "report_in")


def load() -> Rebuttals:
    rb = Rebuttals()
    rb.nots, rb.report, rb.report_in = set(), PhraseMatcher(), set()
    rb.charge_m, rb.false, rb.resume = PhraseMatcher(), PhraseMatcher(), PhraseMatcher()
    for kind, form in read_tsv("rebuttals.tsv"):
        if kind == "charge":
            rb.charge_m.add((normalize(form),), True)
        elif kind == "false":
            rb.false.add(norm_phrase(form), True)
        elif kind == "resume":
            rb.resume.add(norm_phrase(form), True)
        elif kind == "not":
            rb.nots.add(normalize(form))
        elif kind == "report":
            rb.report.add(norm_phrase(form), True)
        elif kind == "report_in":
            rb.report_in.add(normalize(form))
    rb.charge = frozenset(rb.charge_m.trie)  # (the charge nouns: the one-word phrases of charge_m)
    return rb


_OBJ_PRON = ("ه", "ها", "هم", "هما")
_ANSWERED = ("ACCUSE", "REQUEST", "THREATEN")
_THAT = word_set("critics", "that")
_THAT_CLAUSE = word_set("critics", "that_clause")
_CONFLICT = ("ACCUSE", "REJECT")
_CONTRAST = word_set("critics", "contrast")  # (في حين)
# a circumstantial participle of a verbal act (نافيا، نافية، مؤكدا، منددة، متهما، مطالبين، داعية، رافضا)
_HAL = re.compile(r"^(?:م\w{3,}|نافي|داعي|رافض)(?:ا|ه|ين)$")


# between a verb of denying and the ما of what it denies: its subject (a party), time words and these
_DENY_FILLERS = word_set("deny", "filler")  # (data/wordsets.tsv)
# the noun of a text "ما جاء في" takes up (تقرير، كتاب، مقال ...): its author follows
_TEXT_NOUNS = word_set("deny", "text_noun")


def reported_by(stage, toks, groups, te, actors) -> list:
    """"نفى حزب الله الثلاثاء ما نشره موقع فردا نيوز"، "ونفى ترامب ما قالته ماكدوغال"، "نفت صحة ما أعلنه الجيش الروسي"،
    "ونفت روسيا ما جاء في تقرير نشرته صحيفة وول ستريت جورنال": a denial of what a party reported or said, taken up by
    ما after the verb of denying (its subject, time words and صحة between): that party (the subject of the verb of
    reporting, or the author of the text ما جاء في names) is the one rejected; [] when none is named ("ما جاء في
    كتاب جديد"، "ما يتردد عن")."""
    text = stage._text or ""
    rb = stage.lex.rebut
    n = len(toks)
    k = te
    while k < n and k - te <= 8:
        if _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
            return []
        w = toks[k].norm
        if w in ("ما", "لما", "بما"):
            break
        g = next((g for g in groups if g["s"] <= k < g["e"]), None)
        if g is not None:
            if set(g["ids"]) - set(actors):
                return []  # (another party before ما: not the denier's own clause)
            k = g["e"]
            continue
        if w not in _DENY_FILLERS and w not in stage.lex.datecue_words and w not in _st._DAY_FILLERS:
            return []
        k += 1
    else:
        return []
    k += 1
    if k >= n or _st._STRONG.search(text, toks[k - 1].end, toks[k].start):
        return []
    hit = rb.report.longest_at(toks, k)
    if hit is not None:
        v = hit[0]
    elif toks[k].norm in rb.report_in and k + 2 < n and toks[k + 1].norm == "في" and toks[k + 2].norm in _TEXT_NOUNS:
        v = k + 3  # (the author: the text noun's genitive, or the subject of نشرته after it)
        if v < n and rb.report.longest_at(toks, v) is not None:
            v = rb.report.longest_at(toks, v)[0]
    else:
        return []
    while v < n and (toks[v].norm in stage.lex.datecue_words or toks[v].norm in _st._DAY_FILLERS):
        v += 1
    for g in groups:
        if v <= g["s"] <= v + 2 and g["prep"] is None and not set(g["ids"]) & set(actors) \
                and not _st._STRONG.search(text, toks[v - 1].end, toks[g["s"]].start) \
                and all(toks[j].norm not in ("من", "في", "عن", "الى", "على", "ب", "مع", "حول", "بشان") for j in range(v, g["s"])):
            norp = _demonym_at(stage, toks[g["s"]])
            if norp is not None and norp not in g["ids"] and g["e"] - g["s"] > 1 and toks[g["s"] + 1].norm[:1] == "ل":
                return [norp]  # "ما نسبته وسائل إعلام قطرية للوزيرة ...": the medium's state, not the one it is about
            return list(g["ids"])
    return []


def _demonym_at(stage, tok):
    """The id of a demonym (a NORP with no sector) told by the token ``tok``, or None (DocParties.stage_mentions: the
    entity stage's mentions sorted by start)."""
    dp = stage._dp
    for ms, _, eid in islice(dp.stage_mentions, bisect_left(dp.stage_mentions, (tok.start,)), None):
        if ms != tok.start:
            break
        e = dp.by_id.get(eid) or {}
        if e.get("type") == "NORP" and not e.get("sector"):
            return eid
    return None


def in_denied_report(stage, toks, ts) -> bool:
    """Does token ts stand in the content of a denied report ("نفى حزب الله الثلاثاء ما نشره موقع فردا نيوز الإيراني من
    كلام منسوب لأمينه حسن نصر الله خلال لقاء مع الجالية الإيرانية"): after a verb of denying, ما and a verb of reporting
    (rebuttals.tsv report) before it in its clause? What the report told is not asserted."""
    if ts < 2 or _WHAT.isdisjoint(map(TOKEN_NORM, toks[max(0, ts - 29):ts - 1])):
        return False  # (no ما before the word within the loop's reach below)
    text = stage._text or ""
    rb = stage.lex.rebut
    if ts > 0 and _st._STRONG.search(text, toks[ts - 1].end, toks[ts].start):
        return False  # (the loop reads the gap after each word from ts - 2 on: "ما نشره الموقع، واتهم إسرائيل")
    for k in range(ts - 2, max(-1, ts - 30), -1):
        if _st._STRONG.search(text, toks[k].end, toks[k + 1].start):
            return False
        if toks[k].norm not in _WHAT or rb.report.longest_at(toks, k + 1) is None:
            continue
        d = next((j for j in range(k - 1, max(-1, k - 9), -1) if toks[j].norm.lstrip("وف") in _DENY_VERBS), None)
        return d is not None and not any(_st._STRONG.search(text, toks[j].end, toks[j + 1].start) for j in range(d, k))
    return False


_DENY_VERBS = word_set("deny", "verb")
_WHAT = word_set("critics", "what")  # (in_denied_report: the ما that opens the denied report's content)


def resumed(stage, st, m) -> bool:
    """Is the denial verb at ``m`` (نفته، تنفيه، ينفيه، نفاه) the object-pronoun verb of a head that takes up the clause
    before it (وهو ما، الأمر الذي), or a denial of "ذلك" / "هذا" told after a claim (تقول الحكومة إن ...، فيما تنفي حماس
    ذلك؛ لكن روسيا نفت ذلك)? Then it needs no charge noun after it."""
    return resume_head(stage, st.toks, m.start_tok) is not None or _denied_that(stage, st.toks, m.start_tok)


def resume_head(stage, toks, k):
    """The first token of the head that takes up the clause before the pronoun verb at ``k`` (وهو ما نفته), provided
    that clause tells an accusation, a demand or a threat, or a claim a named speaker says (a bare report or rumour
    names no one rejected); else None."""
    if k < 2 or not toks[k].norm.endswith(_OBJ_PRON):
        return None
    rs = stage.lex.rebut.resume
    head = next((j for j in range(max(0, k - 4), k - 1) if rs.longest_at(toks, j) == (k, True)), None)
    if head is not None and any(m2.end_tok <= head and m2.value.type in _ANSWERED for m2 in stage.lex.trig.find_all(toks)):
        return head
    if head is not None and _claims.said_before(stage, toks, head):
        return head  # "وكان مصدر تركي قال ... إن خاشقجي قتل داخل القنصلية، وهو الأمر الذي تنفيه السلطات السعودية" (s28deny)
    return None


def _denied_that(stage, toks, k) -> bool:
    """A denial verb whose object is "ذلك" / "هذا" (the claim told before it), with a claim before it in the sentence (a
    verb of saying, an accusation or a demand) or opening its sentence (the claim is the sentence before)."""
    j = k + 1
    if j < len(toks) and toks[j].norm not in _THAT and j + 1 < len(toks) and toks[j + 1].norm in _THAT \
            and not _st._strong_between(stage._text or "", toks, j, j + 1):
        j += 1  # "وينفي السعوديون هذا"، "لكن روسيا نفت ذلك": the subject between
    if j >= len(toks) or toks[j].norm not in _THAT:
        return False
    if j + 1 < len(toks) and toks[j + 1].norm.startswith("ال") \
            and not _st._strong_between(stage._text or "", toks, j + 1, j + 2):
        return False  # "نفت هذا الاتهام"، "نفى البرتغالي هذا الأسبوع": a determiner, not the claim itself
    if k <= 3:
        return True
    speech = stage.lex.speech
    return any(toks[x].norm in speech or toks[x].norm[1:] in speech for x in range(k)) or any(
        m2.end_tok <= k and m2.value.type in _ANSWERED for m2 in stage.lex.trig.find_all(toks))


def _tok_at(toks, start):
    return next((k for k, t in enumerate(toks) if t.start == start), None)


def _charge_at(rb, tok) -> bool:
    return any(r in rb.charge for r in readings(tok.norm))


def after_sentence(stage, doc, sents, st, events, quotes, pub) -> list:
    """Read the rebuttals and participles of sentence ``st`` into ``events`` (in place); returns new events."""

    text = doc["text"]
    toks = st.toks
    rb = stage.lex.rebut
    mine = []
    for e in reversed(events):  # (a sentence's events come last)
        if e["_sent"] == st.i:
            mine.append(e)
        elif e["_sent"] < st.i:
            break
    mine.reverse()
    # (a charge judged false is told beside an accusation or a denial the trigger lexicon reads)
    charges = rb.charge_m.find_all(toks) if any(m.value.type in ("ACCUSE", "REJECT") for m in st.trigs) else ()
    charged = bool(charges) and bool(rb.false.find_all(toks))
    if not charged and not any(e["type"] in ("REJECT", "ACCUSE", "SUPPORT", "REQUEST") for e in mine) \
            and not any(m.value.type == "REJECT" for m in st.trigs):
        return []
    groups = None
    drop = []
    for ev in mine:
        if ev["type"] not in ("REJECT", "ACCUSE", "SUPPORT", "REQUEST") or not (
                ev["hypothetical"] or ev["type"] == "REJECT" and ev["mode"] == "deny"):
            continue
        k = _tok_at(toks, ev["trigger"]["start"])
        if k is None:
            continue
        head = resume_head(stage, toks, k) if ev["type"] == "REJECT" and ev["mode"] == "deny" \
            and ev["trigger"]["end"] == toks[k].end else None
        that = head is None and ev["type"] == "REJECT" and ev["mode"] == "deny" and _denied_that(stage, toks, k)
        if head is not None or that:
            # "اتهمت كييف موسكو بتدبير هجمات، وهو ما نفته روسيا": the author of the clause's accusation or demand;
            # "تقول الحكومة إنها ...، فيما تنفي حماس ذلك": the one who said what is denied
            if groups is None:
                groups = _st._free_groups(text, toks, st)
            subj = next((g for g in groups if g["prep"] is None and k < g["s"] <= k + 3
                         and set(g["ids"]) & set(ev["actors"])), None)  # ("وهو ما نفته روسيا": the subject after it)
            if subj is None and that:  # ("لكن روسيا نفت ذلك": the subject before it)
                subj = next((g for g in groups if g["prep"] is None and g["e"] == k and set(g["ids"]) & set(ev["actors"])
                             and not _st._strong_between(text, toks, g["e"], k)), None)
            t0 = toks[head if head is not None else k].start
            who = _claimant(stage, doc, st, mine, quotes, ev, k, t0)
            if who is None or subj is None:
                drop.append(ev)
                continue
            ev["recipients"] = [a for a in who if a not in ev["actors"]]
            if head is not None and toks[k - 1].norm.lstrip("وف") not in ("لم", "لا", "لن"):
                ev["negated"] = False  # (the ما of "وهو ما نفته" is no negation)
            if not ev["recipients"] or stage._same_state(ev["actors"], ev["recipients"]):
                drop.append(ev)
            continue
        if ev["hypothetical"] and not ev["negated"] and ev["type"] in ("REJECT", "ACCUSE", "SUPPORT", "REQUEST") \
                and k > 0 and _HAL.match(toks[k].norm.lstrip("و")) and ev["actors"]:
            # "... إرهابيين" نافية اتهامها": the participle is as factual as the main verb of its subject
            main = next((e for e in mine if e is not ev and e["trigger"]["end"] <= ev["trigger"]["start"]
                         and set(e["actors"]) == set(ev["actors"])
                         and e["type"] in ("REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONSULT")),
                        None)
            if main is not None and not main["hypothetical"] and not main["negated"] \
                    and text[toks[k - 1].end:toks[k].start].strip() in ('"', "»", "”", "،", ",") \
                    and toks[k - 1].norm.lstrip("و") not in ("كان", "كانت", "ليس", "ليست", "سيكون", "ستكون") \
                    and not _future_before(toks, k):
                ev["hypothetical"] = False
    out = []
    told = {e["trigger"]["start"] for e in mine}
    for m in st.trigs:
        if m.value.type == "REJECT" and m.value.mode == "deny" and toks[m.start_tok].start not in told \
                and _denied_that(stage, toks, m.start_tok):
            # "يقول مسؤولون أتراك إن خاشقجي قتل داخل القنصلية، لكن السعودية تنفي ذلك": the trigger reading found no
            # one rejected; the claimant is the one who said what is denied
            if groups is None:
                groups = _st._free_groups(text, toks, st)
            ev = _denial_of_that(stage, doc, sents, st, mine, quotes, pub, groups, m)
            if ev is not None:
                out.append(ev)
                mine.append(ev)
    for ev in drop:
        _forget(stage, events, ev)
    for k in (c.start_tok for c in charges) if charged else ():
        j = _false_after(text, toks, rb, k)
        if j is None:
            continue
        if groups is None:
            groups = _st._free_groups(text, toks, st)
        ev = _dismissal(stage, doc, sents, st, events, quotes, pub, groups, k, j)
        if ev is not None:
            out.append(ev)
            break
    return out


def _denial_of_that(stage, doc, sents, st, mine, quotes, pub, groups, m):
    """The REJECT (deny) of "نفت X ذلك" / "X تنفي ذلك" toward the one who made the claim, or None."""
    text, toks = doc["text"], st.toks
    k = m.start_tok
    subj = next((g for g in groups if g["prep"] is None and g["s"] == k + 1), None) \
        or next((g for g in groups if g["prep"] is None and g["e"] == k and not _st._strong_between(text, toks, g["e"], k)), None)
    if subj is None or _st._civilians(subj, stage._dp) or _st._media_only(subj, stage._dp):
        return None
    actors = list(subj["ids"])
    t0, t1 = toks[k].start, toks[k].end
    ev = {"actors": actors}
    who = _claimant(stage, doc, st, mine, quotes, ev, k, t0)
    recips = [i for i in who or [] if i not in actors]
    if not recips or stage._same_state(actors, recips):
        return None
    negated, hyp, hist = stage._factuality(st, k, m.end_tok)
    if negated:
        return None
    return _denial(stage, doc, sents, st, pub, actors, recips, hyp, hist, (k, m.end_tok, t0, t1), (t0, t1))


_FUNCTION_WORDS = word_set("critics", "function_words")


def _named_party(stage, eid) -> bool:
    """A party the text pins down (stage._placed), not a run of words read as a name ("دوليون إن الصاروخ")."""
    if not stage._placed(eid):
        return False
    e = stage._dp.by_id.get(eid) or {}
    return bool(e.get("kb_id") or e.get("wikidata")) or not any(
        normalize(w) in _FUNCTION_WORDS for w in (e.get("name_ar") or e.get("name") or "").split())


def _mentioned(stage, eid, lo, hi) -> bool:
    """Is the party named between offsets lo and hi?"""
    e = stage._dp.by_id.get(eid) or {}
    return any(isinstance(m, dict) and lo <= (m.get("start") or -1) < hi for m in e.get("mentions") or []) \
        or _taken_up(stage, eid, lo, hi)


def _taken_up(stage, eid, lo, hi) -> bool:
    """Is the party taken up between offsets lo and hi by its definite head noun alone, which refers back to it
    ("قالت منظمة العفو الدولية ... وذكرت المنظمة أن ... لكن الجماعة نفت ذلك": the organisation the speaker is)?"""
    dp = stage._dp
    for s, e in stage._spans:
        if e <= lo or s >= hi:
            continue
        for t in dp.tokens(s, e):
            if lo <= t.start < hi and (h := _anaphor_stem(t.norm)) is not None and dp._antecedent(h, s, t.start) == eid:
                return True
    return False


def _claimant(stage, doc, st, mine, quotes, ev, k, t0):
    """Who made the claim a resumed denial answers: the author of an accusation, a demand or a threat told before it in
    the sentence, else the speaker of reported speech that opens before it (in this sentence, or in the sentence before
    when the denial opens its own); None when neither is told."""
    text, toks = doc["text"], st.toks
    prev = next((e for e in mine[::-1] if e is not ev and e["actors"] and e["trigger"]["end"] <= t0
                 and e["type"] in _ANSWERED and not set(e["actors"]) & set(ev["actors"])), None)
    if prev is not None and not _st._full_stop_between(text, toks, _tok_at(toks, prev["trigger"]["start"]) + 1, k):
        return list(prev["actors"])
    lo = st.start
    if k <= 3 and st.i > 0:
        lo = stage._spans[st.i - 1][0]  # ("... إنه قتل داخلها. لكن السعودية تنفي ذلك")
    q = next((q for q in quotes[::-1] if lo <= q["start"] < t0 and q.get("speaker")
              and q["speaker"] not in ev["actors"] and _named_party(stage, q["speaker"])
              and _mentioned(stage, q["speaker"], lo, t0)), None)  # (not a speaker carried from further back)
    if q is not None:
        return [q["speaker"]]
    sp, verb = stage._speaker_near(text, st, 0, k, None)
    if sp is not None and verb is not None and sp not in ev["actors"] and _named_party(stage, sp) and any(
            toks[x].norm in _THAT_CLAUSE for x in range(verb + 1, k)):
        return [sp]  # ("ويقول مسؤولون أتراك إن ...، لكن السعودية تنفي ذلك": the speaker of the claim)
    if k > 3 and (who := _claims.author_before(stage, st, toks, _tok_at(toks, t0) or k, ev["actors"])):
        return who  # ("وتتهم السعودية جارتها ... بأنها وراء إمداد الحوثيين بالصواريخ، وهو ما تنفيه طهران": the subject of
        # the verb of accusing or claiming whose clause got no event of its own; claims.author_before, s28deny)
    if k <= 3 and st.i > 0:
        prev = next((e for e in stage._recent_events[::-1] if e.get("_sent") == st.i - 1 and e["actors"]
                     and e["type"] in _ANSWERED and not set(e["actors"]) & set(ev["actors"])), None)
        if prev is not None:
            return list(prev["actors"])
    return None


def _future_before(toks, k) -> bool:
    w = toks[k - 1].norm.lstrip("و")
    return w in ("سوف", "لن") or w.startswith(("سي", "ست"))


def _false_after(text, toks, rb, k):
    """The index of a word judging the charge at ``k`` false, within its clause (quotes may stand between), or None."""

    for j in range(k + 1, min(len(toks), k + 14)):
        if _st._full_stop_between(text, toks, k + 1, j):
            return None
        if j > k + 1 and _charge_at(rb, toks[j]):
            return None  # (another charge: the judgement is its own)
        hit = rb.false.longest_at(toks, j)
        if hit is not None:
            if toks[j - 1].norm.lstrip("و") in rb.nots:
                return None  # "ليست كاذبة"
            return j
    return None


def _dismissal(stage, doc, sents, st, events, quotes, pub, groups, k, j):
    """The REJECT (deny) of the charge at token ``k`` judged false at ``j``, or None (no judge, or no accuser named)."""

    text, toks = doc["text"], st.toks
    mine = [e for e in events if e["_sent"] == st.i]
    t0 = toks[k].start
    # the judge: a verb of describing read as criticism before the charge (وصف لافروف الاتهامات ...), the speaker of
    # the quote or of the reported clause that holds it
    desc = next((e for e in mine if e["type"] == "ACCUSE" and e["mode"] == "disapprove" and e["actors"]
                 and e["trigger"]["end"] <= t0 and (dk := _tok_at(toks, e["trigger"]["start"])) is not None
                 and not _st._full_stop_between(text, toks, dk + 1, k) and k - dk <= 10 and _judging(toks[dk].norm)),
                None)
    told = next((e for e in mine if e["type"] == "REJECT" and e["mode"] == "deny"), None)
    if told is not None:
        if desc is not None and set(desc["actors"]) <= set(told["actors"]) and told["recipients"]:
            # "ونفت سفيرة بريطانيا أن تكون بلادها ضالعة ...، ووصفت الاتهامات الروسية بالكذب": the describing verb
            # goes on with the same denial, no criticism of its own
            _forget(stage, events, desc)
        return None  # "نفى ... الاتهامات، واصفا إياها بالكاذبة": the denial is told already
    judge = list(desc["actors"]) if desc is not None else None
    if judge is None:
        # "وصف لافروف ادعاءات بريطانيا بتورط روسيا في ... بأنها هراء": a verb of describing whose need word stands
        # too far for the trigger reading; its subject right after it (or right before it) judges
        tv = next((x for x in range(k - 1, max(-1, k - 9), -1) if _judging(toks[x].norm)), None)
        if tv is not None and not _st._strong_between(text, toks, tv + 1, k):
            dem = k - 1 if k > 0 and toks[k - 1].norm in _DEMONSTRATIVES else k  # (ووصفت موسكو هذه المزاعم)
            g = next((g for g in groups if g["prep"] is None and tv < g["s"] <= tv + 3 and g["e"] == dem), None)
            if g is None and dem == tv + 1:
                g = next((g for g in groups if g["prep"] is None and g["e"] == tv), None)  # SVO
            if g is not None:
                judge = list(g["ids"])
    if judge is None:
        q = next((q for q in quotes if q["start"] <= t0 < q["end"] and q.get("speaker")), None)
        if q is not None:
            judge = [q["speaker"]]
        else:
            sp, verb = stage._speaker_near(text, st, 0, k, None)
            if sp is None or verb is None or not any(
                    toks[x].norm in ("ان", "انه", "انها", "بان", "وان", "بانها", "بانه") for x in range(verb + 1, k)) \
                    and ":" not in text[toks[verb].end:t0]:
                return None
            if not any(sp in g["ids"] for g in groups if g["s"] < k):
                g = next((g for g in groups[::-1] if g["e"] <= verb and verb - g["e"] <= 1 and g["prep"] is None
                          and not _st._strong_between(text, toks, g["e"], verb)), None)
                if g is None or len(g["ids"]) != 1:
                    return None
                sp = g["ids"][0]
            judge = [sp]
    for e in mine:
        if e["type"] == "ACCUSE" and e["mode"] == "allege" and e["trigger"]["start"] == t0 and set(e["actors"]) <= set(judge):
            # the charge noun read as the judge's own accusation ("وصف مسلم الاتهامات التركية بالكاذبة"): a misreading
            _forget(stage, events, e)
    acc = _accuser(stage, text, toks, groups, k, judge)
    if acc is None:
        acc = _story_accuser(stage, events, judge, st.i)
    if not acc:
        return None
    recips = [i for i in acc if i not in judge]
    if not recips or stage._same_state(judge, recips):
        return None
    if desc is not None:
        # the criticism read from the verb of describing is this denial
        desc["type"], desc["mode"], desc["recipients"] = "REJECT", "deny", recips
        return None
    negated, hyp, hist = stage._factuality(st, k, k + 1)
    tk0, tk1 = toks[j].start, toks[j].end
    return _denial(stage, doc, sents, st, pub, judge, recips, False, hist, (k, k + 1, t0, toks[k].end), (tk0, tk1))


def _denial(stage, doc, sents, st, pub, actors, recips, hyp, hist, dated, trig) -> dict:
    """A REJECT (deny) event of ``actors`` toward ``recips``, dated from the tokens and offsets ``dated`` (its start
    and end token, start and end offset), its trigger the text at offsets ``trig``; kept among the recent events."""
    text = doc["text"]
    date, date_text, dhist, _ = stage._date(doc, sents, st, *dated, pub, "REJECT")
    ev = {"id": "", "type": "REJECT", "mode": "deny", "context": stage._contexts(st, "REJECT"),
          "actors": actors, "recipients": recips, "location": None, "date": date, "date_text": date_text,
          "negated": False, "hypothetical": hyp, "historical": hist or dhist,
          "sentence": text[st.start:st.end], "start": st.start, "end": st.end,
          "trigger": {"text": text[trig[0]:trig[1]], "start": trig[0], "end": trig[1]}, "confidence": 0.6,
          "_sent": st.i}
    stage._recent_events.append(ev)
    return ev


_DEMONSTRATIVES = word_set("critics", "demonstratives")
_JUDGING = ("وصف", "يصف", "تصف", "اعتبر", "يعتبر", "تعتبر", "معتبر", "واصف")


def _judging(w) -> bool:
    """A verb or participle of describing or deeming (وصف، ووصفت، اعتبر، معتبرا، واصفا)."""
    return w.startswith(_JUDGING) or w[:1] in "وف" and w[1:].startswith(_JUDGING)


def _accuser(stage, text, toks, groups, k, judge):
    """The author the charge noun at ``k`` names: "اتهامات واشنطن"، "الاتهامات الأميركية"، "اتهام بريطانيا لروسيا"،
    "الاتهامات الموجهة من قبل قطر"; the genitive of the verbal noun اتهام is the one accused unless لـ follows it."""
    bare = [r for r in readings(toks[k].norm) if r in stage.lex.rebut.charge]
    masdar = "اتهام" in bare
    w = toks[k].norm
    if w.endswith(("ها", "هم")) and not any(w.endswith(b) for b in bare):
        # "مشيرا إلى أن اتهاماتها كانت مروعة": the owner of the pronoun, the last party named before it (not the judge)
        by = stage._dp.by_id
        own = {(by.get(i) or {}).get("country") for i in judge} - {None}
        prev = next((g for g in groups[::-1] if g["e"] <= k and not set(g["ids"]) & set(judge)
                     and not ({(by.get(i) or {}).get("country") for i in g["ids"]} & own)
                     and not _st._full_stop_between(text, toks, g["e"], k)), None)
        return list(prev["ids"]) if prev is not None else None
    for g in groups:
        if g["s"] <= k or g["s"] - k > 4 or _st._strong_between(text, toks, k + 1, g["s"]):
            continue
        if g["prep"] is None and (g["s"] == k + 1 or g["s"] == k + 2 and toks[k + 1].norm.startswith("ال")):
            nat = all(stage._nationality(toks, x) and x.country for x in g["m"])
            if nat or not masdar:
                return list(g["ids"])
            nxt = toks[g["e"]].norm if g["e"] < len(toks) else ""
            if nxt[:1] == "ل" and len(nxt) > 3:
                return list(g["ids"])  # "اتهام بريطانيا لروسيا"
            return None  # "اتهام موسكو بتسميم": the one accused
        if g["prep"] in ("من قبل", "من") and any(toks[x].norm in ("الموجهه", "الصادره", "من", "قبل", "جانب")
                                                 for x in range(k + 1, g["s"])):
            return list(g["ids"])
        break
    return None


def _story_accuser(stage, events, judge, si):
    """The author of the latest accusation told before against the judge or the judge's state (ACCUSE, allege)."""
    by = stage._dp.by_id
    own = {(by.get(i) or {}).get("country") for i in judge} - {None}
    for e in events[::-1]:
        if e["type"] != "ACCUSE" or e["mode"] != "allege" or not e["actors"] or e["_sent"] > si:
            continue
        if set(e["actors"]) & set(judge):
            continue
        if set(e["recipients"]) & set(judge) or own and own & {(by.get(i) or {}).get("country") for i in e["recipients"]}:
            if own and own & {(by.get(i) or {}).get("country") for i in e["actors"]}:
                continue
            return list(e["actors"])
    return None


def object_verb(w: str, toks, te) -> str | None:
    """The verb form under an object pronoun (وصفه، اتهمها، طالبهم → وصف، اتهم، طالب) when the complement that the verb
    takes with بـ follows it ("ووصفه بـ"المجرم""، "واتهمه بالتحريض"): a bare root with a pronoun reads as well as a
    noun with its owner (طلبهم، وصفه), so only with that complement. None otherwise."""
    if te >= len(toks) or toks[te].norm[:1] != "ب":
        return None
    return _pronoun_verb(w)


def _pronoun_verb(w: str) -> str | None:
    """The verb form of a normalised word that ends in an object pronoun (وصفه → وصف), or None."""
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and w[:-len(suf)] in VERB_FORMS:
            return w[:-len(suf)]
    return None


def _forget(stage, events, ev) -> None:
    """Take an event back: out of the sentence's events and out of the stage's recent ones."""
    events.remove(ev)
    if ev in stage._recent_events:
        stage._recent_events.remove(ev)


def other_author(text, a, b, compatible) -> bool:
    """Are two events of one type in one sentence acts of different authors ("اتهم الخزعلي المملكة ...، بينما انتقد
    وزير خارجية البحرين تصريحات الخزعلي")? Both name their authors, no author of one can be the other's, and the
    type is verbal conflict (ACCUSE, REJECT), and a clause of contrast (بينما، فيما، في حين) opens between them.
    Such events are not folded into one just for sharing the sentence."""
    if a["type"] not in _CONFLICT or not a["actors"] or not b["actors"] or a["hypothetical"] or b["hypothetical"]:
        return False
    first, later = (a, b) if a["trigger"]["start"] < b["trigger"]["start"] else (b, a)
    w = normalize(later["trigger"]["text"])
    w = w[1:] if w[:1] in "وف" and w not in VERB_FORMS else w
    if later["trigger"]["text"].endswith("ة") or w not in VERB_FORMS and _pronoun_verb(w) is None:
        return False  # (a verbal noun, "واقترحت إدانة حماس", may be the content of another act)
    between = text[first["trigger"]["end"]:later["trigger"]["start"]].split()
    if not any(normalize(w.strip("،,\"«»“”")) in _CONTRAST for w in between):
        return False  # (only across a clause a contrast opens: "واتهم زعيم المعارضة كوربن" shares the first verb's subject)
    return not any(compatible(x, y) for x in a["actors"] for y in b["actors"])


_SPOKES = word_set("critics", "spokes")
_SPOKES_ADJ = word_set("spokes", "official")  # (المتحدث الرسمي باسم)


def spokesman_of(toks, s):
    """The index of "المتحدث" / "الناطقة" when the mention at ``s`` follows "المتحدث باسم" (the spokesperson of that
    body: "قال المتحدث باسم الخارجية الروسية"), else None."""
    if s < 2 or toks[s - 1].norm != "باسم":
        return None
    if toks[s - 2].norm in _SPOKES:
        return s - 2
    if s >= 3 and toks[s - 2].norm in _SPOKES_ADJ and toks[s - 3].norm in _SPOKES:
        return s - 3  # "المتحدث الرسمي باسم الحكومة الفلسطينية"
    return None


_DESPITE = word_set("despite", "word")


def defiance(stage, doc, sents, st, events, pub) -> list:
    """"قالت المحكمة الجنائية الدولية إنها ستواصل القيام بعملها ...، رغم التحذيرات الصادرة عن جون بولتون": going on
    despite a party's warnings, threats or demands (رغم، على الرغم من، بالرغم من + the noun its event reads) defies them
    (PLOVER REJECT): the speaker of the sentence, else the author of the act told before رغم, rejects their author.
    Returns the new events."""
    text, toks = doc["text"], st.toks
    out = []
    mine = [e for e in events if e["_sent"] == st.i]
    for ev in mine:
        if ev["type"] not in ("THREATEN", "REQUEST") or not ev["actors"] or ev["negated"]:
            continue
        k = _tok_at(toks, ev["trigger"]["start"])
        if k is None or k == 0:
            continue
        j = next((x for x in range(k - 1, max(-1, k - 4), -1) if toks[x].norm.lstrip("و") in _DESPITE), None)
        if j is None or _st._strong_between(text, toks, j + 1, k) or any(
                toks[x].norm not in ("من",) for x in range(j + 1, k)):
            continue  # (رغم التحذيرات، على الرغم من تهديدات: the noun right after, or after من)
        if j <= 1:
            # "ورغم تحذير ترامب قالت الصين إنها سترد"، "ورغم الدعوات من قبل حلفائه، أعلن ترامب": the concession opens
            # the sentence; the clause after it tells who goes on regardless
            # (not another warning or demand: "وعلى الرغم من تحذير البيت الأبيض للفلسطينيين ...، وتهديد إسرائيل
            # بالإبقاء ...، احتشد": the threat listed inside the concession is no act of the one who goes on)
            sp, _verb = stage._speaker_near(text, st, k + 1, len(toks), None, reach=len(toks))
            nxt = next((e for e in mine if e is not ev and e["actors"] and e["trigger"]["start"] >= ev["trigger"]["end"]
                        and e["type"] not in ("THREATEN", "REQUEST") and not e["negated"] and not e["hypothetical"]
                        and not e["trigger"]["text"].startswith(("ال", "وال", "بال", "لل", "فال"))), None)
            # (a verb's act, not a definite noun inside another clause: "فإن هذا لم يمنع الشبان من الاستنفار")
            defier = [sp] if sp is not None else list(nxt["actors"]) if nxt is not None else None
        else:
            sp, _verb = stage._speaker_near(text, st, 0, j, None)
            defier = [sp] if sp is not None else None
            if defier is None:
                prev = next((e for e in mine if e is not ev and e["actors"] and e["trigger"]["end"] <= toks[j].start
                             and not e["negated"]), None)
                defier = list(prev["actors"]) if prev is not None else None
        if not defier or set(defier) & set(ev["actors"]) or stage._same_state(defier, ev["actors"]) \
                or _st._countries(defier, stage._dp) & _st._countries(ev["actors"], stage._dp) \
                or any(e["type"] == "REJECT" and set(e["recipients"]) & set(ev["actors"]) for e in mine):
            continue
        t0, t1 = toks[j].start, toks[k].end
        rej = _denial(stage, doc, sents, st, pub, defier, list(ev["actors"]), False, False,
                      (j, k + 1, t0, t1), (t0, t1))
        rej["mode"] = None
        out.append(rej)
    return out
