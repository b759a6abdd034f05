"""Train the two-stage line classifier of ``lines.py`` and write ``data/line_model.json``.

    python -m marsad.page.train_lines PAGES_DIR [--cv 5] [--write]

PAGES_DIR holds NAME.txt page dumps (one block a line) and gold.json (the hand-marked article body per
NAME).  A line is labelled body when most of its word 4-grams occur in the gold body.  Both stages are
L2-regularised logistic regressions fitted with Newton steps in numpy.  ``--cv K`` reports the body F1
of K-fold cross-validation split by page (4-gram shingles, per-page normalised, as the benchmark scores
it), which is the honest estimate for unseen pages; ``--write`` fits on all pages and saves the model.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import numpy as np

from .lines import FEATURES, MODEL, CONTEXT, _sigmoid, line_features, split_lines, stage2_input

_W = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    t = _W.findall(text or "")
    return Counter(tuple(t[i:i + n]) for i in range(max(1, len(t) - n + 1)) if t[i:i + n])


def page_prf(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp, fp, fn = sum((g & p).values()), sum((p - g).values()), sum((g - p).values())
    tot = tp + fp + fn
    return (tp / tot, fp / tot, fn / tot) if tot else (0.0, 0.0, 0.0)


def f1_of(counts) -> dict:
    ps = [(1.0 if fp == fn == 0 else tp / (tp + fp) if tp + fp else 0.0) for tp, fp, fn in counts if tp + fp > 0]
    rs = [(1.0 if fp == fn == 0 else tp / (tp + fn) if tp + fn else 0.0) for tp, fp, fn in counts if tp + fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return {"F1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "P": round(p, 4), "R": round(r, 4)}


def label_lines(lines, gold: str) -> tuple[np.ndarray, np.ndarray]:
    gt = _W.findall(gold)
    g4 = set(tuple(gt[i:i + 4]) for i in range(len(gt) - 3))
    small = set()
    for n in (1, 2, 3):
        small.update(tuple(gt[i:i + n]) for i in range(len(gt) - n + 1))
    y = np.zeros(len(lines))
    w = np.zeros(len(lines))
    for i, ln in enumerate(lines):
        t = _W.findall(ln.text)
        if len(t) >= 4:
            sh = [tuple(t[j:j + 4]) for j in range(len(t) - 3)]
            y[i] = 1.0 if sum(s in g4 for s in sh) / len(sh) >= 0.5 else 0.0
            w[i] = min(1.0 + len(t) / 20, 4.0)
        elif t:
            y[i] = 1.0 if tuple(t) in small else 0.0
            w[i] = 0.3
    return y, w


def fit_lr(X, y, w, l2=1.0, iters=30):
    mu = X.mean(0)
    sd = X.std(0)
    mu[0], sd[0] = 0.0, 1.0
    sd[sd < 1e-9] = 1.0
    Z = (X - mu) / sd
    beta = np.zeros(X.shape[1])
    R = l2 * np.eye(X.shape[1])
    R[0, 0] = 1e-6
    for _ in range(iters):
        p = _sigmoid(Z @ beta)
        g = Z.T @ (w * (p - y)) + R @ beta
        H = (Z * (w * p * (1 - p))[:, None]).T @ Z + R
        step = np.linalg.solve(H, g)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta, mu, sd


def load_pages(folder: Path):
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    pages = []
    for k in sorted(gold):
        text = (folder / f"{k}.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
        lines = split_lines(text)
        F = line_features(lines)
        y, w = label_lines(lines, gold[k])
        pages.append({"id": k, "text": text, "lines": lines, "F": F, "y": y, "w": w, "gold": gold[k]})
    return pages


def train(pages, l2=1.0) -> dict:
    X = np.vstack([p["F"] for p in pages])
    y = np.concatenate([p["y"] for p in pages])
    w = np.concatenate([p["w"] for p in pages])
    w1, mu1, sd1 = fit_lr(X, y, w, l2)
    X2s = []
    for p in pages:
        p1 = _sigmoid(((p["F"] - mu1) / sd1) @ w1)
        X2s.append(stage2_input(p["F"], p1))
    w2, mu2, sd2 = fit_lr(np.vstack(X2s), y, w, l2)
    return {"w1": w1, "mu1": mu1, "sd1": sd1, "w2": w2, "mu2": mu2, "sd2": sd2}


def decode(page, m, thr=0.5) -> str:
    from .lines import predict

    p = predict(page["F"], m)
    keep = []
    closed = False
    for ln, pi in zip(page["lines"], p):
        if ln.furn == "closing":
            closed = True
        if closed or ln.furn in ("line", "contains", "related"):
            continue
        if pi >= thr:
            keep.append(ln.text)
    return "\n".join(keep)


def cross_validate(pages, k=5, l2=1.0, folder: Path | None = None, thr=0.5) -> dict:
    """K-fold cross-validation split by page.  With ``folder``, each held-out page goes through the whole
    page stage (rules included) with the fold's model; otherwise through the bare line decoder."""
    rng = np.random.default_rng(0)
    order = rng.permutation(len(pages))
    folds = [order[i::k] for i in range(k)]
    bare, full = [], []
    docs = None
    if folder is not None:
        from .evaluate import read_pages
        from .reader import PageStage

        _, dl = read_pages(folder, "txt")
        docs = {d["id"]: d for d in dl}
    for f in folds:
        test = set(f.tolist())
        m = train([p for i, p in enumerate(pages) if i not in test], l2)
        mm = dict(m, threshold=thr)
        stage = None
        if docs is not None:
            stage = PageStage(line_model=mm)
            stage.setup()
        for i in f:
            bare.append(page_prf(pages[i]["gold"], decode(pages[i], mm, thr)))
            if stage is not None:
                import copy

                d = stage.process(copy.deepcopy(docs[pages[i]["id"]]))
                full.append(page_prf(pages[i]["gold"], d["article"]["body"]))
    out = {"lines_only": f1_of(bare)}
    if full:
        out["page_stage"] = f1_of(full)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("--cv", type=int, default=0)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    pages = load_pages(a.pages)
    print(f"{len(pages)} pages, {sum(len(p['lines']) for p in pages)} lines")
    if a.cv:
        print("cv", json.dumps(cross_validate(pages, a.cv, a.l2, a.pages, a.threshold)))
    m = train(pages, a.l2)
    print("train", f1_of([page_prf(p["gold"], decode(p, m, a.threshold)) for p in pages]))
    if a.write:
        out = {k: [round(float(x), 6) for x in v] for k, v in m.items()}
        out.update(threshold=a.threshold, features=list(FEATURES), context=list(CONTEXT),
                   trained_on=f"{len(pages)} page dumps with hand-marked bodies", l2=a.l2)
        MODEL.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
        print("wrote", MODEL)


if __name__ == "__main__":
    main()
