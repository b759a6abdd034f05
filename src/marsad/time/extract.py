"""Find time expressions in Arabic and English text and resolve them against an anchor date-time.

How it works (fast path, no dateparser):

1. ``fold`` the text (same length), scan it once with a trie regex of all time words in the lexicon plus
   digit groups: these are *seeds* (month, weekday, relative day, unit, number word, digits ...).  A seed
   may carry Arabic proclitics on its left (و ف ب ل ك): they stay outside the expression.
2. Consecutive seeds separated only by spaces, ``/ - ( ) ، ,``, ``من`` / ``of`` are *chained*
   (``24 فبراير/ شباط 2022``, ``أمس الثلاثاء``, ``ليل الإثنين الثلاثاء``).
3. Each chain is read from the left by a list of rules (date, month, year, relative day, span,
   duration, time of day, set); the left context (``منذ``, ``قبل``, ``لمدة``, ``في``, ``عام``...) and the
   clause (future verbs) decide the reading and direction.
4. Values are resolved against the anchor (the publication date-time); without an anchor, relative
   expressions keep ``value=None``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, datetime, timedelta
from functools import lru_cache

from . import hijri

try:
    import ahocorasick
except ImportError:  # pragma: no cover - the regex fallback is used
    ahocorasick = None
from .lexicon import fold, lexicon, trie_regex

_LAST_OF = re.compile(r"\s+من\s")  # "الجمعة الأخيرة من ...": the last of a series
SEED_CATS = ("decade", "month", "hmonth", "wday", "rel", "tod", "unit", "yearw", "dayw", "mod", "lmod", "ago", "vague",
             "set", "num", "ord", "hourw", "frac")
_CLITIC_OK = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "لل", "ولل", "وفي"}
_GAP = re.compile(r"[\s/\-–—(),،]*(?:(?:من|of|the)\s+)?[\s(]*(?:[وفبلك]{1,2})?")
_CLAUSE_END = re.compile(r"[.؟?!؛\n:\"«»]")
_FUT_VERB = re.compile(r"(?:[وف](?<!\w[وف])س|س(?<!\wس))([يتن])(\w{3,})")  # ((?<!\w)[وف]?س...: the look-behind after
# the first letter, so that the engine skips to و، ف or س)
_FUT_EXCL = ("سياس", "سيار", "سيطر", "سيد", "سير", "سين", "سته", "ستين", "ستم", "ستون", "سنو", "سنه", "سنين",
             "سنغ", "ستر", "ستو", "ستا", "سيول", "سيف", "سيب", "ستي", "سيي", "سيم", "سيك", "سنت", "سنا", "سند",
             "سني", "سيو", "سيا", "سنو", "ستك", "سيج", "سيش", "سيل", "سيه", "ستق")
_HIJRI_SUFFIX = re.compile(r"\s*\)?\s*(?:هـ|ه(?!\w)|هجري|هجريه|للهجره|ه\.)")
_AD_SUFFIX = re.compile(r"(?:م(?!\w)|\s*م(?![\w])|\s*ميلادي|\s*للميلاد|\s*ad\b)")
_AMPM_AR = re.compile(r"\s*(ص|م)(?!\w)")
_AMPM = re.compile(r"\s*(a\.m\.|p\.m\.|am\b|pm\b)")
_WORD = re.compile(r"\w+")
_AGE_AFTER = re.compile(r"\s*(?:من\s+)?(?:عمر|العمر|سنوات عمر)")
_TZ = re.compile(r"\s*\(?\s*(?:بتوقيت\s+(?:غرينتش|غرينيتش|جرينتش)|ت\s*غ(?!\w)|gmt|utc)")
_DAY_RANGE = re.compile(r"(?<![\d/.:])(\d{1,2})\s*(?:-|–|/|الي|حتي|و|to|until|and)\s*(?:ال|لـ|ل)?$")
_SLASH_GAP = re.compile(r"\s*/\s*")
_COMMA_MIN = re.compile(r"[,٫.](\d{2})(?!\d)")
_LONE_DEAD = frozenset(("num", "mod", "ord", "tod", "hourw", "frac", "big", "lmod", "ago"))
_CLAUSE_PUNCT = re.compile(r"[،,؛;.()]")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_RANGE_GAP = re.compile(r"\s*(?:و|الي|حتي|-|–|to|and|until)\s*(?:عام|العام)?\s*")
_RANGE_NEXT = re.compile(r"\s*(?:و|الي|حتي|-|–|to|and|until)\s*(?:عام|العام)?\s*(?:18|19|20)\d\d(?!\d)")


# a span before another occasion (قبل يومين من الانتخابات) counts back from that occasion, not from now (من الآن)
# "في الأسبوع الأول من سبتمبر"، "الأسبوع الثالث من سبتمبر"، "العشر الأواخر من رمضان": the ordinal counts weeks or
# parts of the month, not its days (folded text; s28dates). "اليوم الأول من" stays a day.
_PERIOD_OF = re.compile(r"(?<!\w)(?:[وفبلك]?ال)?(?:اسبوع|اسابيع|نصف|ثلث|ربع|عشر|عشره|عقد|شهر|ايام)\s+$")
_BEFORE_OTHER = re.compile(r"\s*من\s+(?!الان|الوقت|اليوم|تاريخه)\w")

class _Seed:
    __slots__ = ("s", "e", "form", "r", "clitic", "get")

    def __init__(self, s, e, form, r, clitic):
        self.s, self.e, self.form, self.r, self.clitic = s, e, form, r, clitic
        self.get = dict(reversed(r)).get  # category -> value (the first reading wins)

    def has(self, *cats):
        g = self.get
        for c in cats:
            if g(c) is not None:
                return True
        return False

    def __repr__(self):  # pragma: no cover
        return f"Seed({self.form!r},{self.r})"


@lru_cache(maxsize=1)
def _grammar():
    lex = lexicon()
    words = lex.words(*SEED_CATS)
    dig_re = re.compile("(?P<big>\\d{1,3}(?:,\\d{3})+)"
                        "|(?P<glued>\\d{1,2}:\\d{2}(?=\\d{1,2}/\\d{1,2}/\\d{4}))"
                        "|(?P<dord>\\d{1,2}(?:st|nd|rd|th)(?![a-z]))"
                        "|(?P<dig>\\d+(?:(?P<sep>[:/.\\-])\\d+(?:(?P=sep)\\d+)?)?)")
    auto = None
    if ahocorasick is not None:  # one C-level pass over the text finds every lexicon form
        auto = ahocorasick.Automaton()
        for w in words:
            auto.add_word(w, w)
        auto.make_automaton()
    word_re = re.compile("(?<![^\\W_])(?:[وفبلك]{1,3}?)??(?P<w>" + trie_regex(words) + ")(?![^\\W\\d_])")
    fut_re = re.compile("(?<!\\w)[وف]?(?:" + trie_regex(lex.words("future")) + ")(?!\\w)")
    run_re = re.compile("[0-9][0-9:/.,\\-]*")
    return lex, (dig_re, auto, word_re, run_re), fut_re


def _left_ok(f: str, s: int) -> str | None:
    """The proclitic string left of a word seed at ``s`` ('' when none), None when the seed starts
    inside a longer word."""
    if s == 0 or not f[s - 1].isalnum():
        return ""
    j = s
    while j > 0 and f[j - 1].isalnum() and s - j < 3:
        j -= 1
    if j > 0 and f[j - 1].isalnum():
        return None
    cl = f[j:s]
    return cl if cl in _CLITIC_OK else None


def _word_hits(f: str, auto, word_re):
    """(start, end, form) of lexicon forms at word starts (after optional proclitics), longest first."""
    if auto is None:
        return [(m.start("w"), m.end("w"), m.group("w")) for m in word_re.finditer(f)]
    n = len(f)
    cand = []
    for end, form in auto.iter(f):
        e = end + 1
        if e < n and f[e].isalpha():
            continue
        s = e - len(form)
        if s and f[s - 1].isalpha() and _left_ok(f, s) is None:
            continue
        cand.append((s, e, form))
    cand.sort(key=lambda c: (c[0], -c[1]))
    out, last = [], -1
    for c in cand:
        if c[0] >= last:
            out.append(c)
            last = c[1]
    return out


def _digit_seed(f: str, m) -> _Seed | None:
    s, e = m.span()
    if s > 0 and f[s - 1].isdigit():
        if not (m.lastgroup == "dig" and s >= 3 and f[s - 3] == ":"):
            return None
    cl = ""
    if s > 0 and f[s - 1].isalpha():
        cl = _left_ok(f, s)
        if cl is None:
            if f[max(0, s - 2):s] != "ال" or (s > 2 and f[s - 3].isalpha() and f[s - 3] not in "وفبل"):
                return None
            cl = ""
    g = m.group()
    if m.lastgroup == "dord":
        return _Seed(s, e, g, [("ord", g[:-2])], cl)
    if m.lastgroup == "big":
        return _Seed(s, e, g, [("big", g)], cl)
    return _Seed(s, e, g, [("digits", g)], cl)


_GLUED_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_END = re.compile(r"(\w+)$")


def _glued_month(f: str, s: int, forms: dict) -> bool:
    """Is the word glued to the digits at ``s`` a month name (``مايو2017``)?"""
    m = _WORD_END.search(f, max(0, s - 20), s)
    if m is None or not m.group(1).isalpha():
        return False
    w = m.group(1)
    for k in range(0, min(2, len(w) - 3) + 1):  # (a proclitic: بمايو2017، ومارس2016)
        r = forms.get(w[k:])
        if r and any(c == "month" for c, *_ in r):
            return True
    return False


def scan(f: str) -> list[_Seed]:
    lex, (dig_re, auto, word_re, run_re), _ = _grammar()
    forms = lex.forms
    out = []
    for s, e, w in _word_hits(f, auto, word_re):
        cl = _left_ok(f, s)
        if cl is None:
            continue
        form = " ".join(w.split())
        r = forms.get(form)
        if r:
            out.append(_Seed(s, e, form, r, cl))
    for run in run_re.finditer(f):  # a cheap scan for digit runs, then the detailed pattern inside each
        pos, stop = run.span()
        while pos < stop:
            m = dig_re.match(f, pos)
            if m is None:
                break
            pos = m.end()
            while pos < stop and not f[pos].isdigit():
                pos += 1
            sd = _digit_seed(f, m)
            if sd is None and m.lastgroup == "dig" and _GLUED_YEAR.fullmatch(m.group()) and \
                    _glued_month(f, m.start(), forms):
                # (s34dates) "في أيار/مايو2017"، "أكتوبر2017،": a year glued to its month is that month's year, not
                # a stray number (else the month reads as this year's and its act as to come)
                sd = _Seed(m.start(), m.end(), m.group(), [("digits", m.group())], "")
            if sd is not None:
                out.append(sd)
    out.sort(key=lambda sd: sd.s)
    return out


_NIGHT_TO = re.compile(r"\s+(?:الي|حتي)\s+")


def chains(f: str, seeds: list[_Seed]) -> list[list[_Seed]]:
    out: list[list[_Seed]] = []
    cur: list[_Seed] = []
    for sd in seeds:
        if cur:
            gap = f[cur[-1].e:sd.s]
            if len(gap) <= 14 and _GAP.fullmatch(gap):
                cur.append(sd)
                continue
            if len(cur) >= 2 and cur[-2].get("tod") == "NI" and cur[-1].has("wday") and sd.has("wday") and \
                    _NIGHT_TO.fullmatch(gap):
                # (s34dates) "ليل الخميس إلى الجمعة": the night between two days, told as "ليل الخميس الجمعة"
                cur.append(sd)
                continue
            out.append(cur)
        cur = [sd]
    if cur:
        out.append(cur)
    return out


# ---------------------------------------------------------------------------------------------- helpers

def _int(sd: _Seed) -> int | None:
    d = sd.get("digits")
    if d is not None and d.isdigit():
        return int(d)
    return None


def _numval(toks, i):
    """A cardinal at tokens[i] (digits or words, ``خمسة وعشرين``): (value, next index) or None."""
    if i >= len(toks):
        return None
    t = toks[i]
    v = _int(t)
    if v is not None:
        return v, i + 1
    w = t.get("num")
    if w is None:
        return None
    v = int(w)
    j = i + 1
    if 3 <= v <= 9 and j < len(toks) and toks[j].get("num") == "10" and toks[j].clitic == "":
        return v + 10, j + 1  # ستة عشر
    if j < len(toks) and toks[j].get("num") is not None and toks[j].clitic == "و":
        v2 = int(toks[j].get("num"))
        if v < 10 and v2 % 10 == 0 and v2 >= 20:
            return v + v2, j + 1
    return v, j


def _year(sd: _Seed, lo: int = 1800) -> int | None:
    d = sd.get("digits")
    if d is not None and d.isdigit() and 3 <= len(d) <= 4:
        y = int(d)
        if lo <= y <= 2100 and (len(d) == 4 or lo < 1000):
            return y
    return None


def _day_ok(y, m, d):
    try:
        return date(y, m, d)
    except ValueError:
        return None


def left_words(f: str, pos: int, n: int = 3, span: int = 40) -> list[str]:
    """The last ``n`` words before ``pos`` in the same clause (folded), nearest last."""
    seg = f[max(0, pos - span):pos]
    cut = max(seg.rfind("."), seg.rfind("\n"), seg.rfind("؛"), seg.rfind("؟"))
    if cut >= 0:
        seg = seg[cut + 1:]
    return _WORD.findall(seg)[-n:]


_LEFT_CACHE: dict = {}


def _left_phrases(f: str, pos: int):
    """The one-, two- and three-word phrases ending right before ``pos`` with their starts (cached)."""
    key = (id(f), pos)
    hit = _LEFT_CACHE.get(key)
    if hit is not None and hit[0] is f:
        return hit[1]
    base = pos - 30 if pos > 30 else 0
    seg = f[base:pos].rstrip(" \t،,(-")
    res = []
    if seg and (seg[-1].isalnum() or seg[-1] == "_"):
        ws = _WORD.findall(seg)[-3:]
        starts, end = [], len(seg)
        for w in reversed(ws):
            st = seg.rfind(w, 0, end)
            starts.append(st)
            end = st
        starts.reverse()
        n = len(ws)
        for k in (3, 2, 1):
            if n >= k:
                res.append((k, " ".join(ws[n - k:]), base + starts[n - k]))
    if len(_LEFT_CACHE) > 512:
        _LEFT_CACHE.clear()
    _LEFT_CACHE[key] = (f, res)
    return res


def _left_cat(f: str, pos: int, cat: str, lex) -> tuple[str, str, int] | None:
    """A lexicon entry of ``cat`` (one to three words, optionally with و/ف) ending right before ``pos``."""
    table = lex.cat[cat]
    for k, phrase, start in _left_phrases(f, pos):
        if phrase in table:
            return phrase, table[phrase], start
        if k == 1 and phrase[:1] in "وفبل" and phrase[1:] in table:
            return phrase[1:], table[phrase[1:]], start + 1
    return None


_THE_TWO = re.compile(r"(?<!\w)بين\s+$")
_NEXT_DAY = re.compile(r"\s+و(?:ال)?(?:احد|ثلاثاء|اربعاء|خميس|جمعه|سبت)(?!\w)")


def _left_block(f: str, pos: int, lex) -> bool:
    """A weekday that names something else (سوق الجمعة, the Friday market), or الاثنين read as "the two" after بين
    ("علاقة جنسية مزعومة بين الاثنين"، "الخلاف بين الاثنين": 6 of the 11 corpus sentences holding بين الاثنين; not
    "بين الاثنين والأربعاء")."""
    if f.startswith("الاثنين", pos) and _THE_TWO.search(f, max(0, pos - 6), pos) \
            and not _NEXT_DAY.match(f, pos + len("الاثنين")):
        return True
    ph = _left_phrases(f, pos)
    return bool(ph) and ph[-1][1] in lex.cat["wdayblock"]


def _clause_tail(f: str, pos: int) -> str:
    """The text of the clause that ``pos`` stands in, up to ``pos`` (at most 90 characters back)."""
    seg = f[max(0, pos - 90):pos]
    m = None
    for m in _CLAUSE_END.finditer(seg):
        pass
    return seg[m.end():] if m is not None else seg


def _future_ctx(f: str, pos: int) -> bool:
    _, _, fut_re = _grammar()
    seg = _clause_tail(f, pos)
    if fut_re.search(seg):
        return True
    for v in _FUT_VERB.finditer(seg):
        tok = v.group().lstrip("وف")
        if len(tok) >= 5 and tok[2] != "ا" and not tok.startswith(_FUT_EXCL):
            return True
    return False


# between the verb of a scheduled occasion and its weekday: a clause of its own (a relative, a complement, بعد/قبل/حين)
_SCHED_BREAK = re.compile(r"(?<!\w)(?:الذي|التي|الذين|ان|انه|انها|بعد|قبل|حين|حينما|عندما|بعدما|منذ)(?!\w)")


@lru_cache(maxsize=1)
def _sched_re() -> re.Pattern:
    # (a leading و/ف only; a verb after كان/كانت tells a past habit or a past ongoing act: كان يشارك في دورية الأحد;
    # nor after ما: ما يصل إلى 60 فلسطينيا قتلوا الاثنين, "up to")
    return re.compile("(?<!\\w)(?<!كان )(?<!كانت )(?<!ما )[وف]?(?:" + trie_regex(lexicon().words("sched")) + ")(?!\\w)")


def _sched_ctx(f: str, pos: int) -> bool:
    """Is the weekday at ``pos`` told in the clause of the imperfect of a scheduled occasion (``يبدأ ولي العهد السعودي،
    الأمير محمد بن سلمان، الاثنين زيارة``، ``تعقد الجمعية العامة للأمم المتحدة اجتماعا طارئاً حول غزة الأربعاء``): the
    coming weekday (lexicon.tsv category sched; no relative, complement or time clause between)."""
    seg = _clause_tail(f, pos)
    v = None
    for v in _sched_re().finditer(seg):
        pass
    return v is not None and _SCHED_BREAK.search(seg, v.end()) is None


def _shift_month(y, m, k):
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


# ---------------------------------------------------------------------------------------------- reader

class Reader:
    """Reads the chains of one text against an anchor."""

    def __init__(self, text: str, anchor: datetime | None):
        self.orig = text
        self.cuts: list[int] = []
        if _MARKS.search(text):  # diacritics / tatweel: read a copy without them, map offsets back
            self.cuts = [m.start() - k for k, m in enumerate(_MARKS.finditer(text))]
            text = _MARKS.sub("", text)
        self.text = text
        self.f = fold(text)
        self.anchor = anchor
        self.ad = anchor.date() if anchor else None
        self.lex = lexicon()
        self.out: list[dict] = []
        self.last_year_end = -10
        self.last_month_end = -10
        self.next_wday: dict[int, date] = {}  # weekday → the coming day an earlier "X المقبل" named
        self._rules = (self.r_decade, self.r_numdate, self.r_time, self.r_dmy, self.r_mdy, self.r_month_year,
                       self.r_hijri_year, self.r_year, self.r_reltod, self.r_span, self.r_duration,
                       self.r_month_bare, self.r_set, self.r_vague, self.r_clock)

    # -- output
    def emit(self, s, e, value, grain, *, relative=False, direction=None, anchor_used=False, **extra):
        lw = _left_cat(self.f, s, "signal", self.lex)
        signal = lw[1] if lw else None
        if extra.get("since"):
            signal = "since"
        ap = _left_cat(self.f, s, "approx", self.lex)
        if ap and ap[2] < s:
            s = ap[2]
            lw = _left_cat(self.f, s, "signal", self.lex)
            signal = signal or (lw[1] if lw else None)
            extra.setdefault("mod", "APPROX")
        if direction is None and self.ad and value and grain in ("day", "month", "year") and \
                extra.get("calendar") != "hijri" or (direction is None and self.ad and value and grain == "day"):
            direction = self._dir_of(value, grain)
        if s > 0 and self.text[s - 1] == "(" and ")" in self.text[s:e] and "(" not in self.text[s:e]:
            s -= 1
        seg = self.text[s:e]
        if seg.count("(") > seg.count(")") and self.text[e:e + 1] == ")":
            e += 1
        d = {"text": self.text[s:e], "start": s, "end": e, "value": value, "grain": grain,
             "relative": relative, "direction": direction, "since": signal == "since",
             "anchor_used": anchor_used}
        if signal and signal != "since":
            d["signal"] = signal
        extra.pop("since", None)
        d.update(extra)
        self.out.append(d)
        return d

    def _dir_of(self, value, grain):
        a = self.ad.isoformat()
        k = {"day": 10, "month": 7, "year": 4}[grain]
        v = value[:k]
        if v < a[:k]:
            return "past"
        if v > a[:k]:
            return "future"
        return None

    def run(self) -> list[dict]:
        seeds = [sd for sd in scan(self.f) if not (sd.form == "اب" and self.text[sd.s] not in "آا") and
                 not (sd.get("wday") is not None and _left_block(self.f, sd.s, self.lex))]
        for ch in chains(self.f, seeds):
            if len(ch) == 1:  # lone seeds that cannot make an expression by themselves
                sd = ch[0]
                k = sd.r[0][0]
                if len(sd.r) == 1 and k in _LONE_DEAD:
                    continue
                if k == "digits" and len(sd.form) < 3 and sd.form.isdigit() and not _AMPM.match(self.f, sd.e):
                    continue
            i = 0
            while i < len(ch):
                n = self.read(ch, i)
                i += n if n else 1
        self._ranges()
        self._times()
        if self.cuts:
            cuts = self.cuts
            for d in self.out:
                s, e = d["start"], d["end"]
                d["start"] = s + bisect_right(cuts, s)
                end = e - 1 + bisect_right(cuts, e - 1) + 1
                while end < len(self.orig) and _MARKS.match(self.orig, end):
                    end += 1  # trailing marks (هـ, tanween) belong to the word
                d["end"] = end
                d["text"] = self.orig[d["start"]:end]
        self.out.sort(key=lambda d: d["start"])
        return self.out

    # -- rules
    def read(self, t, i) -> int:
        for rule in self._rules:
            n = rule(t, i)
            if n:
                return n
        return 0

    def _namesake(self, form: str) -> bool:
        """Is this bare month word a person's surname in this text (lexicon category namesake: the full name, then
        the month form it holds; ماي in a story naming تيريزا ماي)?"""
        return any(v == form and name in self.f for name, v in self.lex.cat.get("namesake", {}).items())

    def _monthgrp(self, t, i, cat="month"):
        if i >= len(t):
            return None
        m = t[i].get(cat)
        if m is None:
            return None
        if cat == "month" and t[i].form.isascii() and not self.text[t[i].s].isupper():
            return None
        j = i + 1
        if j < len(t) and t[j].get(cat) == m:
            j += 1
        return int(m), j

    def _year_after(self, t, j):
        """A year at t[j] (optionally after عام/سنة): (year, next index)."""
        if j < len(t) and t[j].has("yearw") and j + 1 < len(t) and _year(t[j + 1], 600):
            return _year(t[j + 1], 600), j + 2
        if j < len(t) and _year(t[j]):
            return _year(t[j]), j + 1
        return None

    def r_decade(self, t, i):
        """سبعينيات القرن الماضي / the 1990s: TIMEX3 decade values ("197")."""
        sd = t[i]
        v = sd.get("decade")
        if v is None:
            d = sd.get("digits")
            if not (d and len(d) == 4 and d.isdigit() and d.endswith("0") and 1800 <= int(d) <= 2090
                    and self.f[sd.e:sd.e + 1] == "s" and not self.f[sd.e + 1:sd.e + 2].isalpha()):
                return 0
            v = d[:3]
            self.emit(sd.s, sd.e + 1, v, "span", decade=True)
            return 1
        if _AGE_AFTER.match(self.f, sd.e):
            return 0  # في الأربعينيات من عمره: an age
        self.emit(sd.s, sd.e, v, "span", decade=True)
        return 1

    def r_numdate(self, t, i):
        d = t[i].get("digits")
        if d and d.isdigit() and len(d) <= 2 and i + 2 < len(t) and all(
                (t[k].get("digits") or "x").isdigit() and _SLASH_GAP.fullmatch(self.f[t[k - 1].e:t[k].s])
                for k in (i + 1, i + 2)) and len(t[i + 1].get("digits")) <= 2 and len(t[i + 2].get("digits")) == 4:
            y, m, dd = int(t[i + 2].get("digits")), int(t[i + 1].get("digits")), int(d)  # 15 / 1 / 1959
            day = _day_ok(y, m, dd) if 1900 <= y <= 2100 else None
            if day:
                self.emit(t[i].s, t[i + 2].e, day.isoformat(), "day")
                return 3
        if not d or not any(c in d for c in "/-."):
            return 0
        parts = re.split(r"[/\-.]", d)
        if len(parts) == 2 and "-" in d and all(len(p) == 4 and p.isdigit() for p in parts):
            a, b = int(parts[0]), int(parts[1])
            if 1800 <= a < b <= 2100:
                self.emit(t[i].s, t[i].e, f"{a}/{b}", "span", range=[str(a), str(b)])
                return 1
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            return 0
        a, b, c = parts
        if len(a) == 4:
            y, m, dd = int(a), int(b), int(c)
        elif len(c) == 4:
            y, m, dd = int(c), int(b), int(a)
            if m > 12 and dd <= 12:
                m, dd = dd, m
        else:
            return 0
        if 1300 <= y <= 1600:
            mh = _HIJRI_SUFFIX.match(self.f, t[i].e)
            if not mh or len(c) != 4:
                return 0
            g = hijri.to_gregorian(y, m, dd)
            self.emit(t[i].s, mh.end(), g.isoformat() if g else None, "day", calendar="hijri",
                      hijri=f"{y}-{m:02d}-{dd:02d}")
            return 1
        if not (1900 <= y <= 2100):
            return 0
        day = _day_ok(y, m, dd)
        if not day:
            return 0
        self.emit(t[i].s, t[i].e, day.isoformat(), "day")
        return 1

    def r_time(self, t, i):
        d = t[i].get("digits")
        if not d or ":" not in d:
            return 0
        hh, mm = d.split(":")[:2]
        if len(mm) != 2 or not hh.isdigit() or int(hh) > 24 or int(mm) > 59 or d.count(":") > 1:
            return 0
        h, e, n = int(hh), t[i].e, 1
        ap = _AMPM.match(self.f, e) or _AMPM_AR.match(self.f, e)
        if ap and 1 <= h <= 12:  # 4:02 PM, 04:30 م
            h = h % 12 + (12 if ap.group(1)[0] in "pم" else 0)
            e = ap.end()
            while n < len(t) - i and t[i + n].s < e:
                n += 1
        elif i + 1 < len(t) and t[i + 1].get("tod"):
            h = self._adj_hour(h, t[i + 1].get("tod"))
            if self._own_tod(t, i + 1):
                e, n = t[i + 1].e, 2
        self.emit(t[i].s, e, f"T{h:02d}:{mm}", "time", clock=f"{h:02d}:{mm}")
        return n

    def _own_tod(self, t, j):
        """Whether the part of the day at t[j] belongs to the clock time before it (الساعة 10 صباحا) rather
        than to a day after it (الساعة 3 من صباح الأحد: the hour is adjusted, the text stops)."""
        return "من" not in self.f[t[j - 1].e:t[j].s] and not (j + 1 < len(t) and t[j + 1].has("wday", "rel"))

    @staticmethod
    def _adj_hour(h, part):
        if part in ("AF", "EV") and h < 12:
            return h + 12
        if part == "NI" and 6 <= h < 12:
            return h + 12
        if part == "NI" and h == 12:
            return 0
        if part == "MI" and h < 6:
            return h + 12
        return h

    def r_clock(self, t, i):
        """الساعة الثالثة عصرا / الساعة 10 صباحا / 3 p.m."""
        sd = t[i]
        if sd.form == "الساعه" and i + 1 < len(t):
            nx = t[i + 1]
            dg = nx.get("digits") or ""
            n2 = self.r_time(t, i + 1) if ":" in dg else 0
            if n2:
                last = self.out.pop()
                self.emit(sd.s, last["end"], last["value"], "time", clock=last["clock"])
                return 1 + n2
            h = _int(nx) if nx.get("digits") and nx.get("digits").isdigit() else None
            if h is None and nx.get("hourw"):
                h = int(nx.get("hourw"))
            if h is None or h > 24:
                return 0
            j, mm, e = i + 2, 0, nx.e
            mc = _COMMA_MIN.match(self.f, nx.e)
            if mc and int(mc.group(1)) < 60:
                mm, e = int(mc.group(1)), mc.end()
                while j < len(t) and t[j].s < e:
                    j += 1
            if j < len(t) and t[j].get("frac"):
                mm, e, j = int(t[j].get("frac")), t[j].e, j + 1
            if j < len(t) and t[j].get("tod"):
                h = self._adj_hour(h, t[j].get("tod"))
                if self._own_tod(t, j):
                    e, j = t[j].e, j + 1
            self.emit(sd.s, e, f"T{h:02d}:{mm:02d}", "time", clock=f"{h:02d}:{mm:02d}")
            return j - i
        h = _int(sd)
        if h is not None and 1 <= h <= 12 and sd.get("digits") and len(sd.get("digits")) <= 2:
            m = _AMPM.match(self.f, sd.e)
            if m:
                hh = h % 12 + (12 if m.group(1).startswith("p") else 0)
                self.emit(sd.s, m.end(), f"T{hh:02d}:00", "time", clock=f"{hh:02d}:00")
                j = i + 1
                while j < len(t) and t[j].e <= m.end():
                    j += 1
                return j - i
        return 0

    def _resolve_dm(self, m, dd, s, mod=None):
        """Year for a day-month without year: the nearest reading, a future one counting double unless the
        tense or a modifier points forward."""
        if not self.ad:
            return None
        y = self.ad.year
        if mod == "this":
            return _day_ok(y, m, dd)
        fut = mod == "future" or (mod is None and _future_ctx(self.f, s))
        best, best_d = None, None
        for yy in (y - 1, y, y + 1):
            c = _day_ok(yy, m, dd)
            if c is None:
                continue
            dist = (c - self.ad).days
            if mod == "past" and dist > 0:
                continue
            if mod == "future" and dist < 0:
                continue
            cost = abs(dist) * (2 if dist > 0 and not fut else 1)
            if fut and dist < -2:
                cost *= 3
            if best_d is None or cost < best_d:
                best, best_d = c, cost
        return best

    def r_dmy(self, t, i):
        """[weekday] (day | ordinal) [من] month[/month] [year] ; also Hijri months."""
        j = i
        if t[j].has("wday", "dayw") and j + 1 < len(t):
            j += 1
            if t[j].has("wday"):
                j += 1
        if j >= len(t):
            return 0
        dd = None
        if t[j].get("ord") and not t[j].form.isascii():
            if j == i and _PERIOD_OF.search(self.f, max(0, t[j].s - 16), t[j].s):
                return 0  # "الأسبوع الأول من سبتمبر": the first week, no day 1
            dd = int(t[j].get("ord"))
        else:
            v = _int(t[j])
            if v is not None and len(t[j].get("digits")) <= 2 and 1 <= v <= 31:
                dd = v
            elif t[j].get("ord") and t[j].form.isascii():
                dd = int(t[j].get("ord"))
        if dd is None:
            return 0
        s = t[i].s if i < j else t[j].s
        if j + 2 < len(t) and t[j + 1].get("unit") == "M:1:" and t[j + 2].has("month", "hmonth"):
            j += 1  # السادس من شهر مارس
        for cat in ("month", "hmonth"):
            mg = self._monthgrp(t, j + 1, cat)
            if mg:
                break
        else:
            if j + 2 < len(t) and t[j + 1].get("unit") == "M:1:def" and t[j + 2].get("mod"):
                mod = t[j + 2].get("mod")
                e = t[j + 2].e
                if not self.ad:
                    self.emit(s, e, None, "day", relative=True)
                    return j + 3 - i
                y, m = _shift_month(self.ad.year, self.ad.month, {"past": -1, "future": 1}.get(mod, 0))
                day = _day_ok(y, m, dd)
                if not day:
                    return 0
                self.emit(s, e, day.isoformat(), "day", relative=True, anchor_used=True)
                return j + 3 - i
            return 0
        m, k = mg
        yr = self._year_after(t, k) if cat == "month" else None
        if cat == "hmonth":
            hy = None
            if k < len(t) and t[k].get("digits") and t[k].get("digits").isdigit() and \
                    1300 <= int(t[k].get("digits")) <= 1600:
                hy, k = int(t[k].get("digits")), k + 1
            e = t[k - 1].e
            mh = _HIJRI_SUFFIX.match(self.f, e)
            if mh:
                e = mh.end()
            if hy is None:
                if not self.ad:
                    self.emit(s, e, None, "day", relative=True, calendar="hijri")
                    return k - i
                hy = hijri.from_gregorian_year(self.ad)
                g = hijri.to_gregorian(hy, m, dd)
                self.emit(s, e, g.isoformat() if g else None, "day", relative=True, anchor_used=True,
                          calendar="hijri", hijri=f"{hy}-{m:02d}-{dd:02d}")
                return k - i
            g = hijri.to_gregorian(hy, m, dd)
            self.emit(s, e, g.isoformat() if g else None, "day", calendar="hijri", hijri=f"{hy}-{m:02d}-{dd:02d}")
            return k - i
        if yr:
            y, k = yr
            day = _day_ok(y, m, dd)
            if not day:
                return 0
            e = t[k - 1].e
            ma = _AD_SUFFIX.match(self.f, e)
            if ma:
                e = ma.end()
            self.emit(s, e, day.isoformat(), "day")
            self.last_year_end = e
            return k - i
        if not self.ad:
            if not _day_ok(2000, m, dd):
                return 0
            self.emit(s, t[k - 1].e, None, "day", relative=True)
            return k - i
        mod = t[k].get("mod") if k < len(t) else None
        day = self._resolve_dm(m, dd, s, mod)
        if not day:
            return 0
        e = t[k].e if mod else t[k - 1].e
        self.emit(s, e, day.isoformat(), "day", relative=True, anchor_used=True)
        return k - i + (1 if mod else 0)

    def r_mdy(self, t, i):
        """English: [weekday,] Month D[, YYYY]."""
        j = i
        if t[j].has("wday") and j + 1 < len(t):
            j += 1
        mg = self._monthgrp(t, j)
        if not mg or not t[j].form.isascii():
            return 0
        m, k = mg
        if k >= len(t):
            return 0
        v = _int(t[k])
        if v is None or len(t[k].get("digits")) > 2 or not 1 <= v <= 31:
            o = t[k].get("ord")
            if not (o and t[k].form.isascii()):
                return 0
            v = int(o)
        k += 1
        s = t[i].s
        if k < len(t) and _year(t[k]):
            day = _day_ok(_year(t[k]), m, v)
            if not day:
                return 0
            self.emit(s, t[k].e, day.isoformat(), "day")
            return k + 1 - i
        if not self.ad:
            self.emit(s, t[k - 1].e, None, "day", relative=True)
            return k - i
        day = self._resolve_dm(m, v, s)
        if not day:
            return 0
        self.emit(s, t[k - 1].e, day.isoformat(), "day", relative=True, anchor_used=True)
        return k - i

    def r_month_year(self, t, i):
        j = i
        if t[j].get("unit") == "M:1:" and j + 1 < len(t) and t[j + 1].has("month", "hmonth"):
            j += 1  # شهر مارس 2018
        for cat in ("month", "hmonth"):
            mg = self._monthgrp(t, j, cat)
            if mg:
                break
        else:
            return 0
        m, k = mg
        if cat == "hmonth":
            if k < len(t) and t[k].get("digits") and t[k].get("digits").isdigit() and \
                    1300 <= int(t[k].get("digits")) <= 1600:
                hy = int(t[k].get("digits"))
                e = t[k].e
                mh = _HIJRI_SUFFIX.match(self.f, e)
                if mh:
                    e = mh.end()
                g = hijri.to_gregorian(hy, m, 1)
                self.emit(t[i].s, e, g.strftime("%Y-%m") if g else None, "month", calendar="hijri",
                          hijri=f"{hy}-{m:02d}")
                return k + 1 - i
            return 0
        yr = self._year_after(t, k)
        if not yr:
            return 0
        y, k = yr
        e = t[k - 1].e
        ma = _AD_SUFFIX.match(self.f, e)
        if ma:
            e = ma.end()
        self.emit(t[i].s, e, f"{y:04d}-{m:02d}", "month")
        self.last_year_end = e
        return k - i

    def r_month_bare(self, t, i):
        j = i
        if t[j].get("unit") == "M:1:" and j + 1 < len(t) and t[j + 1].has("month"):
            j += 1
        mg = self._monthgrp(t, j)
        if not mg:
            return 0
        m, k = mg
        mod = t[k].get("mod") if k < len(t) else None
        doublet = k - j == 2
        if not (mod or doublet) and self._namesake(t[j].form):
            return 0  # "سحب الثقة من ماي"، "اجتماع بين ماي ووزرائها" in a story naming تيريزا ماي: her, not May
        lw1 = left_words(self.f, t[i].s, 1) if t[j].form.isascii() else []
        ctx = j > i or (lw1 and lw1[-1] in self.lex.cat["lmod"]) or _left_cat(self.f, t[i].s, "part", self.lex) or \
            (_left_cat(self.f, t[i].s, "signal", self.lex) or ("", "", 0))[1] in ("in", "since", "until", "during",
                                                                                   "from", "before", "after")
        if not (mod or doublet or ctx):
            lw0 = left_words(self.f, t[i].s, 1)
            ctx = (lw0 and lw0[-1].lstrip("وف") in ("بين", "between")) or \
                (t[i].clitic == "و" and 0 <= t[i].s - self.last_month_end <= 3)  # بين يناير ومارس
        if not (mod or doublet or ctx):
            return 0
        lm = None
        if t[j].form.isascii():
            lw = left_words(self.f, t[i].s, 1)
            if lw and lw[-1] in self.lex.cat["lmod"]:
                lm = self.lex.cat["lmod"][lw[-1]]
        e = t[k].e if mod else t[k - 1].e
        direction = mod or lm
        if not self.ad:
            self.emit(t[i].s, e, None, "month", relative=True, direction=direction if direction != "this" else None)
            return k - i + (1 if mod else 0)
        y = self.ad.year
        if direction == "past":
            if m >= self.ad.month:
                y -= 1
        elif direction == "future" or (direction is None and _future_ctx(self.f, t[i].s)):
            direction = "future"
            if m < self.ad.month or (m == self.ad.month and mod == "future"):
                y += 1
        elif direction == "this":
            direction = None
        else:
            direction = "past" if m < self.ad.month else None
            if m > self.ad.month:
                y -= 1
                direction = "past"
        if direction == "past" and not (y < self.ad.year or m < self.ad.month):
            direction = None
        self.emit(t[i].s, e, f"{y:04d}-{m:02d}", "month", relative=True, direction=direction, anchor_used=True)
        self.last_month_end = e
        return k - i + (1 if mod else 0)

    def r_hijri_year(self, t, i):
        d = t[i].get("digits")
        if not d or not d.isdigit() or not (1300 <= int(d) <= 1600):
            return 0
        mh = _HIJRI_SUFFIX.match(self.f, t[i].e)
        if not mh:
            return 0
        s = t[i - 1].s if i > 0 and t[i - 1].has("yearw") else t[i].s
        hy = int(d)
        g = hijri.to_gregorian(hy, 1, 1)
        self.emit(s, mh.end(), None, "year", calendar="hijri", hijri=f"{hy}",
                  gregorian_start=g.isoformat() if g else None)
        return 1

    def r_year(self, t, i):
        j = i
        sd = t[i]
        if sd.has("yearw") and i + 1 < len(t) and _year(t[i + 1]):
            j = i + 1
        y = _year(t[j])
        if y is None:
            return 0
        e = t[j].e
        ma = _AD_SUFFIX.match(self.f, e)
        ok = j > i or ma is not None
        if not ok:
            lw = left_words(self.f, sd.s, 1)
            w = lw[-1] if lw else ""
            if w in self.lex.cat["yearctx"] or (w[:1] in "وف" and w[1:] in self.lex.cat["yearctx"]):
                ok = True
            elif sd.clitic in ("و", "ف") and 0 <= sd.s - self.last_year_end <= 3:
                ok = True  # عامي 2014 و2015
            elif 0 <= sd.s - self.last_year_end <= 12 and _RANGE_GAP.fullmatch(self.f[self.last_year_end:sd.s]):
                ok = True  # من 2011 إلى 2014
            elif w in ("من", "from", "between", "بين") and _RANGE_NEXT.match(self.f, e):
                ok = True
            elif self.f[max(0, sd.s - 3):sd.s].rstrip().endswith("(") and self.f[e:e + 3].lstrip().startswith(")"):
                ok = True  # (1948)
        if not ok:
            return 0
        if ma:
            e = ma.end()
        self.emit(sd.s, e, f"{y:04d}", "year")
        self.last_year_end = e
        return j - i + 1

    def _wday_delta(self, wd, mode):
        a = self.ad.weekday()
        if mode == "past":
            return -(((a - wd - 1) % 7) + 1)
        if mode == "past2":
            return -(((a - wd - 1) % 7) + 8)
        if mode == "future":
            return ((wd - a - 1) % 7) + 1
        if mode == "onafter":
            return (wd - a) % 7
        return -((a - wd) % 7)

    def r_reltod(self, t, i):
        """Relative days, weekdays, parts of the day and their combinations."""
        j, s = i, t[i].s
        part = rel = wd = wd2 = None
        mod = lm = None
        if t[j].form.isascii() and t[j].has("lmod") and j + 1 < len(t) and t[j + 1].has("wday"):
            lm = t[j].get("lmod")
            j += 1
        if t[j].get("tod") and j + 1 < len(t) and t[j + 1].has("rel", "wday") and not t[j].form.isascii():
            part = t[j].get("tod")
            j += 1
        if t[j].has("dayw") and j + 1 < len(t) and t[j + 1].has("rel", "wday"):
            j += 1
        if t[j].has("rel"):
            rel = int(t[j].get("rel"))
            if rel == 0 and t[j].form == "اليوم":
                nxt = _WORD.match(self.f, t[j].e + 1) if t[j].e < len(self.f) else None
                if nxt and t[j].e + 1 < len(self.f) and self.f[t[j].e] == " " and \
                        nxt.group() in self.lex.cat["todayblock"]:
                    return 0
                lw = left_words(self.f, t[j].s, 1)
                if lw and lw[-1] in self.lex.cat["todayname"] and self.f[t[j].s - 1] == " ":
                    return 0
            j += 1
            if j < len(t) and t[j].has("wday"):
                wd = int(t[j].get("wday"))
                j += 1
        elif t[j].has("wday"):
            if t[j].form.isascii() and not self.text[t[j].s].isupper():
                return 0
            wd = int(t[j].get("wday"))
            j += 1
            if j < len(t) and t[j].has("wday") and part == "NI":
                wd2 = int(t[j].get("wday"))
                j += 1
        else:
            return 0
        if j < len(t) and t[j].get("tod") and part is None and not t[j].clitic and \
                not _CLAUSE_PUNCT.search(self.f[t[j - 1].e:t[j].s]):
            part = t[j].get("tod")
            j += 1
        if wd is not None and rel is None and j < len(t) and t[j].has("mod") and t[j].get("mod") != "this" \
                and not (t[j].form.endswith(("الاخير", "الاخيره", "الأخير", "الأخيرة")) and _LAST_OF.match(self.f, t[j].e)):
            # (not "الجمعة الأخيرة من مسيرات العودة": the last Friday of a series, no shift back a week)
            mod = t[j].get("mod")
            j += 1
        e = t[j - 1].e
        extra = {"part": part} if part else {}
        if wd2 is not None:
            extra["night_of"] = True
        if not self.ad:
            direction = None
            if rel is not None:
                direction = "past" if rel < 0 else "future" if rel > 0 else None
            elif mod or lm:
                direction = mod or lm
            self.emit(s, e, None, "day", relative=True, direction=direction, **extra)
            return j - i
        if rel is not None:
            day = self.ad + timedelta(days=rel)
            if wd is not None and rel <= 0 and (wd - day.weekday()) % 7 == 6:
                # "اليوم الأحد" in a text stamped 00:30 UTC on Monday, "أمس الخميس" in one stamped on Saturday: the
                # text was written the day before its stamp, and the named weekday is the day (a weekday after
                # the relative day, and غدا, are left alone: nothing is moved across the stamp's day)
                day -= timedelta(days=1)
            elif wd is not None and rel <= 0 and (wd - day.weekday()) % 7 == 1 and self.anchor.hour >= 20:
                day += timedelta(days=1)  # "اليوم الأربعاء" stamped Tuesday 22:20 UTC: the writer's Wednesday
                if day > self.ad:
                    extra["late_stamp"] = True
            direction = "past" if day < self.ad else "future" if day > self.ad else None
        else:
            mode = mod or lm
            late = False
            if mode is None and wd in self.next_wday and part is None:
                # "مراسم أداء اليمين الاثنين المقبل ... للاحتجاج على مراسم أداء اليمين الاثنين": a bare weekday
                # after the text named the coming one is that same coming day
                day = self.next_wday[wd]
            else:
                if mode is None:
                    fut = _future_ctx(self.f, s)
                    mode = "onafter" if fut else "onbefore"
                    if mode == "onbefore" and (wd - self.ad.weekday()) % 7 not in (0, 6) and _sched_ctx(self.f, s):
                        # "يبدأ ولي العهد الاثنين زيارة" stamped Sunday: the coming Monday (not yesterday's weekday:
                        # a text written the evening before its stamp)
                        mode = "onafter"
                    # "أعلن رئيس الوزراء الأسترالي، الثلاثاء، ..." stamped Monday 23:35 UTC: the writer's day (east of
                    # Greenwich) is already the named one; not the Tuesday six days before (nor, for a scheduled
                    # occasion, a coming day: "يدشن الجانبان، الاثنين" stamped Sunday 21:41 UTC is the writer's today)
                    late = not fut and self.anchor.hour >= 20 and (wd - self.ad.weekday()) % 7 == 1
                day = self.ad + timedelta(days=1 if late else self._wday_delta(wd, mode))
                if mode == "future":
                    self.next_wday.setdefault(wd, day)
            if wd2 is not None and (wd2 - wd) % 7 == 1 and not t[i].form.startswith("منتصف") \
                    and day + timedelta(days=1) <= self.ad + timedelta(days=1 if late else 0):
                # "قصف الجيش ليل الثلاثاء الأربعاء": the night between two named days is told by its first day (the
                # expression's value), and an act in it falls in the small hours of the second (night_end: the day
                # an event told so is dated, time/dating._day_of); not "منتصف ليل الخميس الجمعة", a point in time, nor
                # a second day after the publication day ("صدر ليل الأربعاء الخميس" stamped Wednesday: the night had
                # only begun, its act is Wednesday's: s22fp)
                extra["night_end"] = (day + timedelta(days=1)).isoformat()
            direction = "past" if day < self.ad else "future" if day > self.ad else None
            if late:
                extra["late_stamp"] = True
        self.emit(s, e, day.isoformat(), "day", relative=True, direction=direction, anchor_used=True, **extra)
        if extra.get("late_stamp"):
            self.out[-1]["direction"] = None  # the writer's today, not a future day
        return j - i

    def r_span(self, t, i):
        """الأسبوع الماضي / العام المقبل / هذا الشهر / last week / next year / الأيام القادمة."""
        sd = t[i]
        u = sd.get("unit")
        if u and sd.form.isascii():
            lw = left_words(self.f, sd.s, 1)
            w = lw[-1] if lw else ""
            if w not in self.lex.cat["lmod"]:
                return 0
            unit, cnt, _ = u.split(":")
            mod = self.lex.cat["lmod"][w]
            s = sd.s - len(w) - 1
            while s > 0 and self.f[s] != w[0]:
                s -= 1
            if cnt == "" and mod in ("past", "future"):  # the coming days, in recent weeks
                self.emit(s, sd.e, None, "span", relative=True, direction=mod)
                return 1
            if cnt != "1" or unit == "D":
                return 0
            return self._span(s, sd.e, unit, mod, 1)
        if not u:
            return 0
        unit, cnt, df = u.split(":")
        if df == "def" and i + 2 < len(t) and (t[i + 1].get("num") or (t[i + 1].get("digits") or "x").isdigit()) \
                and t[i + 2].get("mod"):
            mod = t[i + 2].get("mod")  # الأيام الثلاثة الماضية
            self.emit(sd.s, t[i + 2].e, None, "span", relative=True,
                      direction={"past": "past", "future": "future"}.get(mod))
            return 3
        if df == "def" and i + 1 < len(t) and t[i + 1].get("mod"):
            mod = t[i + 1].get("mod")
            if cnt == "1":
                return self._span(sd.s, t[i + 1].e, unit, mod, 2)
            d = {"past": "past", "future": "future"}.get(mod)
            self.emit(sd.s, t[i + 1].e, None, "span", relative=True, direction=d)
            return 2
        if df == "def" and cnt == "1" and unit in ("W", "M", "Y"):
            th = _left_cat(self.f, sd.s, "this", self.lex)
            if th:
                return self._span(th[2], sd.e, unit, "this", 1)
        return 0

    def _span(self, s, e, unit, mod, n):
        lp = _left_cat(self.f, s, "part", self.lex)
        extra = {}
        if lp and lp[1] in ("START", "MID", "END"):
            extra["mod"] = lp[1]
        direction = "past" if mod == "past2" else mod if mod in ("past", "future") else None
        if not self.ad:
            self.emit(s, e, None, "span" if unit == "W" else {"M": "month", "Y": "year"}.get(unit, "span"),
                      relative=True, direction=direction, **extra)
            return n
        k = {"past": -1, "future": 1, "past2": -2}.get(mod, 0)
        if unit == "W":
            d = self.ad + timedelta(days=7 * k)
            iso = d.isocalendar()
            val = f"{iso[0]:04d}-W{iso[1]:02d}"
            grain = "span"
        elif unit == "WE":
            d = self.ad + timedelta(days=7 * k)
            iso = d.isocalendar()
            val = f"{iso[0]:04d}-W{iso[1]:02d}-WE"
            grain = "span"
        elif unit == "M":
            y, m = _shift_month(self.ad.year, self.ad.month, k)
            val, grain = f"{y:04d}-{m:02d}", "month"
        elif unit == "Y":
            val, grain = f"{self.ad.year + k:04d}", "year"
        elif unit == "D":
            val, grain = (self.ad + timedelta(days=k)).isoformat(), "day"
        else:
            val, grain = None, "span"  # العقد الماضي, الساعة الماضية: no calendar value
        self.emit(s, e, val, grain, relative=True, direction=direction, anchor_used=True, **extra)
        return n

    _UNITS = {"D": ("P", "D"), "W": ("P", "W"), "M": ("P", "M"), "Y": ("P", "Y"), "H": ("PT", "H"),
              "MIN": ("PT", "M"), "S": ("PT", "S"), "DE": ("P", "DE"), "CE": ("P", "CE"), "WE": ("P", "WE")}

    def r_duration(self, t, i):
        sd = t[i]
        nv = _numval(t, i)
        unit = None
        if nv is not None:
            v, j = nv
            if sd.get("digits") is not None and (len(sd.get("digits")) > 4 or not sd.get("digits").isdigit()):
                return 0
            if j < len(t) and t[j].get("unit") and not t[j].clitic and \
                    self.f[t[j - 1].e:t[j].s].strip() in ("", "-"):  # not "(61) عام"; "six-month" is fine
                unit, cnt, df = t[j].get("unit").split(":")
                if df == "def" or (cnt == "2" and sd.get("digits") is None):
                    return 0
                if sd.get("num") == "1" and sd.form.isascii() and cnt != "1":
                    return 0
                j += 1
            else:
                return 0
        elif sd.get("unit"):
            unit, cnt, df = sd.get("unit").split(":")
            if df == "def":
                return 0
            j = i + 1
            if cnt == "2":
                v = 2
            elif cnt == "1":
                sig = _left_cat(self.f, sd.s, "signal", self.lex)
                ctx = sig and sig[1] in ("for", "during", "before", "since")
                ap = _left_cat(self.f, sd.s, "approx", self.lex)
                if not (ctx or ap) or sd.form.isascii():
                    return 0
                v = 1
            else:
                return 0
        else:
            return 0
        e = t[j - 1].e
        frac = 0
        if j < len(t) and t[j].get("frac"):
            frac, e, j = int(t[j].get("frac")), t[j].e, j + 1
        s = sd.s
        # value
        pre, code = self._UNITS[unit]
        if unit == "DE":
            val = f"P{v * 10}Y" if v else None
        elif unit == "CE":
            val = f"P{v * 100}Y" if v else None
        elif unit == "WE":
            val = None
        elif v == 0:
            val = None
        elif frac and unit == "H":
            val = f"PT{v}H{frac}M"
        elif frac and unit in ("D", "Y", "M", "W"):
            val = f"P{v}.5{code}" if frac == 30 else f"P{v}.25{code}"
        else:
            val = f"{pre}{v}{code}"
        sig = _left_cat(self.f, s, "signal", self.lex)
        ago = j < len(t) and t[j].has("ago") and t[j].form == "ago"
        if ago:
            e, j = t[j].e, j + 1
        ap = _left_cat(self.f, s, "approx", self.lex)
        sig_s = _left_cat(self.f, ap[2], "signal", self.lex) if ap else sig
        if unit == "DE" and not (sig_s or ap or ago):
            return 0  # عقدين / عقود without منذ, خلال, قبل ...: contracts, not decades
        if unit == "Y" and v == 2 and nv is None and not (sig_s or ap):
            pw = left_words(self.f, s, 1)
            if pw and (pw[-1].endswith("ين") or pw[-1].endswith("ان")):
                return 0  # مرسيين عامين: the adjective "public", not "two years"
        if j < len(t) and t[j].get("mod") in ("past", "future") and not t[j].clitic:
            direction = t[j].get("mod")  # الـ24 ساعة الماضية
            self.emit(s, t[j].e, val, "duration", relative=True, direction=direction)
            return j + 1 - i
        lw1 = left_words(self.f, s, 1) if sd.form.isascii() or sd.get("digits") else []
        if lw1 and lw1[-1] in self.lex.cat["lmod"] and self.lex.cat["lmod"][lw1[-1]] in ("past", "future"):
            direction = self.lex.cat["lmod"][lw1[-1]]  # the past two weeks, the next 48 hours
            st = self.f.rfind(lw1[-1], max(0, s - 20), s)
            self.emit(st if st >= 0 else s, e, val, "duration", relative=True, direction=direction)
            return j - i
        if sig_s and sig_s[1] == "every":
            self.emit(sig_s[2], e, val, "set")
            return j - i
        if sig_s and sig_s[1] == "before" and sig_s[0] == "قبل" and not ago and _BEFORE_OTHER.match(self.f, e):
            # "قبل يومين من توجهه إلى واشنطن"، "قبل أسبوع من الانتخابات": before another occasion, not before now
            self.emit(s, e, val, "duration")
            return j - i
        if (sig_s and sig_s[1] == "before" and sig_s[0] in ("قبل",)) or ago:
            start = sig_s[2] if (sig_s and not ago) else s
            if ap and not ago:
                start = sig_s[2]
            return self._ago(start, e, unit, v, frac, j - i, bool(ap))
        self.emit(s, e, val, "duration", direction="past" if sig_s and sig_s[1] == "since" else None)
        return j - i

    def _ago(self, s, e, unit, v, frac, n, approx):
        extra = {"mod": "APPROX"} if approx else {}
        if not self.ad or v == 0:
            self.emit(s, e, None, "day", relative=True, direction="past", **extra)
            return n
        a = self.anchor
        if unit == "D":
            val, grain = (self.ad - timedelta(days=v)).isoformat(), "day"
        elif unit == "W":
            val, grain = (self.ad - timedelta(days=7 * v)).isoformat(), "day"
            extra["mod"] = "APPROX"
        elif unit == "M":
            y, m = _shift_month(self.ad.year, self.ad.month, -v)
            val, grain = f"{y:04d}-{m:02d}", "month"
        elif unit == "Y":
            val, grain = f"{self.ad.year - v:04d}", "year"
        elif unit == "DE":
            val, grain = f"{self.ad.year - 10 * v:04d}", "year"
        elif unit in ("H", "MIN"):
            hours = v if unit == "H" else 0
            minutes = v if unit == "MIN" else frac
            dt = a - timedelta(hours=hours, minutes=minutes)
            val, grain = dt.strftime("%Y-%m-%dT%H:%M"), "time"
        else:
            val, grain = None, "span"
        self.emit(s, e, val, grain, relative=True, direction="past", anchor_used=True, **extra)
        return n

    def r_set(self, t, i):
        sd = t[i]
        if sd.get("set"):
            self.emit(sd.s, sd.e, sd.get("set"), "set")
            return 1
        u = sd.get("unit")
        if u and u.split(":")[1] == "1":
            sig = _left_cat(self.f, sd.s, "signal", self.lex)
            if sig and sig[1] == "every":
                unit = u.split(":")[0]
                pre, code = self._UNITS[unit]
                self.emit(sig[2], sd.e, f"{pre}1{code}", "set")
                return 1
        return 0

    def r_vague(self, t, i):
        sd = t[i]
        v = sd.get("vague")
        if v is None:
            return 0
        if sd.form.isascii() and sd.form in ("later",):
            return 0
        self.emit(sd.s, sd.e, None, "span", relative=True,
                  direction={"past": "past", "future": "future", "later": None}.get(v), vague=v)
        return 1

    # -- post passes
    def _ranges(self):
        """Two years joined by و / إلى / - / to after بين / من / from / between: one span."""
        ys = [d for d in self.out if d["grain"] == "year" and d["value"]]
        for a, b in zip(ys, ys[1:]):
            gap = self.f[a["end"]:b["start"]]
            if not _RANGE_GAP.fullmatch(gap):
                continue
            lw = left_words(self.f, a["start"], 2)
            if not any(w in ("بين", "من", "from", "between", "عامي") for w in lw) and "-" not in gap \
                    and "–" not in gap:
                continue
            r = dict(a)
            r.update(text=self.text[a["start"]:b["end"]], end=b["end"], value=f"{a['value']}/{b['value']}",
                     grain="span", range=[a["value"], b["value"]])
            self.out.remove(a)
            self.out.remove(b)
            self.out.append(r)
        # day ranges: من 25 إلى 31 آذار، 15/ 16 تموز 2016، 10-12 June
        for d in [d for d in self.out if d["grain"] == "day" and d["value"] and d["value"][8:10].isdigit()]:
            m = _DAY_RANGE.search(self.f, max(0, d["start"] - 16), d["start"])
            if not m or not d["text"][:1].isdigit():
                continue
            first = int(m.group(1))
            day = _day_ok(int(d["value"][:4]), int(d["value"][5:7]), first)
            if day is None or day.isoformat() >= d["value"][:10]:
                continue
            d.update(text=self.text[m.start(1):d["end"]], start=m.start(1), grain="span",
                     value=f"{day.isoformat()}/{d['value'][:10]}", range=[day.isoformat(), d["value"][:10]])

    def _times(self):
        """A clock time takes the date of a day expression next to it, else the anchor's date."""
        days = [d for d in self.out if d["grain"] == "day" and d["value"]]
        for d in self.out:
            if d["grain"] != "time" or not d["value"] or not d["value"].startswith("T"):
                continue
            near = [x for x in days if (0 <= x["start"] - d["end"] <= 30 or 0 <= d["start"] - x["end"] <= 30)
                    and "\n" not in self.text[min(x["end"], d["end"]):max(x["start"], d["start"])]]
            tz = _TZ.match(self.f, d["end"])
            if tz:
                d["tz"] = "UTC"  # بتوقيت غرينتش / ت غ / GMT
            if near:
                d["value"] = near[0]["value"] + d["value"]
                if near[0].get("late_stamp"):
                    d["late_stamp"] = True
            elif self.ad:
                d["value"] = self.ad.isoformat() + d["value"]
                d["relative"] = True
                d["anchor_used"] = True
            else:
                d["value"] = None
                d["relative"] = True


def parse_anchor(published) -> datetime | None:
    if not published:
        return None
    s = str(published).strip()
    try:
        return datetime.fromisoformat(s[:19]) if len(s) >= 16 else datetime.fromisoformat(s[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(s[:10])
    except ValueError:
        pass
    try:  # RFC 2822 as in feeds and the corpus dumps: "Wed, 21 Mar 2018 11:37:56 GMT" (kept in its own zone)
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(s).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        return None


def anchor_of(doc: dict) -> datetime | None:
    """The publication date-time of a document: the page stage's ``article.published``, else the
    reader's ``meta.published``."""
    art = doc.get("article") or {}
    meta = doc.get("meta") or {}
    return parse_anchor(art.get("published") or meta.get("published_iso") or meta.get("published"))


def find_times(text: str, anchor=None) -> list[dict]:
    """All time expressions of ``text`` resolved against ``anchor`` (datetime, ISO string or None)."""
    if isinstance(anchor, str):
        anchor = parse_anchor(anchor)
    elif isinstance(anchor, date) and not isinstance(anchor, datetime):
        anchor = datetime(anchor.year, anchor.month, anchor.day)
    return Reader(text, anchor).run()
