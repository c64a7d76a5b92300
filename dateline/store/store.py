"""The DuckDB store: one writer, read-only readers, atomic idempotent writes.

Only a ``Store`` opened with ``read_only=False`` writes. DuckDB lets many processes open
the same file read-only, but not while a writer holds it. Every batch of documents
(document, sentences, mentions, places, events, event actors, actors, aliases) is written
in one transaction, each event linked there to the cluster of earlier reports of the same
happening (``clusters.py``), so a killed ingest leaves whole documents or none; documents
already stored are skipped, so re-running an ingest completes it without duplicates.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from dateline.errors import StoreError
from dateline.model import AnnotatedDoc, Rejected
from dateline.store.clusters import assign, rows_for_keys, stored_spans
from dateline.store.export import export as _export
from dateline.store.migrate import current_version, latest_version, migrate, scalar
from dateline.store.queries import Queries
from dateline.store.rows import Batch, Row
from dateline.store.seen import SeenKeys

MEMORY = ":memory:"
# The writer's row groups: DuckDB rewrites a table's last, partly filled row group at each
# checkpoint, so its size bounds what a checkpoint holds (documents' text above all);
# 2,048 rows (DuckDB's smallest) instead of 122,880, measured in bench_memory.py
ROW_GROUP_ROWS = 2048
CATALOG = "store"  # the writer attaches its file under this name
# DuckDB keeps every block it writes cached while memory lasts (a safe memory_limit is not
# low enough to bound it: see docs/scaling.md), so the writer reconnects itself after this
# many documents, which empties the cache and keeps a long ingest's memory flat
REOPEN_EVERY = 2000
WRITER_THREADS = 1  # DuckDB threads of the writer's connection (see _connect)
# tables a batch writes, in order; actors and aliases are upserts (see _insert_batch)
_BATCH_TABLES = ("documents", "sentences", "mentions", "places", "events", "event_actors",
                 "actor_links", "rejected")


@dataclass
class WriteSummary:
    documents: int = 0
    skipped_existing: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)


class Store(Queries):
    """A dateline store in one DuckDB file (or ``":memory:"`` for tests)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, *, path: str, read_only: bool,
                 reopen_every: int = REOPEN_EVERY) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        self._local = threading.local()
        self._cursors: list[duckdb.DuckDBPyConnection] = []
        self._lock = threading.Lock()
        self._write_lock = threading.RLock()  # the one writer may be shared by threads
        self._schemas: dict[str, pa.Schema] = {}
        self._attached = not read_only and path != MEMORY  # see _connect
        self.reopen_every = reopen_every  # documents between reconnections; 0: never
        self._since_reopen = 0
        # the writer's filters of stored document ids and cluster keys, made on first use
        self._seen_documents: SeenKeys | None = None
        self._seen_clusters: SeenKeys | None = None

    # -- opening and closing -------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path = "dateline.duckdb", *, read_only: bool = False,
             reopen_every: int = REOPEN_EVERY) -> Store:
        """Open (and, for the writer, create and migrate) the store at ``path``; the writer
        reconnects itself every ``reopen_every`` documents written (0: never)."""
        where = str(path)
        if read_only and where == MEMORY:
            raise StoreError("an in-memory store cannot be opened read-only")
        if read_only and not Path(where).exists():
            raise StoreError(f"{where}: no store here; run `dateline ingest` first")
        if not read_only and where != MEMORY:
            Path(where).parent.mkdir(parents=True, exist_ok=True)
        try:
            con = _connect(where, read_only)
        except duckdb.Error as exc:
            if any(word in str(exc).lower() for word in ("lock", "already attached")):
                raise StoreError(
                    f"{where}: another process has the store open for writing (DuckDB allows "
                    "one writer, or many read-only readers); wait for it to finish"
                ) from exc
            raise StoreError(f"{where}: cannot open the store: {exc}") from exc
        try:
            _prepare(con, where, read_only)
        except BaseException:
            con.close()
            raise
        return cls(con, path=where, read_only=read_only, reopen_every=reopen_every)

    @classmethod
    def memory(cls) -> Store:
        """A fresh in-memory store (tests, ``dateline extract`` experiments)."""
        return cls.open(MEMORY)

    def close(self) -> None:
        with self._lock:
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor for the calling thread (DuckDB connections are not shared by threads)."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._new_cursor()
            self._local.cursor = cur
            with self._lock:
                self._cursors.append(cur)
        return cur

    def _new_cursor(self) -> duckdb.DuckDBPyConnection:
        cur = self._con.cursor()
        if self._attached:  # a cursor starts in DuckDB's own catalog, not the attached one
            cur.execute(f"USE {CATALOG}")
        return cur

    def reopen(self) -> None:
        """Reconnect the writer, releasing the blocks DuckDB keeps cached after writing
        them (it keeps every one while memory lasts): ``write`` calls this every
        ``reopen_every`` documents so that a long ingest's memory stays flat. Everything
        committed stays committed; cursors other threads held are closed."""
        self._check_writable()
        if not self._attached:
            return
        with self._write_lock, self._lock:
            for cur in self._cursors:
                cur.close()
            self._cursors.clear()
            self._local = threading.local()
            self._con.close()
            self._con = _connect(self.path, read_only=False)
            self._since_reopen = 0

    # -- runs ------------------------------------------------------------------------

    def start_run(self, settings: dict[str, Any], versions: dict[str, str],
                  inputs: list[str]) -> str:
        """Record a run's settings, stage versions and inputs; returns the run id."""
        self._check_writable()
        now = _now()
        run_id = f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        with self._write_lock:
            self._con.execute(
                "INSERT INTO runs (id, started, settings, versions, inputs) "
                "VALUES (?, ?, ?, ?, ?)",
                [run_id, now, _json(settings), _json(versions), _json(inputs)],
            )
        return run_id

    def finish_run(self, run_id: str, summary: dict[str, Any]) -> None:
        self._check_writable()
        with self._write_lock:
            self._con.execute(
                "UPDATE runs SET finished = ?, summary = ? WHERE id = ?",
                [_now(), _json(summary), run_id],
            )

    # -- writing ---------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        return bool(self.stored_documents([document_id]))

    def stored_documents(self, document_ids: Iterable[str]) -> set[str]:
        """Which of these documents are stored. The writer rules most new ids out in
        memory (``seen.SeenKeys``) and scans the table once for the rest, so ask for a
        batch at a time rather than one by one."""
        with self._write_lock:  # not while the writer reconnects (reopen)
            return self._stored_ids(list(document_ids), self._cursor())

    def _stored_ids(self, ids: list[str], cursor: duckdb.DuckDBPyConnection) -> set[str]:
        if not self.read_only:  # a reader's filter could miss another process's writes
            seen = self._documents_filter()
            ids = [i for i in ids if seen.might_hold(i)]
        return self._existing("documents", "id", ids, cursor=cursor)

    def _documents_filter(self) -> SeenKeys:
        if self._seen_documents is None:
            self._seen_documents = SeenKeys(lambda: self._column("SELECT id FROM documents"))
        return self._seen_documents

    def _clusters_filter(self) -> SeenKeys:
        if self._seen_clusters is None:
            self._seen_clusters = SeenKeys(lambda: self._column(
                "SELECT DISTINCT cluster_key FROM events WHERE cluster_key IS NOT NULL"))
        return self._seen_clusters

    def _column(self, sql: str) -> Iterator[str]:
        """The first column of ``sql``'s rows, fetched a slice at a time."""
        cur = self._new_cursor()
        try:
            cur.execute(sql)
            while rows := cur.fetchmany(10_000):
                yield from (row[0] for row in rows)
        finally:
            cur.close()

    def write(
        self, results: Iterable[AnnotatedDoc | Rejected], *, run_id: str | None = None,
        batch_size: int = 200,
    ) -> WriteSummary:
        """Store pipeline results, ``batch_size`` documents per transaction.

        Documents already stored are skipped (counted in ``skipped_existing``);
        ``Rejected`` items are recorded in the ``rejected`` table and returned.
        """
        self._check_writable()
        summary = WriteSummary()
        for chunk in _chunks(results, max(1, batch_size)):
            with self._write_lock:
                self._write_isolating(chunk, run_id, summary)
                self._since_reopen += len(chunk)
                if self._attached and 0 < self.reopen_every <= self._since_reopen:
                    self.reopen()
        return summary

    def _write_isolating(self, chunk: list[AnnotatedDoc | Rejected], run_id: str | None,
                         summary: WriteSummary) -> None:
        """Write a chunk; when it fails (rolled back whole), write its documents one by one
        so that one bad document is recorded as rejected instead of sinking the run."""
        try:
            self._write_chunk(chunk, run_id, summary)
            return
        except (StoreError, pa.ArrowException, ValueError, OverflowError) as exc:
            if len(chunk) > 1:
                for item in chunk:
                    self._write_isolating([item], run_id, summary)
                return
            item = chunk[0]
            if isinstance(item, Rejected) or not self._connection_alive():
                raise
            doc = item.document
            reason = f"could not be stored: {type(exc).__name__}: {exc}"
            rejected = Rejected(doc.id, "store", reason, doc.source_file, doc.line)
        self._write_chunk([rejected], run_id, summary)

    def _connection_alive(self) -> bool:
        """The connection still answers (a failed write, not a lost database)."""
        try:
            self._con.execute("SELECT 1").fetchall()
        except duckdb.Error:
            return False
        return True

    def _write_chunk(self, chunk: list[AnnotatedDoc | Rejected], run_id: str | None,
                     summary: WriteSummary) -> None:
        docs = [r for r in chunk if isinstance(r, AnnotatedDoc)]
        # Only document ids are looked up: an event id hashes its document's id
        # (events.build.event_id), so a document not yet stored has no stored event, and
        # scanning the far longer events.id column each batch cost memory with the store.
        stored = self._stored_ids([d.document.id for d in docs], self._con)
        batch = Batch(run_id=run_id,
                      next_seq=int(scalar(self._con, "SELECT max(seq) FROM events") or 0) + 1)
        counts = WriteSummary()
        at = _now()
        for item in chunk:
            if isinstance(item, Rejected):
                batch.add_rejected(item, at)
                counts.rejected.append(item)
            elif item.document.id in stored:
                counts.skipped_existing += 1
            else:
                stored.add(item.document.id)  # the same document twice in one batch
                counts.events += batch.add_document(item)
                counts.documents += 1
        self._insert_batch(batch)
        # committed: these are stored now
        self._documents_filter().add(row["id"] for row in batch.documents)
        self._clusters_filter().add(r["cluster_key"] for r in batch.events if r["cluster_key"])
        # only count what was committed
        summary.documents += counts.documents
        summary.skipped_existing += counts.skipped_existing
        summary.events += counts.events
        summary.rejected.extend(counts.rejected)

    def _existing(self, table: str, column: str, keys: list[str], *,
                  cursor: duckdb.DuckDBPyConnection | None = None) -> set[str]:
        """The keys already stored: the writer keeps ids unique by asking this before each
        batch (there is no primary key to do it: see migration 004)."""
        sql = f"SELECT {column} FROM {table} WHERE {column} IN ({{keys}})"
        return {row[0] for row in rows_for_keys(cursor or self._con, sql, set(keys))}

    def _insert_batch(self, batch: Batch) -> None:
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            # in the transaction: the events matched against are the ones this write sees
            assign(batch.events,
                   stored_spans(con, batch.events, self._clusters_filter().might_hold))
            for table in _BATCH_TABLES:
                self._append(table, getattr(batch, table))
            self._upsert_actors(list(batch.actors.values()), batch.alias_rows())
            con.execute("COMMIT")
        except BaseException as exc:
            con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: write failed, nothing stored: {exc}") from exc
            raise

    def _append(self, table: str, rows: list[Row], *, suffix: str = "") -> None:
        """Bulk insert through Arrow (one statement per table, not one per row)."""
        if not rows:
            return
        data = pa.Table.from_pylist(rows, schema=self._schema(table))
        name = f"_batch_{table}"
        self._con.register(name, data)
        try:
            self._con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {name} {suffix}")
        finally:
            self._con.unregister(name)

    def _upsert_actors(self, actors: list[Row], aliases: list[Row]) -> None:
        # the first description of an actor stays; later ones only fill its gaps
        self._append("actors", actors, suffix=(
            "ON CONFLICT (id) DO UPDATE SET name = coalesce(actors.name, EXCLUDED.name), "
            "type = coalesce(actors.type, EXCLUDED.type), "
            "country = coalesce(actors.country, EXCLUDED.country), "
            "sector = coalesce(actors.sector, EXCLUDED.sector), "
            "n_events = actors.n_events + EXCLUDED.n_events"))
        self._append("actor_aliases", aliases, suffix=(
            "ON CONFLICT (actor_id, alias) DO UPDATE SET count = actor_aliases.count + "
            "EXCLUDED.count"))

    def _schema(self, table: str) -> pa.Schema:
        """The Arrow schema of a table, read from DuckDB so that it never drifts."""
        if table not in self._schemas:
            empty = self._con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table()
            fields = [pa.field(f.name, _plain(f.type)) for f in empty.schema]
            self._schemas[table] = pa.schema(fields)
        return self._schemas[table]

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; only the writer can store")

    # -- export ----------------------------------------------------------------------

    def export(self, out: str | Path, format: str) -> int:
        """Write every event to ``out`` as parquet, csv, jsonl or plover; returns rows."""
        cur = self._new_cursor()  # its own cursor: a stream cut short must not block others
        try:
            return _export(cur, Path(out), format)
        finally:
            cur.close()


