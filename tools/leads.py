#!/usr/bin/env python3
"""Regression check on unlabelled news: run the pipeline over 1,490 article leads of the shared corpus and
compare the factual events two checkouts find.

    .venv/bin/python tools/leads.py run src /tmp/base.jsonl           # this checkout
    .venv/bin/python tools/leads.py run ../wt_x/src /tmp/new.jsonl    # another worktree
    .venv/bin/python tools/leads.py diff /tmp/base.jsonl /tmp/new.jsonl [--show]

The sample: lines i % 7 == 3 of each ant_*.jsonl.gz file whose category is middleEast or
internationalNews, title + the first 12 non-empty paragraphs, at most 300 per file. An event's key is
(type, actor names, recipient names, date, sentence[:160]); `diff` lists keys gained and lost per document."""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ["ant_alarabia", "ant_bbc", "ant_cnn", "ant_france24", "ant_skynews"]


def sample(shared: Path):
    for name in FILES:
        n = 0
        with gzip.open(shared / "data/corpus" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % 7 != 3:
                    continue
                r = json.loads(line)
                if r.get("category") not in ("middleEast", "internationalNews"):
                    continue
                paras = [p for p in (r.get("text") or "").split("\n") if p.strip()][:12]
                yield {"id": r["id"], "text": (r.get("title") or "") + "\n\n" + "\n".join(paras),
                       "published": r.get("published"), "outlet": r.get("outlet"), "url": r.get("url")}
                n += 1
                if n >= 300:
                    break


def _name(x, ents):
    e = ents.get(x) if isinstance(x, str) else None
    if not e:
        return str(x)
    return e.get("name") or ((e.get("mentions") or [{}])[0].get("text")) or str(x)


def run(src: Path, out: Path, shared: Path) -> None:
    sys.path.insert(0, str(src.resolve()))
    from marsad.pipeline import build
    from marsad.read.jsonl import read_json_bytes
    from marsad.record import to_output
    from rich.progress import track

    pipe = build()
    recs = list(sample(shared))
    with out.open("w", encoding="utf-8") as f:
        for rec in track(recs, description="leads"):
            doc = list(read_json_bytes(json.dumps(rec, ensure_ascii=False).encode(), "leads.json"))[0]
            o = to_output(pipe.run_one(doc))
            ents = {str(e.get("id")): e for e in o.get("entities") or [] if isinstance(e, dict)}
            keys = []
            for e in o.get("events") or []:
                if e.get("negated") or e.get("hypothetical") or e.get("historical"):
                    continue
                keys.append([e.get("type"), sorted(_name(x, ents) for x in e.get("actors") or []),
                             sorted(_name(x, ents) for x in e.get("recipients") or []),
                             str(e.get("date") or "")[:10], str(e.get("sentence") or "")[:160]])
            f.write(json.dumps({"id": rec["id"], "events": keys}, ensure_ascii=False) + "\n")
    print(f"{len(recs)} docs -> {out}")


def _load(p: Path) -> dict:
    key = lambda x: tuple(tuple(y) if isinstance(y, list) else y for y in x[:4]) + (x[4],)
    return {r["id"]: {key(x) for x in r["events"]} for r in map(json.loads, p.open(encoding="utf-8"))}


def diff(a: Path, b: Path, show: bool) -> None:
    A, B = _load(a), _load(b)
    na, nb = sum(map(len, A.values())), sum(map(len, B.values()))
    changed = [i for i in A if A[i] != B.get(i, set())]
    print(f"events {na} -> {nb}; documents changed {len(changed)}")
    if show:
        for i in changed:
            print(f"== {i}")
            for k in sorted(A[i] - B.get(i, set()), key=str):
                print("  -", k[0], "/".join(k[1]), "->", "/".join(k[2]), k[3], "|", k[4][:120])
            for k in sorted(B.get(i, set()) - A[i], key=str):
                print("  +", k[0], "/".join(k[1]), "->", "/".join(k[2]), k[3], "|", k[4][:120])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("src", type=Path)
    r.add_argument("out", type=Path)
    r.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    d.add_argument("--show", action="store_true")
    a = ap.parse_args(argv)
    if a.cmd == "run":
        run(a.src, a.out, a.shared)
    else:
        diff(a.a, a.b, a.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
