"""Read-only JSON endpoints. Each calls one store query; the web page uses exactly these."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request

from dateline.api.access import StoreAccess
from dateline.api.errors import not_found
from dateline.api.params import (
    MAX_PAGE,
    ActorQuery,
    AggregateBy,
    AsOfQuery,
    ClusterQuery,
    EventFilters,
    EventQuery,
    NetworkQuery,
)

router = APIRouter(prefix="/api")

Key = Annotated[str, Path(min_length=1, max_length=200, description="An id from another answer.")]
Json = dict[str, Any]


def access(request: Request) -> StoreAccess:
    store: StoreAccess = request.app.state.access
    return store


Access = Annotated[StoreAccess, Depends(access)]


@router.get("/summary", summary="What the store holds", tags=["store"])
def summary(store: Access) -> Json:
    with store.reading() as s:
        return {**s.summary(), "writable": store.writable}


@router.get("/events", summary="Events matching the filters of `dateline events`",
            tags=["events"])
def events(store: Access, q: Annotated[EventQuery, Query()]) -> Json:
    kwargs = q.store_kwargs()
    filters = {k: v for k, v in kwargs.items() if k not in ("limit", "offset", "sort")}
    with store.reading() as s:
        total = s.count_events(**filters)
        rows = s.events(**kwargs)
    return {"total": total, "limit": q.limit, "offset": q.offset, "sort": q.sort.value,
            "events": rows}


@router.get("/events/{event_id}", summary="One event with its evidence", tags=["events"])
def event(store: Access, event_id: Key) -> Json:
    with store.reading() as s:
        record = s.event(event_id)
    if record is None:
        raise not_found("event", event_id)
    return record


@router.get("/clusters", tags=["events"],
            summary="Happenings reported by several documents, most reported first")
def clusters(store: Access, q: Annotated[ClusterQuery, Query()]) -> Json:
    with store.reading() as s:
        rows = s.clusters(**q.store_kwargs())
    return {"limit": q.limit, "offset": q.offset, "clusters": rows}


@router.get("/documents/{document_id}", tags=["documents"],
            summary="A document's text and every event's sentence and trigger span")
def document(store: Access, document_id: Key) -> Json:
    with store.reading() as s:
        record = s.document(document_id)
    if record is None:
        raise not_found("document", document_id)
    return record


@router.get("/actors", summary="Actors with aliases and event counts", tags=["actors"])
def actors(store: Access, q: Annotated[ActorQuery, Query()]) -> Json:
    with store.reading() as s:
        rows = s.actors(**q.store_kwargs())
    return {"limit": q.limit, "offset": q.offset, "actors": rows}


@router.get("/actors/{actor}/timeline", tags=["actors"],
            summary="One actor's events in the order they happened")
def timeline(store: Access, actor: Key, q: Annotated[AsOfQuery, Query()]) -> Json:
    with store.reading() as s:
        rows = s.timeline(actor, **q.store_kwargs())
        # an actor with no events at all is unknown (404); one with none as of a day is not
        known = bool(rows) or bool(s.timeline(actor, limit=1))
    if not known:
        raise not_found("actor", actor)
    return {"actor": actor, "events": rows}


@router.get("/network", tags=["actors"],
            summary="Actor co-occurrence and directed interactions by quad class")
def network(store: Access, q: Annotated[NetworkQuery, Query()]) -> Json:
    kwargs = q.store_kwargs()
    with store.reading() as s:
        pairs = s.cooccurrence(**kwargs)
        edges = s.interactions(**kwargs)
        known = {a["id"]: a for a in s.actors(limit=MAX_PAGE)}
    ids = {e["source"] for e in edges} | {e["target"] for e in edges}
    ids |= {p["actor_a"] for p in pairs} | {p["actor_b"] for p in pairs}
    # nodes carry names and types so that a client can label the graph without more calls
    nodes = [_node(known.get(i), i) for i in sorted(ids)]
    return {"nodes": nodes, "cooccurrence": pairs, "interactions": edges}


def _node(actor: Json | None, actor_id: str) -> Json:
    if actor is None:
        return {"id": actor_id, "name": actor_id, "type": None, "country": None}
    return {k: actor[k] for k in ("id", "name", "type", "country")}


@router.get("/places", summary="Event locations with counts", tags=["places"])
def places(store: Access, q: Annotated[AsOfQuery, Query()]) -> Json:
    with store.reading() as s:
        rows = s.places(**q.store_kwargs())
    return {"places": rows}


@router.get("/aggregates/{by}", tags=["events"],
            summary="Event counts by month, type, country or quad, under the event filters")
def aggregate(store: Access, by: AggregateBy, q: Annotated[EventFilters, Query()]) -> Json:
    with store.reading() as s:
        rows = s.aggregate(by.value, **q.store_kwargs())
    return {"by": by.value, "buckets": rows}


__all__ = ["router"]
