"""Learnable furniture table: lines an outlet repeats across many of its documents are site furniture.

A line (folded with ``lexicon.norm_line``) printed in many documents of one outlet - a sign-off, a
"follow us" line, a menu item, a standing disclaimer - is not part of any one story.  ``learn`` counts
lines per outlet over a corpus and keeps those seen in at least ``min_share`` of the outlet's documents
(and at least ``min_docs`` documents); ``save``/``load`` keep the table in ``data/furniture_learned.tsv``
(outlet, document count, line), which the page stage loads once in ``setup()``.  The stage also applies
``repeated_lines`` to the documents of one outlet that arrive together in a batch.

    python -m marsad.page.furniture learn CORPUS.jsonl[.gz]... [--write] [--min-share 0.2]
"""
from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from .lexicon import norm_line

TABLE = Path(__file__).resolve().parent / "data" / "furniture_learned.tsv"
MIN_DOCS = 5          # in-batch learning needs at least this many documents of one outlet
MIN_SHARE = 0.3       # ... and a line in this share of them
MAX_WORDS = 40        # longer lines are prose even when repeated (a repeated story is a duplicate, not furniture)


def _doc_lines(text: str) -> set[str]:
    out = set()
    for raw in text.split("\n"):
        raw = raw.strip()
        if not raw or len(raw) > 400 or len(raw.split()) > MAX_WORDS:
            continue
        k = norm_line(raw)
        if k and len(k) >= 3:
            out.add(k)
    return out


def repeated_lines(texts: list[str], min_share: float = MIN_SHARE, min_docs: int = 3) -> set[str]:
    """Folded lines found in at least ``min_share`` of ``texts`` (and in ``min_docs`` of them)."""
    c = Counter()
    for t in texts:
        c.update(_doc_lines(t))
    need = max(min_docs, int(min_share * len(texts) + 0.999))
    return {k for k, v in c.items() if v >= need}


def learn(records: Iterable[tuple[str, str]], min_share: float = 0.2, min_docs: int = 20
          ) -> dict[str, tuple[int, dict[str, int]]]:
    """``records``: (outlet, text).  Returns outlet -> (documents, {line: documents holding it})."""
    counts: dict[str, Counter] = defaultdict(Counter)
    docs: Counter = Counter()
    for outlet, text in records:
        if not outlet:
            continue
        docs[outlet] += 1
        counts[outlet].update(_doc_lines(text))
    out = {}
    for o, c in counts.items():
        need = max(min_docs, int(min_share * docs[o] + 0.999))
        keep = {k: v for k, v in c.items() if v >= need}
        if keep:
            out[o] = (docs[o], keep)
    return out


def save(table: dict[str, tuple[int, dict[str, int]]], path: Path = TABLE) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("# outlet\tdocuments of the outlet holding the line\tline (folded). Written by "
                "python -m marsad.page.furniture learn\n")
        for o in sorted(table):
            n, lines = table[o]
            for k, v in sorted(lines.items(), key=lambda kv: -kv[1]):
                f.write(f"{o}\t{v}/{n}\t{k}\n")


def load(path: Path = TABLE) -> dict[str, set[str]]:
    """outlet -> set of folded furniture lines (empty when no table was learned)."""
    out: dict[str, set[str]] = defaultdict(set)
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                out[parts[0]].add(parts[2])
    return dict(out)


def _read_corpus(paths: list[str]):
    from .lexicon import outlets

    o = outlets()
    for p in paths:
        opener = gzip.open if p.endswith(".gz") else open
        with opener(p, "rt", encoding="utf-8") as f:
            for line in f:
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                name = o.from_url(r.get("url")) or o.from_name(r.get("outlet")) or r.get("outlet")
                yield name, r.get("text") or ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("learn")
    p.add_argument("paths", nargs="+")
    p.add_argument("--min-share", type=float, default=0.2)
    p.add_argument("--min-docs", type=int, default=20)
    p.add_argument("--write", action="store_true")
    a = ap.parse_args()
    table = learn(_read_corpus(a.paths), a.min_share, a.min_docs)
    for o, (n, lines) in sorted(table.items()):
        print(f"{o}: {n} documents, {len(lines)} furniture lines")
        for k, v in sorted(lines.items(), key=lambda kv: -kv[1])[:15]:
            print(f"   {v:6d}  {k[:100]}")
    if a.write:
        save(table)
        print("wrote", TABLE)


if __name__ == "__main__":
    main()
