"""Modality and auxiliary modes: negated and hypothetical events are never 'asserted'."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "auxiliary"),
    [
        ("Rebels attacked the convoy on Sunday.", "attacked", "asserted", ()),
        ("The army did not attack the village.", "attack", "negated", ("negation",)),
        ("No arrests were made after the march.", "arrests", "negated", ("negation",)),
        (
            "If the rebels were to attack the capital, the army would respond.",
            "attack",
            "hypothetical",
            ("hypothetical",),
        ),
        (
            "The rebels could attack the capital within days.",
            "attack",
            "hypothetical",
            ("hypothetical",),
        ),
        ("The rebels reportedly killed five soldiers.", "killed", "alleged", ()),
        ("Activists claimed that police beat the protesters.", "beat", "alleged", ()),
        ("Police denied beating the protesters.", "beating", "denied", ()),
        ("The government refused to release the prisoners.", "release", "negated", ("negation",)),
        ("Troops prevented the rebels from taking the town.", "taking", "negated", ("negation",)),
        ("The union threatened to strike next week.", "strike", "future", ("future",)),
        (
            "Egypt called for the release of the hostages.",
            "release",
            "hypothetical",
            ("hypothetical",),
        ),
        ("The militia allegedly abducted two aid workers.", "abducted", "alleged", ()),
        # what someone is arrested or tried for is a charge
        ("Police arrested two men for the attack on the embassy.", "attack", "alleged", ()),
        ("Colombia tried to rescue the talks.", "talks", "asserted", ()),
        # a clause of time sets the scene; a progressive reports an act under way
        ("The gap will widen after the government relaxed import restrictions.", "relaxed",
         "asserted", ()),
        ("The farmers announced they were suspending their protests.", "suspending",
         "asserted", ()),
        # a relative clause tells its own act: a hope or a vow above it does not reach it
        ("The envoy hopes to return to the city where the bombs killed 40 people.", "killed",
         "asserted", ()),
        ("The army vowed to hunt down the rebels who attacked the base last week.", "attacked",
         "asserted", ()),
    ],
)
def test_modality(
    annotate: Annotate, text: str, trigger: str, modality: str, auxiliary: tuple[str, ...]
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert e.modality == modality
    assert e.auxiliary == auxiliary


def test_future_meeting_is_agree_with_future_modality(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "The ministers will meet in Geneva next week."), "meet")
    assert (e.event, e.modality, e.auxiliary) == ("AGREE", "future", ("future",))


def test_announced_withdrawal_is_agree(annotate: Annotate) -> None:
    # CAMEO2PLOVER-2021 035x: an expressed intent to yield is AGREE
    e = find(events_doc(annotate, "The army said it would withdraw its troops."), "withdraw")
    assert (e.event, e.modality) == ("AGREE", "future")


def test_historical_auxiliary(annotate: Annotate) -> None:
    doc = events_doc(
        annotate, "In 1994 the militia killed hundreds of villagers.", date="2024-03-24"
    )
    assert "historical" in find(doc, "killed").auxiliary


def test_negated_is_never_asserted(annotate: Annotate) -> None:
    doc = events_doc(annotate, "The army did not shell the town and never arrested anyone.")
    assert {e.modality for e in doc.events} == {"negated"}
