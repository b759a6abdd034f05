"""The knowledge base: loader of the data files beside this module (format in docs/kb.md) and the compiled
token-sequence matcher used by the entity stage.

``load_kb()`` reads every ``people*.jsonl``, ``orgs*.jsonl``, ``countries*.jsonl``, ``places*.jsonl`` and
``titles.tsv`` found here (missing files are fine) and builds a :class:`KB`: a list of entries and one
dictionary from normalised token sequences to what they name.  Keys are normalised with
:func:`marsad.lang.ar.normalize` (hamza, ى/ي, ة/ه, diacritics, tatweel); the matcher reads proclitics
(و ف ب ل ك ال لل ...) off the first token of a sequence.  Demonyms are expanded to their feminine, plural
and dual forms.  The compiled KB is cached as a pickle in the user cache dir, keyed by the data files'
hashes (``MARSAD_NO_CACHE=1`` turns the cache off).

(The loader lives in ``kb/__init__.py`` so that ``marsad.entities.kb`` is both this module and the
package of data files and their checkers, e.g. ``python -m marsad.entities.kb.check_people``.)
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ...lang.ar import normalize, tokenize

KB_DIR = Path(__file__).resolve().parent
CACHE_VERSION = "kb-15"

# Priorities of what a surface names (lower wins when two entries share a surface).
PRI = {"person": 0, "org": 1, "country": 2, "place_extra": 3, "capital": 3, "person_short": 4, "place_geo": 5,
       "org_short": 4}

ROLE_LABELS = {"national_security_advisor": "National Security Advisor", "defence_minister": "Defence Minister",
               "foreign_ministry_spokesperson": "Foreign Ministry Spokesperson", "un": "UN",
               "member_of_parliament": "Member of Parliament", "chief_executive": "Chief Executive",
               "presidential_aide": "Presidential Aide"}


# Offices with one seat per country (or organisation): a role phrase (الرئيس الروسي) names its holder on the
# date, the latest-started one where the data overlap. Other roles (الزعيم الروسي: party and parliamentary
# leaders; intelligence chiefs of several agencies) name a holder only when the KB has exactly one on the date,
# and the generic ones below never do (a minister, envoy or governor of a country is one of many).
SINGLE_SEAT = frozenset({
    "president", "prime_minister", "king", "emir", "sultan", "crown_prince", "supreme_leader", "head_of_state",
    "chancellor", "foreign_minister", "defence_minister", "interior_minister", "finance_minister",
    "national_security_advisor", "government_spokesperson", "foreign_ministry_spokesperson", "central_bank_governor",
    "secretary_general"})
NEVER_BY_DATE = frozenset({"minister", "deputy_minister", "envoy", "commander", "mayor", "governor", "ambassador",
                           "presidential_aide", "prosecutor", "member_of_parliament", "senator", "general",
                           "spokesperson", "adviser", "judge", "director", "commissioner"})


def role_label(key: str) -> str:
    return ROLE_LABELS.get(key) or key.replace("_", " ").title()


@dataclass
class Entry:
    id: str
    kind: str                 # person | org | country | place | capital
    type: str                 # PERSON ORG GPE LOC FAC
    name: str
    name_ar: str | None
    country: str | None = None
    wikidata: str | None = None
    sector: str | None = None
    roles: list = field(default_factory=list)
    short_ar: list = field(default_factory=list)   # normalised short forms (doc-local after a full mention)
    forms: list = field(default_factory=list)      # normalised token tuples of its Arabic names (orgs)
    dissolved: str | None = None                   # a historical state's end (countries: SUN 1991-12-26)


@dataclass
class Title:
    pattern: str
    role: str | None
    sector: str | None
    kind: str                 # title | party | group | honorific
    country: str | None = None   # the state a title names by itself (خادم الحرمين الشريفين: SAU)


def _norm_tokens(s: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(s))


def _variants(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """Spelling variants the news use interchangeably that normalisation does not fold."""
    out = {key}
    j = " ".join(key)
    for a, b in (("امريك", "اميرك"), ("اميرك", "امريك")):
        if a in j:
            out.add(tuple(j.replace(a, b).split(" ")))
    # عبد + a definite name is written as one word or two (عبدالملك المخلافي / عبد الملك المخلافي: in the corpus
    # 2,538 joined against 4,089 apart): each spelling of a name also stands for the other
    for k in list(out):
        if "عبد" in k[:-1]:
            w, i = list(k), len(k) - 2
            while i >= 0:
                if w[i] == "عبد" and w[i + 1].startswith("ال") and len(w[i + 1]) > 3:
                    w[i:i + 2] = [w[i] + w[i + 1]]
                i -= 1
            out.add(tuple(w))
        if any(t.startswith("عبدال") and len(t) > 6 for t in k):
            out.add(tuple(x for t in k for x in (("عبد", t[3:]) if t.startswith("عبدال") and len(t) > 6 else (t,))))
    return out


_LONG_VOWELS = re.compile("[اويه]")


def skeleton(norm_token: str) -> str:
    """A normalised word without its long vowels (and final ه) after the first letter: transliterations of
    one foreign name differ mostly there (سالفا / سلفا، بيسكوف / بسكوف)."""
    return norm_token[:1] + _LONG_VOWELS.sub("", norm_token[1:])


_ORDINALS = {normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                                     "التاسع", "العاشر", "عشر", "الأكبر", "الأصغر", "الابن", "الأب")}


_DEMONYM_ENDINGS = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ا")


def demonym_forms(base: str) -> set[str]:
    """Normalised forms of a masculine singular demonym: روسي → روسي روسيه روسيون روسيين روسيان روسيتان. Every word of
    a demonym of two words agrees (كوري شمالي → كوريون شماليون، كوريين شماليين، كورية شمالية)."""
    b = normalize(base)
    out = {b}
    words = b.split()
    if words and all(w.endswith("ي") for w in words):
        for end in _DEMONYM_ENDINGS:
            out.add(" ".join(w + end for w in words))
        if len(words) == 1:
            out.add(b[:-1] + "يون")
        # 'اميركيه', 'اميركيا' etc. covered; the plural in -يون/-يين of nisba: روسيون/روسيين
    return out


def read_homographs(path: Path | None = None) -> tuple[dict[str, frozenset[str]], dict[str, tuple]]:
    """``kb/homographs.tsv``: (form -> words allowed right before a bare form; form -> context rules
    ((kind, words), ...)). Kinds: ``!next`` not the name before these words (القضاء على; ``@num`` among them: before a
    count in digits), ``!prev`` not right
    after them (حركة الطيران), ``!adj`` not right after a definite word, where it is an adjective (السياسة
    الخارجية; the words are exceptions). Cheap to call on its own (no KB build), for other stages' party nouns."""
    path = path or (KB_DIR / "homographs.tsv")
    before: dict[str, frozenset[str]] = {}
    rules: dict[str, tuple] = {}
    if not path.exists():
        return before, rules
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        cols = line.split("\t")
        if len(cols) >= 3 and cols[1].strip().startswith("!"):
            form = normalize(cols[0].strip())
            ws = frozenset(normalize(w.strip()) for w in cols[2].split("|") if w.strip())
            rules[form] = rules.get(form, ()) + ((cols[1].strip(), ws),)
            continue
        form, words = line.split("\t", 1)
        before[normalize(form.strip())] = frozenset(normalize(w) for w in words.split("|") if w.strip())
    return before, rules


