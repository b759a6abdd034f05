#!/usr/bin/env python3
"""Score this checkout's pipeline in-process on the project's gold sets (dev/gold): faster than
tools/devscore.py (one model load, no CLI per set), same scorer (../shared/tools/event_score.py).

    .venv/bin/python tools/inproc.py DA DB DC            # one line per set, then pooled
    .venv/bin/python tools/inproc.py -v DM               # with every missed event and false alarm
    .venv/bin/python tools/inproc.py --blind DF DG       # totals only, never -v
    .venv/bin/python tools/inproc.py --src ../wt_x/src DA   # another worktree's source"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ["DA", "DB", "DC", "DD", "DE", "DI", "DJ", "DK", "DL", "DM", "DN", "DU", "DV", "EH", "EI", "EJ"]
BLIND = ["DF", "DG", "DH", "DO", "DP", "DQ", "DR", "DS", "DT", "DW", "DX", "DY", "DZ", "EA", "EB", "EC", "ED", "EE", "EF", "EG", "EK", "EL"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help=f"set names under dev/gold (default: the dev sets {' '.join(DEV)})")
    ap.add_argument("--blind", action="store_true", help=f"score the blind sets ({' '.join(BLIND)}) or those named; totals only")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--src", type=Path, default=ROOT / "src")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args(argv)
    if a.blind and a.verbose:
        ap.error("--blind sets are scored without -v")
    sets = a.sets or (BLIND if a.blind else DEV)
    sys.path[:0] = [str(a.src.resolve()), str(a.shared / "tools"), str(ROOT / "tools")]
    import devgold
    import event_score as es
    from marsad.pipeline import build
    from marsad.read.jsonl import read_json_bytes
    from marsad.record import to_output

    pipe = build()
    tot = {"tp": 0, "fp": 0, "fn": 0}
    for name in sets:
        with tempfile.TemporaryDirectory() as tmp:
            with contextlib.redirect_stdout(io.StringIO()):
                devgold.main(["unpack", str(ROOT / "dev" / "gold" / name), tmp, "--shared", str(a.shared)])
            golds = es.load_golds(Path(tmp))
        outs = []
        for g in golds:
            rec = es.gold_input(g, a.shared)
            doc = list(read_json_bytes(json.dumps(rec, ensure_ascii=False).encode(), "x.json"))[0]
            outs.append(to_output(pipe.run_one(doc)))
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            r = es.score(golds, outs, a.verbose)
        if a.verbose:
            print(buf.getvalue(), end="")
        for k in tot:
            tot[k] += r[k]
        print(f"{name}: P {r['event_precision']:.3f} R {r['event_recall']:.3f} F1 {r['event_f1']:.3f} "
              f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})", flush=True)
    tp, fp, fn = tot["tp"], tot["fp"], tot["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"POOLED: P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
