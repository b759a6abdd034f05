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
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

from .extract import _future_ctx, anchor_of, find_times
from .lexicon import DATA, fold
from ..lang.ar import clitic_in

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


def _act_keys(w: str, imperfect: bool = True) -> set[str]:
    """Keys that a verb and its verbal noun share, for telling the same act again in other words (folded, no proclitic):
    ``احتجزت``/``تحتجز``/``احتجاز`` → احتجز، ``اعتقلت``/``اعتقال`` → اعتقل، ``نددت``/``تنديد`` → ندد، ``هاجمت``/``مهاجمه``
    → هاجم (``imperfect``: read an imperfect prefix too).  A word of fewer than four letters keys only itself."""
    w = _stem(w)
    out = {w}
    if len(w) < 4:
        return out
    bases = {w}
    if w.endswith("ت") and len(w) >= 4:
        bases.add(w[:-1])  # (past, feminine: احتجزت)
    if imperfect and w[0] in "يتن" and len(w) >= 4:
        bases.update((w[1:], "ا" + w[1:]))  # (imperfect: تحتجز، يعتقل)
    for b in list(bases):
        if len(b) >= 5 and b[0] == "ا" and b[-2] == "ا":
            bases.add(b[:-2] + b[-1])  # (verbal noun of forms IV, VII, VIII, X: احتجاز، اعتقال، استهداف)
        if len(b) == 5 and b[0] == "ت" and b[3] == "ي":
            bases.add(b[1:3] + b[4])  # (form II: تنديد)
        if len(b) == 6 and b[0] == "م" and b[2] == "ا" and b[-1] == "ه":
            bases.add(b[1:-1])  # (form III: مهاجمه)
    out.update(b for b in bases if len(b) >= 3)
    return out


def _content(f: str, s: int, e: int) -> set[str]:
    return {_stem(w) for w in _WORD.findall(f[s:e]) if len(w) >= 3 and w not in _STOP and not w.isdigit()}


_NUMBERED = re.compile(r"(?:رقم|قرار|القرار|قانون|القانون|مرسوم|المرسوم)\s+\d+\s*(?:ل|لسنه|\(|/)?\s*$")


_RANGE_OPEN = re.compile(r"(?:^|\s)(?:ما\s+)?بين\s*$")
_RANGE_BY_NUM = re.compile(r"(?:^|\s)(?:ما\s+)?بين\s+\d{1,2}\s*و\s*$")


def _range_bounds(f: str, tx: list[dict]) -> set[int]:
    """ids of the day expressions that open and close a stretch "بين X و Y" (both of day grain)."""
    out: set[int] = set()
    for a, b in zip(tx, tx[1:]):
        if a.get("grain") == "day" and b.get("grain") == "day" and f[a["end"]:b["start"]].strip() == "و" \
                and _RANGE_OPEN.search(f, max(0, a["start"] - 12), a["start"]):
            out |= {id(a), id(b)}
    for t in tx:  # بين 3 و5 مارس
        if t.get("grain") == "day" and _RANGE_BY_NUM.search(f, max(0, t["start"] - 16), t["start"]):
            out.add(id(t))
    return out


def _numbered(f: str, t: dict) -> bool:
    """A year that numbers a document (الأمر الجمهوري رقم 14 لعام 2018، القرار 2254 (2015)): no time of any act."""
    return t.get("grain") == "year" and _NUMBERED.search(f, max(0, t["start"] - 24), t["start"]) is not None


def _paragraph_of(starts: list[int], paras) -> list[int]:
    """For each offset of ``starts``, the index of the first paragraph ``(ps, pe)`` with ``ps <= offset < pe``, else
    -1. Paragraphs in text order that do not overlap (as the page reader gives them) are looked up by bisection, in
    one pass over them instead of a scan per sentence (s32speed); any others are scanned as before."""
    if not starts:
        return []
    ordered = all(a[1] <= b[0] for a, b in zip(paras, paras[1:])) and all(ps < pe for ps, pe in paras)
    if not ordered:
        return [next((n for n, (ps, pe) in enumerate(paras) if ps <= s < pe), -1) for s in starts]
    firsts = [ps for ps, _pe in paras]
    out = []
    for s in starts:
        n = bisect_right(firsts, s) - 1
        out.append(n if n >= 0 and s < paras[n][1] else -1)
    return out


class _Ctx:
    """Per-document view: folded text, sentences, anchor, time expressions by sentence."""

    def __init__(self, doc: dict):
        self.text = doc.get("text") or ""
        self.f = fold(self.text)
        self.sents = [tuple(s) for s in (doc.get("sentences") or [])]
        # (a copy of the spans as the document holds them: _ctx compares it with theirs, no tuples built per call)
        self.sents_raw = [s[:] for s in (doc.get("sentences") or [])]
        art = doc.get("article") or {}
        self.anchor = anchor_of(doc)
        tx = self.tx_ref = doc.get("timex")
        if tx is None:
            tx = find_times(self.text, self.anchor)
        # a bare clock time (الساعة التاسعة صباحا) took the publication date only for want of a day next to it: it
        # is no day cue of its own, so the day of the occasion told before (the lead's الخميس) still reaches it
        # a present span (حالياً، حتى الآن) sets no time frame of its own: the act is the occasion's, told now
        self.timex = [t for t in tx if (t.get("grain") not in ("duration", "set") or t.get("since"))
                      and not (t.get("grain") == "time" and t.get("anchor_used") and t.get("clock"))
                      and t.get("vague") != "present" and not _numbered(self.f, t)]
        # the two days bounding a stretch (اعتقلتهم في ثلاث مداهمات بين 25 يناير والسادس من فبراير) date no single
        # act: neither bound is the day of the act told with them (s21coerce)
        rng = _range_bounds(self.f, self.timex)
        self.ranges = [t for t in self.timex if id(t) in rng]
        if rng:
            self.timex = [t for t in self.timex if id(t) not in rng]
        hl = doc.get("headline_span")
        self.headline = 0 if self.sents and (
            (hl and tuple(hl) == self.sents[0]) or
            (art.get("headline") and self.text[self.sents[0][0]:self.sents[0][1]].strip() ==
             str(art.get("headline")).strip())) else None
        self.first_body = 1 if self.headline == 0 else 0
        paras = doc.get("paragraphs") or []
        self.para_of = _paragraph_of([s for s, _e in self.sents], paras)

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
    if t.get("night_end"):
        return t["night_end"]  # "ليل الثلاثاء الأربعاء": an act of that night is the second day's (time/extract.py)
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


# "ويأتي هذا التطور بعد يومين من فشل قادة إيران وتركيا وروسيا، بعد اجتماعهم في طهران": a count of days before the main act
# ("وذلك غداة فشل مفاوضات": غداة, "the day after", is one day)
_N_DAYS_AFTER = re.compile(r"(?<!\S)[وف]?(?:بعد\s+(يوم واحد|يوم|يومين|ثلاثه ايام|3 ايام|اربعه ايام|4 ايام)\s+(?:من|علي)|"
                           r"(غداه))\s+(?:[^\s؛.:()\"«»]+\s+){0,6}$")
_N_DAYS = {"يوم واحد": 1, "يوم": 1, "يومين": 2, "ثلاثه ايام": 3, "3 ايام": 3, "اربعه ايام": 4, "4 ايام": 4, "غداه": 1}


def _past_day(text: str, start: int, end: int, value: str) -> dict:
    """A resolved past day expression, as the time stage writes one, for a day computed from another."""
    return {"text": text, "start": start, "end": end, "value": value, "grain": "day", "direction": "past", "since": False}


def _day_after_main(cx: "_Ctx", i: int, te: int, n: int = 1) -> dict | None:
    """For an act in a leading ``غداة`` phrase, the day before the main clause's day told after it in the sentence
    (the first day expression after the act), as a resolved day expression; None without one or an anchor."""
    if cx.anchor is None:
        return None
    main = next((t for t in cx.in_sent(i) if t["start"] >= te and _day_of(t) and not t.get("since")), None)
    if main is None or not _COMMA.search(cx.f, te, main["start"]):
        return None  # (no comma closing the phrase: غداة الهجوم اعتقلت الشرطة الأحد — the trigger is the main verb)
    v = (date.fromisoformat(_day_of(main)) - timedelta(days=n)).isoformat()
    return _past_day(main["text"], main["start"], main["end"], v)


_COMMA = re.compile(r"[،,]")
_THE_DAY_AFTER = re.compile(r"(?<!\S)[وف]?غداه\s+(?:[^\s،,؛.:()\"«»]+\s+){0,3}$")
_COMES = re.compile(r"(?:[وف]?(?:ياتي|تاتي|جاء|جاءت)\s+(?:ذلك|هذا|هذه)|(?:وذلك))(?!\w)")


# "فرضت واشنطن عقوبات على فنزويلا غداة إعادة انتخاب مادورو يوم الأحد": a day at the end of a غداة phrase after the
# trigger dates the earlier act the phrase tells; the trigger's act is the day after it
_DAY_AFTER_MID = re.compile(r"(?<!\w)[وف]?غداه\s")
# (a relative clause stays inside the phrase: "غداة تفجير الفحيص الذي استهدف دورية للدرك يوم الجمعة")
_AFTER_PHRASE_END = re.compile(r"[،,؛;:.\"«»]|(?<!\w)(?:ان|انه|انها|بان|وان|حيث)(?!\w)")


