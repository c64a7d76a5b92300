"""event_record: the output contract of event-record.md, offsets in the raw body."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from _store_factory import ISKP, TALIBAN, corpus, year

from dateline.model import (
    Attribution,
    Document,
    Event,
    Evidence,
    Location,
    Magnitude,
    TimeRef,
)
from dateline.records import event_record

KEYS = {"id", "event", "mode", "context", "quad", "score", "actor", "recipient", "date",
        "location", "attribution", "modality", "auxiliary", "magnitude", "confidence",
        "evidence", "other_evidence", "document"}

# raw body with a run of three spaces that normalisation collapsed to one
RAW = "Note:   Rebels seized Kunduz, officials said."
TEXT = "Note: Rebels seized Kunduz, officials said."
SHIFTED = Document(id="d1", text=TEXT, raw=RAW, date=dt.date(2024, 3, 24),
                   offset_map=((6, 8),), source_file="note.txt")


def seized(**fields: object) -> Event:
    start = TEXT.index("Rebels")
    t = TEXT.index("seized")
    evidence = Evidence(TEXT[start:], start, len(TEXT), "seized", t, t + 6)
    return Event(id="d1-0", event="COERCE", evidence=evidence, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("annotated", corpus(), ids=lambda a: a.document.source_file)
def test_records_have_the_contract_keys_and_are_json(annotated: object) -> None:
    for e in annotated.events:  # type: ignore[attr-defined]
        record = event_record(e, annotated.document)  # type: ignore[attr-defined]
        assert set(record) == KEYS
        assert json.loads(json.dumps(record)) == record


def test_offsets_are_mapped_to_the_raw_body() -> None:
    ev = event_record(seized(), SHIFTED)["evidence"]
    assert (ev["start"], ev["end"]) == (8, len(RAW))
    assert RAW[ev["start"] : ev["end"]] == ev["sentence"] == "Rebels seized Kunduz, officials said."
    assert RAW[ev["trigger_start"] : ev["trigger_end"]] == "seized"


def test_other_mentions_are_listed_with_raw_offsets() -> None:
    k = TEXT.index("Kunduz")
    again = Evidence(TEXT[k:], k, len(TEXT), "Kunduz", k, k + 6)
    record = event_record(seized(extra_evidence=(again,)), SHIFTED)
    [other] = record["other_evidence"]
    assert RAW[other["trigger_start"] : other["trigger_end"]] == "Kunduz"
    assert event_record(seized(), SHIFTED)["other_evidence"] == []


def test_attribution_offsets_are_mapped_and_missing_ones_are_null() -> None:
    a = TEXT.index("officials")
    said = Attribution("officials said", "officials", a, a + len("officials said"))
    record = event_record(seized(attribution=said), SHIFTED)
    assert RAW[record["attribution"]["start"] : record["attribution"]["end"]] == "officials said"
    unplaced = event_record(seized(attribution=Attribution("x", "y")), SHIFTED)["attribution"]
    assert (unplaced["start"], unplaced["end"]) == (None, None)


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        (None, None),
        (year(2023, "last year"), {"value": "2023", "granularity": "year",
                                   "start": "2023-01-01", "end": "2023-12-31",
                                   "text": "last year", "basis": "relative"}),
        (TimeRef("since August 2021", "DATE", "2021-08/..", "interval", dt.date(2021, 8, 1),
                 None, "explicit", mod="AFTER"),
         {"value": "2021-08/..", "granularity": "interval", "start": "2021-08-01",
          "end": None, "text": "since August 2021", "basis": "explicit", "mod": "AFTER"}),
    ],
)
def test_date(time: TimeRef | None, expected: dict[str, str] | None) -> None:
    assert event_record(seized(date=time), SHIFTED)["date"] == expected


def test_participants_location_magnitude_and_document() -> None:
    record = event_record(
        seized(actor=(TALIBAN,), recipient=(ISKP,), context=("terrorism",),
               location=Location("Kunduz", "Kunduz", "AFG", None, 36.7, 68.9, "g:1", "city"),
               magnitude=Magnitude(dead=3), auxiliary=("historical",)),
        SHIFTED)
    assert record["actor"] == [{"text": "Taliban forces", "name": "Taliban", "id": "taliban",
                                "type": "armed_group", "sector": "security", "country": "AFG"}]
    assert record["recipient"][0]["country"] is None
    assert record["context"] == ["terrorism"] and record["auxiliary"] == ["historical"]
    assert record["location"]["precision"] == "city" and record["location"]["lat"] == 36.7
    assert record["magnitude"] == {"dead": 3, "injured": None, "size": None}
    assert record["document"] == {"id": "d1", "date": "2024-03-24", "title": None,
                                  "url": None, "source_file": "note.txt"}


def test_a_document_without_a_raw_body_uses_the_evidence_sentence() -> None:
    bare = Document(id="d2", text=TEXT, date=dt.date(2024, 1, 1))
    assert event_record(seized(), bare)["evidence"]["sentence"] == TEXT[6:]
