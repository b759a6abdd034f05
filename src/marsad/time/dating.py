"""Date an event by the time expression that governs it.

``date_event(doc, sent_index, trigger_start, trigger_end)`` follows the gold convention of events_dev:
an event carries a date when its own sentence (or the same occasion) gives a time cue, otherwise None;
"اليوم" is the publication date, "أمس" the day before, a weekday the most recent such day on or before
publication (all resolved by the time stage).

1. Own sentence: the time expression nearest to the trigger, where crossing a clause mark (، , ؛ :)
   or a subordinator (أن، الذي ...) costs distance.  Day-grain expressions count anywhere in the
   sentence; month/year/vague expressions only close to the trigger in its own clause (``أسقط الطائرة
   في 2014`` is dated 2014 → no day; ``اتفقنا على أن تلتقي ... خلال الأيام القادمة`` is not governed
   by the future span).  ``منذ`` + date → that date, ``historical``.
2. Back-reference: the next sentence opens with ``جاء ذلك`` / ``وجاءت`` and has a day cue.
3. Carry-over: previous sentences of the same occasion, each sentence in between opening with a
   continuation (``وقال``، ``وأضاف``، ``وبحسب`` ...) and holding no time expression of its own; at most
   four sentences back, never from the headline.
4. The lead sentence (first body sentence) without cue: a later sentence (≤3 on) that retells the
   same event (same trigger word) with a day cue.
5. The headline without its own cue takes the lead's date when the lead tells the same story
   (shared content words).

3b. A sentence that refers back to the occasion told before it (``dating.tsv`` category ``occasion``:
   ``واستقبله ... لدى وصوله``، ``خلال زيارته``، ``خلال الاتصال``) takes the day of the nearest earlier
   sentence with a time expression (up to three back), when that expression is a day.
(A speech act dated by the statement the next sentence reports is the events stage's _statement_dates.)
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .extract import _future_ctx, anchor_of, find_times
from .lexicon import DATA, fold

_WORD = re.compile(r"\w+")
_CLAUSE = re.compile(r"[،,؛;:\"«»()\n]")
_STOP = {"في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ما", "لا", "هذا", "هذه", "ذلك", "التي", "الذي",
         "قد", "كان", "كانت", "بين", "بعد", "قبل", "حول", "عبر", "خلال", "the", "of", "and", "to", "in", "on",
         "for", "with", "a", "an", "at", "by", "from", "is", "was", "has"}
_PROC = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


@lru_cache(maxsize=1)
def _links() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with open(DATA / "dating.tsv", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cat, form = line.rstrip("\n").split("\t")
            out.setdefault(cat, set()).add(" ".join(fold(form).split()))
    return out


def _stem(w: str) -> str:
    for p in _PROC:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w


def _content(f: str, s: int, e: int) -> set[str]:
    return {_stem(w) for w in _WORD.findall(f[s:e]) if len(w) >= 3 and w not in _STOP and not w.isdigit()}


class _Ctx:
    """Per-document view: folded text, sentences, anchor, time expressions by sentence."""

    def __init__(self, doc: dict):
        self.text = doc.get("text") or ""
        self.f = fold(self.text)
        self.sents = [tuple(s) for s in (doc.get("sentences") or [])]
        art = doc.get("article") or {}
        self.anchor = anchor_of(doc)
        tx = self.tx_ref = doc.get("timex")
        if tx is None:
            tx = find_times(self.text, self.anchor)
        # a bare clock time (الساعة التاسعة صباحا) took the publication date only for want of a day next to it: it
        # is no day cue of its own, so the day of the occasion told before (the lead's الخميس) still reaches it
        self.timex = [t for t in tx if (t.get("grain") not in ("duration", "set") or t.get("since"))
                      and not (t.get("grain") == "time" and t.get("anchor_used") and t.get("clock"))]
        hl = doc.get("headline_span")
        self.headline = 0 if self.sents and (
            (hl and tuple(hl) == self.sents[0]) or
            (art.get("headline") and self.text[self.sents[0][0]:self.sents[0][1]].strip() ==
             str(art.get("headline")).strip())) else None
        self.first_body = 1 if self.headline == 0 else 0
        paras = doc.get("paragraphs") or []
        self.para_of = []
        for s, e in self.sents:
            k = next((n for n, (ps, pe) in enumerate(paras) if ps <= s < pe), -1)
            self.para_of.append(k)

    def in_sent(self, i: int) -> list[dict]:
        s, e = self.sents[i]
        return [t for t in self.timex if s <= t["start"] and t["end"] <= e]

    def first_words(self, i: int, n: int = 2) -> list[str]:
        s, e = self.sents[i]
        return _WORD.findall(self.f[s:min(e, s + 60)])[:n]

    def opens_with(self, i: int, cat: str) -> bool:
        ws = self.first_words(i, 3)
        links = _links()[cat]
        return any(" ".join(ws[:k]) in links for k in (1, 2, 3) if len(ws) >= k)

    def cost(self, a: int, b: int) -> int:
        """Distance from position a to b with penalties for clause marks and subordinators between."""
        lo, hi = (a, b) if a <= b else (b, a)
        seg = self.f[lo:hi]
        subs = _links()["subord"]
        n_sub = sum(1 for w in _WORD.findall(seg) if w in subs)
        return (hi - lo) + 120 * len(_CLAUSE.findall(seg)) + 80 * n_sub, n_sub


def _day_of(t: dict) -> str | None:
    v = t.get("value")
    if not v or t.get("grain") not in ("day", "time") or len(v) < 10 or v[4] != "-":
        return None
    if t.get("grain") == "day" and t.get("mod") == "APPROX":
        return None  # قبل أسبوعين، قبل نحو أسبوع: about then, no day of its own
    return v[:10]


def _is_day(t: dict) -> bool:
    """A day-grain expression (resolved, or a relative day left unresolved for want of an anchor)."""
    return _day_of(t) is not None or (t.get("grain") == "day" and t.get("value") is None)


_SUBORD_RE = re.compile(r"(?<!\w)(?:ان|انه|انها|that)(?!\w)")
_BACKGROUND = re.compile(r"(?:^|\s)(?:(?:اثر|عقب|بعد|بسبب|جراء|نتيجه|ردا علي|رده علي|منذ|قبل|following|after|since)"
                         r"|(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان|which|that|who)(?:\s+\w+)?)\s+$")
# إثر تعرض ناقلتي نفط سعوديتين لهجوم، بسبب رفضها الإفراج: the act a few words into such a phrase is background too
_BACKGROUND_FAR = re.compile(r"(?:^|\s)(?:اثر|عقب|جراء|بسبب|ردا علي|رده علي|بتهمه|بتهم)\s+(?:[^\s،,؛.:()\"«»]+\s+){1,4}$")


# بعد أيام من شن إسرائيل غارات، بعد يوم واحد من اجتماعه: an act days (weeks, years) before the main clause's
# (بعد ساعات من is often the same day: not here; nor بعد أسبوع كامل من المشاورات, a week of them up to the act)
_DAYS_AFTER = re.compile(r"(?:^|\s)[وف]?(?:بعد|قبل)\s+(?:نحو\s+|قرابه\s+|اكثر\s+من\s+)?(?:\w+\s+)?(?:يوم|يومين|ايام|اسبوع|اسبوعين|"
                         r"اسابيع|شهر|شهرين|اشهر|عام|عامين|اعوام|سنه|سنوات)(?:\s+(?!كامل|كامله|متواصل)\w+)?\s+(?:من|علي)\s+"
                         r"(?:[^\s،,؛.:()\"«»]+\s+){0,3}$")


def _background(cx: "_Ctx", s0: int, ts: int) -> bool:
    if _BACKGROUND.search(cx.f[max(s0, ts - 20):ts]) is not None:
        return True
    for rx, back in ((_BACKGROUND_FAR, 55), (_DAYS_AFTER, 70)):
        lo = max(s0, ts - back)
        m = rx.search(cx.f[lo:ts])
        if m is None or any(lo + m.start() <= t["start"] < ts for t in cx.timex):
            continue  # (وعقب اتصال أمس أعلن ترامب: the phrase ended at its own day; the main verb follows)
        # a phrase that opens the sentence (إثر الهجوم أعلنت الحكومة) is a fronted adverbial: the word after it is the
        # main clause's, unless it is a noun (ردا على الانتقادات والاتهامات ...)
        if len(_WORD.findall(cx.f[s0:lo + m.start()])) >= 2 or _NOMINAL.match(cx.f, ts):
            return True
    return False


_NOMINAL = re.compile(r"(?:[وفبلك]?ال|لل|ل(?=\w{3}))\w")


# (حسبما أوردت، بحسبما أفادت، وفقما ذكرت: the same tails written as one word)
# a phrase after the trigger that tells another, earlier act (بعد الهجوم، إثر تعرض، ردا على مقتل): a day at its end is that
# act's (a marker right before the day — بعد ظهر الأربعاء — is part of the time expression).  Not بعد أن/بعدما (the act
# just before, on the same occasion: قتل مدنيان بعد أن صدمت سيارة ملغومة دورية ... الأحد), nor a day set off by a comma at
# the end (وقررت تركيا استدعاء سفيرها بسبب المواجهات ...، الاثنين.): that one dates the main clause.
_NESTED = re.compile(r"(?<!\w)(?:بعد|اثر|عقب|جراء|بسبب|ردا علي|رده علي|نتيجه|بتهمه|بتهم)\s+(?!ظهر|منتصف|الظهر|ان\b|انه|انها)\w+\W+\w")
_AFTER = re.compile(r"(?:^|\s)(?:بعد|عقب|following|after)\s+$")
_REPORTING = re.compile(r"(?:(?:وفق|وفقا|بحسب|حسب|طبقا|نقلا)\s+(?:لما|ما|عن|ل)?|(?<!\w)و?(?:حسبما|بحسبما|وفقما|وفقا لما)"
                        r"|according to|as reported by)\s*"
                        r"(?:ذكرت|ذكره|ذكر|افادت|افاد|نقلت|نقله|اعلنت|قالت|اوردت|اورده|بثت|نشرت)?[^،,.؛]*[،,]?\s*$")

# "إرجاء محاكمة القس إلى 12 أكتوبر المقبل"، "مدد المجلس المهمة حتى 31 ديسمبر": an end point or a new date set
# for a later occasion, not the day of the act
_UNTIL = re.compile(r"(?<!\w)(?:الي|حتي|لغايه|till|until|to)\s+(?:يوم\s+)?$")


def _set_for_later(cx: _Ctx, s0: int, t: dict) -> bool:
    """A future day after إلى/حتى (إرجاء المحاكمة إلى 12 أكتوبر المقبل): a date set for a later occasion."""
    return _is_day(t) and t.get("direction") == "future" and _UNTIL.search(cx.f[max(s0, t["start"] - 12):t["start"]]) \
        is not None


def _governing(cx: _Ctx, i: int, ts: int, te: int, skipped: list | None = None) -> dict | None:
    """The time expression that dates the trigger in its own sentence; a day cue passed over because it dates
    something else (the report, an ongoing act since that day) is appended to ``skipped``.  A future day after
    إلى/حتى (``قررت المحكمة الأربعاء إرجاء المحاكمة إلى 12 أكتوبر``) is the new date or end point set for a later
    occasion: another day of the same clause (no subordinator between) dates the act instead."""
    s0 = cx.sents[i][0]
    if not any(_set_for_later(cx, s0, x) for x in cx.in_sent(i)):
        return _governing1(cx, i, ts, te, skipped, False)
    t = _governing1(cx, i, ts, te, None, True)
    if t is not None:
        lo, hi = (t["end"], ts) if t["end"] <= ts else (te, t["start"])
        if cx.cost(lo, hi)[1] == 0:
            return _governing1(cx, i, ts, te, skipped, True)
    return _governing1(cx, i, ts, te, skipped, False)


def _governing1(cx: _Ctx, i: int, ts: int, te: int, skipped: list | None, no_until: bool) -> dict | None:
    best, best_cost = None, None
    s0 = cx.sents[i][0]
    background = _background(cx, s0, ts)
    for t in cx.in_sent(i):
        if t["start"] <= ts < t["end"]:
            continue
        if no_until and _set_for_later(cx, s0, t):
            continue
        if background and _is_day(t) and not (te <= t["start"] <= te + 25):
            continue  # رداً على هجوم ... : the background event is not dated by the main clause's day
        if _is_day(t) and not (t["start"] <= ts <= t["end"] + 60 and t["end"] <= ts) and \
                _REPORTING.search(cx.f[max(s0, t["start"] - 60):t["start"]]):
            if skipped is not None:
                skipped.append(t)
            continue  # وفق ما ذكرت وسائل إعلام رسمية، الخميس: dates the report, not the event
        if _is_day(t) and t["start"] >= te and _NESTED.search(cx.f, te, t["start"]) and \
                not re.search(r"[،,]\s*(?:يوم\s+)?$", cx.f[te:t["start"]]):
            if skipped is not None:
                skipped.append(t)
            continue  # معاقبة النظام بعد الهجوم ... السبت الماضي: the day of the act the بعد phrase tells
        pos_t = t["end"] if t["end"] <= ts else t["start"]
        pos_e = ts if t["end"] <= ts else te
        c, n_sub = cx.cost(pos_t, pos_e)
        if t.get("since") and (n_sub or _CLAUSE.search(cx.f, min(pos_t, pos_e), max(pos_t, pos_e))):
            if skipped is not None and _is_day(t):
                skipped.append(t)
            continue  # نددت واشنطن بالقصف الذي يشنه النظام ... منذ الأحد: منذ dates the ongoing act of its own phrase
        if not _is_day(t):
            seg = cx.f[min(pos_t, pos_e):max(pos_t, pos_e)]
            fronted = t["end"] <= ts and t["start"] - s0 <= 12 and len(seg) <= 40 and len(_CLAUSE.findall(seg)) == 1
            if n_sub or (c > 70 and not fronted) or (_CLAUSE.search(seg) and not fronted):
                continue  # (a fronted adverbial — وفي يونيو الماضي، أعلن — still governs across its comma)
            c -= 5  # the closer, non-day expression of the trigger's own phrase wins ties
        if best_cost is None or c < best_cost:
            best, best_cost = t, c
    return best


def _own_day_ok(cx: _Ctx, s0: int, t: dict) -> bool:
    return _is_day(t) and not t.get("since") and t.get("direction") != "future" and \
        not _REPORTING.search(cx.f[max(s0, t["start"] - 60):t["start"]])


# a day inside a concessive or background phrase opening the sentence (على الرغم من إعلان واشنطن الخميس ...، بعد قرار ...)
_IN_BACKGROUND = re.compile(r"(?<!\w)(?:(?:ال)?رغم|بعد|اثر|عقب|ردا علي|غداه|عشيه)\s+(?:[^\s،,؛.:]+\s+){0,4}$")


def _own_day(cx: _Ctx, i: int) -> dict | None:
    """A sentence's own day cue (first day-grain, non-``since`` expression), for carrying."""
    s0 = cx.sents[i][0]
    for t in cx.in_sent(i):
        if _own_day_ok(cx, s0, t):
            return t  # (a day in a reporting tail, وفق ما أفاد المرصد، السبت, dates the report: not carried)
    return None


