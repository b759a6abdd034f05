"""Hijri → Gregorian conversion.

Uses the Umm al-Qura tables of the ``hijridate`` package (offline, pure Python) when it is installed and
the date is in its range (1343–1500 AH); otherwise the arithmetic (tabular, civil epoch) Islamic
calendar, which agrees with Umm al-Qura to within a day or two.
"""
from __future__ import annotations

import math
from datetime import date

try:  # optional dependency
    from hijridate import Hijri as _Hijri
except Exception:  # pragma: no cover - depends on the environment
    _Hijri = None


def tabular_to_gregorian(y: int, m: int, d: int) -> date:
    jd = (d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + 1948439.5 - 1)
    return date.fromordinal(int(jd - 1721424.5))


def to_gregorian(y: int, m: int, d: int) -> date | None:
    """The Gregorian date of Hijri ``d/m/y``; None when the day does not exist."""
    if not (1 <= m <= 12 and 1 <= d <= 30 and 1 <= y <= 2000):
        return None
    if _Hijri is not None and 1343 <= y <= 1500:
        try:
            return _Hijri(y, m, d).to_gregorian()
        except (ValueError, OverflowError):
            if d == 30:
                return None
    return tabular_to_gregorian(y, m, d)


def from_gregorian_year(g: date) -> int:
    """The Hijri year that contains Gregorian date ``g`` (tabular estimate, ±1 at year edges)."""
    if _Hijri is not None:
        try:
            from hijridate import Gregorian
            return Gregorian(g.year, g.month, g.day).to_hijri().year
        except (ValueError, OverflowError):
            pass
    return int((g.toordinal() - 227015) / 354.36707) + 1
