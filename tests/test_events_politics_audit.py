"""Fixes from auditing political news no rule was written on (audit_events.py --corpus
politics): event words in the senses of courts, crime, traffic and sport news
(events/everyday.py and the "politics audit" lexicon block), and two role repairs. The
political sense of the same words stays an event."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


def _events(annotate: Annotate, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.evidence.trigger) for e in events_doc(annotate, text).events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A farmer was killed when his tractor overturned and crashed into a ditch on Sunday.",
         "killed"),
        ("A pedestrian was killed in the accident near the bridge.", "killed"),
        ("The minister and his aides flew to Geneva on Monday.", "aides"),
        ("The defence lawyer argued that the victim had committed suicide.", "committed"),
        ("Brazil hosted the World Cup in 2014 and the Olympic Games two years later.", "hosted"),
        ("A clip shared by a local broadcaster showed the convoy.", "shared"),
        ("Beijing shelled the island, calling it a warning to Taipei.", "calling it"),
        ("The jury found the former mayor not guilty of bribery.", "found"),
    ],
)
def test_no_event(annotate: Annotate, text: str, absent: str) -> None:
    assert absent not in [trigger for _, trigger in _events(annotate, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A soldier was killed when his helicopter crashed after it was hit by rocket fire.",
         ("ASSAULT", "killed")),
        ("Egypt hosted talks between the two factions.", ("CONSULT", "hosted")),
        ("The envoy called the foreign minister on Sunday.",
         ("CONSULT", "called the foreign minister")),
        ("The jury found the former mayor guilty of bribery.", ("SANCTION", "found")),
        ("Villagers have fought the pipeline in court for a decade.",
         ("ACCUSE", "fought the pipeline")),
        ("Syrian troops pressed into the rebel enclave for a third day.", ("ASSAULT", "pressed")),
    ],
)
def test_the_political_sense(annotate: Annotate, text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(annotate, text)


def test_a_weapon_is_no_doer(annotate: Annotate) -> None:
    doc = events_doc(annotate, "The fuel truck bomb exploded outside the barracks, killing nine "
                               "soldiers.")
    assert find(doc, "exploded").actor == ()
    assert find(doc, "killing").actor == ()


def test_the_possessor_of_a_victim_noun_is_the_victim(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "The general's assassination shocked the capital."),
             "assassination")
    assert e.actor == ()
    assert "general" in [r.text for r in e.recipient]


def test_a_possessor_with_an_object_is_the_doer(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "Russia's arrest of the journalist drew protests."), "arrest")
    assert [a.text for a in e.actor] == ["Russia"]
