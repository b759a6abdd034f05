"""Publication dates: the dateline of a page and the ``published`` value a record gives.

``normalize_published`` turns any given value ('Sun, 18 Feb 2018 17:21:49 GMT', ISO with an offset, a
printed date) into ``YYYY-MM-DDTHH:MM`` (UTC when the value carries a zone; the page's own clock when it
does not) or ``YYYY-MM-DD`` when there is no time.  ``find_dates`` finds the dates of one line of a page:
numeric (DD/MM/YYYY, YYYY-MM-DD) and written (``19 مارس 2025``, ``24 فبراير/ شباط 2022``,
``Nov 19, 2019``) in both digit sets, with a clock time on the same line (also glued to the date, as page
dumps do: ``17:3819/03/2025``), 12-hour marks (am/pm, ص/م) and a weekday name that must agree with the
date.  Hijri dates (``هـ``, Hijri month names) are recognised and skipped, never converted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

from .lexicon import calendar

# One-to-one folding (offsets are kept): digits to ASCII, alif/ya/ta-marbuta variants, ASCII lower case.
_FOLD = str.maketrans({**{c: str(i % 10) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")},
                       "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
                       **{chr(c): chr(c + 32) for c in range(65, 91)}})


def fold(s: str) -> str:
    return s.translate(_FOLD)


@dataclass
class DateHit:
    value: str           # YYYY-MM-DD or YYYY-MM-DDTHH:MM
    start: int           # span in the line (date and, when found, its time)
    end: int
    has_time: bool
    weekday_checked: bool  # a weekday name on the line agrees with the date


@lru_cache(maxsize=1)
def _patterns():
    cal = calendar()
    mon = r"(?:" + cal.month_re + r")"
    end = r"(?![^\W\d_])"
    beg = r"(?<![^\W\d_])"
    return {
        "time": re.compile(r"(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?!\d))?"
                           r"(?:\s*(a\.?m\.?|p\.?m\.?|ص|م|صباحا|صباحاً|صباحًا|مساء|مساءً|مساءا)" + end + ")?"),
        "dmy": re.compile(r"(?<!\d)(\d{1,2})\s?([/.\-])\s?(\d{1,2})\s?\2\s?(\d{4})(?!\d)"),
        "ymd": re.compile(r"(?<!\d)(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?!\d)"),
        # ('6 - مايو - 2018': day, month and year between dashes, as Al-Quds Al-Arabi prints them)
        "dmy_t": re.compile(beg + r"(\d{1,2})(?:st|nd|rd|th)?\s*(?:[-–]\s*(?=[^\W\d_]))?(?:of\s+)?(?:من\s+)?(" + mon +
                            r")\.?(?:\s*[/\-]\s*(" + mon + r"))?" + end +
                            r"\s*[,،]?\s*(?:[-–]\s*(?=\d{4}))?(?:عام\s+|سنه\s+)?(\d{4})(?!\d)"),
        "mdy_t": re.compile(beg + r"(" + mon + r")\.?(?:\s*[/\-]\s*(" + mon + r"))?\s+(\d{1,2})(?:st|nd|rd|th)?"
                            r"\s*[,،]?\s*(\d{4})(?!\d)"),
        "weekday": re.compile(beg + r"(" + cal.weekday_re + r")" + end),
        "hijri": re.compile(r"\d{4}\s*(?:هـ|ه\b|ھ)|(?<!\w)(?:" + cal.hijri_re + r")(?!\w)"),
    }


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d) if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def find_dates(line: str, dayfirst: bool = True) -> list[DateHit]:
    """Gregorian dates written in ``line`` (with their clock time and weekday check), in order."""
    if len(line) > 400 or not any(c.isdigit() for c in line):
        return []
    P = _patterns()
    cal = calendar()
    f = fold(line)
    times = [m for m in P["time"].finditer(f)]
    masked = f
    for m in times:  # hide clock times so '17:3819/03/2025' leaves '19/03/2025'
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    hij = [m.span() for m in P["hijri"].finditer(masked)]
    wds = {cal.weekdays[w.group(1)] for w in P["weekday"].finditer(f) if w.group(1) in cal.weekdays}
    found: list[tuple[int, int, date, list]] = []  # (start, end, date, alternatives)

    def add(s, e, cands):
        cands = [c for c in cands if c]
        if not cands or any(hs <= s < he or s <= hs < e for hs, he in hij):
            return
        if any(s < fe and fs < e for fs, fe, _, _ in found):
            return
        found.append((s, e, cands[0], cands))

    for m in P["ymd"].finditer(masked):
        add(m.start(), m.end(), [_mk(int(m.group(1)), int(m.group(3)), int(m.group(4)))])
    for m in P["dmy"].finditer(masked):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        dm, md = _mk(y, b, a), _mk(y, a, b)
        add(m.start(), m.end(), [dm, md] if dayfirst else [md, dm])
    for m in P["dmy_t"].finditer(masked):
        add(m.start(), m.end(), [_mk(int(m.group(4)), cal.months[m.group(2)], int(m.group(1)))])
    for m in P["mdy_t"].finditer(masked):
        add(m.start(), m.end(), [_mk(int(m.group(4)), cal.months[m.group(1)], int(m.group(3)))])
    found.sort()
    out = []
    for s, e, d, cands in found:
        checked = False
        if len(wds) == 1:
            wd = next(iter(wds))
            ok = [c for c in cands if c.weekday() == wd]
            if not ok:
                continue  # the page's weekday contradicts every reading of this date
            d, checked = ok[0], True
        # the nearest clock time on the line (before or after the date)
        best = None
        for t in times:
            gap = s - t.end() if t.end() <= s else t.start() - e
            if gap <= 24 and (best is None or gap < best[0]):
                best = (gap, t)
        value, span = d.isoformat(), (s, e)
        if best:
            t = best[1]
            h, mi = int(t.group(1)), int(t.group(2))
            mark = (t.group(4) or "").replace(".", "")
            if mark in ("pm", "م", "مساء", "مساءً", "مساءا") and h < 12:
                h += 12
            elif mark in ("am", "ص", "صباحا", "صباحاً", "صباحًا") and h == 12:
                h = 0
            value += f"T{h:02d}:{mi:02d}"
            span = (min(s, t.start()), max(e, t.end()))
        out.append(DateHit(value, span[0], span[1], best is not None, checked))
    return out


_ISOISH = re.compile(r"^\d{4}-\d{2}-\d{2}")


def normalize_published(value) -> str | None:
    """A given publication date in any common form, as ``YYYY-MM-DDTHH:MM`` (UTC when zoned) or
    ``YYYY-MM-DD``; None when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _fmt(value, True)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and 0 < value < 4e9:  # epoch seconds
        return _fmt(datetime.fromtimestamp(value, tz=timezone.utc), True)
    s = str(value).strip()
    if not s:
        return None
    if _ISOISH.match(s):
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00").replace(" ", "T", 1) if len(s) > 10 else s)
            return _fmt(dt, len(s) > 10)
        except ValueError:
            pass
    if re.search(r"[A-Za-z]{3}", s) and re.search(r"\d{1,2}:\d{2}", s):
        try:
            dt = parsedate_to_datetime(s)
            if dt is not None:
                return _fmt(dt, True)
        except (TypeError, ValueError, IndexError):
            pass
    hits = find_dates(s)
    if hits:
        return hits[0].value
    return None


def _fmt(dt: datetime, has_time: bool) -> str:
    if not has_time:
        return dt.date().isoformat()
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M")