def _the_day_after_phrase(cx: "_Ctx", s0: int, ts: int, te: int, t: dict) -> dict | None:
    """The trigger's day when the day ``t`` governing it closes a ``غداة`` phrase that does not hold the trigger (no
    comma, full stop, quote or subordinator between غداة and the day; not a span's start or an end point: منذ، حتى):
    the day after ``t`` ("فرضت واشنطن عقوبات ... غداة إعادة انتخابه يوم الأحد": Monday; "أعلنت الحكومة الثلاثاء، غداة
    اجتماع الاثنين، فرض حظر التجول": Tuesday); ``t`` itself otherwise.  None when that day would fall after publication."""
    d = _day_of(t)
    if not d or t.get("since") or cx.anchor is None:
        return t
    m = None
    for m in _DAY_AFTER_MID.finditer(cx.f, max(s0, t["start"] - 120), t["start"]):
        pass
    if m is None or m.start() <= ts < t["end"] or _AFTER_PHRASE_END.search(cx.f, m.end(), t["start"]) or \
            _UNTIL.search(cx.f[max(m.end(), t["start"] - 12):t["start"]]) or \
            re.search(r"(?<!\w)منذ\s+(?:يوم\s+)?$", cx.f[max(m.end(), t["start"] - 12):t["start"]]):
        return t
    v = date.fromisoformat(d) + timedelta(days=1)
    if v > cx.anchor.date():
        return None
    return _past_day(t["text"], t["start"], t["end"], v.isoformat())


def _days_before_main(cx: "_Ctx", i: int, ts: int) -> dict | None:
    """The day of an act told as N days before the main act (``بعد يومين من فشل القادة ... بعد اجتماعهم``): the main act's
    day — a day of the sentence before the phrase, or, for ``ويأتي ذلك``/``وذلك``, the lead's own day outside a
    background phrase, else the publication day — minus N days, as a resolved day expression."""
    s0 = cx.sents[i][0]
    m = _N_DAYS_AFTER.search(cx.f, max(s0, ts - 90), ts)
    if m is None or cx.anchor is None:
        return None
    g = 1 if m.group(1) else 2
    n = _N_DAYS[m.group(g)]
    ref = next((t for t in cx.in_sent(i) if t["end"] <= m.start() and _day_of(t) and not t.get("since")
                and t.get("direction") != "future"), None)
    if ref is not None:
        d = date.fromisoformat(_day_of(ref))
    elif _COMES.match(cx.f, s0) or _COMES.search(cx.f, s0, m.start()):
        lead = cx.first_body
        t = _own_day(cx, lead) if lead != i else None
        if t is not None and _IN_BACKGROUND.search(cx.f, max(cx.sents[lead][0], t["start"] - 60), t["start"]):
            t = None
        dv = _day_of(t) if t is not None else None  # (a day expression may have no value: no anchor to resolve it)
        if dv:
            d = date.fromisoformat(dv)
        elif cx.anchor is not None:
            d = cx.anchor.date()
        else:
            return None
    else:
        return None
    v = (d - timedelta(days=n)).isoformat()
    return _past_day(cx.text[m.start():m.end(g)].strip(), m.start(), m.end(g), v)


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
_NESTED = re.compile(r"(?<!\w)(?:بعد|اثر|عقب|جراء|بسبب|ردا علي|رده علي|نتيجه|بتهمه|بتهم)\s+(?!ظهر|منتصف|الظهر|غد\b|ان\b|انه|انها)"
                     r"\w+(?:\W+\w|(\s+)$)")  # (one word is enough when the phrase goes on after the day: "بعد سيطرتها
# الأربعاء على مطار المدينة"; not "أغلقت السلطات مطار بيروت بسبب العاصفة الثلاثاء.", the day ending the main clause)
_GOES_ON = re.compile(r"\s+[^\W\d]")
# "وتتهم واشنطن موسكو بإخفاء الحقائق بشأن الهجوم الذي وقع في السابع من الشهر الحالي": a day after a relative pronoun
# and a perfect verb of occurring or attacking dates the relative clause's own act, not the trigger before it
_REL_VERB = re.compile(r"(?<!\w)(?:الذي|التي|الذين)\s+(?:وقع|وقعت|جري|جرت|حدث|حدثت|استهدف|استهدفت|شن|شنت|شنه|شنها"
                       r"|نفذ|نفذت|نفذه|نفذها|ارتكب|ارتكبت|ارتكبها|ارتكبه|اسفر|اسفرت|اودي|اودت)(?!\w)")
# "وكانت بريطانيا قد اتهمت روسيا بالمسؤولية عن هجوم ... استهدف الجاسوس ... في الرابع من مارس": a day inside the charge
# (بـ and a verbal noun after the verb of accusing: بالمسؤولية، بتسميم، بارتكاب، بقتل; not a name: بريطانيا، باريس) dates
# the charged act
_WEEKDAY_ONLY = re.compile(r"^(?:يوم\s+)?(?:(?:صباح|مساء|ليل|ظهر|فجر)\s+)?(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|امس|يوم)$")
_CHARGE_B = re.compile(r"(?<!\w)ب(?:ال(?!قرب|اجماع)\w{3,}|ت\w{3,}|ا(?!كستان)\w{4,}|(?:قتل|دعم|شن|نهب|خرق|ضم|قصف|خطف|سرقه|نشر)(?!\w))")
_PHRASE_END = re.compile(r"[،,؛;:.\"«»]|(?<!\w)(?:ان|انه|انها|بان|وان|الذي|التي|حيث)(?!\w)")  # (folded text)
_BEFORE_ACT = re.compile(r"(?:^|\s)[وف]?قبل\s+$")
_AFTER = re.compile(r"(?:^|\s)(?:بعد|عقب|إثر|اثر|following|after)\s+$")
_REPORTING = re.compile(r"(?:(?:وفق|وفقا|بحسب|حسب|طبقا|نقلا)\s+(?:لما|ما|عن|ل)?|(?<!\w)و?(?:حسبما|بحسبما|وفقما|وفقا لما)"
                        r"|according to|as reported by)\s*"
                        r"(?:ذكرت|ذكره|ذكر|افادت|افاد|نقلت|نقله|اعلنت|قالت|اوردت|اورده|بثت|نشرت)?[^،,.؛]*[،,]?\s*$")

# "دان المغرب التحركات ...، وذلك حسب بيان أصدرته وزارة الخارجية المغربية، السبت": a verbal act reported by the statement
# that made it: the statement's day is the act's own; the noun may carry its preposition ("وفقا لبيان نشرته الخارجية
# العمانية، الأحد"، "بحسب بيان": s35dates)
_STATEMENT_NOUN = re.compile(r"(?<!\w)[لب]?(?:بيان|بيانها|بيانه|البيان|تصريح|تصريحات|التصريحات|بلاغ|البلاغ)(?!\w)")

# "إرجاء محاكمة القس إلى 12 أكتوبر المقبل"، "مدد المجلس المهمة حتى 31 ديسمبر": an end point or a new date set
# for a later occasion, not the day of the act
_UNTIL = re.compile(r"(?<!\w)(?:الي|حتي|لغايه|till|until|to)\s+(?:يوم\s+)?$")
# "تمديد حبس برونسون ... حتى الجلسة القادمة في 7 أيار/مايو"، "حتى موعد الجلسة الثانية للمحكمة في 7 أيار": the
# occasion an until-phrase names, dated after في (s21coerce)
_UNTIL_OCCASION = re.compile(r"(?<!\w)(?:حتي|لغايه)\s+(?:[^\s،,؛;.:]+\s+){1,4}(?:في|يوم)\s+$")


def _set_for_later(cx: _Ctx, s0: int, t: dict) -> bool:
    """A future day after إلى/حتى (إرجاء المحاكمة إلى 12 أكتوبر المقبل): a date set for a later occasion."""
    return _is_day(t) and t.get("direction") == "future" and (
        _UNTIL.search(cx.f[max(s0, t["start"] - 12):t["start"]]) is not None
        or _UNTIL_OCCASION.search(cx.f[max(s0, t["start"] - 60):t["start"]]) is not None)


def _governing(cx: _Ctx, i: int, ts: int, te: int, skipped: list | None = None, charge: bool = False) -> dict | None:
    """The time expression that dates the trigger in its own sentence; a day cue passed over because it dates
    something else (the report, an ongoing act since that day) is appended to ``skipped``.  A future day after
    إلى/حتى (``قررت المحكمة الأربعاء إرجاء المحاكمة إلى 12 أكتوبر``) is the new date or end point set for a later
    occasion: another day of the same clause (no subordinator between) dates the act instead."""
    s0 = cx.sents[i][0]
    if not any(_set_for_later(cx, s0, x) for x in cx.in_sent(i)):
        return _governing1(cx, i, ts, te, skipped, False, charge)
    t = _governing1(cx, i, ts, te, None, True, charge)
    if t is not None:
        lo, hi = (t["end"], ts) if t["end"] <= ts else (te, t["start"])
        if cx.cost(lo, hi)[1] == 0:
            return _governing1(cx, i, ts, te, skipped, True, charge)
    return _governing1(cx, i, ts, te, skipped, False, charge)


# nouns of occasions that a date or a year after them names (انتخابات 2016، محاولة الانقلاب عام 2016، اعتداءات 11 سبتمبر
# 2001، قمة 2015، هجوم الأحد), and of documents a year numbers (القرار رقم 14 لعام 2018)
_OCCASION_NOUNS = frozenset(_links()["occasion_noun"])  # (dating.tsv category occasion_noun)
_DOC_NOUNS = frozenset(fold(w) for w in ("رقم", "قرار", "قانون", "مرسوم", "امر"))  # (read without the article: _bare)
_ADJ_END = ("يه", "ي")
_CLITIC_RE = re.compile(r"^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل)")


def _bare(w: str) -> tuple[str, bool]:
    """A folded word without its proclitics and article, and whether it had the article (construct nouns have none)."""
    m = _CLITIC_RE.match(w)
    if m and len(w) - m.end() >= 3:
        return w[m.end():], "ال" in m.group() or m.group() == "لل"
    return w, False


