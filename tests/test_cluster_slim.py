"""Workers send slim results to the driver: what the store and records read, nothing more."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.cluster import make_executor
from dateline.cluster.local import LocalExecutor
from dateline.cluster.work import slim
from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.pipeline import Pipeline
from dateline.settings import Settings

TEXTS = [
    "Police arrested dozens of protesters in Tbilisi on Monday, activists said.",
    "The foreign ministers of France and Germany met in Berlin last week.",
]


def _documents() -> list[Document]:
    return [make_document(t, dt.date(2024, 5, 10)) for t in TEXTS]


@pytest.fixture(scope="module")
def full() -> list[AnnotatedDoc]:
    out = list(Pipeline(Settings.build()).run(_documents()))
    assert all(isinstance(r, AnnotatedDoc) for r in out)
    return out  # type: ignore[return-value]


def test_slim_drops_only_the_layers_no_writer_reads(full: list[AnnotatedDoc]) -> None:
    for doc in full:
        thin = slim(doc)
        assert isinstance(thin, AnnotatedDoc)
        assert doc.tokens and not thin.tokens
        assert not thin.entities and not thin.times
        kept = ("document", "sentences", "mentions", "places", "events", "done")
        assert [getattr(thin, k) for k in kept] == [getattr(doc, k) for k in kept]


def test_slim_passes_rejections_through() -> None:
    rejected = Rejected("doc1", "nlp", "too long")
    assert slim(rejected) is rejected


@pytest.mark.parametrize("use_slim", [True, False])
def test_one_process_executor_slims_on_request(
    full: list[AnnotatedDoc], use_slim: bool
) -> None:
    executor = LocalExecutor(Pipeline(Settings.build()), slim=use_slim)
    out = list(executor.run(_documents()))
    assert [r.events for r in out] == [d.events for d in full]  # type: ignore[union-attr]
    assert all(bool(r.tokens) is not use_slim for r in out)  # type: ignore[union-attr]


def test_executors_for_ingest_are_slim_by_default() -> None:
    executor = make_executor(Settings.build())
    assert getattr(executor, "slim", None) is True
    executor.close()
