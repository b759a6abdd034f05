"""Ray Data execution of the same pipeline definition.

Documents travel as JSON strings in one column (their nested, ragged structure does not map well onto
Arrow types); ``map_batches`` runs an actor class that builds the stages once per worker (``setup``) and
processes batches; workers write Parquet shards and the driver, the single loader, reads them back in
input order for the DuckDB writer.  Input is consumed in chunks so memory stays bounded on large corpora,
and the output equals the local engine's output on the same input.

``address=None`` starts a local Ray instance; ``address="auto"`` or ``"ray://host:10001"`` joins a cluster.
"""
from __future__ import annotations

import itertools
import json
import os
from typing import Iterable, Iterator

from ..record import Doc


class _PipelineWorker:
    def __init__(self, stage_names):
        from ..pipeline import build, worker_gc

        self.pipeline = build(stage_names)
        worker_gc()  # (a Ray worker runs nothing but the pipeline)

    def __call__(self, batch):
        out = [json.dumps(self.pipeline.run_one(json.loads(s)), ensure_ascii=False) for s in batch["doc"]]
        return {"idx": batch["idx"], "doc": out}


def _init_ray(address: str | None, workers: int | None):
    try:
        import ray
    except ImportError:
        raise SystemExit("marsad: --engine ray needs Ray: .venv/bin/pip install -e '.[ray]'") from None

    if not ray.is_initialized():
        kw = {"address": address} if address else {"num_cpus": workers} if workers else {}
        ray.init(ignore_reinit_error=True, include_dashboard=False, log_to_driver=False,
                 configure_logging=False, **kw)
    return ray


def _quiet() -> None:
    """Ray Data configures its own stderr handler (reporting every dataset at INFO) on first use."""
    import logging

    for name in ("ray", "ray.data"):
        for h in logging.getLogger(name).handlers:
            if getattr(h, "stream", None) is not None:
                h.setLevel(logging.WARNING)


def run_ray(docs: Iterable[Doc], workers: int | None = None, stage_names: list[str] | None = None,
            address: str | None = None, batch_size: int = 32, chunk: int = 4000,
            stage_dir: str | None = None) -> Iterator[Doc]:
    """Run the pipeline on Ray Data; yields processed documents in input order.

    Workers write their results as Parquet shards under ``stage_dir`` (a temporary folder by default; on a
    cluster, storage every node shares), and this process, the single loader, reads them back in input
    order for the DuckDB writer.  Input is consumed ``chunk`` documents at a time.
    """
    import shutil
    import tempfile

    import pyarrow.parquet as pq

    ray = _init_ray(address, workers)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    n_workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    root = tempfile.mkdtemp(prefix="marsad-ray-", dir=stage_dir)
    try:
        it = iter(docs)
        for n in itertools.count():
            block = list(itertools.islice(it, chunk))
            if not block:
                break
            out_dir = os.path.join(root, f"chunk-{n:06d}")
            ds = ray.data.from_items([{"idx": i, "doc": json.dumps(d, ensure_ascii=False)}
                                      for i, d in enumerate(block)])
            ds = ds.map_batches(_PipelineWorker, fn_constructor_args=(stage_names,), batch_size=batch_size,
                                concurrency=n_workers, num_cpus=1, batch_format="numpy")
            _quiet()
            ds.write_parquet(out_dir)
            table = pq.read_table(out_dir).sort_by("idx")
            for s in table.column("doc").to_pylist():
                yield json.loads(s)
            shutil.rmtree(out_dir, ignore_errors=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
