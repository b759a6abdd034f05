"""Storage: an embedded DuckDB database of articles, entities, mentions, events, quotes and errors.

``marsad ingest`` (:mod:`.ingest`) fills it through the single :class:`.writer.Writer`; ``marsad articles``
and ``marsad events`` (:mod:`.query`) read it.  The schema is defined once in :mod:`.schema` and documented
in docs/store.md.
"""
from .schema import SCHEMA_VERSION, TABLES, create_schema

__all__ = ["SCHEMA_VERSION", "TABLES", "create_schema"]
