"""Checks on ACCUSE events after the sentence decisions (run by EventStage.process before merging).

Word lists: ``data/accuse_checks.tsv``. Each check reads the event's own sentence and the offsets of the party
mentions the document holds; none adds work to a sentence without an ACCUSE event.

* **Draft texts**: what a draft resolution or statement condemns is only proposed ("تصوت الجمعية العامة على مشروع
  قرار طرحته الدول العربية يدين إسرائيل"، "ويطالب مشروع القرار ... وإدانة العنف"): hypothetical, unless a verb of
  adopting stands before it in the sentence ("صادقت الجمعية العامة بأغلبية كبيرة على مشروع قرار يدين").
* **Investigating into**: the party of "تحقيق في X" is the one its في-phrase names (in its first three words, before another
  preposition); none
  when that phrase names an occurrence ("تحقيقا في اختفاء الصيني"، "التحقيق في هذه الاتهامات"، "إجراء تحقيق في
  الأمر"): an inquiry into an incident accuses nobody, and a party named further on is no target of it.
* **Charges directed in a relative clause** (اتهامات وجهها محقق بمكتب التحقيقات الفيدرالي إلى 13 روسيا): the
  author is the one the clause names, not the one who dismisses or answers them, and they were made.
* **A noun of accusing with its author and target** (ورد لافروف على انتقادات واشنطن لموسكو، ورفض لافروف اتهامات
  واشنطن لموسكو): the genitive accuses the لـ-party, made, whoever answers it.
* **Lawsuits in a relative clause**: "الشكوى التي رفعتها إيران ضد الولايات المتحدة"، "دعوى رفعها ساركوزي ضد":
  the filer named in the clause sues the party after ضد (mode allege), whoever the sentence's subject is
  ("بدأت محكمة العدل الدولية النظر في الدعوى").
* **Inquiries, trials and charges** (mode investigate) keep their target only when the words right after them name
  it (``_probed_party``): read from further on, it was a victim, a nationality or a bystander in most cases of 1,150
  articles (22 such events, 3 right).
* **The one accused as a pronoun**: a verbal noun of accusing with a pronoun and no لـ-object after it (بعد اتهامها
  سابقا بتمويل، روسيا ترد على اتهامها دعم طالبان، لاتهامهم بارتكاب جرائم) names the accused by the pronoun, which is not
  resolved: no event rather than parties read from elsewhere (3 of 4 such events wrong in 1,150 articles).
* **Victims and convictions**: a person or civilians named only as the victim of a harm noun (اختطاف التلميذات،
  الهجوم على سكريبال) are not the ones condemned or accused; a passive "أُدين" with its crime after ب (أدين بقتل) is
  a conviction, no condemnation.
* **Claims reported**: a noun of claim after "وفقا ل"، "حسب"، "على حد" or with ل/ب glued on ("وفقا لزعم الرئيس
  بوتين") tells what someone claims; its owner accuses nobody named there (often the speaker who doubts it).
* **Held responsible, one party named** (``held_responsible``, called from EventStage._event): "وحملت دمشق المسؤولية"،
  "ونحمّل حماس المسؤولية": the one party between a past or first-person حمّل and the responsibility is the one blamed;
  the blamer is the subject of a verb before it in the sentence, the quote's speaker, or the story's last actor (not
  of the blamed party's state); with none the reversed reading is dropped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.ar import normalize, tokenize
from .lexicon import read_rows, read_tsv, word_set


@lru_cache(maxsize=1)
def _lists() -> dict:
    out: dict = {}
    for kind, form, *_ in read_tsv("accuse_checks.tsv"):
        out.setdefault(kind, set()).add(tuple(normalize(w) for w in form.split()))
    return out


@lru_cache(maxsize=1)
def _fillers() -> frozenset:
    """Words between a lawsuit noun and its relative clause's verb (الدعوى القضائية التي رفعتها)."""
    return frozenset(normalize(w) for w in ("قضائية", "القضائية", "رسمية", "الرسمية", "جديدة", "التي", "الذي"))


def _words(kind) -> set:
    return {p[0] for p in _lists().get(kind, ()) if len(p) == 1}


@lru_cache(maxsize=1)
def _sets():
    lists = _lists()
    return {
        "draft": {p for p in lists.get("draft", ())},
        "adopt": _words("adopt"),
        "probe": {p for p in lists.get("probe", ())},
        "incident": _words("incident"),
        "suit": _words("suit"),
        "file": _words("file"),
        "against": _words("against"),
        "hearsay": _words("hearsay"),
        "harm": {p for p in lists.get("harm", ())},
        "charge": _words("charge"),
        "owned": _words("owned"),
        "document": _words("document"),
        "direct": _words("direct"),
        "to": _words("to"),
        "manner": _words("manner"),
        "achieved": _words("achieved"),
        "probed_act": _words("probed_act"),
        "probed_hedge": _words("probed_hedge"),
        "probe_opener": _words("probe_opener"),
        "question": _words("question"),
        "mock": _words("mock"),
    }


def _nw(w: str) -> str:
    """A normalised word without one conjunction و glued on (ووثائق → وثائق; وثائق stays: its و is a root letter)."""
    return w[1:] if w[:1] == "و" and len(w) > 3 and w not in _ROOT_W else w


_ROOT_W = frozenset(normalize(w) for w in ("وثائق", "وثيقة", "وجه", "وجهت", "وصف", "وصفت", "وقف", "وضع", "وقع", "وزير",
                                           "وزارة", "وفد", "وسط", "ولي"))


def _bare(w: str) -> str:
    """A normalised word without و/ف and the article or ب/ل (لزعم → زعم، والشكوى → شكوى)."""
    if w[:1] in "وف" and len(w) > 3:
        w = w[1:]
    if w[:1] in "بل" and len(w) > 3 and not w.startswith("ال"):
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    elif w.startswith("لل") and len(w) > 4:
        w = w[2:]
    return w


def _holds(s, w: str) -> bool:
    """The word set s holds the normalised word w as written or bare (_bare: without و/ف, ب/ل and the article)."""
    return w in s or _bare(w) in s


def _toks(stage, ev, text):
    sents = getattr(stage, "_sents", None) or []
    i = ev.get("_sent")
    if isinstance(i, int) and 0 <= i < len(sents) and sents[i].toks and sents[i].start == ev["start"]:
        return sents[i].toks
    return tokenize(text, ev["start"], ev["end"])


def _mentions(dp, a: int, b: int) -> list:
    """(start, end, id) of the party mentions of the document inside [a, b), by start."""
    out = []
    for i, e in dp.by_id.items():
        for m in e.get("mentions") or []:
            s = m.get("start")
            if isinstance(s, int) and a <= s < b:
                out.append((s, int(m.get("end", s)), i))
    return sorted(out)


_PREPS = frozenset(normalize(w) for w in ("بعد", "قبل", "في", "على", "من", "عن", "مع", "إلى", "خلال", "بشأن", "حول"))


def _trigger_span(toks, ev):
    t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
    ks = [k for k, t in enumerate(toks) if t.start >= t0 and t.end <= t1]
    return (ks[0], ks[-1] + 1) if ks else (None, None)


def _draft(toks, ts, text="") -> bool:
    sets = _sets()
    for k in range(max(0, ts - 30), ts):
        for p in sets["draft"]:
            if len(p) == 1 and (ts - k > 8 or "،" in text[toks[k].end:toks[ts].start] or "," in text[toks[k].end:toks[ts].start]):
                continue  # a one-word proposal (اقتراحا أمريكيا بإصدار إعلان يندد) governs only what follows it closely
                # ("تعاملت بإيجابية مع مقترح الوسطاء، متهمة إسرائيل": not the accusation after the comma)
            if k + len(p) <= ts and _bare(toks[k].norm) == _bare(p[0]) and all(
                    toks[k + j].norm == p[j] for j in range(1, len(p))):
                return not any(_holds(sets["adopt"], toks[j].norm) for j in range(k))
    return False


def _probe(toks, ts, te) -> bool:
    words = tuple(_bare(t.norm) for t in toks[ts:te])
    return any(words == tuple(_bare(w) for w in p) for p in _sets()["probe"])


