"""Numbered schema migrations: ``migrations/NNN_name.sql``, applied in order, each in one
transaction, each recorded in ``schema_migrations``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import duckdb

from dateline.errors import StoreError

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The shipped migrations, in version order (file names are checked)."""
    found = []
    for entry in resources.files("dateline.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations are not numbered 001, 002, …: {versions}")
    return found


def latest_version() -> int:
    return len(migrations())


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    """The first value of a query. (``fetchall``, because DuckDB keeps a result that was
    only partly fetched open, and the connection refuses other work until it ends.)"""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration (0 for an empty database)."""
    if not scalar(con, "SELECT count(*) FROM information_schema.tables "
                       "WHERE table_name = 'schema_migrations'"):
        return 0
    return int(scalar(con, "SELECT max(version) FROM schema_migrations") or 0)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every pending migration; returns the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied TIMESTAMP NOT NULL)"
    )
    have = current_version(con)
    if have > latest_version():
        raise StoreError(
            f"the store is at schema version {have}, newer than this dateline "
            f"({latest_version()}); upgrade dateline"
        )
    applied = []
    for m in migrations()[have:]:
        _apply(con, m)
        applied.append(m.version)
    return applied


def _apply(con: duckdb.DuckDBPyConnection, m: Migration) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(m.sql)
        con.execute(
            "INSERT INTO schema_migrations VALUES (?, ?, ?)",
            [m.version, m.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
        )
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"migration {m.version:03d}_{m.name} failed: {exc}") from exc
