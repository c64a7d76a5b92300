"""Statements that are no event between parties (dateline/events/private.py): conflict
words as figures, capabilities, rules that allow, generic and habitual statements,
campaign talk and the reporter's formulas. The same words used of a real event stay."""

from __future__ import annotations

import pytest
from _events_support import events_doc
from conftest import Annotate


def _triggers(annotate: Annotate, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.evidence.trigger) for e in events_doc(annotate, text).events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # figurative conflict
        ("The sanctions war between the two capitals has cost exporters billions.", "war"),
        ("His uncles have been fighting to keep their nephew in Utah, a lawyer said.",
         "fighting"),
        ("Most of these boundary quarrels were fought out in court for decades.",
         "fought"),
        ("The party said it was being targeted by the electoral board over its paperwork.",
         "targeted"),
        ("Officers were targeting three new bars that had opened on Friday.", "targeting"),
        ("Economists said the levies targeted Mexico more than Canada.", "targeted"),
        ("The newspaper said the singer had been practically kidnapped by her managers.",
         "kidnapped"),
        # capability, a right or a chance
        ("The ombudsman has the authority to investigate any complaint about the agency.",
         "investigate"),
        ("The delegates will have the opportunity to meet local officials at the fair.",
         "meet"),
        # rules and texts that allow, permissions with no one who gives them
        ("Parliament's rules allow the opposition parties to delay two bills each session.",
         "allow"),
        ("Migrants held on the island are allowed to leave the camp during the day.",
         "allowed"),
        # generic and habitual statements
        ("Anyone can visit the archive on weekdays, the museum said.", "visit"),
        ("She sometimes talks to cousins back in Havana, she said.", "talks"),
        ("Lucas Brandt, a nurse at the clinic, agrees.", "agrees"),
        # cooperative acts among private people
        ("The boy was rescued near the reef by three fishermen last week.", "rescued"),
        ("His aunt spent the morning talking with her customers at the bakery.", "talking"),
        # campaign talk
        ("The senator spent the week appealing to voters in rural districts.", "appealing"),
        # the reporter's formulas
        ("The plan was confirmed by two aides who were not authorised to discuss the talks.",
         "discuss"),
        ("The ministry declined to make the general available for an interview.",
         "declined"),
        ("The ministry did not immediately answer a request for comment on Friday.",
         "request"),
        ("The embassy declined to discuss the case with reporters.", "declined"),
        ("The senator's office refused to talk about the matter.", "talk"),
        ("Two officials asked not to be named, citing the sensitivity of the talks.", "asked"),
        ("The company turned down requests for an interview.", "requests"),
    ],
)
def test_no_event(annotate: Annotate, text: str, absent: str) -> None:
    assert absent not in [trigger for _, trigger in _triggers(annotate, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel units fighting to take the airport shelled the town overnight.",
         ("ASSAULT", "fighting")),
        ("Gunmen targeted a police convoy near the border on Monday.",
         ("ASSAULT", "targeted")),
        ("Washington launched a trade war against Beijing in March.",
         ("SANCTION", "launched a trade war")),
        ("The president met the prime minister in Ankara on Tuesday.", ("CONSULT", "met")),
        ("The army allowed aid convoys to enter the besieged town on Friday.",
         ("RETREAT", "allowed")),
        ("The two governments agreed to reopen the border crossing.", ("AGREE", "agreed")),
        ("The ministers talked for two hours about the border dispute.",
         ("CONSULT", "talked")),
        ("The coast guard rescued three fishermen near the reef on Sunday.",
         ("AID", "rescued")),
        ("The governor talked with the families of the miners on Tuesday.",
         ("CONSULT", "talked")),
        ("Tehran refused to discuss its missile programme with the European envoys.",
         ("REJECT", "refused")),
        ("The rebels declined to talk with the government delegation.",
         ("REJECT", "declined")),
        ("Armed men intimidated voters outside two polling stations.",
         ("THREATEN", "intimidated")),
    ],
)
def test_event_stays(annotate: Annotate, text: str, expected: tuple[str, str]) -> None:
    assert expected in _triggers(annotate, text)
