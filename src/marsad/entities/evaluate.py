"""Measure the entity stage.

    python -m marsad.entities.evaluate [--shared ../shared] [--no-tagger]

* AQMAR testb (Wikipedia, token-level gold): the full stage (KB + rules + tagger) on each sentence; predicted
  *named* mentions (not generic parties, roles or demonyms) are mapped to the tokens they touch and compared
  with the gold PER / LOC / ORG spans (exact token spans; GPE, LOC, FAC → LOC).
* Newswire sample (``tests/data/ner_newswire.jsonl``, our own annotation of corpus sentences): exact
  character spans, PERSON / LOC-GPE / ORG.
* events_dev: recall of the gold entity lists (a gold entity is found when one of our entities has a
  mention whose surface is one of its Arabic names; type and country are also checked).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from pathlib import Path

from ..lang.ar import normalize
from .train_tagger import prf, read_conll

TYPE_MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}
REPO = Path(__file__).resolve().parents[3]
NEWSWIRE = REPO / "tests" / "data" / "ner_newswire.jsonl"                   # 33 sentences, used in development
NEWSWIRE_HELDOUT = REPO / "tests" / "data" / "ner_newswire_heldout.jsonl"   # 30 sentences, measured only


def named_spans(entities: list[dict]) -> set[tuple[int, int, str]]:
    out = set()
    for e in entities:
        t = TYPE_MAP.get(e["type"])
        if t is None or e.get("status", "named") != "named":
            continue
        for m in e["mentions"]:
            if m.get("kind", "name") == "name":
                out.add((m["start"], m["end"], t))
    return out


def eval_conll(stage, path: Path) -> dict:
    gold_all, pred_all = [], []
    for toks, labels in read_conll(path):
        starts, ends, pos = [], [], 0
        for t in toks:
            starts.append(pos)
            ends.append(pos + len(t))
            pos += len(t) + 1
        text = " ".join(toks)
        gold = set()
        cur = None
        for k, l in enumerate(labels + ["O"]):
            if l == "O" or l.startswith("B-") or (cur and cur[2] != l[2:]):
                if cur:
                    gold.add((cur[0], k, cur[2]))
                cur = None
            if l != "O" and cur is None:
                cur = [k, k + 1, l[2:]]
            elif cur is not None:
                cur[1] = k + 1
        gold = {(a, b, t) for a, b, t in gold if t in ("PER", "LOC", "ORG")}
        ents = stage.extract(text, [(0, len(text))], None, {})
        pred = set()
        for s, e, t in named_spans(ents):
            a = max(k for k in range(len(toks)) if starts[k] <= s)
            b = min(k for k in range(len(toks)) if ends[k] >= e) + 1
            pred.add((a, b, t))
        gold_all.append(gold)
        pred_all.append(pred)
    return prf(gold_all, pred_all)


def eval_newswire(stage, path: Path = NEWSWIRE, show: bool = False) -> dict:
    gold_all, pred_all = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        o = json.loads(line)
        text = o["text"]
        gold = {(s, e, TYPE_MAP.get(t, t)) for s, e, t in o["spans"]}
        ents = stage.extract(text, [(0, len(text))], o.get("date"), {})
        pred = named_spans(ents)
        if show and gold != pred:
            print(text)
            print("  missed:", [(text[s:e], t) for s, e, t in sorted(gold - pred)])
            print("  extra: ", [(text[s:e], t) for s, e, t in sorted(pred - gold)])
        gold_all.append(gold)
        pred_all.append(pred)
    return prf(gold_all, pred_all)


def events_dev_inputs(shared: Path):
    """(gold, text, headline_span, paragraphs, date) of each events_dev file."""
    dev = shared / "data" / "events_dev"
    want: dict[str, dict[str, dict]] = {}
    golds = []
    for f in sorted(dev.glob("dev-*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        golds.append(g)
        want.setdefault(g["corpus_file"], {})[g["corpus_id"]] = g
    found = {}
    for cf, ids in want.items():
        with gzip.open(shared / "data" / "corpus" / cf, "rt", encoding="utf-8") as fh:
            for line in fh:
                if '"id"' not in line:
                    continue
                o = json.loads(line)
                if o["id"] in ids:
                    found[o["id"]] = o
                    if len(found) >= sum(len(v) for v in want.values()):
                        break
    for g in golds:
        o = found.get(g["corpus_id"])
        if o is None:
            continue
        lines = [ln for ln in o["text"].split("\n") if ln.strip()][: g["paragraphs"]]
        text = o["title"] + "\n\n" + "\n".join(lines)
        paras, pos = [], len(o["title"]) + 2
        for ln in lines:
            paras.append((pos, pos + len(ln)))
            pos += len(ln) + 1
        yield g, text, [(0, len(o["title"]))] + paras, (g.get("published_date") or "")[:10]


def eval_events_dev(stage, shared: Path, show: bool = False) -> dict:
    n = found = typed = countried = 0
    for g, text, zones, date in events_dev_inputs(shared):
        ents = stage.extract(text, zones, date, g.get("article") or {})
        surf, names = {}, {}
        for e in ents:
            for m in e["mentions"]:
                surf.setdefault(normalize(m["text"]).lstrip("#"), e)
            if e["name"]:
                names.setdefault(normalize(e["name"]), e)
        for ge in g["entities"]:
            n += 1
            hit = None
            for nm in ge["names"]:
                hit = surf.get(normalize(nm).lstrip("#"))
                if hit:
                    break
            for nm in ge["names"] if hit is None else ():
                hit = names.get(normalize(nm))
                if hit:
                    break
            if hit is None:
                if show:
                    print(g["id"], "MISSED", ge["names"][:2], ge["type"], ge.get("country"))
                continue
            found += 1
            gt = "GPE" if ge["type"] in ("GPE", "LOC") else ge["type"]
            ht = "GPE" if hit["type"] in ("GPE", "LOC") else hit["type"]
            typed += gt == ht
            countried += (ge.get("country") or None) == hit["country"]
            if show and (gt != ht or (ge.get("country") or None) != hit["country"]):
                print(g["id"], "WRONG", ge["names"][:2], ge["type"], ge.get("country"), "->", hit["type"],
                      hit["country"])
    return {"gold": n, "recall": round(found / n, 3) if n else 0.0, "type_ok": round(typed / max(found, 1), 3),
            "country_ok": round(countried / max(found, 1), 3)}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("MARSAD_SHARED") or str(REPO.parent / "shared"))
    ap.add_argument("--no-tagger", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--only", default="aqmar,newswire,events")
    a = ap.parse_args(argv)
    from .stage import EntityStage
    st = EntityStage(use_tagger=not a.no_tagger)
    st.setup()
    shared = Path(a.shared)
    only = a.only.split(",")
    t0 = time.time()
    if "aqmar" in only and (shared / "data" / "ner" / "aqmar" / "ar.testb.iob2").exists():
        print("AQMAR testb (full stage):", eval_conll(st, shared / "data" / "ner" / "aqmar" / "ar.testb.iob2"))
    if "newswire" in only and NEWSWIRE.exists():
        print("newswire sample (dev):", eval_newswire(st, show=a.show))
    if "newswire" in only and NEWSWIRE_HELDOUT.exists():
        print("newswire sample (held out):", eval_newswire(st, NEWSWIRE_HELDOUT, show=a.show))
    if "events" in only and (shared / "data" / "events_dev").exists():
        print("events_dev entities:", eval_events_dev(st, shared, show=a.show))
    print(f"{time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
