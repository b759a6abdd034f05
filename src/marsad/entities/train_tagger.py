"""Train the CRF name tagger shipped in model/ner.crfsuite.

    python -m marsad.entities.train_tagger [--data ../shared/data/ner] [--out PATH] [--eval-only]

Training data: AQMAR (ar.train.iob2; Wikipedia, PER/LOC/ORG/MISC) and the Wojood sample (train + val;
news; nested, the first PERS/GPE/LOC/ORG column of a token is used).  Mapping: PER/PERS → PER,
LOC/GPE → LOC, ORG → ORG, everything else → O.  Punctuation tokens are dropped (the runtime tokenizer has
none) and become the ``gp=``/``gn=`` gap features of their neighbours.  Prints tagger-only P/R/F1 on
AQMAR testa/testb and the Wojood test split.
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from ..lang.ar import TOKEN, normalize
from .kb import load_kb
from .tagger import MODEL, Gaz, sent_features, spans_of

MAP = {"PER": "PER", "PERS": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG"}


def read_conll(path: Path, nested: bool = False) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, IOB2 labels over PER/LOC/ORG)."""
    sents, toks, labs = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        parts = line.split()
        if not parts:
            if toks:
                sents.append((toks, labs))
            toks, labs = [], []
            continue
        tok, tags = parts[0], parts[1:] or ["O"]
        lab = "O"
        for t in (tags if nested else tags[:1]):
            if t == "O":
                continue
            bio, _, typ = t.partition("-")
            if typ in MAP:
                lab = f"{bio}-{MAP[typ]}"
                break
        toks.append(tok)
        labs.append(lab)
    return sents


def prepare(sent: tuple[list[str], list[str]]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Drop punctuation tokens; returns (words, norms, gaps, labels) with IOB2 repaired."""
    words, norms, gaps, labels = [], [], [], []
    gap = ""
    for tok, lab in zip(*sent):
        if not TOKEN.fullmatch(tok):
            gap = (gap + tok)[:2]
            continue
        words.append(tok)
        norms.append(normalize(tok))
        gaps.append(gap)
        labels.append(lab)
        gap = ""
    for k, l in enumerate(labels):  # an I- after a dropped B- becomes B-
        if l.startswith("I-") and (k == 0 or labels[k - 1][2:] != l[2:]):
            labels[k] = "B-" + l[2:]
    return words, norms, gaps, labels


def prf(gold: list[set], pred: list[set]) -> dict:
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    ng = sum(len(g) for g in gold)
    np_ = sum(len(p) for p in pred)
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), "gold": ng, "pred": np_}


def evaluate(tagger, sents) -> dict:
    gold, pred = [], []
    for s in sents:
        _, norms, gaps, labels = prepare(s)
        gold.append(set(spans_of(labels)))
        pred.append({x[:3] for x in tagger.tag(norms, gaps)} if norms else set())
    return prf(gold, pred)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    shared = os.environ.get("MARSAD_SHARED") or str(Path(__file__).resolve().parents[3].parent / "shared")
    ap.add_argument("--data", default=str(Path(shared) / "data" / "ner"))
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--extra-gold", nargs="*", default=[], metavar="DIR",
                    help="gold folders in the events_dev format whose entity lists are projected onto their texts "
                         "as silver news sentences (silver.py)")
    ap.add_argument("--repeat", type=int, default=1, help="times each silver sentence is added")
    ap.add_argument("--corpus-docs", type=int, default=0,
                    help="corpus articles labelled by the stage without the tagger (distant supervision)")
    ap.add_argument("--drop", type=float, default=0.5,
                    help="share of the silver names whose tokens lose their gazetteer features")
    ap.add_argument("--news-features", action="store_true",
                    help="the v2 features (oov: no dictionary word; wspeech: a speech verb after و/ف)")
    ap.add_argument("--eval-gold", nargs="*", default=[], metavar="DIR",
                    help="gold folders whose silver sentences are only measured (tagger only)")
    a = ap.parse_args(argv)
    import pycrfsuite
    data = Path(a.data)
    kb = load_kb()
    gaz = Gaz(kb, v2=a.news_features)
    train = read_conll(data / "aqmar" / "ar.train.iob2")
    wj = data / "wojood_sample"
    for name in ("train.txt", "val.txt"):
        if (wj / name).exists():
            train += read_conll(wj / name, nested=True)
    extra = []
    if a.extra_gold:
        from .silver import silver
        extra = silver(a.extra_gold, Path(shared), kb)
        print(f"silver: {len(extra)} sentences from {len(a.extra_gold)} gold folders")
    extra = extra * a.repeat
    if a.corpus_docs:
        from .silver import corpus_silver
        t0 = time.time()
        cs = corpus_silver(Path(shared), kb, a.corpus_docs)
        print(f"corpus silver: {len(cs)} sentences from {a.corpus_docs} articles ({time.time() - t0:.0f}s)")
        extra += cs
    if not a.eval_only:
        t0 = time.time()
        tr = pycrfsuite.Trainer(verbose=False)
        for s in train:
            _, norms, gaps, labels = prepare(s)
            if norms:
                tr.append(sent_features(norms, gaps, gaz), labels)
        import random
        rng = random.Random(23)
        for norms, gaps, labels in extra:
            bare = set()
            for x, y, _t in spans_of(labels):
                if rng.random() < a.drop:
                    bare.update(range(x, y))
            tr.append(sent_features(norms, gaps, gaz, bare), labels)
        train = train + extra
        tr.set_params({"c1": a.c1, "c2": a.c2, "max_iterations": a.iters,
                       "feature.possible_transitions": True, "feature.minfreq": 2})
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        tr.train(a.out)
        print(f"trained on {len(train)} sentences in {time.time() - t0:.0f}s -> {a.out} "
              f"({Path(a.out).stat().st_size // 1024} KB)")
    from .tagger import Tagger
    tg = Tagger(Path(a.out), kb)
    for name, path, nested in (("aqmar testa", data / "aqmar" / "ar.testa.iob2", False),
                               ("aqmar testb", data / "aqmar" / "ar.testb.iob2", False),
                               ("wojood test", wj / "test.txt", True)):
        if path.exists():
            print(name, "tagger only:", evaluate(tg, read_conll(path, nested)))
    if a.eval_gold:
        from .silver import silver
        gold, pred = [], []
        for norms, gaps, labels in silver(a.eval_gold, Path(shared), kb):
            gold.append(set(spans_of(labels)))
            pred.append({x[:3] for x in tg.tag(norms, gaps)})
        print("silver", " ".join(Path(d).name for d in a.eval_gold), "tagger only:", prf(gold, pred))
        for t in ("PER", "ORG", "LOC"):
            print("  ", t, prf([{x for x in g if x[2] == t} for g in gold], [{x for x in p if x[2] == t} for p in pred]))


if __name__ == "__main__":
    main()