def _named_occasion(cx: _Ctx, s0: int, t: dict, ts: int, te: int) -> bool:
    """Is ``t`` (after the trigger) part of the name of another occasion: right after an occasion noun, the date or
    year names it (``نددت بهجوم الأحد``، ``التخطيط لمحاولة الانقلاب عام 2016``، ``التدخل في انتخابات 2016``); a weekday
    only after a construct noun (``هجوم الأحد``, not ``أجريت الانتخابات الأحد``), a dated or year expression after the
    noun with its article and one adjective too (``الانتخابات الرئاسية عام 2016``).  Not when the act is told as
    happening during that occasion (``خلال قمة الأربعاء``)."""
    if t["start"] < te:
        return False
    ws = _WORD.findall(cx.f[max(s0, te, t["start"] - 60):t["start"]])
    if ws and cx.f[t["start"] - 1:t["start"]].isalpha():
        ws = ws[:-1]  # a proclitic glued to the expression (لعام 2018)
    if not ws:
        return False
    explicit = bool(re.search(r"\d", t["text"])) or t.get("grain") in ("year", "month")
    w, defn = _bare(ws[-1])
    k = len(ws) - 1
    if w.isdigit() and k >= 1:
        return explicit and _bare(ws[k - 1])[0] in _DOC_NOUNS
    if explicit and w.endswith(_ADJ_END) and w not in _OCCASION_NOUNS and k >= 1:
        k -= 1
        w, defn = _bare(ws[k])
    if w not in _OCCASION_NOUNS or (defn and not explicit) or not explicit and not _statement(cx, ts, te):
        return False  # (a weekday names the occasion only for a verbal act about it: نددت بهجوم الأحد)
    prev = ws[k - 1] if k >= 1 else ""
    if any(x in ("خلال", "اثناء", "هامش", "ختام", "لدي", "عشيه", "غداه") for x in ws[max(0, k - 3):k]):
        return False  # (قتلت القوات 61 فلسطينيا خلال اشتباكات واحتجاجات الاثنين: the act's own occasion)
    # a noun with its article names the occasion in a genitive or after a preposition (في انتخابات 2016، لمحاولة
    # الانقلاب عام 2016), not as the subject of a verb (منذ أن بدأت الاحتجاجات يوم 30 مارس)
    return not defn or ws[k][:1] in "بل" or ws[k].startswith(("وب", "ول", "فب", "فل")) or prev in _PREPS or \
        prev.endswith("ه") and not prev.startswith(("ال", "وال"))


_PREPS = frozenset(("في", "من", "عن", "علي", "الي", "منذ", "حول", "بشان", "ضد", "مع", "وفي", "خلف"))


_QUOTE = re.compile(r'["«»“”]')


def _inside_quote(f: str, s0: int, pos: int) -> bool:
    marks = _QUOTE.findall(f, s0, pos)
    if not marks:
        return False
    straight = sum(1 for m in marks if m == '"') % 2 == 1
    last = next((m for m in reversed(marks) if m != '"'), None)
    return straight or last in ("«", "“")


def quoted_apart(f: str, s0: int, start: int, ts: int) -> bool:
    """Is the time expression at ``start`` inside a quotation («», ", “”) that does not hold the trigger at ``ts`` (both
    in the sentence opening at ``s0`` of the text ``f``)?  (A day outside a quotation — ``وكتب الوزير في تغريدة ليل
    الجمعة: "كل اللبنانيين يعتذرون"`` — dates the words quoted; ``وقال ماكرون ... بعد اجتماع مع ترنبول "لا أعرف ما
    الذي سيقرره الرئيس الأميركي يوم 12 مايو"``: the quoted day dates what the quotation tells, not the meeting.) The
    event coder's own cue dating (events.stage._date) reads it too."""
    lo, hi = min(start, ts), max(start, ts)
    return _QUOTE.search(f, lo, hi) is not None and _inside_quote(f, s0, start)


def _quoted_apart(cx: _Ctx, s0: int, t: dict, ts: int) -> bool:
    return quoted_apart(cx.f, s0, t["start"], ts)


_CLAUSE_MARK = re.compile(r"[،,؛;.:\"«»()]")
_SINCE_START = re.compile(r"(?<!\w)منذ\s+(?:بدء|بدايه|انطلاق|اندلاع|انطلاقه|مطلع)\s+(?:[^\s،,؛.:]+\s+){0,3}(?:في\s+|يوم\s+)?$")


def _governing1(cx: _Ctx, i: int, ts: int, te: int, skipped: list | None, no_until: bool,
                charge: bool = False) -> dict | None:
    best, best_cost = None, None
    s0 = cx.sents[i][0]
    background = _background(cx, s0, ts)
    rel_verb = background and re.search(r"(?:الذي|التي|الذين)\s+$", cx.f[max(s0, ts - 8):ts]) is not None
    for t in cx.in_sent(i):
        if t["start"] <= ts < t["end"]:
            continue
        rel = _relative_of(cx, i, t) if _is_day(t) else None
        if rel is not None and not rel[0] <= ts < rel[1]:
            if _heads(cx, ts, te, rel[0], strict=True) and not t.get("since") and t.get("direction") != "future":
                # "الهجمات التي تبناها تنظيم "الدولة الإسلامية" في المحافظة الأربعاء"، "القصف الجوي الذي استهدف حافلة
                # ... الخميس": the day of the relative clause on the act noun is the act's own
                if not (_quoted_apart(cx, s0, t, ts) or _REPORTING.search(cx.f[max(s0, t["start"] - 60):t["start"]])):
                    return t
            elif (not _heads(cx, ts, te, rel[0]) and not _incident_head(cx, i, rel[0]) or
                  rel[0] >= te and t["start"] - rel[0] <= 45 and _verbal_act(cx, ts, te)) and \
                    _REL_OPEN.search(cx.f, max(s0, ts - 90), ts) is None:
                # (s34dates) for a verbal act (دعا، رفض، ندد) a short relative clause after it is on its object, however
                # close: "انتقد أردوغان المستشار النمسوي سيباستيان كورتز الذي صرّح الجمعة أن"،
                # "رفضهم مشروع قانون ... الذي أقرته الحكومة في 21 أيار/مايو" date the statement and the bill, not the act;
                # a short clause only: after a long one on the subject the day is the verb's again ("نددت منظمة "إس أو
                # إس ميديترانيه" التي تشارك في أعمال إنقاذ للمهاجرين في البحر المتوسط السبت بما اعتبرته")
                # "قبل الانتخابات الرئاسية التي جرت الأحد"، "لنظيره الروسي فلاديمير بوتين الذي أعيد انتخابه الأحد":
                # the day of a relative clause on another noun dates what that clause tells, not this act
                if skipped is not None:
                    skipped.append(dict(t, _named=True))
                continue
        if _is_day(t) or t.get("grain") in ("year", "month"):
            if _quoted_apart(cx, s0, t, ts) or _named_occasion(cx, s0, t, ts, te):
                # "وقال بوتين خلال زيارته لأنقرة ...، مضيفا "غدا، دعونا ..."": a day inside a quotation dates what the
                # quotation tells; "باعتقال 170 شخصا ... بالتخطيط لمحاولة الانقلاب عام 2016": the year names the coup
                if skipped is not None:
                    skipped.append(dict(t, _named=True))
                continue
        if no_until and _set_for_later(cx, s0, t):
            continue
        if background and _is_day(t) and not (te <= t["start"] <= te + 25 or te <= t["start"] <= te + 90 and rel_verb
                                               and _CLAUSE_MARK.search(cx.f, te, t["start"]) is None
                                               or _closes_background(cx, i, ts, te, t)):
            continue  # رداً على هجوم ... : the background event is not dated by the main clause's day (its own clause's
            # day is its own: القصف الجوي الذي استهدف حافلة تقل أطفالا في محافظة صعدة الخميس)
        if _is_day(t) and t["start"] >= te and (m := _SINCE_START.search(cx.f, max(te, t["start"] - 45), t["start"])) \
                and cx.cost(te, m.start())[0] > 120:
            if skipped is not None:
                skipped.append(dict(t, _named=True))
            continue  # بعد أن قتل 121 فلسطينيا منذ بدء مسيرات العودة في 30 آذار: the start of another span
        if _is_day(t) and not (t["start"] <= ts <= t["end"] + 60 and t["end"] <= ts) and \
                (rep := _REPORTING.search(cx.f[max(s0, t["start"] - 60):t["start"]])) and \
                not (t["start"] > te and (_STATEMENT_NOUN.search(rep.group()) and _statement(cx, ts, te)
                                          or _statement(cx, ts, te, word_only=True) and not _press(rep.group()))):
            # (s35dates) a verbal act told by its own verb (دانت، طالبت، نفى) with the report's day after it ("دانت
            # وزارة الخارجية الفلسطينية ... نصب المستوطنين خياما ...، وفق ما ذكرت وكالة الأنباء الفلسطينية "وفا"،
            # السبت"، "حمل ترامب ... وفق ما نقل البيت الأبيض الأربعاء") is made public that day: the day is its own;
            # not one a paper reveals (dating.tsv press: "بحسب ما أفادت صحيفة وول ستريت جورنال، الجمعة")
            if skipped is not None:
                skipped.append(t)
            continue  # وفق ما ذكرت وسائل إعلام رسمية، الخميس: dates the report, not the event
        if charge and (_is_day(t) or t.get("grain") == "year") and t["start"] >= te and (_REL_VERB.search(cx.f, te, t["start"]) or _CHARGE_B.search(
                cx.f, te, t["start"]) and not _WEEKDAY_ONLY.search(fold(t["text"]))) \
                and not re.search(r"[،,]\s*(?:يوم\s+)?$", cx.f[te:t["start"]]):
            if skipped is not None:
                skipped.append(dict(t, _named=True))
            continue  # (charge: an accusation, its charge's relative clause tells the accused act with its own day)
        if _is_day(t) and t["start"] >= te and (r := _REL_BEFORE.search(cx.f, max(te, t["start"] - 50), t["start"])) \
                and re.search(r"[،,]\s*$", cx.f[te:r.start()]) and re.match(r"\S+\s+(?:س|سوف\s)", cx.f[r.start():]):
            if skipped is not None:
                skipped.append(dict(t, _named=True))
            continue  # "طلبت اليابان ... في عشاء القمة، التي ستعقد بين الكوريتين الجمعة": the day of a relative clause set
            # off by a comma whose verb is future dates that later occasion, not the act told before it
        if _is_day(t) and t["start"] >= te and (nm := _NESTED.search(cx.f, te, t["start"])) \
                and (nm.group(1) is None or _GOES_ON.match(cx.f, t["end"], cx.sents[i][1])) and \
                not re.search(r"[،,]\s*(?:يوم\s+)?$", cx.f[te:t["start"]]):
            if skipped is not None:
                skipped.append(t)
            continue  # معاقبة النظام بعد الهجوم ... السبت الماضي: the day of the act the بعد phrase tells
        if _is_day(t) and t["start"] >= te and _when_clause_day(cx, te, t) and _statement(cx, ts, te):
            if skipped is not None:
                skipped.append(dict(t, _named=True))
            continue  # "واعتبر بيسكوف "أنها اتهامات لا أساس لها" بعدما اتهمت الخارجية الأميركية، الثلاثاء، روسيا ...":
            # the day inside a بعدما clause after a verbal act dates the act the reaction follows (s26dates)
        if _is_day(t) and t["end"] <= ts and _closed_background(cx, s0, t, ts):
            if skipped is not None:
                skipped.append(t)
            continue  # "بعد إغلاقها الخميس عند مستوى 5.8150، وسط التحذيرات الأميركية": the day of the بعد phrase's act
        pos_t = t["end"] if t["end"] <= ts else t["start"]
        pos_e = ts if t["end"] <= ts else te
        c, n_sub = cx.cost(pos_t, pos_e)
        if t.get("since") and _is_day(t) and t["end"] <= ts <= t["end"] + 120 and \
                (wm := _SINCE_WHEN.match(cx.f, t["end"], ts)) and not re.search(r"[.؛;:\"«»]", cx.f[wm.end():ts]):
            return dict(t, since=False)  # "ويزداد التوتر بين كندا والسعودية منذ الإثنين، عندما طردت الرياض السفير":
            # the act of the when-clause that opens the span is that day's (s27dates)
        if t.get("since") and (n_sub or _CLAUSE.search(cx.f, min(pos_t, pos_e), max(pos_t, pos_e))):
            if skipped is not None and _is_day(t):
                skipped.append(t)
            continue  # نددت واشنطن بالقصف الذي يشنه النظام ... منذ الأحد: منذ dates the ongoing act of its own phrase
        if t.get("since") and t["start"] >= te and _NESTED.search(cx.f, te, t["start"]):
            if skipped is not None and _is_day(t):
                skipped.append(t)
            continue  # "قدم سركيسيان، الاثنين، استقالته بعد احتجاجات هزت البلاد منذ 11 يوما": the span dates the act of
            # the بعد phrase, not the resignation (session 21)
        if not _is_day(t):
            seg = cx.f[min(pos_t, pos_e):max(pos_t, pos_e)]
            fronted = t["end"] <= ts and t["start"] - s0 <= 12 and len(seg) <= 40 and len(_CLAUSE.findall(seg)) == 1
            fronted = fronted or _set_off(cx, i, t, te, seg)
            if n_sub or (c > 70 and not fronted) or (_CLAUSE.search(seg) and not fronted):
                continue  # (a fronted adverbial — وفي يونيو الماضي، أعلن — still governs across its comma)
            c -= 5  # the closer, non-day expression of the trigger's own phrase wins ties
        elif t["end"] <= ts and not n_sub and _fronted_day(cx, s0, t, ts):
            c = -1000  # "والجمعة، وجه قاضي المحكمة ... المكلف التحقيق حول محاولة انفصال إقليم كاتالونيا في أكتوبر
            # اتهامات": a day fronted before the main clause dates it, over a month told inside its phrases (s22dates)
        if best_cost is None or c < best_cost:
            best, best_cost = t, c
    return best


