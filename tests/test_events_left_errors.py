"""Errors noticed in session 6 and left open, each fixed by a general rule: an act on a
timetable ("is scheduled to meet"), an alleged threat, asylum offered, reopening, a killing
in a riot, "has to be pleased", and object constraints met by "from" phrases."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # every act of a list under "scheduled" is on the timetable, not only the first
        ("The trade envoy was scheduled to tour the harbour and meet with the port owners.",
         "meet", "CONSULT"),
        ("The bishop was scheduled to open a clinic, talk to nurses and meet the mayor.",
         "meet", "CONSULT"),
        # "is set to", "was slated to": timetables too, whoever meets
        ("The carmaker is set to meet the dockers' union next month.", "meet", "CONSULT"),
        ("The banker was slated to meet the finance minister in Lagos.", "meet", "CONSULT"),
        # a release on a timetable is no stated intent to yield
        ("The smuggler is scheduled to be released from jail in June.", "released", "RETREAT"),
    ],
)
def test_an_act_on_a_timetable_keeps_its_type(
    annotate: Annotate, text: str, trigger: str, event: str
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.modality) == (event, "future")


def test_a_stated_intent_to_meet_is_still_agree(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "The union said it would meet the carmaker next month."),
             "meet")
    assert (e.event, e.modality) == ("AGREE", "future")


@pytest.mark.parametrize(
    "text",
    [
        "The bandits reportedly intend to raid the granary.",
        "The opposition claimed the militia planned to storm the depot.",
        "The junta allegedly will shell the harbour.",
    ],
)
def test_an_alleged_threat_is_a_threat(annotate: Annotate, text: str) -> None:
    """Hearsay ("reportedly", "claimed") hedges a planned attack; it stays a threat."""
    e = find(events_doc(annotate, text), next(w for w in ("raid", "storm", "shell") if w in text))
    assert (e.event, e.modality) == ("THREATEN", "alleged")


def test_an_act_that_is_a_charge_is_no_threat(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "The major will be tried for ordering the shootings."),
             "ordering")
    assert (e.event, e.modality) == ("ASSAULT", "alleged")


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("Iceland offered asylum to the fugitive programmer.", "offered", "AGREE"),
        ("The monastery offered sanctuary to the deserters.", "offered", "AGREE"),
        ("Iceland granted asylum to the fugitive programmer.", "granted", "AID"),
    ],
)
def test_asylum_offered_is_agree_and_granted_is_aid(
    annotate: Annotate, text: str, trigger: str, event: str
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.context) == (event, ("asylum",))


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("Troops reopened the mountain pass to lorries carrying grain.", "reopened", "RETREAT"),
        ("Jordan reopened its airspace to civilian flights.", "reopened", "RETREAT"),
        ("The factions reopened negotiations in Nairobi.", "reopened", "CONSULT"),
    ],
)
def test_reopening_passage_or_talks_is_an_event(
    annotate: Annotate, text: str, trigger: str, event: str
) -> None:
    assert find(events_doc(annotate, text), trigger).event == event


@pytest.mark.parametrize(
    "text",
    [
        "The baker reopened his shop after the holidays.",
        "The brewery reopened its plant in the valley last spring.",
        "Share trading reopened on Tuesday.",
    ],
)
def test_reopening_a_business_is_no_event(annotate: Annotate, text: str) -> None:
    doc = events_doc(annotate, text)
    assert not [e for e in doc.events if "reopen" in e.evidence.trigger.lower()]


def test_people_killed_in_a_riot_are_victims_of_an_assault(annotate: Annotate) -> None:
    """A riot as the scene of a killing does not make the dead rioters."""
    doc = events_doc(annotate, "Four dockers were killed in the riot at the harbour.")
    assert find(doc, "killed").event == "ASSAULT"
    # property destroyed in the same setting is still the riot
    doc = events_doc(annotate, "Buses were torched in the riot at the harbour.")
    assert (find(doc, "torched").event, find(doc, "torched").mode) == ("PROTEST", "riot")


@pytest.mark.parametrize(
    "text",
    [
        "The senator said Germany had to be delighted with the ruling.",
        "Diplomats said Pakistan must be worried about the new missile tests.",
        "The editor wrote that the governor has to feel betrayed by his allies.",
    ],
)
def test_a_feeling_after_must_or_have_to_is_no_demand(annotate: Annotate, text: str) -> None:
    doc = events_doc(annotate, text)
    assert "REQUEST" not in [e.event for e in doc.events]


def test_an_act_after_had_to_is_still_a_demand(annotate: Annotate) -> None:
    doc = events_doc(annotate, "The senator said Germany had to be ready to pay the fines.")
    assert "REQUEST" in [e.event for e in doc.events]


def test_a_from_phrase_is_no_object_of_taking(annotate: Annotate) -> None:
    """ "took X from the airport": the airport is where X was taken from, not a place
    seized; only verbs of leaving or removal take their "from" phrase as the object."""
    doc = events_doc(annotate, "Militiamen took a nurse from the airport on Friday.")
    assert not [e for e in doc.events if e.event == "COERCE" and e.mode == "seize"]


def test_a_from_phrase_is_what_is_left(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "Ruritania withdrew from the arms treaty in May."), "withdrew")
    assert e.event == "SANCTION"
