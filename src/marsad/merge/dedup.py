"""Near-duplicate articles: reprints, updates and syndicated wire copy grouped into clusters.

Each article body (headline + body, Arabic-normalised, word 3-gram shingles) gets a MinHash signature;
an LSH index finds earlier articles whose estimated Jaccard similarity is at least ``threshold``.  An
article joins the cluster of its most similar earlier match, else founds its own cluster (its cluster id
is its own key).  Signatures are plain lists of ints so they can be stored and the index rebuilt on the
next run: clustering is incremental across ingests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..lang.ar import normalize

NUM_PERM = 64
SHINGLE = 3
SCHEME = "affine32"  # datasketch hashing scheme; stored signatures depend on it
_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> set[bytes]:
    toks = [normalize(t) for t in _WORD.findall(text)]
    if len(toks) < n:
        return {" ".join(toks).encode("utf-8")} if toks else set()
    return {" ".join(toks[i:i + n]).encode("utf-8") for i in range(len(toks) - n + 1)}


def signature(text: str) -> list[int] | None:
    sh = shingles(text)
    if not sh:
        return None
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(sh))
    return [int(x) for x in m.hashvalues]


def _minhash(sig: list[int]) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.array(sig, dtype=np.uint64), scheme=SCHEME)


def similarity(a: list[int], b: list[int]) -> float:
    return float(np.mean(np.array(a, dtype=np.uint64) == np.array(b, dtype=np.uint64)))


@dataclass
class NearDuplicateIndex:
    """Incremental near-duplicate clustering over article signatures."""

    threshold: float = 0.6
    lsh: MinHashLSH = field(init=False)
    sigs: dict[str, list[int]] = field(default_factory=dict)
    cluster_of: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def load(self, key: str, sig: list[int] | None, cluster: str) -> None:
        """Add an article already clustered in an earlier run."""
        self.cluster_of[key] = cluster
        if sig and key not in self.sigs:
            self.sigs[key] = sig
            self.lsh.insert(key, _minhash(sig))

    def add(self, key: str, sig: list[int] | None) -> tuple[str, float]:
        """Cluster a new article; returns (cluster id, similarity to the matched article or 1.0)."""
        if key in self.cluster_of:
            return self.cluster_of[key], 1.0
        best, best_sim = None, 0.0
        if sig:
            for cand in self.lsh.query(_minhash(sig)):
                s = similarity(sig, self.sigs[cand])
                if s >= self.threshold and s > best_sim:
                    best, best_sim = cand, s
        cluster = self.cluster_of[best] if best else key
        self.load(key, sig, cluster)
        return cluster, (best_sim if best else 1.0)


def article_text(doc: dict) -> str:
    """What a signature is computed on: the body (reprints often rewrite the headline), with the headline
    when the body is short."""
    art = doc.get("article") or {}
    body = art.get("body") or ""
    return body if len(body.split()) >= 30 else f"{art.get('headline') or ''}\n{body}"
