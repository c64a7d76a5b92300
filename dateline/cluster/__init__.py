"""Executors: where the pipeline's computing happens. Workers compute, the driver writes.

    LocalExecutor(pipeline, workers=1)      in this process, or N worker processes
    DaskExecutor(pipeline, "tcp://host:8786") an existing Dask cluster (extra ``[cluster]``)
    DaskExecutor(pipeline, "local:2")         a LocalCluster with 2 worker processes

Every executor yields results in input order, so any executor gives the same store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.pipeline import Pipeline
from dateline.settings import Settings

Result = AnnotatedDoc | Rejected


class Executor(Protocol):
    def run(self, documents: Iterable[Document]) -> Iterator[Result]: ...

    def close(self) -> None: ...


def make_executor(
    settings: Settings,
    *,
    scheduler: str | None = None,
    pipeline: Pipeline | None = None,
    slim: bool = True,
) -> Executor:
    """The executor the settings and ``--scheduler`` ask for. ``slim`` results (the default)
    carry what the store and event records read, not tokens, entities or times."""
    pipeline = pipeline or Pipeline(settings)
    if scheduler:
        from dateline.cluster.dask import DaskExecutor

        return DaskExecutor(pipeline, scheduler, slim=slim)
    from dateline.cluster.local import LocalExecutor

    return LocalExecutor(pipeline, workers=settings.workers, slim=slim)


__all__ = ["Executor", "Result", "make_executor"]