def _result(cx: _Ctx, t: dict | None, carried: bool = False, future_ctx: bool = False) -> dict:
    out = {"date": None, "date_text": None, "historical": False, "future": bool(future_ctx)}
    if t is None:
        return out
    out["date_text"] = t["text"]
    d = _day_of(t)
    out["date"] = d
    a = cx.anchor.date() if cx.anchor else None
    if t.get("since"):
        out["historical"] = True
    if t.get("direction") == "future":
        out["future"] = True
    if a and t.get("value"):
        v = t["value"]
        if d:
            try:
                dd = date.fromisoformat(d)
                if (a - dd).days > 14:
                    out["historical"] = True
                if dd > a and not t.get("late_stamp"):
                    out["future"] = True  # (a weekday a late stamp's writer called today is no future day)
            except ValueError:
                pass
        elif t.get("grain") == "month" and v[:7] < a.isoformat()[:7]:
            out["historical"] = True
        elif t.get("grain") in ("year", "span") and v[:4].isdigit() and v[:4] < a.isoformat()[:4]:
            out["historical"] = True
    elif t.get("direction") == "past" and not d and t.get("grain") != "span" and not (
            t.get("grain") == "day" and t.get("mod") == "APPROX"):
        out["historical"] = True
    if t.get("grain") == "day" and t.get("mod") == "APPROX" and a and t.get("value"):
        try:  # (قبل أسبوع is recent; قبل قرابة سبعة أسابيع background)
            out["historical"] = (a - date.fromisoformat(t["value"][:10])).days > 14
        except ValueError:
            pass
    if out["future"] and out["historical"]:
        out["future"] = False
    if carried:
        out["carried"] = True
    return out


