"""The writer's memory: no ART index on the growing tables (migration 004), ids kept
unique by the writer itself, small row groups, and a writer that can reconnect."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest
from _store_factory import corpus, old_store

from dateline.errors import StoreError
from dateline.events.build import event_id
from dateline.model import AnnotatedDoc
from dateline.store import Store

GROWING = ("documents", "events", "mentions", "sentences", "places")


def keyed_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Tables that carry an index or a primary key (both are ART indexes in DuckDB)."""
    indexed = {r[0] for r in con.execute("SELECT table_name FROM duckdb_indexes()").fetchall()}
    keyed = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()}
    return indexed | keyed


def test_the_growing_tables_carry_no_index(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        keyed = keyed_tables(store._cursor())
    assert keyed.isdisjoint(GROWING)
    assert {"actors", "actor_aliases"} <= keyed  # small, and upserted through their keys


def test_a_version_3_store_keeps_its_rows_through_migration_4(tmp_path: Path) -> None:
    filled = tmp_path / "filled.duckdb"
    with Store.open(filled) as store:
        store.write(corpus())
        before = {t: store._cursor().execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                  for t in ("documents", "events")}
    path = tmp_path / "three.duckdb"  # a store as version 3 left it, keys and indexes
    con = old_store(path, 3)
    con.execute(f"ATTACH '{filled}' AS filled (READ_ONLY)")
    for table in ("documents", "events"):
        con.execute(f"INSERT INTO {table} SELECT * FROM filled.{table}")
    con.execute("DETACH filled")
    assert {"documents", "events"} <= keyed_tables(con)
    con.close()
    with Store.open(path) as store:
        after = {t: store._cursor().execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                 for t in ("documents", "events")}
        assert keyed_tables(store._cursor()).isdisjoint(GROWING)
    assert after == before


def test_without_keys_the_writer_still_stores_each_document_once(tmp_path: Path) -> None:
    docs = corpus()
    with Store.open(tmp_path / "s.duckdb") as store:
        first = store.write(docs)
        again = store.write([*docs, *docs], batch_size=3)  # repeats within and across batches
        con = store._cursor()
        distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM documents").fetchone()
        events = con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone()
    assert first.documents == len(docs) and again.documents == 0
    assert again.skipped_existing == 2 * len(docs)
    assert distinct == (len(docs), len(docs))
    assert events is not None and events[0] == events[1] == first.events


def test_event_ids_hash_their_document_so_new_documents_bring_new_events(
        annotate: Callable[..., AnnotatedDoc]) -> None:
    # the writer looks up document ids only; this is what makes that enough
    text = "Rebels attacked a police post. Police arrested two rebels."
    docs = [annotate(f"{head}\n\n{text}", stages=("nlp", "time", "actors", "events"))
            for head in ("Northern province", "From our correspondent")]
    ids = [[e.id for e in d.events] for d in docs]
    assert len(ids[0]) == 2 and len(ids[1]) == 2
    assert all(e.id == event_id(d.document.id, e.evidence.sentence_index,
                                e.evidence.trigger_start, e.event)
               for d in docs for e in d.events)
    assert not set(ids[0]) & set(ids[1])  # the same sentences, other documents: other ids


def test_stored_documents_answers_for_a_whole_batch(tmp_path: Path) -> None:
    docs = corpus()
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(docs[:2])
        wanted = [d.document.id for d in docs] + ["no-such-document"]
        assert store.stored_documents(wanted) == {d.document.id for d in docs[:2]}
        assert store.stored_documents([]) == set()


def test_the_writer_keeps_row_groups_small(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.duckdb") as store:
        con = store._cursor()
        con.execute("INSERT INTO rejected (stage, reason, logged) "
                    "SELECT 'test', 'row ' || range, now() FROM range(5000)")
        con.execute("CHECKPOINT")
        groups = con.execute("SELECT count(DISTINCT row_group_id) "
                             "FROM pragma_storage_info('rejected')").fetchone()
    assert groups is not None and groups[0] == 3  # 5,000 rows in groups of ROW_GROUP_ROWS


def test_reopening_the_writer_keeps_what_was_written(tmp_path: Path) -> None:
    docs = corpus()
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(docs[:2])
        store.reopen()
        assert store.stored_documents(d.document.id for d in docs) == {
            d.document.id for d in docs[:2]}
        with ThreadPoolExecutor(2) as pool:  # threads get fresh cursors on the new connection
            written = list(pool.map(lambda d: store.write([d]).documents, docs[2:]))
        assert sum(written) == len(docs) - 2
        assert store.summary()["documents"] == len(docs)


@pytest.mark.parametrize(("every", "reconnections"), [(0, 0), (2, 2), (3, 1), (10, 0)])
def test_the_writer_reconnects_itself_every_so_many_documents(
        tmp_path: Path, every: int, reconnections: int) -> None:
    docs = corpus()  # four documents, written one at a time
    with Store.open(tmp_path / "s.duckdb", reopen_every=every) as store:
        connections = []
        for doc in docs:
            store.write([doc])
            connections.append(store._con)  # kept alive, so that no id() is reused
        assert store.summary()["documents"] == len(docs)
    assert len({id(con) for con in connections}) - 1 == reconnections


def test_a_memory_store_has_nothing_to_reopen() -> None:
    with Store.memory() as store:
        store.write(corpus())
        store.reopen()
        assert store.summary()["documents"] == len(corpus())


def test_a_reader_cannot_reopen_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    with Store.open(path, read_only=True) as reader, pytest.raises(StoreError,
                                                                    match="read-only"):
        reader.reopen()
