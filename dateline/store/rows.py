"""Annotated documents → table rows, gathered per write batch (pure Python, no DuckDB).

Every offset in a row is mapped to the raw body (``Document.to_raw``), as in the records.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dateline.model import ActorRef, AnnotatedDoc, Event, Rejected, TimeRef
from dateline.records import event_record
from dateline.store.clusters import cluster_fields

Row = dict[str, Any]

# mention kinds whose words name the actor (a pronoun or "the group" is not an alias)
ALIAS_KINDS = frozenset({"name", "demonym"})
# ids the actors stage gives to actors its dictionary lacks (reserved in dateline.actors)
UNKNOWN_PREFIX = "unk:"


@dataclass
class Batch:
    """Rows for the documents of one transaction, deduplicated by key."""

    run_id: str | None = None
    next_seq: int = 1  # events.seq of the next event (the one writer numbers them)
    documents: list[Row] = field(default_factory=list)
    sentences: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    places: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    event_actors: list[Row] = field(default_factory=list)
    actor_links: list[Row] = field(default_factory=list)
    actors: dict[str, Row] = field(default_factory=dict)
    aliases: Counter[tuple[str, str]] = field(default_factory=Counter)
    rejected: list[Row] = field(default_factory=list)
    event_ids: set[str] = field(default_factory=set)

    def add_document(self, doc: AnnotatedDoc) -> int:
        """Add the rows of a document not yet stored; returns the number of events added.

        An event id repeated within the batch is left out (the first wins). Ids stored by
        earlier batches cannot recur: each hashes its own document's id.
        """
        self._add_layers(doc)
        n = 0
        for event in doc.events:
            if event.id in self.event_ids:
                continue
            self.event_ids.add(event.id)
            self._add_event(event, doc)
            n += 1
        self.documents.append(document_row(doc, n, self.run_id))
        return n

    def add_rejected(self, rejected: Rejected, at: Any) -> None:
        self.rejected.append(
            {
                "run_id": self.run_id,
                "document_id": rejected.document_id,
                "source_file": rejected.source_file,
                "line": rejected.line,
                "stage": rejected.stage,
                "reason": rejected.reason,
                "logged": at,
            }
        )

    def _add_layers(self, doc: AnnotatedDoc) -> None:
        d = doc.document
        for s in doc.sentences:
            self.sentences.append(
                {"document_id": d.id, "i": s.i, "char_start": d.to_raw(s.start),
                 "char_end": d.to_raw(s.end)}
            )
        for i, m in enumerate(doc.mentions):
            self.mentions.append(mention_row(doc, i))
            if m.actor_id:
                self._add_actor(m.actor_id, m.name, m.type, m.country, m.sector)
                if m.kind in ALIAS_KINDS:
                    self.aliases[(m.actor_id, m.text)] += 1
        for i, p in enumerate(doc.places):
            self.places.append(
                {"document_id": d.id, "i": i, "char_start": d.to_raw(p.start),
                 "char_end": d.to_raw(p.end), "text": p.text, "name": p.name,
                 "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
                 "gazetteer_id": p.gazetteer_id, "feature": p.feature}
            )

    def _add_event(self, event: Event, doc: AnnotatedDoc) -> None:
        record = event_record(event, doc.document)
        seq = self.next_seq
        self.next_seq += 1
        self.events.append({"seq": seq, **event_row(event, record, doc, self.run_id),
                            **cluster_fields(event, doc.document)})
        members = [("actor", r) for r in event.actor] + [("recipient", r) for r in event.recipient]
        positions: Counter[str] = Counter()
        for role, ref in members:
            row = event_actor_row(event, doc, role, positions[role], ref)
            self.event_actors.append({"event_seq": seq, **row})
            positions[role] += 1
            if ref.id:
                self._add_actor(ref.id, ref.name, ref.type, ref.country, ref.sector)
                if ref.mention is None:  # words not already counted as a mention
                    self.aliases[(ref.id, ref.text)] += 1
        self._add_links(event, seq, doc)

    def _add_links(self, event: Event, seq: int, doc: AnnotatedDoc) -> None:
        """Precomputed network edges (so network queries need no self-join): each pair of
        distinct participants, and each actor → recipient, of one event."""
        sources = sorted({r.id for r in event.actor if r.id})
        targets = sorted({r.id for r in event.recipient if r.id})
        everyone = sorted(set(sources) | set(targets))
        base = {"event_seq": seq, "doc_date": doc.document.date, "quad": event.quad}
        for actor_id in everyone:
            self.actors[actor_id]["n_events"] += 1
        for i, a in enumerate(everyone):
            for b in everyone[i + 1 :]:
                self.actor_links.append({**base, "kind": "pair", "source": a, "target": b})
        for a in sources:
            for b in targets:
                if a != b:
                    self.actor_links.append({**base, "kind": "directed", "source": a,
                                             "target": b})

    def _add_actor(
        self, actor_id: str, name: str | None, type_: str | None, country: str | None,
        sector: str | None,
    ) -> None:
        row = self.actors.setdefault(
            actor_id,
            {"id": actor_id, "name": None, "type": None, "country": None, "sector": None,
             "known": not actor_id.startswith(UNKNOWN_PREFIX), "n_events": 0},
        )
        # fill gaps from later mentions; never overwrite what an earlier one said
        for key, value in (("name", name), ("type", type_), ("country", country),
                           ("sector", sector)):
            if row[key] is None and value is not None:
                row[key] = value

    def alias_rows(self) -> list[Row]:
        return [{"actor_id": a, "alias": t, "count": n} for (a, t), n in self.aliases.items()]


def document_row(doc: AnnotatedDoc, n_events: int, run_id: str | None) -> Row:
    d = doc.document
    return {
        "id": d.id, "date": d.date, "title": d.title, "url": d.url, "source": d.source,
        "source_file": d.source_file, "line": d.line, "text": d.text,
        "raw": d.raw or d.text, "n_events": n_events, "ingested_run": run_id,
    }


def mention_row(doc: AnnotatedDoc, i: int) -> Row:
    d, m = doc.document, doc.mentions[i]
    return {
        "document_id": d.id, "i": i, "char_start": d.to_raw(m.start),
        "char_end": d.to_raw(m.end), "text": m.text, "kind": m.kind, "actor_id": m.actor_id,
        "name": m.name, "type": m.type, "country": m.country, "sector": m.sector,
        "antecedent": m.antecedent,
    }


def event_row(event: Event, record: Row, doc: AnnotatedDoc, run_id: str | None) -> Row:
    """The flattened columns of one event, read from its record (so they always agree);
    dates come from the model objects because Arrow wants ``date`` values, not strings."""
    date = record["date"] or {}
    loc = record["location"] or {}
    attribution = record["attribution"] or {}
    evidence = record["evidence"]
    countries = {loc.get("country")} | {r.country for r in event.actor + event.recipient}
    return {
        "id": event.id, "document_id": record["document"]["id"],
        "doc_date": doc.document.date, "event": event.event, "mode": event.mode,
        "context": list(event.context), "quad": event.quad, "score": event.score,
        "date_value": date.get("value"), "date_granularity": date.get("granularity"),
        "date_start": sort_start(event.date),
        "date_end": event.date.date_end if event.date else None,
        "date_text": date.get("text"), "date_basis": date.get("basis"),
        "location_text": loc.get("text"), "location_name": loc.get("name"),
        "location_country": loc.get("country"), "location_admin1": loc.get("admin1"),
        "location_lat": loc.get("lat"), "location_lon": loc.get("lon"),
        "location_gazetteer_id": loc.get("gazetteer_id"),
        "location_precision": loc.get("precision"),
        "attribution_text": attribution.get("text"),
        "attribution_source": attribution.get("source"),
        "modality": event.modality, "auxiliary": list(event.auxiliary),
        "magnitude_dead": event.magnitude.dead, "magnitude_injured": event.magnitude.injured,
        "magnitude_size": event.magnitude.size, "confidence": event.confidence,
        "sentence": evidence["sentence"], "sentence_lower": evidence["sentence"].lower(),
        "sentence_start": evidence["start"],
        "sentence_end": evidence["end"], "trigger": evidence["trigger"],
        "trigger_start": evidence["trigger_start"], "trigger_end": evidence["trigger_end"],
        "countries": sorted(c.upper() for c in countries if c),
        "run_id": run_id, "record": json.dumps(record, ensure_ascii=False),
    }


def sort_start(date: TimeRef | None) -> dt.date | None:
    """The date an event sorts, filters and aggregates by. A publication-based date has
    no start of its own (the document date is only an upper bound), so it sorts there."""
    if date is None:
        return None
    return date.date_start or (date.date_end if date.basis == "publication" else None)


def event_actor_row(
    event: Event, doc: AnnotatedDoc, role: str, position: int, ref: ActorRef
) -> Row:
    return {
        "event_id": event.id, "role": role, "position": position, "actor_id": ref.id,
        "text": ref.text, "text_lower": ref.text.lower(), "name": ref.name, "type": ref.type,
        "sector": ref.sector, "country": ref.country, "doc_date": doc.document.date,
        "date_start": sort_start(event.date),
    }
