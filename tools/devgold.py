#!/usr/bin/env python3
"""Pack and unpack the project's own development gold sets (dev/gold/).

The gold files follow ../shared/data/events_dev/README.md, but they are stored here WITHOUT any corpus text:
the input preview, the body snippets, the event evidence and the quote snippets become character spans into
the input that the file names (corpus file, corpus id, paragraphs). Unpacking rebuilds them from ../shared,
so the unpacked files score with ../shared/tools/event_score.py like events_dev.

    python3 tools/devgold.py pack GOLD_DIR dev/gold/SET        # annotator output -> storable form
    python3 tools/devgold.py unpack dev/gold/SET OUT_DIR        # storable form -> events_dev format
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
_cache: dict[str, dict] = {}


def input_text(g: dict, shared: Path) -> str:
    """The input the gold file names: title, a blank line, the first `paragraphs` non-empty lines."""
    f = g["corpus_file"]
    if f not in _cache:
        with gzip.open(shared / "data" / "corpus" / f, "rt", encoding="utf-8") as fh:
            _cache[f] = {r["id"]: r for r in map(json.loads, fh)}
    rec = _cache[f][g["corpus_id"]]
    lines = [x for x in (rec["text"] or "").split("\n") if x.strip()][: g["paragraphs"]]
    return rec["title"] + "\n\n" + "\n".join(lines)


def _span(text: str, s: str | None) -> list[int] | None:
    i = text.find(s or "\0")
    return [i, i + len(s)] if s and i >= 0 else None


def _cut(text: str, sp: list[int] | None) -> str:
    return text[sp[0]:sp[1]] if sp else ""


def pack(g: dict, text: str) -> tuple[dict, int]:
    """Replace every piece of corpus text by its span; return the packed file and how many snippets were lost."""
    g = json.loads(json.dumps(g))
    lost = 0
    g.pop("input_preview", None)
    art = g.get("article") or {}
    spans = [_span(text, s) for s in art.pop("body_must_contain", [])]
    lost += spans.count(None)
    art["body_spans"] = [s for s in spans if s]
    for e in g.get("events", []):
        e["evidence_span"] = _span(text, e.pop("evidence", ""))
        lost += e["evidence_span"] is None
    for q in g.get("quotes", []):
        q["snippet_span"] = _span(text, q.pop("snippet", ""))
        lost += q["snippet_span"] is None
    return g, lost


def unpack(g: dict, text: str) -> dict:
    g = json.loads(json.dumps(g))
    g["input_preview"] = text[:120]
    art = g.get("article") or {}
    art["body_must_contain"] = [_cut(text, s) for s in art.pop("body_spans", [])]
    for e in g.get("events", []):
        e["evidence"] = _cut(text, e.pop("evidence_span", None))
    for q in g.get("quotes", []):
        q["snippet"] = _cut(text, q.pop("snippet_span", None))
    return g


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("action", choices=["pack", "unpack"])
    ap.add_argument("src", type=Path)
    ap.add_argument("dst", type=Path)
    ap.add_argument("--shared", type=Path, default=SHARED)
    a = ap.parse_args(argv)
    a.dst.mkdir(parents=True, exist_ok=True)
    lost = 0
    for p in sorted(a.src.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        text = input_text(g, a.shared)
        if a.action == "pack":
            g, n = pack(g, text)
            lost += n
        else:
            g = unpack(g, text)
        (a.dst / p.name).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if lost:
        print(f"{lost} snippet(s) not found verbatim in their input: stored without a span", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
