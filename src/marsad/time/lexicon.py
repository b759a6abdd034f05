"""The time lexicon (``data/lexicon.tsv``), a length-preserving fold and trie regexes built from it.

Matching runs on ``fold(text)``, a copy of the text of the SAME length (each character maps to one
character: hamza forms of alif to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII, A-Z to a-z), so every
offset found in the folded copy is an offset into the original text.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
        "٫": ".", "٬": ",", "ک": "ك", "ی": "ي", "\u00a0": " "}
for _c in range(ord("A"), ord("Z") + 1):
    _map_c = chr(_c)
    _MAP[_map_c] = _map_c.lower()
FOLD1 = str.maketrans(_MAP)


_PAIRS = tuple((k, v) for k, v in _MAP.items() if not ("A" <= k <= "Z"))
_ASCII_UP = str.maketrans({chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)})


_LAST_FOLD = [None, ""]  # the last long text folded and its fold (the extractor and the dating view fold the same text)


def fold(s: str) -> str:
    """Length-preserving fold used for matching (see module doc)."""
    if s is _LAST_FOLD[0]:
        return _LAST_FOLD[1]
    if s.isascii():
        return s.lower()
    src = s
    for a, b in _PAIRS:  # str.replace per character is much faster than str.translate on Arabic text
        if a in s:
            s = s.replace(a, b)
    low = s.lower()
    out = low if len(low) == len(s) else s.translate(_ASCII_UP)
    if len(src) > 500:
        _LAST_FOLD[0], _LAST_FOLD[1] = src, out
    return out


def trie_regex(words) -> str:
    """A regex alternation of ``words`` built as a character trie (fast in ``re``).  Spaces in a word
    match any run of whitespace."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node) -> str:
        end = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


class Lexicon:
    """``forms[folded_form] -> [(category, value), ...]`` and ``cat[category] -> {folded_form: value}``."""

    def __init__(self, path: Path = DATA / "lexicon.tsv"):
        self.forms: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.cat: dict[str, dict[str, str]] = defaultdict(dict)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                cat, form, val = line.rstrip("\n").split("\t")
                f = " ".join(fold(form).split())
                self.forms[f].append((cat, val))
                self.cat[cat][f] = val

    def words(self, *cats: str) -> list[str]:
        out = set()
        for c in cats:
            out.update(self.cat.get(c, {}))
        return sorted(out)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
