"""The pipeline: ordered stages, checked when built, run over a stream of documents.

    pipeline = Pipeline(Settings.build())
    for result in pipeline.run(documents):       # AnnotatedDoc or Rejected
        ...

A stage that fails on one document turns that document into a ``Rejected`` record;
the rest of the batch goes on.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from dateline.errors import PipelineError
from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.settings import Settings
from dateline.stages import DEFAULT_ORDER, STAGE_CLASSES, Stage

log = logging.getLogger(__name__)


def load_stage(name: str, settings: Settings) -> Stage:
    try:
        target = STAGE_CLASSES[name]
    except KeyError:
        raise PipelineError(
            f"unknown stage {name!r}; available: {', '.join(STAGE_CLASSES)}"
        ) from None
    module_name, class_name = target.split(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    stage: Stage = cls(settings)
    return stage


def check_order(stages: Sequence[Stage]) -> None:
    """Fail early when a stage requires a layer no earlier stage assigns."""
    available: set[str] = set()
    for stage in stages:
        missing = [r for r in stage.requires if r not in available]
        if missing:
            have = ", ".join(sorted(available)) or "nothing"
            raise PipelineError(
                f"stage {stage.name!r} requires {', '.join(missing)}; available before it: {have}"
            )
        available.update(stage.assigns)


class Pipeline:
    """Runs the stages in order. Picklable: workers rebuild resources lazily."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        stages: Sequence[str | Stage] = DEFAULT_ORDER,
    ) -> None:
        self.settings = settings or Settings.build()
        self.stages: list[Stage] = [
            s if isinstance(s, Stage) else load_stage(s, self.settings) for s in stages
        ]
        check_order(self.stages)
        # CPU seconds spent in each stage by this process, for benchmarks' per-stage shares
        # (CPU time, not wall time: on a shared machine waiting for a core is not work)
        self.timings: dict[str, float] = dict.fromkeys((s.name for s in self.stages), 0.0)

    @property
    def versions(self) -> dict[str, str]:
        return {s.name: s.version for s in self.stages}

    def __call__(self, document: Document) -> AnnotatedDoc | Rejected:
        return next(iter(self.run([document])))

    def run(self, documents: Iterable[Document]) -> Iterator[AnnotatedDoc | Rejected]:
        """Annotate a stream of documents, in input order, batch by batch."""
        source = iter(documents)
        while batch := list(islice(source, self.settings.batch_size)):
            yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> list[AnnotatedDoc | Rejected]:
        results: list[AnnotatedDoc | Rejected] = [AnnotatedDoc(document=d) for d in batch]
        for stage in self.stages:
            live = [(i, r) for i, r in enumerate(results) if isinstance(r, AnnotatedDoc)]
            started = time.process_time()
            for i, out in zip(
                [i for i, _ in live], self._apply(stage, [r for _, r in live]), strict=True
            ):
                results[i] = out
            self.timings[stage.name] += time.process_time() - started
        return results

    def _apply(self, stage: Stage, docs: list[AnnotatedDoc]) -> list[AnnotatedDoc | Rejected]:
        try:
            return list(stage.pipe(docs))
        except Exception:  # one bad document must not sink the batch: retry one by one
            log.debug("stage %s failed on a batch; retrying documents singly", stage.name)
        return [_apply_one(stage, doc) for doc in docs]


def _apply_one(stage: Stage, doc: AnnotatedDoc) -> AnnotatedDoc | Rejected:
    try:
        return stage(doc)
    except Exception as exc:
        d = doc.document
        return Rejected(d.id, stage.name, f"{type(exc).__name__}: {exc}", d.source_file, d.line)
