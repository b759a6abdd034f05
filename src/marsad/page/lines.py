"""Lines of a page and their features for the body/furniture line classifier.

A page dump is a sequence of blocks, one a line.  Each line gets general features (length, words,
sentence punctuation, stop-word density, title case, digits, link-like separators, furniture phrases,
dates), then context features (neighbours, duplicates, position relative to the page's densest block of
prose).  ``classify`` scores every line with the two-stage logistic model in ``data/line_model.json``
(trained by ``train_lines.py`` on page dumps with hand-marked bodies); the second stage sees the first
stage's scores of the surrounding lines.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .lexicon import furniture, norm_line, stopwords

MODEL = Path(__file__).resolve().parent / "data" / "line_model.json"

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_END_QUESTION = re.compile(r"[?؟]['\"”’»)\]]*\s*$")
_END_SENT = re.compile(r"[.!?؟…。:]['\"”’»)\]]*\s*$")
_INNER_PUNCT = re.compile(r"[,،;؛]")
_SENT_MARK = re.compile(r"[.!?؟](?:\s|$)")
_SEP = re.compile(r"\s[|»›/•·–]\s|^\s*[|»›•·]|[|»›•·]\s*$")
_BULLET = re.compile(r"^\s*[-*•·▪►◦>]")
_CAPTION = re.compile(r"\((?:image|photo|picture|video|pic|credit)[:\s]|(?:getty images|shutterstock|reuters/|afp/|"
                      r"ap photo|/ap\b|photo:|image:|credit:|file photo|photo provided by|photo courtesy|\(صور|صورة:|صوره:|\(أرشيف|\(ارشيف|صورة أرشيفية|صوره ارشيفيه|"
                      r"صورة ارشيفية|صورة من الأرشيف|^\s*أرشيفية\s*$|^\s*ارشيفيه?\s*$|تصوير:|الصورة:|مصدر الصورة|"
                      r"حقوق الصورة|الصورة لـ|\(تصوير)", re.I)
_BYLINE = re.compile(r"^\s*(?:by|written by|posted by|reported by|بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تحرير|متابعة)[\s:\-–—]"
                     r"|^\s*(?:من\s+)?(?:مراسل|مراسلة|مراسلنا|مراسلتنا|مراسلو)(?!\w)"
                     r"|^[^\d.!?؟]{0,30}\s[-–—]\s*(?:من\s+)?(?:مراسل|مراسلة|مراسلنا|مراسلتنا|مراسلو)(?!\w)"
                     # a name and the writer's role: 'سارة علي صحافية', 'محمد أحمد مراسل' (Independent Arabia)
                     r"|^\s*[^\W\d_]+(?:\s+[^\W\d_]+){1,3}\s+(?:صحافي|صحافية|صحفي|صحفية|مراسل|مراسلة|كاتب|كاتبة|"
                     r"محرر|محررة|صحافي وكاتب)(?:\s+@\w+)?\s*$", re.I)
_URLISH = re.compile(r"https?://|www\.|\.com\b|\.org\b|\.net\b|@\w", re.I)
_DATEISH = re.compile(r"\b(?:19|20)\d\d\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d\d|[٠-٩]{4}")
_AGO = re.compile(r"\b(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|^منذ\s", re.I)
_COUNT = re.compile(r"^\W*\d[\d,.]*\s*(?:k|m|comments?|shares?|views?|تعليق|مشاهد\w*)?\W*$", re.I)
# a share / comment / view counter: '٣٤ تعليق', '1.2K مشاركة', 'شارك 245', '12 views'
_COUNTER = re.compile(r"^\W*(?:[\d٠-٩][\d٠-٩,.]*\s*(?:k|m|ألف|الف|مليون)?\s*(?:{w})|(?:{w})\s*[:：]?\s*[\d٠-٩][\d٠-٩,.]*"
                      r"\s*(?:k|m|ألف|الف)?)\W*$".format(
                          w=r"comments?|shares?|views?|likes?|reads?|تعليق|تعليقات|مشاركة|مشاركات|مشاركه|شارك|مشاهدة|"
                            r"مشاهدات|مشاهده|قراءة|قراءات|قراءه|إعجاب|اعجاب|زيارة|زيارات"), re.I)
# a breadcrumb trail: 'الرئيسية > أخبار > سياسة', 'Home » World', 'الرئيسية / عربي ودولي'
_CRUMB_SEP = re.compile(r"\s*(?:>|»|›|«|<|/|\\)\s*")
_CRUMB_CHARS = frozenset(">»›«</\\")  # (the separators _CRUMB_SEP needs)
_DATELINE_SHAPE = re.compile(r"^[^\W\d_][^()\d]{1,30}\([^()\d]{2,30}\)\s*[-–—]?\s*$|^[^\W\d_][^\d]{1,30}\s[-–—]\s[^\W\d_][^\d]{1,30}$"
                             r"|^[^\W\d_][^\d:«»]{1,25}:\s*«[^«»\d]{2,30}»\s*:?\s*$")  # 'لندن: «الشرق الأوسط»'
_CAPTION_SRC = re.compile(r"(?<=[^\W\d_])\s*\([^()\d]{2,30}\)\s*$")  # a photo's source closing a caption
_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e")  # (direction marks and embeddings; not
# the zero-width space some pages print alone on a line as a spacer)
_MENU_SEP = re.compile(r"\s*[|•·]\s*")
_HOME = ("الرئيسيه", "الصفحه الرئيسيه", "home", "homepage", "الرئيسية", "الصفحة الرئيسية")
_HASHTAGS = re.compile(r"^\s*(?:#[^\s#]+(?:[ \t]+[^\s#]+)*\s*)+$")
_ARABIC = re.compile("[\u0600-\u06ff]")
_DIGIT = re.compile(r"\d")
_CASELESS_STOP_SCALE = 2.7
_TITLE_SPLIT = re.compile(r"\s+(?:[-|–—:»·•]|::)\s+")


@dataclass
class Line:
    start: int
    end: int
    text: str
    words: int
    norm: str       # folded text (short lines only; '' for long ones)
    furn: str       # furniture kind by phrase: 'line', 'contains', 'closing', 'related' or ''


_SPACED: dict = {}


def _spaced(phrases: tuple) -> tuple:
    """``phrases`` each followed by a space (for one C-level ``startswith``), built once per tuple."""
    hit = _SPACED.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        hit = _SPACED[id(phrases)] = (phrases, tuple(p + " " for p in phrases))
    return hit[1]


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-empty lines of ``text[start:end]`` with their stripped spans."""
    end = len(text) if end is None else end
    out = []
    pos = start
    for raw in text[start:end].split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and (text[s].isspace() or text[s] in _MARKS):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in _MARKS):
            e -= 1  # (a direction mark after the last full stop: "مركز المحافظة.\u200f")
        if e > s:
            t = text[s:e]
            out.append(Line(s, e, t, len(_WORD.findall(t)), "", ""))
    fur = furniture()
    for k, ln in enumerate(out):
        if len(ln.text) <= 220 and ln.words <= 35:
            n = norm_line(ln.text)
            ln.norm = n
            if n in fur.closing:
                ln.furn = "closing"
            elif n in fur.related:
                ln.furn = "related"
            elif n in fur.line:
                ln.furn = "line"
            elif fur.contains(n):
                ln.furn = "contains"
            elif ln.words <= 6 and n.startswith(_spaced(fur.starts)):
                ln.furn = "line"
            elif ln.words <= 4 and _COUNTER.match(ln.text):
                ln.furn = "line"
            elif (c := ln.text.find(":", 0, 30)) > 0 and ln.words <= 30 and norm_line(ln.text[:c]) in fur.related:
                ln.furn = "line"  # a link told on the heading's own line: "اقرأ أيضا: الفلبين تعلن عن حظر دائم ..."
            elif is_breadcrumb(ln.text) or k > 0 and is_menu(ln.text):  # (the first line is the page's <title>:
                # 'Classificação NASCAR | Autoracing | F1 | Indy')
                ln.furn = "line"
    # the links under a 'Read also' / 'اقرأ أيضا' heading: short unpunctuated lines up to the next prose
    k = 0
    while k < len(out):
        if out[k].furn == "related":
            j = k + 1
            while j < len(out) and j - k <= 12 and not out[j].furn and out[j].words <= 16 \
                    and (not _END_SENT.search(out[j].text) or out[j].words <= 14 and _END_QUESTION.search(out[j].text)):
                # (a headline may ask: 'هل يمكن علاج العنف لدى الرجال؟')
                out[j].furn = "linked"
                j += 1
            if j < len(out) and not out[j].furn and j - k > 2:
                # the run ends at a story: its last text line, followed only by date / byline / dateline lines,
                # is that story's headline, not a link ('Most read' box right above the article)
                m = j - 1
                while m > k + 1 and _headerish(out[m], long=True):
                    m -= 1
                # (or at a date line too long for a link: 'السبت - 14 جمادى الآخرة 1439 هـ - 03 مارس 2018 مـ ...')
                if (m < j - 1 or _headerish(out[j], long=True)) and not _headerish(out[m], long=True):
                    # a section label (one to three words: 'العالم العربي') above a headline and its deck ends the box
                    x = m - 1
                    while x > k + 1 and m - x < 2 and out[x].words >= 3 and not _END_SENT.search(out[x].text):
                        x -= 1
                    if x > k + 1 and x < m and out[x].words <= 3 and not _headerish(out[x]):
                        m = x + 1
                    if out[m].words >= 4:
                        for x in range(m, j):
                            out[x].furn = ""
            k = j
        else:
            k += 1
    return out


