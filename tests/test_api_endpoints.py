"""Every read endpoint of the API, in-process over the hand-made store of tests/webdata.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from webdata import EVENT_COUNT, build_store, call

from dateline.api import create_app
from dateline.api.params import Sort
from dateline.store import SORTS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api") / "web.duckdb")


@pytest.fixture(scope="module")
def app(db: Path) -> Any:
    return create_app(str(db))


def get(app: Any, path: str, **params: Any) -> Any:
    response = call(app, "GET", path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_summary_counts_the_store(app: Any) -> None:
    body = get(app, "/api/summary")
    assert (body["documents"], body["events"]) == (4, EVENT_COUNT)
    assert (body["first_reported"], body["last_reported"]) == ("2024-03-01", "2024-04-05")
    assert body["writable"] is False


@pytest.mark.parametrize(("params", "expected"), [
    ({}, {"ASSAULT", "ACCUSE", "AGREE", "AID", "REQUEST", "PROTEST", "COERCE"}),
    ({"type": "ASSAULT"}, {"ASSAULT"}),
    ({"type": "assault"}, {"ASSAULT"}),
    ({"actor": "northern_front"}, {"ASSAULT", "ACCUSE", "REQUEST"}),
    ({"actor": "Northern Front", "type": "REQUEST"}, {"REQUEST"}),
    ({"country": "pak"}, {"AGREE", "AID", "PROTEST", "COERCE"}),
    ({"modality": "denied"}, {"ASSAULT"}),
    ({"modality": "future"}, {"AID"}),
    ({"since": "2024-04-01"}, {"AID", "PROTEST", "COERCE"}),
    ({"until": "2024-02-28"}, {"ASSAULT"}),
    ({"as_of": "2024-03-10"}, {"ASSAULT", "ACCUSE", "AGREE", "AID"}),
    ({"text": "FUEL"}, {"PROTEST"}),
    ({"text": "no such words"}, set()),
    ({"actor": "", "type": "", "since": ""}, {"ASSAULT", "ACCUSE", "AGREE", "AID", "REQUEST",
                                             "PROTEST", "COERCE"}),
])
def test_events_filters(app: Any, params: dict[str, str], expected: set[str]) -> None:
    body = get(app, "/api/events", **params)
    assert {e["event"] for e in body["events"]} == expected
    assert body["total"] == len(body["events"])


def test_as_of_hides_later_reports(app: Any) -> None:
    body = get(app, "/api/events", as_of="2024-03-10", limit=1000)
    assert max(e["document"]["date"] for e in body["events"]) <= "2024-03-10"
    # the future aid was reported on 03-10 but happens in April: as_of is about reports
    assert any(e["date"]["start"] == "2024-04-01" for e in body["events"])


@pytest.mark.parametrize(("limit", "offset"), [(3, 0), (3, 3), (3, 6), (5, 5)])
def test_events_paging_partitions_the_sorted_list(app: Any, limit: int, offset: int) -> None:
    every = get(app, "/api/events", limit=1000)["events"]
    page = get(app, "/api/events", limit=limit, offset=offset)
    assert [e["id"] for e in page["events"]] == [e["id"] for e in every[offset:offset + limit]]
    assert (page["total"], page["limit"], page["offset"]) == (EVENT_COUNT, limit, offset)


@pytest.mark.parametrize(("sort", "key", "reverse"), [
    ("date", lambda e: e["date"]["start"], False),
    ("-date", lambda e: e["date"]["start"], True),
    ("reported", lambda e: e["document"]["date"], False),
    ("-reported", lambda e: e["document"]["date"], True),
    ("score", lambda e: e["score"], False),
    ("-score", lambda e: e["score"], True),
])
def test_events_sorts(app: Any, sort: str, key: Any, reverse: bool) -> None:
    events = get(app, "/api/events", sort=sort)["events"]
    assert [key(e) for e in events] == sorted((key(e) for e in events), reverse=reverse)


def test_sort_choices_match_the_store() -> None:
    assert {s.value for s in Sort} == set(SORTS)


def test_one_event_has_its_evidence(app: Any) -> None:
    first = get(app, "/api/events", type="ASSAULT", modality="asserted")["events"][0]
    event = get(app, f"/api/events/{first['id']}")
    assert event == first
    evidence = event["evidence"]
    assert evidence["trigger"] == "attacked"
    assert evidence["sentence"].startswith("Fighters of the Northern Front attacked")
    assert event["attribution"]["text"] == "according to provincial officials"


def test_document_has_text_and_every_event_span(app: Any) -> None:
    event = get(app, "/api/events", type="AGREE")["events"][0]
    doc = get(app, f"/api/documents/{event['document']['id']}")
    assert doc["date"] == "2024-03-10"
    assert len(doc["events"]) == 2
    for span in doc["events"]:
        assert doc["text"][span["start"]:span["end"]] == span["evidence"]["sentence"]
        assert doc["text"][span["trigger_start"]:span["trigger_end"]] == span["evidence"]["trigger"]


@pytest.mark.parametrize(("search", "expected"), [
    (None, "northern_front"),  # the most active actor comes first
    ("front", "northern_front"),
    ("protesters", "pak_civilians"),
    ("Pakistani", "pak_police"),
])
def test_actors_search(app: Any, search: str | None, expected: str) -> None:
    params = {"search": search} if search else {}
    actors = get(app, "/api/actors", **params)["actors"]
    assert actors[0]["id"] == expected
    assert isinstance(actors[0]["aliases"], list) and actors[0]["events"] >= 1


def test_actor_counts_and_aliases(app: Any) -> None:
    actors = {a["id"]: a for a in get(app, "/api/actors", limit=1000)["actors"]}
    assert actors["northern_front"]["events"] == 4
    assert "the Northern Front" in actors["northern_front"]["aliases"]


@pytest.mark.parametrize(("as_of", "expected"), [
    (None, ["ASSAULT", "ACCUSE", "ASSAULT", "REQUEST"]),
    ("2024-03-05", ["ASSAULT", "ACCUSE"]),
    ("2024-02-01", []),  # known, but nothing reported yet: an empty timeline, not a 404
])
def test_actor_timeline_in_event_order(app: Any, as_of: str | None, expected: list[str]) -> None:
    params = {"as_of": as_of} if as_of else {}
    body = get(app, "/api/actors/northern_front/timeline", **params)
    assert [e["event"] for e in body["events"]] == expected
    starts = [e["date"]["start"] for e in body["events"]]
    assert starts == sorted(starts)


def test_network_has_directed_edges_by_quad_and_named_nodes(app: Any) -> None:
    body = get(app, "/api/network")
    edges = {(e["source"], e["target"], e["quad"]) for e in body["interactions"]}
    assert ("northern_front", "afg_military", "material_conflict") in edges
    assert ("PAK", "AFG", "material_cooperation") in edges
    assert ("AFG", "PAK", "material_cooperation") not in edges
    pairs = {(p["actor_a"], p["actor_b"]) for p in body["cooccurrence"]}
    assert ("AFG", "PAK") in pairs
    names = {n["id"]: n["name"] for n in body["nodes"]}
    assert names["afg_military"] == "Afghan Army"


def test_network_as_of(app: Any) -> None:
    body = get(app, "/api/network", as_of="2024-03-01")
    assert {n["id"] for n in body["nodes"]} == {"northern_front", "afg_military",
                                                 "afg_government"}


@pytest.mark.parametrize(("as_of", "expected"), [
    (None, {"Islamabad": 2, "Kabul": 1, "Kandahar": 1, "Torkham": 1}),
    ("2024-03-10", {"Kandahar": 1, "Torkham": 1}),
])
def test_places_with_counts(app: Any, as_of: str | None, expected: dict[str, int]) -> None:
    params = {"as_of": as_of} if as_of else {}
    places = get(app, "/api/places", **params)["places"]
    assert {p["name"]: p["events"] for p in places} == expected
    assert all(p["lat"] is not None and p["lon"] is not None for p in places)


@pytest.mark.parametrize(("by", "params", "expected"), [
    ("month", {}, {"2024-02": 1, "2024-03": 4, "2024-04": 3}),
    ("type", {"actor": "northern_front"}, {"ASSAULT": 2, "ACCUSE": 1, "REQUEST": 1}),
    ("country", {}, {"AFG": 3, "PAK": 2}),
    ("quad", {"as_of": "2024-03-01"}, {"material_conflict": 1, "verbal_conflict": 1}),
])
def test_aggregates(app: Any, by: str, params: dict[str, str], expected: dict[str, int]) -> None:
    body = get(app, f"/api/aggregates/{by}", **params)
    assert body["by"] == by
    assert {b["key"]: b["count"] for b in body["buckets"]} == expected


def test_clusters_and_the_events_of_one(app: Any) -> None:
    clusters = get(app, "/api/clusters", limit=1000)["clusters"]
    assert sum(c["events"] for c in clusters) == EVENT_COUNT
    assert get(app, "/api/clusters", min_reports=2)["clusters"] == []
    coerce = get(app, "/api/clusters", type="coerce")["clusters"]
    assert [c["event"] for c in coerce] == ["COERCE"]
    body = get(app, "/api/events", cluster=coerce[0]["id"])
    assert [e["event"] for e in body["events"]] == ["COERCE"]
    assert body["events"][0]["cluster"]["id"] == coerce[0]["id"]


def test_openapi_lists_every_route(app: Any) -> None:
    paths = set(get(app, "/openapi.json")["paths"])
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{document_id}",
            "/api/actors", "/api/actors/{actor}/timeline", "/api/network", "/api/places",
            "/api/aggregates/{by}", "/api/summary", "/api/documents", "/api/clusters"} <= paths


@pytest.mark.parametrize("path", ["/docs", "/"])
def test_pages_load_nothing_from_the_internet(app: Any, path: str) -> None:
    response = call(app, "GET", path)
    assert response.status_code == 200
    assert "http://" not in response.text and "https://" not in response.text
