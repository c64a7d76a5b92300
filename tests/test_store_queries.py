"""Queries: filters, as-of, sorting, timeline, actors, networks, places, aggregates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from _store_factory import corpus

from dateline.store import QueryError, Store

D = dt.date
# event ids of the corpus by a short name (ids are document-hash prefixes)
DOCS = {a.document.source_file: a for a in corpus()}
RAID, ACCUSE = (e.id for e in DOCS["kunar.txt"].events)
AGREE = DOCS["torkham.txt"].events[0].id
EXECUTE = DOCS["kandahar.txt"].events[0].id
GUNMEN = DOCS["jalalabad.txt"].events[0].id
ALL = {RAID, ACCUSE, AGREE, EXECUTE, GUNMEN}


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store.memory() as s:
        s.write(corpus())
        yield s


def ids(records: list[dict[str, Any]]) -> set[str]:
    return {r["id"] for r in records}


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ALL),
        ({"actor": "taliban"}, {RAID, ACCUSE, AGREE, EXECUTE}),
        ({"actor": "TALIBAN FIGHTERS"}, {RAID, ACCUSE, AGREE, EXECUTE}),  # an alias
        ({"actor": "Islamic State Khorasan Province"}, {RAID}),  # canonical name
        ({"actor": "isis-k"}, {RAID}),  # alias of a mention
        ({"actor": "unknown gunmen"}, {GUNMEN}),  # unresolved: the words themselves
        ({"actor": "nobody"}, set()),
        ({"type": "assault"}, {RAID, EXECUTE, GUNMEN}),
        ({"country": "pak"}, {AGREE}),  # a participant's country
        ({"country": "AFG"}, ALL),  # the location or a participant
        ({"since": D(2023, 6, 1)}, {RAID, ACCUSE}),  # "2023" overlaps the range
        ({"until": D(2022, 12, 31)}, {GUNMEN}),  # the undated event is out of any range
        ({"since": D(2023, 1, 1), "until": D(2023, 12, 31)}, {RAID, AGREE}),
        ({"as_of": D(2023, 5, 4)}, {AGREE, EXECUTE, GUNMEN}),
        ({"as_of": D(2021, 8, 19)}, set()),
        ({"modality": "alleged"}, {EXECUTE}),
        ({"text": "DETAINING journ"}, {ACCUSE}),
        ({"text": "%"}, set()),  # no wildcard semantics
        ({"text": "'; DROP TABLE events; --"}, set()),
        ({"actor": "x' OR '1'='1"}, set()),
        ({"actor": "taliban", "type": "ASSAULT", "as_of": D(2022, 1, 1)}, {EXECUTE}),
    ],
)
def test_event_filters(store: Store, filters: dict[str, Any], expected: set[str]) -> None:
    assert ids(store.events(**filters)) == expected
    assert store.count_events(**filters) == len(expected)


def test_injection_attempts_leave_the_store_intact(store: Store) -> None:
    store.events(text="'); DELETE FROM events; --", actor="'; DROP TABLE actors; --")
    assert store.count_events() == 5 and len(store.actors()) == 4


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("date", [GUNMEN, RAID, AGREE, ACCUSE, EXECUTE]),  # undated last
        ("-date", [ACCUSE, AGREE, RAID, GUNMEN, EXECUTE]),
        ("reported", [EXECUTE, GUNMEN, AGREE, RAID, ACCUSE]),
        ("-reported", [ACCUSE, RAID, AGREE, GUNMEN, EXECUTE]),
    ],
)
def test_sorts(store: Store, sort: str, order: list[str]) -> None:
    assert [r["id"] for r in store.events(sort=sort)] == order


def test_score_sort_puts_the_most_hostile_first(store: Store) -> None:
    scores = [r["score"] for r in store.events(sort="score")]
    assert scores == sorted(scores) and scores[0] == -9.0


@pytest.mark.parametrize(("limit", "offset", "n"), [(2, 0, 2), (2, 4, 1), (0, 0, 0), (9, 9, 0)])
def test_paging(store: Store, limit: int, offset: int, n: int) -> None:
    page = store.events(limit=limit, offset=offset)
    assert len(page) == n
    assert page == store.events(limit=100)[offset : offset + limit]


@pytest.mark.parametrize("bad", [{"sort": "date; DROP TABLE events"}, {"limit": -1},
                                 {"offset": -5}])
def test_bad_query_arguments_raise(store: Store, bad: dict[str, Any]) -> None:
    with pytest.raises(QueryError):
        store.events(**bad)


def test_records_carry_their_document(store: Store) -> None:
    (record,) = store.events(modality="alleged")
    assert record["document"] == {"id": DOCS["kandahar.txt"].document.id,
                                  "date": "2021-08-20", "title": None, "url": None,
                                  "source_file": "kandahar.txt"}
    assert store.event(record["id"]) == record
    assert store.event("no-such-event") is None


@pytest.mark.parametrize(
    ("actor", "as_of", "order", "roles"),
    [
        ("Taliban", None, [RAID, AGREE, ACCUSE, EXECUTE],
         ["actor", "actor", "recipient", "actor"]),
        ("the taliban", D(2023, 12, 31), [AGREE, EXECUTE], ["actor", "actor"]),
        ("iskp", None, [RAID], ["recipient"]),
        ("nobody", None, [], []),
    ],
)
def test_timeline_orders_by_event_date(
    store: Store, actor: str, as_of: dt.date | None, order: list[str], roles: list[str]
) -> None:
    timeline = store.timeline(actor, as_of=as_of)
    assert [r["id"] for r in timeline] == order
    assert [r["role"] for r in timeline] == roles


def test_document_gives_raw_text_and_event_spans(store: Store) -> None:
    source = DOCS["kunar.txt"].document
    doc = store.document(source.id)
    assert doc is not None and doc["text"] == source.raw and doc["date"] == "2024-03-24"
    assert [e["id"] for e in doc["events"]] == [RAID, ACCUSE]
    for e in doc["events"]:
        assert doc["text"][e["start"] : e["end"]] == e["evidence"]["sentence"]
        assert doc["text"][e["trigger_start"] : e["trigger_end"]] == e["evidence"]["trigger"]
    assert store.document("nope") is None


@pytest.mark.parametrize(
    ("search", "expected"),
    [(None, ["taliban", "iskp", "pak", "un"]), ("isis", ["iskp"]), ("PAKI", ["pak"]),
     ("zzz", [])],
)
def test_actors_search(store: Store, search: str | None, expected: list[str]) -> None:
    assert [a["id"] for a in store.actors(search=search)] == expected


def test_actor_rows_have_counts_and_aliases(store: Store) -> None:
    taliban = store.actors(search="taliban")[0]
    assert taliban["events"] == 4 and taliban["country"] == "AFG"
    assert {"Taliban forces", "Taliban fighters", "The Taliban"} <= set(taliban["aliases"])


@pytest.mark.parametrize(
    ("as_of", "pairs"),
    [
        (None, {("iskp", "taliban"), ("pak", "taliban"), ("taliban", "un")}),
        (D(2023, 12, 31), {("pak", "taliban")}),
    ],
)
def test_cooccurrence(store: Store, as_of: dt.date | None, pairs: set[tuple[str, str]]) -> None:
    rows = store.cooccurrence(as_of=as_of)
    assert {(r["actor_a"], r["actor_b"]) for r in rows} == pairs
    assert all(r["count"] == 1 for r in rows)


def test_interactions_are_directed_with_quad(store: Store) -> None:
    rows = {(r["source"], r["target"], r["quad"]): r["count"] for r in store.interactions()}
    assert rows == {("taliban", "iskp", "material_conflict"): 1,
                    ("un", "taliban", "verbal_conflict"): 1}


@pytest.mark.parametrize(("as_of", "names"), [(None, {"Kunar", "Torkham", "Kandahar",
                                                      "Jalalabad"}),
                                              (D(2022, 6, 1), {"Kandahar", "Jalalabad"})])
def test_places(store: Store, as_of: dt.date | None, names: set[str]) -> None:
    rows = store.places(as_of=as_of)
    assert {r["name"] for r in rows} == names
    assert all(r["events"] == 1 and r["lat"] is not None for r in rows)


@pytest.mark.parametrize(
    ("by", "filters", "expected"),
    [
        ("month", {}, [("2022-01", 1), ("2023-01", 1), ("2023-05", 1), ("2024-03", 1)]),
        ("type", {}, [("ASSAULT", 3), ("ACCUSE", 1), ("AGREE", 1)]),
        ("type", {"actor": "taliban"}, [("ASSAULT", 2), ("ACCUSE", 1), ("AGREE", 1)]),
        ("country", {"as_of": D(2022, 12, 31)}, [("AFG", 2)]),
        ("quad", {"type": "ASSAULT"}, [("material_conflict", 3)]),
    ],
)
def test_aggregate(store: Store, by: str, filters: dict[str, Any],
                   expected: list[tuple[str, int]]) -> None:
    assert [(r["key"], r["count"]) for r in store.aggregate(by, **filters)] == expected


def test_aggregate_rejects_unknown_keys(store: Store) -> None:
    with pytest.raises(QueryError, match="month"):
        store.aggregate("weekday")


def test_summary(store: Store) -> None:
    summary = store.summary()
    assert (summary["documents"], summary["events"], summary["actors"]) == (4, 5, 4)
    assert summary["by_type"] == {"ASSAULT": 3, "ACCUSE": 1, "AGREE": 1}
    assert (summary["first_reported"], summary["last_reported"]) == ("2021-08-20", "2024-03-24")
