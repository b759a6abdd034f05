"""Stages and the pipeline that runs them.

A stage is a small class with ``setup()`` (load data once per worker), ``process(doc) -> doc`` and the
document keys it ``needs`` and ``gives``.  A pipeline is a list of stage *names*; engines (in-process,
process pool, Ray Data) build the stages in each worker with :func:`build` and call :meth:`Pipeline.run`
on batches of plain dict documents, so one definition runs everywhere.
"""
from __future__ import annotations

import gc
import importlib
import time
import traceback
from collections import defaultdict
from contextlib import contextmanager
from typing import Iterable, Iterator

from .record import Doc


class Stage:
    """Base class.  Subclasses set ``name``, ``needs``, ``gives`` and override ``process``."""

    name: str = "stage"
    needs: tuple[str, ...] = ()
    gives: tuple[str, ...] = ()

    def setup(self) -> None:  # load lexicons, models; called once per worker
        pass

    def process(self, doc: Doc) -> Doc:  # pragma: no cover - abstract
        raise NotImplementedError

    def process_batch(self, docs: list[Doc]) -> list[Doc]:
        return [self.process(d) for d in docs]


# name -> "module:Class"; the default pipeline is the list below in this order.
REGISTRY: dict[str, str] = {
    "page": "marsad.page.reader:PageStage",
    "segment": "marsad.lang.segment:SegmentStage",
    "time": "marsad.time.stage:TimeStage",
    "entities": "marsad.entities.stage:EntityStage",
    "events": "marsad.events.stage:EventStage",
    "events_en": "marsad.events_en.stage:EnglishEventStage",
}
DEFAULT_PIPELINE: list[str] = ["page", "segment", "time", "entities", "events", "events_en"]
_GC_THRESHOLD = 100_000  # allocations before a young-generation collection while the pipeline runs (fast_gc)
_gc_depth = 0  # runs of fast_gc now open
_gc_saved: tuple | None = None  # the thresholds before the first of them


@contextmanager
def fast_gc(threshold: int = _GC_THRESHOLD):
    """Collect the garbage less often while the block runs, and restore the collector's thresholds after it.

    A document allocates tens of thousands of short-lived containers (tokens, mentions, groups) and the caches keep
    growing: with the default threshold (700) the young generation is collected ~900 times per 1,000 documents and
    every tenth collection walks the older one too (~5% of the run; 10,000: ~2%; 100,000: ~1%, two collections per
    1,000 documents); the same cycles are collected, less often (output unchanged). The thresholds are process-wide,
    so they are raised only while :meth:`Pipeline.run` runs (or in a worker process that only runs the pipeline:
    :func:`worker_gc`); code the caller runs between two documents of a run shares the raised threshold. Runs may
    overlap (two generators of :meth:`Pipeline.run` consumed in turn): the thresholds saved by the first to start are
    restored when the last one ends."""
    global _gc_depth, _gc_saved
    if _gc_depth == 0:
        _gc_saved = gc.get_threshold()
        if _gc_saved[0] < threshold:
            gc.set_threshold(threshold, *_gc_saved[1:])
    _gc_depth += 1
    try:
        yield
    finally:
        _gc_depth -= 1
        if _gc_depth == 0 and _gc_saved is not None:
            gc.set_threshold(*_gc_saved)


def worker_gc(threshold: int = _GC_THRESHOLD) -> None:
    """Raise the young-generation threshold for good, in a worker process that does nothing but run the pipeline
    (the process pool's and Ray's workers: they call :meth:`Pipeline.run_one` per document)."""
    if gc.get_threshold()[0] < threshold:
        gc.set_threshold(threshold, *gc.get_threshold()[1:])


def _load(name: str) -> Stage | None:
    target = REGISTRY[name]
    mod_name, cls_name = target.split(":")
    try:
        mod = importlib.import_module(mod_name)
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("marsad."):
            return None  # stage not built yet in this checkout
        raise
    return getattr(mod, cls_name)()


class Pipeline:
    def __init__(self, stage_names: Iterable[str] = DEFAULT_PIPELINE):
        self.stages: list[Stage] = []
        for n in stage_names:
            st = _load(n)
            if st is not None:
                self.stages.append(st)
        self._ready = False
        self.seconds: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def setup(self) -> "Pipeline":
        if not self._ready:
            for s in self.stages:
                t0 = time.perf_counter()
                s.setup()
                self.seconds[f"{s.name}.setup"] += time.perf_counter() - t0
            self._ready = True
        return self

    def run_one(self, doc: Doc) -> Doc:
        self.setup()
        if doc.get("kind") == "error":
            self.counts["failed_read"] += 1
            return doc
        for s in self.stages:
            t0 = time.perf_counter()
            try:
                doc = s.process(doc)
            except Exception as e:  # one bad document never stops the run
                doc.setdefault("errors", []).append(
                    f"{doc.get('source') or doc.get('id')}: stage {s.name} failed: {type(e).__name__}: {e}")
                doc.setdefault("stats", {})["traceback"] = traceback.format_exc(limit=5)
                self.counts[f"{s.name}.errors"] += 1
                break
            finally:
                dt = time.perf_counter() - t0
                self.seconds[s.name] += dt
                doc.setdefault("stats", {})[s.name] = round(dt, 6)
        self.counts["documents"] += 1
        return doc

    def run(self, docs: Iterable[Doc]) -> Iterator[Doc]:
        with fast_gc():  # (the collector's thresholds are restored when the run ends or is closed)
            for d in docs:
                yield self.run_one(d)

    def report(self) -> dict:
        """Per-stage seconds and counters, for --stats and benchmarks."""
        return {"seconds": {k: round(v, 3) for k, v in self.seconds.items()}, "counts": dict(self.counts)}


def build(stage_names: Iterable[str] | None = None) -> Pipeline:
    return Pipeline(stage_names or DEFAULT_PIPELINE).setup()