def _suit_parties(toks, te, dp, ids_ok, verbs="file", preps="against"):
    """The filer and the one sued of a lawsuit noun whose relative clause names them (الشكوى التي رفعتها إيران ضد
    الولايات المتحدة), or the author and the accused of a charge directed (اتهامات وجهها محقق ... إلى 13 روسيا،
    الانتقادات التي وجهتها واشنطن لأنقرة): (author, target) or None."""
    sets = _sets()
    k = te
    while k < len(toks) and k - te < 2 and toks[k].norm in _fillers():
        k += 1
    w = toks[k].norm if k < len(toks) else ""
    if w not in sets[verbs] and not (w[:1] == "و" and w[1:] in sets[verbs]):
        return None
    v = k
    c = next((j for j in range(v + 2, min(len(toks), v + 9)) if toks[j].norm in sets[preps] or toks[j].norm in _PRON_PREPS
              or preps == "to" and toks[j].norm[:1] == "ل" and not toks[j].norm.startswith("لل")
              and _mentions(dp, toks[j].start, toks[j].end)), None)
    if c is None or toks[c].norm in _PRON_PREPS:
        return None  # "اتهامات وجهها المغرب إليها بشأن دعمها لجبهة البوليساريو": the one accused is a pronoun
    filers = [m for m in _mentions(dp, toks[v].end, toks[c].start) if ids_ok(m[2])]
    if toks[c].norm in sets[preps]:
        sued = [m for m in _mentions(dp, toks[c].end, toks[min(len(toks) - 1, c + 4)].end) if ids_ok(m[2])]
    else:
        sued = [m for m in _mentions(dp, toks[c].start, toks[min(len(toks) - 1, c + 3)].end) if ids_ok(m[2])]
    if not filers or not sued or filers[0][2] == sued[0][2]:
        return None
    return filers[0][2], sued[0][2]


_BLAME_NOUNS = frozenset(normalize(w) for w in ("باللوم", "اللوم", "باللائمة", "اللائمة"))
_LAY = ("القي", "القت", "القو", "القا", "يلق", "تلق", "نلق", "بالقاء", "لالقاء")  # ألقى، يلقي، إلقاء: laying (blame)


def _after_word(dp, toks, k0, reach, words, recips, span=4, exclude=()) -> list:
    """The recipients named within ``span`` words after the first of ``words`` found in toks[k0:k0+reach] (with
    ``recips`` None: every party named there, first first, less ``exclude``)."""
    c = next((j for j in range(k0, min(len(toks), k0 + reach)) if toks[j].norm in words), None)
    if c is None or c + 1 >= len(toks):
        return []
    near = [m[2] for m in _mentions(dp, toks[c + 1].start, toks[min(len(toks), c + 1 + span) - 1].end)]
    if recips is None:
        return [i for i in dict.fromkeys(near) if i not in exclude]
    return [r for r in recips if r in near]


# (the verbs and cue words of the ACCUSE row "وجه ... لومه/اللوم" of data/triggers.tsv: one list)
_BLAME_ROW = next(r for r in read_rows("triggers.tsv") if r[0] == "ACCUSE" and r[3].startswith("لومه|"))
_DIRECT_VERBS = frozenset(normalize(w) for w in _BLAME_ROW[2].split("|"))
_BLAME_ANY = frozenset(normalize(w) for w in _BLAME_ROW[3].split("|"))


def _blamed_after(dp, toks, ts, te):
    """The parties blamed after a blame noun directed (وجه لومه ... لكوريا الشمالية، وجهت اللوم إلى): those of the
    first word glued to لـ or after إلى within four words of the noun; None without a blame noun."""
    k = next((j for j in range(ts + 1, min(len(toks), te + 3)) if toks[j].norm in _BLAME_ANY), None)
    if k is None:
        return None  # (no blame noun: "ووجه ترامب ... انتقادات حادة لمقال", read as before)
    for j in range(k + 1, min(len(toks), k + 5)):
        w = toks[j].norm
        if w in ("الي", "اليه", "اليها"):
            return [] if w != "الي" else list(dict.fromkeys(m[2] for m in _mentions(dp, toks[j].end, toks[min(len(toks) - 1, j + 3)].end)))
        if w[:1] == "ل" and not w.startswith("ال") and len(w) > 2:
            return list(dict.fromkeys(m[2] for m in _mentions(dp, toks[j].start, toks[min(len(toks) - 1, j + 2)].end)
                                      if m[0] < toks[j].end))
    return []


_PRON_PREPS = frozenset(normalize(p + s) for p in ("إلي", "ل", "ضد", "بحق") for s in ("ه", "ها", "هم", "هما"))
_CONDEMN_STEMS = ("دان", "ادان", "يدين", "تدين", "ندين")
_CONTROL = frozenset(normalize(w) for w in ("سيطرة", "لسيطرة", "بسيطرة", "قبضة", "لقبضة", "نفوذ", "لنفوذ"))


def _victim(dp, rid, ev, toks) -> bool:
    """All mentions of a recipient in the event's sentence stand as the victim of a harm noun (its genitive, or after
    الهجوم على), and it is a person or civilians: no one accused; nor is the party that holds the place struck
    ("الهجوم، الذي استهدف بلدة دوما الخاضعة لسيطرة المعارضة السورية"), whatever its kind."""
    e = dp.by_id.get(rid) or {}
    held = [m for m in _mentions(dp, ev["start"], ev["end"]) if m[2] == rid]
    if held and all(any(t.end <= m[0] and t.end >= m[0] - 2 and _nw(t.norm) in _CONTROL for t in toks) for m in held):
        return True
    if not (e.get("type") == "PERSON" or e.get("sector") in ("CVL", "MED") or e.get("type") == "NORP" and not e.get("sector")):
        return False  # (a people is a victim as civilians are: "وقتل الفلسطينيين في غزة")
    harm = _sets()["harm"]
    seen = False
    for s0, s1, i in _mentions(dp, ev["start"], ev["end"]):
        if i != rid:
            continue
        k = next((j for j, t in enumerate(toks) if t.start == s0), None)
        if k is None or k == 0:
            return False
        nxt = next((j for j, t in enumerate(toks) if t.start >= s1), None)
        if nxt is not None and toks[nxt].norm[:1] == "ل" and not toks[nxt].norm.startswith("لم"):
            return False  # "اقتحام المستوطنين للمسجد": the genitive does the act to the لـ-object
        ok = any(k - len(p) >= 0 and _bare(toks[k - len(p)].norm) == _bare(p[0])
                 and all(toks[k - len(p) + j].norm == p[j] for j in range(1, len(p))) for p in harm)
        if not ok:
            return False
        seen = True
    return seen


_PROBE_ADVERBS = frozenset(normalize(w) for w in ("حاليا", "حاليًا", "أيضا", "أيضًا", "كذلك", "الآن", "بدورها", "بدوره"))
_PROBE_VERB = re.compile(r"^[وف]?س?(?:[يت]?حقق|حققت|حققوا|حققا|حققتا|[يت]حقق(?:ون|ان))$")


def split_probe(toks, te, spans, place_at) -> int | None:
    """A verb of investigating with its subject between it and في / مع ("تحقق المفوضية الأوروبية في عمليات شركة قطر
    للبترول"، "ويحقق المحقق الخاص روبرت مولر في جهود غاريد كوشنر"، "وتحقق الشرطة مع نتانياهو في ستة ملفات"): the index
    of that في / مع, when the words right after the verb are parties (an adverb such as حاليا between them) and في / مع
    comes right after them; None for the verb of achieving (حقق الجيش تقدما في، حقق اليمين المتطرف في السويد نتائج جيدة،
    حققت الإمارات في تقرير العام الجاري مراتب): a place after في, or an achieved thing (accuse_checks.tsv achieved) within the
    next eight words of the clause. ``spans``: (first, end) token spans of the sentence's parties; ``place_at(k)``:
    a place named at token k."""
    if te <= 0 or not _PROBE_VERB.match(toks[te - 1].norm):
        return None
    k, seen = te, False
    while k < len(toks):
        if toks[k].norm in _PROBE_ADVERBS:
            k += 1
            continue
        e = max((b for a, b in spans if a == k), default=None)
        if e is None:
            break
        k, seen = e, True
    if not seen or k + 1 >= len(toks) or toks[k].norm not in ("في", "مع") or place_at(k + 1):
        return None
    achieved = _sets()["achieved"]
    if any(_holds(achieved, toks[j].norm) for j in range(k + 1, min(len(toks), k + 9))):
        return None
    return k


