"""Loaders for the page reader's data files (``page/data/*.tsv``), each read once and cached.

* ``outlets.tsv``  news sites: canonical name, names in Arabic script, Latin aliases, domains
* ``agencies.tsv`` wire and state agencies: English name, full names, short forms
* ``calendar.tsv`` month and weekday names (Levantine, Egyptian, Maghreb series, English), Hijri months
* ``furniture.tsv`` phrases of site furniture (menus, sharing, comments, newsletters, related links)
* ``stopwords.tsv`` function words of running prose (English, Arabic)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lang.ar import DIACRITICS, normalize

DATA = Path(__file__).resolve().parent / "data"

_PUNCT_EDGE = re.compile(r"^[\W_\d]+|[\W_\d]+$", re.UNICODE)
_PUNCT_EDGE_KEEP_DIGITS = re.compile(r"^[\W_]+|[\W_]+$", re.UNICODE)
_SPACES = re.compile(r"\s+")
_EDGE_RUN = re.compile(r"[\W_\d]+", re.UNICODE)
_EDGE_RUN_KEEP_DIGITS = re.compile(r"[\W_]+", re.UNICODE)


def norm_line(s: str, digits: bool = False) -> str:
    """A line folded for phrase lookups: Arabic letter variants folded, diacritics dropped, lower case,
    punctuation and digits at both ends dropped, inner white space collapsed."""
    if not s.isascii():
        s = DIACRITICS.sub("", s)
        s = normalize(s) if len(s) < 64 else fold_text(s)
    else:
        s = s.lower()
    # (the runs at both ends: the leading one matched at the start, the trailing one at the start of the reversed
    # string; the same as _PUNCT_EDGE.sub without trying the end-anchored branch at every character)
    run = _EDGE_RUN_KEEP_DIGITS if digits else _EDGE_RUN
    m = run.match(s)
    if m is not None:
        s = s[m.end():]
    m = run.match(s[::-1])
    if m is not None:
        s = s[:len(s) - m.end()]
    return " ".join(s.split())  # (white space runs made one space, the ends stripped: _SPACES.sub(" ", s).strip())



_FOLD_PAIRS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و"), ("ئ", "ي"),
               ("ـ", ""), ("\u200c", ""), ("\u200d", ""), ("\u200f", ""), ("\u200e", ""), ("’", "'"))


def fold_text(s: str) -> str:
    """Like ``lang.ar.normalize`` (letters folded, tatweel dropped, lower case) for long text, without
    filling its cache; for lookups only (lengths may change)."""
    for a, b in _FOLD_PAIRS:  # str.replace is much faster than a dict translate on long text
        if a in s:
            s = s.replace(a, b)
    s = s.lower()
    # (normalize's spelling of "democra-", so that norm_line folds a long line as it folds a short one)
    return s.replace("ديموقراط", "ديمقراط") if "ديموقراط" in s else s


def _rows(name: str):
    with open(DATA / name, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            yield line.split("\t")


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


# ----------------------------------------------------------------------------------------------- outlets
@dataclass
class Outlets:
    by_name: dict[str, str] = field(default_factory=dict)      # normalised name/alias -> canonical
    by_domain: list[tuple[str, str]] = field(default_factory=list)  # (host[/path], canonical), longest first

    def from_name(self, s: str | None) -> str | None:
        if not s:
            return None
        k = norm_line(s, digits=True)
        return self.by_name.get(k) or self.by_name.get(k.replace(" ", ""))

    def from_url(self, url: str | None) -> str | None:
        if not url:
            return None
        u = re.sub(r"^[a-z]+://", "", url.strip().lower())
        host, _, path = u.partition("/")
        host = host.split(":")[0]
        if host.startswith("www."):
            host = host[4:]
        for dom, name in self.by_domain:
            dh, _, dp = dom.partition("/")
            if (host == dh or host.endswith("." + dh)) and (not dp or path.startswith(dp)):
                return name
        return None


@lru_cache(maxsize=1)
def outlets() -> Outlets:
    o = Outlets()
    for row in _rows("outlets.tsv"):
        row += [""] * (4 - len(row))
        canon, names, aliases, domains = row[:4]
        for n in [canon] + _split(names) + _split(aliases):
            k = norm_line(n, digits=True)
            if k:
                o.by_name.setdefault(k, canon)
                o.by_name.setdefault(k.replace(" ", ""), canon)
        for d in _split(domains):
            o.by_domain.append((d.lower(), canon))
    o.by_domain.sort(key=lambda x: -len(x[0]))
    return o


# ---------------------------------------------------------------------------------------------- agencies
@dataclass
class Agencies:
    full: dict[str, str]     # normalised full name -> English name
    short: dict[str, str]    # short form (case kept for Latin, normalised for Arabic) -> English name
    full_re: re.Pattern      # any full name, on normalised text
    short_re: re.Pattern     # any short form, on normalised text (Latin case-sensitive)
    automaton: object = None  # Aho-Corasick automaton of all names (lower case), or None


def _alt(names) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def agencies() -> Agencies:
    full, short = {}, {}
    for row in _rows("agencies.tsv"):
        row += [""] * (3 - len(row))
        canon, fulls, shorts = row[:3]
        for n in _split(fulls):  # (the English name itself may be an abbreviation: not matched alone)
            full.setdefault(norm_line(n), canon)
        for n in _split(shorts):
            k = n if n.isascii() else norm_line(n)
            short.setdefault(k, canon)
    # Latin short forms must keep their case (AP, AA, MAP); everything else is matched folded.
    latin_full = [k for k in full if k.isascii()]
    ar_full = [k for k in full if not k.isascii()]
    automaton = None
    try:  # a quick pass over long text: which names occur at all (pyahocorasick, when installed)
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for k in list(full) + list(short):
            kk = k.lower()
            automaton.add_word(kk, kk)
        automaton.make_automaton()
    except ImportError:  # pragma: no cover
        automaton = None
    full_re = re.compile(r"(?<!\w)(?:" + _alt(ar_full) + r")(?!\w)|(?i:(?<![\w-])(?:" + _alt(latin_full) +
                         r")(?![\w-]))")
    short_re = re.compile(r"(?<!\w)(?:" + _alt(short) + r")(?!\w)")
    return Agencies(full, short, full_re, short_re, automaton)


# ---------------------------------------------------------------------------------------------- calendar
@dataclass
class Calendar:
    months: dict[str, int]    # normalised (lower) name -> 1..12
    weekdays: dict[str, int]  # normalised (lower) name -> 0..6 (Monday = 0)
    hijri: dict[str, int]
    month_re: str             # regex alternation of month names (normalised spelling)
    weekday_re: str
    hijri_re: str


@lru_cache(maxsize=1)
def calendar() -> Calendar:
    m, w, h = {}, {}, {}
    for kind, value, names in _rows("calendar.tsv"):
        d = {"month": m, "weekday": w, "hijri": h}[kind]
        for n in _split(names):
            d[norm_line(n)] = int(value)
    return Calendar(m, w, h, _alt(m), _alt(w), _alt(h))


# --------------------------------------------------------------------------------------------- furniture
@dataclass
class Furniture:
    line: frozenset
    closing: frozenset
    related: frozenset
    contains_re: re.Pattern
    starts: tuple            # line phrases of 2+ words, for "starts with" on short lines
    contains_ac: object = None  # the same phrases in an Aho-Corasick automaton (pyahocorasick, when installed)
    photo: frozenset = frozenset()  # photo sources a caption cites in parentheses at its end ('(مواقع التواصل)')

    def contains(self, n: str) -> bool:
        """Does the folded line hold a 'contains' phrase? (``contains_re.search``; one C-level pass of the automaton
        instead of the alternation of ~90 phrases tried at every position)"""
        if self.contains_ac is None:
            return self.contains_re.search(n) is not None
        return next(self.contains_ac.iter(n), None) is not None


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    kinds: dict[str, set] = {"line": set(), "contains": set(), "closing": set(), "related": set(), "photo": set()}
    for kind, phrase in _rows("furniture.tsv"):
        kinds[kind].add(norm_line(phrase))
    ac = None
    if kinds["contains"] and "" not in kinds["contains"]:  # (an empty phrase matches every line: the regex then)
        try:
            import ahocorasick

            ac = ahocorasick.Automaton()
            for p in kinds["contains"]:
                ac.add_word(p, p)
            ac.make_automaton()
        except ImportError:  # pragma: no cover
            ac = None
    return Furniture(frozenset(kinds["line"]), frozenset(kinds["closing"]), frozenset(kinds["related"]),
                     re.compile(_alt(kinds["contains"])),
                     tuple(sorted((p for p in kinds["line"] | kinds["related"] if " " in p), key=len,
                                  reverse=True)), ac, frozenset(kinds["photo"]))


@lru_cache(maxsize=1)
def stopwords() -> frozenset:
    out = set()
    for lang, words in _rows("stopwords.tsv"):
        out.update(norm_line(x) for x in words.split())
    return frozenset(out)