def _headerish(ln: Line, long: bool = False) -> bool:
    """A date, byline or dateline line ('الرياض (واس)', 'Cairo - Reuters', 'لندن: «الشرق الأوسط»') as an article
    header has them, or an image caption ending with its source ('متظاهرون في الخرطوم (أ ف ب)')."""
    t = ln.text
    if ln.words <= 16 and (m := _CAPTION_SRC.search(t)) and len(t[:m.start()].split()) >= 3 \
            and not _END_SENT.search(t[:m.start()].rstrip()):
        return True
    if long and ln.words <= 24 and _dated(ln):
        return True
    return ln.words <= 12 and (_dated(ln) or bool(_BYLINE.search(t))
                               or (ln.words <= 5 and bool(_DATELINE_SHAPE.search(t))))


def _dated(ln: Line) -> bool:
    """A date line: a year or a clock time with little else ('الأحد ٣ مارس ٢٠١٨ ١٧:٢٩'), not a link that names a
    year ('أوسكار 2018: غاري أولدمان أفضل ممثل ...')."""
    t = ln.text
    if not _DATEISH.search(t):
        return False
    if ln.words <= 5:
        return True
    from .dates import find_dates

    hits = find_dates(t)
    if not hits:
        return False
    rest = t[:hits[0].start] + " " + t[hits[0].end:]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 8  # (weekday, Hijri date, "رقم العدد")


