"""Reports of one happening across documents: cluster ids given on write (same type,
participants, place and overlapping dates), report counts in the records, Store.clusters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from _store_factory import ISKP, PAK, TALIBAN, annotated, day, event, old_store, place
from _store_factory import corpus as sample_corpus

from dateline.ingest.normalise import make_document
from dateline.model import ActorRef, AnnotatedDoc, TimeRef
from dateline.store import Store
from dateline.store.clusters import cluster_fields, stored_spans

KUNAR = place("Kunar", "Kunar", "AFG", 34.9, 71.1)
PESHAWAR = place("Peshawar", "Peshawar", "PAK", 34.0, 71.6)  # places compare by country


def span(start: str, end: str) -> TimeRef:
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return TimeRef("that week", "DATE", f"{start}/{end}", "week", a, b, "relative")


def report(n: int, reported: str, when: TimeRef | None, *, kind: str = "ASSAULT",
           actor: tuple[ActorRef, ...] = (TALIBAN,), recipient: tuple[ActorRef, ...] = (ISKP,),
           where: object = KUNAR) -> AnnotatedDoc:
    """Report ``n`` (its own words, so its own document) of one event."""
    sentence = f"Report {n}: Taliban forces struck ISIS-K fighters."
    doc = make_document(sentence, dt.date.fromisoformat(reported), source_file=f"r{n}.txt")
    e = event(doc, sentence, "struck", kind, 0, quad="material_conflict", score=-9.0,
              actor=actor, recipient=recipient, date=when, location=where)
    return annotated(doc, [e])


def cluster_of(store: Store, doc: AnnotatedDoc) -> dict[str, object]:
    record = store.event(doc.events[0].id)
    assert record is not None
    return record["cluster"]


@pytest.fixture
def store() -> Store:
    with Store.memory() as s:
        yield s


@pytest.mark.parametrize(
    ("second", "together"),
    [
        (report(2, "2024-03-06", day("2024-03-04", "on Monday")), True),
        (report(2, "2024-03-07", span("2024-03-03", "2024-03-09")), True),  # overlapping
        (report(2, "2024-03-21", day("2024-03-19", "on Tuesday")), False),  # other days
        (report(2, "2024-03-06", day("2024-03-04", "Monday"), where=PESHAWAR), False),
        (report(2, "2024-03-06", day("2024-03-04", "Monday"), kind="COERCE"), False),
        (report(2, "2024-03-06", day("2024-03-04", "Monday"), actor=(PAK,)), False),
        (report(2, "2024-03-06", day("2024-03-04", "Monday"), recipient=()), False),
    ],
)
def test_reports_of_one_happening_share_a_cluster(
    store: Store, second: AnnotatedDoc, together: bool
) -> None:
    first = report(1, "2024-03-05", day("2024-03-04", "yesterday"))
    store.write([first])
    store.write([second])
    a, b = cluster_of(store, first), cluster_of(store, second)
    assert (a["id"] == b["id"]) is together
    assert a["id"] == first.events[0].id  # a cluster is named by its first event
    assert (a["reports"], b["reports"]) == ((2, 2) if together else (1, 1))


def test_undated_events_cluster_by_report_date(store: Store) -> None:
    docs = [report(1, "2024-03-05", None), report(2, "2024-03-05", None),
            report(3, "2024-03-06", None)]
    store.write(docs)
    ids = [cluster_of(store, d)["id"] for d in docs]
    assert ids[0] == ids[1] != ids[2]


def test_events_without_participants_are_never_linked(store: Store) -> None:
    docs = [report(i, "2024-03-05", day("2024-03-04", "Monday"), actor=(), recipient=())
            for i in (1, 2)]
    store.write(docs)
    assert [cluster_of(store, d)["reports"] for d in docs] == [1, 1]


def test_one_batch_and_many_batches_agree(store: Store) -> None:
    docs = [report(i, f"2024-03-0{4 + i}", day("2024-03-04", "Monday")) for i in range(1, 4)]
    store.write(docs, batch_size=1)
    with Store.memory() as other:
        other.write(docs, batch_size=10)
        assert [cluster_of(store, d) for d in docs] == [cluster_of(other, d) for d in docs]
    assert cluster_of(store, docs[2]) == {"id": docs[0].events[0].id, "reports": 3}


def test_a_story_reported_many_times_is_matched_by_its_distinct_spans(store: Store) -> None:
    monday = day("2024-03-04", "Monday")
    docs = [report(i, "2024-03-05", monday) for i in range(1, 6)]
    store.write(docs, batch_size=1)
    later = report(6, "2024-03-06", span("2024-03-03", "2024-03-09"))
    rows = [{"id": later.events[0].id, **cluster_fields(later.events[0], later.document)}]
    spans = stored_spans(store._cursor(), rows)
    monday_date = dt.date(2024, 3, 4)
    assert list(spans.values()) == [[(docs[0].events[0].id, monday_date, monday_date)]]
    store.write([later])
    assert cluster_of(store, later) == {"id": docs[0].events[0].id, "reports": 6}


def test_a_new_writer_links_to_clusters_it_did_not_write(tmp_path: Path) -> None:
    # the writer's filter of stored cluster keys starts from the table, not empty
    first = report(1, "2024-03-05", day("2024-03-04", "yesterday"))
    second = report(2, "2024-03-06", day("2024-03-04", "on Monday"))
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([first])
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write([second])
        assert cluster_of(store, second) == {"id": first.events[0].id, "reports": 2}


def test_keys_ruled_out_as_never_stored_are_not_looked_for(store: Store) -> None:
    first = report(1, "2024-03-05", day("2024-03-04", "yesterday"))
    store.write([first])
    later = report(2, "2024-03-06", day("2024-03-04", "on Monday"))
    rows = [{"id": later.events[0].id, **cluster_fields(later.events[0], later.document)}]
    assert stored_spans(store._cursor(), rows)  # the stored report is found …
    assert stored_spans(store._cursor(), rows, lambda key: False) == {}  # … unless ruled out


def test_writing_again_changes_no_count(store: Store) -> None:
    docs = [report(1, "2024-03-05", day("2024-03-04", "Monday")),
            report(2, "2024-03-06", day("2024-03-04", "Monday"))]
    store.write(docs)
    store.write(docs)
    assert cluster_of(store, docs[1])["reports"] == 2


def test_records_everywhere_carry_their_cluster(store: Store) -> None:
    docs = [report(1, "2024-03-05", day("2024-03-04", "Monday")),
            report(2, "2024-03-06", day("2024-03-04", "Monday"))]
    store.write(docs)
    listed = store.events(limit=10)
    assert {r["cluster"]["reports"] for r in listed} == {2}
    assert all(r["cluster"]["reports"] == 2 for r in store.timeline("taliban"))
    assert listed[0] == store.event(listed[0]["id"])


def test_clusters_are_listed_with_report_counts(store: Store) -> None:
    docs = [report(1, "2024-03-05", day("2024-03-04", "Monday")),
            report(2, "2024-03-06", day("2024-03-04", "Monday")),
            report(3, "2024-03-21", day("2024-03-19", "Tuesday")),
            report(4, "2024-03-06", day("2024-03-04", "Monday"), kind="COERCE")]
    store.write(docs)
    rows = store.clusters()
    assert [(r["event"], r["reports"]) for r in rows] == [
        ("ASSAULT", 2), ("ASSAULT", 1), ("COERCE", 1)]
    top = rows[0]
    assert top["id"] == docs[0].events[0].id
    assert (top["first_reported"], top["last_reported"]) == ("2024-03-05", "2024-03-06")
    assert (top["date_start"], top["date_end"]) == ("2024-03-04", "2024-03-04")
    assert (top["actors"], top["recipients"]) == (["Taliban"], ["Islamic State Khorasan Province"])
    assert [r["reports"] for r in store.clusters(min_reports=2)] == [2]
    assert [r["event"] for r in store.clusters(type="coerce")] == ["COERCE"]
    assert [r["reports"] for r in store.clusters(as_of=dt.date(2024, 3, 5))] == [1]
    assert len(store.clusters(limit=1)) == 1


def test_events_of_one_cluster_are_filtered_by_its_id(store: Store) -> None:
    docs = [report(1, "2024-03-05", day("2024-03-04", "Monday")),
            report(2, "2024-03-06", day("2024-03-04", "Monday")),
            report(3, "2024-03-21", day("2024-03-19", "Tuesday"))]
    store.write(docs)
    first = docs[0].events[0].id
    assert {r["id"] for r in store.events(cluster=first)} == {docs[0].events[0].id,
                                                              docs[1].events[0].id}
    assert store.count_events(cluster=first) == 2
    assert store.count_events(cluster=first, as_of=dt.date(2024, 3, 5)) == 1
    assert [b["count"] for b in store.aggregate("type", cluster=first)] == [2]
    assert store.events(cluster="no-such-cluster") == []


def test_sample_corpus_events_are_single_reports(store: Store) -> None:
    store.write(sample_corpus())
    assert {r["reports"] for r in store.clusters()} == {1}
    assert sum(r["events"] for r in store.clusters()) == store.summary()["events"]


def test_events_stored_before_clusters_become_their_own(tmp_path: Path) -> None:
    path = tmp_path / "v2.duckdb"
    con = old_store(path, 2)
    con.execute("INSERT INTO events (id, seq, document_id, doc_date, event, modality, record) "
                "VALUES ('old', 1, 'd', DATE '2020-01-02', 'AGREE', 'asserted', ?)",
                ['{"id": "old"}'])
    con.close()
    with Store.open(path) as store:
        assert store.event("old") == {"id": "old", "cluster": {"id": "old", "reports": 1}}
        spans = store._cursor().execute(
            "SELECT span_start, span_end FROM events WHERE id = 'old'").fetchall()
        assert spans == [(dt.date(2020, 1, 2), dt.date(2020, 1, 2))]
