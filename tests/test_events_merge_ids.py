"""One record per event: anaphoric mentions merged; stable ids; cross-document keys."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from _events_support import events_doc, find
from conftest import Annotate

from dateline.events import cluster_key, event_id, same_cluster
from dateline.model import TimeRef

TEXT = (
    "Militants attacked a hotel in Kabul on Friday. "
    "The attack killed six guests and wounded 20 others, police said."
)


def test_repeated_mentions_make_one_record(annotate: Annotate) -> None:
    doc = events_doc(annotate, TEXT)
    assaults = [e for e in doc.events if e.event == "ASSAULT"]
    assert len(assaults) == 1
    e = assaults[0]
    assert e.evidence.trigger == "attacked"
    assert [x.trigger for x in e.extra_evidence] == ["attack", "killed", "wounded"]
    assert (e.magnitude.dead, e.magnitude.injured) == (6, 20)


def test_distinct_attacks_stay_apart(annotate: Annotate) -> None:
    doc = events_doc(annotate, "Rebels attacked a convoy. Police arrested a journalist in Herat.")
    assert [e.event for e in doc.events] == ["ASSAULT", "COERCE"]


def test_negated_event_is_not_an_antecedent(annotate: Annotate) -> None:
    doc = events_doc(
        annotate, "The army did not attack the town. The attack on the market killed two."
    )
    assert len([e for e in doc.events if e.event == "ASSAULT"]) == 2


def test_evidence_offsets_point_at_the_trigger(annotate: Annotate) -> None:
    doc = events_doc(annotate, TEXT)
    ev = find(doc, "attacked").evidence
    text = doc.document.text
    assert text[ev.trigger_start : ev.trigger_end] == "attacked"
    assert text[ev.start : ev.end] == ev.sentence
    assert doc.tokens[ev.trigger_token].text == "attacked"
    assert ev.sentence_index == 0


def test_ids_are_stable_and_distinct(annotate: Annotate) -> None:
    a = events_doc(annotate, TEXT)
    b = events_doc(annotate, TEXT)
    c = events_doc(annotate, TEXT + " Nothing else happened.")
    assert [e.id for e in a.events] == [e.id for e in b.events]
    assert {e.id for e in a.events}.isdisjoint({e.id for e in c.events})
    e = a.events[0]
    assert e.id == event_id(a.document.id, 0, e.evidence.trigger_start, "ASSAULT")
    assert len(e.id) == 16


def test_cluster_key_links_reports_of_the_same_event(annotate: Annotate) -> None:
    one = events_doc(annotate, "Militants attacked a hotel in Kabul.", date="2024-03-22")
    two = events_doc(annotate, "Militants attacked a hotel in the city.", date="2024-03-23")
    other = events_doc(annotate, "Police arrested a journalist.", date="2024-03-23")
    a, b, c = one.events[0], two.events[0], other.events[0]
    assert cluster_key(a, one.document) == cluster_key(b, two.document)
    assert cluster_key(a, one.document) != cluster_key(c, other.document)
    day = TimeRef("Friday", "DATE", "2024-03-22", "day", dt.date(2024, 3, 22), dt.date(2024, 3, 22))
    assert same_cluster(replace(a, date=day), one.document, replace(b, date=day), two.document)
    later = replace(day, date_start=dt.date(2024, 5, 1), date_end=dt.date(2024, 5, 1))
    assert not same_cluster(
        replace(a, date=day), one.document, replace(b, date=later), two.document
    )
