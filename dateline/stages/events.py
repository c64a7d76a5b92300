"""The events stage: PLOVER events from tokens, parse and actor mentions.

Event.date and Event.location stay None here: the dating and locating stages fill them.
Event.confidence is the learned relevance (events/relevance.py); events scoring below the
``min_event_confidence`` setting are dropped.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.events import extract_events, load
from dateline.events.relevance import rescore, shipped_model
from dateline.model import AnnotatedDoc
from dateline.stages import Stage


class EventStage(Stage):
    name = "events"
    version = "0.1.0"
    requires = ("tokens", "sentences", "entities", "mentions")
    assigns = ("events",)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        lexicon = load(tuple(self.settings.lexicon_paths))
        events = extract_events(doc, lexicon)
        minimum = self.settings.min_event_confidence
        return replace(doc, events=rescore(doc, events, shipped_model(), minimum))
