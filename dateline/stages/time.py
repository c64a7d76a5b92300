"""The time stages: temporal expressions (``TimeStage``) and event dating
(``EventDatingStage``), plus the records ``dateline annotate time`` prints."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dateline.model import AnnotatedDoc, TimeRef
from dateline.stages import Stage
from dateline.timex import find_times
from dateline.timex.dating import date_events
from dateline.timex.tense import TenseIndex


class TimeStage(Stage):
    """DATE, TIME, DURATION and SET expressions, normalised against the document date;
    the governing verb's tense decides the direction of "Friday" or "in March"."""

    name = "time"
    version = "0.1.0"
    requires = ("tokens", "sentences", "entities")
    assigns = ("times",)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        direction = TenseIndex(doc.tokens) if doc.tokens else None
        d = doc.document
        times = (find_times(d.text, d.date, direction, direction.perfect) if direction
                 else find_times(d.text, d.date))
        return replace(doc, times=tuple(times))


class EventDatingStage(Stage):
    """Sets ``Event.date`` to the time governing each event's trigger (see timex.dating)."""

    name = "dating"
    version = "0.1.0"
    requires = ("events", "times")
    assigns = ("event_dates",)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        return replace(doc, events=date_events(doc))


def time_record(t: TimeRef) -> dict[str, Any]:
    """One annotation as ``dateline annotate time`` prints it (cli.md)."""
    return {
        "start": t.start,
        "end": t.end,
        "text": t.text,
        "type": t.type,
        "value": t.value,
        "granularity": t.granularity,
        "date_start": t.date_start.isoformat() if t.date_start else None,
        "date_end": t.date_end.isoformat() if t.date_end else None,
        "mod": t.mod,
        "basis": t.basis,
    }


def time_annotations(doc: AnnotatedDoc) -> list[dict[str, Any]]:
    """The temporal expressions of an annotated document, offsets into the raw body."""
    out = []
    for t in doc.times:
        rec = time_record(t)
        rec["start"], rec["end"] = doc.document.to_raw(t.start), doc.document.to_raw(t.end)
        out.append(rec)
    return out


__all__ = ["EventDatingStage", "TimeStage", "time_annotations", "time_record"]
