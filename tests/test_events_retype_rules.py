"""PLOVER codes one category, not category + auxiliary: intended cooperation is AGREE,
announced force THREATEN, refused concessions REJECT, "X said Y must …" a REQUEST."""

from __future__ import annotations

from pathlib import Path

import pytest
from _events_support import events_doc, find, texts
from conftest import Annotate

from dateline.settings import Settings


@pytest.mark.parametrize(
    ("text", "trigger", "event", "modality"),
    [
        ("Norway is willing to send aid to the refugees.", "send", "AGREE", "future"),
        ("Syria is ready to withdraw its troops from Lebanon.", "withdraw", "AGREE", "future"),
        ("The government is prepared to impose martial law.", "impose", "THREATEN", "future"),
        ("The rebels vowed to attack the capital.", "vowed", "THREATEN", "asserted"),
        ("The army warned that it would retaliate.", "warned", "THREATEN", "asserted"),
        ("The government did not agree to the proposal.", "agree", "REJECT", "asserted"),
        # the act an "unless" clause conditions is hypothetical (issue #5), still a threat
        (
            "Nigeria will withdraw its force unless a ceasefire is agreed.",
            "withdraw",
            "THREATEN",
            "hypothetical",
        ),
    ],
)
def test_retyping(annotate: Annotate, text: str, trigger: str, event: str, modality: str) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.modality) == (event, modality)


def test_said_must_is_a_request_on_the_subject(annotate: Annotate) -> None:
    doc = events_doc(annotate, "The minister said Libya must hand over the suspects.")
    e = find(doc, "said")
    assert (e.event, texts(e.actor), texts(e.recipient)) == ("REQUEST", ["minister"], ["Libya"])
    assert find(doc, "hand").modality == "hypothetical"


def test_threat_mode_is_what_is_threatened(annotate: Annotate) -> None:
    doc = events_doc(annotate, "The president threatened to impose a curfew in the capital.")
    assert find(doc, "threatened").mode == "restrict"


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        # the release is refused, not the talks that come later in the sentence
        ("The Taliban made no commitment to release the prisoners before talks with the "
         "government.", "commitment", "yield"),
        ("The rebels refused to attend talks on a ceasefire in the capital.", "refused", "meet"),
        ("Kenya rejected calls to free the detained journalists ahead of the summit.",
         "rejected", "yield"),
    ],
)
def test_reject_mode_is_the_nearest_refused_act(
    annotate: Annotate, text: str, trigger: str, mode: str
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == ("REJECT", mode)


def test_user_lexicon_through_settings(annotate: Annotate, tmp_path: Path) -> None:
    user = tmp_path / "mine.txt"
    user.write_text("v:needle | ACCUSE | disapprove | |\n", encoding="utf-8")
    text = "The senator needled the ministry."
    assert events_doc(annotate, text).events == ()
    settings = Settings.build(lexicon_paths=[str(user)])
    e = find(events_doc(annotate, text, settings=settings), "needled")
    assert (e.event, e.mode) == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        ("Turkish and Azerbaijani troops held drills near the border.", "held drills",
         "COOPERATE"),
        ("The two navies held manoeuvres together in the Baltic.", "held manoeuvres",
         "COOPERATE"),
        ("American and British forces struck more than 40 targets at rebel bases.", "struck",
         "ASSAULT"),
    ],
)
def test_joint_exercises_cooperate_but_joint_attacks_attack(
    annotate: Annotate, text: str, trigger: str, event: str
) -> None:
    assert find(events_doc(annotate, text), trigger).event == event