def _probed_act(toks, e_, sets) -> int | None:
    """After the في of an inquiry (token e_): the index right after a verbal noun of wrongdoing whose genitive is its
    doer (accuse_checks.tsv probed_act: التدخل، تورط، تجسس، تواطؤ), one hedge word allowed before it (probed_hedge:
    احتمال، مزاعم، شبهات); else None (s32accuse)."""
    k = e_
    if k < len(toks) and _holds(sets["probed_hedge"], toks[k].norm):
        k += 1
    if k >= len(toks) or not _holds(sets["probed_act"], toks[k].norm):
        return None
    return k + 1


def _probed_doers(dp, toks, a_) -> set:
    """The parties named as the doer right after the wrongdoing noun that ends at token a_: a mention that starts
    there (تدخل روسيا، التدخل الروسي، تورط شركة غوغل), or one glued to لـ one word further (تجسس عملاء لمكتب
    التحقيقات)."""
    if a_ >= len(toks):
        return set()
    out = {i for s0, _, i in _mentions(dp, toks[a_].start, toks[a_].end) if s0 == toks[a_].start}
    if not out and a_ + 1 < len(toks) and toks[a_ + 1].norm[:1] == "ل" and not toks[a_ + 1].norm.startswith("ال") \
            and toks[a_].norm not in _PREPS:
        out = {i for _, _, i in _mentions(dp, toks[a_ + 1].start, toks[a_ + 1].end)}
    return out


_ABOUT = frozenset(normalize(w) for w in ("حول", "بشأن"))


def topic_probe(ev) -> bool:
    """An inquiry noun with حول / بشأن (triggers.tsv, s32accuse) as read by the sentence: it names the inquiry, often a
    topic of the speaker's words ("وقال إن التحقيقات حول جرائم إيتا ستستمر"), and leaves the sentence to the reading of
    blame (EventStage._blame) that it would otherwise block."""
    w = ev["trigger"]["text"].split()
    return ev.get("type") == "ACCUSE" and ev.get("mode") == "investigate" and len(w) == 2 and normalize(w[1]) in _ABOUT


def _split_probe_end(toks, ts, te):
    """After a one-word حقق read with its investigator before في / مع (split_probe, checked when the trigger was
    read): the index right after that في / مع; else None."""
    if te - ts != 1 or not _PROBE_VERB.match(toks[ts].norm) or te >= len(toks) or toks[te].norm in ("في", "مع"):
        return None
    k = next((j for j in range(te + 1, min(len(toks), te + 10)) if toks[j].norm in ("في", "مع")), None)
    return k + 1 if k is not None and k + 1 < len(toks) else None


_ACCUSED_PRONOUN = re.compile(r"^[وفبل]{0,2}اتهام(?:ه|ها|هم|هما)$")
_PROBE_PREPS = frozenset(normalize(w) for w in ("مع", "على", "ضد", "بحق", "إلى", "الى"))


def _probed_party(dp, toks, ts, te, ev, into=False) -> bool:
    """An inquiry, trial or charge keeps its target only where the words right after it name that party: its
    مع / على / ضد / بحق / إلى phrase or a لـ glued on (التحقيق مع نتانياهو، دعوى قضائية على تميم، توجيه التهمة رسميا
    لعشرة أشخاص), or a person as its genitive (محاكمة مرسي). Else the party read from elsewhere in the sentence is
    mostly a victim, a nationality or a bystander (تهمة القتل لرجل قتل حبيبته السورية، يخضع بغال للمحاكمة ... في فرنسا);
    a مع further on belongs to the charge (بتهمة التخابر مع قطر)."""
    if not ev["recipients"] or not ev["actors"]:
        return False
    last = toks[te - 1].norm
    for s0, s1, i in _mentions(dp, toks[te].start if te < len(toks) else ev["end"], ev["end"]):
        if i not in ev["recipients"]:
            continue
        k = next((j for j, t in enumerate(toks) if t.start <= s0 < t.end), None)
        if k is None or k - te > 2:
            break
        prev = toks[k - 1].norm if k > te else last
        e = dp.by_id.get(i) or {}
        crime = _bare(toks[ts].norm).startswith("تهم") and _nw(toks[ts].norm)[:1] == "ب"  # (بتهمة: the crime follows)
        if prev in _PROBE_PREPS and (prev != "مع" or k == te) or into and k - te <= 2 and toks[te - 1].norm == "في" \
                and not any(toks[j].norm in _PREPS for j in range(te, k)) or not crime and (toks[k].norm[:1] == "ل" and toks[k].start < s0
                or any(toks[j].norm[:1] == "ل" and not toks[j].norm.startswith("ال") for j in range(te, k))) \
                or k == te and e.get("type") == "PERSON":
            return True
    return False


def _mocker_next(dp, toks, ts, te, actors) -> bool:
    """(s34accuse) Whether a verb of mocking may keep the actor the reading gave it: not when a subject the coder does
    not know stands right after it, the actor not among its first three words ("تسخر فيها عاملة الهاتف وامرأة أخرى من
    مركز الرد": no party to read back to); "مساعدة لترمب تسخر من مرض جون مكين" keeps the party of the aide (its state
    is the mocker's)."""
    k = te
    while k < len(toks) and toks[k].norm in ("فيه", "فيها", "فيهم", "خلاله", "خلالها"):
        k += 1
    if k >= len(toks) or toks[k].norm in ("من", "مما", "ممن") or toks[k].norm in _sets()["manner"]:
        return True
    return any(m[2] in actors for m in _mentions(dp, toks[k].start, toks[min(len(toks), k + 3) - 1].end))


def _owned_parties(dp, toks, te):
    """(author, target) of "انتقادات واشنطن لموسكو": a party right after the noun (its genitive, no preposition
    glued on) and a party whose word carries a لـ right after that one; else None."""
    if te >= len(toks) or toks[te].norm[:1] in "لب" and not toks[te].norm.startswith("ال"):
        return None
    first = _mentions(dp, toks[te].start, toks[te].end)
    if not first or first[0][0] != toks[te].start:
        return None
    a = first[0]
    e = dp.by_id.get(a[2]) or {}
    if e.get("type") not in ("GPE", "ORG", "PERSON"):
        return None
    k = next((j for j, t in enumerate(toks) if t.start >= a[1]), None)
    if k is None or toks[k].norm[:1] != "ل":
        return None
    second = _mentions(dp, toks[k].start, toks[k].end)
    if not second or second[0][2] == a[2]:
        return None
    b = dp.by_id.get(second[0][2]) or {}
    if b.get("type") not in ("GPE", "ORG", "PERSON", "NORP"):
        return None
    return a[2], second[0][2]


def _convicted(toks, ts, te) -> bool:
    """A passive "أُدين" with the crime after ب (جندي إسرائيلي أدين بقتل فلسطيني): a conviction, no condemnation."""
    if te - ts != 1 or _nw(toks[ts].norm) != "ادين" or te >= len(toks):
        return False
    w = toks[te].norm
    return w[:1] == "ب" and len(w) > 3 and w not in _sets()["manner"]


_ACCUSE_VERBS = frozenset(normalize(w) for w in ("اتهم", "يتهم", "تتهم"))
_BAN = re.compile(r"^بان(?:ه|ها|هم|هما)?$")


def _charged_before_ban(dp, toks, te, ev):
    """"اتهم الملك في رسالة إلى الأمين العام غوتيريس، الجزائر بأنها تمول": the party right before بأن(ها) is the one
    accused, not the addressee of the message that carries the charge; None when no such party stands there."""
    stop = min(len(toks), te + 20)
    k = next((j for j in range(te + 1, stop) if _BAN.match(toks[j].norm)), None)
    if k is None:
        return None
    prev = toks[k - 1]
    between = _mentions(dp, toks[te].start, toks[k].start)
    near = [m for m in between if m[1] >= prev.start]
    if not near or prev.norm[:1] in "لب" and prev.norm[:2] != "ال" or near[-1][0] != prev.start:
        return None
    rid = near[-1][2]
    if rid in ev["actors"] or rid in ev["recipients"]:
        return None
    # the recipient read so far is named between the verb and the one charged (the addressee of the message)
    if not all(any(m[2] == r and m[1] <= near[-1][0] for m in between) for r in ev["recipients"]):
        return None
    return rid