def date_event(doc: dict, sent_index: int, trigger_start: int, trigger_end: int) -> dict:
    """Date of an event whose trigger is ``text[trigger_start:trigger_end]`` in sentence ``sent_index``.

    Returns ``{"date": "YYYY-MM-DD"|None, "date_text": str|None, "historical": bool, "future": bool}``
    (plus ``carried: True`` when the date came from another sentence, ``declined: True`` when the sentence's day
    cue was passed over because it dates the report or an ongoing act's start)."""
    cx = _ctx(doc)
    n = len(cx.sents)
    if not (0 <= sent_index < n):
        return {"date": None, "date_text": None, "historical": False, "future": False}
    i = sent_index
    fut = _future_ctx(cx.f, trigger_end)
    s0 = cx.sents[i][0]
    plu = _links()["pluperfect"]
    wb = _WORD.findall(cx.f[max(s0, trigger_start - 80):trigger_start])[-8:]
    pluperfect = any(w in plu for w in wb) and "قد" in wb  # وكان ... قد: background
    skipped: list = []
    t = _governing(cx, i, trigger_start, trigger_end, skipped)
    if t is not None:
        if not fut and _is_day(t) and t["end"] <= trigger_start and i != cx.headline and \
                _SUBORD_RE.search(cx.f, t["end"], trigger_start):
            # "وقال المرصد الجمعة إن الغارات استهدفت ...": the day before إن/أن dates the report; the act told in
            # the complement, already told with its own day a few sentences before, keeps that day
            e = _told_before(cx, i, trigger_start, trigger_end, t)
            if e is not None:
                return _result(cx, e, carried=True, future_ctx=fut)
        return _result(cx, t, future_ctx=fut)
    if _background(cx, s0, trigger_start):
        # a background event (ردا على الانتقادات ... في الهجوم ... السبت الماضي): no date carried to it, and the
        # main clause's day, passed over on purpose, is not to be taken back from the sentence by the caller
        # (after بعد/عقب the event is often the same occasion just before the act — اتفق القادة الجمعة بعد محادثات
        # استمرت عشر ساعات —: the caller may still take the sentence's day there)
        r = _result(cx, None, future_ctx=fut)
        if (skipped or any(_is_day(x) for x in cx.in_sent(i))) and \
                not _AFTER.search(cx.f[max(s0, trigger_start - 20):trigger_start]):
            r["declined"] = True
        return r

    if pluperfect:
        r = _result(cx, None, future_ctx=fut)
        r["historical"] = True
        return r
    # 2. the next sentence refers back (جاء ذلك ... الأربعاء)
    if i + 1 < n and i != cx.headline and cx.opens_with(i + 1, "backref"):
        t = _own_day(cx, i + 1)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 3. carried over from the previous sentences of the same occasion
    if i != cx.headline:
        t = _carry_back(cx, i, trigger_start)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 3b. a phrase that refers back to the occasion told before (لدى وصوله، خلال زيارته)
    if i != cx.headline and i > cx.first_body and _phrases("occasion").search(cx.f, *cx.sents[i]):
        t = _occasion_day(cx, i)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 4. the lead retold later with a day cue
    if i == cx.first_body:
        t = _retold(cx, i, trigger_start, trigger_end)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 5. the headline takes the lead's date when the lead tells the same story
    if i == cx.headline and n > cx.first_body:
        t = _lead_date(cx)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    r = _result(cx, None, future_ctx=fut)
    if skipped:
        # the sentence's only day dates the report or the start of another, ongoing act: the event itself stays
        # undated (the caller must not take that day back from the sentence)
        r["declined"] = True
    return r


