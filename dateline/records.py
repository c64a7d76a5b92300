"""Model objects → the JSON event record of ``event-record.md``.

Pure and DuckDB-free: ``dateline extract`` prints these records, the store keeps them in
a JSON column (plus flattened columns), and the API returns them unchanged.

Every character offset in a record indexes the document body *as read*: annotations
carry offsets into the normalised ``Document.text`` and are mapped with
``Document.to_raw``. Evidence text is cut from that same body, so a consumer can
highlight ``body[start:end]`` without knowing about normalisation.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateline.model import (
    ActorRef,
    Attribution,
    Document,
    Event,
    Evidence,
    Location,
    Magnitude,
    TimeRef,
)

Record = dict[str, Any]


def event_record(event: Event, document: Document) -> Record:
    """The output record of one event reported in ``document``."""
    return {
        "id": event.id,
        "event": event.event,
        "mode": event.mode,
        "context": list(event.context),
        "quad": event.quad,
        "score": event.score,
        "actor": [actor_ref_record(a) for a in event.actor],
        "recipient": [actor_ref_record(a) for a in event.recipient],
        "date": date_record(event.date),
        "location": location_record(event.location),
        "attribution": attribution_record(event.attribution, document),
        "modality": event.modality,
        "auxiliary": list(event.auxiliary),
        "magnitude": magnitude_record(event.magnitude),
        "confidence": event.confidence,
        "evidence": evidence_record(event.evidence, document),
        "other_evidence": [evidence_record(e, document) for e in event.extra_evidence],
        "document": document_ref(document),
    }


def document_ref(document: Document) -> Record:
    """The short document reference that every record carries."""
    return {
        "id": document.id,
        "date": document.date.isoformat(),
        "title": document.title,
        "url": document.url,
        "source_file": document.source_file,
    }


def actor_ref_record(ref: ActorRef) -> Record:
    return {
        "text": ref.text,
        "name": ref.name,
        "id": ref.id,
        "type": ref.type,
        "sector": ref.sector,
        "country": ref.country,
    }


def date_record(time: TimeRef | None) -> Record | None:
    if time is None:
        return None
    out: Record = {
        "value": time.value,
        "granularity": time.granularity,
        "start": _iso(time.date_start),
        "end": _iso(time.date_end),
        "text": time.text,
        "basis": time.basis,
    }
    if time.mod:  # TIMEX3 modifier ("APPROX", "END"…): only present when it says something
        out["mod"] = time.mod
    return out


def location_record(location: Location | None) -> Record | None:
    if location is None:
        return None
    return {
        "text": location.text,
        "name": location.name,
        "country": location.country,
        "admin1": location.admin1,
        "lat": location.lat,
        "lon": location.lon,
        "gazetteer_id": location.gazetteer_id,
        "precision": location.precision,
    }


def attribution_record(attribution: Attribution | None, document: Document) -> Record | None:
    if attribution is None:
        return None
    return {
        "text": attribution.text,
        "source": attribution.source,
        "actor_id": attribution.actor_id,
        "start": _raw(document, attribution.start),
        "end": _raw(document, attribution.end),
    }


def magnitude_record(magnitude: Magnitude) -> Record:
    return {"dead": magnitude.dead, "injured": magnitude.injured, "size": magnitude.size}


def evidence_record(evidence: Evidence, document: Document) -> Record:
    """Sentence and trigger spans in raw-body offsets, with the text cut from that body."""
    start, end = document.to_raw(evidence.start), document.to_raw(evidence.end)
    body = document.raw
    # the raw slice is what the offsets point at; fall back when no raw body was kept
    sentence = body[start:end] if body and 0 <= start <= end <= len(body) else evidence.sentence
    return {
        "sentence": sentence,
        "start": start,
        "end": end,
        "trigger": evidence.trigger,
        "trigger_start": _raw(document, evidence.trigger_start),
        "trigger_end": _raw(document, evidence.trigger_end),
    }


def _raw(document: Document, offset: int) -> int | None:
    """Map an annotation offset to the raw body; ``-1`` (not from text) becomes ``None``."""
    return document.to_raw(offset) if offset >= 0 else None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


__all__ = ["Record", "document_ref", "event_record"]
