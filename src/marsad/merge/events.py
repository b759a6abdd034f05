"""One event from many reports: canonical events across articles.

Two event mentions (from any articles) are the same real-world event when they have the same PLOVER type,
compatible parties (each side's party keys overlap; for symmetric types the two sides may be swapped),
dates within ``window`` days of each other (or one undated, within the same near-duplicate cluster) and
compatible places (same place or one unknown).  A party key is the most specific identifier an entity has:
Wikidata id, knowledge-base id, else country code + sector, else its normalised name.

The index is incremental: the canonical events of earlier runs are loaded, and new mentions join them or
found new ones.  Independent sources of a canonical event are its distinct near-duplicate clusters
(a wire story reprinted by ten outlets is one source).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from ..lang.ar import normalize

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def party_key(ent: dict | None) -> str | None:
    if not ent:
        return None
    if ent.get("wikidata"):
        return ent["wikidata"]
    if ent.get("kb_id"):
        return f"kb:{ent['kb_id']}"
    if ent.get("type") in ("GPE",) and ent.get("country"):
        return f"gpe:{ent['country']}"
    if ent.get("country") and ent.get("sector"):
        return f"{ent['country']}:{ent['sector']}"
    name = normalize(ent.get("name") or "")
    return f"name:{name}" if name else None


def side_keys(ids: list[str], ents: dict[str, dict]) -> frozenset[str]:
    """The party keys of one side of an event (entity ids resolved through ``ents``)."""
    keys = set()
    for i in ids or []:
        k = party_key(ents.get(i))
        if k:
            keys.add(k)
    return frozenset(keys)


def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


@dataclass
class Mention:
    """One event as extracted from one article."""

    event_key: str  # unique per mention (article key + event id)
    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    date: str | None
    location: str | None
    cluster: str | None = None


@dataclass
class Canonical:
    id: str
    type: str
    actors: set[str]
    recipients: set[str]
    dates: set[str] = field(default_factory=set)
    locations: set[str] = field(default_factory=set)
    mentions: list[str] = field(default_factory=list)
    clusters: set[str] = field(default_factory=set)

    @property
    def sources(self) -> int:
        return max(1, len(self.clusters))


def _overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    return (not a and not b) or bool(a & b)


class EventMerger:
    """Canonical events indexed by (type, party key): a mention is compared only with canonical events of
    its type that share a party with it (a mention with no party is never merged)."""

    def __init__(self, window: int = 1):
        self.window = window
        self.canon: dict[str, Canonical] = {}
        self._order: dict[str, int] = {}
        self._by_key: dict[tuple[str, str], set[str]] = defaultdict(set)

    def _index(self, c: Canonical, keys) -> None:
        for k in keys:
            self._by_key[(c.type, k)].add(c.id)

    def load(self, c: Canonical) -> None:
        self.canon[c.id] = c
        self._order.setdefault(c.id, len(self._order))
        self._index(c, c.actors | c.recipients)

    def _compatible(self, c: Canonical, m: Mention) -> bool:
        same = _overlap(c.actors, m.actors) and _overlap(c.recipients, m.recipients)
        if not same and m.type in SYMMETRIC:
            same = _overlap(c.actors, m.recipients) and _overlap(c.recipients, m.actors)
            if not same:  # symmetric: both sides together
                same = bool((c.actors | c.recipients) >= (m.actors | m.recipients)
                            or (m.actors | m.recipients) >= (c.actors | c.recipients)) and \
                    bool((c.actors | c.recipients) & (m.actors | m.recipients))
        if not same or not (m.actors | m.recipients):
            return False
        md = _d(m.date)
        if md and c.dates:
            if not any(abs((md - _d(x)).days) <= self.window for x in c.dates if _d(x)):
                return False
        elif not md or not c.dates:
            # an undated mention joins only within the same near-duplicate cluster
            if not (m.cluster and m.cluster in c.clusters):
                return False
        if m.location and c.locations and m.location not in c.locations:
            return False
        return True

    def add(self, m: Mention) -> str:
        """Attach a mention to a canonical event (new or existing); returns the canonical id."""
        cands: set[str] = set()
        for k in m.actors | m.recipients:
            cands |= self._by_key.get((m.type, k), set())
        for cid in sorted(cands, key=self._order.__getitem__, reverse=True):  # most recent first
            c = self.canon[cid]
            if self._compatible(c, m):
                break
        else:
            c = Canonical(id=m.event_key, type=m.type, actors=set(m.actors), recipients=set(m.recipients))
            self.load(c)
        c.mentions.append(m.event_key)
        c.actors |= m.actors
        c.recipients |= m.recipients
        self._index(c, m.actors | m.recipients)
        if m.date:
            c.dates.add(m.date[:10])
        if m.location:
            c.locations.add(m.location)
        if m.cluster:
            c.clusters.add(m.cluster)
        return c.id


def mentions_of(doc: dict, article_key: str, cluster: str | None) -> list[Mention]:
    """Factual events of one processed document as mentions (negated/hypothetical ones are not merged)."""
    ents = {e["id"]: e for e in doc.get("entities") or []}
    out = []
    for ev in doc.get("events") or []:
        if ev.get("negated") or ev.get("hypothetical"):
            continue
        loc = party_key(ents.get(ev.get("location"))) if ev.get("location") else None
        out.append(Mention(event_key=f"{article_key}:{ev['id']}", type=ev["type"],
                           actors=side_keys(ev.get("actors"), ents), recipients=side_keys(ev.get("recipients"), ents),
                           date=ev.get("date"), location=loc, cluster=cluster))
    return out
