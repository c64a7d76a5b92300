"""The app's one store handle, and the ingest path for POSTed documents.

DuckDB allows one writer per file: a server started with a token holds a single read-write
``Store`` for reading and writing and serialises every call with a lock; without a token
the store is opened read-only and requests read through per-thread cursors.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.store import Store

Annotator = Callable[[Document], AnnotatedDoc | Rejected]


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document as POSTed (validated by the route's model)."""

    text: str
    date: Any
    title: str | None = None
    url: str | None = None
    source: str | None = None


class StoreAccess:
    """Opens the store once; hands it out under a lock when the app may write."""

    def __init__(self, db_path: str, *, writable: bool,
                 annotator: Annotator | None = None) -> None:
        self.db_path = db_path
        self.writable = writable
        self._store = Store.open(db_path, read_only=not writable)
        self._lock: Any = threading.RLock() if writable else nullcontext()
        self._annotator = annotator
        self._annotator_lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        with self._lock:
            yield self._store

    def close(self) -> None:
        with self._lock:
            self._store.close()

    def annotator(self) -> Annotator:
        """The pipeline, built on first use (loading spaCy is slow; a read-only app never does)."""
        with self._annotator_lock:
            if self._annotator is None:
                from dateline.pipeline import Pipeline
                from dateline.settings import Settings

                self._annotator = Pipeline(Settings.build())
            return self._annotator

    def ingest(self, documents: list[NewDocument]) -> dict[str, Any]:
        """Annotate and store POSTed documents; documents already stored are skipped."""
        docs = [make_document(d.text, d.date, title=d.title, url=d.url, source=d.source,
                              source_file="api") for d in documents]
        annotate = self.annotator()
        with self._lock:
            stored = self._store.stored_documents(d.id for d in docs)
        fresh = {d.id: d for d in docs if d.id not in stored}
        # annotate outside the lock so that reads go on meanwhile; the store skips a
        # document that a concurrent request stored first
        results = [annotate(d) for d in fresh.values()]
        with self._lock:
            run_id = self._store.start_run({"source": "api"}, _versions(annotate), ["api"])
            written = self._store.write(results, run_id=run_id)
            summary = {"documents": written.documents, "events": written.events,
                       "skipped_existing": len(docs) - written.documents - len(written.rejected),
                       "rejected": len(written.rejected)}
            self._store.finish_run(run_id, summary)
        return {
            "run_id": run_id,
            **summary,
            "document_ids": [d.id for d in docs],
            "rejections": [{"document_id": r.document_id, "stage": r.stage, "reason": r.reason}
                           for r in written.rejected],
        }


def _versions(annotate: Annotator) -> dict[str, str]:
    versions = getattr(annotate, "versions", None)
    return dict(versions) if isinstance(versions, dict) else {}


__all__ = ["Annotator", "NewDocument", "StoreAccess"]