def _prepare(con: duckdb.DuckDBPyConnection, where: str, read_only: bool) -> None:
    if not read_only:
        migrate(con)
        return
    have = current_version(con)
    if have != latest_version():
        raise StoreError(
            f"{where}: store schema is version {have}, this dateline reads version "
            f"{latest_version()}; open it once for writing (e.g. `dateline ingest`) to migrate"
        )


def _connect(where: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """Readers open the file; the writer attaches it with small row groups (ROW_GROUP_ROWS)
    and one thread, and keeps spill files beside it, as DuckDB would for a file it opened
    itself."""
    if read_only or where == MEMORY:
        return duckdb.connect(where, read_only=read_only)
    con = duckdb.connect()
    try:
        con.execute(f"SET temp_directory = {_literal(where + '.tmp')}")
        # one thread: the writer's batches are small, and each extra thread kept memory of
        # its own that grew with the store (peak 1.23x over 40,000 documents, 1.14x with one
        # thread, and no slower: bench_writer_memory.py, docs/scaling.md)
        con.execute(f"SET threads = {WRITER_THREADS}")
        con.execute(f"ATTACH {_literal(where)} AS {CATALOG} (ROW_GROUP_SIZE {ROW_GROUP_ROWS})")
        con.execute(f"USE {CATALOG}")
    except BaseException:
        con.close()
        raise
    return con


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _plain(kind: pa.DataType) -> pa.DataType:
    # DuckDB's JSON type arrives as an extension type; plain strings insert fine
    return pa.string() if isinstance(kind, pa.ExtensionType) else kind


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _json(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)