def _condemning(stage, w: str) -> bool:
    """A finite verb of condemning (data/untargeted.tsv kind condemn: أدان، ندد، استنكر), with و / ف glued on or not."""
    forms = stage.lex.untargeted.get("condemn", ())
    return w in forms or w[:1] in "وف" and len(w) > 3 and w[1:] in forms


def refine(stage, events: list, dp) -> list:
    """The ACCUSE events of the document after the checks above (others untouched)."""
    text = stage._text or ""
    sets = None
    out = []
    for ev in events:
        if ev.get("type") != "ACCUSE" or not ev.get("trigger"):
            out.append(ev)
            continue
        if sets is None:
            sets = _sets()
        toks = _toks(stage, ev, text)
        ts, te = _trigger_span(toks, ev)
        if ts is None:
            out.append(ev)
            continue
        w0 = _bare(toks[ts].norm)
        if w0 in sets["suit"]:
            sp = _suit_parties(toks, te, dp, lambda i: i in dp.by_id)
            if sp is not None:
                ev["actors"], ev["recipients"], ev["mode"] = [sp[0]], [sp[1]], "allege"
            elif te - ts == 1:
                # "أعلنت المفوضية الأوروبية عن تقديم شكوى إلى منظمة التجارة العالمية ضد": the one sued stands after
                # ضد; the body a complaint goes to (إلى، أمام، لدى) is no party to it
                keep = _after_word(dp, toks, te, 6, sets["against"], ev["recipients"]) or _after_word(
                    dp, toks, te, 6, sets["against"], None, exclude=ev["actors"])[:1]
                if not keep:
                    continue
                ev["recipients"] = keep
        w_ts = toks[ts].norm[1:] if toks[ts].norm[:1] in "وف" else toks[ts].norm
        blame_k = next((k for k in range(ts, min(len(toks), te + 8)) if _nw(toks[k].norm) in _BLAME_NOUNS), None) \
            if w_ts.startswith(_LAY) else None
        if toks[ts].norm in _DIRECT_VERBS or _nw(toks[ts].norm) in _DIRECT_VERBS:
            # "وجه ترامب لومه الخميس لكوريا الشمالية": the one blamed is the party after لـ / إلى following the blame
            # noun (the noun itself is no party: لومه is no Lomé)
            keep = _blamed_after(dp, toks, ts, te)
            if keep is not None and not keep:
                continue
            if keep:
                ev["recipients"] = keep
        elif blame_k is not None:
            # "وألقت روسيا باللائمة على إسرائيل": the one blamed is named right after على, or no one is ("إن إلقاء
            # اللائمة على الآخرين ... لن تساعد البحرين": a party named further on is not the one blamed)
            keep = _after_word(dp, toks, blame_k + 1, 1, {normalize("على")}, ev["recipients"], span=3) or _after_word(
                dp, toks, blame_k + 1, 1, {normalize("على")}, None, span=3, exclude=ev["actors"])[:1]
            # (the party after على even when the sentence's reading took others for the recipients: parties in an
            # aside between the verb and the blame, "وألقت إيران، شأنها شأن دمشق وحليفتها روسيا، باللوم على إسرائيل")
            if not keep:
                continue
            ev["recipients"] = keep
        elif w0 in sets["charge"] and te - ts == 1:
            sp = _suit_parties(toks, te, dp, lambda i: i in dp.by_id, "direct", "to")
            if sp is not None:
                ev["actors"], ev["recipients"] = [sp[0]], [sp[1]]
                ev["hypothetical"] = ev["negated"] = False  # (told as done: "قلل لافروف من شأن اتهامات وجهها")
        if _nw(toks[ts].norm) in _ACCUSE_VERBS and te - ts == 1 and ev["recipients"]:
            ch = _charged_before_ban(dp, toks, te, ev)
            if ch is not None:
                ev["recipients"] = [ch]
            if _named_in_charge(dp, text, toks, te, ev):
                continue  # (s31accuse) "كما تتهم المحكمة الدولية الخاصة بلبنان خمسة أعضاء من الحزب باغتيال رفيق
                # الحريري": the one accused (no party the coder knows) stands before the charge; the party inside it is
                # its victim or its object, never the accused
        te_p = _split_probe_end(toks, ts, te) if ev.get("mode") == "investigate" else None
        if te_p is None and ev.get("mode") == "investigate" and te - ts == 1 and _PROBE_VERB.match(toks[ts].norm) \
                and not (te < len(toks) and toks[te].norm in ("في", "مع")) and not ev.get("_whether"):
            continue  # (a split inquiry whose في / مع is not found again; not an inquiry whether a party did, legal._whether)
        probed_doer = False
        if (_probe(toks, ts, te) or te_p is not None and toks[te_p - 1].norm == "في") and not ev.get("_whether"):
            e_ = te_p or te
            a_ = _probed_act(toks, e_, sets) if e_ < len(toks) else None
            opened = bool(_PROBE_VERB.match(toks[ts].norm)) or any(
                _nw(toks[j].norm) in sets["probe_opener"] for j in range(max(0, ts - 6), ts))
            if (a_ is not None or topic_probe(ev)) and not opened:
                continue  # (s32accuse) an inquiry named as a topic ("يلمح ترامب إلى التحقيق بشأن التدخل الروسي"، "مع
                # تسارع وتيرة التحقيق في التدخل الروسي"): no verb of opening or conducting it, so its author is unknown
            if a_ is not None:
                # (s32accuse) "تحقيقا في التدخل الروسي"، "تحقيقا في احتمال تورط شركة غوغل"، "تحقيق في مزاعم تدخل روسيا"،
                # "تحقيقا في احتمال تجسس عملاء لمكتب التحقيقات الفيدرالي": an inquiry into a wrongdoing named by its
                # verbal noun probes its doer, the party right after that noun (its genitive, a demonym, or a لـ phrase
                # after one word)
                recips = [r for r in ev["recipients"] if r in _probed_doers(dp, toks, a_)]
                if not recips:
                    continue
                ev["recipients"] = recips
                ev["_probed"] = probed_doer = True
            else:
                if e_ >= len(toks) or _holds(sets["incident"], toks[e_].norm):
                    recips = []  # an inquiry into an incident, a matter or charges: no one accused
                else:
                    stop = next((j for j in range(e_ + 1, min(len(toks), e_ + 3)) if toks[j].norm in _PREPS),
                                min(len(toks), e_ + 3))
                    near = {m[2] for m in _mentions(dp, toks[e_].start, toks[stop - 1].end)}
                    recips = [r for r in ev["recipients"] if r in near]
                if not recips and not topic_probe(ev):
                    continue
                ev["recipients"] = recips
                probed_doer = not recips  # (s32accuse) "أعلنت النيابة العامة التركية أنها فتحت تحقيقا حول قضية اختفاء
                # الإعلامي": an inquiry opened about a matter, with no one probed, as the one-word reading kept it
        if w0 in ("زعم", "مزاعم") and ts > 0 and (_nw(toks[ts].norm)[:1] in "بل" or _bare(toks[ts - 1].norm) in sets["hearsay"]
                                                  or toks[ts - 1].norm in sets["hearsay"]):
            continue  # "وفقا لزعم الرئيس بوتين": a claim reported
        if te - ts == 1 and _nw(toks[ts].norm) in sets["owned"]:
            own = _owned_parties(dp, toks, te)
            if own is not None:
                ev["actors"], ev["recipients"] = [own[0]], [own[1]]
                ev["hypothetical"] = ev["negated"] = False
        if _convicted(toks, ts, te):
            continue
        if _nw(toks[ts].norm) == "اتهم" and te < len(toks) and toks[te].norm[:1] == "ب" \
                and not _mentions(dp, toks[te].start, toks[te].end):
            continue  # "واتهم بالمساعدة في تدبير محاولة انقلاب": a passive (اُتهم) whose accuser is not named (not a
            # subject that begins with ب: "اتهم برلمانيون ألمان الحكومة التركية")
        if ev.get("mode") == "disapprove" and w0.startswith(_CONDEMN_STEMS) and any(
                _nw(toks[k].norm) in sets["document"] for k in range(max(0, ts - 3), min(len(toks), te + 3))):
            continue  # "ودانت تلك الوثائق ثلاثة من أبناء شريف"، "وثائق تدين النظام": documents incriminate, no one condemns
        if any(t.norm == "عاتق" for t in toks[ts:te]) and not any(
                _bare(toks[k].norm).startswith("مسوولي") for k in range(max(0, ts - 8), te)):
            continue  # "تقع على عاتق الحكومة" blames only the responsibility for a harm (مسؤولية تدهور العلاقات تقع على
            # عاتق بريطانيا), not a duty ("مهمة حماية المدنيين تقع على عاتق الحكومة")
        if te - ts == 1 and _ACCUSED_PRONOUN.match(toks[ts].norm) and not (
                te < len(toks) and toks[te].norm[:1] == "ل"):
            continue  # "بعد اتهامها سابقا بتمويل جماعات"، "روسيا ترد على اتهامها دعم طالبان": the pronoun is the one
            # accused, whom the coder does not resolve (but "جددت المحكمة اتهامها لأربعة أعضاء": its owner accuses)
        questioned = te - ts == 1 and _nw(toks[ts].norm) in sets["question"]
        if questioned and any(toks[j].norm == "من" and toks[j + 1].norm in ("قبل", "جانب")
                              for j in range(te, min(len(toks) - 1, te + 2))):
            continue  # "إنها استجوبت من قبل محققين أتراك": a passive (اُستجوبت), its questioner after من قبل
        if questioned:
            # (s34accuse) the one questioned is the verb's object, within the six words after it (its subject between;
            # not a court named further on: "واستجوب ممثلو الادعاء 80 متهما في هذه القضية أمام محكمة إندونيسية")
            near = {m[2] for m in _mentions(dp, toks[te].start, toks[min(len(toks), te + 6) - 1].end)}
            ev["recipients"] = [r for r in ev["recipients"] if r in near]
            if not ev["recipients"]:
                continue
        if te - ts == 1 and _nw(toks[ts].norm) in sets["mock"] and not _mocker_next(dp, toks, ts, te, ev["actors"]):
            continue  # (s34accuse) a mocker the coder does not know: "تسخر فيها عاملة الهاتف"
        if ev.get("mode") == "investigate" and not ev.get("_legal") and not probed_doer \
                and not questioned and not _probed_party(dp, toks, ts, te_p or te, ev,
                                                                                           into=te_p is not None or _probe(toks, ts, te) and bool(_PROBE_VERB.match(toks[ts].norm))):
            # (legal.py reads its court appearances, trials and inquiries with their sides)
            continue
        if ev["recipients"] and ev.get("mode") in ("disapprove", "allege"):
            keep = [r for r in ev["recipients"] if not _victim(dp, r, ev, toks)]
            if not keep and ev.get("mode") == "disapprove" and not ev.get("negated") and not ev.get("hypothetical") \
                    and te - ts == 1 and _condemning(stage, toks[ts].norm) and not stage._court_condemns(ev):
                # "واستنكر قتل عشرات المتظاهرين في غزة": a condemnation of an act whose victims alone are named stands with
                # no one condemned (as the gold sets code a condemnation of an act without its author)
                stage._condemned_untargeted.add(ev["trigger"]["start"])
            elif not keep:
                continue  # "ووصف الرئيس بخاري اختطاف التلميذات بالكارثة": the victims are not accused
            ev["recipients"] = keep
        if not ev.get("hypothetical") and not ev.get("negated") and _draft(toks, ts, text):
            ev["hypothetical"] = True
        if not ev.get("negated") and statement_relative(toks, ts) and any(
                _nw(toks[k].norm).startswith(_FAILED) for k in range(max(0, ts - 9), ts - 1)):
            ev["negated"] = True  # "فشل مجلس الأمن في إصدار أي قرار يدين إسرائيل": no resolution, no condemnation
        if not ev["recipients"] and ev.get("mode") == "disapprove" and not ev.get("hypothetical") and not ev.get("negated") \
                and ev["trigger"]["start"] not in stage._condemned_untargeted:
            continue  # a condemnation with no one condemned (in 3,000 political articles none right: "ودانت دائرة الأوقاف
            # اقتحام الوزير الإسرائيلي" with the minister read as the author; "مكتوفي اليدين"), unless the stage kept it
            # as a condemnation of an act whose author is told nowhere near (_condemned_untargeted: above, _untargeted_ok,
            # _condemned_doers)
        out.append(ev)
    return out


