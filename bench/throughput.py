#!/usr/bin/env python3
"""Throughput of the marsad pipeline on the shared corpus (not part of the test run).

    .venv/bin/python bench/throughput.py [--limit N] [--workers 1 2] [--engines local ray] [--stages ...]

Reads the first N records (default: all 31,525) of the ../shared/data/corpus/*.jsonl.gz files round-robin,
runs the pipeline (local: in-process for 1 worker, a process pool otherwise; ray: Ray Data) and reports
documents/s, words/s, per-stage seconds (local, 1 worker) and the peak memory of the largest worker process
(sampled from /proc). Results are appended to bench/results.jsonl.
"""
from __future__ import annotations

import argparse
import os
import gzip
import itertools
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.engines.local import run_local  # noqa: E402
from marsad.pipeline import DEFAULT_PIPELINE, build  # noqa: E402
from marsad.read.jsonl import record_to_document  # noqa: E402


def iter_records(corpus: Path, limit: int | None):
    """Records of all corpus files round-robin, streamed (nothing is held in memory)."""
    files = sorted(corpus.glob("*.jsonl.gz"))
    streams = [map(json.loads, gzip.open(f, "rt", encoding="utf-8")) for f in files]
    n = 0
    for batch in itertools.zip_longest(*streams):
        for r in batch:
            if r is None:
                continue
            if limit and n >= limit:
                return
            n += 1
            yield r


def iter_documents(corpus: Path, limit: int | None, counter: dict):
    for i, r in enumerate(iter_records(corpus, limit)):
        counter["words"] += len((r.get("title") or "").split()) + len((r.get("text") or "").split())
        yield record_to_document(r, str(i), "bench")


class MemorySampler:
    """Peak resident memory of this process and each descendant (ray workers included), from /proc."""

    def __init__(self, every: float = 0.5):
        import threading

        self.peak: dict[int, int] = {}
        self.every = every
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _children(pid: int) -> list[int]:
        out = []
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    out += [int(x) for x in f.read().split()]
        except OSError:
            pass
        return out

    @staticmethod
    def _rss(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) // 1024
        except OSError:
            pass
        return 0

    def _run(self):
        while not self._stop.is_set():
            todo, seen = [os.getpid()], set()
            while todo:
                pid = todo.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                self.peak[pid] = max(self.peak.get(pid, 0), self._rss(pid))
                todo += self._children(pid)
            self._stop.wait(self.every)

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()

    def report(self) -> dict:
        me = self.peak.get(os.getpid(), 0)
        others = [v for k, v in self.peak.items() if k != os.getpid()]
        return {"peak_rss_mb_main": me, "peak_rss_mb_worker": max(others) if others else me}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/data/corpus")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--engines", nargs="+", default=["local"], choices=("local", "ray"))
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--stages", nargs="+", default=None)
    a = ap.parse_args()
    stages = a.stages or DEFAULT_PIPELINE
    results = []
    for engine in a.engines:
        for w in a.workers:
            counter = {"words": 0}
            docs = iter_documents(a.corpus, a.limit, counter)
            pipe = build(stages) if (w == 1 and engine == "local") else None
            if engine == "ray":
                from marsad.engines.ray_engine import _init_ray, run_ray

                import ray

                if ray.is_initialized():
                    ray.shutdown()
                _init_ray(None, w)
                run = run_ray(docs, workers=w, stage_names=stages)
            else:
                run = run_local(docs, workers=w, stage_names=stages, pipeline=pipe, chunksize=16)
            n = errors = 0
            with MemorySampler() as mem:
                t0 = time.perf_counter()
                for d in run:
                    n += 1
                    errors += bool(d["errors"])
                dt = time.perf_counter() - t0
            res = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": f"{platform.machine()} "
                   f"{os.cpu_count()} cpus", "engine": engine, "documents": n, "workers": w, "stages": stages,
                   "seconds": round(dt, 2), "docs_per_s": round(n / dt, 1), "words_per_s": round(counter["words"] / dt),
                   "docs_with_errors": errors, **mem.report()}
            if pipe is not None:
                res["stage_seconds"] = pipe.report()["seconds"]
            results.append(res)
            print(json.dumps(res, ensure_ascii=False), flush=True)
    with open(ROOT / "bench/results.jsonl", "a", encoding="utf-8") as f:
        for r in results:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
