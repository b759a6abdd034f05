"""The single writer: turns processed documents into rows and appends them in one transaction per batch.

Only one process writes a database (DuckDB locks the file).  Rows of a batch are built in Python, turned
into one Arrow table per table and appended with ``INSERT ... SELECT`` (a bulk append, not row-by-row
statements).  A batch is all or nothing: a run killed half-way leaves only whole batches behind, and a
re-run skips what is stored by content hash, so it resumes without loss or duplicates.

A document whose content is stored already is *replaced* (same ``article_id``; its extracted rows deleted
and written anew in the same transaction) when the writer re-processes (``reprocess=True``, ``marsad ingest
--reprocess``) or when the stored article has errors (a stage failed on it: given again, it is tried again).
"""
from __future__ import annotations

import datetime as dt
import json
import time
from functools import lru_cache
from typing import Any, Iterable

import duckdb
import pyarrow as pa

from ..lang.ar import normalize
from ..record import ARTICLE_FIELDS, Doc
from .schema import SCHEMA_VERSION, TABLES, arrow_schema, column_names, create_schema, registered

DOC_KEYS = {"id", "source", "kind", "text", "meta", "content_hash", "article", "paragraphs", "sentences",
            "timex", "entities", "events", "quotes", "errors", "stats"}
ENTITY_KEYS = {"id", "name", "name_ar", "type", "country", "wikidata", "roles", "sector", "kb_id", "status",
               "mentions"}
EVENT_KEYS = {"id", "type", "mode", "context", "actors", "recipients", "location", "date", "date_text",
              "negated", "hypothetical", "historical", "sentence", "start", "end", "trigger", "confidence"}
QUOTE_KEYS = {"speaker", "text", "start", "end", "channel"}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _json(v: Any) -> str | None:
    if v is None or v == {} or v == []:
        return None
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"), default=str)


def _str(v: Any) -> str | None:
    if v is None or type(v) is str:
        return v
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def _strs(v: Any) -> list[str]:
    if not v:
        return []
    if isinstance(v, (str, dict)):
        v = [v]
    return [s for s in (_str(x) for x in v) if s is not None]


def _int(v: Any) -> int | None:
    try:
        return None if v is None or isinstance(v, bool) else int(v)
    except (TypeError, ValueError):
        return None


def _float(v: Any) -> float | None:
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def _bool(v: Any) -> bool | None:
    return None if v is None else bool(v)


def _date(v: Any) -> dt.date | None:
    """A DATE from an ISO string (``YYYY-MM-DD`` or a longer timestamp); None for anything else."""
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if not isinstance(v, str) or len(v) < 10:
        return None
    try:
        return dt.date.fromisoformat(v[:10])
    except ValueError:
        return None


def _extra(d: dict, known: set[str]) -> str | None:
    return _json({k: v for k, v in d.items() if k not in known})


@lru_cache(maxsize=100_000)
def _nkey(name: str) -> str:
    return normalize(" ".join(name.split()))


def _norm_join(names: Iterable[str | None]) -> str | None:
    """Distinct normalised names joined by ``|`` (the column the name filters search)."""
    seen: dict[str, None] = {}
    for n in names:
        if n:
            k = _nkey(n)
            if k:
                seen[k] = None
    return "|".join(seen) or None


class Party:
    """An event participant resolved against the document's entities."""

    __slots__ = ("id", "name", "name_ar", "country", "surface")

    def __init__(self, x: Any, ents: dict[str, dict]):
        if isinstance(x, dict):
            ent = ents.get(str(x.get("id"))) or x
            self.id = _str(x.get("id")) or _str(x.get("name")) or ""
        else:
            self.id = _str(x) or ""
            ent = ents.get(self.id) or {}
        self.name = _str(ent.get("name")) or _str(ent.get("name_ar")) or self.id
        self.name_ar = _str(ent.get("name_ar"))
        self.country = _str(ent.get("country"))
        self.surface = [m.get("text") for m in ent.get("mentions") or [] if isinstance(m, dict)]