def homograph_off(rules: dict, form: str, prev: str | None, nxt: str | None, clitic: bool = False,
                  nxt2: str | None = None) -> bool:
    """Is the normalised ``form`` (a name or party noun, its proclitic read off) a common word here, by the
    context rules of :func:`read_homographs`? ``prev``/``nxt``: normalised words right before/after it in the
    same clause (None across punctuation or at the edge); ``clitic``: the form carried a proclitic (و ب ل ف),
    so the word before it is not its head (only ``!next`` applies). A multi-word form with no rules of its own
    takes the left-context rules of its first word (السياسة الخارجية الأمريكية). ``nxt2``: the word after ``nxt``
    in the same clause, for ``!next2`` (القضاء الكامل على: a listed middle word, then one of the ``!next`` words)."""
    rs = rules.get(form)
    if rs is None and " " in form:
        rs = tuple(r for r in rules.get(form.split(" ", 1)[0], ()) if r[0] != "!next")
    if not rs:
        return False
    if clitic:
        prev = None
    for kind, words in rs:
        if kind == "!next" and nxt is not None and (nxt in words or "@num" in words and nxt[:1].isdigit()):
            return True  # (@num: a count in digits, "كما أسر 5 آخرون")
        if kind == "!next2" and nxt2 is not None and nxt in words and any(
                k == "!next" and nxt2 in ws for k, ws in rs):
            return True
        if kind == "!prev" and prev is not None and (prev in words or len(prev) > 4 and prev[:1] in "وفبل" and (
                prev[1:] in words or prev[1:3] in ("وب", "ول", "فب", "فل") and prev[2:] in words)):
            return True   # (لشركة الطيران، بتشكيل حكومة: the word before with its own proclitic)
        if kind == "!adj" and prev is not None and prev not in words and len(prev) > 3 and (
                prev.startswith(("ال", "لل")) or prev[:1] in "وفبك" and prev[1:3] == "ال"):
            return True
    return False


