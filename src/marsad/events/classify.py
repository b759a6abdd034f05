"""Sentence classifiers (ASSAULT, PROTEST) trained on the Arabic PLOVER gold: logistic regression over hashed
token readings and trigger features; weights ship in data/classifier.json (train with train_classifier.py).
"""
from __future__ import annotations

import json
import math
import zlib

from ..lang.ar import tokenize
from .lexicon import DATA, readings

DIM = 1 << 15


def features(text: str, trig_types=(), start: int = 0, end: int | None = None) -> dict[int, float]:
    """Hashed features of text[start:end]: token readings, bigrams, char 4-grams, trigger flags."""
    toks = tokenize(text, start, end)
    f: dict[int, float] = {}

    def add(key: str, v: float = 1.0):
        h = zlib.crc32(key.encode("utf-8")) & (DIM - 1)
        f[h] = f.get(h, 0.0) + v

    prev = "<s>"
    for n, t in enumerate(toks):
        r = readings(t.norm)
        base = r[-1] if len(r) > 1 else r[0]
        add("w:" + r[0])
        if base != r[0]:
            add("b:" + base)
        add("bg:" + prev + "_" + base, 0.5)
        if n < 3:
            add(f"p{n}:" + base, 0.7)
        if t.norm.isdigit():
            add("NUM", 0.7)
        g = "^" + base + "$"
        for i in range(len(g) - 3):
            add("c:" + g[i:i + 4], 0.3)
        prev = base
    add("LEN:%d" % min(6, len(toks) // 8), 0.5)
    for ty in trig_types:
        add("T:" + ty, 1.5)
        add("T:" + ty.split(":")[0], 1.0)
    n = math.sqrt(sum(v * v for v in f.values())) or 1.0
    return {k: v / n for k, v in f.items()}


class SentenceClassifier:
    def __init__(self, models: dict[str, dict]):
        self.models = models  # type → {"b": bias, "w": {idx: weight}, "threshold": t}

    @classmethod
    def load(cls) -> "SentenceClassifier":
        p = DATA / "classifier.json"
        if not p.exists():
            return cls({})
        raw = json.loads(p.read_text(encoding="utf-8"))
        models = {}
        for ty, m in raw.items():
            models[ty] = {"b": m["b"], "w": {int(k): v for k, v in m["w"].items()}, "threshold": m["threshold"]}
        return cls(models)

    def score(self, ty: str, feats: dict[int, float]) -> float | None:
        m = self.models.get(ty)
        if m is None:
            return None
        z = m["b"] + sum(m["w"].get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, ty: str, feats) -> bool | None:
        s = self.score(ty, feats)
        if s is None:
            return None
        return s >= self.models[ty]["threshold"]
