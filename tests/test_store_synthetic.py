"""The benchmark generator writes a store that the Store reads as if ingested."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from gen_events import generate

from dateline.store import Store


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("synthetic") / "s.duckdb"
    generate(path, 2000, n_actors=50)
    return path


def test_generated_store_is_consistent(synthetic: Path) -> None:
    with Store.open(synthetic, read_only=True) as store:
        summary = store.summary()
        assert (summary["events"], summary["documents"], summary["actors"]) == (2000, 500, 50)
        rows = store._rows("""
            SELECT (SELECT count(*) FROM events WHERE document_id NOT IN
                        (SELECT id FROM documents)) AS orphans,
                   (SELECT count(*) FROM event_actors ea JOIN events e
                        ON e.seq = ea.event_seq AND e.id = ea.event_id) AS linked,
                   (SELECT count(*) FROM event_actors) AS participants""")
        assert rows[0]["orphans"] == 0 and rows[0]["linked"] == rows[0]["participants"]


def test_generated_records_answer_queries(synthetic: Path) -> None:
    with Store.open(synthetic, read_only=True) as store:
        busiest = store.actors(limit=1)[0]
        timeline = store.timeline(busiest["id"])
        assert len(timeline) == busiest["events"]
        starts = [r["date"]["start"] for r in timeline if r["date"]]
        assert starts == sorted(starts)
        assert store.count_events(actor=busiest["aliases"][0]) == busiest["events"]
        assert sum(r["count"] for r in store.aggregate("month")) == store.count_events(
            since=None) - sum(1 for r in store.events(limit=2000) if not r["date"])


def test_generated_network_edges_match_the_participants(synthetic: Path) -> None:
    with Store.open(synthetic, read_only=True) as store:
        pairs = {(r["actor_a"], r["actor_b"]): r["count"]
                 for r in store.cooccurrence(limit=100000)}
        expected = store._rows("""
            WITH p AS (SELECT DISTINCT event_seq, actor_id FROM event_actors)
            SELECT a.actor_id AS x, b.actor_id AS y, count(*) AS n FROM p a JOIN p b
            ON a.event_seq = b.event_seq AND a.actor_id < b.actor_id GROUP BY ALL""")
        assert pairs == {(r["x"], r["y"]): r["n"] for r in expected}
        counts = store._rows("SELECT actor_id, count(DISTINCT event_seq) AS n "
                             "FROM event_actors GROUP BY 1")
        events = {a["id"]: a["events"] for a in store.actors(limit=1000)}
        assert events == {r["actor_id"]: r["n"] for r in counts}
