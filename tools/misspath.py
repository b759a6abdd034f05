#!/usr/bin/env python3
"""Where the required gold events the coder misses entirely stop: counts only, safe on blind sets.

    .venv/bin/python tools/misspath.py DA DB DC            # development sets: counts by cause and by type
    .venv/bin/python tools/misspath.py --show DA           # with each miss (refused for the blind sets)

A required gold event counts here when no factual system event of any of its types exists in the document (the
"absent" class of tools/errclass.py, seen from inside the event stage). For the sentence holding its evidence the
pipeline is traced in-process: no_trigger (no trigger of the type in the sentence), event_none (a trigger, but
stage._event built nothing), veto / weak (built, then vetoed by the ASSAULT/PROTEST sentence classifier or left
without sides), dropped_later (built and kept by the sentence, removed by a document-level step), nonfactual (kept as
negated or hypothetical), noevid (the evidence is not in the input)."""
from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "src"))
import devgold  # noqa: E402
from errclass import BLIND, _scorer  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="set names under dev/gold")
    ap.add_argument("--show", action="store_true", help="list each miss (development sets only)")
    ap.add_argument("--shared", type=Path, default=devgold.SHARED)
    a = ap.parse_args(argv)
    if a.show and BLIND & set(a.sets):
        ap.error(f"--show is refused for the blind sets ({', '.join(sorted(BLIND & set(a.sets)))})")
    es = _scorer(a.shared)
    from marsad import pipeline
    from marsad.events.stage import EventStage
    from marsad.read.jsonl import read_json_bytes
    from marsad.record import to_output

    trig_log, ev_log = [], []
    o_ev, o_tr = EventStage._event, EventStage._triggers

    def triggers(self, st):
        res = o_tr(self, st)
        trig_log.extend((m.value.type, st.toks[m.start_tok].start) for m in res)
        return res

    def event(self, *args):
        e = o_ev(self, *args)
        st, m = args[3], args[4]
        ev_log.append((m.value.type, st.toks[m.start_tok].start, e))
        return e

    EventStage._event, EventStage._triggers = event, triggers
    try:
        pipe = pipeline.build()
        causes, by_type = collections.Counter(), collections.defaultdict(collections.Counter)
        for name in a.sets:
            with tempfile.TemporaryDirectory() as tmp:
                devgold.main(["unpack", str(ROOT / "dev" / "gold" / name), tmp, "--shared", str(a.shared)])
                for f in sorted(Path(tmp).glob("*.json")):
                    g = json.loads(f.read_text(encoding="utf-8"))
                    rec = es.gold_input(g)
                    trig_log.clear()
                    ev_log.clear()
                    doc = pipe.run_one(next(read_json_bytes(json.dumps(rec, ensure_ascii=False).encode(), str(f))))
                    text, spans = doc.get("text") or "", doc.get("sentences") or []
                    out = to_output(doc)
                    ents = {str(e.get("id")): e for e in out.get("entities") or []}
                    factual = [e for e in out.get("events") or [] if es.factual(e)]
                    for ge in g.get("events") or []:
                        if not ge.get("required") or any(es.event_matches(ge, e, ents) for e in factual) \
                                or any(e.get("type") in ge["type"] for e in factual):
                            continue
                        i = text.find(ge["evidence"])
                        if i < 0:
                            cause = "noevid"
                        else:
                            lo, hi = next(((s, e) for s, e in (tuple(x) if not isinstance(x, dict) else (x["start"], x["end"])
                                                               for x in spans) if s <= i < e), (i, i + len(ge["evidence"])))
                            inside = lambda o: lo <= o < hi  # noqa: E731
                            built = [x[2] for x in ev_log if x[0] in ge["type"] and inside(x[1]) and x[2]]
                            if any(e["type"] in ge["type"] and inside(e["trigger"]["start"]) for e in doc.get("events") or []):
                                cause = "nonfactual"
                            elif not any(t in ge["type"] and inside(o) for t, o in trig_log):
                                cause = "no_trigger"
                            elif not built:
                                cause = "event_none"
                            elif any(e.get("_veto") for e in built):
                                cause = "veto"
                            elif all(e.get("_weak") for e in built):
                                cause = "weak"
                            else:
                                cause = "dropped_later"
                        causes[cause] += 1
                        by_type[ge["type"][0]][cause] += 1
                        if a.show:
                            print(g["id"], ge["type"][0], cause, "|", ge["evidence"][:80])
    finally:
        EventStage._event, EventStage._triggers = o_ev, o_tr
    print("required misses with no event of the type:", json.dumps(dict(causes)))
    for t, c in sorted(by_type.items()):
        print(" ", t, json.dumps(dict(c)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