# (s34dates) a month or year set off by commas after the verb and its subject or object, before the rest of the clause
_SET_OFF_BEFORE = re.compile(r"[،,]\s*(?:في|خلال)\s+$")  # (not "، ففي أكتوبر الماضي، أعلن": a new clause)
_SET_OFF_AFTER = re.compile(r"\s*[،,]")


def _set_off(cx: _Ctx, i: int, t: dict, te: int, seg: str) -> bool:
    """A month or year after في told between commas right after the trigger's verb and its subject (``وأمهل الرئيس
    الأميركي، دونالد ترامب، في يناير الماضي، الدول الأوروبية``، ``وكانت الشرطة اعتقلت، في فبراير الماضي، 29 امرأة``): it
    dates the clause's act, as a day so set does (``، الأحد،``), though a comma stands between them.  Not a bare year
    (``شرطيين قتلا مواطنا أسود ، عام 2016، بطرد``: the killing's) nor one opening a new clause (``، ففي أكتوبر``)."""
    if t.get("grain") not in ("month", "year") or not t.get("value") or t["start"] < te or len(seg) > 70:
        return False
    if re.search(r"[.؛;:\"«»()]", seg) or len(_CLAUSE.findall(seg)) > 3:
        return False
    s0, e0 = cx.sents[i]
    return _SET_OFF_BEFORE.search(cx.f, max(s0, t["start"] - 12), t["start"]) is not None and \
        _SET_OFF_AFTER.match(cx.f, t["end"], e0) is not None


_FRONT_LEAD = re.compile(r"^\s*(?:[وف]?(?:في\s+)?(?:يوم\s+)?)?$")


# a بعدما/عندما/حينما/بعد أن clause opened after the trigger, its verb and up to four words before the day (s26dates)
_WHEN_OPEN = re.compile(r"(?<!\w)[وف]?(?:بعدما|عندما|حينما|بعد\s+ان)\s+(?:[^\s،,.:؛\"«»()]+\s+){0,4}[^\s،,.:؛\"«»()]+"
                        r"\s*[،,]?\s*$")
# the clause goes on after the day with a word of its own (its object, a complement): not a complementizer (إن, the
# main verb's), the end of the sentence or another clause
_WHEN_GOES_ON = re.compile(r"\s*[،,]?\s*(?!(?:ان|انه|انها|بان|وان)(?!\w))[^\W\d]")


def _when_clause_day(cx: _Ctx, te: int, t: dict) -> bool:
    """Is day ``t`` told inside a بعدما/عندما/بعد أن clause opened after the trigger ending at ``te``, between the clause's
    verb (with up to four words: its subject) and the rest of the clause ("بعدما اتهمت الخارجية الأميركية، الثلاثاء،
    روسيا بأنها مسؤولة")?  That day is the clause's act's (corpus: 85 such days set off by commas, nearly all the
    clause's own; the main act is often the same day only when it is a material one: أشعل محتجون النار ... بعدما
    اقتحموها، الجمعة)."""
    m = _WHEN_OPEN.search(cx.f, te, t["start"])
    return m is not None and m.start() >= te and _WHEN_GOES_ON.match(cx.f, t["end"]) is not None


def _fronted_day(cx: _Ctx, s0: int, t: dict, ts: int) -> bool:
    """Is day ``t`` fronted before the main clause that holds the trigger at ``ts``: it opens its sentence (after و/ف,
    في, يوم only: ``والجمعة،``، ``ويوم الخميس،``) and a comma closes it, with no full stop, semicolon, colon or
    quotation before the trigger?"""
    if not _is_day(t) or not _FRONT_LEAD.match(cx.f[s0:t["start"]]):
        return False
    if not re.match(r"\s*[،,]", cx.f[t["end"]:t["end"] + 3]):
        return False
    return re.search(r"[؛;.:\"«»()]", cx.f[t["end"]:ts]) is None


# between a background act and a day that closes its phrase: no stop, quotation, parenthesis or complementizer
_PHRASE_STOP = re.compile(r"[؛;.:\"«»()]|(?<!\w)(?:ان|انه|انها|بان|وان|حيث|فيما|بينما)(?!\w)")


def _closes_background(cx: _Ctx, i: int, ts: int, te: int, t: dict) -> bool:
    """Is past day ``t``, told after the background act at ts..te (ردا على تقارير عن هجوم كيماوي شنه النظام على مدينة
    دوما، السبت الماضي), the close of that act's phrase: within 90 characters of it, with no stop or complementizer
    between, while the main clause has its own day before the act (كشفت صور ... الأربعاء)?  That day dates the main
    clause; the later one can only be the background act's."""
    if not (te <= t["start"] <= te + 90) or t.get("since") or t.get("direction") == "future" or \
            _PHRASE_STOP.search(cx.f, te, t["start"]):
        return False
    return any(x["end"] <= ts and _is_day(x) and not x.get("since") and _day_of(x) and _day_of(x) != _day_of(t)
               for x in cx.in_sent(i))


# a day a few words into a background phrase (بعد إغلاقها الخميس، إثر مقتل جنديين أمس)
_BG_BEFORE_DAY = re.compile(r"(?<!\w)[وف]?(?:بعد|اثر|عقب|جراء|بسبب|ردا علي|رده علي)\s+(?!ظهر|منتصف|الظهر|غد\b|ان\b|انه|انها)"
                            r"(?:[^\s،,؛.:()\"«»]+\s+){1,3}$")


def _closed_background(cx: _Ctx, s0: int, t: dict, ts: int) -> bool:
    """Is day ``t``, before the trigger at ts, inside a background phrase (بعد/إثر + up to three words) that a comma
    closes before the trigger, in a sentence whose main clause has a day of its own before the phrase (وتراجعت العملة،
    الجمعة، ... بعد إغلاقها الخميس عند مستوى 5.8150، وسط التحذيرات الأميركية)?"""
    m = _BG_BEFORE_DAY.search(cx.f, max(s0, t["start"] - 40), t["start"])
    return m is not None and _COMMA.search(cx.f, t["end"], ts) is not None and \
        any(x["end"] <= m.start() and _is_day(x) and not x.get("since") for x in cx.timex if x["start"] >= s0)
    # (the main clause told its own day before the phrase; a fronted phrase — وبعد اجتماعهما الثلاثاء، أعلن الرئيسان —
    # is the same occasion as the act after it)


