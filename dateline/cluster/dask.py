"""Dask distributed execution: batches go to a cluster, results come back in order.

``scheduler`` is a Dask scheduler address ("tcp://10.0.0.5:8786") or "local:N", which
starts a LocalCluster with N worker processes. Workers need the dateline package and
the spaCy model package installed (``pip install dateline[cluster]`` on each).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from dateline.cluster.local import _batches
from dateline.cluster.work import run_batch
from dateline.errors import SettingsError
from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.pipeline import Pipeline

Result = AnnotatedDoc | Rejected


def _run_on_worker(pipeline: Pipeline, batch: list[Document], slimmed: bool) -> list[Result]:
    # the pipeline's stages cache their models per worker process
    return run_batch(pipeline, batch, slimmed)


class DaskExecutor:
    def __init__(self, pipeline: Pipeline, scheduler: str, *, slim: bool = False) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise SettingsError("--scheduler needs Dask: pip install 'dateline[cluster]'") from exc
        self.pipeline = pipeline
        self.slim = slim
        self._cluster: Any = None
        if scheduler.startswith("local:"):
            n = _worker_count(scheduler)
            self._cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self.client = Client(self._cluster)  # type: ignore[no-untyped-call]
        else:
            self.client = Client(scheduler)  # type: ignore[no-untyped-call]
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        # ship the pipeline once; every task refers to it
        [self._pipeline_future] = self.client.scatter(  # type: ignore[no-untyped-call]
            [pipeline], broadcast=True
        )

    def run(self, documents: Iterable[Document]) -> Iterator[Result]:
        in_flight: list[Any] = []
        for batch in _batches(documents, self.pipeline.settings.batch_size):
            # pure=False: results need no content hash of the batch (costly to compute)
            task = self.client.submit(
                _run_on_worker, self._pipeline_future, batch, self.slim, pure=False
            )
            in_flight.append(task)
            if len(in_flight) >= 2 * self.workers:
                yield from in_flight.pop(0).result()
        for future in in_flight:
            yield from future.result()

    def close(self) -> None:
        self.client.close()  # type: ignore[no-untyped-call]
        if self._cluster is not None:
            self._cluster.close()


def _worker_count(scheduler: str) -> int:
    try:
        n = int(scheduler.split(":", 1)[1])
    except ValueError:
        raise SettingsError(f"--scheduler {scheduler!r}: expected local:N, e.g. local:2") from None
    if n < 1:
        raise SettingsError(f"--scheduler {scheduler!r}: N must be at least 1")
    return n
