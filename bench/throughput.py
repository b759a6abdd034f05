#!/usr/bin/env python3
"""Throughput of the marsad pipeline on the shared corpus (not part of the test run).

    .venv/bin/python bench/throughput.py [--limit N] [--workers 1 2] [--stages page segment ...]

Reads the first N records of each ../shared/data/corpus/*.jsonl.gz file round-robin, runs the pipeline
(in-process for 1 worker, a process pool otherwise) and reports documents/s, words/s, per-stage seconds
(1 worker) and peak memory per process. Results are appended to bench/results.jsonl.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import platform
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.engines.local import run_local  # noqa: E402
from marsad.pipeline import DEFAULT_PIPELINE, build  # noqa: E402
from marsad.read.jsonl import record_to_document  # noqa: E402


def load_records(corpus: Path, limit: int) -> list[dict]:
    files = sorted(corpus.glob("*.jsonl.gz"))
    streams = [map(json.loads, gzip.open(f, "rt", encoding="utf-8")) for f in files]
    out = []
    for batch in itertools.zip_longest(*streams):
        out.extend(r for r in batch if r is not None)
        if len(out) >= limit:
            break
    return out[:limit]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/corpus")
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stages", nargs="+", default=None)
    a = ap.parse_args()
    recs = load_records(a.corpus, a.limit)
    words = sum(len((r.get("title") or "").split()) + len((r.get("text") or "").split()) for r in recs)
    stages = a.stages or DEFAULT_PIPELINE
    results = []
    for w in a.workers:
        docs = [record_to_document(r, str(i), "bench") for i, r in enumerate(recs)]
        pipe = build(stages) if w == 1 else None
        t0 = time.perf_counter()
        n = errors = 0
        for d in run_local(iter(docs), workers=w, stage_names=stages, pipeline=pipe, chunksize=16):
            n += 1
            errors += bool(d["errors"])
        dt = time.perf_counter() - t0
        res = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": f"{platform.machine()} {platform.processor()}"
               f" {__import__('os').cpu_count()} cpus", "documents": n, "workers": w, "stages": stages,
               "seconds": round(dt, 2), "docs_per_s": round(n / dt, 1), "words_per_s": round(words / dt),
               "docs_with_errors": errors,
               "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
               "peak_rss_mb_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}
        if pipe is not None:
            res["stage_seconds"] = pipe.report()["seconds"]
        results.append(res)
        print(json.dumps(res, ensure_ascii=False))
    with open(ROOT / "bench/results.jsonl", "a", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
