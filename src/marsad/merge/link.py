"""Link newly stored articles to earlier ones, after ``marsad ingest`` wrote them.

Three passes over the articles and events that are not linked yet (``cluster_id`` / ``story_id`` /
``canonical_id`` still NULL), so linking is incremental and a killed run is finished by the next one:

1. near-duplicates: MinHash signatures (kept in ``article_signatures``) → ``articles.cluster_id``;
2. stories: multilingual embeddings (kept in ``article_embeddings``) + shared entities →
   ``articles.story_id``;
3. canonical events: factual events of the same type, parties, dates and place → ``events.canonical_id``
   (the ``event_key`` of the first mention).  Negated and hypothetical events stay their own canonical event.
"""
from __future__ import annotations

import time
from collections import defaultdict

import numpy as np
import pyarrow as pa

from ..store.schema import registered
from .dedup import NearDuplicateIndex, article_text, signature
from .events import Canonical, EventMerger, Mention, party_key, side_keys
from .stories import StoryIndex, embed, story_text


def _update(con, table: str, key: str, col: str, pairs: list[tuple[int, int]]) -> None:
    if not pairs:
        return
    t = pa.table({"k": pa.array([p[0] for p in pairs], pa.int64()), "v": pa.array([p[1] for p in pairs], pa.int64())})
    with registered(con, "_marsad_upd", t):
        con.execute(f"UPDATE {table} SET {col} = u.v FROM _marsad_upd u WHERE {table}.{key} = u.k")


def link_clusters(con) -> int:
    idx = NearDuplicateIndex()
    for aid, sig, cl in con.execute(
            "SELECT s.article_id, s.minhash, a.cluster_id FROM article_signatures s JOIN articles a USING (article_id)"
            " WHERE a.cluster_id IS NOT NULL ORDER BY s.article_id").fetchall():
        idx.load(str(aid), list(sig) if sig else None, str(cl))
    rows = con.execute("SELECT article_id, headline, body FROM articles WHERE cluster_id IS NULL "
                       "ORDER BY article_id").fetchall()
    sigs, pairs = [], []
    for aid, head, body in rows:
        sig = signature(article_text({"article": {"headline": head, "body": body}}))
        cl, _ = idx.add(str(aid), sig)
        pairs.append((aid, int(cl)))
        sigs.append((aid, sig))
    if sigs:
        with registered(con, "_marsad_sigs", pa.table({
                "article_id": pa.array([s[0] for s in sigs], pa.int64()),
                "minhash": pa.array([s[1] for s in sigs], pa.list_(pa.uint64()))})):
            con.execute("INSERT INTO article_signatures SELECT article_id, minhash FROM _marsad_sigs")
    _update(con, "articles", "article_id", "cluster_id", pairs)
    return len(pairs)


def _entity_keys(con, where: str) -> dict[int, frozenset[str]]:
    keys: dict[int, set[str]] = defaultdict(set)
    for aid, name, typ, country, wikidata, kb_id, sector in con.execute(
            "SELECT e.article_id, e.name, e.type, e.country, e.wikidata, e.kb_id, e.sector FROM entities e "
            f"JOIN articles a USING (article_id) WHERE e.type IN ('PERSON', 'ORG') AND {where}").fetchall():
        k = party_key({"name": name, "type": typ, "country": country, "wikidata": wikidata, "kb_id": kb_id,
                       "sector": sector})
        if k:
            keys[aid].add(k)
    return {k: frozenset(v) for k, v in keys.items()}