# a relative pronoun opening the clause that holds a day (no clause mark between them)
_REL_OPEN = re.compile(r"(?<!\w)و?(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:[^\s.؛;:،,()]+\s+){0,12}$")


def _relative_of(cx: _Ctx, i: int, t: dict) -> tuple[int, int] | None:
    """The relative clause that holds day ``t`` (``الانتخابات التي جرت الأحد``): the start of its pronoun and the end of
    the clause (the next clause mark, or the sentence end); None when ``t`` is in no relative clause."""
    s0, e0 = cx.sents[i]
    m = _REL_OPEN.search(cx.f, max(s0, t["start"] - 90), t["start"])
    if m is None:
        return None
    end = _CLAUSE_MARK.search(cx.f, t["end"], e0)
    return m.start(), (end.start() if end else e0)


def _incident_head(cx: _Ctx, i: int, p: int) -> bool:
    """Is the relative clause at p on a noun of a violent incident (``الضربات الإسرائيلية على سوريا التي وقعت فجر
    الخميس``: dating.tsv retold_noun), which the act told around it is likely part of?"""
    ws = _WORD.findall(cx.f[max(cx.sents[i][0], p - 40):p])[-4:]
    nouns = _links()["retold_noun"]
    return any(_stem(w) in nouns for w in ws)


def _heads(cx: _Ctx, ts: int, te: int, p: int, strict: bool = False) -> bool:
    """Does the trigger at ts..te head the relative clause whose pronoun starts at p: right before it, with no
    subordinator between (loosely: up to 45 characters and one comma, "إطلاق النار العشوائي" للجيش الاسرائيلي، الذي);
    ``strict``: a definite act noun (القصف، الهجمات) with at most an adjective and no mark between."""
    if not te <= p:
        return False
    seg = cx.f[te:p]
    if strict:
        w = _WORD.findall(cx.text[ts:te])  # (the article as written: إلغاء folds to الغاء)
        return bool(w) and re.match(r"(?:[وفب]?ال|لل)", w[0]) is not None and len(seg) <= 12 and \
            _CLAUSE_MARK.search(seg) is None
    return len(seg) <= 45 and len(_CLAUSE.findall(seg)) <= 2 and "." not in seg and not _SUBORD_RE.search(seg) \
        and not _TIME_PREP.search(seg)


# a temporal preposition between the trigger and a relative clause (باعتقال 12 شخصا قبل الانتخابات الرئاسية التي جرت الأحد):
# the clause is on the occasion the preposition names, not on the act
_TIME_PREP = re.compile(r"(?<!\w)(?:قبل|بعد|منذ|عقب|اثر|غداه|عشيه)\s+\S")


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


_SINCE_WHEN = re.compile(r"\s*[،,]?\s*[وف]?(?:عندما|حينما|حين|لما)\s")  # (after a منذ day: the span's opening act)


SINCE_DAYS = 7  # (s32factual) how far back a day after منذ is a recent one: the past week (events/dates.py reads it too)


def _recent_day(d: str | None, a: date | None) -> bool:
    """(s32factual) A day of the week up to the anchor (a weekday names one): an act "since" it is the story's own, going on now
    ("ويشارك كير ومشار منذ الاثنين في جولة جديدة من المحادثات"، "إضرابا نادرا منذ الاثنين"، "قصف استمر منذ مساء
    الأربعاء"), no background; an older one stays historical ("منذ التاسع عشر من حزيران" dates a count, not the act)."""
    if not d or not a:
        return False
    try:
        return 0 <= (a - date.fromisoformat(d[:10])).days <= SINCE_DAYS
    except ValueError:
        return False


def _result(cx: _Ctx, t: dict | None, carried: bool = False, future_ctx: bool = False, same_act: bool = False) -> dict:
    out = {"date": None, "date_text": None, "historical": False, "future": bool(future_ctx)}
    if t is None:
        return out
    d = _day_of(t)
    a = cx.anchor.date() if cx.anchor else None
    cur = getattr(cx, "cur", None)
    if carried and not same_act and d and a and _STALE_CARRY.match(d) and cur is not None and \
            not cur[0] <= t["start"] < cur[1]:
        if (a - date.fromisoformat(d)).days > SINCE_DAYS:
            # (s33dates) a day more than a week old told in another sentence dates that sentence's act (the poisoning
            # "في الرابع من آذار/مارس"، the coup "15 يوليو 2016"، an arrest "في 11 مايو"), not an act told without a
            # time expression of its own around it ("وحذرت من أن بريطانيا لن تتساهل"، "رفضت كرواتيا تسليم ..."): undated
            # (not the act itself told again with its day: "وجرى الاعتقال في مدينة ليون يوم 3 يوليو": same_act)
            out["stale"] = True
            return out
    out["date_text"] = t["text"]
    out["date"] = d
    if t.get("since") and not _recent_day(d, a):
        out["historical"] = True  # ("منذ 2013"، "منذ الشهر الماضي"; not "منذ الاثنين", s32factual: below)
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


_WEEK = re.compile(r"\d{4}-W\d\d$")
_STALE_CARRY = re.compile(r"\d{4}-\d\d-\d\d$")


def _in_week(day: str | None, week: str) -> bool:
    """Does the ISO day fall in the ISO week ``YYYY-Www``?"""
    if not day:
        return False
    try:
        y, w, _ = date.fromisoformat(day).isocalendar()
    except ValueError:
        return False
    return f"{y}-W{w:02d}" == week