def is_breadcrumb(t: str) -> bool:
    """A trail of short section names: two separators (> » › <), or one after a 'Home' segment."""
    if len(t) > 160 or _CRUMB_CHARS.isdisjoint(t):
        return False  # (no separator: one segment)
    segs = [x.strip() for x in _CRUMB_SEP.split(t)]
    # (the last segment may be the article's own title: 'الرئيسية > أخبار > <headline>')
    if len(segs) < 2 or any(not x or len(x.split()) > 4 for x in segs[:-1]) or not segs[-1] \
            or len(segs[-1].split()) > 30:
        return False
    if len(segs[-1].split()) > 4 and _END_SENT.search(segs[-1]):
        return False
    seps = _CRUMB_SEP.findall(t)
    if segs[0].lower() in _HOME or norm_line(segs[0]) in _HOME:
        return True
    return len(segs) >= 3 and all(x.strip() and x.strip() != "/" and x.strip() != "\\" for x in seps)


def is_menu(t: str) -> bool:
    """A row of section names: four or more short segments (one to three words) between | • · separators
    ('الرئيسية | أخبار | سياسة | اقتصاد'), or a run of short words opened by a 'Home' word ('الرئيسية أخبار سياسة
    رياضة') with no sentence punctuation."""
    if len(t) > 200:
        return False
    segs = [x.strip() for x in _MENU_SEP.split(t)]
    if len(segs) >= 4 and all(x and len(x.split()) <= 3 for x in segs):
        return True
    words = t.split()
    return 3 <= len(words) <= 15 and norm_line(words[0]) in _HOME and not _END_SENT.search(t) \
        and not any(c in t for c in ":،,")


def is_hashtag_line(t: str) -> bool:
    return t.lstrip().startswith("#") and bool(_HASHTAGS.match(t)) and len(t) < 200


FEATURES = ("bias", "log_chars", "log_words", "end_sent", "inner_punct", "sent_marks", "stop_ratio",
            "title_ratio", "caps_ratio", "digit_ratio", "sep", "bullet", "caption", "byline", "urlish", "dateish",
            "ago", "count", "hashtag", "furn_line", "furn_contains", "furn_closing", "furn_related", "short",
            "long", "dup", "first", "rel_pos", "in_block", "before_block", "after_block", "log_dist_block",
            "prev_words", "next_words", "prev_end", "next_end", "win_long", "reserved", "after_closing",
            "colon_end", "question", "after_title", "log_dist_title", "rel_len")


