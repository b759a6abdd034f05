"""Event dates: ``marsad.time.dating.date_event`` when the time stage provides it, else a small fallback that
resolves the sentence's own cues (اليوم، أمس، weekday names, "24 فبراير 2022") against the publication date.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
import re

from ..lang.ar import Token
from ..time.dating import _RANGE_BY_NUM, _RANGE_OPEN as _RANGE_FROM  # (the time stage's "بين X و Y" openers, one pair)
from ..time.dating import SINCE_DAYS  # (a day of the past week after منذ; the time stage's bound, one for both)
from ..time.lexicon import fold as _fold, lexicon as _time_lexicon
from .lexicon import PhraseMatcher, norm_phrase, read_tsv, word_set

try:  # the time stage's resolver, when it exists
    from ..time.dating import date_event as _date_event  # type: ignore
except Exception:  # pragma: no cover - depends on the time stage's progress
    _date_event = None

_YEAR = re.compile(r"^(19\d\d|20\d\d)$")
_ORDINALS = word_set("dates", "ordinals")


_WDAY = r"(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت)"
_NIGHT = re.compile(r"^(?:يوم\s+)?(?:ليل|ليلة|ليله)\s+(?:يوم\s+)?" + _WDAY + r"\s*[-/–]?\s*و?" + _WDAY + r"$")


def _night_eve(n: dict, o: dict) -> bool:
    """Is ``n`` told in the night between two named days (ليل الثلاثاء الأربعاء: dated to the second,
    time/extract.py night_end) and ``o`` on the first of them (the evening that night began)?"""
    if not _NIGHT.match((n.get("date_text") or "").strip()):
        return False
    try:
        return (dt.date.fromisoformat(n["date"][:10]) - dt.timedelta(days=1)).isoformat() == o["date"][:10]
    except ValueError:
        return False


def days_apart(a: dict, b: dict) -> bool:
    """Two events each told with a day cue of its own, on two days: two occasions (a date without a cue is only the
    publication default). A night between two named days spans both: "أنقذ ... مساء السبت" and "كان بصدد الغرق ليل
    السبت الأحد" are one occasion."""
    if not (a["date"] and b["date"] and a["date"] != b["date"] and a["date_text"] and b["date_text"]):
        return False
    return not (_night_eve(a, b) or _night_eve(b, a))


def load_cues() -> PhraseMatcher:
    m = PhraseMatcher()
    for form, kind, val in read_tsv("datecues.tsv"):
        m.add(norm_phrase(form), (kind, int(val)))
    return m


class PubDate(dt.date):
    """The publication date; ``late`` when it was stamped 20:00 UTC or later (the writer's next day east of
    Greenwich: the next day's weekday name is that next day, as the time stage reads it)."""
    late = False


def last_day(pub: dt.date) -> str:
    """The latest day the writer may call today: the publication day, or the next one for a late stamp (ISO)."""
    return (pub + dt.timedelta(days=1) if getattr(pub, "late", False) else pub).isoformat()


def parse_published(doc) -> dt.date | None:
    for v in ((doc.get("article") or {}).get("published"), (doc.get("meta") or {}).get("published"),
              (doc.get("meta") or {}).get("date")):
        if isinstance(v, str) and re.match(r"^\d{4}-\d{2}-\d{2}", v):
            try:
                d = PubDate.fromisoformat(v[:10])
            except ValueError:
                continue
            m = re.match(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]00:?00)?$", v.strip())
            d.late = bool(m and int(m.group(1)) >= 20)
            return d
    return None


_DAY_ENDS = word_set("dates", "day_ends")  # (normalised, after و and the article)


class Cue:
    __slots__ = ("tok", "end_tok", "date", "text", "start", "end", "explicit_year", "vague", "past_month")

    def __init__(self, tok, end_tok, date, text, start, end, explicit_year=False, vague=False, past_month=False):
        self.tok, self.end_tok, self.date, self.text = tok, end_tok, date, text
        self.start, self.end, self.explicit_year = start, end, explicit_year
        self.vague = vague  # a year alone: background, no day
        self.past_month = past_month  # (s33prec) "في مارس الماضي": dates the act or the report told after it only