@lru_cache(maxsize=None)
def _phrases(cat: str) -> re.Pattern:
    """A regex over the folded forms of one dating.tsv category (built once); a leading و/ف is let through
    (``وخلال جلسة مغلقة``، ``ولدى وصوله``)."""
    forms = sorted(_links().get(cat, ()), key=len, reverse=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms) + r")(?!\w)")


def _occasion_day(cx: _Ctx, i: int) -> dict | None:
    """The day of the occasion a sentence refers back to: the nearest earlier sentence's time expression, when
    that is a day (a month or year there, or the headline, ends the search)."""
    if any(_frame(t) for t in cx.in_sent(i)):
        return None
    for j in range(i - 1, max(cx.first_body, i - 3) - 1, -1):
        ts = [t for t in cx.in_sent(j) if _frame(t) and not t.get("since")]
        if ts:
            t = _own_day(cx, j)
            return t if t is not None and t is ts[0] else None
    return None


def _frame(t: dict) -> bool:
    """An expression that sets another time frame (not a future plan inside a quote, not a duration)."""
    return t.get("direction") != "future" and t.get("grain") not in ("duration", "set")


def _narrates(cx: _Ctx, i: int, ts: int) -> bool:
    """The sentence opens with و/ف + the event's own word (``وانفجرت القنبلة``، ``ورفض المتحدث``، ``وحكم على``): the
    story goes on, verb first, with the next act of the occasion just told."""
    s0 = cx.sents[i][0]
    m = _WORD.search(cx.f, s0, cx.sents[i][1])
    return m is not None and m.start() <= ts < m.end() and len(m.group()) >= 4 and m.group()[0] in "وف" and \
        ts - s0 <= 3 and m.group() not in _links()["break"] and m.group() not in _links()["pluperfect"]


