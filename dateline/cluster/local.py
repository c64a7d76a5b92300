"""Local execution: in this process, or a pool of worker processes (one model each)."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from dateline.cluster.work import run_batch, slim
from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.pipeline import Pipeline

Result = AnnotatedDoc | Rejected

_worker_pipeline: Pipeline | None = None
_worker_slim = False


def _init_worker(pipeline: Pipeline, slimmed: bool) -> None:
    global _worker_pipeline, _worker_slim
    _worker_pipeline, _worker_slim = pipeline, slimmed


def _run_batch(batch: list[Document]) -> list[Result]:
    assert _worker_pipeline is not None, "worker started without a pipeline"
    return run_batch(_worker_pipeline, batch, _worker_slim)


class LocalExecutor:
    """Runs batches in ``workers`` processes, keeping at most 2×workers batches in flight
    so memory stays flat however long the input stream is. ``slim`` results carry no
    tokens, entities or times (see ``dateline.cluster.work``), whatever the worker count."""

    def __init__(self, pipeline: Pipeline, *, workers: int = 1, slim: bool = False) -> None:
        self.pipeline = pipeline
        self.workers = workers
        self.slim = slim
        self._pool: ProcessPoolExecutor | None = None

    def run(self, documents: Iterable[Document]) -> Iterator[Result]:
        if self.workers <= 1:
            results = self.pipeline.run(documents)
            yield from (slim(r) for r in results) if self.slim else results
            return
        pool = self._get_pool()
        batches = _batches(documents, self.pipeline.settings.batch_size)
        in_flight: list[Future[list[Result]]] = []
        for batch in batches:
            in_flight.append(pool.submit(_run_batch, batch))
            if len(in_flight) >= 2 * self.workers:
                yield from in_flight.pop(0).result()
        for future in in_flight:
            yield from future.result()

    def _get_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn: a clean interpreter per worker (forking after spaCy started threads is unsafe)
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=mp.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.pipeline, self.slim),
            )
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    source = iter(documents)
    while batch := list(islice(source, size)):
        yield batch
