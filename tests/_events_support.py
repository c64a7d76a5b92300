"""Helpers for the event tests: run nlp, give the tokens actor mentions (from the actors
stage when it exists, else from NER entities), then the events stage."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

from dateline.events.fallback import with_entity_mentions
from dateline.model import AnnotatedDoc, Event
from dateline.settings import Settings
from dateline.stages.events import EventStage

# the probes are scored by the evaluation's own choice of a record's event
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from eval_events import pick_event, word_spans

HAS_ACTORS = importlib.util.find_spec("dateline.stages.actors") is not None


def events_doc(
    annotate: Callable[..., AnnotatedDoc],
    text: str,
    date: str = "2024-03-24",
    settings: Settings | None = None,
) -> AnnotatedDoc:
    doc = with_entity_mentions(annotate(text, date=date, stages=("nlp",)))
    return EventStage(settings)(doc)


def find(doc: AnnotatedDoc, trigger: str) -> Event:
    """The event whose trigger (or an extra mention) is, or else contains, ``trigger``."""
    for e in doc.events:
        if any(trigger.lower() == m.trigger.lower() for m in (e.evidence, *e.extra_evidence)):
            return e
    for e in doc.events:
        mentions = (e.evidence, *e.extra_evidence)
        if any(trigger.lower() in m.trigger.lower() for m in mentions):
            return e
    found = [e.evidence.trigger for e in doc.events]
    raise AssertionError(f"no event with trigger {trigger!r}; found {found}")


def texts(refs: tuple[object, ...]) -> list[str]:
    return [getattr(r, "text", "") for r in refs]


def at_trigger(doc: AnnotatedDoc, word: str) -> Event | None:
    """The event whose trigger is ``word``, else one whose trigger contains it (or is
    contained in it: "handed" for "handed over")."""
    for exact in (True, False):
        for e in doc.events:
            for m in (e.evidence, *e.extra_evidence):
                t, w = m.trigger.lower(), word.lower()
                if (t == w) if exact else (w in t or t in w):
                    return e
    return None


def gold_pick(doc: AnnotatedDoc, words: tuple[str, ...] = ()) -> Event | None:
    """The event benchmarks/eval_events.py would score for a record marking ``words``: of
    the events on them (else of all), the one highest in the parse. No words: the
    sentence's main event."""
    return pick_event(doc, word_spans(doc.document.text, words))
