"""The one Arabic normaliser used everywhere, tokens with offsets, and clitic analysis.

Normalisation never changes the document text: tokens keep ``(start, end)`` into the original and carry a
normalised form ``norm`` used for lookups.  ``normalize`` folds hamza forms of alif to ا, ى to ي, ة to ه,
ؤ to و, ئ to ي, removes diacritics and tatweel, maps Arabic-Indic digits to ASCII, and spells ديموقراط as ديمقراط
(the two spellings of "democra-").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "ک": "ك", "ی": "ي", "\u200c": "", "\u200d": "", "\u200f": "", "\u200e": "",
})
ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# A token: a run of letters/digits (Arabic or Latin), keeping hashtags' words apart from '#'.
# a word: letters and digits with the Arabic marks inside it (shadda and short vowels are combining marks, not
# word characters: without them in the class "حمّل" would split into "حم" + "ل")
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# (a word character, then word characters and marks in any order: written as one greedy run of word characters
# first, which the regex engine steps through faster than a class without the marks; the same tokens)
_WORD_RUN = rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*"
TOKEN = re.compile(rf"{_WORD_RUN}(?:[\.,'’]{_WORD_RUN})*", re.UNICODE)
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@lru_cache(maxsize=200_000)
def normalize(s: str) -> str:
    """Fold Arabic spelling variants and strip diacritics; lower-case Latin.  Length may change."""
    if len(s) > 24:  # a sentence or a text: str.replace per folded character is much faster than a translate
        s = DIACRITICS.sub("", s)
        for a, b in _FOLD_PAIRS:
            if a in s:
                s = s.replace(a, b)
        if _MAY_LOWER.search(s) is not None:  # (Arabic text has no case: lower() where a character may change)
            s = s.lower()
    else:
        s = s.translate(_FOLD_STRIP).lower()
    # the two spellings of "democra-": ديموقراطية / ديمقراطية (قوات سوريا الديموقراطية، الحزب الديموقراطي)
    return s.replace("ديموقراط", "ديمقراط") if "ديموقراط" in s else s


# A character outside ranges where every character is its own lower case (ASCII but A-Z, the rest of Latin-1 up to ¿,
# the Arabic blocks, general punctuation): only a text holding one may change under str.lower() (each character is
# lowered on its own but for Σ, outside these ranges; tests/test_events_s28speed.py checks the ranges)
LOWER_SAFE = r"\x00-\x40\x5b-\xbf\u0600-\u06ff\u0750-\u077f\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff"
_MAY_LOWER = re.compile(f"[^{LOWER_SAFE}]")

# _FOLD plus the DIACRITICS characters deleted: one translate does both (neither side of _FOLD is a diacritic)
_FOLD_STRIP = {**_FOLD, **{c: None for a, b in ((0x610, 0x61a), (0x64b, 0x65f), (0x670, 0x670), (0x6d6, 0x6ed),
                                                 (0x640, 0x640)) for c in range(a, b + 1)}}
# _FOLD as (character, replacement) pairs (no replacement is itself folded, so the order does not matter)
_FOLD_PAIRS = tuple((chr(k), v) for k, v in _FOLD.items())


def to_ascii_digits(s: str) -> str:
    return s.translate(DIGITS)


def is_arabic(s: str) -> bool:
    return bool(ARABIC_CHAR.search(s))


class Token(NamedTuple):
    text: str
    start: int
    end: int
    norm: str


_TOKEN_SPLIT = re.compile("(" + TOKEN.pattern + ")", TOKEN.flags)
_TNEW = tuple.__new__  # a NamedTuple built without its Python-level __new__
_START = itemgetter(1)  # Token.start
TOKEN_NORM = itemgetter(3)  # Token.norm, for C-level passes over a sentence's words (map(TOKEN_NORM, toks))


def clitic_in(w: str, words, clitics: str = "وف") -> bool:
    """``w`` is one of ``words``, or one of them with a one-letter proclitic of ``clitics`` glued on (وقال، فقال:
    the default is the conjunctions و / ف)."""
    return w in words or w[:1] in clitics and w[1:] in words


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``. One ``split`` of the span alternates gaps and
    tokens (no match objects); offsets are running sums of their lengths; every per-token step is a C-level
    ``map``."""
    end = len(text) if end is None else end
    parts = _TOKEN_SPLIT.split(text[start:end])
    if len(parts) < 2:
        return []
    words = parts[1::2]
    cum = list(accumulate(map(len, parts), initial=start))
    return list(map(_TNEW, repeat(Token), zip(words, cum[1::2], cum[2::2], map(normalize, words))))


