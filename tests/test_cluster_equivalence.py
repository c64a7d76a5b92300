"""Every executor gives the same results as the single-process run (issue 8)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.cluster.local import LocalExecutor
from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Document
from dateline.pipeline import Pipeline
from dateline.settings import Settings

TEXTS = [
    "Government troops shelled rebel positions near Aleppo on Monday, the army said.",
    "The foreign ministers of France and Germany met in Berlin on Tuesday.",
    "Police arrested dozens of protesters in Tbilisi last week, activists said.",
    "The United Nations sent food aid to Sudan earlier this month.",
    "Kenya and Somalia agreed to reopen their border next month.",
    "Hamas fired rockets at Israel on Saturday, according to the Israeli military.",
]


def _documents() -> list[Document]:
    return [make_document(t, dt.date(2024, 5, 10 + i)) for i, t in enumerate(TEXTS)]


def _events(results: list[object]) -> list[tuple[str, ...]]:
    out = []
    for r in results:
        assert isinstance(r, AnnotatedDoc)
        out.extend((e.id, e.event, str(e.date), str(e.actor)) for e in r.events)
    return out


@pytest.fixture(scope="module")
def single_process() -> list[tuple[str, ...]]:
    return _events(list(Pipeline(Settings.build(batch_size=2)).run(_documents())))


def test_the_pipeline_finds_events_at_all(single_process: list[tuple[str, ...]]) -> None:
    assert len(single_process) >= 4


def test_two_worker_processes_give_the_same_events(single_process: list[tuple[str, ...]]) -> None:
    executor = LocalExecutor(Pipeline(Settings.build(batch_size=2)), workers=2)
    try:
        assert _events(list(executor.run(_documents()))) == single_process
    finally:
        executor.close()


def test_a_dask_local_cluster_gives_the_same_events(single_process: list[tuple[str, ...]]) -> None:
    pytest.importorskip("distributed")
    from dateline.cluster.dask import DaskExecutor

    executor = DaskExecutor(Pipeline(Settings.build(batch_size=2)), "local:2")
    try:
        assert executor.workers == 2
        assert _events(list(executor.run(_documents()))) == single_process
    finally:
        executor.close()
