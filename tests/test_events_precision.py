"""Wordings that look like the session-4 constructions but are no such events (found in
unlabelled Reuters output): an aim that "is to" do something announces nothing, pressure
on prices asks no one to act."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "not_type"),
    [
        ("The aim of the new policy is to help small farmers.", "AGREE"),
        ("The higher tax put pressure on bank shares.", "REQUEST"),
        ("The rate cut eased pressure on the currency.", "REQUEST"),
    ],
)
def test_no_event_of_that_type(annotate: Annotate, text: str, not_type: str) -> None:
    doc = events_doc(annotate, text)
    assert all(e.event != not_type for e in doc.events), [
        (e.evidence.trigger, e.event) for e in doc.events
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("Britain is to send 500 troops to the peacekeeping force.", "send", "AGREE"),
        (
            "Washington stepped up pressure on Damascus to expel the militants.",
            "stepped",
            "REQUEST",
        ),
    ],
)
def test_the_construction_itself(annotate: Annotate, text: str, trigger: str, event: str) -> None:
    assert find(events_doc(annotate, text), trigger).event == event
