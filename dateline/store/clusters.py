"""Reports of one happening across documents, linked as events are written.

An event joins the cluster of an earlier event (stored, or earlier in the same batch) that
has the same ``dateline.events.cluster_key`` (type, participants, place, month) and whose
span of possible days overlaps its own; otherwise it starts a cluster named by its own id.
Events without any participant are never linked: type, place and month say too little.
A cluster's ``reports`` is the number of distinct documents among its events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import Any

import duckdb

from dateline.events import cluster_interval, cluster_key
from dateline.model import Document, Event

Row = dict[str, Any]
Span = tuple[str, dt.date, dt.date]  # (cluster id, first day, last day)


def cluster_fields(event: Event, document: Document) -> Row:
    """The clustering columns of one event row (``cluster_id`` is set by ``assign``)."""
    start, end = cluster_interval(event, document)
    key = cluster_key(event, document) if event.actor or event.recipient else None
    return {"cluster_key": key, "cluster_id": None, "span_start": start, "span_end": end}


def assign(rows: list[Row], stored: dict[str, list[Span]]) -> None:
    """Set ``cluster_id`` on event rows, in write order: the first cluster with the same key
    (``stored``, oldest first, then earlier rows) whose span overlaps the row's."""
    known = {key: list(spans) for key, spans in stored.items()}
    for row in rows:
        key, start, end = row["cluster_key"], row["span_start"], row["span_end"]
        spans = known.setdefault(key, []) if key is not None else []
        row["cluster_id"] = next((cid for cid, s, e in spans if s <= end and start <= e), row["id"])
        if key is not None:
            spans.append((row["cluster_id"], start, end))


def stored_spans(
    con: duckdb.DuckDBPyConnection, rows: list[Row],
    might_be_stored: Callable[[str], bool] = lambda key: True,
) -> dict[str, list[Span]]:
    """The spans of stored events that ``rows`` (event rows about to be written) may join:
    the same key, and a span within the rows' days (only an overlap links, so nothing else
    can match; the days let DuckDB skip row groups by their min/max, as a corpus read in
    date order fills them), oldest first. Each distinct span of a cluster comes once: later
    reports of the same days add nothing to match against, and without this a story
    reported a thousand times made every batch read a thousand rows for it. Keys that
    ``might_be_stored`` rules out (the writer's ``seen.SeenKeys``) are not looked for."""
    keyed = [r for r in rows if r["cluster_key"] is not None
             and might_be_stored(r["cluster_key"])]  # a key never stored: nothing to join
    if not keyed:
        return {}
    first = min(r["span_start"] for r in keyed)
    last = max(r["span_end"] for r in keyed)
    sql = ("SELECT cluster_key, cluster_id, span_start, span_end FROM events "
           "WHERE cluster_key IN ({keys}) AND span_end >= ? AND span_start <= ? "
           "GROUP BY ALL ORDER BY min(seq)")
    out: dict[str, list[Span]] = {}
    for key, cid, start, end in rows_for_keys(con, sql, {r["cluster_key"] for r in keyed},
                                              first, last):
        out.setdefault(key, []).append((cid, start, end))
    return out


def rows_for_keys(
    con: duckdb.DuckDBPyConnection, sql: str, keys: set[str], *params: Any
) -> list[tuple[Any, ...]]:
    """Run ``sql`` (with ``{keys}`` where the wanted keys go, as ``col IN ({keys})``, then
    ``params`` for any later placeholders) over the keys in one statement: the keys arrive
    as one list parameter, so DuckDB scans the column once and probes a hash set of the
    keys (the tables have no ART index: see migration 004)."""
    if not keys:
        return []
    query = sql.format(keys="SELECT unnest(?::VARCHAR[])")
    return con.execute(query, [sorted(keys), *params]).fetchall()


def report_counts(
    con: duckdb.DuckDBPyConnection, cluster_ids: Iterable[str | None]
) -> dict[str, int]:
    """Distinct documents per cluster, for the given clusters only."""
    counts: dict[str, int] = {}
    sql = ("SELECT cluster_id, count(DISTINCT document_id) FROM events "
           "WHERE cluster_id IN ({keys}) GROUP BY 1")
    wanted = {c for c in cluster_ids if c is not None}
    counts.update({cid: int(n) for cid, n in rows_for_keys(con, sql, wanted)})
    return counts


def with_cluster(record_json: str, cluster_id: str | None, reports: dict[str, int]) -> Row:
    """A stored record with its ``cluster``: {"id", "reports"} (None when it has none)."""
    record: Row = json.loads(record_json)
    record["cluster"] = (
        None if cluster_id is None else {"id": cluster_id, "reports": reports.get(cluster_id, 1)}
    )
    return record
