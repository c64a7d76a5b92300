"""Numbered migrations: applied in order once, recorded, and equal to schema.sql."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb
import pytest

from dateline.errors import StoreError
from dateline.store import Store
from dateline.store.migrate import latest_version, migrations

SHAPE = """
    SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
    ORDER BY table_name, column_name"""
INDEXES = "SELECT table_name, index_name, expressions FROM duckdb_indexes() ORDER BY 2"


def shape(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[str, ...]], ...]:
    return con.execute(SHAPE).fetchall(), con.execute(INDEXES).fetchall()


def test_migrations_are_numbered_from_one() -> None:
    assert [m.version for m in migrations()] == list(range(1, latest_version() + 1))
    assert latest_version() >= 2


def test_migrations_build_the_documented_schema() -> None:
    with Store.memory() as store:
        migrated = shape(store._cursor())
    documented = duckdb.connect()
    documented.execute(resources.files("dateline.store").joinpath("schema.sql").read_text())
    assert migrated == shape(documented)


def test_each_migration_is_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    for _ in range(2):  # reopening applies nothing again
        with Store.open(path) as store:
            rows = store._cursor().execute(
                "SELECT version, name FROM schema_migrations ORDER BY 1").fetchall()
    assert rows == [(m.version, m.name) for m in migrations()]


def test_an_old_store_is_migrated_by_the_writer(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations "
                "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied TIMESTAMP NOT NULL)")
    con.execute(migrations()[0].sql)
    con.execute("INSERT INTO schema_migrations VALUES (1, 'initial', now())")
    con.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        Store.open(path, read_only=True)
    Store.open(path).close()
    with Store.open(path, read_only=True) as reader:
        assert reader.summary()["events"] == 0


def test_a_store_from_a_newer_dateline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    Store.open(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)
