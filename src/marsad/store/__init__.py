"""Storage: an embedded DuckDB database of articles, entities, mentions, events, quotes and errors.

``marsad ingest`` (:mod:`.ingest`) fills it through the single :class:`.writer.Writer`; ``marsad articles``
and ``marsad events`` (:mod:`.query`) read it.  The schema is defined once in :mod:`.schema` and documented
in docs/store.md.  (Nothing is imported here, so queries do not pay for pyarrow.)
"""