def _carry_back(cx: _Ctx, i: int, ts: int) -> dict | None:
    if i > cx.first_body and not cx.opens_with(i, "continue") and _narrates(cx, i, ts):
        # a verb-first narrative sentence takes the day of the sentence right before it, when that sentence has no
        # other time frame (and the narrative sentence none of its own)
        if any(_frame(t) for t in cx.in_sent(i)) or cx.opens_with(i - 1, "break"):
            return None  # (not the day of a background sentence: وكان شخص ثان قد أوقف أمس الأحد)
        t = _own_day(cx, i - 1)
        if t is None or _SUBORD_RE.search(cx.f, t["end"], cx.sents[i - 1][1]):
            return None  # (the day of a report, وقالت القيادة اليوم الأحد إن ...: no day for the next, new act)
        return t if all(x is t or not _frame(x) for x in cx.in_sent(i - 1)) else None
    j = i
    while j > cx.first_body and i - j < 6:
        if not cx.opens_with(j, "continue") or cx.opens_with(j, "break"):
            return None
        if j != i and any(_frame(t) and not t.get("vague") for t in cx.in_sent(j)):
            return None
        if j == i and any(_frame(t) and t["start"] < ts for t in cx.in_sent(j)):
            return None
        j -= 1
        t = _own_day(cx, j)
        if t is not None:
            return t
        if any(_frame(x) and not x.get("vague") for x in cx.in_sent(j)):
            return None
    return None


