"""Writing: counts, idempotent re-runs, rejected items, runs, the one-writer rule."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from _store_factory import corpus, jalalabad, kunar

from dateline.errors import StoreError
from dateline.model import Rejected
from dateline.store import Store

TABLES = ("documents", "sentences", "mentions", "events", "event_actors", "actors")


def table_counts(store: Store) -> dict[str, int]:
    cur = store._cursor()
    return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


@pytest.fixture
def store() -> Store:
    with Store.memory() as s:
        yield s


@pytest.mark.parametrize("batch_size", [1, 3, 200])
def test_write_counts_documents_and_events(store: Store, batch_size: int) -> None:
    summary = store.write(corpus(), batch_size=batch_size)
    assert (summary.documents, summary.events, summary.skipped_existing) == (4, 5, 0)
    assert store.summary()["events"] == 5


@pytest.mark.parametrize("batch_size", [1, 200])
def test_rewrite_skips_stored_documents_without_duplicates(store: Store, batch_size: int) -> None:
    store.write(corpus(), batch_size=batch_size)
    before = table_counts(store)
    again = store.write(corpus(), batch_size=batch_size)
    assert (again.documents, again.events, again.skipped_existing) == (0, 0, 4)
    assert table_counts(store) == before


def test_same_document_twice_in_one_batch_is_stored_once(store: Store) -> None:
    summary = store.write([kunar(), kunar()])
    assert (summary.documents, summary.skipped_existing) == (1, 1)
    assert store.count_events() == 2


def test_repeated_event_id_is_stored_once(store: Store) -> None:
    doc = kunar()
    twice = dataclasses.replace(doc, events=(doc.events[0], doc.events[0]))
    assert store.write([twice]).events == 1


def test_has_document(store: Store) -> None:
    doc = jalalabad()
    assert not store.has_document(doc.document.id)
    store.write([doc])
    assert store.has_document(doc.document.id)


def test_rejected_items_are_recorded_and_returned(store: Store) -> None:
    bad = Rejected(None, "ingest", "not valid JSON", source_file="feed.jsonl", line=7)
    run = store.start_run({}, {}, ["feed.jsonl"])
    summary = store.write([bad, jalalabad()], run_id=run)
    assert summary.rejected == [bad] and summary.documents == 1
    row = store._cursor().execute("SELECT run_id, source_file, line, stage, reason "
                                  "FROM rejected").fetchall()
    assert row == [(run, "feed.jsonl", 7, "ingest", "not valid JSON")]
    assert store.summary()["rejected"] == 1


def test_runs_record_settings_versions_inputs_and_summary(store: Store) -> None:
    run = store.start_run({"workers": 2}, {"nlp": "0.1.0"}, ["a.txt"])
    store.write(corpus(), run_id=run)
    store.finish_run(run, {"documents": 4})
    row = store._cursor().execute(
        "SELECT settings->>'workers', versions->>'nlp', inputs->>0, summary->>'documents', "
        "finished IS NOT NULL FROM runs WHERE id = ?", [run]).fetchall()[0]
    assert row == ("2", "0.1.0", "a.txt", "4", True)
    ingested = store._cursor().execute("SELECT DISTINCT ingested_run FROM documents").fetchall()
    assert ingested == [(run,)]


def test_aliases_count_names_but_not_nominals(store: Store) -> None:
    store.write([kunar(), kunar()])
    aliases = dict(store._cursor().execute(
        "SELECT alias, count FROM actor_aliases WHERE actor_id = 'iskp'").fetchall())
    assert "The group" not in aliases
    assert aliases["ISIS-K"] == 1  # the second copy was skipped, not counted again


def test_alias_counts_add_up_across_documents(store: Store) -> None:
    store.write(corpus(), batch_size=1)
    (n,) = store._cursor().execute(
        "SELECT sum(count) FROM actor_aliases WHERE actor_id = 'taliban'").fetchall()[0]
    assert n >= 4


@pytest.mark.parametrize("method", ["write", "start_run"])
def test_read_only_store_refuses_to_write(tmp_path: Path, method: str) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as writer:
        writer.write(corpus())
    with Store.open(path, read_only=True) as reader:
        assert reader.count_events() == 5
        with pytest.raises(StoreError, match="read-only"):
            if method == "write":
                reader.write(corpus())
            else:
                reader.start_run({}, {}, [])


def test_two_read_only_readers_at_once(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as writer:
        writer.write(corpus())
    with Store.open(path, read_only=True) as a, Store.open(path, read_only=True) as b:
        assert a.summary() == b.summary()


@pytest.mark.parametrize("path", ["missing.duckdb", ":memory:"])
def test_read_only_open_needs_an_existing_store(tmp_path: Path, path: str) -> None:
    where = path if path == ":memory:" else tmp_path / path
    with pytest.raises(StoreError):
        Store.open(where, read_only=True)


@pytest.mark.parametrize(("actor_id", "known"), [("taliban", True), ("unk:gunmen", False)])
def test_actors_from_the_dictionary_are_known(store: Store, actor_id: str, known: bool) -> None:
    doc = jalalabad()
    ev = doc.events[0]
    who = dataclasses.replace(ev.actor[0], id=actor_id, name="Gunmen")
    store.write([dataclasses.replace(doc, events=(dataclasses.replace(ev, actor=(who,)),))])
    (row,) = store.actors()
    assert (row["id"], row["known"], row["events"]) == (actor_id, known, 1)


def test_readers_in_many_threads(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store.open(path) as writer:
        writer.write(corpus())
    with Store.open(path, read_only=True) as reader, ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: len(reader.timeline("taliban")), range(40)))
    assert answers == [4] * 40


@pytest.mark.parametrize("read_only", [True, False])
def test_a_busy_store_gives_one_clear_error(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "busy.duckdb"
    Store.open(path).close()
    holder = ("import sys, time; from dateline.store import Store; "
              "s = Store.open(sys.argv[1]); print('open', flush=True); time.sleep(60)")
    with subprocess.Popen([sys.executable, "-c", holder, str(path)], stdout=subprocess.PIPE,
                          text=True) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "open"
            with pytest.raises(StoreError, match="another process has the store open"):
                Store.open(path, read_only=read_only)
        finally:
            child.kill()


def test_threads_sharing_the_writer_store_each_document_once(store: Store) -> None:
    with ThreadPoolExecutor(4) as pool:
        written = list(pool.map(lambda _: store.write(corpus(), batch_size=1).documents,
                                range(4)))
    assert sum(written) == 4 and table_counts(store)["events"] == 5
