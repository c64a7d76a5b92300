"""Compound actor mentions ("Hungarian and Romanian officials") become one ActorRef per
member, with identities, in the event's actor and recipient lists."""

from __future__ import annotations

import pytest
from _events_support import find
from conftest import Annotate

STAGES = ("nlp", "actors", "events")


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "recipients"),
    [
        (
            "Hungarian and Romanian officials agreed to cooperate on border security.",
            "agreed",
            ["HUN", "ROU"],
            [],
        ),
        ("The United States and Jordan agreed on a trade pact.", "agreed", ["USA", "JOR"], []),
        ("Israeli and Palestinian negotiators met on Tuesday.", "met", ["ISR", "PSE"], []),
        (
            "France and Germany criticized Russia and China.",
            "criticized",
            ["FRA", "DEU"],
            ["RUS", "CHN"],
        ),
        ("Russia attacked Ukrainian and Georgian positions.", "attacked", ["RUS"], ["UKR", "GEO"]),
    ],
)
def test_compound_actors_are_listed_by_member(
    annotate: Annotate, text: str, trigger: str, actors: list[str], recipients: list[str]
) -> None:
    e = find(annotate(text, stages=STAGES), trigger)
    assert [a.id for a in e.actor] == actors
    assert [r.id for r in e.recipient] == recipients


def test_members_keep_their_own_words_and_mentions(annotate: Annotate) -> None:
    doc = annotate("Hungarian and Romanian officials agreed to meet.", stages=STAGES)
    e = find(doc, "agreed")
    assert [a.text for a in e.actor] == ["Hungarian", "Romanian"]
    kinds = [doc.mentions[a.mention].kind for a in e.actor if a.mention is not None]
    assert kinds == ["demonym", "demonym"]


def test_single_actor_is_not_expanded(annotate: Annotate) -> None:
    e = find(annotate("Jordan criticized the decision.", stages=STAGES), "criticized")
    assert [a.id for a in e.actor] == ["JOR"]