# "تحضيرا لقمة ثانية"، "جولة جديدة من المحادثات": another occasion than the one told before
_OTHER_OCCASION = re.compile(r"\s+(?:\w+\s+){0,1}(?:ثانيه|ثان|ثالثه|جديده|جديد|اخري|اخر|مقبله|المقبله|المقبل|مرتقبه|"
                             r"المرتقبه|المرتقب|قادمه|القادمه|المقرره|second|new|next|another)(?!\w)")


def _told_before(cx: _Ctx, i: int, ts: int, te: int, own: dict) -> dict | None:
    """The day of the same act told in one of the three sentences before (same trigger word, one more shared content
    word, a day of its own other than ``own``'s)."""
    trig = _stem(cx.f[ts:te].split()[0]) if cx.f[ts:te].split() else ""
    if len(trig) < 3 or _OTHER_OCCASION.match(cx.f, te):
        return None
    mine = _content(cx.f, *cx.sents[i])
    for j in range(i - 1, max(cx.first_body, i - 3) - 1, -1):
        s, e = cx.sents[j]
        if trig not in _content(cx.f, s, e):
            continue
        t = _own_day(cx, j)
        if t is None or _day_of(t) == _day_of(own) or len((mine & _content(cx.f, s, e)) - {trig}) < 1:
            return None
        k = cx.f.find(trig, s, e)
        lo, hi = min(t["end"], k), max(t["start"], k)
        if k < 0 or _SUBORD_RE.search(cx.f, lo, hi) or _CLAUSE.search(cx.f, lo, hi):
            return None  # the day must belong to that telling of the act (its own clause), not to a report of it
        return t
    return None