def link_stories(con, batch: int = 256) -> int:
    rows = con.execute("SELECT article_id, headline, body, published_date FROM articles WHERE story_id IS NULL "
                       "ORDER BY article_id").fetchall()
    if not rows:
        return 0
    idx = StoryIndex()
    old = con.execute("SELECT v.article_id, v.vec, a.published_date, a.story_id FROM article_embeddings v "
                      "JOIN articles a USING (article_id) WHERE a.story_id IS NOT NULL ORDER BY v.article_id").fetchall()
    old_ents = _entity_keys(con, "a.story_id IS NOT NULL") if old else {}
    for aid, vec, day, story in old:
        idx.add(str(aid), np.asarray(vec, dtype=np.float32), str(day) if day else None,
                old_ents.get(aid, frozenset()), story=str(story))
    new_ents = _entity_keys(con, "a.story_id IS NULL")
    pairs, vecs_out = [], []
    for i in range(0, len(rows), batch):
        chunk = rows[i:i + batch]
        texts = [story_text({"article": {"headline": h, "body": b}}) for _, h, b, _ in chunk]
        vecs = embed(texts)
        for (aid, _, _, day), v in zip(chunk, vecs):
            story = idx.add(str(aid), v, str(day) if day else None, new_ents.get(aid, frozenset()))
            pairs.append((aid, int(story)))
            vecs_out.append((aid, v))
    with registered(con, "_marsad_vecs", pa.table({
            "article_id": pa.array([v[0] for v in vecs_out], pa.int64()),
            "vec": pa.array([v[1].tolist() for v in vecs_out], pa.list_(pa.float32()))})):
        con.execute("INSERT INTO article_embeddings SELECT article_id, vec FROM _marsad_vecs")
    _update(con, "articles", "article_id", "story_id", pairs)
    return len(pairs)


def link_events(con, window: int = 1) -> int:
    ents_by_article: dict[int, dict[str, dict]] = defaultdict(dict)

    def load_entities(where: str):
        for aid, eid, name, typ, country, wikidata, kb_id, sector in con.execute(
                "SELECT e.article_id, e.entity_id, e.name, e.type, e.country, e.wikidata, e.kb_id, e.sector "
                f"FROM entities e WHERE e.article_id IN (SELECT DISTINCT article_id FROM events WHERE {where})"
        ).fetchall():
            ents_by_article[aid][eid] = {"name": name, "type": typ, "country": country, "wikidata": wikidata,
                                         "kb_id": kb_id, "sector": sector}

    factual = "NOT COALESCE(negated, false) AND NOT COALESCE(hypothetical, false)"
    cols = ("SELECT e.event_key, e.article_id, e.type, e.actors, e.recipients, e.date, e.location, "
            "e.canonical_id, a.cluster_id FROM events e JOIN articles a USING (article_id) WHERE ")
    merger = EventMerger(window=window)
    load_entities(f"canonical_id IS NOT NULL AND {factual}")
    canon: dict[int, Canonical] = {}
    for key, aid, typ, acts, recs, day, loc, cid, cl in con.execute(
            cols + f"e.canonical_id IS NOT NULL AND {factual} ORDER BY e.event_key").fetchall():
        ents = ents_by_article[aid]
        c = canon.get(cid)
        if c is None:
            c = canon[cid] = Canonical(id=str(cid), type=typ, actors=set(), recipients=set())
        c.actors |= side_keys(acts, ents)
        c.recipients |= side_keys(recs, ents)
        if day:
            c.dates.add(str(day))
        if loc and party_key(ents.get(loc)):
            c.locations.add(party_key(ents.get(loc)))
        if cl is not None:
            c.clusters.add(str(cl))
        c.mentions.append(str(key))
    for c in canon.values():  # indexed once their parties are known
        merger.load(c)
    load_entities(f"canonical_id IS NULL AND {factual}")
    pairs = []
    for key, aid, typ, acts, recs, day, loc, _, cl in con.execute(
            cols + f"e.canonical_id IS NULL AND {factual} ORDER BY e.event_key").fetchall():
        ents = ents_by_article[aid]
        m = Mention(event_key=str(key), type=typ, actors=side_keys(acts, ents),
                    recipients=side_keys(recs, ents), date=str(day) if day else None,
                    location=party_key(ents.get(loc)) if loc else None,
                    cluster=str(cl) if cl is not None else None)
        pairs.append((key, int(merger.add(m))))
    # negated / hypothetical mentions: each its own canonical event
    con.execute(f"UPDATE events SET canonical_id = event_key WHERE canonical_id IS NULL AND NOT ({factual})")
    _update(con, "events", "event_key", "canonical_id", pairs)
    return len(pairs)


def link(con, stories: bool = True) -> dict:
    """Run the three passes in one transaction; returns counts and seconds."""
    t0 = time.perf_counter()
    con.execute("BEGIN TRANSACTION")
    try:
        out = {"clustered": link_clusters(con)}
        out["storied"] = link_stories(con) if stories else 0
        out["events_linked"] = link_events(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    out["seconds"] = round(time.perf_counter() - t0, 2)
    return out
