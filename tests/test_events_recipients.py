"""Recipients in the patterns dictionary coders follow: the place an act is done in when
no party is named, the party behind a rejected or protested thing, the target of a purpose
or of the war a force is raised for — and never the actor's own forces or an activity."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find, texts
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        # the actor's own troops are no recipient: the place they leave is
        ("Moscow said it would pull its troops out of Moldova.", "pull", "Moldova"),
        ("Vietnam is ready to withdraw its forces from Cambodia.", "withdraw", "Cambodia"),
        # a domestic measure: the place, though it has the actor's country
        ("Indian authorities imposed a curfew in the city of Srinagar.", "curfew", "Srinagar"),
        ("The junta declared a state of emergency in Burma.", "state of emergency", "Burma"),
        # an activity is no target; where it is banned is
        ("Police banned marching in Belfast for a week.", "banned", "Belfast"),
        # the owner of a rejected thing
        ("Seoul rejected North Korean proposals for border talks.", "rejected", "North Korean"),
        # the owner of a refused demand, though no name
        ("Paris would not meet the kidnappers' demands.", "meet", "kidnappers"),
        # an appositive name is part of the party's words
        ("The army closed the weekly paper El Sol.", "closed", "El Sol"),
        # the party a thing is cut off from, not the thing
        ("Pakistan cut off supplies to the Taliban.", "cut", "Taliban"),
        # a hunger strike's target is its purpose's, before any place named later
        (
            "Miners began a hunger strike to protest against Chile's decision to move them "
            "to Peru.",
            "hunger strike",
            "Chile",
        ),
        # the war a force is raised for
        ("Egypt mobilised its reserves for a war against Israel.", "mobilised", "Israel"),
        # the party of the war an offensive is launched in, not the offensive
        ("Iraq vowed to launch a fresh offensive in its war with Iran.", "vowed", "Iran"),
    ],
)
def test_recipient_patterns(annotate: Annotate, text: str, trigger: str, recipient: str) -> None:
    got = texts(find(events_doc(annotate, text), trigger).recipient)
    assert any(recipient in r for r in got), got


def test_a_decision_to_act_is_the_deciders_act(annotate: Annotate) -> None:
    doc = events_doc(annotate, "Kenya protested against Uganda's decision to expel its diplomats.")
    assert texts(find(doc, "expel").actor) == ["Uganda"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # who goes somewhere for talks holds them
        ("Greek and Turkish envoys flew to Vienna for talks on Cyprus.", "talks", "Greek"),
        # a mediation mission is undertaken by the mediator
        ("The Kenyan president undertook a mediation mission to Sudan.", "mediation", "Kenyan"),
        # an arrest in a country with no agent named: the state where it was made
        ("Two British tourists were arrested in Egypt on Sunday.", "arrested", "Egypt"),
    ],
)
def test_actor_patterns(annotate: Annotate, text: str, trigger: str, actor: str) -> None:
    got = texts(find(events_doc(annotate, text), trigger).actor)
    assert any(actor in a for a in got), got
