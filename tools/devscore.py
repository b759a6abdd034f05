#!/usr/bin/env python3
"""Score the CLI on the project's own gold sets (dev/gold), one line per set and pooled.

    python3 tools/devscore.py DA DB DC DD DE            # development sets
    python3 tools/devscore.py --blind DF DG DH          # blind sets: totals only, never -v
    python3 tools/devscore.py -v DA                     # with every missed event and false alarm

Each set is unpacked (tools/devgold.py, needs ../shared) into a temporary folder and scored with
../shared/tools/event_score.py through `--marsad` (default: this checkout's source with .venv's Python)."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import devgold  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="set names under dev/gold (DA ...) or folders")
    ap.add_argument("--blind", action="store_true", help="print totals only")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--shared", type=Path, default=devgold.SHARED)
    ap.add_argument("--marsad", default=f"env OMP_NUM_THREADS=1 PYTHONPATH={ROOT / 'src'} {ROOT / '.venv/bin/python'} -m marsad")
    a = ap.parse_args(argv)
    if a.blind and a.verbose:
        ap.error("--blind sets are scored without -v")
    tp = fp = fn = 0
    for name in a.sets:
        src = Path(name) if Path(name).is_dir() else ROOT / "dev" / "gold" / name
        with tempfile.TemporaryDirectory() as tmp:
            devgold.main(["unpack", str(src), tmp, "--shared", str(a.shared)])
            cmd = [sys.executable, str(a.shared / "tools" / "event_score.py"), "--gold", tmp, "--marsad", a.marsad]
            p = subprocess.run(cmd + (["-v"] if a.verbose else []), capture_output=True, text=True, cwd=ROOT)
        if p.returncode != 0:
            print(f"{src.name}: scoring failed: {p.stderr[-1000:]}", file=sys.stderr)
            return 1
        lines = p.stdout.strip().splitlines()
        res = json.loads(lines[-1])
        if a.verbose:
            print("\n".join(lines[:-1]))
        tp, fp, fn = tp + res["tp"], fp + res["fp"], fn + res["fn"]
        keys = ("event_precision", "event_recall", "event_f1", "tp", "fp", "fn") if a.blind else tuple(res)
        print(src.name, json.dumps({k: res[k] for k in keys}, ensure_ascii=False))
    p_ = tp / (tp + fp) if tp + fp else 0.0
    r_ = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
    print(f"pooled P {p_:.3f} R {r_:.3f} F1 {f1:.3f} tp {tp} fp {fp} fn {fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
