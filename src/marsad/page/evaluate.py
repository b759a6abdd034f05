"""Body-extraction quality of the page stage on a folder of pages with hand-marked bodies, in process.

    python -m marsad.page.evaluate PAGES_DIR [--mode txt|html] [-v]

Same inputs and scoring as the benchmark tool (``page_score.py``): NAME.txt dumps (or NAME.html[.gz]
pages) read as JSONL records ``{"id", "text"}`` / ``{"id", "html"}``, the body compared with gold.json
by word 4-gram shingles, per-page normalised, precision and recall averaged over pages.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from ..read.jsonl import record_to_document
from .reader import PageStage
from .train_lines import f1_of, page_prf


def read_pages(folder: Path, mode: str = "txt") -> tuple[dict, list]:
    gold = json.loads((Path(folder) / "gold.json").read_text(encoding="utf-8"))
    docs = []
    for k in sorted(gold):
        if mode == "html":
            plain = Path(folder) / f"{k}.html"
            html = plain.read_text(encoding="utf-8") if plain.exists() else gzip.decompress(
                (Path(folder) / f"{k}.html.gz").read_bytes()).decode("utf-8", errors="replace")
            rec = {"id": k, "html": html}
        else:
            rec = {"id": k, "text": (Path(folder) / f"{k}.txt").read_text(encoding="utf-8")}
        docs.append(record_to_document(rec, k, k))
    return gold, docs


def score(folder: Path, mode: str = "txt", stage: PageStage | None = None) -> tuple[dict, dict]:
    gold, docs = read_pages(folder, mode)
    stage = stage or PageStage()
    stage.setup()
    counts = {}
    t0 = time.perf_counter()
    for d in docs:
        body = stage.process(d)["article"]["body"] if d.get("kind") != "error" else ""
        counts[d["id"]] = page_prf(gold[d["id"]], body)
    dt = time.perf_counter() - t0
    res = f1_of(list(counts.values()))
    res["pages"] = len(docs)
    res["seconds"] = round(dt, 2)
    return res, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("--mode", choices=("txt", "html"), default="txt")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    res, counts = score(a.pages, a.mode)
    print(json.dumps(res))
    if a.verbose:
        for k, c in sorted(counts.items(), key=lambda kc: f1_of([kc[1]])["F1"])[:15]:
            print(f1_of([c]), k)


if __name__ == "__main__":
    main()
