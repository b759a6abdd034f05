#!/usr/bin/env python3
"""Count misses and false alarms of the CLI on gold sets by cause, with no example printed.

    python3 tools/errclass.py DA DB ...        # development sets
    python3 tools/errclass.py DF DG ...        # blind sets: only the counts, never the sentences

A miss (required gold event no factual system event matches) is put in the first class that fits:
nonfactual (a system event matches but is negated or hypothetical), taken (the system event that matches went to
another gold event: two gold events told as one), date (matches but for the date),
recipients (type and actors match, recipients do not), actors (type and recipients match, actors do not),
parties (an event of the type exists, neither side matches), other_type (an event with the gold's parties
exists under another type), absent (nothing of the type in the document).
A false alarm (factual system event matching no gold event) is: date (a gold event matches but for the date),
gold_type (the document has a gold event of its type: wrong parties), optional_shadow (matches a gold event
already taken), empty_doc (the gold has no events), other (the gold has events, none of this type)."""
from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import devgold  # noqa: E402


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("event_score", shared / "tools" / "event_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BLIND = {"DF", "DG", "DH", "DO", "DP", "DQ", "DR", "DS", "DT", "DW", "DX", "DY", "DZ", "EA", "EB", "EC", "ED", "EE", "EF", "EG", "EK", "EL"}


def classify(es, golds, outs, miss, fa, by_type, show=None):
    for g, o in zip(golds, outs):
        ents = {str(e.get("id")): e for e in (o.get("entities") or []) if isinstance(e, dict)}
        allev = [e for e in (o.get("events") or []) if isinstance(e, dict)]
        sys_events = [e for e in allev if es.factual(e)]
        used: set[int] = set()
        for ge in sorted(g["events"], key=lambda x: not x["required"]):
            hit = next((i for i, e in enumerate(sys_events) if i not in used and es.event_matches(ge, e, ents)), None)
            if hit is not None:
                used.add(hit)
                continue
            if not ge["required"]:
                continue
            same = [e for e in sys_events if e.get("type") in ge["type"]]
            acts = lambda e: [es.party_names(p, ents) for p in (e.get("actors") or [])]
            recs = lambda e: [es.party_names(p, ents) for p in (e.get("recipients") or [])]
            if any(es.event_matches(ge, e, ents) for e in allev if not es.factual(e)):
                c = "nonfactual"
            elif any(es.event_matches(dict(ge, date=None), e, ents) for e in sys_events):
                c = "taken" if not ge.get("date") else "date" + _date_kind(ge["date"], [e.get("date") for e in sys_events if es.event_matches(dict(ge, date=None), e, ents)], g)
            elif any(es.parties_match(ge["actors"], acts(e)) for e in same):
                c = "recipients"
            elif any(es.parties_match(ge["recipients"], recs(e)) for e in same):
                c = "actors"
            elif same:
                c = "parties"
            elif any(es.event_matches(dict(ge, type=[e.get("type")], date=None), e, ents) for e in sys_events):
                c = "other_type:" + "/".join(sorted({str(e.get("type")) for e in sys_events if es.event_matches(
                    dict(ge, type=[e.get("type")], date=None), e, ents)}))
            else:
                c = "absent"
            miss[c.split(":")[0] if c.startswith("other_type") else c] += 1
            if show and c.startswith(show):
                print(f"{g['id']} miss {c} {ge['type'][0]} {ge.get('date')} pub {g.get('published_date')} | {ge.get('evidence', '')[:90]}")
            by_type[ge["type"][0]][c.split(":")[0] if c.startswith("other_type") else c] += 1
        for i, e in enumerate(sys_events):
            if i in used:
                continue
            if any(es.event_matches(dict(ge, date=None), e, ents) for ge in g["events"]):
                c = "date" + _date_kind(e.get("date"), [ge.get("date") for ge in g["events"] if es.event_matches(dict(ge, date=None), e, ents)], g) if not any(es.event_matches(ge, e, ents) for ge in g["events"]) else "optional_shadow"
            elif not g["events"]:
                c = "empty_doc"
            elif any(e.get("type") in ge["type"] for ge in g["events"]):
                c = "gold_type"
            else:
                c = "other"
            fa[c] += 1
            if show and c.startswith(show):
                print(f"{g['id']} false {c} {e.get('type')} {e.get('date')} pub {g.get('published_date')} | {str(e.get('sentence', ''))[:90]}")
            by_type["fa:" + str(e.get("type"))][c] += 1


def _date_kind(want, got, g) -> str:
    """How a date differs: :none (one side has none), :pub (one side is the publication day), :1 (a day apart), :far."""
    import datetime as dt
    got = [str(x or "")[:10] for x in got]
    if not want or not any(got):
        return ":none"
    pub = str(g.get("published_date") or "")[:10]
    if pub in got or str(want)[:10] == pub:
        kind = ":pub"
    else:
        kind = ""
    try:
        d = min(abs((dt.date.fromisoformat(str(want)[:10]) - dt.date.fromisoformat(x)).days) for x in got if x)
    except ValueError:
        return kind + ":bad"
    return kind + (":1" if d == 1 else ":far")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--shared", type=Path, default=devgold.SHARED)
    ap.add_argument("--by-type", action="store_true")
    ap.add_argument("--show", metavar="CLASS", help="print the cases of a class (development sets only)")
    a = ap.parse_args(argv)
    if a.show and BLIND & {Path(n).name for n in a.sets}:
        ap.error("--show is not for the blind sets")
    es = _scorer(a.shared)
    cmd = ["env", "OMP_NUM_THREADS=1", f"PYTHONPATH={ROOT / 'src'}", str(ROOT / ".venv/bin/python"), "-m", "marsad"]
    miss, fa = collections.Counter(), collections.Counter()
    by_type = collections.defaultdict(collections.Counter)
    for name in a.sets:
        src = Path(name) if Path(name).is_dir() else ROOT / "dev" / "gold" / name
        with tempfile.TemporaryDirectory() as tmp:
            devgold.main(["unpack", str(src), tmp, "--shared", str(a.shared)])
            golds = es.load_golds(Path(tmp))
            recs = [es.gold_input(g, a.shared) for g in golds]
            outs, _ = es.run_extract(cmd, recs)
        classify(es, golds, outs, miss, fa, by_type, a.show)
    print("misses", sum(miss.values()), json.dumps(dict(miss.most_common())))
    print("false alarms", sum(fa.values()), json.dumps(dict(fa.most_common())))
    if a.by_type:
        for t in sorted(by_type):
            print(" ", t, json.dumps(dict(by_type[t].most_common())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
