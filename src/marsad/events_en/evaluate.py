"""Evaluate the English event coder on the PLOVER gold standard record (``plover_gsr``).

    python -m marsad.events_en.evaluate [PATH_TO_PLOVER_GSR_CAMEO.txt] [--json] [--errors N]

Each gold record is one English sentence coded with one PLOVER 0.5 event (types mapped to the 16
PLOVER types we code: DEMAND → REQUEST, DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT).  The sentence
runs through the time, entity and English event stages as a one-sentence document.

Scores:
* type: per type, a sentence counts as a true positive when the coder finds a factual (neither negated
  nor hypothetical) event of the gold type in it (a plan or a threat is coded by its verbal type,
  AGREE / THREATEN, as the gold does, not by the type of the act planned); a predicted type that is
  not the gold type counts as a false positive (an upper bound on the errors: the gold codes one event
  per sentence, and some sentences hold a second one);
* actor / recipient agreement, where the gold gives them and the type was found: a gold party is matched
  when a predicted party's mention overlaps its text or the predicted entity's country is its code.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from pathlib import Path

from ..pipeline import Pipeline
from ..record import new_document

MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ROOT = Path(__file__).resolve().parents[3]
DEFAULT = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared")) / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"


def load_gold(path: Path | str = DEFAULT) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        recs = json.load(fh)
    out = []
    for r in recs:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        out.append({"id": r["id"], "text": r["text"].replace("\\$", "$"), "type": MAP.get(r["event"], r["event"]),
                    "source": _parties(r.get("source")), "target": _parties(r.get("target"))})
    return out


def _parties(x) -> list[dict]:
    if not x:
        return []
    if isinstance(x, (dict, str)):
        x = [x]
    return [p if isinstance(p, dict) else {"actorText": str(p)} for p in x]


def code_sentences(texts: list[str], pipe: Pipeline | None = None) -> tuple[list[dict], float]:
    """Run the English coder on one-sentence documents; returns the documents and seconds per document
    spent in the event stage."""
    pipe = pipe or Pipeline(["time", "entities", "events_en"]).setup()
    docs = []
    for n, t in enumerate(texts):
        d = new_document(f"s{n}", t)
        d["article"]["language"] = "en"
        d["article"]["body"] = t
        d["paragraphs"] = [[0, len(t)]]
        d["sentences"] = [[0, len(t)]]
        docs.append(pipe.run_one(d))
    return docs, pipe.seconds.get("events_en", 0.0) / max(1, len(texts))


def _match_party(gold: dict, pred_ids: list[str], ents: dict, text: str) -> bool:
    gt = (gold.get("actorText") or "").strip().lower()
    code = (gold.get("code") or "")[:3].upper()
    for i in pred_ids:
        e = ents.get(i) or {}
        for m in e.get("mentions") or []:
            mt = text[m["start"]:m["end"]].lower()
            if mt and gt and (mt in gt or gt in mt):
                return True
        if code and e.get("country") == code:
            return True
    return False


def evaluate(path: Path | str = DEFAULT, errors: int = 0) -> dict:
    gold = load_gold(path)
    docs, per_doc = code_sentences([g["text"] for g in gold])
    tp, fp, fn = Counter(), Counter(), Counter()
    act = Counter()
    rec = Counter()
    wrong = []
    for g, d in zip(gold, docs):
        types = {e["type"] for e in d["events"] if not e["negated"] and not e["hypothetical"]}
        gt = g["type"]
        if gt in types:
            tp[gt] += 1
        else:
            fn[gt] += 1
            if len(wrong) < errors:
                wrong.append({"gold": gt, "pred": sorted(types), "text": g["text"]})
        for t in types - {gt}:
            fp[t] += 1
        if gt not in types:
            continue
        ents = {e["id"]: e for e in d["entities"]}
        evs = [e for e in d["events"] if e["type"] == gt and not e["negated"] and not e["hypothetical"]]
        for role, key, cnt in (("source", "actors", act), ("target", "recipients", rec)):
            for party in g[role]:
                cnt["gold"] += 1
                # symmetric gold (SRC/TAR) may sit on either side
                ids = [i for e in evs for i in e[key]] + ([i for e in evs for i in e["actors"] + e["recipients"]]
                                                          if gt in ("CONSULT", "AGREE", "COOPERATE") else [])
                if _match_party(party, ids, ents, g["text"]):
                    cnt["hit"] += 1
    per_type = {}
    for t in sorted(set(tp) | set(fn) | set(fp)):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per_type[t] = {"tp": tp[t], "fp": fp[t], "fn": fn[t], "p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    P = T / (T + F) if T + F else 0.0
    R = T / (T + N) if T + N else 0.0
    macro = sum(v["f1"] for v in per_type.values()) / max(1, len(per_type))
    out = {"sentences": len(gold), "micro": {"p": round(P, 3), "r": round(R, 3),
                                            "f1": round(2 * P * R / (P + R), 3) if P + R else 0.0},
           "macro_f1": round(macro, 3), "per_type": per_type,
           "actor_agreement": round(act["hit"] / act["gold"], 3) if act["gold"] else None,
           "recipient_agreement": round(rec["hit"] / rec["gold"], 3) if rec["gold"] else None,
           "event_stage_ms_per_sentence": round(per_doc * 1000, 3)}
    if errors:
        out["misses"] = wrong
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", type=int, default=0, help="list up to N missed sentences")
    a = ap.parse_args(argv)
    if not Path(a.path).exists():
        print(f"{a.path}: not found (the plover_gsr data lives in ../shared/data/plover_gsr; set MARSAD_SHARED)")
        return 2
    t0 = time.perf_counter()
    r = evaluate(a.path, errors=a.errors)
    if a.json:
        print(json.dumps(r, indent=1))
        return 0
    print(f"plover_gsr: {r['sentences']} sentences  micro P {r['micro']['p']:.3f} R {r['micro']['r']:.3f} "
          f"F1 {r['micro']['f1']:.3f}  macro F1 {r['macro_f1']:.3f}")
    print(f"{'type':10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for t, v in r["per_type"].items():
        print(f"{t:10} {v['tp']:4} {v['fp']:4} {v['fn']:4} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f}")
    print(f"actor agreement {r['actor_agreement']}  recipient agreement {r['recipient_agreement']}  "
          f"event stage {r['event_stage_ms_per_sentence']} ms/sentence  ({time.perf_counter() - t0:.1f} s)")
    for w in r.get("misses", []):
        print(f"  MISS {w['gold']:9} pred={w['pred']}  {w['text'][:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