def _retold(cx: _Ctx, i: int, ts: int, te: int) -> dict | None:
    trig = _stem(cx.f[ts:te].split()[0]) if cx.f[ts:te].split() else ""
    if len(trig) < 3:
        return None
    mine = _content(cx.f, *cx.sents[i])
    for j in range(i + 1, min(len(cx.sents), i + 4)):
        t = _own_day(cx, j)
        if t is None:
            continue
        other = _content(cx.f, *cx.sents[j])
        if trig in other and len((mine & other) - {trig}) >= 1:
            return t
        # وقال السكان إن نحو 110 من تلميذات المدرسة عدن ... هذا الصباح: the day sits inside the reported
        # content (after إن/أن), which retells the lead (shared words); a day attached to the speech verb
        # itself (وقالت القيادة، اليوم الأحد، إن ...) dates only the report.
        js = cx.sents[j][0]
        sub = _SUBORD_RE.search(cx.f, js, t["start"])
        if sub and j - i <= 2 and len(mine & other) >= 2:
            return t
        return None
    return None


def _lead_date(cx: _Ctx) -> dict | None:
    h = cx.headline
    lead = cx.first_body
    hw = _content(cx.f, *cx.sents[h])
    lw = _content(cx.f, *cx.sents[lead])
    if len(hw & lw) < 2:
        return None
    t = _own_day(cx, lead)
    if t is not None and _IN_BACKGROUND.search(cx.f, max(cx.sents[lead][0], t["start"] - 60), t["start"]):
        # على الرغم من إعلان الولايات المتحدة الخميس إلغاء اللقاء، أعلنت كوريا الشمالية الجمعة ...: the headline tells
        # the main clause, dated by the lead's next day outside such a phrase
        s0 = cx.sents[lead][0]
        t = next((x for x in cx.in_sent(lead) if x["start"] > t["start"] and _own_day_ok(cx, s0, x) and
                  not _IN_BACKGROUND.search(cx.f, max(s0, x["start"] - 60), x["start"])), t)
    if t is None and lead + 1 < len(cx.sents) and cx.opens_with(lead + 1, "backref"):
        t = _own_day(cx, lead + 1)
    return t


_CACHE: dict[int, tuple[dict, _Ctx]] = {}


def _ctx(doc: dict) -> _Ctx:
    """One view per document (kept for the last few documents; events call this once per event)."""
    key = id(doc)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is doc and hit[1].text is doc.get("text") and \
            hit[1].tx_ref is doc.get("timex") and \
            hit[1].sents == list(map(tuple, doc.get("sentences") or [])):
        return hit[1]
    cx = _Ctx(doc)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = (doc, cx)
    return cx
