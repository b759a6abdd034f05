"""``marsad ingest``: read, skip what is stored, run the pipeline in worker processes, write in batches.

The main process reads the inputs and drops every document whose content hash is already stored (or was
already seen in this run) *before* the pipeline runs, so a re-run over the same inputs only reads and
hashes.  Worker processes run the pipeline; the main process is the single writer and commits one
transaction per ``--batch`` documents.  A run killed half-way keeps its committed batches; running the
same command again finishes the rest.

Documents stored with errors (a stage failed on them) are not skipped: given again, they are tried again
and their rows replaced.  ``--reprocess`` re-runs stored documents through the current pipeline and replaces
their extracted rows (after an upgrade of marsad): those among the inputs named, or, with no input named,
every stored article from its stored input text.
"""
from __future__ import annotations

import itertools
import json
import sys
import threading
import time
from collections import defaultdict
from typing import Iterator

from ..record import Doc


class Stats:
    def __init__(self) -> None:
        self.read = 0          # documents the readers gave (failed ones included)
        self.skipped = 0       # already stored, or repeated in this run's input
        self.new = 0           # stored now
        self.replaced = 0      # stored before, processed again and written anew (--reprocess, retries)
        self.failed = 0        # could not be read (kept in the errors table)
        self.error_rows_new = 0  # error rows added now (not recorded by an earlier run)
        self.resolved = 0      # earlier read failures whose source is stored now
        self.with_errors = 0   # stored, with non-fatal errors recorded
        self.stage_seconds: dict[str, float] = defaultdict(float)
        self.t0 = time.perf_counter()

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.t0

    def as_dict(self, writer_seconds: float = 0.0) -> dict:
        s = self.seconds
        return {"read": self.read, "new": self.new, "replaced": self.replaced, "skipped_duplicates": self.skipped,
                "failed": self.failed,
                "error_rows_new": self.error_rows_new, "resolved": self.resolved,
                "stored_with_errors": self.with_errors,
                "seconds": round(s, 3), "docs_per_s": round(self.read / s, 1) if s else None,
                "writer_seconds": round(writer_seconds, 3),
                "stage_seconds": {k: round(v, 3) for k, v in sorted(self.stage_seconds.items())}}

    def summary(self) -> str:
        s = self.seconds
        rate = f"{self.read / s:.1f}" if s > 0 else "-"
        extra = f" ({self.with_errors} stored with errors)" if self.with_errors else ""
        lost = self.read - self.new - self.replaced - self.skipped - self.failed
        if lost > 0:  # interrupted: read but not processed/stored; the next run does them
            extra += f", {lost} not finished"
        again = f"{self.replaced} re-processed, " if self.replaced else ""
        return (f"read {self.read} documents: {self.new} new, {again}{self.skipped} skipped as duplicates, "
                f"{self.failed} failed{extra}; {s:.1f} s, {rate} docs/s")


def stored_documents(db: str, stop: threading.Event | None = None, chunk: int = 256) -> Iterator[Doc]:
    """Every stored article as a fresh document (its stored input text, reader metadata, id, source and
    kind), in ``article_id`` order, read ``chunk`` at a time on a short-lived connection (none is open
    between chunks, so worker processes can be forked and the writer can open the file meanwhile)."""
    import duckdb

    from ..record import new_document

    con = duckdb.connect(db)
    try:
        top = con.execute("SELECT COALESCE(max(article_id), 0) FROM articles").fetchone()[0]
    finally:
        con.close()
    last = 0
    while last < top and not (stop and stop.is_set()):
        con = duckdb.connect(db)
        try:
            rows = con.execute(
                "SELECT a.article_id, a.doc_id, a.source, a.kind, d.text, d.meta FROM articles a "
                "JOIN documents d USING (article_id) WHERE a.article_id > ? AND a.article_id <= ? "
                "ORDER BY a.article_id LIMIT ?", [last, top, chunk]).fetchall()
        finally:
            con.close()
        if not rows:
            return
        for aid, doc_id, source, kind, text, meta in rows:
            last = aid
            yield new_document(doc_id if doc_id is not None else str(aid), text or "", source=source,
                               kind=kind or "txt", meta=json.loads(meta) if meta else {})


def _engine(a, docs: Iterator[Doc], workers: int, stages):
    if getattr(a, "engine", "local") == "ray":
        from ..engines.ray_engine import run_ray

        return run_ray(docs, workers=a.workers if a.workers and a.workers > 0 else None, stage_names=stages,
                       address=getattr(a, "address", None), stage_dir=getattr(a, "stage_dir", None))
    from ..engines.local import run_local

    return run_local(docs, workers=workers, stage_names=stages)


