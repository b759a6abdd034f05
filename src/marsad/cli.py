"""marsad command line: extract, ingest, articles, events, errors, eval, demo."""
from __future__ import annotations

import argparse
import json
import sys

from . import __version__


def cmd_extract(a) -> int:
    from .engines.local import run_local
    from .read import read_paths
    from .record import to_output
    from .show import progress_bar

    out = sys.stdout
    n = ok = 0
    records = []
    show = a.progress or (a.progress is None and sys.stderr.isatty())
    with progress_bar(show, "extract") as prog:
        task = prog.add_task("extract", total=None, info="") if prog else None
        for doc in run_local(read_paths(a.paths), workers=a.workers, stage_names=a.stages):
            n += 1
            if not doc["errors"] or doc.get("kind") != "error":
                ok += doc.get("kind") != "error"
            for e in doc["errors"]:
                print(f"marsad: {e}", file=sys.stderr)
            rec = to_output(doc, with_timex=a.times)
            if a.format == "jsonl":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                records.append(rec)
            if prog:
                prog.update(task, advance=1)
    if a.format == "json":
        json.dump(records if len(records) != 1 else records[0], out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif a.format == "pretty":
        from .show import pretty

        for rec in records:
            pretty(rec)
    if n == 0:
        print("marsad: no input documents", file=sys.stderr)
        return 1
    return 0 if ok else 1


def _lazy(module: str, func: str):
    def run(a):
        import importlib

        return getattr(importlib.import_module(module), func)(a)

    return run


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="marsad", description="Political events from raw Arabic and English "
                                 "news pages: read, extract, store, query.")
    ap.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("extract", help="read pages/records and print one JSON record per document")
    p.add_argument("paths", nargs="+", help="files, folders (recursive) or - for stdin: .txt page dumps, "
                   ".html/.htm pages, .jsonl/.jsonl.gz corpus records, .json. Each record's id: a record's own "
                   "id; else the file's path inside the folder named (its name when the file itself is "
                   "named), with :LINE for records of JSONL files")
    p.add_argument("--format", choices=("jsonl", "json", "pretty"), default="jsonl")
    p.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    p.add_argument("--stages", nargs="+", default=None, help="run only these stages (default: all)")
    p.add_argument("--times", action="store_true", help="also output the time expressions found")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on stderr (default: when stderr is a terminal)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="run the pipeline and store results in a DuckDB database",
                       description="Run the pipeline and store the results in a DuckDB database. Content "
                       "already stored is skipped, except documents a stage failed on, which are tried again.")
    p.add_argument("paths", nargs="*", help="files, folders (recursive) or - for stdin, as for extract "
                   "(none with --reprocess: every stored article)")
    p.add_argument("--db", required=True, help="DuckDB file (created if missing)")
    p.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local processes (default) or Ray Data (needs the ray extra)")
    p.add_argument("--address", default=None, help="Ray cluster address (with --engine ray)")
    p.add_argument("--stage-dir", default=None, help="where Ray workers write Parquet shards (with --engine "
                   "ray; on a cluster, storage all nodes share; default: a temporary folder)")
    p.add_argument("--batch", type=int, default=500, help="documents per database transaction")
    p.add_argument("--stages", nargs="+", default=None, help="run only these stages (default: all)")
    p.add_argument("--link", action=argparse.BooleanOptionalAction, default=True,
                   help="after storing, link near-duplicates, stories and canonical events (default: on)")
    p.add_argument("--stories", action=argparse.BooleanOptionalAction, default=True,
                   help="group articles into stories with multilingual embeddings (default: on)")
    p.add_argument("--reprocess", action="store_true",
                   help="re-run documents already stored through the current pipeline and replace their "
                   "entities, events, quotes and links (after upgrading marsad): those among PATH..., or "
                   "every stored article (from its stored input text) when no PATH is given")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=True,
                   help="progress on stderr (default: on)")
    p.set_defaults(func=_lazy("marsad.store.ingest", "cmd_ingest"))

    for name, what in (("articles", "articles"), ("events", "events")):
        p = sub.add_parser(name, help=f"query stored {what}")
        p.add_argument("--db", required=True)
        p.add_argument("--outlet")
        p.add_argument("--actor", help="actor name (Arabic or English, substring)")
        p.add_argument("--country", help="ISO alpha-3 (or alpha-2) country of a party")
        p.add_argument("--type", help="PLOVER event type")
        p.add_argument("--since", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
        p.add_argument("--until", help="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)")
        p.add_argument("--text", help="substring of the headline/body or sentence")
        p.add_argument("--limit", type=int, default=50, help="at most N rows, newest first (default 50)")
        p.add_argument("--format", choices=("table", "json", "csv"), default="table")
        if name == "events":
            p.add_argument("--mentions", action="store_true", help="every mention, not canonical events")
            p.add_argument("--claims", action="store_true",
                           help="only events told as having happened between named parties: not negated, "
                           "hypothetical, historical (background) or partial (no doer, or no target where the "
                           "type needs one); without it every reading is listed, flagged")
        p.set_defaults(func=_lazy("marsad.store.query", f"cmd_{name}"))

    p = sub.add_parser("errors", help="list the per-document failures kept in the database",
                       description="List the errors table: documents that could not be read (stage 'read', "
                       "not stored) and documents stored although a stage failed on them; newest first.")
    p.add_argument("--db", required=True)
    which = p.add_mutually_exclusive_group()
    which.add_argument("--fatal", action="store_true", help="only documents that could not be read")
    which.add_argument("--stored", action="store_true", help="only documents stored with a failed stage")
    p.add_argument("--stage", help="only this stage ('read' for unreadable documents)")
    p.add_argument("--file", help="substring of the file (source) name")
    p.add_argument("--limit", type=int, default=50, help="at most N rows (default 50; 0: all)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table")
    p.set_defaults(func=_lazy("marsad.store.query", "cmd_errors"))

    p = sub.add_parser("eval", help="precision, recall and F1 per event type against a gold file")
    p.add_argument("gold", help="gold standard: a gsr CSV (ASSAULT/PROTEST sentences), a gsr folder of *_gsr.csv files, "
                                   "or an events_dev folder")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_lazy("marsad.events.evaluate", "cmd_eval"))

    p = sub.add_parser("demo", help="ingest the bundled sample into a database and show what was found")
    p.add_argument("--db", default="marsad-demo.duckdb")
    p.set_defaults(func=_lazy("marsad.demo", "cmd_demo"))
    return ap


def main(argv: list[str] | None = None) -> int:
    a = build_parser().parse_args(argv)
    try:
        rc = a.func(a)
    except BrokenPipeError:
        try:
            sys.stdout.close()
        except Exception:
            pass
        return 0
    except KeyboardInterrupt:
        return 130
    return int(rc or 0)


if __name__ == "__main__":
    sys.exit(main())