def date_event(doc: dict, sent_index: int, trigger_start: int, trigger_end: int, charge: bool = False) -> dict:
    """Date of an event whose trigger is ``text[trigger_start:trigger_end]`` in sentence ``sent_index``.

    Returns ``{"date": "YYYY-MM-DD"|None, "date_text": str|None, "historical": bool, "future": bool}``
    (plus ``carried: True`` when the date came from another sentence, ``declined: True`` when the sentence's day
    cue was passed over because it dates the report or an ongoing act's start)."""
    cx = _ctx(doc)
    n = len(cx.sents)
    if not (0 <= sent_index < n):
        return {"date": None, "date_text": None, "historical": False, "future": False}
    i = sent_index
    cx.cur = cx.sents[i]  # (the event's own sentence: _result keeps a day of it, however old)
    fut = _future_ctx(cx.f, trigger_end)
    s0 = cx.sents[i][0]
    plu = _links()["pluperfect"]
    wb = _WORD.findall(cx.f[max(s0, trigger_start - 80):trigger_start])[-8:]
    pluperfect = any(w in plu for w in wb) and "قد" in wb  # وكان ... قد: background
    skipped: list = []
    if cx.f.find("غداه", max(s0, trigger_start - 40), trigger_start) >= 0 and \
            _THE_DAY_AFTER.search(cx.f, max(s0, trigger_start - 40), trigger_start):  # (a match holds غداه)
        # "كثف الجيش غاراته الجمعة، وذلك غداة فشل مفاوضات": the act after غداة is the day before the main clause's
        t = _days_before_main(cx, i, trigger_start)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    m = _N_DAYS_AFTER.search(cx.f, max(s0, trigger_start - 90), trigger_start) \
        if cx.f.find("غداه", max(s0, trigger_start - 90), trigger_start) >= 0 or \
        cx.f.find("بعد", max(s0, trigger_start - 90), trigger_start) >= 0 else None
    if m is not None and m.group(1) and any(x["end"] <= m.start() and _is_day(x) for x in cx.in_sent(i)):
        m = None  # (بعد يومين من after the main clause's own day: _days_before_main reads it)
    if m is not None and cx.f[s0:m.start()].strip():
        m = None  # (only a phrase that opens its sentence: in "تظاهر صحفيون ... بعد يومين من اعتقال ... صحفيا، فيما
        # استدعت الخارجية السفير الجمعة" the arrest is two days before the protest, not before the summons's Friday)
    if m is not None and not _COMMA.search(cx.f, m.end(2) if m.group(2) else m.end(1), trigger_start):
        # (the act after a comma is the main clause's: "غداة إدانة فرنسا للغارات، استدعت موسكو السفير الثلاثاء")
        # "بعد يوم من اتهام واشنطن لطهران بدعم الحوثيين، نفت إيران الخميس": the act N days before the main clause's day
        t = _day_after_main(cx, i, trigger_end, _N_DAYS[m.group(2) or m.group(1)])
        if t is not None:
            # "غداة إطلاق حماس صواريخ على إسرائيل، يجتمع مجلس الأمن الأربعاء": the main clause's day told after the
            # phrase; the act is the day before it, and has no day of its own when that day is still to come (the
            # coming Wednesday's meeting: the act told done is not a future one)
            if t["value"] > cx.anchor.date().isoformat():
                return {"date": None, "date_text": None, "historical": False, "future": False}
            return _result(cx, t, carried=True, future_ctx=False)
    t = _governing(cx, i, trigger_start, trigger_end, skipped, charge)
    if t is None and any(s0 <= x["start"] < cx.sents[i][1] for x in cx.ranges):
        # the act's only time is a stretch (في مداهمات بين 25 يناير والسادس من فبراير): no day, neither the
        # publication's nor one carried from elsewhere
        r = _result(cx, None, future_ctx=fut)
        r["declined"] = True
        return r
    if t is not None and not fut:
        t = _the_day_after_phrase(cx, s0, trigger_start, trigger_end, t)
    if t is not None and _QUOTED_TODAY.match(fold(t["text"]).strip()) and _inside_quote(cx.f, s0, t["start"]):
        spoken = _speech_day(cx, i, t)
        if spoken is not None:
            return _result(cx, spoken, carried=True, future_ctx=fut)
    if t is not None:
        if not fut and _is_day(t) and t["end"] <= trigger_start and i != cx.headline and \
                _SUBORD_RE.search(cx.f, t["end"], trigger_start):
            # "وقال المرصد الجمعة إن الغارات استهدفت ...": the day before إن/أن dates the report; the act told in
            # the complement, already told with its own day a few sentences before, keeps that day
            e = _told_before(cx, i, trigger_start, trigger_end, t)
            if e is not None:
                return _result(cx, e, carried=True, future_ctx=fut, same_act=True)
        if i == cx.first_body and not fut and _is_day(t) and t["end"] <= trigger_start and \
                _ANNOUNCED_NOUN.search(cx.f, max(s0, trigger_start - 70), trigger_start):
            # "أعلنت قوى الأمن الداخلي، الثلاثاء، عن اعتقال قائد ..." then "وجاء الاعتقال في عملية أمنية خاطفة في 11
            # أبريل": the day dates the announcement; the act told again by its noun with a day of its own is that
            # day's (s22dates)
            d = _act_again(cx, i, trigger_start, trigger_end)
            if d is not None and _day_of(d) != _day_of(t):
                return _result(cx, d, carried=True, future_ctx=fut, same_act=True)
        if i == cx.first_body and _WEEK.match(str(t.get("value") or "")) and not fut:
            # "قتلوا ... هذا الأسبوع في اشتباكات" then "واندلعت الاشتباكات، الإثنين": the week of the lead holds the day
            # its occasion is told with next
            d = _retold(cx, i, trigger_start, trigger_end) or \
                _next_told(cx, i, _statement(cx, trigger_start, trigger_end))
            if d is not None and _in_week(_day_of(d), t["value"]):
                return _result(cx, d, carried=True, future_ctx=fut)
        return _result(cx, t, future_ctx=fut)
    if _background(cx, s0, trigger_start):
        t = _days_before_main(cx, i, trigger_start)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
        lead_in = cx.f[max(s0, trigger_start - 20):trigger_start]  # (the words right before the trigger)
        after = _AFTER.search(lead_in) is not None
        if after or _BEFORE_ACT.search(lead_in):
            # ("وأكد ستولتنبرغ قبل استقباله مستشار الأمن القومي البريطاني ظهر الخميس": قبل alike)
            # "صرح لوسائل الإعلام بعد اجتماعه بالرئيس الأميركي دونالد ترامب في البيت الأبيض في 11 من شهر إبريل": the
            # act right after بعد is the one its own phrase dates (the day at its end, before any comma or إن/أن)
            t = next((x for x in cx.in_sent(i) if _is_day(x) and trigger_end <= x["start"] <= trigger_end + 90
                      and not _PHRASE_END.search(cx.f, trigger_end, x["start"])), None)
            if t is not None:
                r = _result(cx, t, future_ctx=fut)
                r["after_own"] = True  # (the caller may keep it for verbal and diplomatic acts only)
                return r
        # a background event (ردا على الانتقادات ... في الهجوم ... السبت الماضي): no date carried to it, and the
        # main clause's day, passed over on purpose, is not to be taken back from the sentence by the caller
        # (after بعد/عقب the event is often the same occasion just before the act — اتفق القادة الجمعة بعد محادثات
        # استمرت عشر ساعات —: the caller may still take the sentence's day there)
        r = _result(cx, None, future_ctx=fut)
        if (skipped or any(_is_day(x) for x in cx.in_sent(i))) and not after:
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
        if t is not None and (t.get("direction") == "future" or _result(cx, t)["future"]) \
                and any(x.get("direction") == "past" and _frame(x) for x in cx.in_sent(i)):
            t = None  # (s32factual) "خلال لقاء جمع الطرفين في واشنطن، الأسبوع الماضي" after "حتى مساء الأربعاء المقبل":
            # a sentence that names a past time of its own takes no day to come from the sentences before
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 3b. a phrase that refers back to the occasion told before (لدى وصوله، خلال زيارته)
    if i != cx.headline and i > cx.first_body and _phrases("occasion").search(cx.f, *cx.sents[i]):
        t = _occasion_day(cx, i)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 4. the lead retold later with a day cue
    if i == cx.first_body:
        st = _statement(cx, trigger_start, trigger_end)
        t = _retold(cx, i, trigger_start, trigger_end)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut, same_act=True)
        t = _next_told(cx, i, st) or (None if st else _story_day(cx, i))
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 4b. the incident told again (ووقع الانفجار في مطعم هندي) is the lead's
    if i > cx.first_body and i != cx.headline:
        t = _incident_again(cx, i)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 4c. a verbal act told in the body without a day, its statement told next with the day ("انتقدت كوريا الشمالية
    # مسؤولين أميركيين ..." then "وقالت كوريا الشمالية في بيان يوم الخميس إن ..."): the statement's day (s22dates)
    if i > cx.first_body and i != cx.headline and _statement(cx, trigger_start, trigger_end, word_only=True) and \
            not re.search(r"(?<!\w)(?:وقد|فقد|قد|لقد|كان|كانت|وكان|وكانت)(?!\w)", cx.f[s0:trigger_start]):
        # (the verb of the statement itself, not an act its author announces: "وأعلنت فرنسا في الافتتاح عن مساعدات"
        # is the conference's, not the next report's "أعلنت الرئاسة الفرنسية الخميس")
        t = _next_told(cx, i, True, near=True)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut)
    # 4d. (s35dates) an act of the body told again by its noun in one of the next two sentences, with a day in that
    # noun's own clause ("وألقت الشرطة القبض على ثلاثة ..." then "وجرى الاعتقال مساء الجمعة")
    if i > cx.first_body and i != cx.headline and not skipped:
        t = _act_again(cx, i, trigger_start, trigger_end)
        if t is not None:
            return _result(cx, t, carried=True, future_ctx=fut, same_act=True)
    # 5. the headline takes the lead's date when the lead tells the same story
    if i == cx.headline and n > cx.first_body:
        told: list = []
        t = _lead_date(cx, trigger_start, trigger_end, told)
        if t is not None:
            r = _result(cx, t, carried=True, future_ctx=fut)
            if told:
                r["told"] = True  # the statement that carried the headline's verbal act, checked here
            return r
    r = _result(cx, None, future_ctx=fut)
    if skipped and all(x.get("_named") for x in skipped):
        # the sentence's only time expressions name another occasion or sit inside a quotation: the event has no time
        # cue of its own (told on the publication day), and the caller must not take them back from the sentence
        r["named"] = True
    elif skipped:
        # the sentence's only day dates the report or the start of another, ongoing act: the event itself stays
        # undated (the caller must not take that day back from the sentence)
        r["declined"] = True
    return r


_QUOTED_TODAY = re.compile(r"^(?:(?:صباح|مساء|ظهر|بعد ظهر|فجر|ليل)\s+)?اليوم$")


def _speech_day(cx: _Ctx, i: int, t: dict) -> dict | None:
    """The day of the words quoted around ``t`` (a bare اليوم inside a quotation is the speaker's today): a day of the
    sentence outside the quotation before it (``وأضاف البيان الصادر عن قيادة الجماعة الجمعة "بعد لقائنا اليوم ..."``), or,
    for a sentence that refers back to the occasion told before (``جاء ذلك في بيان ... وذكر: "قام مكتب ... اليوم بفرض
    عقوبات"``), that sentence's own day; None when neither is told or it is the publication day anyway."""
    s0 = cx.sents[i][0]
    q = max((m.start() for m in _QUOTE.finditer(cx.f, s0, t["start"])), default=None)
    if q is None:
        return None
    own = [x for x in cx.in_sent(i) if x["end"] <= q and _own_day_ok(cx, s0, x) and not _inside_quote(cx.f, s0, x["start"])]
    d = own[-1] if own else None
    if d is None and i > cx.first_body and (cx.opens_with(i, "backref") or cx.opens_with(i, "continue")
                                             and not cx.opens_with(i - 1, "pluperfect")):
        d = _own_day(cx, i - 1)  # ("ونددت تركيا "بشدة" الخميس باعتراف البرلمان" then "وقالت وزارة الخارجية التركية في
        # بيان "نندد بشدة بالقرار الذي اتخذه البرلمان الهولندي اليوم"": the statement's today is Thursday, s27dates;
        # not after a background sentence, "وكان المغرب قد أعلن الثلاثاء")
    if d is None or _day_of(d) is None or _day_of(d) == _day_of(t):
        return None
    return d


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
        ts - s0 <= 3 and m.group() not in _links()["break"] and m.group() not in _links()["pluperfect"] and \
        m.group() not in _links()["present_stance"]


_NOT_NARRATIVE = frozenset(_links()["not_narrative"])  # (dating.tsv category not_narrative)


def _narrative_open(cx: _Ctx, j: int) -> bool:
    """Does sentence j go on with the story, verb first (``وقد التقى المبعوث``، ``وانفجرت القنبلة``)?"""
    ws = cx.first_words(j, 1)
    if not ws:
        return False
    w = ws[0]
    if w in ("وقد", "فقد"):
        return True
    # (not an imperfect of commentary or a future: ويمكن أن تؤدي النتائج، وسيعقد)
    return len(w) >= 4 and w[0] in "وف" and not w.startswith(("وال", "فال", "ولل", "وي", "ون", "وس", "في", "فس")) and \
        w not in _NOT_NARRATIVE and \
        not cx.opens_with(j, "pluperfect") and not cx.opens_with(j, "other") and not cx.opens_with(j, "backref")


def _days_back(cx: _Ctx, t: dict) -> int | None:
    """How many days before the publication the day of t falls (negative after it); None when either is unknown."""
    d, a = _day_of(t), cx.anchor
    if d is None or a is None:
        return None
    try:
        return (a.date() - date.fromisoformat(d)).days
    except ValueError:
        return None


def _recent(cx: _Ctx, t: dict) -> bool:
    """A day within a week before the publication (or its next day, for a late stamp); with neither the day's value
    nor a publication date there is nothing to compare, and it counts as recent."""
    if _day_of(t) is None and cx.anchor is None:
        return True
    n = _days_back(cx, t)
    return n is not None and -1 <= n <= 7