def cmd_ingest(a) -> int:
    import duckdb

    from ..engines.local import default_workers
    from ..read import read_paths
    from ..show import progress_bar
    from .schema import SchemaMismatch
    from .writer import Writer

    stages = getattr(a, "stages", None)
    workers = a.workers if a.workers and a.workers > 0 else default_workers()
    batch_size = max(1, int(getattr(a, "batch", 200) or 200))
    st = Stats()

    reprocess = bool(getattr(a, "reprocess", False))
    paths = list(a.paths or [])
    if not paths and not reprocess:
        print("marsad ingest: name the inputs (PATH...), or re-run what is stored with --reprocess",
              file=sys.stderr)
        return 2
    # Open once up front: creates the schema, reports a locked/foreign database early, loads the hashes.
    try:
        writer = Writer(a.db, reprocess=reprocess)
    except (duckdb.Error, SchemaMismatch) as e:
        hint = " (another process has it open: one ingest at a time per database)" \
            if "lock" in str(e).lower() else ""
        print(f"marsad: cannot open {a.db}: {e}{hint}", file=sys.stderr)
        return 2
    # Skipped before the pipeline runs: content stored already (unless re-processing), or met earlier in
    # this run.  Stored articles a stage failed on are tried again (once) when they are given again.
    seen = set() if reprocess else set(writer.known_hashes())
    retry = set(writer.retry_hashes())
    run_id = writer.start_run(paths, stages, workers)
    if workers > 1:
        # Worker processes are forked when the pipeline starts: fork without an open database (DuckDB
        # runs its own threads); the writer reopens it when the first result comes back.
        writer.close()
        writer = None

    # A process pool reads its input in a feeder thread, as fast as it can: bound what is in flight.  (The
    # Ray engine reads fixed-size chunks in this thread; in-process runs read one document at a time.)
    bounded = getattr(a, "engine", "local") == "local" and workers > 1
    stop = threading.Event()
    inflight = threading.Semaphore(max(64, workers * 32, batch_size * 2))
    show = bool(getattr(a, "progress", True))
    status = "failed"
    failure: BaseException | None = None
    buf: list[Doc] = []

    with progress_bar(show, "ingest") as prog:
        task = prog.add_task("ingest", total=None, info="") if prog else None

        def info() -> str:
            again = f"  again {st.replaced}" if st.replaced else ""
            return f"new {st.new}{again}  dup {st.skipped}  failed {st.failed}"

        def todo() -> Iterator[Doc]:
            # Runs in the pool's feeder thread when workers > 1: only reads, filters and counts here.
            source = read_paths(paths) if paths else stored_documents(a.db, stop)
            for doc in source:
                if stop.is_set():
                    return
                st.read += 1
                if doc.get("kind") != "error":
                    h = doc.get("content_hash")
                    if h in retry:
                        retry.discard(h)  # stored with errors: tried again, once
                    elif h in seen:
                        st.skipped += 1
                        if prog and st.skipped % 100 == 0:
                            prog.update(task, completed=st.read, info=info())
                        continue
                    seen.add(h)
                if bounded:  # the pool's feeder would otherwise read the whole input into memory
                    while not inflight.acquire(timeout=0.2):
                        if stop.is_set():
                            return
                yield doc

        def flush() -> None:
            nonlocal writer
            if not buf:
                return
            if writer is None:
                writer = Writer(a.db, reprocess=reprocess)
            n = writer.write_batch(buf, run_id)
            st.new += n["new"]
            st.replaced += n.get("replaced", 0)
            st.skipped += n["duplicates"]
            st.error_rows_new += n["error_rows_new"]
            st.resolved += n["resolved"]
            st.with_errors += n["with_errors"]
            buf.clear()

        # Start the engine (worker processes, stage setup) only when something is left to process: a re-run
        # over stored inputs only reads and hashes.
        results: Iterator[Doc] = iter(())
        try:
            pending = todo()
            first = next(pending, None)
            if first is not None:
                results = _engine(a, itertools.chain([first], pending), workers, stages)
            for doc in results:
                if bounded:
                    inflight.release()
                if doc.get("kind") == "error":
                    st.failed += 1
                for k, v in (doc.get("stats") or {}).items():
                    if isinstance(v, (int, float)):
                        st.stage_seconds[k] += v
                buf.append(doc)
                if len(buf) >= batch_size:
                    flush()
                if prog:
                    prog.update(task, completed=st.read, info=info())
            flush()
            status = "done"
        except KeyboardInterrupt:
            status = "interrupted"
            try:
                flush()  # what was processed is complete: keep it
            except BaseException:
                pass
        except Exception as e:  # recorded in the runs table, then raised
            failure = e
        finally:
            stop.set()
            close = getattr(results, "close", None)
            if close:
                close()
            if prog:
                prog.update(task, completed=st.read, info=info())

    if writer is None:
        writer = Writer(a.db)
    ws = writer.seconds
    st_dict = st.as_dict(ws)
    if reprocess:
        st_dict["reprocess"] = True
    if failure is not None:
        st_dict["error"] = f"{type(failure).__name__}: {failure}"
    elif getattr(a, "link", True):
        # near-duplicate clusters, stories and canonical events for what is not linked yet (incremental:
        # a killed run's articles are linked by the next run)
        from ..merge.link import link

        try:
            st_dict["link"] = link(writer.con, stories=getattr(a, "stories", True))
        except KeyboardInterrupt:
            status = "interrupted"
    try:
        writer.finish_run(run_id, status, st_dict)
        totals = writer.counts()
    finally:
        writer.close()
    if failure is not None:
        print(f"marsad ingest: failed after {st.summary()}", file=sys.stderr)
        raise failure
    print(f"marsad ingest: {st.summary()}")
    if st_dict.get("link"):
        lk = st_dict["link"]
        print(f"  linked {lk['clustered']} articles into near-duplicate clusters and {lk['storied']} into stories, "
              f"{lk['events_linked']} events into canonical events ({lk['seconds']:.1f} s)")
    print(f"  {a.db}: {totals['articles']} articles, {totals['events']} events, {totals['entities']} entities, "
          f"{totals['quotes']} quotes, {totals['errors']} error records"
          + (f"; writing took {ws:.1f} s" if st.new or st.replaced else ""))
    if status == "interrupted":
        print("marsad ingest: interrupted; run the same command again to finish"
              + (" (--reprocess starts over: what was re-processed is processed again)" if reprocess else ""),
              file=sys.stderr)
        return 130
    if st.read == 0:
        print("marsad: no input documents" if paths else f"marsad: nothing stored in {a.db} to re-process",
              file=sys.stderr)
        return 1
    if st.failed == st.read:
        return 1
    return 0
