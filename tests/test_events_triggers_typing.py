"""Detection and typing: verbs, nominalisations and light verbs, one per PLOVER type."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        ("The two parties agreed to hold talks next month.", "agreed", "AGREE", None),
        ("The foreign minister visited Kabul on Monday.", "visited", "CONSULT", "visit"),
        ("The president praised the new government in Tunis.", "praised", "SUPPORT", None),
        (
            "The government apologized for the shooting of protesters.",
            "apologized",
            "SUPPORT",
            None,
        ),
        (
            "Police in both countries cooperate closely with each other.",
            "cooperate",
            "COOPERATE",
            None,
        ),
        ("Japan sent humanitarian aid to the flood victims.", "sent", "AID", None),
        ("Government troops withdrew from the border town.", "withdrew", "RETREAT", "withdraw"),
        ("Egypt urged Israel to reopen the crossing.", "urged", "REQUEST", "yield"),
        ("Ukraine accused Russia of shelling the city.", "accused", "ACCUSE", "allege"),
        ("The rebels rejected the peace plan.", "rejected", "REJECT", None),
        ("The militia threatened to attack the capital.", "threatened", "THREATEN", "violence"),
        ("Thousands of workers protested outside parliament.", "protested", "PROTEST", "demo"),
        ("The European Union imposed sanctions on Belarus.", "imposed", "SANCTION", "discontinue"),
        ("Moscow deployed troops to the border.", "deployed", "MOBILIZE", "troops"),
        ("Police arrested twelve protesters in the capital.", "arrested", "COERCE", "arrest"),
        ("Gunmen killed four soldiers near the border.", "killed", "ASSAULT", "firearms"),
    ],
)
def test_verb_triggers_cover_every_type(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        ("The crackdown on dissidents continued for weeks.", "crackdown", "COERCE", None),
        ("American airstrikes on the militants continued.", "airstrikes", "ASSAULT", "aerial"),
        (
            "After the withdrawal of Western troops, the city fell.",
            "withdrawal",
            "RETREAT",
            "withdraw",
        ),
        ("Police raids in the capital angered residents.", "raids", "COERCE", "seize"),
        (
            "A suicide bombing at the market shocked the town.",
            "suicide bombing",
            "ASSAULT",
            "suicide-attack",
        ),
        ("The talks between Serbia and Kosovo resumed in Brussels.", "talks", "CONSULT", None),
    ],
)
def test_nominal_triggers(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "trigger", "event", "actor"),
    [
        (
            "Government forces carried out a military campaign in the valley.",
            "campaign",
            "ASSAULT",
            "Government forces",
        ),
        (
            "The decision drew condemnation from the opposition.",
            "condemnation",
            "ACCUSE",
            "opposition",
        ),
        (
            "Rebel fighters launched an offensive on the town.",
            "offensive",
            "ASSAULT",
            "Rebel fighters",
        ),
    ],
)
def test_light_verb_constructions(
    annotate: Annotate, text: str, trigger: str, event: str, actor: str
) -> None:
    doc = events_doc(annotate, text)
    e = find(doc, trigger)
    assert e.event == event
    assert actor in [a.text for a in e.actor]
    # the light verb is part of the trigger, not an event of its own
    assert len([x for x in doc.events if x.event == event]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban seized power in 2021.",
        "She said the weather in the capital was fine.",
        "The price war between the airlines hit profits.",
    ],
)
def test_non_events(annotate: Annotate, text: str) -> None:
    doc = events_doc(annotate, text)
    assert [e.event for e in doc.events if e.event in {"COERCE", "ASSAULT"}] == []
