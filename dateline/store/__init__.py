"""The DuckDB store: schema and numbered migrations, one writer, read-only readers,
idempotent writes, queries and exports. ``Store.open(":memory:")`` (or ``Store.memory()``)
is the in-memory store for tests."""

from __future__ import annotations

from dateline.store.export import FORMATS as EXPORT_FORMATS
from dateline.store.filters import AGGREGATE_KEYS, SORTS, EventFilter, QueryError
from dateline.store.store import Store, WriteSummary

__all__ = [
    "AGGREGATE_KEYS",
    "EXPORT_FORMATS",
    "SORTS",
    "EventFilter",
    "QueryError",
    "Store",
    "WriteSummary",
]