def exchanges(stage, events: list, dp) -> list:
    """The events with, after each accusation exchanged between two sides ("تبادل أردوغان الاتهامات مع نتنياهو"،
    "وفدا السعودية وقطر يتبادلان الاتهامات"), the other side's accusation (run after merging: one act each way)."""
    text = stage._text or ""
    out = []
    for ev in events:
        out.append(ev)
        if ev.get("type") not in ("ACCUSE", "THREATEN") or not ev.get("trigger") or not ev["actors"] or not ev["recipients"] \
                or ev.get("negated"):
            continue
        toks = _toks(stage, ev, text)
        ts, te = _trigger_span(toks, ev)
        if ts is None or not exchanged(toks, ts):
            continue  # (the cheap test first: most accusations are no exchange)
        t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
        ments = _mentions(dp, ev["start"], ev["end"])
        partner = [m for m in ments if m[2] in ev["recipients"] and (
            m[0] < t0 and any(a[2] in ev["actors"] and a[1] <= m[0] and re.fullmatch(r"\s*و(?:ال\S+\s+)?", text[a[1]:m[0]])
                              for a in ments) or re.fullmatch(r"\s*(?:\S+\s+){0,2}(?:مع|بين)\s+(?:\S+\s*){0,4}", text[t1:m[0]]))]
        # (the other side is a co-subject, "وفدا السعودية وقطر يتبادلان"، "الرئيسان الأمريكي دونالد ترامب والإيراني محمد
        # حسن روحاني", or after مع, "الاتهامات مع نتنياهو"; not what
        # the accusations are about: "يتبادل أردوغان وإنجه الاتهامات حول علاقة كل منهما مع جماعة غولن")
        if partner and not any(
                e.get("type") == ev["type"] and set(e["actors"]) == set(ev["recipients"])
                and set(e["recipients"]) == set(ev["actors"]) for e in events):
            out.append(dict(ev, actors=list(ev["recipients"]), recipients=list(ev["actors"])))
    return out


_EXCHANGE = word_set("accuse", "exchange")
_EXCHANGED_NOUNS = tuple(sorted(word_set("accuse", "exchanged_noun")))  # (stems: اتهام، انتقاد، تهم، تهديد)
_MUTUAL = word_set("accuse", "mutual")  # (متبادلة)


def exchange_verb(toks, ts) -> int | None:
    """The token of the verb of exchanging (تبادل، يتبادلان) nearest before ``ts``, within ten words, or None."""
    return next((k for k in range(ts - 1, max(-1, ts - 11), -1) if toks[k].norm in _EXCHANGE), None)


def exchanged(toks, ts) -> bool:
    """Is the noun of accusing at ``ts`` the object of a verb of exchanging (تبادل، يتبادلان) right before it or before
    its subject ("تبادل الرئيس التركي رجب طيب أردوغان الاتهامات مع")?"""
    return toks[ts].norm.lstrip("و").removeprefix("ال").startswith(_EXCHANGED_NOUNS) and (
        exchange_verb(toks, ts) is not None
        or ts + 1 < len(toks) and toks[ts + 1].norm in _MUTUAL)  # اتهامات متبادلة بين موسكو وواشنطن


