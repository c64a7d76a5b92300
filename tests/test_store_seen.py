"""The writer's in-memory filter of stored document ids (store/seen.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from _store_factory import corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.store import Store
from dateline.store.seen import MIN_CAPACITY, SeenKeys


def ids(n: int, salt: str = "") -> list[str]:
    return [hashlib.sha256(f"{salt}{i}".encode()).hexdigest() for i in range(n)]


@settings(max_examples=50, deadline=None)
@given(stored=st.lists(st.text(min_size=1, max_size=70)), added=st.lists(st.text(max_size=70)))
def test_an_id_stored_or_added_is_never_ruled_out(stored: list[str], added: list[str]) -> None:
    seen = SeenKeys(lambda: stored)
    seen.add(added)
    assert all(seen.might_hold(i) for i in stored + added)


def test_it_grows_past_its_capacity_without_forgetting() -> None:
    table: list[str] = []
    seen = SeenKeys(lambda: table)  # a store that the filter reads again when it grows
    for chunk in range(3):
        new = ids(MIN_CAPACITY // 2 + 1, salt=f"c{chunk}")
        table += new
        seen.add(new)
    assert len(seen) == len(table) > MIN_CAPACITY
    assert all(seen.might_hold(i) for i in table)


def test_few_new_ids_are_mistaken_for_stored_ones() -> None:
    seen = SeenKeys(lambda: ids(MIN_CAPACITY))  # full to capacity: the worst rate
    mistaken = sum(seen.might_hold(i) for i in ids(20_000, salt="new"))
    assert mistaken / 20_000 < 0.03


def test_new_documents_are_not_looked_up_in_the_table(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    docs = corpus()
    with Store.open(tmp_path / "s.duckdb") as store:
        store.write(docs[:2])
    looked_up: list[str] = []
    existing = Store._existing

    def spy(self: Store, table: str, column: str, keys: list[str], **kw: object) -> set[str]:
        looked_up.extend(keys)
        return existing(self, table, column, keys, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "_existing", spy)
    with Store.open(tmp_path / "s.duckdb") as store:  # a new writer reads the stored ids
        summary = store.write(docs)
    assert (summary.skipped_existing, summary.documents) == (2, len(docs) - 2)
    assert set(looked_up) == {d.document.id for d in docs[:2]}  # only those it holds


def test_a_reader_always_asks_the_table(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    docs = corpus()
    with Store.open(path) as writer:
        writer.write(docs[:1])
    with Store.open(path, read_only=True) as reader:
        assert reader.stored_documents(d.document.id for d in docs) == {docs[0].document.id}


def test_a_key_added_again_is_counted_once() -> None:
    seen = SeenKeys(lambda: ["a"])
    seen.add(["a", "b", "b", "b"])
    assert len(seen) == 2
