"""Attribution: "according to X", "X said", "experts say", "officials told …", quotes."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "trigger", "source", "cue"),
    [
        (
            "Soldiers killed three militants, according to local officials.",
            "killed",
            "local officials",
            "according to local officials",
        ),
        (
            "Police arrested four men on Friday, the ministry said.",
            "arrested",
            "ministry",
            "ministry said",
        ),
        ("Rebels shelled the town for hours, experts say.", "shelled", "experts", "experts say"),
        (
            "Officials told reporters that troops had withdrawn from the city.",
            "withdrawn",
            "Officials",
            "Officials told",
        ),
        (
            '"We will never negotiate with terrorists," the minister said.',
            "negotiate",
            "minister",
            "minister said",
        ),
        (
            "Human rights groups claimed that soldiers tortured detainees.",
            "tortured",
            "Human rights groups",
            "Human rights groups claimed",
        ),
    ],
)
def test_source_is_attached(
    annotate: Annotate, text: str, trigger: str, source: str, cue: str
) -> None:
    doc = events_doc(annotate, text)
    e = find(doc, trigger)
    assert e.attribution is not None
    assert e.attribution.source == source
    assert cue in e.attribution.text
    a = e.attribution
    assert doc.document.text[a.start : a.end] == a.text


def test_according_to_covers_every_event_of_the_sentence(annotate: Annotate) -> None:
    doc = events_doc(
        annotate,
        "Troops raided the village and arrested ten men, according to residents. "
        "The army denied it.",
    )
    covered = [e for e in doc.events if e.evidence.sentence_index == 0]
    assert len(covered) == 2
    assert {e.attribution.source for e in covered if e.attribution} == {"residents"}


def test_quoted_sentence_borrows_the_next_bare_report(annotate: Annotate) -> None:
    doc = events_doc(annotate, '"The soldiers burned our houses." A villager said.')
    e = find(doc, "burned")
    assert e.attribution is not None and e.attribution.source == "villager"


def test_unattributed_event_has_no_source(annotate: Annotate) -> None:
    assert find(events_doc(annotate, "Rebels attacked the convoy."), "attacked").attribution is None
