"""Token-level lookups of the compiled KB: names, titles and demonyms with proclitics read off.

A *reading* of a token is ``(prefix_chars, key)``: the normalised token with a proclitic removed
(``لوالتز`` → ``والتز``), and for prefixes that hold the article (``بال``، ``وال``، ``لل``) the key with
the article put back (``بالرياض`` → ``الرياض``).  Mentions start after the removed prefix, in original
characters (diacritics inside the prefix are skipped over).
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..lang.ar import DIACRITICS, PROCLITICS, stems
from .kb import KB


@lru_cache(maxsize=100_000)
def readings(norm: str) -> tuple[tuple[int, str, int], ...]:
    """``(prefix_len_norm, key, keep)``: ``keep`` = how many chars of the prefix belong to the mention."""
    out = [(0, norm, 0)]
    seen = {norm}
    for plen, s in stems(norm)[1:]:
        p = norm[:plen]
        if p == "س":
            continue
        if len(s) >= 3 and s not in seen:
            out.append((plen, s, 0))
            seen.add(s)
        if p.endswith("ال") and len(p) > 2:
            k = "ال" + s
            if k not in seen:
                out.append((plen, k, 2))
                seen.add(k)
        elif p.endswith("لل"):
            k = "ال" + s
            if k not in seen:
                out.append((plen, k, 0))
                seen.add(k)
    return tuple(out)


# the characters DIACRITICS matches (all in the Arabic block): a set lookup per character instead of a regex call
_DIACRITIC_CHARS = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if DIACRITICS.match(c))


def orig_offset(text: str, start: int, nchars: int) -> int:
    """Index in ``text`` after ``nchars`` normalised characters from ``start`` (diacritics don't count)."""
    i = start
    n = 0
    marks = _DIACRITIC_CHARS
    while n < nchars and i < len(text):
        if text[i] not in marks:
            n += 1
        i += 1
    while i < len(text) and text[i] in marks:
        i += 1
    return i


class Hit(NamedTuple):
    i: int            # first token
    j: int            # one past the last token
    start: int        # char offsets of the mention
    end: int
    plen: int         # proclitic chars (normalised) read off the first token
    payload: object   # list of (entry_idx, pri, form_kind) | Title | iso3


def _rest_ok(toks, joined, i, rest) -> bool:
    n = len(rest)
    if i + 1 + n > len(toks):
        return False
    for k in range(n):
        if not joined[i + k] or toks[i + 1 + k].norm != rest[k]:
            return False
    return True


def _by_second(kb: KB, key: str) -> dict:
    """The index entries of first token ``key`` by their second token (longest first), each list ending with
    the one-token entry if there is one."""
    cache = kb.__dict__.setdefault("_by2", {})
    d = cache.get(key)
    if d is None:
        lst = kb.index[key]
        single = [x for x in lst if not x[0]]
        d = {}
        for x in lst:
            if x[0]:
                d.setdefault(x[0][0], []).append(x)
        for v in d.values():
            v.extend(single)
        cache[key] = d
    return d


def match_entity(kb: KB, text: str, toks, joined, i) -> Hit | None:
    best = None
    t = toks[i]
    nxt = toks[i + 1].norm if i + 1 < len(toks) and joined[i] else None
    seconds = kb.seconds
    norm = t.norm
    for plen, key, keep in readings(norm):
        if plen and keep == 0 and norm[:plen].endswith("ال") and not key.startswith("ال"):
            continue   # a name without the article does not take one: الحماس is not حماس
        lst = kb.index.get(key)
        if not lst:
            continue
        if nxt is not None and nxt in seconds.get(key, ()):
            lst = _by_second(kb, key).get(nxt, lst)
        elif lst[0][0]:
            lst = lst[-1:] if not lst[-1][0] else ()
        for rest, vals in lst:
            if best is not None and len(rest) + 1 <= best.j - best.i:
                break
            if rest and not _rest_ok(toks, joined, i, rest):
                continue
            if not rest and plen and keep == 0 and len(key) < 4 and norm[:plen] not in ("و", "ب", "ل", "وب", "ول"):
                continue   # فاتن is not ف + اتن (but وحمص is و + حمص)
            s = orig_offset(text, t.start, plen - keep) if plen else t.start
            best = Hit(i, i + 1 + len(rest), s, toks[i + len(rest)].end, plen, vals)
            break
    return best


def match_title(kb: KB, text: str, toks, joined, i) -> Hit | None:
    best = None
    t = toks[i]
    for plen, key, keep in readings(t.norm):
        lst = kb.title_first.get(key)
        if lst is None:
            continue
        for rest in lst:
            if best is not None and len(rest) + 1 <= best.j - best.i:
                break
            if rest and not _rest_ok(toks, joined, i, rest):
                continue
            s = orig_offset(text, t.start, plen - keep) if plen else t.start
            best = Hit(i, i + 1 + len(rest), s, toks[i + len(rest)].end, plen, kb.titles[(key,) + rest])
            break
    return best


def demonyms2(kb: KB) -> dict:
    """Demonyms of two words (كوري شمالي، كورية جنوبية): first word -> {second word: iso3} (cached per KB)."""
    d = kb.__dict__.get("_dem2")
    if d is None:
        d = {}
        for k, iso in kb.demonyms.items():
            a, sp, b = k.partition(" ")
            if sp and " " not in b:
                d.setdefault(a, {})[b] = iso
        d[""] = frozenset(a[-2:] for a in d)   # (word endings of first words: a cheap test before the readings)
        kb.__dict__["_dem2"] = d
    return d


def match_demonym(kb: KB, text: str, toks, i) -> Hit | None:
    t = toks[i]
    for plen, key, keep in readings(t.norm):
        if plen and t.norm[:plen] in ("ف", "ك", "وك", "فك"):
            continue   # فروسية is not ف + روسية
        iso = kb.demonyms.get(key)
        if iso:
            s = orig_offset(text, t.start, plen - keep) if plen else t.start
            if keep == 0 and plen and t.norm[:plen].endswith("ال"):
                s = orig_offset(text, t.start, plen - 2)
            return Hit(i, i + 1, s, t.end, plen, iso)
    d2 = demonyms2(kb)
    if i + 1 < len(toks) and t.norm[-2:] in d2.get("", ()) and (not text or text[t.end:toks[i + 1].start] == " "):
        # الكوري الشمالي، كورية جنوبية: both words agree in the article
        nxt = toks[i + 1].norm
        for plen, key, keep in readings(t.norm):
            second = d2.get(key)
            if not second or plen and t.norm[:plen] in ("ف", "ك", "وك", "فك"):
                continue
            art = bool(plen) and keep == 0 and t.norm[:plen].endswith("ال")
            if art != nxt.startswith("ال"):
                continue
            iso = second.get(nxt[2:] if art else nxt)
            if iso:
                s = orig_offset(text, t.start, plen - keep) if plen else t.start
                if art:
                    s = orig_offset(text, t.start, plen - 2)
                return Hit(i, i + 2, s, toks[i + 1].end, plen, iso)
    return None


def demonym_country(kb: KB, text: str, toks, i) -> str | None:
    """The country (ISO alpha-3) of the demonym at token ``i`` (match_demonym's payload), or None."""
    d = match_demonym(kb, text, toks, i)
    return d.payload if d is not None else None


F_ENT, F_TITLE, F_DEM, F_HEAD, F_SPEECH, F_COUNTER, F_GIVEN, F_PERTITLE = 1, 2, 4, 8, 16, 32, 64, 128
F_SPLIT = 256   # a proper prefix of a one-word KB name (بيونغ of بيونغيانغ): the name may be written as two words


def split_heads(kb: KB) -> set[str]:
    """Proper prefixes (3+ letters, 3+ letters short of the end) of one-word names of 6+ letters."""
    heads = kb.__dict__.get("_split_heads")
    if heads is None:
        heads = kb.__dict__["_split_heads"] = {
            k[:n] for k, lst in kb.index.items() if len(k) >= 6 and any(not r for r, _ in lst)
            for n in range(3, len(k) - 2)}
    return heads


_PROCLITICS = frozenset(PROCLITICS)


def may_hit(norm: str, keys: set) -> bool:
    """Whether a reading of ``norm`` can be in ``keys`` (a set holding each key, and each key starting with the
    article also without it).  Every reading is the word, or the word less a proclitic (with the article put
    back for some): most words have none of those tails in the set, and no reading need be computed."""
    if norm in keys:
        return True
    n = len(norm)
    for k in (1, 2, 3, 4):
        if n - k < 2:
            return False
        if norm[:k] in _PROCLITICS and norm[k:] in keys:
            return True
    return False


def token_flags(kb: KB, norm: str, speech: set, counter: set) -> int:
    """Which lookups can succeed at a token (cached per KB): most tokens need none."""
    cache = kb.__dict__.setdefault("_flags", {})
    f = cache.get(norm)
    if f is not None:
        return f
    f = 0
    keys = kb.__dict__.get("_flag_keys")
    if keys is None:
        keys = set(kb.index) | set(kb.title_first) | set(kb.demonyms) | set(kb.heads) | speech | counter | \
            kb.given | kb.first_names | (set(demonyms2(kb)) - {""})
        keys |= {k[2:] for k in keys if k.startswith("ال")}
        kb.__dict__["_flag_keys"] = keys
    split = split_heads(kb)
    if norm in split:
        f = F_SPLIT
    if not may_hit(norm, keys):
        if len(cache) > 400_000:
            cache.clear()
        cache[norm] = f
        return f
    for plen, key, keep in readings(norm):
        if key in kb.index and not (plen and keep == 0 and norm[:plen].endswith("ال") and not key.startswith("ال")):
            f |= F_ENT
        if key in kb.title_first:
            f |= F_TITLE
            if any(kb.titles[(key,) + r].kind in ("title", "honorific") for r in kb.title_first[key]):
                f |= F_PERTITLE
        if (key in kb.demonyms or key in demonyms2(kb)) and not (plen and norm[:plen] in ("ف", "ك", "وك", "فك")):
            f |= F_DEM
        if key in kb.heads:
            f |= F_HEAD
        if key in speech and plen <= 1:
            f |= F_SPEECH
        if key in counter:
            f |= F_COUNTER
        if plen <= 1 and (key in kb.given or key in kb.first_names):
            f |= F_GIVEN
    if len(cache) > 400_000:
        cache.clear()
    cache[norm] = f
    return f