# --- "وحملت دمشق المسؤولية": the one party between حمّل and the responsibility is its object ----------------------------
_HELD_VERBS = frozenset(normalize(w) for w in ("حمل", "حملت", "حملوا", "حملا", "حملتا", "نحمل", "حملنا"))
_HELD_BREAK = re.compile(r"[.؛;:!?؟\n]")  # (a sentence or clause break between the verb and its parts)
_RESP = frozenset(normalize(w) for w in ("مسؤولية", "المسؤولية", "بالمسؤولية", "مسئولية", "المسئولية"))


def held_responsible(text, toks, groups, ts, te, actors, recips, last_actor, quotes, same_state):
    """"وحملت دمشق المسؤولية عن الهجوم الكيميائي"، "ونحمّل حماس المسؤولية": a verb of holding responsible (past or first
    person) with ONE party between it and the responsibility has that party as its object (حمّل takes two objects:
    the one blamed, then the responsibility) and its subject left implicit: the story's last actor, or the speaker of
    the quote a first-person verb stands in. Returns the (actors, recipients) to use: the party read as the subject
    becomes the one accused; None when no subject is known (the reversed reading is dropped); the input unchanged
    when the construction does not apply."""
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if w not in _HELD_VERBS or te != ts + 1:
        return actors, recips
    g = next((g for g in groups if g["s"] == te and g["prep"] is None), None)
    if g is None or set(g["ids"]) != set(actors):
        return actors, recips
    k = g["e"]  # (the tokens hold no punctuation: a comma between is read in the gap test below)
    if k >= len(toks) or toks[k].norm.lstrip("و") not in _RESP:
        return actors, recips  # (a second party before it: "وحمّل الطراونة الحكومة الأردنية مسؤولية" names the subject)
    if _HELD_BREAK.search(text, toks[te - 1].end, toks[k].start):
        return actors, recips
    if w in ("نحمل", "حملنا"):
        q = next((q for q in quotes if q["start"] <= toks[ts].start < q["end"] and q.get("speaker")), None)
        subj = q["speaker"] if q else None
    else:
        # the subject of a verb before it in the sentence, coordinated ("أدانت الرئاسة الفلسطينية استهداف موكب رئيس
        # الوزراء ... وحملت حركة حماس المسؤولية"), else the story's last actor
        first = next((h for h in groups if h["e"] <= ts and h["prep"] is None and not set(h["ids"]) & set(g["ids"])
                      and not _HELD_BREAK.search(text, toks[h["e"] - 1].end, toks[ts].start)), None)
        subj = first["ids"][0] if first is not None and len(first["ids"]) == 1 else None
        if subj is None and last_actor is not None and not same_state([last_actor], g["ids"]):
            subj = last_actor
    if subj is None or subj in g["ids"]:
        return None  # (the story's last actor of the blamed party's own state is no reliable subject)
    return [subj], list(g["ids"])


# --- "واتهمه بالتقاعس"، "اعتقلته الشرطة واتهمته بالارتباط": an accusing verb with its object as a pronoun ------------
_ACCUSE_STEMS = tuple(sorted(word_set("accuse", "stem")))


def suffixed_verb(norm: str, object_suffix) -> bool:
    """An accusing verb with an object pronoun (اتهمه، وتتهمهم، واتهمته، انتقدها): a verb, not a verbal noun with its
    owner (اتهامه، إدانتها). After an arrest or a sentence in the same sentence such a verb is a new accusation when
    coordinated (واعتقلت الشرطة الصحفي ... واتهمته) or in a relative clause (برونسون، الذي اتهمته تركيا) — the stage's
    test; not after an indefinite head ("قس أمريكي تتهمه أنقرة": its subject is often no party the coder knows)."""
    suf = object_suffix(norm)
    if suf is None:
        return False
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    return any(s in w[:-len(suf)] for s in _ACCUSE_STEMS)


_CLAUSE_OPENERS = word_set("accuse", "clause_opener")
_MOVEMENTS = word_set("accuse", "movement")


def g_place(g) -> bool:
    """A group of places only, governed by a preposition (في شمال سوريا)."""
    return g.get("prep") is not None and all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"])


_REL_HEADS = word_set("relative")  # (data/wordsets.tsv)


def pronoun_object(text, toks, groups, ts, recips, actors, mode, fits, stopword):
    """The one accused by a verb of accusing whose object is a pronoun on it (اتهمه، تتهمها، انتقدته), as
    (recipients, whether the pronoun may be resolved to a party named before):
    * in a relative clause ("الإفراج عن برونسون، الذي اتهمته تركيا بالتجسس"، "مقتدى الصدر، والذي تتهمه واشنطن"), the
      party heading the clause, when the pronoun fits it; for اتهم, no one when the head is no party that fits ("جماعة
      الداعية فتح الله غولن، والتي تتهمها أنقرة": the movement, not a party named, and never the author of the act told
      before, which the reading of reactions would give);
    * right after an indefinite noun that is no party, with no conjunction ("قتل ستة أعضاء بجماعة كردية مسلحة اتهمها
      بالضلوع"), the pronoun is that noun: for اتهم no one, and no party named earlier either;
    * else, for اتهم, no party named after the verb: what follows is its subject, or the charge and its circumstances
      ("وتتهمه بشن هجمات يستهدف معظمها قوات ... الجيش التركي"، "واتهمه في كتاب جديد بالتقاعس عن التمسك بالقيم
      الأميركية"); those named before it stay (the antecedent is then read as for other verbs with a pronoun object).
    ``fits(ids)`` says whether the pronoun fits a party (True / False: may / None: does not); ``stopword(w)`` whether
    a normalised word is a function word."""
    w = toks[ts - 1].norm
    if (w[1:] if w[:1] == "و" else w) in _REL_HEADS:
        head = next((g for g in groups if g["e"] == ts - 1), None)
        if head is not None and g_place(head):
            head = None  # "دعم واشنطن للفصائل الكردية في شمال سوريا، التي تتهمها أنقرة": the noun before the place
        if head is not None and not set(head["ids"]) & set(actors) and (
                fits(head["ids"]) or head["s"] > 0 and _nw(toks[head["s"] - 1].norm) in _MOVEMENTS):
            # ("حركة غولن التي تتهمها أنقرة"، "جماعة الداعية فتح الله غولن، والتي": the movement of the person named)
            return list(head["ids"]), True
        return ([] if mode == "allege" else recips), True
    if mode != "allege":
        return recips, True
    if toks[ts].norm[:1] not in "وف" and not text[toks[ts - 1].end:toks[ts].start].strip() and not stopword(w) \
            and w not in _CLAUSE_OPENERS and not w.startswith("ال") \
            and not any(g["e"] == ts for g in groups):
        return [], False
    before = {i for g in groups if g["e"] <= ts for i in g["ids"]}
    return [r for r in recips if r in before], True


# --- "اتهم محققو الأمم المتحدة موقع فيسبوك"، "اتهم مصدر مسؤول في وزارة الخارجية السورية، أمريكا": who speaks for a body
_SPOKES = word_set("accuse", "spokes") | word_set("accuse", "spokes_body")  # (s32built: and bodies of a party)
_SPOKES_ADJ = word_set("accuse", "spokes_adjective")
_SPOKES_PREPS = word_set("accuse", "spokes_preposition")


def spokes_subject(text, toks, after, te):
    """The body or state an indefinite official, source or expert right after a verb of accusing speaks for (``اتهم
    محققو الأمم المتحدة``، ``انتقد خبراء في الأمم المتحدة الحكومة``، ``اتهم مصدر مسؤول في وزارة الخارجية السورية``):
    the first group after the verb when only such a head noun, its adjectives and one preposition stand between (no
    punctuation), else None. The entity stage names the body, not the people."""
    g = after[0]
    gs = min([x.s for x in g["m"]] + [len(toks)]) if g["s"] == te else g["s"]
    # (s32built: a group may open on the spokesman's own words, "متحدث باسم حركة حماس"; its body starts after them)
    if gs - te < 1 or gs - te > 4 or te >= len(toks) or toks[te].norm not in _SPOKES:
        return None
    for k in range(te + 1, gs):
        w = toks[k].norm
        if w not in _SPOKES_ADJ and not (k == gs - 1 and w in _SPOKES_PREPS):
            return None
    if any(c in text[toks[te - 1].end:toks[gs].start] for c in "،,.:;\"«»“”"):
        return None
    if g["prep"] is not None and g["prep"] not in ("في", "من", "ب", "عن", "لدى"):
        return None
    if any(x.kind not in ("ORG", "GPE") for x in g["m"]):
        return None  # (a person, a people or a place is no body spoken for)
    return g


