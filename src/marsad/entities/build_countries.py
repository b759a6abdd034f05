"""Generate ``kb/countries.jsonl`` from pycountry (ISO 3166-1 codes) and CLDR (babel) territory names.

Every ISO 3166-1 country or territory gets a line with its codes, its CLDR English and Arabic names, and
whatever the hand-curated ``kb/countries_extra.jsonl`` adds (news spelling variants, demonyms, capitals,
capital metonyms, Wikidata ids).  Entries of the extra file whose code is not in ISO 3166-1 (Kosovo, XKX)
are appended as they are.  Re-run after editing the extra file::

    python -m marsad.entities.build_countries
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from marsad.entities.kb import write_jsonl

KB = Path(__file__).resolve().parent / "kb"
EXTRA = KB / "countries_extra.jsonl"
OUT = KB / "countries.jsonl"

_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")
FIELDS = ("iso3", "iso2", "wikidata", "name", "ar", "en", "demonym_ar", "demonym_plural_ar", "demonym_en", "capital",
          "capital_ar", "metonyms_ar")


def _clean_cldr(name: str | None) -> list[str]:
    """CLDR names usable as news mentions: ``ميانمار (بورما)`` → ميانمار, بورما; names with a dash
    qualifier (``الكونغو - كينشاسا``) or a long administrative qualifier are left to the extra file."""
    if not name:
        return []
    if " - " in name:
        return []
    out = []
    inner = _PAREN.findall(name)
    base = _PAREN.sub(" ", name).strip()
    if base:
        out.append(base)
    for s in inner:
        s = s.strip()
        if s and len(s.split()) <= 2 and "منطقة" not in s and "SAR" not in s:
            out.append(s)
    return out


def _uniq(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def load_extra(path: Path = EXTRA) -> dict[str, dict]:
    extra = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            d = json.loads(line)
            if d["iso3"] in extra:
                raise ValueError(f"{path.name}:{n}: duplicate {d['iso3']}")
            extra[d["iso3"]] = d
    return extra


def build() -> list[dict]:
    import babel
    import pycountry

    ar_names = babel.Locale("ar").territories
    en_names = babel.Locale("en").territories
    extra = load_extra()
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
        x = extra.pop(c.alpha_3, {})
        cldr_en = _clean_cldr(en_names.get(c.alpha_2))
        name = x.get("name") or (cldr_en[0] if cldr_en else None) or getattr(c, "common_name", None) or c.name
        en = _uniq([name] + cldr_en + [getattr(c, "common_name", None), c.name,
                                       getattr(c, "official_name", None)] + x.get("en", []))
        en = [e for e in en if "," not in e]          # "Korea, Republic of" is an index form, not a name
        rows.append({
            "iso3": c.alpha_3, "iso2": c.alpha_2, "wikidata": x.get("wikidata"), "name": name,
            "ar": _uniq(_clean_cldr(ar_names.get(c.alpha_2)) + x.get("ar", [])),
            "en": en,
            "demonym_ar": x.get("demonym_ar", []), "demonym_plural_ar": x.get("demonym_plural_ar", []),
            "demonym_en": x.get("demonym_en", []),
            "capital": x.get("capital"), "capital_ar": x.get("capital_ar", []),
            "metonyms_ar": x.get("metonyms_ar", []),
        })
    for iso3, x in sorted(extra.items()):             # codes outside ISO 3166-1 (XKX)
        rows.append({"iso3": iso3, "iso2": x.get("iso2"), "wikidata": x.get("wikidata"),
                     "name": x.get("name", iso3), "ar": _uniq(x.get("ar", [])),
                     "en": _uniq([x.get("name")] + x.get("en", [])),
                     "demonym_ar": x.get("demonym_ar", []), "demonym_plural_ar": x.get("demonym_plural_ar", []),
                     "demonym_en": x.get("demonym_en", []), "capital": x.get("capital"), "capital_ar": x.get("capital_ar", []),
                     "metonyms_ar": x.get("metonyms_ar", [])})
    for r in rows:
        if not r["ar"]:
            raise ValueError(f"{r['iso3']}: no Arabic name")
    return [{k: r[k] for k in FIELDS} for r in rows]


def main(argv=None) -> int:
    rows = build()
    write_jsonl(OUT, rows)
    print(f"wrote {len(rows)} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