def _recent_unfronted(cx: _Ctx, j: int, t: dict) -> bool:
    """A day within a week before the publication, not a fronted adverbial opening its sentence (وفي 12 آذار/مارس،)."""
    if t["start"] - cx.sents[j][0] <= 12:
        return False
    n = _days_back(cx, t)
    return n is not None and 0 <= n <= 7


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
    told = False
    while j > cx.first_body and i - j < 6:
        if not cx.opens_with(j, "continue"):
            if j == i or not _narrative_open(cx, j):
                return None
            told = True  # (a story told on between: "وقد التقى المبعوث أعضاء المجلس ..." then "وأعرب أعضاء المجلس ...")
        if cx.opens_with(j, "break"):
            return None
        if j != i and any(_frame(t) and not t.get("vague") for t in cx.in_sent(j)):
            return None
        if j == i and any(_frame(t) and t["start"] < ts for t in cx.in_sent(j)):
            return None
        j -= 1
        t = _own_day(cx, j)
        if t is not None and j < i and cx.opens_with(j, "pluperfect"):
            return None  # (s34dates) "وكان الجيش المصري قد أعلن، في التاسع من فبراير، بدء العملية" is background: its day
            # is not carried on to the statements told after it ("وقالت بونعيم ..."، "وطالبت بونعيم مصر ...")
        if t is not None:
            if told and not (_recent_unfronted(cx, j, t) and _own_clause_day(cx, cx.sents[j][0], t)):
                return None  # (not through a story to a flashback: "وفي 12 آذار/مارس، عثر على غلوشكوف ...")
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
        # "احتجزت السلطات الإيطالية سفينة إسبانية" retold as "وأمر المدعي العام ... باحتجاز القارب الإسباني ... الأحد":
        # the act told again by its verbal noun (or its verb), with one more shared word
        keys = _act_keys(trig)
        # (not an imperfect there, a state now: "ويحتجز المشتبه فيهم ... عن الحادث الذي وقع ... مساء السبت"; nor a day
        # of a relative clause, which dates its own noun)
        again = {w for w in other if len(w) >= 4 and keys & _act_keys(w, False)} if len(trig) >= 4 else set()
        if again and len((mine & other) - again - {trig}) >= 1 and \
                not _REL_BEFORE.search(cx.f, max(cx.sents[j][0], t["start"] - 50), t["start"]):
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


# a day inside a relative clause (الذي نشرته المنظمة، الثلاثاء، في الانتخابات التي جرت أمس الأحد) dates its head noun
_REL_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:[^\s.؛:]+\s+){0,3}$")
_WHEN_BEFORE = re.compile(r"(?<!\w)(?:بعدما|عندما|حينما|حين|لما|منذ|قبل|بعد|عقب|اثر)\s+(?:[^\s.؛:،,]+\s+){0,12}$")
# the incident of the story told by its noun with a verb of happening (ووقع الانفجار، فإن الحادث وقع الجمعة الماضية)
_INCIDENT = re.compile(r"(?<!\w)(?:[وف]?(?:وقع|وقعت|جري|جرت|حدث|حصل)\s+(?:ال|هذا\s+ال|هذه\s+ال)(?:حادث|حادثه|هجوم|انفجار|تفجير|"
                       r"اعتداء|غاره|قصف|اشتباك|اشتباكات|هجمات|تفجيرات|انفجارات|حريق|عمليه)"
                       r"|(?:ال)(?:حادث|حادثه|هجوم|انفجار|تفجير|اعتداء|غاره|هجمات|تفجيرات)\s+(?:قد\s+)?(?:وقع|وقعت|جري|جرت|حدث))(?!\w)")


# "أعلنت الحكومة الفرنسية أنها جمدت أموالا"، "قررت الدول الأربع رفع ملف القضية": an act announced by its own author,
# carried out on the day of the announcement
_ANNOUNCED = re.compile(r"(?<!\w)[وف]?(?:اعلن|اعلنت|قرر|قررت|اعلنا|قررا|تعلن|يعلن|تقرر|يقرر)\s+(?:[^\s.؛:،,]+\s+){0,5}(?:انها|انه|انهم|عن|)\s*"
                        r"(?:[^\s.؛:،,]+\s+){0,1}$")


# a verbal noun right after an announcing verb (and its subject, and a day between commas): "أعلنت قوى الأمن الداخلي
# اللبنانية، الثلاثاء، عن اعتقال"، "أعلنت الشرطة القبض على"
_ANNOUNCED_NOUN = re.compile(r"(?<!\w)[وف]?(?:اعلن|اعلنت|اعلنا)\s+(?:[^\s.؛:]+\s+){0,8}(?:عن\s+)?$")


def _act_again(cx: _Ctx, i: int, ts: int, te: int) -> dict | None:
    """The day of the act at ts..te told again in one of the next two sentences by its noun with the article and a
    day in that noun's own clause right after it (``وجاء الاعتقال في عملية أمنية خاطفة في 11 أبريل الجاري``;
    ``وتم الاعتقال الأحد``), not a quoted or future day, nor one over a month before the publication."""
    trig = _stem(cx.f[ts:te].split()[0]) if cx.f[ts:te].split() else ""
    if len(trig) < 4:
        return None
    keys = _act_keys(trig)
    for j in range(i + 1, min(len(cx.sents), i + 3)):
        s, e = cx.sents[j]
        for m in _WORD.finditer(cx.f, s, e):
            w = m.group()
            if not re.match(r"[وفب]?ال", w) or not keys & _act_keys(w, False):
                continue
            t = next((x for x in cx.in_sent(j) if _is_day(x) and 0 <= x["start"] - m.end() <= 60
                      and not re.search(r"[؛;.:\"«»()،,]", cx.f[m.end():x["start"]])
                      and not _REL_BEFORE.search(cx.f, max(s, x["start"] - 50), x["start"])), None)
            n = _days_back(cx, t) if t is not None else None
            if t is not None and (n is None and cx.anchor is None or n is not None and -1 <= n <= 31) and \
                    not _future_ctx(cx.f, t["start"]) and \
                    not _inside_quote(cx.f, s, t["start"]):
                return t
    return None


def _statement(cx: _Ctx, ts: int, te: int, word_only: bool = False) -> bool:
    """Is the trigger a verbal act made in a statement (دعا، ندد، حذر، رحب، اتهم ...: dating.tsv category statement), or
    an act its author announces (أعلنت الحكومة أنها جمدت أموالا)?"""
    ws = _WORD.findall(cx.f[ts:te])
    if not ws:
        return False
    w = ws[0]
    forms = _links()["statement"]
    if clitic_in(w, forms) or _stem(w) in forms:
        return True
    return not word_only and _ANNOUNCED.search(cx.f, max(0, ts - 70), ts) is not None


def _press(seg: str) -> bool:
    """(s35dates) Does the reporting phrase ``seg`` (folded) name a paper or magazine (dating.tsv press)?"""
    return any(w in _links()["press"] for w in _WORD.findall(seg))


_OBJ_SUFFIX = re.compile(r"(?:هما|هم|ها|ه)$")


def _verbal_act(cx: _Ctx, ts: int, te: int) -> bool:
    """(s34dates) Is the trigger word a verbal act (dating.tsv statement: دعا، رفض، ندد), its pronoun suffix aside
    (``رفضهم مشروع قانون``)?"""
    if _statement(cx, ts, te, word_only=True):
        return True
    ws = _WORD.findall(cx.f[ts:te])
    if not ws or len(ws[0]) < 5:
        return False
    w = _OBJ_SUFFIX.sub("", ws[0])
    forms = _links()["statement"]
    return clitic_in(w, forms)


_SPEECH_OCCASION = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:مؤتمر|لقاء|مقابله|كلمه|خطاب|بيان|تصريح|تصريحات|تغريده|تغريدات|"
                              r"حديث|جلسه|اجتماع)(?!\w)")
# "في انتخابات جرت الأحد"، "القمة التي عقدت الأربعاء": a day of a clause on another noun
_NOUN_VERB_BEFORE = re.compile(r"(?<!\w)\w{3,}\s+(?:جرت|جري|اجريت|عقدت|عقد|وقعت|وقع|انطلقت|بدات|بدا|انتهت|اختتمت)\s+(?:يوم\s+)?$")


def _own_clause_day(cx: _Ctx, s: int, t: dict) -> bool:
    """Is day ``t`` in its sentence's own clause: not in a concessive/background phrase (رغم، بعد ...), a relative clause
    (الذي نشرته المنظمة، الثلاثاء)، a بعدما/عندما clause, nor a clause on another noun (في انتخابات جرت الأحد)?"""
    a = t["start"]
    return not (_IN_BACKGROUND.search(cx.f, max(s, a - 60), a) or _REL_BEFORE.search(cx.f, max(s, a - 50), a) or
                _WHEN_BEFORE.search(cx.f, max(s, a - 110), a) or _NOUN_VERB_BEFORE.search(cx.f, max(s, a - 40), a))


