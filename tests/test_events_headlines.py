"""Headlines: a short line of its own with no closing stop. Its bare "-ed" verb is a
passive, and its event is the report's own event told again: one record, the headline
kept as other evidence."""

from __future__ import annotations

import pytest
from _events_support import events_doc, texts
from conftest import Annotate

from dateline.events.headlines import headline_sentences


def _summary(annotate: Annotate, text: str) -> list[tuple[str, list[str], list[str], int]]:
    doc = events_doc(annotate, text)
    return [
        (e.event, texts(e.actor), texts(e.recipient), len(e.extra_evidence)) for e in doc.events
    ]


def test_a_headline_participle_is_passive_and_merges_with_the_report(annotate: Annotate) -> None:
    text = (
        "Border post attacked in the north\n\n"
        "Gunmen attacked a border post near the river on Tuesday, a local official said."
    )
    doc = events_doc(annotate, text)
    [attack] = [e for e in doc.events if e.event == "ASSAULT"]
    assert texts(attack.actor) == ["Gunmen"]
    assert texts(attack.recipient) == ["border post"]
    assert attack.evidence.sentence_index == 1  # the report's own, fuller telling
    [headline] = attack.extra_evidence
    assert (headline.sentence_index, headline.trigger) == (0, "attacked")


def test_an_active_headline_merges_with_the_same_parties(annotate: Annotate) -> None:
    text = (
        "Rebels kill two soldiers in ambush\n\n"
        "Rebels ambushed an army patrol on Monday, killing two soldiers, the army said."
    )
    kills = [s for s in _summary(annotate, text) if s[1] == ["Rebels"] and s[2] == ["two soldiers"]]
    assert kills == [("ASSAULT", ["Rebels"], ["two soldiers"], 1)]


def test_a_headline_passive_alone_has_no_doer(annotate: Annotate) -> None:
    text = "Two journalists detained in capital\n\nThe opposition called for a general strike."
    detained = [s for s in _summary(annotate, text) if s[0] == "COERCE"]
    assert detained == [("COERCE", [], ["Two journalists"], 0)]


def test_a_past_form_that_is_no_participle_stays_active(annotate: Annotate) -> None:
    text = "Rebels withdrew from border town\n\nThe army said the town was quiet."
    doc = events_doc(annotate, text)
    [retreat] = [e for e in doc.events if e.event == "RETREAT"]
    assert texts(retreat.actor) == ["Rebels"]


def test_a_different_event_in_the_headline_stays_apart(annotate: Annotate) -> None:
    text = (
        "Rebels kill two soldiers in ambush\n\n"
        "Rebels attacked a police station in the capital on Tuesday, police said."
    )
    assaults = [s for s in _summary(annotate, text) if s[0] == "ASSAULT"]
    assert [(actor, recipient, n) for _, actor, recipient, n in assaults] == [
        (["Rebels"], ["two soldiers"], 0),
        ([], [], 0),  # the ambush: not alone in its headline, so not taken for the attack
        (["Rebels"], ["police station"], 0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Border post attacked in the north\n\nGunmen attacked it.", {0}),
        ("Border post attacked in the north.\n\nGunmen attacked it.", set()),  # a stop
        ("Gunmen attacked a border post\nnear the river on Tuesday.", set()),  # one paragraph
        ("Aid talks stall\n\nDonors met.\n\nSecond round due in May\n\nMore later.", {0, 2}),
    ],
)
def test_headline_sentences(annotate: Annotate, text: str, expected: set[int]) -> None:
    doc = annotate(text, date="2024-03-24", stages=("nlp",))
    assert headline_sentences(doc) == expected