# The zones a stage tokenized last (the entity stage: headline and paragraphs), for later stages to take the tokens
# of a span inside one zone instead of tokenizing it again: (text, [(zone start, zone end, tokens of the zone)])
_ZONE_TOKENS: list = [None, []]


def share_zone_tokens(text: str, zones: list) -> None:
    """Keep ``zones`` = ``[(start, end, tokenize(text, start, end)), ...]`` of ``text`` for :func:`span_tokens`."""
    _ZONE_TOKENS[0], _ZONE_TOKENS[1] = text, [(s, e, toks, None) for s, e, toks in zones]


def span_tokens(text: str, start: int, end: int) -> list[Token]:
    """``tokenize(text, start, end)``, sliced from a shared zone of the same text that holds the span when no token
    of the zone crosses the span's edges (the tokens inside are then the same: a token starts at every word
    character after a non-word one and runs as far as the text allows); else tokenized."""
    if _ZONE_TOKENS[0] is text:
        zones = _ZONE_TOKENS[1]
        for z, (zs, ze, toks, starts) in enumerate(zones):
            if zs <= start and end <= ze:
                if starts is None:
                    starts = list(map(_START, toks))
                    zones[z] = (zs, ze, toks, starts)
                a = bisect_left(starts, start)
                b = bisect_left(starts, end, a)
                if (a == 0 or toks[a - 1].end <= start) and (b == a or toks[b - 1].end <= end):
                    return toks[a:b]
                break
    return tokenize(text, start, end)


# Proclitics, longest first, in normalised spelling.  (conjunction و/ف, prepositions ب/ل/ك, article ال)
PROCLITICS = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك",
              "فب", "فل", "و", "ف", "ب", "ل", "ك", "س")
_ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ي", "ك")


@lru_cache(maxsize=200_000)
def stems(norm_token: str, min_len: int = 2) -> tuple[tuple[int, str], ...]:
    """Candidate readings of a normalised token as ``(prefix_length, stem)``, the bare token first.

    ``والروسي`` → ((0, 'والروسي'), (3, 'روسي'), (1, 'الروسي'), ...).  Callers look each stem up in
    their lexicon and keep the first hit, so the prefix length tells how many characters to skip.
    """
    out = [(0, norm_token)]
    seen = {norm_token}
    for p in PROCLITICS:
        if norm_token.startswith(p) and len(norm_token) - len(p) >= min_len:
            s = norm_token[len(p):]
            if s not in seen:
                out.append((len(p), s))
                seen.add(s)
    return tuple(out)


def strip_article(norm_token: str) -> str:
    """The token without a leading conjunction/preposition + article (``والروسية`` → ``روسيه``)."""
    for p in ("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "لل", "ال"):
        if norm_token.startswith(p) and len(norm_token) - len(p) >= 2:
            return norm_token[len(p):]
    return norm_token


def enclitic_stems(norm_token: str) -> tuple[str, ...]:
    """Readings of a token without a pronoun suffix (``نظيره`` → ``نظير``)."""
    return tuple(norm_token[: -len(e)] for e in _ENCLITICS
                 if norm_token.endswith(e) and len(norm_token) - len(e) >= 3)
