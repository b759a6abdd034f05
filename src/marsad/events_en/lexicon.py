"""Loaders of the English event coder's data files (``data/``): triggers with generated inflections,
party nouns, closed word classes, channels, contexts, back-reference nouns and country short names."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"
KB = Path(__file__).parent.parent / "entities" / "kb"

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+|\w+(?=['’]s\b)|['’]s\b|\w+(?:n['’]t)\b|\w+(?:[-'’]\w+)*|[^\w\s]")
GAP = "..."
_FUNCTION = frozenset({"in", "on", "out", "of", "to", "the", "a", "an", "with", "for", "by", "up", "down", "off", "go", "goes",
                       "went", "gone", "going", "take", "takes", "took", "taken", "taking", "set", "sets", "setting",
                       "place", "places", "placed", "placing", "open", "end", "car", "air", "into", "from", "at", "upon"})
MAX_GAP = 5


def read_tsv(name: str) -> list[list[str]]:
    out = []
    with open(DATA / name, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            out.append(line.rstrip("\n").split("\t"))
    return out


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    confidence: float
    noun: bool
    sym: bool
    civ: bool
    phrase: str
    rec: bool = False


_VOWELS = "aeiou"


def _double(v: str) -> bool:
    """Short consonant-vowel-consonant verbs double their last letter (ban → banned)."""
    return (len(v) <= 4 and len(v) >= 3 and v[-1] not in _VOWELS + "wxy" and v[-2] in _VOWELS
            and v[-3] not in _VOWELS)


def inflect(v: str, irregular: dict[str, list[str]]) -> set[str]:
    """All forms of an English verb: base, -s, -ed, -ing (regular rules) plus irregular forms."""
    forms = {v}
    if v in irregular:
        forms.update(irregular[v])
    if v.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(v + "es")
    elif v.endswith("y") and len(v) > 2 and v[-2] not in _VOWELS:
        forms.add(v[:-1] + "ies")
    else:
        forms.add(v + "s")
    if not any(f.endswith("ed") for f in irregular.get(v, ())) and v not in ("meet", "hold", "speak", "send",
                                                                                 "lead", "fight", "hit", "shut"):
        if v.endswith("e"):
            forms.add(v + "d")
        elif v.endswith("y") and len(v) > 2 and v[-2] not in _VOWELS:
            forms.add(v[:-1] + "ied")
        elif _double(v):
            forms.add(v + v[-1] + "ed")
        else:
            forms.add(v + "ed")
    if v.endswith("ie"):
        forms.add(v[:-2] + "ying")
    elif v.endswith("e") and not v.endswith("ee"):
        forms.add(v[:-1] + "ing")
    elif _double(v):
        forms.add(v + v[-1] + "ing")
    else:
        forms.add(v + "ing")
    return forms


def plural(n: str) -> set[str]:
    if n.endswith(("s", "x", "z", "ch", "sh")):
        return {n, n + "es"}
    if n.endswith("y") and len(n) > 2 and n[-2] not in _VOWELS:
        return {n, n[:-1] + "ies"}
    return {n, n + "s"}


def load_irregular() -> dict[str, list[str]]:
    return {r[0]: r[1].split() for r in read_tsv("irregular.tsv")}


class TriggerIndex:
    """First word → [(pattern, Trigger)], a pattern a tuple of word sets with ``None`` for a gap."""

    def __init__(self):
        self.first: dict[str, list[tuple[tuple, Trigger]]] = {}
        self.verb_forms: dict[str, str] = {}  # inflected form → base (for -ing / -ed tests)
        self.keys: set[str] = set()  # words one of which every event pattern contains
        self.noun_first: set[str] = set()  # words that open a noun trigger (fighting, killing, meeting)

    def add(self, phrase: str, trig: Trigger, irregular):
        slots: list = []
        for w in phrase.split():
            if w == GAP:
                slots.append(None)
            elif w.startswith("~"):
                forms = inflect(w[1:], irregular)
                for f in forms:
                    self.verb_forms.setdefault(f, w[1:])
                slots.append(frozenset(forms))
            elif w.endswith("+"):
                slots.append(frozenset(plural(w[:-1])))
            else:
                slots.append(frozenset([w]))
        pat = tuple(slots)
        for f in pat[0]:
            self.first.setdefault(f, []).append((pat, trig))
            if trig.noun:
                self.noun_first.add(f)
        if trig.type != "NONE":
            # the pattern's least common word (for the sentence prefilter): its longest content slot
            content = [sl for sl in pat if sl is not None and not (sl <= _FUNCTION)]
            key = max(content or [pat[0]], key=lambda sl: min(len(x) for x in sl))
            self.keys.update(key)

    def match_at(self, low: list[str], i: int):
        """Longest pattern starting at token i: (end token, matched token indices, [Trigger, ...]) or None;
        several triggers when equally long readings tie (blockade: a protest by civilians, else coercion)."""
        best = None
        for pat, trig in self.first.get(low[i], ()):
            got = _match(pat, low, i)
            if got is None:
                continue
            end, idx = got
            score = (len(idx), -(end - i))
            if best is None or score > best[0]:
                best = [score, end, idx, [trig]]
            elif score == best[0] and trig not in best[3]:
                best[3].append(trig)
        return None if best is None else tuple(best[1:])


def _match(pat, low, i):
    idx = [i]
    k = i + 1
    n = len(low)
    j = 1
    while j < len(pat):
        slot = pat[j]
        if slot is None:
            nxt = pat[j + 1]
            for g in range(0, MAX_GAP + 1):
                if k + g < n and low[k + g] in nxt and not any(low[x] in ".;:,\"“”" for x in range(k, k + g)):
                    k = k + g
                    break
            else:
                return None
            j += 1
            continue
        if k < n and low[k] in slot:
            idx.append(k)
            k += 1
            j += 1
        else:
            return None
    return k, idx


def load_triggers() -> TriggerIndex:
    irr = load_irregular()
    ix = TriggerIndex()
    for row in read_tsv("triggers.tsv"):
        typ, mode, phrase, conf = row[:4]
        flags = set((row[4] if len(row) > 4 else "").split())
        t = Trigger(typ, mode or None, float(conf), "n" in flags, "sym" in flags, "civ" in flags, phrase, "rec" in flags)
        ix.add(phrase, t, irr)
    return ix


def load_words() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for cls, w in read_tsv("words.tsv"):
        out.setdefault(cls, set()).add(w)
    return out


def load_pairs(name: str) -> dict[str, str]:
    return {r[0]: r[1] for r in read_tsv(name)}


def load_parties() -> dict[tuple[str, ...], tuple[str, str]]:
    return {tuple(r[0].split()): (r[1], (r[2] if len(r) > 2 else "") or None) for r in read_tsv("parties.tsv")}


def load_countries() -> tuple[dict, dict]:
    """English country names (KB, plus data/countries_en.tsv) → (iso3, type, name, wikidata) and
    demonyms → iso3."""
    names: dict[str, tuple] = {}
    demonyms: dict[str, str] = {}
    try:
        with open(KB / "countries.jsonl", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                for n in r.get("en") or []:
                    names.setdefault(n, (r["iso3"], "GPE", r["name"], r.get("wikidata")))
                for d in r.get("demonym_en") or []:
                    demonyms.setdefault(d, r["iso3"])
    except OSError:
        pass
    for form, iso, typ, name in read_tsv("countries_en.tsv"):
        names[form] = (None if iso == "-" else iso, typ, name, None)
    return names, demonyms