def line_features(lines: list[Line]) -> np.ndarray:
    n = len(lines)
    F = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if not n:
        return F
    sw = stopwords()
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    prose = np.zeros(n)
    words = np.array([ln.words for ln in lines], dtype=np.float64)
    endp = np.zeros(n)
    closing_at = next((i for i, ln in enumerate(lines) if ln.furn == "closing"), n)
    for i, ln in enumerate(lines):
        t = ln.text
        h = t[:300]  # head of the line: enough for the pattern features
        ws = _WORD.findall(t[:1500])
        nw = max(1, len(ws))
        lat = [w for w in ws if w.isascii()]
        low = [w.lower() for w in ws[:200]]
        stop = sum(1 for w in low if w in sw or (w[:1] in "وفلب" and w[1:] in sw))
        title = sum(1 for w in lat if w[:1].isupper()) / max(1, len(lat)) if lat else 0.0
        caps = sum(1 for w in lat if len(w) > 1 and w.isupper()) / max(1, len(lat)) if lat else 0.0
        digits = len(_DIGIT.findall(t[:1500])) / min(len(t), 1500)
        es = 1.0 if _END_SENT.search(t) else 0.0
        endp[i] = es
        f = F[i]
        f[0] = 1.0
        f[1] = math.log1p(len(t))
        f[2] = math.log1p(ln.words)
        f[3] = es
        f[4] = min(len(_INNER_PUNCT.findall(t[:1500])) / nw * 5, 2.0)
        f[5] = min(len(_SENT_MARK.findall(t[:1500])), 5) / 5
        f[6] = stop / min(nw, 200)
        if not lat and ws:
            # Arabic writes most function words as clitics: its free-standing function-word density is about
            # 0.14 in news prose against 0.39 for English (medians measured on news paragraphs); rescale
            f[6] = min(1.0, f[6] * _CASELESS_STOP_SCALE)
        if not lat and ws:
            # scripts without letter case (Arabic): a short unpunctuated line without function words is a
            # label or a link title, as Title Case marks one in English
            title = (1.0 - f[6]) if (ln.words <= 14 and not es) else 0.1
        f[7] = title
        f[8] = caps
        f[9] = digits
        f[10] = 1.0 if _SEP.search(h) else 0.0
        f[11] = 1.0 if _BULLET.match(t) else 0.0
        f[12] = 1.0 if ln.words <= 40 and _CAPTION.search(h) else 0.0
        f[13] = 1.0 if _BYLINE.match(t) and ln.words <= 12 else 0.0
        f[14] = 1.0 if _URLISH.search(h) else 0.0
        f[15] = 1.0 if ln.words <= 15 and _DATEISH.search(h) else 0.0
        f[16] = 1.0 if ln.words <= 12 and _AGO.search(h) else 0.0
        f[17] = 1.0 if _COUNT.match(h) else 0.0
        f[18] = 1.0 if t[:1] == "#" and is_hashtag_line(t) else 0.0
        f[19] = ln.furn == "line"
        f[20] = ln.furn == "contains"
        f[21] = ln.furn == "closing"
        f[22] = ln.furn == "related"
        f[23] = 1.0 if ln.words < 5 else 0.0
        f[24] = 1.0 if ln.words >= 25 else 0.0
        f[25] = min(counts[t] - 1, 3) / 3
        f[26] = 1.0 if i == 0 else 0.0
        f[27] = i / max(1, n - 1)
        f[35] = 0.0
        f[37] = 0.0  # reserved, kept zero: the training pages hold almost no Arabic, a script flag learns noise
        f[38] = 1.0 if i > closing_at else 0.0
        f[39] = 1.0 if t.rstrip().endswith((":", "：")) else 0.0
        f[40] = 1.0 if t.rstrip().endswith(("?", "؟")) else 0.0
        prose[i] = (1.0 if (ln.words >= 12 and (es or f[6] > 0.2)) else 0.0) - (1.0 if ln.words < 6 else 0.3)
    # the page title (first line, before ' - Site') printed again above the story
    ti = -1
    if n > 1:
        cand = _TITLE_SPLIT.split(lines[0].text)[0].strip().lower()
        if len(cand) >= 12:
            for i in range(1, n):
                t = lines[i].text.lower()
                if len(t) <= 2 * len(cand) and (t == cand or (len(t) >= 0.6 * len(cand) and cand.startswith(t))
                                                or (len(t) >= len(cand) and t.startswith(cand))):
                    ti = i
                    break
    med = float(np.median(words)) + 1.0
    for i in range(n):
        F[i, 41] = 1.0 if 0 <= ti < i else 0.0
        F[i, 42] = math.log1p(i - ti) if 0 <= ti < i else 0.0
        F[i, 43] = math.log((words[i] + 1.0) / med)
    # densest block of prose: maximum-sum run of the prose indicator
    a, b = _max_run(prose)
    lw = np.log1p(words)
    longc = np.concatenate([[0.0], np.cumsum(words >= 12)])
    for i in range(n):
        f = F[i]
        f[28] = 1.0 if a <= i <= b else 0.0
        f[29] = 1.0 if i < a else 0.0
        f[30] = 1.0 if i > b else 0.0
        d = a - i if i < a else (i - b if i > b else 0)
        f[31] = math.log1p(d)
        f[32] = lw[i - 1] if i > 0 else 0.0
        f[33] = lw[i + 1] if i + 1 < n else 0.0
        f[34] = endp[i - 1] if i > 0 else 0.0
        f[35] = endp[i + 1] if i + 1 < n else 0.0
        lo, hi = max(0, i - 3), min(n, i + 4)
        f[36] = (longc[hi] - longc[lo]) / (hi - lo)
    return F


