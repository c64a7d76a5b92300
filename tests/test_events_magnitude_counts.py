"""Magnitude: counts and their conventions, and which event they attach to."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate

from dateline.events.magnitude import count


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("at least eight of the leaders", 8),
        ("more than 1,200 people", 1200),
        ("about 300 protesters", 300),
        ("dozens of civilians", 24),
        ("a dozen soldiers", 12),
        ("scores of people", 40),
        ("hundreds of thousands of people", 200000),
        ("tens of thousands of demonstrators", 20000),
        ("thousands of workers", 2000),
        ("2.5 million people", 2500000),
        ("twenty-five students", 25),
        ("three hundred villagers", 300),
        ("several soldiers", None),
        ("the leaders in 2021", None),
    ],
)
def test_count_conventions(words: str, expected: int | None) -> None:
    assert count(words.split()) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "dead", "injured", "size"),
    [
        ("Gunmen killed at least eight villagers on Sunday.", "killed", 8, None, None),
        ("The bombing killed 12 people and wounded 30 others.", "bombing", 12, 30, None),
        (
            "Dozens of people were killed when militants stormed the base.",
            "stormed",
            24,
            None,
            None,
        ),
        (
            "Hundreds of thousands of people protested in the capital.",
            "protested",
            None,
            None,
            200000,
        ),
        ("Russia deployed 3,000 troops to the border.", "deployed", None, None, 3000),
    ],
)
def test_event_magnitude(
    annotate: Annotate,
    text: str,
    trigger: str,
    dead: int | None,
    injured: int | None,
    size: int | None,
) -> None:
    m = find(events_doc(annotate, text), trigger).magnitude
    assert (m.dead, m.injured, m.size) == (dead, injured, size)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["10,300,000,000"], None),  # money or barrels, not a head count
        (["2.5", "billion"], None),
        (["90", "million"], 90_000_000),
    ],
)
def test_implausible_head_counts_are_not_counts(words: list[str], expected: int | None) -> None:
    assert count(words) == expected