def described_subject(text, toks, after, te, stopword):
    """The subject of a verb of accusing told with its description before its name (``ندد السياسي الكردي البارز صلاح
    الدين دميرتاش بـ``، ``اتهم رئيس مركز المصالحة الروسي في سوريا، فلاديمير سافتشينكو، الولايات المتحدة``): a
    named person right after one to four descriptive words (definite, or a title ending in a demonym the entity stage
    tagged), with no preposition or punctuation before the name other than the commas of an apposition; None
    otherwise (the reading of the verb's adjacent subject is left as it was)."""
    g = after[0]
    if g["prep"] is not None or not 1 <= g["s"] - te <= 4 or toks[te - 1].norm.lstrip("وفبل").startswith("ال"):
        return None  # (a verb, not a noun with its article: "والانتقاد عداوته")
    words = [toks[k].norm for k in range(te, g["s"])]
    if any(stopword(w) or w[:1] in "وف" and len(w) > 3 and stopword(w[1:]) for w in words):
        return None
    if all(x.kind == "PERSON" for x in g["m"]) and len(g["m"]) == 1:
        if all(w.startswith("ال") for w in words) \
                and not any(c in text[toks[te - 1].end:toks[g["s"]].start] for c in "،,.:;\"«»“”()"):
            return g
        return None
    if all(x.kind == "NORP" for x in g["m"]) and not any(c in text[toks[te].start:toks[g["s"]].start] for c in "،,.:;\"«»“”()"):
        # a title ending in a demonym ("رئيس مركز المصالحة الروسي"), its place (في سوريا), then its holder in apposition
        nxt = [h for h in after[1:3] if h["s"] - g["e"] <= 3]
        k = nxt[0]["s"] if nxt else None
        if nxt and k > g["e"] and (toks[g["e"]].norm != "في" or k - g["e"] > 3
                                   or any(c in text[toks[g["e"]].start:toks[k - 1].end] for c in "،,.:;\"«»“”()")):
            nxt = []  # (only its place may stand between: "الروسي في سوريا، فلاديمير سافتشينكو،")
        if nxt and nxt[0]["prep"] is None and all(x.kind == "PERSON" for x in nxt[0]["m"]) \
                and text[toks[k - 1].end:toks[k].start].strip() in ("،", ",") and nxt[0]["e"] < len(toks) \
                and text[toks[nxt[0]["e"] - 1].end:toks[nxt[0]["e"]].start].strip() in ("،", ","):
            return dict(nxt[0], ids=list(nxt[0]["ids"]) + [i for i in g["ids"] if i not in nxt[0]["ids"]])
    return None


def genitive_doer(gen, act_event, condemners, trig, patient_types) -> bool:
    """Is the genitive right after a condemned act noun its doer, though the act's own reading took the condemner as
    its author ("روسيا تستنكر انسحاب أميركا من اتفاق إيران النووي": the headline's subject read as the one who
    withdraws)? Yes for an act whose genitive does it (not a harm, arrest or sanction noun, whose genitive suffers it;
    a withdrawal or resignation does), when that genitive is not the condemner itself."""
    if gen is None or act_event is None or not set(act_event["actors"]) & set(condemners) or set(gen["ids"]) & set(condemners):
        return False
    return trig.type not in patient_types or trig.type == "RETREAT" and trig.mode in ("withdraw", "resign")


_FAILED = tuple(sorted(word_set("accuse", "failed")))
_STATEMENT_HEADS = word_set("accuse", "statement_head")


def statement_relative(toks, ts) -> bool:
    """An imperfect verb of accusing right after an indefinite resolution, statement or text noun opens its relative
    clause ("صادقت الجمعية العامة على مشروع قرار يدين إسرائيل"، "أصدر مجلس الأمن بيانا يدين الهجوم"): its subject is
    that noun, so the party right after the verb is its object, not its subject."""
    if ts == 0 or toks[ts].norm[:1] not in "يت":
        return False
    return toks[ts - 1].norm in _STATEMENT_HEADS


_DOER_VERBS = word_set("accuse", "doer_verb")
_DOER_FILLERS = word_set("accuse", "doer_filler")


def relative_doer(text, toks, groups, ke):
    """The party that a relative clause right after a wrongdoing noun names as its doer: "المجزرة البشعة التي ارتكبتها
    قوات الاحتلال"، "الجرائم التي ترتكبها إسرائيل بحق الفلسطينيين" (the noun, at most two adjectives, الذي/التي, a verb
    of committing, the party right after it); None when the clause is not so."""
    k = ke
    while k < len(toks) and k - ke < 2 and toks[k].norm in _DOER_FILLERS:
        k += 1
    if k + 2 >= len(toks) or toks[k].norm not in ("التي", "الذي", "اللتي") or toks[k + 1].norm not in _DOER_VERBS:
        return None
    if re.search(r"[.،,؛;:!?؟\n]", text[toks[ke - 1].end:toks[k + 2].start]):
        return None
    return next((g for g in groups if g["s"] == k + 2 and g["prep"] is None), None)


_REPLY_VERBS = word_set("accuse", "reply_verb")


def replied_to(toks, ts) -> bool:
    """Is the noun of accusing at ``ts`` what a verb of replying answers (ردت الصين على الاتهامات، يرد على انتقادات):
    على right before it and a verb of replying at most six words before that?"""
    return ts > 1 and toks[ts - 1].norm == "علي" and any(
        toks[k].norm in _REPLY_VERBS for k in range(max(0, ts - 8), ts - 1))


_DOCUMENT_NOUNS = word_set("accuse", "statement_subject")


def statement_author(stage, text, sents, st, toks, te, groups, recips) -> list:
    """The author of the statement that is the subject right after a verb of accusing ("واتهم البيان إيران بدعم الإرهاب"،
    "وأدانت الرسالة"): the party that opens the sentence (or one of the two before) in which the same noun was told
    ("أصدرت الخارجية السعودية بيانا"، "وقالت الوزارة في بيان"), not one accused; [] when none."""
    if te >= len(toks) or toks[te].norm not in _DOCUMENT_NOUNS or any(g["s"] == te for g in groups):
        return []
    stem = toks[te].norm[2:]
    forms = {p + stem + x for p in ("", "و", "ف", "ب", "ل", "وب", "ال", "بال", "وال", "فال", "وبال")
             for x in ("", "ا", "ها", "ه", "هم")}  # (بيانا، في بيان، بيانها)
    from .stage import _groups  # (the stage's grouping of mentions; imported here to avoid a cycle)
    for prev in sents[max(0, st.i - 2):st.i][::-1]:
        ptoks = prev.toks or []
        k = next((j for j, t in enumerate(ptoks) if t.norm in forms), None)
        if k is None:
            continue
        ments = prev.ments if prev.ments is not None else stage._dp.mentions(ptoks)
        g = next((g for g in _groups(text, ptoks, ments) if g["e"] <= k + 3 and g["prep"] is None
                  and not set(g["ids"]) & set(recips)), None)
        return list(g["ids"]) if g is not None else []
    return []


_SUPPORTER_NOUNS = word_set("accuse", "supporter_noun")


def described_by(toks, s) -> bool:
    """Is the party at token ``s`` named inside a description of someone else, as whom he supports or follows ("من كبار
    داعمي الرئيس الأميركي"، "المعروف بتأييد الحزب الجمهوري"، "المقرب من")? Title words between are passed over."""
    k = s - 1
    while k >= 0 and k > s - 4 and toks[k].norm.removeprefix("ال") in ("رييس", "الرييس", "زعيم", "امين", "عام", "السابق"):
        k -= 1
    return k >= 0 and toks[k].norm in _SUPPORTER_NOUNS


_CONTRAST_PRONS = word_set("clause", "contrast_pron")  # لكنه، ولكنها: a contrast whose pronoun is the next verb's subject
_CONTRAST_HEADS = word_set("clause", "contrast_head")  # إلا (أنه)، غير (أنها)
_THAT_PRONS = word_set("clause", "that_pron")


