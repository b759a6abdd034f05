"""Ray Data execution of the same pipeline definition.

Documents travel as JSON strings in one column (their nested, ragged structure does not map well onto
Arrow types); ``map_batches`` runs an actor class that builds the stages once per worker (``setup``) and
processes batches.  Input is consumed in chunks so memory stays bounded on large corpora, and the order of
documents is preserved, so the output equals the local engine's output on the same input.

``address=None`` starts a local Ray instance; ``address="auto"`` or ``"ray://host:10001"`` joins a cluster.
"""
from __future__ import annotations

import itertools
import json
from typing import Iterable, Iterator

from ..record import Doc


class _PipelineWorker:
    def __init__(self, stage_names):
        from ..pipeline import build

        self.pipeline = build(stage_names)

    def __call__(self, batch):
        out = [json.dumps(self.pipeline.run_one(json.loads(s)), ensure_ascii=False) for s in batch["doc"]]
        return {"doc": out}


def _init_ray(address: str | None, workers: int | None):
    import ray

    if not ray.is_initialized():
        kw = {"address": address} if address else {"num_cpus": workers} if workers else {}
        ray.init(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False,
                 configure_logging=False, **kw)
    return ray


def run_ray(docs: Iterable[Doc], workers: int | None = None, stage_names: list[str] | None = None,
            address: str | None = None, batch_size: int = 32, chunk: int = 4000) -> Iterator[Doc]:
    """Run the pipeline on Ray Data; yields processed documents in input order."""
    ray = _init_ray(address, workers)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    n_workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    it = iter(docs)
    while True:
        block = list(itertools.islice(it, chunk))
        if not block:
            break
        ds = ray.data.from_items([{"doc": json.dumps(d, ensure_ascii=False)} for d in block])
        ds = ds.map_batches(_PipelineWorker, fn_constructor_args=(stage_names,), batch_size=batch_size,
                            concurrency=n_workers, num_cpus=1, batch_format="numpy")
        for row in ds.iter_rows():
            yield json.loads(row["doc"])


def write_parquet(docs: Iterable[Doc], workers: int | None, stage_names, address, out_dir: str) -> str:
    """Cluster mode: workers process and write Parquet shards (one JSON column) to ``out_dir``, which
    must be storage all nodes share; one loader then writes DuckDB from the shards."""
    ray = _init_ray(address, workers)
    items = [{"doc": json.dumps(d, ensure_ascii=False)} for d in docs]
    n_workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    ds = ray.data.from_items(items).map_batches(_PipelineWorker, fn_constructor_args=(stage_names,),
                                                batch_size=32, concurrency=n_workers, num_cpus=1,
                                                batch_format="numpy")
    ds.write_parquet(out_dir)
    return out_dir
