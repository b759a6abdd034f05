"""The database schema: one definition gives the DDL, the Arrow batch types and the documentation check.

Tables (see docs/store.md for every column):

- ``articles``   one row per distinct input text (key ``article_id``; ``content_hash`` unique)
- ``documents``  the raw input text and reader/segmenter spans of each article (offsets index ``text``)
- ``entities``   entities found in an article; ``mentions`` their mentions
- ``events``     events found in an article (each a *mention* of a canonical event, ``canonical_id``)
- ``quotes``     quotations
- ``errors``     documents that could not be read (fatal) and problems of stored documents (non-fatal)
- ``runs``       one row per ``marsad ingest`` run with its statistics
- ``marsad_meta`` schema version

Views: ``event_mentions`` (events joined with their article, with ``canonical_key`` and ``day``).
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1"


@contextmanager
def registered(con, name: str, table: pa.Table):
    """``table`` readable by SQL as ``name`` inside the block, unregistered after it (also when it fails)."""
    con.register(name, table)
    try:
        yield name
    finally:
        con.unregister(name)


@dataclass(frozen=True)
class Col:
    name: str
    sql: str
    arrow: pa.DataType
    constraint: str = ""
    zstd: bool = False  # long text: stored zstd-compressed (several times smaller than DuckDB's default)


_S, _I64, _I32, _F, _B = pa.string(), pa.int64(), pa.int32(), pa.float64(), pa.bool_()
_LS = pa.list_(pa.string())
_D, _TS = pa.date32(), pa.timestamp("us")

TABLES: dict[str, list[Col]] = {
    "articles": [
        Col("article_id", "BIGINT", _I64, "PRIMARY KEY"),
        Col("content_hash", "VARCHAR", _S, "NOT NULL UNIQUE"),
        Col("doc_id", "VARCHAR", _S),
        Col("source", "VARCHAR", _S),
        Col("kind", "VARCHAR", _S),
        Col("outlet", "VARCHAR", _S),
        Col("url", "VARCHAR", _S),
        Col("headline", "VARCHAR", _S),
        Col("deck", "VARCHAR", _S),
        Col("published", "VARCHAR", _S),
        Col("published_date", "DATE", _D),
        Col("language", "VARCHAR", _S),
        Col("agency", "VARCHAR", _S),
        Col("tags", "VARCHAR[]", _LS),
        Col("body", "VARCHAR", _S, zstd=True),
        Col("boilerplate", "VARCHAR[]", _LS),
        Col("n_entities", "INTEGER", _I32),
        Col("n_events", "INTEGER", _I32),
        Col("n_quotes", "INTEGER", _I32),
        Col("names_norm", "VARCHAR", _S),
        Col("errors", "VARCHAR[]", _LS),
        Col("extra", "JSON", _S),
        Col("run_id", "BIGINT", _I64),
        Col("ingested_at", "TIMESTAMP", _TS),
        Col("cluster_id", "BIGINT", _I64),
        Col("story_id", "BIGINT", _I64),
    ],
    "documents": [
        Col("article_id", "BIGINT", _I64, "NOT NULL"),
        Col("text", "VARCHAR", _S, zstd=True),
        Col("meta", "JSON", _S, zstd=True),
        Col("paragraphs", "JSON", _S, zstd=True),
        Col("sentences", "JSON", _S, zstd=True),
        Col("timex", "JSON", _S, zstd=True),
        Col("extra", "JSON", _S, zstd=True),
    ],
    "entities": [
        Col("article_id", "BIGINT", _I64, "NOT NULL"),
        Col("entity_id", "VARCHAR", _S, "NOT NULL"),
        Col("name", "VARCHAR", _S),
        Col("name_ar", "VARCHAR", _S),
        Col("type", "VARCHAR", _S),
        Col("country", "VARCHAR", _S),
        Col("wikidata", "VARCHAR", _S),
        Col("roles", "VARCHAR[]", _LS),
        Col("sector", "VARCHAR", _S),
        Col("kb_id", "VARCHAR", _S),
        Col("status", "VARCHAR", _S),
        Col("n_mentions", "INTEGER", _I32),
        Col("name_norm", "VARCHAR", _S),
        Col("extra", "JSON", _S),
    ],
    "mentions": [
        Col("article_id", "BIGINT", _I64, "NOT NULL"),
        Col("entity_id", "VARCHAR", _S, "NOT NULL"),
        Col("text", "VARCHAR", _S),
        Col("start", "INTEGER", _I32),
        Col("end", "INTEGER", _I32),
        Col("kind", "VARCHAR", _S),
    ],
    "events": [
        Col("event_key", "BIGINT", _I64, "NOT NULL"),
        Col("article_id", "BIGINT", _I64, "NOT NULL"),
        Col("event_id", "VARCHAR", _S),
        Col("type", "VARCHAR", _S),
        Col("mode", "VARCHAR", _S),
        Col("context", "VARCHAR[]", _LS),
        Col("actors", "VARCHAR[]", _LS),
        Col("actor_names", "VARCHAR[]", _LS),
        Col("actor_names_ar", "VARCHAR[]", _LS),
        Col("actor_countries", "VARCHAR[]", _LS),
        Col("recipients", "VARCHAR[]", _LS),
        Col("recipient_names", "VARCHAR[]", _LS),
        Col("recipient_names_ar", "VARCHAR[]", _LS),
        Col("recipient_countries", "VARCHAR[]", _LS),
        Col("location", "VARCHAR", _S),
        Col("location_name", "VARCHAR", _S),
        Col("date", "DATE", _D),
        Col("date_text", "VARCHAR", _S),
        Col("negated", "BOOLEAN", _B),
        Col("hypothetical", "BOOLEAN", _B),
        Col("historical", "BOOLEAN", _B),
        Col("sentence", "VARCHAR", _S, zstd=True),
        Col("start", "INTEGER", _I32),
        Col("end", "INTEGER", _I32),
        Col("trigger", "VARCHAR", _S),
        Col("trigger_start", "INTEGER", _I32),
        Col("trigger_end", "INTEGER", _I32),
        Col("confidence", "DOUBLE", _F),
        Col("parties_norm", "VARCHAR", _S),
        Col("extra", "JSON", _S),
        Col("canonical_id", "BIGINT", _I64),
    ],
    "quotes": [
        Col("article_id", "BIGINT", _I64, "NOT NULL"),
        Col("quote_no", "INTEGER", _I32),
        Col("speaker", "VARCHAR", _S),
        Col("speaker_name", "VARCHAR", _S),
        Col("text", "VARCHAR", _S),
        Col("start", "INTEGER", _I32),
        Col("end", "INTEGER", _I32),
        Col("channel", "VARCHAR", _S),
        Col("extra", "JSON", _S),
    ],
    "errors": [
        Col("source", "VARCHAR", _S, "NOT NULL"),
        Col("doc_id", "VARCHAR", _S, "NOT NULL"),
        Col("reason", "VARCHAR", _S, "NOT NULL"),
        Col("fatal", "BOOLEAN", _B),
        Col("content_hash", "VARCHAR", _S),
        Col("article_id", "BIGINT", _I64),
        Col("run_id", "BIGINT", _I64),
        Col("seen_at", "TIMESTAMP", _TS),
    ],
    "runs": [
        Col("run_id", "BIGINT", _I64, "PRIMARY KEY"),
        Col("started", "TIMESTAMP", _TS),
        Col("finished", "TIMESTAMP", _TS),
        Col("status", "VARCHAR", _S),
        Col("paths", "VARCHAR[]", _LS),
        Col("stages", "VARCHAR[]", _LS),
        Col("workers", "INTEGER", _I32),
        Col("marsad_version", "VARCHAR", _S),
        Col("stats", "JSON", _S),
    ],
    "article_signatures": [
        Col("article_id", "BIGINT", _I64, "NOT NULL"),
        Col("minhash", "UBIGINT[]", pa.list_(pa.uint64())),
    ],
    "article_embeddings": [
        Col("article_id", "BIGINT", _I64, "NOT NULL"),
        Col("vec", "FLOAT[]", pa.list_(pa.float32())),
    ],
    "marsad_meta": [
        Col("key", "VARCHAR", _S, "PRIMARY KEY"),
        Col("value", "VARCHAR", _S),
    ],
}

# Table-level constraints (composite keys).
TABLE_CONSTRAINTS: dict[str, list[str]] = {
    "errors": ["PRIMARY KEY (source, doc_id, reason)"],
}

VIEWS: dict[str, str] = {
    # Every stored event with its article; ``canonical_key`` is the canonical event it reports (its own
    # ``event_key`` until cross-article merging fills ``canonical_id``); ``day`` is the event's date, else the
    # article's publication date.
    "event_mentions": """
        SELECT e.*, COALESCE(e.canonical_id, e.event_key) AS canonical_key,
               COALESCE(e.date, a.published_date) AS day,
               a.doc_id, a.content_hash, a.headline, a.outlet, a.url, a.published, a.published_date,
               a.cluster_id, a.story_id,
               a.language
        FROM events e JOIN articles a USING (article_id)
    """,
}

# No secondary indexes: DuckDB scans with zone maps and joins by hashing; ART indexes would only slow
# the bulk inserts.  The only keys are the ones that protect the data (article key, content hash, error key).
INDEXES: list[str] = []


def _q(name: str) -> str:
    return f'"{name}"'


def _col_sql(c: Col, compression: bool) -> str:
    comp = " USING COMPRESSION zstd" if compression and c.zstd else ""
    return f"{_q(c.name)} {c.sql}{comp} {c.constraint}".rstrip()


def table_ddl(name: str, compression: bool = True) -> str:
    parts = [_col_sql(c, compression) for c in TABLES[name]]
    parts += TABLE_CONSTRAINTS.get(name, [])
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  " + ",\n  ".join(parts) + "\n)"


def supports_column_compression(con) -> bool:
    """Whether this DuckDB accepts ``USING COMPRESSION`` in column definitions (newer versions do)."""
    try:
        con.execute("CREATE TEMP TABLE _marsad_probe (x VARCHAR USING COMPRESSION zstd)")
        con.execute("DROP TABLE _marsad_probe")
        return True
    except Exception:
        return False


def arrow_schema(name: str) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.arrow) for c in TABLES[name]])


def column_names(name: str) -> list[str]:
    return [c.name for c in TABLES[name]]


class SchemaMismatch(RuntimeError):
    pass


def create_schema(con) -> None:
    """Create missing tables, columns, indexes and views; refuse a database written by another schema
    version.  Adding a table or a nullable column is not a new version: older databases get it here."""
    existing = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
    if "marsad_meta" in existing:
        row = con.execute("SELECT value FROM marsad_meta WHERE key = 'schema_version'").fetchone()
        if row and row[0] != SCHEMA_VERSION:
            raise SchemaMismatch(f"database schema version {row[0]}, this marsad writes version "
                                 f"{SCHEMA_VERSION}: ingest into a new database file")
    elif existing & set(TABLES):
        raise SchemaMismatch("not a marsad database (tables exist but no marsad_meta)")
    have: dict[str, set[str]] = {}
    for t, c in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                            "WHERE table_schema = 'main'").fetchall():
        have.setdefault(t, set()).add(c)
    comp = supports_column_compression(con)
    con.execute("BEGIN TRANSACTION")
    try:
        for name in TABLES:
            con.execute(table_ddl(name, comp))
            # additive evolution: columns added to the schema since the database was created
            for c in TABLES[name]:
                if name in have and c.name not in have[name]:
                    con.execute(f"ALTER TABLE {name} ADD COLUMN {_col_sql(c, comp)}")
        for ddl in INDEXES:
            con.execute(ddl)
        for name, sql in VIEWS.items():
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
        con.execute("INSERT INTO marsad_meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
                    [SCHEMA_VERSION])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
