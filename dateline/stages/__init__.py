"""Pipeline stages, one module each. Every stage is a picklable callable ``AnnotatedDoc →
AnnotatedDoc`` that declares the layers it ``requires`` and ``assigns``.

The default order: nlp → time → geo → actors → events → dating → locating.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import ClassVar

from dateline.model import AnnotatedDoc
from dateline.settings import Settings


class Stage:
    """Base class: subclasses set the class attributes and implement ``process``.

    ``process`` is the pure function; ``__call__`` adds the bookkeeping (marks the
    assigned layers as done, or returns the doc unchanged when a required layer is
    missing, as spaCy's stateless functions do).
    """

    name: ClassVar[str] = "stage"
    version: ClassVar[str] = "0.1.0"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.build()

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        raise NotImplementedError

    def __call__(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        if not set(self.requires) <= doc.done:
            return doc
        out = self.process(doc)
        return replace(out, done=out.done | frozenset(self.assigns))

    def pipe(self, docs: Iterable[AnnotatedDoc]) -> Iterator[AnnotatedDoc]:
        """Process a stream; stages that gain from batching (nlp) override this."""
        for doc in docs:
            yield self(doc)


# name → "module:Class"; imported lazily so that the core imports fast
STAGE_CLASSES: dict[str, str] = {
    "nlp": "dateline.stages.nlp:NlpStage",
    "time": "dateline.stages.time:TimeStage",
    "geo": "dateline.stages.geo:GeoStage",
    "actors": "dateline.stages.actors:ActorStage",
    "events": "dateline.stages.events:EventStage",
    "dating": "dateline.stages.time:EventDatingStage",
    "locating": "dateline.stages.geo:EventLocationStage",
}
DEFAULT_ORDER: tuple[str, ...] = ("nlp", "time", "geo", "actors", "events", "dating", "locating")
