"""Property: however the same results are split, repeated and batched, the store ends the
same as after one clean write."""

from __future__ import annotations

import functools

from _store_factory import corpus, numbered
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.store import Store

DOCS = [*corpus(), *(numbered(i) for i in range(4))]
TABLES = ("documents", "sentences", "mentions", "events", "event_actors", "actor_links",
          "actors", "actor_aliases")


def snapshot(store: Store) -> dict[str, object]:
    counts = {t: store._rows(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in TABLES}
    actors = store._rows("SELECT id, n_events, (SELECT sum(count) FROM actor_aliases "
                         "WHERE actor_id = id) AS alias_uses FROM actors ORDER BY id")
    return {**counts, "actors": actors, "ids": sorted(r["id"] for r in store.events(limit=99))}


@functools.cache
def clean() -> dict[str, object]:
    with Store.memory() as store:
        store.write(DOCS)
        return snapshot(store)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(writes=st.lists(st.lists(st.sampled_from(range(len(DOCS))), max_size=8), max_size=3),
       batch_size=st.integers(1, 5))
def test_any_split_of_writes_ends_like_one_write(writes: list[list[int]],
                                                 batch_size: int) -> None:
    with Store.memory() as store:
        for picks in writes:
            store.write([DOCS[i] for i in picks], batch_size=batch_size)
        store.write(DOCS, batch_size=batch_size)  # the final complete run
        assert snapshot(store) == clean()
