"""Word vectors learnt from unlabelled Arabic news (semi-supervised features for the sentence classifiers).

Built offline from a corpus of news articles (JSONL.gz records with title and text, such as the project's 2018
corpus) by ``python tools/build_wordvecs.py CORPUS_DIR`` (the one entry point; it runs this module's ``main``): every
word is reduced to the base the classifier's features use (classify._base: normalised, proclitics, article and
pronoun suffixes off); co-occurrence counts of the most frequent bases within a few words of each other are turned
into positive pointwise mutual information (context counts smoothed by the power 0.75) and reduced by a truncated SVD
(singular values weighted by their square root). Each row is scaled to unit length and stored as int8, with the bases
and their corpus frequencies, in ``data/wordvecs.npz`` (1.6 MB). Nothing is downloaded.

At run time ``sentence_vector`` averages the vectors of a sentence's words (each weighted by a/(a + its corpus
frequency), the SIF weighting, so that frequent function words count less): a word the gold never showed
still reads like its neighbours in the news (اعتصام beside مظاهرات، قصف beside غارات). Word clusters (k-means over
these vectors) as extra sparse features were tried and added nothing once the mean vector is used.
"""
from __future__ import annotations

import argparse
import gzip
import json
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

from .lexicon import DATA

PATH = DATA / "wordvecs.npz"
SIF_A = 1e-3


class WordVectors:
    def __init__(self, vocab, vecs):
        self.index = {w: i for i, w in enumerate(vocab)}
        self.vecs = vecs  # float32, rows of unit length times their SIF weight
        self.dim = vecs.shape[1]

    @classmethod
    def load(cls, path: Path = PATH) -> "WordVectors | None":
        if not path.exists():
            return None
        z = np.load(path, allow_pickle=False)
        vocab = [str(w) for w in z["vocab"]]
        freq = z["freq"].astype(np.float64)
        weight = (SIF_A / (SIF_A + freq)).astype(np.float32)
        vecs = z["vecs"].astype(np.float32) / 127.0 * weight[:, None]
        return cls(vocab, vecs)

    def ids(self, bases) -> list[int]:
        get = self.index.get
        return [i for i in map(get, bases) if i is not None]

    def sentence_vector(self, bases) -> np.ndarray:
        """The SIF-weighted mean of the words' vectors, scaled to unit length (zeros when no word is known)."""
        ids = self.ids(bases)
        if not ids:
            return np.zeros(self.dim, dtype=np.float32)
        v = np.add.reduce(self.vecs.take(ids, axis=0), axis=0)  # (self.vecs[ids].sum(axis=0): the same rows and sum,
        # without the fancy-index and .sum wrappers)
        n = float(np.sqrt(v @ v))
        return v / n if n else v


@lru_cache(maxsize=1)
def vectors() -> WordVectors | None:
    return WordVectors.load()


# ------------------------------------------------------------------------------------------------------------
# building (offline)
def _texts(corpus: Path):
    for f in sorted(corpus.glob("*.jsonl.gz")):
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                yield (r.get("title") or "") + "\n" + (r.get("text") or "")


def corpus_ids(corpus: Path, limit: int | None = None):
    """Every article as an array of base ids, the bases in order of first sight and their counts."""
    from ..lang.ar import TOKEN, normalize
    from .classify import _base

    index: dict[str, int] = {}
    memo: dict[str, int] = {}
    docs = []
    for n, text in enumerate(_texts(corpus)):
        if limit and n >= limit:
            break
        out = []
        for w in TOKEN.findall(normalize(text)):
            i = memo.get(w)
            if i is None:
                b = _base(w)
                i = index.setdefault(b, len(index))
                memo[w] = i
            out.append(i)
        docs.append(np.asarray(out, dtype=np.int32))
    counts = np.bincount(np.concatenate(docs), minlength=len(index))
    return docs, list(index), counts


def cooccurrence(docs, rank, n_words, n_ctx, window):
    """Counts of (word, context) pairs within ``window`` words, each weighted by 1/distance; ``rank`` maps a base
    id to its frequency rank."""
    M = np.zeros((n_words, n_ctx), dtype=np.float32)
    flat = M.reshape(-1)
    buf = []
    size = 0

    def flush():
        a = np.concatenate([x[0] for x in buf])
        w = np.concatenate([x[1] for x in buf])
        u, inv = np.unique(a, return_inverse=True)
        flat[u] += np.bincount(inv, weights=w).astype(np.float32)
        buf.clear()

    for d in docs:
        r = rank[d]
        for o in range(1, window + 1):
            if len(r) <= o:
                break
            for t, c in ((r[:-o], r[o:]), (r[o:], r[:-o])):
                keep = (t < n_words) & (c < n_ctx)
                k = t[keep].astype(np.int64) * n_ctx + c[keep]
                buf.append((k, np.full(len(k), 1.0 / o)))
                size += len(k)
        if size > 4_000_000:
            flush()
            size = 0
    if buf:
        flush()
    return M


def ppmi(M, cds=0.75):
    total = M.sum()
    pw = M.sum(axis=1, keepdims=True) / total
    pc = M.sum(axis=0) ** cds
    pc = (pc / pc.sum())[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        P = np.log(M / total) - np.log(pw) - np.log(pc)
    P[~np.isfinite(P)] = 0.0
    np.maximum(P, 0.0, out=P)
    return P.astype(np.float32)


def randomized_svd(A, k, iters=4, seed=0):
    rng = np.random.default_rng(seed)
    Q = np.linalg.qr(A @ rng.standard_normal((A.shape[1], k + 20)).astype(np.float32))[0]
    for _ in range(iters):
        Q = np.linalg.qr(A.T @ Q)[0]
        Q = np.linalg.qr(A @ Q)[0]
    Ub, s, _ = np.linalg.svd(Q.T @ A, full_matrices=False)
    return (Q @ Ub)[:, :k], s[:k]


def build(corpus: Path, out: Path = PATH, n_words=20000, n_ctx=5000, dim=100, window=4, limit=None, log=print):
    t = time.time()
    docs, bases, counts = corpus_ids(corpus, limit)
    order = np.argsort(-counts, kind="stable")
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    n_words, n_ctx = min(n_words, len(bases)), min(n_ctx, len(bases))
    log(f"{len(docs)} articles, {int(counts.sum())} words, {len(bases)} bases ({time.time() - t:.0f}s)")
    M = cooccurrence(docs, rank, n_words, n_ctx, window)
    log(f"co-occurrence {M.shape} ({time.time() - t:.0f}s)")
    U, s = randomized_svd(ppmi(M), dim)
    del M
    V = U * np.sqrt(s)[None, :]
    V /= np.linalg.norm(V, axis=1, keepdims=True).clip(1e-9)
    log(f"svd ({time.time() - t:.0f}s)")
    top = order[:n_words]
    freq = counts[top] / counts.sum()
    np.savez_compressed(out, vocab=np.array([bases[i] for i in top]), freq=freq.astype(np.float32),
                        vecs=np.round(V * 127).astype(np.int8))
    log(f"wrote {out} ({out.stat().st_size // 1024} KB, {time.time() - t:.0f}s)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="folder of *.jsonl.gz news records (title, text)")
    ap.add_argument("--out", type=Path, default=PATH)
    ap.add_argument("--words", type=int, default=20000)
    ap.add_argument("--contexts", type=int, default=5000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=4)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    a = ap.parse_args(argv)
    build(a.corpus, a.out, a.words, a.contexts, a.dim, a.window, a.limit)
