"""The actors stage: mentions → canonical actors (dictionary, aliases, sector phrases,
coreference, compound actors). The work lives in ``dateline.actors``.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import AnnotatedDoc
from dateline.settings import Settings
from dateline.stages import Stage


class ActorStage(Stage):
    name = "actors"
    version = "0.1.0"
    requires = ("tokens", "sentences", "entities")
    assigns = ("mentions",)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__(settings)
        if self.settings.actor_paths:
            # a malformed user dictionary fails when the pipeline is built, not per document
            from dateline.actors import load_kb

            load_kb(self.settings)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        from dateline.actors import find_mentions, load_kb

        return replace(doc, mentions=find_mentions(doc, load_kb(self.settings)))
