"""In-process and process-pool execution of one pipeline definition.

Each worker process builds the stages once (``setup``) and processes chunks of plain-dict documents;
results come back in input order.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from typing import Iterable, Iterator

from ..pipeline import Pipeline, build, worker_gc
from ..record import Doc

_worker_pipeline: Pipeline | None = None


def _init(stage_names):
    global _worker_pipeline
    _worker_pipeline = build(stage_names)
    worker_gc()  # (a pool worker runs nothing but the pipeline)


def _work(doc: Doc) -> Doc:
    assert _worker_pipeline is not None
    return _worker_pipeline.run_one(doc)


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run_local(docs: Iterable[Doc], workers: int = 1, stage_names: list[str] | None = None,
              pipeline: Pipeline | None = None, chunksize: int = 8) -> Iterator[Doc]:
    """Run the pipeline over ``docs``; ``workers`` > 1 uses that many processes."""
    if workers <= 1:
        p = pipeline or build(stage_names)
        yield from p.run(docs)
        return
    ctx = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    it = iter(docs)
    window = max(chunksize * workers * 8, 256)  # bounded read-ahead: Pool.imap would consume all input
    with ctx.Pool(workers, initializer=_init, initargs=(stage_names,)) as pool:
        while True:
            block = list(itertools.islice(it, window))
            if not block:
                break
            yield from pool.imap(_work, block, chunksize=chunksize)