class Batch:
    """Rows of one batch, per table."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {t: [] for t in ("articles", "documents", "entities", "mentions",
                                                             "events", "quotes", "errors")}
        self.error_keys: set[tuple] = set()

    def error(self, source, doc_id, reason, fatal, content_hash, article_id, run_id, now) -> None:
        key = (source or "", str(doc_id or ""), str(reason))
        if key in self.error_keys:
            return
        self.error_keys.add(key)
        self.rows["errors"].append({"source": key[0], "doc_id": key[1], "reason": key[2], "fatal": fatal,
                                    "content_hash": content_hash, "article_id": article_id,
                                    "run_id": run_id, "seen_at": now})


class Writer:
    """Opens (creating if needed) a marsad database and appends processed documents in batches."""

    def __init__(self, path: str, *, read_only: bool = False, reprocess: bool = False):
        self.path = path
        self.reprocess = reprocess  # replace stored articles met again, instead of skipping them
        self.con = duckdb.connect(path, read_only=read_only)
        if not read_only:
            create_schema(self.con)
        self.stored: set[str] | None = None
        self.retry: set[str] = set()  # hashes of stored articles with errors: replaced when met again
        self.next_article = self._max("articles", "article_id") + 1
        # a canonical event keeps the key of its first mention even when that mention was replaced: never
        # hand out a key that still names a canonical event
        self.next_event = max(self._max("events", "event_key"), self._max("events", "canonical_id")) + 1
        self.seconds = 0.0
        self.written_docs = 0
        self.has_fatal = bool(self.con.execute("SELECT count(*) FROM errors WHERE fatal").fetchone()[0])

    def _max(self, table: str, col: str) -> int:
        return int(self.con.execute(f"SELECT COALESCE(max({col}), 0) FROM {table}").fetchone()[0])

    def close(self) -> None:
        try:
            self.con.close()
        except Exception:
            pass

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- state -------------------------------------------------------------------------------------
    def known_hashes(self) -> set[str]:
        """Content hashes of every stored article (the writer keeps this set up to date)."""
        if self.stored is None:
            self.stored, self.retry = set(), set()
            for h, bad in self.con.execute("SELECT content_hash, len(COALESCE(errors, [])) > 0 "
                                           "FROM articles").fetchall():
                self.stored.add(h)
                if bad:
                    self.retry.add(h)
        return self.stored

    def retry_hashes(self) -> set[str]:
        """Content hashes of stored articles that a stage failed on (tried again when given again)."""
        self.known_hashes()
        return self.retry

    def counts(self) -> dict[str, int]:
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("articles", "entities", "mentions", "events", "quotes", "errors")}

    def start_run(self, paths: list[str], stages: list[str] | None, workers: int) -> int:
        from .. import __version__

        # DuckDB lets one process write a database: a run still marked running was killed.
        self.con.execute("UPDATE runs SET status = 'aborted' WHERE status = 'running'")
        run_id = self._max("runs", "run_id") + 1
        self.con.execute("INSERT INTO runs (run_id, started, status, paths, stages, workers, marsad_version) "
                         "VALUES (?, ?, 'running', ?, ?, ?, ?)",
                         [run_id, _now(), list(paths), list(stages) if stages else None, workers, __version__])
        return run_id

    def finish_run(self, run_id: int, status: str, stats: dict) -> None:
        self.con.execute("UPDATE runs SET finished = ?, status = ?, stats = ? WHERE run_id = ?",
                         [_now(), status, _json(stats), run_id])
        try:
            self.con.execute("CHECKPOINT")
        except duckdb.Error:
            pass

    # -- writing -----------------------------------------------------------------------------------
    def write_batch(self, docs: list[Doc], run_id: int | None = None) -> dict[str, int]:
        """Store ``docs`` in one transaction.  Returns counts: new, replaced (stored articles written anew,
        see the module docstring), duplicates, failed (unreadable documents), error_rows_new (error rows
        not recorded before), resolved (earlier read failures of a source that is now stored: their rows
        are removed), with_errors (stored with non-fatal errors).  Other documents whose content is
        already stored are skipped (counted as duplicates)."""
        t0 = time.perf_counter()
        stored = self.known_hashes()
        now = _now()
        b = Batch()
        new_hashes: list[str] = []
        n = {"new": 0, "replaced": 0, "duplicates": 0, "failed": 0, "error_rows_new": 0, "resolved": 0,
             "with_errors": 0}
        next_article, next_event = self.next_article, self.next_event
        in_batch: set[str] = set()
        replace = self._article_ids([d.get("content_hash") for d in docs if d.get("kind") != "error"
                                     and d.get("content_hash") in stored
                                     and (self.reprocess or d.get("content_hash") in self.retry)])
        retry_now: dict[str, bool] = {}
        for doc in docs:
            if doc.get("kind") == "error":
                n["failed"] += 1
                for reason in doc.get("errors") or ["unreadable document"]:
                    b.error(doc.get("source"), doc.get("id"), reason, True, None, None, run_id, now)
                continue
            h = doc.get("content_hash")
            if not h or h in in_batch or (h in stored and h not in replace):
                n["duplicates"] += 1
                continue
            in_batch.add(h)
            if h in replace:
                aid = replace[h]
                n["replaced"] += 1
            else:
                aid = next_article
                next_article += 1
                new_hashes.append(h)
                n["new"] += 1
            next_event = self._rows(b, doc, aid, next_event, run_id, now)
            n["with_errors"] += bool(doc.get("errors"))
            retry_now[h] = bool(doc.get("errors"))
        self.con.execute("BEGIN TRANSACTION")
        try:
            if replace:
                self._delete_articles(sorted(replace.values()))
            if self.has_fatal and n["failed"]:
                self._supersede_read_failures([r for r in b.rows["errors"] if r["fatal"]])
            for table, rows in b.rows.items():
                if not rows:
                    continue
                res = self._append(table, rows)
                if table == "errors":
                    n["error_rows_new"] = res
            if self.has_fatal and b.rows["articles"]:
                # a source that could not be read before and is stored now (the file was repaired, or the
                # reader learnt to read it): its old read failure is no longer true
                srcs = pa.table({"source": pa.array(sorted({r["source"] or "" for r in b.rows["articles"]}),
                                                    pa.string())})
                with registered(self.con, "_marsad_sources", srcs):
                    res = self.con.execute("DELETE FROM errors WHERE fatal AND source IN "
                                           "(SELECT source FROM _marsad_sources)").fetchone()
                    n["resolved"] = int(res[0]) if res else 0
            self.con.execute("COMMIT")
        except BaseException:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        self.next_article, self.next_event = next_article, next_event
        self.has_fatal = self.has_fatal or bool(n["failed"])
        stored.update(new_hashes)
        for h, bad in retry_now.items():
            if bad:
                self.retry.add(h)
            else:
                self.retry.discard(h)
        self.seconds += time.perf_counter() - t0
        self.written_docs += len(docs)
        return n

    def _article_ids(self, hashes: list[str]) -> dict[str, int]:
        """``article_id`` of each stored content hash given."""
        if not hashes:
            return {}
        with registered(self.con, "_marsad_hashes", pa.table({"h": pa.array(sorted(set(hashes)), pa.string())})):
            return dict(self.con.execute("SELECT content_hash, article_id FROM articles "
                                         "WHERE content_hash IN (SELECT h FROM _marsad_hashes)").fetchall())

    # tables whose rows belong to one article and are written anew when it is replaced
    ARTICLE_TABLES = ("articles", "documents", "entities", "mentions", "events", "quotes", "article_signatures",
                      "article_embeddings")

    def _delete_articles(self, ids: list[int]) -> None:
        """Delete every row of these articles (inside the caller's transaction) before they are written anew:
        extracted rows, near-duplicate signature and story embedding (linking recomputes them), and the
        non-fatal errors met when they were stored.  Canonical events and clusters that other articles
        share keep their ids; linking joins the new rows to them."""
        with registered(self.con, "_marsad_ids", pa.table({"article_id": pa.array(ids, pa.int64())})):
            for t in self.ARTICLE_TABLES:
                self.con.execute(f"DELETE FROM {t} WHERE article_id IN (SELECT article_id FROM _marsad_ids)")
            self.con.execute("DELETE FROM errors WHERE NOT COALESCE(fatal, false) "
                             "AND article_id IN (SELECT article_id FROM _marsad_ids)")

    def _supersede_read_failures(self, fatal_rows: list[dict]) -> None:
        """A source that still cannot be read: its earlier read failures under another document id or
        reason (an older marsad named the document differently, or the file changed) give way to what is
        met now, so each unreadable source is listed once, as it is now."""
        if not fatal_rows:
            return
        with registered(self.con, "_marsad_fatal", pa.table({
                "source": pa.array([r["source"] for r in fatal_rows], pa.string()),
                "doc_id": pa.array([r["doc_id"] for r in fatal_rows], pa.string()),
                "reason": pa.array([r["reason"] for r in fatal_rows], pa.string())})):
            self.con.execute(
                "DELETE FROM errors WHERE COALESCE(fatal, false) AND source IN (SELECT source FROM _marsad_fatal) "
                "AND (source, doc_id, reason) NOT IN (SELECT (source, doc_id, reason) FROM _marsad_fatal)")

    def _append(self, table: str, rows: list[dict]) -> int:
        schema = arrow_schema(table)
        tbl = pa.Table.from_arrays([pa.array([r[f.name] for r in rows], f.type) for f in schema], schema=schema)
        cols = ", ".join(f'"{c}"' for c in column_names(table))
        name = f"_marsad_batch_{table}"
        with registered(self.con, name, tbl):
            conflict = " ON CONFLICT DO NOTHING" if table == "errors" else ""
            res = self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {name}{conflict}")
            row = res.fetchone()
            return int(row[0]) if row else len(rows)

    def _rows(self, b: Batch, doc: Doc, aid: int, next_event: int, run_id, now) -> int:
        art = doc.get("article") or {}
        ents_list = [e for e in doc.get("entities") or [] if isinstance(e, dict)]
        ents = {str(e.get("id")): e for e in ents_list if e.get("id") is not None}
        events = [e for e in doc.get("events") or [] if isinstance(e, dict)]
        quotes = [q for q in doc.get("quotes") or [] if isinstance(q, dict)]
        errors = _strs(doc.get("errors"))
        published = _str(art.get("published"))
        h = doc.get("content_hash")
        b.rows["articles"].append({
            "article_id": aid, "content_hash": h, "doc_id": _str(doc.get("id")),
            "source": _str(doc.get("source")), "kind": _str(doc.get("kind")),
            "outlet": _str(art.get("outlet")), "url": _str(art.get("url")),
            "headline": _str(art.get("headline")), "deck": _str(art.get("deck")),
            "published": published, "published_date": _date(published),
            "language": _str(art.get("language")), "agency": _str(art.get("agency")),
            "tags": _strs(art.get("tags")), "body": _str(art.get("body")) or "",
            "boilerplate": _strs(art.get("boilerplate")),
            "n_entities": len(ents_list), "n_events": len(events), "n_quotes": len(quotes),
            "names_norm": None, "errors": errors, "extra": _extra(art, set(ARTICLE_FIELDS)),
            "run_id": run_id, "ingested_at": now, "cluster_id": None, "story_id": None,
        })
        extra = {k: v for k, v in doc.items() if k not in DOC_KEYS}
        if doc.get("stats"):
            extra["stats"] = doc["stats"]
        b.rows["documents"].append({
            "article_id": aid, "text": doc.get("text") or "", "meta": _json(doc.get("meta")),
            "paragraphs": _json(doc.get("paragraphs")), "sentences": _json(doc.get("sentences")),
            "timex": _json(doc.get("timex")), "extra": _json(extra),
        })
        art_row = b.rows["articles"][-1]
        names: dict[str, None] = {}
        for i, e in enumerate(ents_list):
            eid = _str(e.get("id")) or f"_{i}"
            mentions = [m for m in e.get("mentions") or [] if isinstance(m, dict)]
            name_norm = _norm_join([_str(e.get("name")), _str(e.get("name_ar"))]
                                   + [m.get("text") for m in mentions])
            if name_norm:
                names.update(dict.fromkeys(name_norm.split("|")))
            b.rows["entities"].append({
                "article_id": aid, "entity_id": eid, "name": _str(e.get("name")),
                "name_ar": _str(e.get("name_ar")), "type": _str(e.get("type")),
                "country": _str(e.get("country")), "wikidata": _str(e.get("wikidata")),
                "roles": _strs(e.get("roles")), "sector": _str(e.get("sector")), "kb_id": _str(e.get("kb_id")),
                "status": _str(e.get("status")), "n_mentions": len(mentions),
                "name_norm": name_norm,
                "extra": _extra(e, ENTITY_KEYS),
            })
            for m in mentions:
                b.rows["mentions"].append({"article_id": aid, "entity_id": eid, "text": _str(m.get("text")),
                                           "start": _int(m.get("start")), "end": _int(m.get("end")),
                                           "kind": _str(m.get("kind"))})
        art_row["names_norm"] = "|".join(names) or None
        for ev in events:
            actors = [Party(x, ents) for x in _list(ev.get("actors"))]
            recips = [Party(x, ents) for x in _list(ev.get("recipients"))]
            trig = ev.get("trigger")
            if isinstance(trig, dict):
                trig_text, ts, te = _str(trig.get("text")), _int(trig.get("start")), _int(trig.get("end"))
            else:
                trig_text, ts, te = _str(trig), None, None
            loc = ev.get("location")
            loc_id = _str(loc.get("id") if isinstance(loc, dict) else loc)
            loc_ent = ents.get(loc_id or "") or (loc if isinstance(loc, dict) else {})
            b.rows["events"].append({
                "event_key": next_event, "article_id": aid, "event_id": _str(ev.get("id")),
                "type": _str(ev.get("type")), "mode": _str(ev.get("mode")), "context": _strs(ev.get("context")),
                "actors": [p.id for p in actors], "actor_names": [p.name for p in actors],
                "actor_names_ar": [p.name_ar for p in actors], "actor_countries": [p.country for p in actors],
                "recipients": [p.id for p in recips], "recipient_names": [p.name for p in recips],
                "recipient_names_ar": [p.name_ar for p in recips],
                "recipient_countries": [p.country for p in recips],
                "location": loc_id,
                "location_name": _str(loc_ent.get("name")) or _str(loc_ent.get("name_ar")) or loc_id,
                "date": _date(ev.get("date")), "date_text": _str(ev.get("date_text")),
                "negated": _bool(ev.get("negated")), "hypothetical": _bool(ev.get("hypothetical")),
                "historical": _bool(ev.get("historical")), "sentence": _str(ev.get("sentence")),
                "start": _int(ev.get("start")), "end": _int(ev.get("end")),
                "trigger": trig_text, "trigger_start": ts, "trigger_end": te,
                "confidence": _float(ev.get("confidence")),
                "parties_norm": _norm_join(n for p in actors + recips for n in [p.name, p.name_ar, *p.surface]),
                "extra": _extra(ev, EVENT_KEYS), "canonical_id": None,
            })
            next_event += 1
        for i, q in enumerate(quotes):
            sp = q.get("speaker")
            party = Party(sp, ents) if sp is not None else None
            b.rows["quotes"].append({
                "article_id": aid, "quote_no": i, "speaker": party.id if party else None,
                "speaker_name": party.name if party else None, "text": _str(q.get("text")),
                "start": _int(q.get("start")), "end": _int(q.get("end")), "channel": _str(q.get("channel")),
                "extra": _extra(q, QUOTE_KEYS),
            })
        for reason in errors:
            b.error(doc.get("source"), doc.get("id"), reason, False, h, aid, run_id, now)
        return next_event


def _list(v: Any) -> list:
    if v is None:
        return []
    if isinstance(v, (str, dict)):
        return [v]
    return list(v)


__all__ = ["Writer", "SCHEMA_VERSION", "TABLES"]