_RANGE_TO = re.compile(r"(?:\s*/\s*[^\s،,.]+(?:\s+(?:الثاني|الأول))?)?\s*و\s*\S")


def range_bound(text: str, c: "Cue") -> bool:
    """Does the day cue open a stretch "بين X و Y" or close one "بين 3 و5 مارس"? Such a day dates no single act
    (EventStage._date passes it over; time/dating.py _range_bounds reads the time stage's days so too; s21coerce)."""
    before = text[max(0, c.start - 24):c.start]
    return bool(_RANGE_FROM.search(before) and _RANGE_TO.match(text, c.end, c.end + 40)) or bool(
        _RANGE_BY_NUM.search(before))


_SINCE_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:مستمر|متواصل|جاري|قائم)[ةه]?\s+منذ\s+(?:يوم\s+)?$")


def since_far(text: str, c: "Cue", pub: dt.date | None) -> bool:
    """Is the day cue, more than a week before publication, the start of the span of a noun that a participle of
    continuing qualifies ("مسيرات العودة المستمرة منذ 30 مارس/ آذار الماضي"، "الحرب الجارية منذ")? It dates that noun's
    span, not the act told around it ("وكان آلاف الفلسطينيين قد خرجوا في مظاهرات ... المستمرة منذ 30 مارس" was dated
    to the marches' first day and carried into the headline "مقتل 7 فلسطينيين ... في احتجاجات"); a منذ that governs the
    act itself ("ومنذ 24 فبراير 2022 تشن روسيا هجوما") still dates it by its start (s27dates)."""
    return bool(pub and c.date and (pub - c.date).days > SINCE_DAYS
                and _SINCE_BEFORE.search(text, max(0, c.start - 14), c.start))


@lru_cache(maxsize=1)
def _future_mods() -> frozenset:
    """The folded modifiers that make a weekday one to come (المقبل، القادمة ...: time/data/lexicon.tsv, mod future)."""
    return frozenset(f for f, v in _time_lexicon().cat["mod"].items() if v == "future")


@lru_cache(maxsize=1)
def _past_mods() -> frozenset:
    """The folded modifiers that make a month a past one (الماضي، المنصرم ...: time/data/lexicon.tsv, mod past)."""
    return frozenset(f for f, v in _time_lexicon().cat["mod"].items() if v == "past")


