"""What a worker does with one batch, shared by every executor.

Workers send results back to the driver by pickling them. The driver only stores or
prints them, and neither reads tokens, entities or time expressions (the store writes
documents, sentences, mentions, places and events), so ``slim`` drops those layers in
the worker: they are most of an ``AnnotatedDoc``'s bytes and of the driver's unpickling.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.pipeline import Pipeline

Result = AnnotatedDoc | Rejected


def slim(result: Result) -> Result:
    """The result without the layers only later stages read (tokens, entities, times)."""
    if isinstance(result, Rejected):
        return result
    return replace(result, tokens=(), entities=(), times=())


def run_batch(pipeline: Pipeline, batch: list[Document], slimmed: bool) -> list[Result]:
    results = pipeline.run(batch)
    return [slim(r) for r in results] if slimmed else list(results)
