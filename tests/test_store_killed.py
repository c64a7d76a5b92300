"""A killed or failed ingest leaves the store consistent; re-running completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _store_factory import corpus, numbered

from dateline.errors import StoreError
from dateline.model import AnnotatedDoc
from dateline.store import Store

HERE = Path(__file__).resolve().parent
N, BATCH = 400, 20

WRITER = f"""
import sys
sys.path.insert(0, {str(HERE)!r})
from _store_factory import numbered
from dateline.store import Store

def docs():
    for i in range({N}):
        if i % {BATCH} == 0:
            print(i, flush=True)
        yield numbered(i)

if sys.argv[2] == "inside":  # die mid-transaction: events inserted, event actors not
    import os, signal
    real, seen = Store._append, []

    def dying(self, table, rows, **kw):
        real(self, table, rows, **kw)
        if table == "events":
            seen.append(1)
            if len(seen) == 9:
                os.kill(os.getpid(), signal.SIGKILL)

    Store._append = dying

with Store.open(sys.argv[1]) as store:
    store.write(docs(), batch_size={BATCH})
print("done", flush=True)
"""


def consistency(store: Store) -> dict[str, int]:
    """Counts that only add up when every document was written whole."""
    cur = store._cursor()

    def one(sql: str) -> int:
        return int(cur.execute(sql).fetchall()[0][0])

    assert one("SELECT count(*) FROM events WHERE document_id NOT IN "
               "(SELECT id FROM documents)") == 0
    assert one("SELECT count(*) FROM event_actors WHERE event_id NOT IN "
               "(SELECT id FROM events)") == 0
    assert one("SELECT count(*) FROM mentions WHERE document_id NOT IN "
               "(SELECT id FROM documents)") == 0
    assert one("SELECT sum(n_events) FROM documents") == one("SELECT count(*) FROM events")
    assert one("SELECT count(*) - count(DISTINCT id) FROM events") == 0
    assert one("SELECT count(*) FROM actor_links WHERE event_seq NOT IN "
               "(SELECT seq FROM events)") == 0
    # actor event counts are upserted per batch: they must match what is stored
    assert one("SELECT coalesce(sum(n_events), 0) FROM actors") == one(
        "SELECT count(*) FROM (SELECT DISTINCT event_seq, actor_id FROM event_actors "
        "WHERE actor_id IS NOT NULL)")
    return {"documents": one("SELECT count(*) FROM documents"),
            "events": one("SELECT count(*) FROM events"),
            "event_actors": one("SELECT count(*) FROM event_actors")}


@pytest.mark.parametrize("where", ["outside", "inside"])
def test_sigkilled_ingest_is_consistent_and_rerun_completes(tmp_path: Path, where: str) -> None:
    path = tmp_path / "killed.duckdb"
    with subprocess.Popen([sys.executable, "-c", WRITER, str(path), where],
                          stdout=subprocess.PIPE, text=True, cwd=HERE.parent) as child:
        assert child.stdout is not None
        for line in child.stdout:  # kill it once a few batches have been committed
            if where == "outside" and (line.strip() == "done" or int(line) >= 8 * BATCH):
                os.kill(child.pid, signal.SIGKILL)
                break
        assert child.wait() == -signal.SIGKILL
    with Store.open(path) as store:
        partial = consistency(store)
        assert 0 < partial["documents"] < N
        if where == "inside":
            assert partial["documents"] == 8 * BATCH  # the ninth batch died uncommitted
        assert partial["documents"] % BATCH == 0  # whole batches or nothing
        summary = store.write((numbered(i) for i in range(N)), batch_size=BATCH)
        assert summary.skipped_existing == partial["documents"]
        assert consistency(store) == {"documents": N, "events": N, "event_actors": 2 * N}


class Boom(RuntimeError):
    pass


def failing(after: int) -> Iterator[AnnotatedDoc]:
    for i, doc in enumerate(corpus()):
        if i == after:
            raise Boom
        yield doc


def test_error_in_the_input_keeps_earlier_batches() -> None:
    with Store.memory() as store:
        with pytest.raises(Boom):
            store.write(failing(3), batch_size=2)
        assert consistency(store)["documents"] == 2


def test_failed_insert_rolls_back_the_whole_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.memory() as store:
        store.write(corpus()[:1])
        real = Store._append

        def broken(self: Store, table: str, rows: list[dict[str, object]], **kw: str) -> None:
            real(self, table, rows, **kw)
            if table == "event_actors":
                raise StoreError("disk full")

        monkeypatch.setattr(Store, "_append", broken)
        with pytest.raises(StoreError, match="disk full"):
            store.write(corpus()[1:])
        monkeypatch.undo()
        assert consistency(store) == {"documents": 1, "events": 2, "event_actors": 4}
        assert store.write(corpus()).documents == 3