def _max_run(x: np.ndarray) -> tuple[int, int]:
    best, cur, s0, bs, be = -1e9, 0.0, 0, 0, -1
    for i, v in enumerate(x):
        if cur <= 0:
            cur, s0 = v, i
        else:
            cur += v
        if cur > best:
            best, bs, be = cur, s0, i
    return bs, be


CONTEXT = ("p", "p_prev", "p_next", "p_win2", "p_win5", "p_max_prev", "p_max_next", "in_pblock",
           "log_dist_pblock", "p_prev2", "p_next2", "p_rank", "p_over_max")


def context_features(p: np.ndarray) -> np.ndarray:
    n = len(p)
    C = np.zeros((n, len(CONTEXT)))
    if not n:
        return C
    C[:, 0] = p
    C[1:, 1] = p[:-1]
    C[:-1, 2] = p[1:]
    cs = np.concatenate([[0.0], np.cumsum(p)])
    for i in range(n):
        lo, hi = max(0, i - 2), min(n, i + 3)
        C[i, 3] = (cs[hi] - cs[lo] - p[i]) / max(1, hi - lo - 1)
        lo, hi = max(0, i - 5), min(n, i + 6)
        C[i, 4] = (cs[hi] - cs[lo] - p[i]) / max(1, hi - lo - 1)
    run = 0.0
    for i in range(n):
        C[i, 5] = run
        run = max(run * 0.8, p[i])
    run = 0.0
    for i in range(n - 1, -1, -1):
        C[i, 6] = run
        run = max(run * 0.8, p[i])
    C[2:, 9] = p[:-2]
    C[:-2, 10] = p[2:]
    order = np.argsort(-p)
    ranks = np.empty(n)
    ranks[order] = np.arange(n)
    C[:, 11] = ranks / max(1, n - 1)
    C[:, 12] = p / max(1e-6, float(p.max()))
    a, b = _max_run(p - 0.5)
    for i in range(n):
        C[i, 7] = 1.0 if a <= i <= b else 0.0
        d = a - i if i < a else (i - b if i > b else 0)
        C[i, 8] = math.log1p(d)
    return C


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


@lru_cache(maxsize=1)
def model() -> dict:
    with open(MODEL, encoding="utf-8") as f:
        m = json.load(f)
    return {"w1": np.array(m["w1"]), "mu1": np.array(m["mu1"]), "sd1": np.array(m["sd1"]),
            "w2": np.array(m["w2"]), "mu2": np.array(m["mu2"]), "sd2": np.array(m["sd2"]),
            "threshold": float(m.get("threshold", 0.5))}


def stage2_input(F: np.ndarray, p1: np.ndarray) -> np.ndarray:
    return np.hstack([F, context_features(p1)])


def predict(F: np.ndarray, m: dict | None = None) -> np.ndarray:
    """Probability that each line is article body."""
    m = m or model()
    if not len(F):
        return np.zeros(0)
    p1 = _sigmoid(((F - m["mu1"]) / m["sd1"]) @ m["w1"])
    X2 = stage2_input(F, p1)
    return _sigmoid(((X2 - m["mu2"]) / m["sd2"]) @ m["w2"])