def sentence_cues(matcher: PhraseMatcher, text: str, toks: list[Token], pub: dt.date | None) -> list[Cue]:
    """Time cues in one sentence, resolved against the publication date (None where unresolvable)."""
    out = []
    for m in matcher.find_all(toks):
        kind, val = m.value
        s, e = toks[m.start_tok].start, toks[m.end_tok - 1].end
        if kind == "rel":
            if val == 0 and m.end_tok < len(toks) and toks[m.end_tok].norm in _ORDINALS:
                continue  # "لليوم الرابع على التوالي"، "في اليوم الثاني من زيارته": a count of days, not today
            d = pub + dt.timedelta(days=val) if pub else None
            # "أمس الثلاثاء": the weekday that follows restates the same day
            out.append(Cue(m.start_tok, m.end_tok, d, text[s:e], s, e))
        elif kind == "wd":
            if val == 0 and m.start_tok > 0 and toks[m.start_tok - 1].norm == "بين" and not (
                    m.end_tok < len(toks) and toks[m.end_tok].norm[:1] == "و"
                    and toks[m.end_tok].norm[1:].removeprefix("ال") in _DAY_ENDS):
                continue  # "علاقة مزعومة بين الاثنين"، "الخلاف بين الاثنين": "the two", no Monday (not "بين الاثنين
                # والأربعاء"); the time stage reads it so too (time/extract.py _left_block)
            if m.end_tok < len(toks) and _fold(toks[m.end_tok].text) in _future_mods():
                continue  # "الجمعة المقبل"، "الاثنين القادم": a day to come, not the last such day (time/data/lexicon.tsv
                # mod future; the time stage resolves it forward, s23date)
            d = None
            if pub:
                back = (pub.weekday() - val) % 7
                d = pub - dt.timedelta(days=back)
                if back == 6 and getattr(pub, "late", False):
                    d = pub + dt.timedelta(days=1)  # (stamped 21:37 UTC Saturday, "الأحد" is the next day)
            out.append(Cue(m.start_tok, m.end_tok, d, text[s:e], s, e))
        elif kind == "mon":
            day = None
            i0 = m.start_tok
            if i0 > 0 and toks[i0 - 1].norm.isdigit() and 1 <= int(toks[i0 - 1].norm) <= 31:
                day = int(toks[i0 - 1].norm)
                s = toks[i0 - 1].start
            year = None
            j = m.end_tok
            # "24 فبراير/ شباط 2022": skip a second month name
            if j < len(toks) and matcher.longest_at(toks, j) and matcher.longest_at(toks, j)[1][0] == "mon":
                j = matcher.longest_at(toks, j)[0]
            if j < len(toks) and _YEAR.match(toks[j].norm):
                year = int(toks[j].norm)
                e = toks[j].end
                j += 1
            if day is None and year is None and pub and j < len(toks) and _fold(toks[j].text) in _past_mods():
                # (s33prec) "وقالت وزارة الداخلية في مارس الماضي إن السلطات اعتقلت"، "وكان ليبرمان أعلن، في مايو/ أيار
                # الماضي، أن الجيش الإسرائيلي وجه ضربة": a past month named without a day, told before the act (its
                # own or its report's time), dates background, no day, as a month with its year does below; after the
                # act it often dates another matter of the sentence (stage._date reads it only before)
                y = pub.year if val < pub.month else pub.year - 1
                out.append(Cue(m.start_tok, j + 1, dt.date(y, val, 1), text[s:toks[j].end], s, toks[j].end, True,
                               vague=True, past_month=True))
                continue
            if day is None:
                if year is not None and (not pub or year < pub.year or year == pub.year and val < pub.month):
                    # "في يناير/ كانون الثاني 2016": a past month without a day dates background, no day
                    out.append(Cue(m.start_tok, j, dt.date(year, val, 1), text[s:e], s, e, True, vague=True))
                continue
            y = year or (pub.year if pub else None)
            if y is None:
                continue
            try:
                d = dt.date(y, val, day)
            except ValueError:
                continue
            if year is None and pub and d > pub + dt.timedelta(days=7):
                d = dt.date(y - 1, val, day) if val != 2 or day < 29 else d
            out.append(Cue(i0 if s == toks[i0].start else i0 - 1, j, d, text[s:e], s, e, year is not None))
    # bare years (في 2014، عام 2011) date background
    for i, t in enumerate(toks):
        if t.norm[:2] in ("19", "20") and _YEAR.match(t.norm) and not any(c.start <= t.start < c.end for c in out):
            y = int(t.norm)
            if pub and y < pub.year:
                out.append(Cue(i, i + 1, dt.date(y, 1, 1), t.text, t.start, t.end, True, vague=True))
    return out


def date_from_time_stage(doc, sent_index, trig_start, trig_end, charge=False):
    if _date_event is None:
        return None
    try:
        r = _date_event(doc, sent_index, trig_start, trig_end, charge)
    except Exception:
        return None
    if r and r.get("named") and not r.get("date"):
        # its sentence's only time expressions name another occasion (انتخابات 2016، هجوم الأحد) or sit in a
        # quotation: no cue of its own, so the publication day, and no fallback to those expressions
        pub = parse_published(doc)
        r = dict(r, date=pub.isoformat() if pub else None, date_text=None)
    return r
