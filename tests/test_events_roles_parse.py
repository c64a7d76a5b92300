"""Actor and recipient from the parse: active, passive, nominal, reciprocal, lists,
purpose and complement clauses."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find, texts
from conftest import Annotate


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "recipients"),
    [
        (
            "Taliban fighters attacked a police checkpoint.",
            "attacked",
            ["Taliban fighters"],
            ["police checkpoint"],
        ),
        (
            "Police arrested the editor and two reporters.",
            "arrested",
            ["Police"],
            ["editor", "two reporters"],
        ),
        (
            "The United States and Jordan signed a free-trade agreement.",
            "signed",
            ["United States", "Jordan"],
            [],
        ),
        ("Japan sent aid to the flood victims.", "sent", ["Japan"], ["flood victims"]),
        ("The minister condemned the attack on the embassy.", "condemned", ["minister"], []),
    ],
)
def test_active_voice_and_lists(
    annotate: Annotate, text: str, trigger: str, actors: list[str], recipients: list[str]
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert texts(e.actor) == actors
    if recipients:
        assert texts(e.recipient) == recipients


def test_passive_voice_actor_from_demonym(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "ISIS-K was contained by American airstrikes."), "contained")
    assert [a.country for a in e.actor] == ["USA"]
    assert texts(e.recipient) == ["ISIS-K"]


def test_passive_voice_with_agent(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "The journalist was arrested by the secret police."), "arrested")
    assert texts(e.actor) == ["secret police"]
    assert texts(e.recipient) == ["journalist"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        (
            "American airstrikes on ISIS-K continued through the winter.",
            "airstrikes",
            "American",
            "ISIS-K",
        ),
        ("The army's assault on the rebel town began at dawn.", "assault", "army", "rebel town"),
        (
            "The arrest of the opposition leader by police sparked protests.",
            "arrest",
            "police",
            "opposition leader",
        ),
    ],
)
def test_nominal_events(
    annotate: Annotate, text: str, trigger: str, actor: str, recipient: str
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert texts(e.actor) == [actor]
    assert texts(e.recipient) == [recipient]


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        (
            "Pakistani and Afghan troops clashed near the border.",
            "clashed",
            ["Pakistani and Afghan troops"],
        ),
        (
            "The Indian prime minister and the Chinese president met in Delhi.",
            "met",
            ["Indian prime minister", "Chinese president"],
        ),
        ("Talks with the rebels collapsed.", "Talks", ["rebels"]),
        (
            "The Indian prime minister met with the Chinese president.",
            "met",
            ["Indian prime minister", "Chinese president"],
        ),
        (
            "Moroccan diplomats held a meeting with the king.",
            "meeting",
            ["Moroccan diplomats", "king"],
        ),
        ("Iran signed a trade agreement with Turkey.", "signed", ["Iran", "Turkey"]),
        ("Israel and Hamas fought for eleven days.", "fought", ["Israel", "Hamas"]),
    ],
)
def test_reciprocal_events_have_no_recipient(
    annotate: Annotate, text: str, trigger: str, actors: list[str]
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert texts(e.actor) == actors
    assert e.recipient == ()


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "recipient"),
    [
        (
            "Norway mediated between the government and the rebels.",
            "mediated",
            "Norway",
            "government",
        ),
    ],
)
def test_a_partner_after_with_is_the_recipient(
    annotate: Annotate, text: str, trigger: str, actor: str, recipient: str
) -> None:
    """A one-sided act done "with" or "between" parties: they receive it (a meeting's
    partners act instead: see test_reciprocal_events_have_no_recipient)."""
    e = find(events_doc(annotate, text), trigger)
    assert texts(e.actor) == [actor]
    assert recipient in texts(e.recipient)


def test_purpose_and_complement_clauses_are_own_events(annotate: Annotate) -> None:
    doc = events_doc(
        annotate,
        "The opposition criticized the government for refusing to release political prisoners.",
    )
    accuse = find(doc, "criticized")
    assert (accuse.event, texts(accuse.actor), texts(accuse.recipient)) == (
        "ACCUSE",
        ["opposition"],
        ["government"],
    )
    refuse = find(doc, "refusing")
    assert (refuse.event, texts(refuse.actor)) == ("REJECT", ["government"])
    release = find(doc, "release")
    assert (release.event, texts(release.actor), release.modality) == (
        "RETREAT",
        ["government"],
        "negated",
    )


def test_event_noun_as_recipient_takes_its_actors(annotate: Annotate) -> None:
    doc = events_doc(
        annotate, "Gunmen attacked a bus in Quetta. Rights groups condemned the attack."
    )
    condemn = find(doc, "condemned")
    assert texts(condemn.recipient) == ["Gunmen"]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Syria says it is ready to withdraw its troops from Lebanon.", "withdraw", "Syria"),
        (
            "The committee completed its investigation into the killings.",
            "investigation",
            "committee",
        ),
    ],
)
def test_open_pronouns_fall_back_to_reporter_or_subject(
    annotate: Annotate, text: str, trigger: str, actor: str
) -> None:
    assert texts(find(events_doc(annotate, text), trigger).actor) == [actor]
