"""Read queries over the store. Every user value is a bound parameter (see filters.py).

Queries that return event records fetch them in two steps: first the row ids of the
page (a scan of a few narrow columns), then the records of just those rows. DuckDB
pushes a row-id filter into the scan, so the wide JSON column is read only for the page,
never for the whole table.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import duckdb

from dateline.errors import StoreError
from dateline.store.clusters import report_counts, with_cluster
from dateline.store.filters import (
    EventFilter,
    actor_rows,
    aggregate_key,
    check_page,
    sort_clause,
)

Row = dict[str, Any]


class Queries:
    """Query methods mixed into ``Store``; they need only ``_cursor()``."""

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        raise NotImplementedError

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[Row]:
        try:
            cur = self._cursor().execute(sql, params or [])
            names = [d[0] for d in cur.description or []]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def _where(self, f: EventFilter) -> tuple[str, list[Any]]:
        actor_events = None
        if f.actor:
            key = f.actor.strip().lower()
            actor_events = actor_rows("ea.event_seq", key, self._actor_ids(key))
        return f.clauses(actor_events)

    def _actor_ids(self, key: str) -> list[str]:
        """Canonical ids whose id, name or an alias is ``key`` (lower-cased)."""
        rows = self._rows(
            "SELECT id FROM actors WHERE lower(id) = ? OR lower(name) = ? "
            "UNION SELECT actor_id FROM actor_aliases WHERE lower(alias) = ? ORDER BY 1",
            [key, key, key])
        return [r["id"] for r in rows]

    # -- events --------------------------------------------------------------------

    def events(
        self, *, actor: str | None = None, type: str | None = None, country: str | None = None,
        since: dt.date | None = None, until: dt.date | None = None,
        as_of: dt.date | None = None, modality: str | None = None, text: str | None = None,
        cluster: str | None = None, limit: int = 100, offset: int = 0, sort: str = "date",
    ) -> list[Row]:
        """One page of event records matching every given filter."""
        check_page(limit, offset)
        order = sort_clause(sort)
        where, params = self._where(EventFilter(actor, type, country, since, until, as_of,
                                                modality, text, cluster))
        rows = self._rows(f"""
            SELECT e.record, e.cluster_id FROM events e WHERE e.rowid IN (
                SELECT e.rowid FROM events e WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?)
            ORDER BY {order}""", [*params, limit, offset])
        return self._records(rows)

    def _records(self, rows: list[Row]) -> list[Row]:
        """Stored records with their ``cluster`` ({"id", "reports"}) as of now."""
        reports = report_counts(self._cursor(), (r["cluster_id"] for r in rows))
        return [with_cluster(r["record"], r["cluster_id"], reports) for r in rows]

    def count_events(
        self, *, actor: str | None = None, type: str | None = None, country: str | None = None,
        since: dt.date | None = None, until: dt.date | None = None,
        as_of: dt.date | None = None, modality: str | None = None, text: str | None = None,
        cluster: str | None = None,
    ) -> int:
        where, params = self._where(EventFilter(actor, type, country, since, until, as_of,
                                                modality, text, cluster))
        rows = self._rows(f"SELECT count(*) AS n FROM events e WHERE {where}", params)
        return int(rows[0]["n"])

    def event(self, event_id: str) -> Row | None:
        rows = self._rows("SELECT record, cluster_id FROM events WHERE id = ?", [event_id])
        return self._records(rows)[0] if rows else None

    def timeline(
        self, actor: str, *, as_of: dt.date | None = None, limit: int | None = None
    ) -> list[Row]:
        """The actor's events (as actor or recipient) by event date, then report date.

        Each record gains ``role``: "actor" or "recipient" ("actor" when both).
        """
        check_page(limit, 0)
        key = actor.strip().lower()
        mine, params = actor_rows("ea.event_seq, ea.role, ea.date_start, ea.doc_date", key,
                                  self._actor_ids(key))
        reported = ""
        if as_of is not None:
            reported = "WHERE doc_date <= ?"
            params.append(as_of)
        # seq follows write order, so (ds, dd, seq) is a stable, cheap tie-break
        order = "ds ASC NULLS LAST, dd ASC, seq"
        rows = self._rows(f"""
            WITH mine AS (
                SELECT event_seq AS seq, min(role) AS role, any_value(date_start) AS ds,
                       any_value(doc_date) AS dd
                FROM ({mine}) {reported} GROUP BY event_seq ORDER BY {order} LIMIT ?),
            picked AS (SELECT e.rowid AS rid, e.seq FROM events e
                       WHERE e.seq IN (SELECT seq FROM mine))
            SELECT m.role, e.record, e.cluster_id FROM events e
            JOIN picked p ON e.rowid = p.rid JOIN mine m ON m.seq = p.seq
            ORDER BY m.ds ASC NULLS LAST, m.dd ASC, m.seq""", [*params, limit])
        out = self._records(rows)
        for record, r in zip(out, rows, strict=True):
            record["role"] = r["role"]
        return out

    # -- documents and actors --------------------------------------------------------

    def document(self, document_id: str) -> Row | None:
        """The document with its raw body and the spans of every event it reported."""
        docs = self._rows(
            "SELECT id, date, title, url, source, source_file, raw AS text FROM documents "
            "WHERE id = ?", [document_id])
        if not docs:
            return None
        doc = docs[0]
        doc["date"] = doc["date"].isoformat()
        rows = self._rows(
            "SELECT record FROM events WHERE document_id = ? "
            "ORDER BY sentence_start, trigger_start, id", [document_id])
        doc["events"] = [_span_entry(json.loads(r["record"])) for r in rows]
        return doc

    def actors(self, *, search: str | None = None, limit: int = 100, offset: int = 0
               ) -> list[Row]:
        """Canonical actors with event counts and aliases (most frequent first)."""
        check_page(limit, offset)
        where, params = "TRUE", []
        if search:
            key = search.strip().lower()
            where = ("(contains(lower(a.id), ?) OR contains(lower(coalesce(a.name, '')), ?) "
                     "OR a.id IN (SELECT actor_id FROM actor_aliases "
                     "WHERE contains(lower(alias), ?)))")
            params = [key, key, key]
        return self._rows(f"""
            WITH page AS (
                SELECT a.id, a.name, a.type, a.country, a.sector, a.known,
                       a.n_events AS events FROM actors a
                WHERE {where} ORDER BY a.n_events DESC, a.id LIMIT ? OFFSET ?)
            SELECT p.*, coalesce(
                (SELECT list(al.alias ORDER BY al.count DESC, al.alias) FROM actor_aliases al
                 WHERE al.actor_id = p.id), []) AS aliases
            FROM page p ORDER BY p.events DESC, p.id""", [*params, limit, offset])

    # -- networks, places, aggregates ----------------------------------------------------

    def cooccurrence(self, *, as_of: dt.date | None = None, limit: int = 100) -> list[Row]:
        """Pairs of canonical actors taking part in the same event, with event counts."""
        check_page(limit, 0)
        return self._rows(f"""
            SELECT source AS actor_a, target AS actor_b, count(*) AS count FROM actor_links
            WHERE kind = 'pair' {_reported(as_of)}
            GROUP BY ALL ORDER BY count DESC, actor_a, actor_b LIMIT ?""",
            [*_dates(as_of), limit])

    def interactions(self, *, as_of: dt.date | None = None, limit: int = 500) -> list[Row]:
        """Directed actor → recipient event counts per quad class."""
        check_page(limit, 0)
        return self._rows(f"""
            SELECT source, target, quad, count(*) AS count FROM actor_links
            WHERE kind = 'directed' {_reported(as_of)}
            GROUP BY ALL ORDER BY count DESC, source, target, quad LIMIT ?""",
            [*_dates(as_of), limit])

    def places(self, *, as_of: dt.date | None = None) -> list[Row]:
        """Event locations with event counts."""
        return self._rows(f"""
            SELECT location_name AS name, location_country AS country,
                   location_lat AS lat, location_lon AS lon,
                   location_precision AS precision, count(*) AS events
            FROM events e
            WHERE location_name IS NOT NULL {_reported(as_of)}
            GROUP BY ALL ORDER BY events DESC, name""", _dates(as_of))

    def aggregate(
        self, by: str, *, actor: str | None = None, type: str | None = None,
        country: str | None = None, since: dt.date | None = None, until: dt.date | None = None,
        as_of: dt.date | None = None, modality: str | None = None, text: str | None = None,
        cluster: str | None = None,
    ) -> list[Row]:
        """Event counts by month (of the event date), type, country (of the location) or
        quad; events without that key are left out."""
        group, shown = aggregate_key(by)
        where, params = self._where(EventFilter(actor, type, country, since, until, as_of,
                                                modality, text, cluster))
        order = "k" if by == "month" else "count DESC, k"
        return self._rows(f"""
            SELECT {shown} AS key, count FROM (
                SELECT {group} AS k, count(*) AS count FROM events e
                WHERE {where} AND {group} IS NOT NULL GROUP BY 1)
            ORDER BY {order}""", params)

    def summary(self) -> Row:
        """Counts of what the store holds."""
        counts = self._rows("""
            SELECT (SELECT count(*) FROM documents) AS documents,
                   (SELECT count(*) FROM events) AS events,
                   (SELECT count(*) FROM actors) AS actors,
                   (SELECT count(*) FROM runs) AS runs,
                   (SELECT count(*) FROM rejected) AS rejected,
                   (SELECT min(date) FROM documents) AS first_reported,
                   (SELECT max(date) FROM documents) AS last_reported""")[0]
        for key in ("first_reported", "last_reported"):
            counts[key] = counts[key].isoformat() if counts[key] else None
        by_type = self._rows("SELECT event, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC")
        counts["by_type"] = {r["event"]: r["n"] for r in by_type}
        return counts

    def clusters(
        self, *, type: str | None = None, min_reports: int = 1,
        as_of: dt.date | None = None, limit: int = 100, offset: int = 0,
    ) -> list[Row]:
        """Clusters of reports of one happening, most reported first: id, type, reports
        (distinct documents), events, first/last report date, the span of possible days,
        and the participants (names, else words) of its first event."""
        check_page(limit, offset)
        where = "cluster_id IS NOT NULL"
        params: list[Any] = []
        if type:
            where += " AND event = ?"
            params.append(type.strip().upper())
        if as_of is not None:
            where += " AND doc_date <= ?"
            params.append(as_of)
        rows = self._rows(f"""
            WITH page AS (
                SELECT cluster_id AS id, arg_min(event, seq) AS event,
                       count(DISTINCT document_id) AS reports, count(*) AS events,
                       min(doc_date) AS first_reported, max(doc_date) AS last_reported,
                       min(span_start) AS date_start, max(span_end) AS date_end,
                       min(seq) AS first_seq
                FROM events WHERE {where} GROUP BY cluster_id
                HAVING count(DISTINCT document_id) >= ?
                ORDER BY reports DESC, last_reported DESC, id LIMIT ? OFFSET ?)
            SELECT p.* EXCLUDE (first_seq),
                {_PARTIES.format(role="actor")} AS actors,
                {_PARTIES.format(role="recipient")} AS recipients
            FROM page p ORDER BY reports DESC, last_reported DESC, id""",
            [*params, max(1, min_reports), limit, offset])
        return [_iso(r) for r in rows]


# the participants of a cluster's first event, in order
_PARTIES = """coalesce((SELECT list(coalesce(ea.name, ea.text) ORDER BY ea.position)
    FROM event_actors ea WHERE ea.event_seq = p.first_seq AND ea.role = '{role}'), [])"""


def _iso(row: Row) -> Row:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}


def _span_entry(record: Row) -> Row:
    """An event as the document view needs it: the record plus top-level raw spans."""
    evidence = record["evidence"]
    entry = {k: v for k, v in record.items() if k != "document"}
    entry.update(start=evidence["start"], end=evidence["end"],
                 trigger_start=evidence.get("trigger_start"),
                 trigger_end=evidence.get("trigger_end"))
    return entry


def _reported(as_of: dt.date | None) -> str:
    """The as-of condition (on a ``doc_date`` column), when there is one."""
    return "" if as_of is None else "AND doc_date <= ?"


def _dates(as_of: dt.date | None) -> list[Any]:
    return [] if as_of is None else [as_of]
