"""The last pass over doers (dateline/events/doers.py): non-doers out, lost doers back."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find, texts
from conftest import Annotate

from dateline.events.doers import non_doer
from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex


@pytest.mark.parametrize(
    ("text", "trigger", "actors"),
    [
        # a date, a force of nature, a thing: no doer
        ("Two soldiers died in Friday's ambush, the army said.", "ambush", []),
        ("The Nairobi bombing killed twelve people.", "bombing", []),
        # an abstract noun: its author acts
        (
            "The union published a letter calling for new elections.",
            "calling",
            ["union"],
        ),
        (
            "Prosecutors may need many months to gather evidence against the cartel.",
            "gather evidence",
            ["Prosecutors"],
        ),
        # doers found again
        ("The blogger was held amid a wave of night raids by riot police.", "raids",
         ["riot police"]),
        ("Masked gunmen staged a spate of assaults near the border, wounding three guards.",
         "assaults", ["Masked gunmen"]),
        ("Border agents seized the documents in a dawn raid on the farm.", "raid",
         ["Border agents"]),
        ("The suspect, who is charged with shooting a judge, fled abroad.", "shooting",
         ["suspect"]),
        ("She was relentless in demanding the return of the detainees.", "demanding", ["She"]),
        (
            "In addition to supplying food to the camps, the envoy said she would brief the "
            "council.",
            "supplying",
            ["envoy"],
        ),
        ("The plan was backed by the government but rejected by the opposition leader.",
         "rejected", ["opposition leader"]),
        ("Negotiators returned to Geneva for talks on the ceasefire.", "talks",
         ["Negotiators"]),
        ("Hundreds of farmers gathered at a rally in the capital to demand lower taxes.",
         "rally", ["farmers"]),
        ("The two men are charged with conspiracy to bomb the ministry.", "bomb",
         ["two men"]),
        ("In 2014, the judge ruled the program was lawful, rejecting the claim that it "
         "targeted minorities.", "rejecting", ["judge"]),
        ("Two officials flew to Paris for talks with the company's owners.", "talks",
         ["Two officials", "company's owners"]),
        ("The party has a week to consider whether to request a recount.", "request",
         ["party"]),
        ("Also seeking membership of the bloc are Serbia and Albania.", "seeking",
         ["Serbia", "Albania"]),
        ("The rebels waged war on the army for a decade.", "war", ["rebels"]),
        # the subject undergoes the act
        ("Jones charged with fraud.", "charged", []),
        ("Five men remained in custody for questioning over the blast.", "questioning", []),
        # unchanged: a named doer stays
        ("Russia's annexation of Crimea was condemned by the assembly.", "annexation",
         ["Russia"]),
        ("Police arrested the editor during a raid on the newspaper.", "arrested", ["Police"]),
    ],
)  # fmt: skip
def test_doers(annotate: Annotate, text: str, trigger: str, actors: list[str]) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert texts(e.actor) == actors


def test_victim_before_noun_receives(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "Police are still investigating the Smith shooting."),
             "shooting")  # fmt: skip
    assert texts(e.actor) == []
    assert texts(e.recipient) == ["Smith"]


def test_unknown_name_before_victim_noun_receives(annotate: Annotate) -> None:
    e = find(events_doc(annotate, "Detectives reopened the Okonjo stabbing."), "stabbing")
    assert texts(e.actor) == []
    assert texts(e.recipient) == ["Okonjo"]


def test_coordinated_passive_keeps_its_object(annotate: Annotate) -> None:
    text = "The plan was backed by the government but rejected by the opposition leader."
    e = find(events_doc(annotate, text), "rejected")
    assert texts(e.recipient) == ["plan"]


def test_named_adjunct_act_keeps_no_doer(annotate: Annotate) -> None:
    """A known act ("the killing") is no manner of the verb it hangs on."""
    text = "Authorities have identified a suspect in the killing."
    e = find(events_doc(annotate, text), "killing")
    assert texts(e.actor) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The storm destroyed the bridge.", "storm", True),
        ("The statement condemned the raid.", "statement", True),
        ("That should not stop the talks.", "That", True),
        ("The army destroyed the bridge.", "army", False),
        ("Kenya condemned the raid.", "Kenya", False),
        ("Rebels attacked 250 homes.", "250", True),
    ],
)
def test_non_doer(annotate: Annotate, text: str, word: str, expected: bool) -> None:
    doc = annotate(text)
    g, idx = Graph.build(doc), MentionIndex.build(doc)
    k = next(t.i for t in doc.tokens if t.text == word)
    assert non_doer(g, idx, k) is expected


@pytest.mark.parametrize(
    ("text", "trigger", "recipients"),
    [
        ("The rebels waged war on the army for a decade.", "war", ["army"]),
        ("Jones charged with fraud.", "charged", ["Jones"]),
        ("Five men remained in custody for questioning over the blast.", "questioning",
         ["Five men"]),
    ],
)  # fmt: skip
def test_undergoer_receives(
    annotate: Annotate, text: str, trigger: str, recipients: list[str]
) -> None:
    assert texts(find(events_doc(annotate, text), trigger).recipient) == recipients