def _load_jsonl(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return out


def write_jsonl(path: Path, rows: Iterable[dict]) -> None:
    """``rows`` written to ``path`` one JSON object a line, Arabic as written (the form ``_load_jsonl`` reads): the
    generated files (countries.jsonl, places_geo.jsonl)."""
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _load_words(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {normalize(w.strip()) for w in path.read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")}


def _pad(d: str | None, end: bool = False) -> str | None:
    if not d:
        return None
    d = str(d)[:10]
    if len(d) == 4:
        return d + ("-12-31" if end else "-01-01")
    if len(d) == 7:
        return d + ("-28" if end else "-01")
    return d


class KB:
    """Entries, the surface index and the office-holder table."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.by_id: dict[str, int] = {}
        # first token -> list of (rest tuple, [(entry_idx, pri, form_kind)]) longest first
        self.index: dict[str, list[tuple[tuple[str, ...], list]]] = {}
        self.demonyms: dict[str, str] = {}               # normalised form -> iso3
        self.titles: dict[tuple[str, ...], Title] = {}
        self.title_first: dict[str, list[tuple[str, ...]]] = {}
        self.offices: dict[tuple[str, str], list[tuple[str | None, str | None, int]]] = {}
        self.stop: set[str] = set()
        self.given: set[str] = set()
        self.first_names: set[str] = set()               # first tokens of KB person names
        self.name_tokens: set[str] = set()               # every token of KB person names
        self.country_iso: dict[str, int] = {}            # iso3 -> entry idx
        self.files: list[str] = []
        self.skeletons: dict[tuple[str, ...], int | None] = {}  # person name skeletons (None: ambiguous)
        self.demonym_en: dict[str, str] = {}             # iso3 -> English demonym (NORP names)
        self.by_name: dict[str, int] = {}                # normalised org name (any script) -> entry idx
        self.seconds: dict[str, set[str]] = {}          # first token -> second tokens of longer keys
        self.heads: dict[str, list[tuple[tuple[str, ...], str, str | None, str]]] = {}

    # -- building ----------------------------------------------------------------------------------------
    def _add(self, e: Entry) -> int:
        if e.id in self.by_id:
            return self.by_id[e.id]
        self.entries.append(e)
        self.by_id[e.id] = len(self.entries) - 1
        return len(self.entries) - 1

    def _surface(self, form: str, idx: int, kind: str, single_ok: bool = True) -> None:
        key = _norm_tokens(form)
        if not key:
            return
        for k in _variants(key):
            if len(k) == 1 and (k[0] in self.stop or len(k[0]) < 2):
                continue
            if len(k) == 1 and not single_ok:
                continue
            self._raw.setdefault(k, []).append((idx, PRI.get(kind, 9), kind))

    def build(self, files: dict[str, list[Path]]) -> "KB":
        self._raw: dict[tuple[str, ...], list] = {}
        self.stop = _load_words(KB_DIR / "stopnames.txt")
        self.given = _load_words(KB_DIR / "given_names.txt")
        # names that are also common words: the words allowed right before a bare form
        self.homographs, self.homograph_rules = read_homographs(KB_DIR / "homographs.tsv")
        # titles
        for path in files.get("titles", []):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                cols = (line.split("\t") + ["", "", "", "", "", ""])[:6]
                pat, role, sector, _lang, kind, tcountry = (c.strip() for c in cols)
                key = _norm_tokens(pat)
                if not key:
                    continue
                for k in _variants(key):
                    if k not in self.titles:
                        self.titles[k] = Title(pat, role or None, sector or None, kind or ("title" if role else "party"),
                                               tcountry or None)
        # head nouns (heads.tsv): head<TAB>type<TAB>sector<TAB>mode
        for path in files.get("heads", []):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                cols = (line.split("\t") + ["", "", "", ""])[:4]
                key = _norm_tokens(cols[0])
                if key and cols[3].strip():
                    self.heads.setdefault(key[0], []).append((key[1:], cols[1].strip() or "ORG",
                                                              cols[2].strip() or None, cols[3].strip()))
        for lst in self.heads.values():
            lst.sort(key=lambda x: -len(x[0]))
        # countries (+ extra variants merged by iso3)
        countries: dict[str, dict] = {}
        for path in files.get("countries", []):
            for o in _load_jsonl(path):
                iso = o.get("iso3")
                if not iso:
                    continue
                c = countries.setdefault(iso, {"iso3": iso})
                for k, v in o.items():
                    if isinstance(v, list):
                        lst = c.setdefault(k, [])
                        lst.extend(x for x in v if x not in lst)
                    elif v is not None and c.get(k) is None:
                        c[k] = v
        for iso, c in countries.items():
            ar = c.get("ar") or []
            idx = self._add(Entry(f"country:{iso}", "country", "GPE", c.get("name") or iso, ar[0] if ar else None,
                                  iso, c.get("wikidata"), dissolved=c.get("dissolved")))
            self.country_iso[iso] = idx
            for f in ar:
                self._surface(f, idx, "country")
            for f in c.get("en") or []:
                self._surface(f, idx, "country")
            for d in c.get("demonym_ar") or []:
                for form in demonym_forms(d):
                    for k in _variants((form,)):
                        self.demonyms.setdefault(k[0], iso)
            for d in c.get("demonym_plural_ar") or []:  # broken plurals: أتراك، ألمان، إسبان
                for k in _variants((normalize(d),)):
                    self.demonyms.setdefault(k[0], iso)
            for d in c.get("demonym_en") or []:
                self.demonyms.setdefault(normalize(d), iso)
                self.demonym_en.setdefault(iso, d)
        caps = {iso: c for iso, c in countries.items() if c.get("capital_ar")}
        # people
        for path in files.get("people", []):
            for o in _load_jsonl(path):
                name = o.get("name")
                if not name:
                    continue
                ar = o.get("ar") or []
                pid = "person:" + (o.get("wikidata") or re.sub(r"\W+", "_", name.lower()))
                idx = self._add(Entry(pid, "person", "PERSON", name, ar[0] if ar else None, o.get("country"),
                                      o.get("wikidata"), None, list(o.get("roles") or [])))
                e = self.entries[idx]
                for f in ar + list(o.get("ar_short") or []):
                    toks = _norm_tokens(f)
                    if len(toks) >= 2:
                        sk = tuple(skeleton(t) for t in toks)
                        self.skeletons[sk] = idx if self.skeletons.get(sk, idx) == idx else None
                for f in ar:
                    self._surface(f, idx, "person")
                    toks = _norm_tokens(f)
                    # العاهل الأردني / عبد الله الثاني: a title form or an ordinal gives no surname
                    titled = any(toks[:k] in self.titles for k in range(1, min(3, len(toks)) + 1))
                    if len(toks) >= 2 and not titled:
                        self.first_names.add(toks[0])
                        last = toks[-1]
                        if last not in self.demonyms and last not in self.stop and last not in _ORDINALS and \
                                last.removeprefix("ال") not in self.demonyms:
                            e.short_ar.append(last)
                    self.name_tokens.update(toks)
                for f in o.get("en") or []:
                    self._surface(f, idx, "person")
                self._surface(name, idx, "person", single_ok=False)
                for f in o.get("ar_short") or []:
                    self._surface(f, idx, "person_short")
                    self.name_tokens.update(_norm_tokens(f))
                for f in o.get("en_short") or []:
                    self._surface(f, idx, "person_short")
                for r in e.roles:
                    if r.get("role") and r.get("of"):
                        self.offices.setdefault((r["role"], r["of"]), []).append(
                            (_pad(r.get("start")), _pad(r.get("end"), True), idx))
        # organisations
        for path in files.get("orgs", []):
            for o in _load_jsonl(path):
                if not o.get("id") or not o.get("name"):
                    continue
                ar = o.get("ar") or []
                idx = self._add(Entry("org:" + o["id"], "org", o.get("ent") or "ORG", o["name"], ar[0] if ar else None,
                                      o.get("country"), o.get("wikidata"), o.get("type")))
                for f in ar:
                    self._surface(f, idx, "org")
                    if _norm_tokens(f):
                        self.entries[idx].forms.append(_norm_tokens(f))
                for f in [o["name"]] + list(o.get("en") or []) + list(ar):
                    self.by_name.setdefault(" ".join(_norm_tokens(f)), idx)
                for f in o.get("en") or []:
                    self._surface(f, idx, "org")
                self._surface(o["name"], idx, "org", single_ok=False)
                for f in o.get("ar_short") or []:
                    self._surface(f, idx, "org_short")
        # places: hand-curated first, then generated
        place_names: set[tuple[str, ...]] = set()
        for kind, paths in (("place_extra", [p for p in files.get("places", []) if "geo" not in p.name]),
                            ("place_geo", [p for p in files.get("places", []) if "geo" in p.name])):
            for path in paths:
                for o in _load_jsonl(path):
                    if not o.get("name"):
                        continue
                    pid = "place:" + str(o.get("id") or o["name"].lower())
                    idx = self._add(Entry(pid, "place", o.get("type") or "GPE", o["name"],
                                          (o.get("ar") or [None])[0], o.get("country"), o.get("wikidata")))
                    for f in o.get("ar") or []:
                        key = _norm_tokens(f)
                        if kind == "place_geo" and len(key) == 1 and (o.get("population") or 0) < 50000:
                            continue  # small generated places only by full multi-word names
                        place_names.add(key)
                        self._surface(f, idx, kind)
                    for f in list(o.get("en") or []) + [o["name"]]:
                        big = kind == "place_extra" or (o.get("population") or 0) >= 100000
                        self._surface(f, idx, kind, single_ok=big)
        # capitals missing from the places files
        for iso, c in caps.items():
            forms = [f for f in c["capital_ar"] if _norm_tokens(f) not in place_names]
            if not forms or len(forms) < len(c["capital_ar"]):
                continue
            idx = self._add(Entry(f"capital:{iso}", "capital", "GPE", c.get("capital") or forms[0], forms[0], iso))
            for f in forms:
                self._surface(f, idx, "capital")
        # compile; a short form two people share (المالكي) names neither outside a document that names one
        for key, vals in self._raw.items():
            shorts = {v[0] for v in vals if v[2] == "person_short"}
            if len(shorts) > 1:
                vals[:] = [v for v in vals if v[2] != "person_short"]
                if not vals:
                    continue
            vals.sort(key=lambda v: v[1])
            seen, uniq = set(), []
            for v in vals:
                if v[0] not in seen:
                    seen.add(v[0])
                    uniq.append(v)
            self.index.setdefault(key[0], []).append((key[1:], uniq))
        for first, lst in self.index.items():
            lst.sort(key=lambda x: -len(x[0]))
            sec = {rest[0] for rest, _ in lst if rest}
            if sec:
                self.seconds[first] = sec
        for key in self.titles:
            self.title_first.setdefault(key[0], []).append(key[1:])
        for lst in self.title_first.values():
            lst.sort(key=lambda x: -len(x))
        for lst in self.offices.values():
            lst.sort(key=lambda x: x[0] or "")
        del self._raw
        return self

    # -- queries -------------------------------------------------------------------------------------------
    def country_name(self, iso: str) -> tuple[str, str] | None:
        """(English name, first Arabic name) of the country ``iso`` (ISO3), or None when the KB has no such country."""
        idx = self.country_iso.get(iso)
        if idx is None:
            return None
        e = self.entries[idx]
        return e.name, e.name_ar or e.name

    def holder(self, role: str, of: str, date: str | None) -> int | None:
        """The entry index of who held ``role`` of ``of`` on ``date`` (ISO), or None when unknown/ambiguous."""
        cands = self.offices.get((role, of))
        if not cands or not date or role in NEVER_BY_DATE:
            return None
        d = str(date)[:10]
        hits = [(s, e, i) for s, e, i in cands if (s is None or s <= d) and (e is None or d < e)]
        if role not in SINGLE_SEAT and len({h[2] for h in hits}) > 1:
            return None   # الزعيم الروسي on a date with two party leaders in the KB: not one person
        dated = [h for h in hits if h[0] is not None]
        if dated:
            dated.sort(key=lambda h: h[0])
            if len(dated) > 1 and dated[-1][0] == dated[-2][0] and dated[-1][2] != dated[-2][2]:
                return None
            return dated[-1][2]
        if len({h[2] for h in hits}) == 1:
            # undated role: only if it is the one without an end (current) and no dated successor exists
            s, e, i = hits[0]
            if e is not None:
                return i
        return None


def data_files(kb_dir: Path = KB_DIR) -> dict[str, list[Path]]:
    def g(pat):
        return sorted(kb_dir.glob(pat))
    return {"people": g("people*.jsonl"), "orgs": g("orgs*.jsonl"), "countries": g("countries*.jsonl"),
            "places": g("places*.jsonl"), "titles": g("titles*.tsv"), "heads": g("heads*.tsv"),
            "words": [p for p in (kb_dir / "stopnames.txt", kb_dir / "given_names.txt", kb_dir / "homographs.tsv")
                      if p.exists()]}


def normaliser_digest() -> str:
    """A digest of the source of ``lang.ar`` (``normalize``, ``tokenize``): the cached KB and word list hold forms it
    made, so a change of the normaliser (ديموقراط -> ديمقراط) must not reuse a cache built with the old one."""
    from ...lang import ar
    return hashlib.sha1(Path(ar.__file__).read_bytes()).hexdigest()[:12]


def _fingerprint(files: dict[str, list[Path]]) -> str:
    h = hashlib.sha1(CACHE_VERSION.encode())
    h.update(normaliser_digest().encode())
    for k in sorted(files):
        for p in files[k]:
            h.update(p.name.encode())
            h.update(hashlib.sha1(p.read_bytes()).digest())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:20]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "marsad"


def cached(cpath: Path, build, use_cache: bool = True):
    """The object pickled at ``cpath`` (in the user cache dir), else ``build()``'s result, written there for the next
    run (atomically; an unreadable or unwritable cache is rebuilt or skipped, never an error). A falsy result is not
    cached."""
    obj = None
    if use_cache and cpath.exists():
        try:
            with open(cpath, "rb") as f:
                obj = pickle.load(f)
        except Exception:
            obj = None
    if obj is None:
        obj = build()
        if use_cache and obj:
            try:
                cpath.parent.mkdir(parents=True, exist_ok=True)
                tmp = cpath.with_suffix(f".{os.getpid()}.tmp")
                with open(tmp, "wb") as f:
                    pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, cpath)
            except OSError:
                pass
    return obj


_LOADED: dict[str, KB] = {}


def load_kb(kb_dir: Path | str | None = None, *, extra: dict[str, list[Path]] | None = None,
            use_cache: bool | None = None) -> KB:
    """The compiled KB of ``kb_dir`` (default: this package), plus ``extra`` files (tests' fixtures)."""
    kb_dir = Path(kb_dir) if kb_dir else KB_DIR
    files = data_files(kb_dir)
    if kb_dir != KB_DIR:
        # a fixture KB still uses the shipped word lists and titles unless it has its own
        own = data_files(KB_DIR)
        for k in ("titles", "heads"):
            files[k] = files[k] or own[k]
    for k, v in (extra or {}).items():
        files.setdefault(k, [])
        files[k] = files[k] + [Path(p) for p in v]
    fp = _fingerprint(files)
    if fp in _LOADED:
        return _LOADED[fp]
    if use_cache is None:
        use_cache = os.environ.get("MARSAD_NO_CACHE") != "1"
    def build():
        kb = KB().build(files)
        kb.files = [str(p) for v in files.values() for p in v]
        return kb
    kb = cached(_cache_dir() / f"kb-{fp}.pickle", build, use_cache)
    _LOADED[fp] = kb
    return kb
