"""Query speed over a large synthetic store (issue 8, item 5): target < 200 ms each.

    .venv/bin/python benchmarks/bench_queries.py            # 1,000,000 events
    .venv/bin/python benchmarks/bench_queries.py --events 200000 --reuse

Generates the store with gen_events.py (unless --reuse finds one), opens it read-only as
the API does, and times each query: median of --runs runs after one warm-up. The baseline
row is a plain full scan of the events table (count by type) in the same process; the
ratio column compares each query with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gen_events import generate

from dateline.store import Store

TARGET_MS = 200.0


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, int]:
    """(median ms, min ms, size of the answer)."""
    result = fn()  # warm-up (and the size)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    size = result if isinstance(result, int) else len(result)
    return statistics.median(times), min(times), size


def actor_near(store: Store, n: int) -> tuple[str, int]:
    """The actor whose event count is closest to ``n`` (and that count)."""
    rows = store._rows(
        "SELECT actor_id, count(*) AS c FROM event_actors GROUP BY 1 "
        "ORDER BY abs(count(*) - ?), actor_id LIMIT 1", [n])
    return rows[0]["actor_id"], rows[0]["c"]


def cases(store: Store) -> list[tuple[str, Callable[[], Any], bool]]:
    """(label, query, counts toward the < 200 ms goal)."""
    typical, _ = actor_near(store, 1000)
    busiest, _ = actor_near(store, 10**9)
    page: dict[str, Any] = {"type": "ASSAULT", "country": "SYR", "since": dt.date(2010, 1, 1),
            "until": dt.date(2015, 12, 31)}
    as_of = dt.date(2015, 6, 30)
    some = store._rows("SELECT id, document_id FROM events WHERE seq = ?",
                       [store.count_events() // 2])[0]
    return [
        ("baseline: full scan, count by type",
         lambda: store._rows("SELECT event, count(*) FROM events GROUP BY 1"), False),
        (f"timeline {typical} (all events)", lambda: store.timeline(typical), True),
        (f"timeline {typical} as of {as_of}", lambda: store.timeline(typical, as_of=as_of),
         True),
        (f"timeline {busiest} (busiest), first 1000",
         lambda: store.timeline(busiest, limit=1000), True),
        (f"timeline {busiest} (busiest), all events", lambda: store.timeline(busiest), False),
        ("event page: type+country+range, 100", lambda: store.events(**page, limit=100), True),
        ("event page: its total count", lambda: store.count_events(**page), True),
        ("event page: actor alias + as_of, 100",
         lambda: store.events(actor=f"Actor {typical[5:].lstrip('0')}", as_of=as_of,
                              limit=100), True),
        ("event page: text search, 100", lambda: store.events(text="coerce in syr", limit=100),
         True),
        ("event page: -reported, offset 1000",
         lambda: store.events(sort="-reported", limit=100, offset=1000), True),
        ("event page: -reported, offset 10000 (deep)",
         lambda: store.events(sort="-reported", limit=100, offset=10000), False),
        ("one event by id", lambda: [store.event(some["id"])], True),
        ("one document with its events", lambda: [store.document(some["document_id"])], True),
        ("aggregate by month (all)", lambda: store.aggregate("month"), True),
        ("aggregate by month, ASSAULT as of",
         lambda: store.aggregate("month", type="ASSAULT", as_of=as_of), True),
        ("actors, first 100", lambda: store.actors(limit=100), False),
        ("co-occurrence, top 100", lambda: store.cooccurrence(limit=100), False),
        ("interactions as of, top 500", lambda: store.interactions(as_of=as_of), False),
        ("places", lambda: store.places(), False),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/dateline-bench.duckdb"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--reuse", action="store_true", help="keep an existing --db")
    args = parser.parse_args()
    if not (args.reuse and args.db.exists()):
        seconds = generate(args.db, args.events)
        print(f"generated {args.events:,} events in {seconds:.1f} s → {args.db}\n")
    with Store.open(args.db, read_only=True) as store:
        n = store.count_events()
        print(f"{n:,} events, {store.summary()['actors']:,} actors; median of {args.runs} runs\n")
        rows = [(label, *timed(fn, args.runs), goal) for label, fn, goal in cases(store)]
    base = rows[0][1]
    print(f"{'query':<50}{'rows':>8}{'median ms':>11}{'min ms':>9}{'× scan':>8}  goal")
    for label, median, fastest, size, goal in rows:
        verdict = ("ok" if median < TARGET_MS else "SLOW") if goal else "-"
        print(f"{label:<50}{size:>8}{median:>11.1f}{fastest:>9.1f}{median / base:>8.2f}  "
              f"{verdict}")


if __name__ == "__main__":
    main()
