"""Event filters, sorts and aggregate keys as fixed SQL fragments with bound parameters.

No user value is ever spliced into SQL: user values become parameters, and the only SQL
text assembled at run time is chosen from the fixed fragments here (or is a run of ``?``
placeholders).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from dateline.errors import StoreError


class QueryError(StoreError, ValueError):
    """A bad query argument (unknown sort, negative page…): names the valid choices."""


SORTS: dict[str, str] = {
    "date": "e.date_start ASC NULLS LAST, e.doc_date ASC, e.seq",
    "-date": "e.date_start DESC NULLS LAST, e.doc_date DESC, e.seq",
    "reported": "e.doc_date ASC, e.date_start ASC NULLS LAST, e.seq",
    "-reported": "e.doc_date DESC, e.date_start DESC NULLS LAST, e.seq",
    "score": "e.score ASC NULLS LAST, e.date_start ASC NULLS LAST, e.seq",  # most hostile first
    "-score": "e.score DESC NULLS LAST, e.date_start ASC NULLS LAST, e.seq",
}

# by → (expression grouped on, expression shown as the key); months group on an integer
# (yyyymm), which is several times faster than grouping on formatted strings
AGGREGATE_KEYS: dict[str, tuple[str, str]] = {
    "month": ("year(e.date_start) * 100 + month(e.date_start)",
              "printf('%04d-%02d', k // 100, k % 100)"),
    "type": ("e.event", "k"),
    "country": ("e.location_country", "k"),
    "quad": ("e.quad", "k"),
}


@dataclass(frozen=True)
class EventFilter:
    """The filters every event query shares.

    ``since``/``until`` keep events whose date interval overlaps the range (an event
    dated "2023" is in a range from 2023-06-01); undated events drop out of a range.
    ``country`` matches the event location or any participant's country. ``as_of``
    keeps events from documents reported on or before that day. ``text`` is a
    case-insensitive substring of the evidence sentence. ``cluster`` keeps the reports of
    one happening (a cluster id from ``Store.clusters``).
    """

    actor: str | None = None
    type: str | None = None
    country: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    as_of: dt.date | None = None
    modality: str | None = None
    text: str | None = None
    cluster: str | None = None

    def clauses(self, actor_events: tuple[str, list[Any]] | None) -> tuple[str, list[Any]]:
        """A WHERE clause over ``events e``; ``actor_events`` is the subquery of event
        ids for the actor filter (resolved by the caller, which can query)."""
        clauses: list[str] = ["TRUE"]
        params: list[Any] = []
        if actor_events is not None:
            clauses.append(f"e.seq IN ({actor_events[0]})")
            params += actor_events[1]
        for sql, value in self._simple():
            if value is not None and value != "":
                clauses.append(sql)
                params.append(value)
        return " AND ".join(clauses), params

    def _simple(self) -> list[tuple[str, Any]]:
        return [
            ("e.event = ?", self.type.strip().upper() if self.type else None),
            ("list_contains(e.countries, ?)",
             self.country.strip().upper() if self.country else None),
            ("coalesce(e.date_end, e.date_start) >= ?", self.since),
            ("coalesce(e.date_start, e.date_end) <= ?", self.until),
            ("e.doc_date <= ?", self.as_of),
            ("e.modality = ?", self.modality.strip().lower() if self.modality else None),
            ("contains(e.sentence_lower, ?)", self.text.lower() if self.text else None),
            ("e.cluster_id = ?", self.cluster.strip() if self.cluster else None),
        ]


def actor_rows(columns: str, key: str, actor_ids: list[str]) -> tuple[str, list[Any]]:
    """``event_actors`` rows naming an actor: its resolved ids, or the words of the
    mention (actors the dictionary does not know). Two scans joined by UNION, because
    each single-column filter is pushed into its scan and an OR would not be.
    ``columns`` is fixed SQL."""
    sql = f"SELECT {columns} FROM event_actors ea WHERE ea.text_lower = ?"
    params: list[Any] = [key]
    if actor_ids:
        marks = ", ".join(["?"] * len(actor_ids))
        sql += f" UNION SELECT {columns} FROM event_actors ea WHERE ea.actor_id IN ({marks})"
        params += actor_ids
    return sql, params


def sort_clause(sort: str) -> str:
    if sort not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; choose from {list(SORTS)}")
    return SORTS[sort]


def aggregate_key(by: str) -> tuple[str, str]:
    if by not in AGGREGATE_KEYS:
        raise QueryError(f"cannot aggregate by {by!r}; choose from {sorted(AGGREGATE_KEYS)}")
    return AGGREGATE_KEYS[by]


def check_page(limit: int | None, offset: int) -> None:
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError(f"limit and offset must not be negative (got {limit}, {offset})")