def contrast_subject(text, toks, groups, cut, ts, te):
    """(s31accuse) "ورحب فوتيل بالمسار السياسي، لكنه اتهم روسيا"، "قال مسؤول إسرائيلي ...، إن الدوحة حاولت ...، لكنه
    اتهم الدوحة": a verb of accusing right after a contrast that carries its subject's pronoun (لكنه، ولكنها، إلا أنه،
    غير أنها) has for subject the party that opens the sentence (right after its first verb, or before it), and for
    object the party right after it. (actors, recipients), or None when the sentence is not so."""
    if ts == 0:
        return None
    w = toks[ts - 1].norm
    if w in _CONTRAST_PRONS:
        k0 = ts - 1
    elif ts > 1 and w in _THAT_PRONS and toks[ts - 2].norm in _CONTRAST_HEADS:
        k0 = ts - 2
    else:
        return None
    obj = next((g for g in groups if g["prep"] is None and g["s"] == te), None)
    if obj is None or re.search(r"[.،,؛;:!?؟\n]", text[toks[te - 1].end:toks[obj["s"]].start]):
        return None  # (no object right after the verb: a passive, "لكنهم اتهموا بارتكاب أفعال إجرامية"; an object
        # pronoun, "لكنه اتهمها بإهانة القضاء")
    subj = next((g for g in groups if g["prep"] is None and cut <= g["s"] <= cut + 2 and g["e"] <= k0
                 and not set(g["ids"]) & set(obj["ids"])), None)
    if subj is None or re.search(r"[.!?؟\n]", text[toks[subj["e"] - 1].end:toks[k0].start]):
        return None
    return list(subj["ids"]), list(obj["ids"])


def amid_critics(text, toks, groups, cut, ts, te):
    """(s31accuse) Criticism told as the setting of the sentence's act, after وسط, with its authors named by من / من
    قبل / من جانب after the noun (an adjective, or its target with لـ, between): "ودعت شركة أبل ...، وسط انتقادات من
    قبل السلطات الضريبية الأمريكية لحيازتها"، "لكنها توقفت وسط انتقادات من الاتحاد لملف تركيا"، "وسط انتقادات حادة
    لأنقرة من قبل حلفائها". The target is the party with لـ before the critics, else the party right after them with
    لـ or in the genitive of a لـ noun ("لملف تركيا"، "لصمت وتغاضي المنظمات الأممية"), else the sentence's opening
    subject. (actors, recipients), or None."""
    if ts == 0 or toks[ts - 1].norm not in ("وسط", "ووسط"):
        return None

    def clear(a, b):
        return not re.search(r"[.،,؛;:!?؟\n]", text[toks[a].end:toks[b].start]) if b > a else True

    critic = next((g for g in groups if g["prep"] in ("من", "من قبل") and te <= g["s"] <= te + 5 and clear(te - 1, g["s"])
                   and not any(h["prep"] != "ل" and te <= h["s"] < g["s"] for h in groups)), None)
    if critic is None:
        return None
    target = next((g for g in groups if g["prep"] == "ل" and te <= g["s"] < critic["s"]), None) or next(
        (g for g in groups if critic["e"] <= g["s"] <= critic["e"] + 3 and clear(critic["e"] - 1, g["s"]) and (
            g["prep"] == "ل" or g["prep"] is None and toks[critic["e"]].norm[:1] == "ل")), None) or next(
        (g for g in groups if g["prep"] is None and cut <= g["s"] <= cut + 2 and g["e"] < ts), None)
    if target is None or set(target["ids"]) & set(critic["ids"]):
        return None
    return list(critic["ids"]), list(target["ids"])


_CHARGE_GAP = word_set("accuse", "past_charge_gap")  # الشهر الماضي، سابقا: time words before the charge
_CHARGE_NOT = word_set("accuse", "past_charge_not")  # بعد، بيان، بدوره: ب-words that are no charge
_CHARGE_NOT_MORE = word_set("accuse", "charge_not_more")  # باسم، بين، بشأن
_CHARGE_ADVERBS = word_set("accuse", "charge_adverb")  # مرارا، مجددا: adverbs between the accused and the charge


def _named_in_charge(dp, text, toks, te, ev) -> bool:
    """(s31accuse) After a verb of accusing (اتهم، يتهم، تتهم), are all the recipients named only inside the charge
    (a ب-noun after the accused: "باغتيال رفيق الحريري"، "بتمويل جماعة الإخوان"، "بتخويف النازحين السوريين"), the word
    right before the charge being no party and no time word (the accused is there, a noun the coder does not know)? Not
    a charge told by بأن (the clause names the accused: "اتهم ... بأن إيران تزعزع")."""
    stop = min(len(toks), te + 12)
    ments = _mentions(dp, toks[te].start, toks[stop - 1].end) if stop > te else []
    k = next((j for j in range(te, stop) if toks[j].norm[:1] == "ب" and len(toks[j].norm) > 3
              and toks[j].norm not in _CHARGE_NOT and toks[j].norm not in _CHARGE_NOT_MORE
              and not any(m[0] <= toks[j].start < m[1] for m in ments)), None)  # (not بشار in a name)
    if k is None or k == te or _BAN.match(toks[k].norm) or re.search(r"[.،,؛;:!?؟\n]", text[toks[te - 1].end:toks[k].start]):
        return False
    prev = toks[k - 1]
    if prev.norm in _CHARGE_GAP or prev.norm in _CHARGE_ADVERBS or prev.norm.isdigit() or prev.norm in _PREPS:
        return False
    ments = [m for m in ments if m[0] < toks[k].start]
    if any(m[0] <= prev.start < m[1] or prev.start <= m[0] < prev.end for m in ments):
        return False  # (the party right before the charge is the one accused)
    named_before = {m[2] for m in ments}
    return not any(r in named_before for r in ev["recipients"])


_CRITIC_GAP = word_set("accuse", "critic_gap")  # مؤخرا، بانتظام، أيضا: words between a criticism faced and its critics
_CRITIC_MEMBERS = word_set("accuse", "critic_members") | word_set("roles", "member_head")
_CRITIC_NOT = word_set("accuse", "critic_not")  # من، في، حول، بسبب: no adjective of the criticism


def critics_past_adverb(text, toks, groups, te):
    """(s33blame) The critics of a criticism faced, named with من / من قبل / من جانب after the noun, one adjective and
    time or manner adverbs between ("تعرض مكابي لانتقادات مكررة مؤخراً من قبل الرئيس الأمريكي"، "انتقادات شديدة أيضا
    من الاتحاد الأوروبي"): the group, or None. Only listed adverbs (wordsets accuse/critic_gap) after one adjective
    may stand between, no party and no comma ("لانتقادات بسبب موقفه من إيران" names no critic)."""
    for g in groups:
        if not te + 1 <= g["s"] <= te + 8:
            continue
        if g["prep"] in ("من", "من قبل"):
            k = g["s"] - (1 if g["prep"] == "من" else 2)
        elif g["prep"] in (None, "في"):
            # the critics' members before their party: "من وزراء مالية مجموعة السبع"، "من أعضاء في الحزب الديمقراطي"،
            # (not allies: "أثار انتقادات من جانب حلفائها في حلف شمال الأطلسي" names whose allies only by a pronoun)
            k = next((j for j in range(g["s"] - 1, max(te - 1, g["s"] - 5), -1) if toks[j].norm == "من"), None)
            if k is None or not all(toks[j].norm in _CRITIC_MEMBERS for j in range(k + 1, g["s"])):
                continue
        else:
            continue
        if k < te or toks[k].norm != "من":
            continue
        if re.search(r"[.،,؛;:!?؟\n]", text[toks[te - 1].end:toks[k].start]) or any(
                te <= h["s"] < k for h in groups):
            return None
        if k == te:
            return g
        first = toks[te].norm
        if not all(toks[j].norm in _CRITIC_GAP for j in range(te + 1, k)) or not (
                first in _CRITIC_GAP or first[:1] not in "بلفو" and not first.startswith("ال") and first not in _CRITIC_NOT):
            return None
        return g
    return None
