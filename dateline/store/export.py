"""Exports of every stored event: Parquet and CSV (flat columns, written by DuckDB's COPY
through the relation API, so the path is never spliced into SQL), JSONL (the event
records) and PLOVER JSON (an array of PLOVER-style records)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from dateline.errors import StoreError
from dateline.store.clusters import with_cluster
from dateline.store.migrate import scalar

FORMATS = ("parquet", "csv", "jsonl", "plover")
_ORDER = "e.date_start ASC NULLS LAST, e.doc_date ASC, e.seq"

# one row per event; participants folded into "; "-joined columns (CSV has no lists)
FLAT = f"""
WITH p AS (
    SELECT event_id,
        string_agg(coalesce(name, text), '; ' ORDER BY position) FILTER (role = 'actor')
            AS actor_names,
        string_agg(actor_id, '; ' ORDER BY position) FILTER (role = 'actor') AS actor_ids,
        string_agg(coalesce(name, text), '; ' ORDER BY position) FILTER (role = 'recipient')
            AS recipient_names,
        string_agg(actor_id, '; ' ORDER BY position) FILTER (role = 'recipient')
            AS recipient_ids
    FROM event_actors GROUP BY event_id)
SELECT e.id, e.event, e.mode, array_to_string(e.context, '; ') AS context, e.quad, e.score,
    p.actor_names, p.actor_ids, p.recipient_names, p.recipient_ids,
    e.date_value, e.date_granularity, e.date_start, e.date_end, e.date_text, e.date_basis,
    e.location_text, e.location_name, e.location_country, e.location_admin1,
    e.location_lat, e.location_lon, e.location_gazetteer_id, e.location_precision,
    e.attribution_text, e.attribution_source, e.modality,
    array_to_string(e.auxiliary, '; ') AS auxiliary,
    e.magnitude_dead, e.magnitude_injured, e.magnitude_size, e.confidence,
    e.sentence, e.sentence_start, e.sentence_end, e.trigger, e.trigger_start, e.trigger_end,
    e.document_id, e.doc_date AS document_date, d.title AS document_title,
    d.url AS document_url, d.source_file AS document_source_file
FROM events e JOIN documents d ON d.id = e.document_id LEFT JOIN p ON p.event_id = e.id
ORDER BY {_ORDER}
"""

QUAD_CODES = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3,
              "material_conflict": 4}

# our actor types and sector words → PLOVER/CAMEO sector codes
SECTORS = {
    "government": "GOV", "military": "MIL", "police": "COP", "security": "COP",
    "police/security": "COP", "armed_group": "REB", "rebels": "REB", "party": "PTY",
    "media": "MED", "business": "BUS", "civilians": "CVL", "ngo": "NGO", "igo": "IGO",
    "judiciary": "JUD", "legislature": "LEG", "opposition": "OPP", "refugees": "REF",
    "labour": "LAB", "labor": "LAB", "education": "EDU", "religion": "REL",
}


def export(cur: duckdb.DuckDBPyConnection, out: Path, format: str) -> int:
    """Write every event to ``out`` in ``format``; returns the number of rows written."""
    if format not in FORMATS:
        raise StoreError(f"unknown export format {format!r}; choose from {list(FORMATS)}")
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        if format in ("parquet", "csv"):
            return _flat(cur, out, format)
        if format == "jsonl":
            return _jsonl(cur, out)
        return _plover(cur, out)
    except (duckdb.Error, OSError) as exc:
        raise StoreError(f"{out}: export failed: {exc}") from exc


def _flat(cur: duckdb.DuckDBPyConnection, out: Path, format: str) -> int:
    relation = cur.sql(FLAT)
    if format == "parquet":
        relation.write_parquet(str(out))
    else:
        relation.write_csv(str(out), header=True)
    return int(scalar(cur, "SELECT count(*) FROM events"))


def _records(cur: duckdb.DuckDBPyConnection, size: int = 5000) -> Iterator[str]:
    """Record JSON in event-date order, with its cluster as the queries return it,
    streamed (DuckDB joins the per-cluster report counts)."""
    result = cur.execute(f"""
        SELECT e.record, e.cluster_id, c.reports FROM events e LEFT JOIN (
            SELECT cluster_id, count(DISTINCT document_id) AS reports FROM events
            WHERE cluster_id IS NOT NULL GROUP BY 1) c ON c.cluster_id = e.cluster_id
        ORDER BY {_ORDER}""")
    while rows := result.fetchmany(size):
        for record, cluster_id, reports in rows:
            counts = {cluster_id: int(reports)} if cluster_id is not None else {}
            yield json.dumps(with_cluster(record, cluster_id, counts), ensure_ascii=False)


def _jsonl(cur: duckdb.DuckDBPyConnection, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in _records(cur):
            fh.write(record + "\n")
            n += 1
    return n


def _plover(cur: duckdb.DuckDBPyConnection, out: Path) -> int:
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for record in _records(cur):
            fh.write(",\n" if n else "\n")
            fh.write(json.dumps(plover_record(json.loads(record)), ensure_ascii=False))
            n += 1
        fh.write("\n]\n")
    return n


def plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """One event record in the PLOVER gold-standard JSON conventions."""
    date = record.get("date") or {}
    doc = record["document"]
    evidence = record["evidence"]
    start = date.get("start") or doc["date"]  # PLOVER requires a date: fall back to the report
    out: dict[str, Any] = {
        "id": record["id"],
        "date": start,
        "enddate": date.get("end") if date.get("end") != start else None,
        "source": [_plover_actor(a) for a in record["actor"]],
        "target": [_plover_actor(a) for a in record["recipient"]],
        "event": record["event"],
        "mode": record.get("mode"),
        "context": record.get("context") or [],
        "eventText": evidence.get("trigger"),
        "text": evidence.get("sentence"),
        "quad_code": QUAD_CODES.get(record.get("quad") or ""),
        "event_scale": record.get("score"),
        "eventLoc": _plover_location(record.get("location")),
        "modality": record.get("modality"),
        "attribution": (record.get("attribution") or {}).get("source"),
        "publication_date": doc["date"],
        "document": doc["id"],
    }
    return {k: v for k, v in out.items() if v is not None}


def _plover_actor(actor: dict[str, Any]) -> dict[str, Any]:
    kind = (actor.get("type") or "").lower()
    code = actor.get("country") or ({"igo": "IGO", "ngo": "NGO"}.get(kind))
    sector = _sector(actor.get("sector"), kind)
    out = {"actorText": actor.get("text"), "code": code, "sector": sector,
           "name": actor.get("name"), "id": actor.get("id")}
    return {k: v for k, v in out.items() if v is not None}


def _sector(sector: str | None, kind: str) -> str | None:
    if sector and sector.isupper() and sector.isalpha():  # already a PLOVER/CAMEO code
        return sector
    return SECTORS.get((sector or "").lower()) or SECTORS.get(kind)


def _plover_location(location: dict[str, Any] | None) -> dict[str, Any] | None:
    if not location or not location.get("name"):
        return None
    out = {"name": location["name"], "country": location.get("country"),
           "lat": location.get("lat"), "lon": location.get("lon")}
    return {k: v for k, v in out.items() if v is not None}
