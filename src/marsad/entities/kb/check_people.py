"""Validate people*.jsonl files of the knowledge base (format in docs/kb.md).

Usage: python -m marsad.entities.kb.check_people [FILE ...]
(defaults to every people*.jsonl beside this script). Exits 1 on any error.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pycountry

ROLES = set("""president vice_president prime_minister king emir sultan crown_prince supreme_leader
head_of_state chancellor foreign_minister defence_minister interior_minister finance_minister
national_security_advisor government_spokesperson foreign_ministry_spokesperson central_bank_governor
army_chief intelligence_chief speaker_of_parliament secretary_general envoy leader opposition_leader
commander mayor governor minister presidential_aide prosecutor senator""".split())
KEYS = {"name", "ar", "ar_short", "en", "en_short", "wikidata", "country", "roles"}
# short forms that are common words or very common given names: never allowed alone
BANNED_SHORT = {"عباس", "علي", "حسن", "حسين", "صالح", "محمد", "أحمد", "احمد", "عبد الله", "عبدالله",
                "خالد", "عمر", "سعيد", "محمود", "إبراهيم", "ابراهيم", "يوسف", "مصطفى", "عثمان",
                "سلمان", "فيصل", "حمد", "سعد", "ناصر", "جمال", "كمال", "سالم", "بشير", "عمار",
                "طلال", "نبيل", "عادل", "سامي", "كريم", "مالك", "نصر", "جعفر", "هادي", "الأمين"}
USER_ASSIGNED = {"XKX"}  # Kosovo: user-assigned code in wide use (EU, IMF), not in ISO 3166-1
ARABIC = re.compile(r"[\u0600-\u06FF]")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
QID = re.compile(r"^Q[1-9]\d*$")


def is_iso3(code: str) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isupper() and (
        code in USER_ASSIGNED or pycountry.countries.get(alpha_3=code) is not None)


def check_file(path: Path, seen: dict) -> list[str]:
    errs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        if not line.strip():
            errs.append(f"{where}: empty line")
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"{where}: bad JSON ({e})")
            continue
        missing = KEYS - o.keys()
        if missing:
            errs.append(f"{where}: missing keys {sorted(missing)}")
            continue
        name = o["name"]
        if name in seen:
            errs.append(f"{where}: duplicate name {name!r} (also {seen[name]})")
        seen[name] = where
        for k in ("ar", "ar_short", "en", "en_short"):
            if not isinstance(o[k], list) or not all(isinstance(x, str) and x.strip() for x in o[k]):
                errs.append(f"{where}: {k} must be a list of non-empty strings")
        if not o["ar"]:
            errs.append(f"{where}: no Arabic form")
        for k in ("ar", "ar_short"):
            for x in o[k]:
                if not ARABIC.search(x) or re.search(r"[A-Za-z]", x):
                    errs.append(f"{where}: {k} value not Arabic: {x!r}")
        for x in o["ar_short"]:
            if x in BANNED_SHORT:
                errs.append(f"{where}: ar_short too common: {x!r}")
        for k in ("en", "en_short"):
            for x in o[k]:
                if ARABIC.search(x):
                    errs.append(f"{where}: {k} value contains Arabic: {x!r}")
        if o["wikidata"] is not None and not QID.match(str(o["wikidata"])):
            errs.append(f"{where}: bad wikidata id {o['wikidata']!r}")
        if not is_iso3(o["country"]):
            errs.append(f"{where}: bad country {o['country']!r}")
        if not isinstance(o["roles"], list) or not o["roles"]:
            errs.append(f"{where}: roles must be a non-empty list")
            continue
        for r in o["roles"]:
            if r.get("role") not in ROLES:
                errs.append(f"{where}: unknown role {r.get('role')!r}")
            of = r.get("of")
            if not (is_iso3(of) or (isinstance(of, str) and SLUG.match(of))):
                errs.append(f"{where}: bad 'of' {of!r}")
            s, e = r.get("start"), r.get("end")
            for d in (s, e):
                if d is not None and not DATE.match(str(d)):
                    errs.append(f"{where}: bad date {d!r}")
            if s and e and DATE.match(s) and DATE.match(e):
                # compare on the common prefix so 2014 vs 2014-08-28 is fine
                k = min(len(s), len(e))
                if s[:k] > e[:k]:
                    errs.append(f"{where}: start {s} after end {e} ({r.get('role')})")
            if s and str(s)[:4] > "2026" or e and str(e)[:4] > "2026":
                errs.append(f"{where}: date in the future {s}/{e}")
    return errs


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(Path(__file__).parent.glob("people*.jsonl"))
    seen: dict = {}
    errs = []
    total = 0
    for f in files:
        errs += check_file(f, seen)
        total += sum(1 for l in f.read_text(encoding="utf-8").splitlines() if l.strip())
    for e in errs:
        print(e)
    print(f"{total} people in {len(files)} file(s), {len(errs)} error(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
