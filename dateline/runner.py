"""The library functions behind the CLI and API: extract, annotate, ingest.

from dateline import extract
records = extract("Rebels seized the town on Tuesday.", date="2024-03-24")
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from dateline.cluster import make_executor
from dateline.errors import InputError
from dateline.ingest import read_paths
from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.pipeline import Pipeline
from dateline.records import event_record
from dateline.settings import Settings

Progress = Callable[[int], None]
PROBE_BATCH = 256  # documents read ahead to ask the store which are new


def parse_date(value: str | dt.date | None, *, what: str = "--date") -> dt.date | None:
    """An ISO date from the user, or a clear error naming where it came from."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def extract(
    text: str, *, date: str | dt.date, settings: Settings | None = None, **overrides: Any
) -> list[dict[str, Any]]:
    """Event records (event-record.md) for one text reported on ``date``. Nothing is stored."""
    settings = settings or Settings.build(**overrides)
    doc_date = parse_date(date)
    assert doc_date is not None
    result = Pipeline(settings)(make_document(text, doc_date))
    if isinstance(result, Rejected):
        raise InputError(result.reason, source_file=result.source_file, line=result.line)
    return [event_record(e, result.document) for e in result.events]


def annotate_paths(
    paths: Sequence[str],
    *,
    stages: Sequence[str],
    date: dt.date | None = None,
    settings: Settings | None = None,
) -> Iterator[AnnotatedDoc | Rejected]:
    """Run only ``stages`` over the documents read from ``paths``."""
    settings = settings or Settings.build()
    pipeline = Pipeline(settings, stages=stages)
    sink: list[Rejected] = []
    documents = _only_documents(read_paths(paths, date=date, settings=settings), sink)
    for result in pipeline.run(documents):
        yield from _drain(sink)
        yield result
    yield from _drain(sink)


def extract_paths(
    paths: Sequence[str],
    *,
    date: dt.date | None = None,
    settings: Settings | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> Iterator[dict[str, Any] | Rejected]:
    """Event records for every document under ``paths``, and a Rejected for each bad one."""
    settings = settings or Settings.build()
    executor = make_executor(settings, scheduler=scheduler)
    sink: list[Rejected] = []
    try:
        for result in executor.run(
            _only_documents(read_paths(paths, date=date, settings=settings), sink)
        ):
            yield from _drain(sink)
            if progress:
                progress(1)
            if isinstance(result, Rejected):
                yield result
                continue
            for event in result.events:
                yield event_record(event, result.document)
        yield from _drain(sink)
    finally:
        executor.close()


@dataclass
class IngestSummary:
    run_id: str = ""
    documents: int = 0
    skipped_existing: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)


def ingest(
    paths: Sequence[str],
    *,
    db: str | None = None,
    date: dt.date | None = None,
    settings: Settings | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    write_every: int = 64,
) -> IngestSummary:
    """Read, annotate and store every document under ``paths``; idempotent.

    Documents already in the store are skipped before any computing. Results are written
    in small atomic batches, so a killed ingest leaves a consistent store and a re-run
    completes it.
    """
    from dateline.store import Store

    settings = settings or Settings.build()
    pipeline = Pipeline(settings)
    executor = make_executor(settings, scheduler=scheduler, pipeline=pipeline)
    summary = IngestSummary()
    sink: list[Rejected] = []
    with Store.open(db or settings.db) as store:
        summary.run_id = store.start_run(settings.as_dict(), pipeline.versions, list(paths))

        def new_documents() -> Iterator[Document]:
            read = _only_documents(read_paths(paths, date=date, settings=settings), sink)
            # probed a batch at a time: each probe scans the stored ids once
            while batch := list(islice(read, PROBE_BATCH)):
                stored = store.stored_documents(doc.id for doc in batch)
                for doc in batch:
                    if doc.id in stored:
                        summary.skipped_existing += 1
                        if progress:
                            progress(1)
                    else:
                        yield doc

        try:
            results = executor.run(new_documents())
            while batch := list(islice(results, write_every)):
                written = store.write([*batch, *_drain(sink)], run_id=summary.run_id)
                summary.documents += written.documents
                summary.events += written.events
                summary.rejected.extend(written.rejected)
                if progress:
                    progress(len(batch))
            if sink:
                summary.rejected.extend(store.write(_drain(sink), run_id=summary.run_id).rejected)
        finally:
            executor.close()
        store.finish_run(summary.run_id, _summary_dict(summary))
    return summary


def _summary_dict(summary: IngestSummary) -> dict[str, Any]:
    return {
        "documents": summary.documents,
        "skipped_existing": summary.skipped_existing,
        "events": summary.events,
        "rejected": len(summary.rejected),
    }


def _only_documents(
    items: Iterable[Document | Rejected], sink: list[Rejected]
) -> Iterator[Document]:
    """Pass documents on; park rejections in ``sink`` for the caller to report in order."""
    for item in items:
        if isinstance(item, Rejected):
            sink.append(item)
        else:
            yield item


def _drain(sink: list[Rejected]) -> list[Rejected]:
    items = list(sink)
    sink.clear()
    return items