def _next_told(cx: _Ctx, i: int, statement: bool = False, near: bool = False) -> dict | None:
    """The day of the lead's occasion told in the next sentence or the one after: a lead without a time expression
    (``دعا وزير الخارجية الأمريكي مايك بومبيو الحكومة السعودية إلى ...``) followed by ``وقال بومبيو، في بيان صادر،
    الإثنين: ...`` (shared content words; a second sentence further needs two), or by the incident told with its day
    (``فإن الحادث وقع الجمعة الماضية``).  Not a background sentence (``وكان ... قد``، ``ويأتي ذلك``), another topic (``في
    سياق متصل``), a day of a relative clause or of a concessive/background phrase, nor after another time frame."""
    if _own_day(cx, i) is not None:
        return None  # (a week or a month of the lead — وقعت البلدان اتفاقا هذا الأسبوع — may hold the day told next)
    mine = _content(cx.f, *cx.sents[i])
    for j in range(i + 1, min(len(cx.sents), i + (2 if near else 4))):  # (near: the next sentence only)
        if cx.opens_with(j, "break") or cx.opens_with(j, "pluperfect") or cx.opens_with(j, "other"):
            return None
        s, e = cx.sents[j]
        frames = [t for t in cx.in_sent(j) if _frame(t) and not t.get("vague")]
        t = _own_day(cx, j)
        if t is None or not frames or frames[0] is not t:
            if frames:
                return None
            continue
        again = _retold_incident(cx, i, s, e, t)
        if not (_own_clause_day(cx, s, t) or again == "relative") or \
                re.search(r"(?<!\w)(?:كان|كانت|قد)(?!\w)", cx.f[s:t["start"]]) or \
                _future_ctx(cx.f, t["start"]) or _inside_quote(cx.f, s, t["start"]) or not _recent(cx, t):
            return None  # (nor a day quoted, "في سالزبري يوم 4 مارس"، or weeks before the publication)
        inc = _INCIDENT.search(cx.f, s, e)
        if inc is not None and abs(inc.end() - t["start"]) < 40 or again:
            return t
        if not statement:
            return None  # (a material act: وقالت قيادة الجيش، اليوم الأحد، إن المناورة ... dates the report; واستقال
            # نائب الوزير الأربعاء tells another act)
        if not (cx.opens_with(j, "continue") or cx.opens_with(j, "backref") or _opens_statement(cx, j) or
                _SPEECH_OCCASION.search(cx.f, max(s, t["start"] - 45), t["start"])):
            return None  # the statement that carried the lead's words (وقال بومبيو، في بيان صادر، الإثنين)
        if j > i + 2 or near and _SUBORD_RE.search(cx.f, s, t["start"]):
            return None  # (near: the day of the statement itself, not one inside the words it reports: "وقالت مصادر
            # مصرية إن المهدي توجه إلى لندن فجر الأحد" dates his journey, not the demand told before)
        if len(mine & _content(cx.f, s, e)) >= (1 if j == i + 1 else 2):
            return t
        return None
    return None


def _story_day(cx: _Ctx, i: int) -> dict | None:
    """(s33dates) The day a lead's material act without a time expression of its own is told with in the next sentence
    or the one after (two shared content words, one right after the lead for a verb-first sentence; the first of that
    sentence's time expressions, a day of the last three days in its own clause): "ألقت السلطات القبض على ضابط سابق ...
    في مطلع الأسبوع" then "واحتجز مكتب التحقيقات الاتحادي ... يوم السبت"; "عاقبت ولاية لويزيانا شرطيين" then "وقال قائد
    الشرطة، في مؤتمر صحفي الجمعة، تم طرد الضابط". The events_dev convention dates an act by its occasion's cue; a day
    that only dates the report of a material act leaves the gold undated, so it costs nothing there. A verbal act is
    _next_told's (its statement told next: "أعلنت الفصائل موافقتها على العودة إلى التفاوض" then "وتعثرت جولة التفاوض
    الأخيرة الأربعاء" is another occasion). Not past a background or other-topic sentence, nor a quoted, future or
    relative-clause day, nor one fronted (وفي 12 آذار/مارس،)."""
    if any(_frame(t) and not t.get("vague") and t.get("grain") in ("day", "time") for t in cx.in_sent(i)):
        return None
    mine = _content(cx.f, *cx.sents[i])
    for j in range(i + 1, min(len(cx.sents), i + 3)):
        if cx.opens_with(j, "break") or cx.opens_with(j, "pluperfect") or cx.opens_with(j, "other"):
            return None
        s, e = cx.sents[j]
        frames = [t for t in cx.in_sent(j) if _frame(t)]
        if not frames:
            continue
        t = _own_day(cx, j)
        if t is None or frames[0] is not t:
            return None
        n = _days_back(cx, t)
        if n is None or not -1 <= n <= 3 or _FRONTED_DAY.match(cx.f, s, t["start"]) or not _own_clause_day(cx, s, t) or \
                re.search(r"(?<!\w)(?:كان|كانت|قد|سوف)(?!\w)", cx.f[s:t["start"]]) or \
                _future_ctx(cx.f, t["start"]) or _inside_quote(cx.f, s, t["start"]):
            return None
        if _REPORT_DAY.match(cx.f, t["end"]):
            return None  # ("وقالت قيادة الجيش الأميركي، اليوم الأحد، إن المناورة ...": the day of the report, its
            # complement told after it)
        if len(mine & _content(cx.f, s, e)) >= (1 if j == i + 1 and _narrative_open(cx, j) else 2):
            return t  # (a verb-first sentence right after the lead goes on with its story: one shared word is enough)
        return None
    return None


_REPORT_DAY = re.compile(r"\s*[،,]?\s*(?:[^\s،,.:؛]+\s+){0,3}?(?:ان|انه|انها|بان)(?!\w)")
_FRONTED_DAY = re.compile(r"\s*(?:[وف]?(?:في|فى|يوم|منذ|مساء|صباح|ليل|ليله|فجر)\s+)*$")


def _opens_statement(cx: _Ctx, j: int) -> bool:
    """Does sentence j open on a verb of a verbal act, bare or after و/ف (``واتهم من وصف نفسه بالمتحدث باسم داعش في رسالة
    صوتية ... مساء الأحد``، ``وندد``، ``ورحبت``)?"""
    if cx.opens_with(j, "statement"):
        return True
    ws = cx.first_words(j, 1)
    return bool(ws) and ws[0][:1] in "وف" and len(ws[0]) >= 4 and ws[0][1:] in _links()["statement"]


@lru_cache(maxsize=1)
def _retold_re() -> re.Pattern:
    nouns = "|".join(sorted(_links()["retold_noun"], key=len, reverse=True))
    verbs = "|".join(sorted(_links()["retold_verb"], key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:[وف]?(?P<v1>" + verbs + r")\s+(?:ال|هذا\s+ال|هذه\s+ال)(?P<n1>" + nouns + r")"
                      r"|(?:ال)(?P<n2>" + nouns + r")\s+(?P<rel>(?:الذي|التي)\s+)?(?P<v2>" + verbs + r"))(?!\w)")


def _retold_incident(cx: _Ctx, lead: int, s: int, e: int, t: dict) -> str | None:
    """Does sentence s..e tell the lead's incident again by its noun with a verb of occurring, breaking out or launching,
    the day ``t`` right after it in that clause (``إن الصاروخ أطلق من محافظة صعدة اليمنية الأربعاء``، ``واندلعت
    الاشتباكات، الإثنين``، ``الحادث الذي وقع جنوبي الجزيرة مساء السبت``)?  The noun must be named in the lead (صاروخا،
    اشتباكات).  "relative" when the day sits in a relative clause on that noun (it dates the incident itself), else
    "clause"; None when not."""
    ls, le = cx.sents[lead]
    for m in _retold_re().finditer(cx.f, s, e):
        if not (0 <= t["start"] - m.end() < 40) or _CLAUSE.search(cx.f, m.end(), t["start"]) and \
                not re.fullmatch(r"[،,]\s*", cx.f[m.end():t["start"]]):
            continue  # (the day in the incident's own clause: only a comma right before the day may part them)
        noun = m.group("n1") or m.group("n2")
        if not re.search(r"(?<!\w)(?:[وفبل]|وب|ول)?(?:ال)?" + noun, cx.f[ls:le]):
            continue
        return "relative" if m.group("rel") else "clause"
    return None


def _incident_again(cx: _Ctx, i: int) -> dict | None:
    """A sentence that opens on the incident again (``ووقع الانفجار في مطعم هندي``) without a time frame of its own takes
    the day the lead gives the incident (its own day, not a report's)."""
    s, e = cx.sents[i]
    m = _INCIDENT.match(cx.f, s)
    if m is None or any(_frame(t) for t in cx.in_sent(i)):
        return None
    lead = cx.first_body
    t = _own_day(cx, lead)
    if t is None or _SUBORD_RE.search(cx.f, t["end"], cx.sents[lead][1]) and _SUBORD_RE.search(
            cx.f, cx.sents[lead][0], t["start"]) is None:
        return None  # (وقالت الشرطة الأحد إن ...: the day of the report)
    return t


def _lead_date(cx: _Ctx, ts: int = 0, te: int = 0, told: list | None = None) -> dict | None:
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
    if t is not None and _on_prior_occasion(cx, lead, t):
        # "أمرت محكمة تركية باعتقال 12 شخصا ... قبل الانتخابات الرئاسية التي جرت الأحد": that day is the elections'
        s0 = cx.sents[lead][0]
        t = next((x for x in cx.in_sent(lead) if x["start"] > t["start"] and _own_day_ok(cx, s0, x) and
                  not _on_prior_occasion(cx, lead, x)), None)
    if t is None and lead + 1 < len(cx.sents) and cx.opens_with(lead + 1, "backref"):
        t = _own_day(cx, lead + 1)
    if t is None:
        t = _next_told(cx, lead, _statement(cx, ts, te))
        if t is not None and told is not None:
            told.append(t)
    return t


def _on_prior_occasion(cx: _Ctx, i: int, t: dict) -> bool:
    """Is day ``t`` in a relative clause on the noun of a temporal phrase (قبل الانتخابات الرئاسية التي جرت الأحد)?"""
    rel = _relative_of(cx, i, t)
    m = _TIME_PREP.search(cx.f, max(cx.sents[i][0], rel[0] - 45), rel[0]) if rel is not None else None
    return m is not None and _CLAUSE_MARK.search(cx.f, m.end(), rel[0]) is None


_CACHE: dict[int, tuple[dict, _Ctx]] = {}


def _ctx(doc: dict) -> _Ctx:
    """One view per document (kept for the last few documents; events call this once per event)."""
    key = id(doc)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is doc and hit[1].text is doc.get("text") and \
            hit[1].tx_ref is doc.get("timex") and \
            hit[1].sents_raw == (doc.get("sentences") or []):  # (unequal only if changed: then built again)
        return hit[1]
    cx = _Ctx(doc)
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[key] = (doc, cx)
    return cx
