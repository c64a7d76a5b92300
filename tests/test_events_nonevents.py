"""Lexicon words in a sense that is no political event: markets and figures as doers,
questions, talking to the press. The political sense of the same words stays an event."""

from __future__ import annotations

import pytest
from _events_support import events_doc
from conftest import Annotate


def _events(annotate: Annotate, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.evidence.trigger) for e in events_doc(annotate, text).events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Copper prices rallied on Tuesday as traders bought ahead of the holiday.", "rallied"),
        ("The yen's rally worried exporters in Osaka.", "rally"),
        ("Overnight interest rates eased to 4.2 pct from 4.4 pct.", "eased"),
        ("Analysts said the peso could rally further if inflation slows.", "rally"),
        ("Bank shares were trading at 12 dollars in early dealing.", "trading"),
        ("Barclays eased a penny to 503 and Lloyds declined 2 pct.", "eased"),
        ("The bourse traded a record 40 million shares on Friday.", "traded"),
        ("On Monday the exchange handled a record number of contracts.", "exchange"),
        ("Lending terms have been eased by three rate cuts since January.", "eased"),
        ("Signing is subject to the execution of a definitive merger agreement.", "execution"),
        ("A fresh opinion poll gave the ruling party a lead of four points.", "gave"),
        ("The bank left its rates unchanged at its regular weekly meeting.", "meeting"),
        ("The dividend will be voted on at the annual shareholders' meeting.", "meeting"),
        ("The pass, blocked by snow since January, will reopen in May.", "blocked"),
        ("Barclays eased a penny to 503 and Lloyds declined 2 pct.", "declined"),
        ("Asked whether the border would reopen, the minister said no date was set.", "Asked"),
        ("Reporters asked the spokesman why the convoy had been delayed.", "asked"),
        ("The foreign minister told a news conference in Lima that relations were good.",
         "conference"),
        ("Speaking to reporters in Nairobi, the envoy said the situation was calm.", "Speaking"),
        ("The campaign pushed many of the militants into Pakistan, officials say.", "pushed"),
        ("Those operations have pushed most of the gang's members into Guatemala.", "pushed"),
    ],
)
def test_no_event(annotate: Annotate, text: str, absent: str) -> None:
    assert absent not in [trigger for _, trigger in _events(annotate, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition supporters rallied in the capital on Sunday.", ("PROTEST", "rallied")),
        ("The government imposed an oil embargo on its neighbour.",
         ("SANCTION", "imposed an oil embargo")),
        ("Police ordered the seizure of assets belonging to the former minister.",
         ("COERCE", "ordered the seizure")),
        ("The minister asked the rebels to lay down their arms.", ("REQUEST", "asked")),
        ("The province asked for emergency food aid after the floods.", ("REQUEST", "asked")),
        ("The envoy held talks with rebel leaders in Nairobi.", ("CONSULT", "held talks")),
        ("The rebels retreated 20 kilometres to the hills.", ("RETREAT", "retreated")),
        ("The regime executed four dissidents on Monday.", ("ASSAULT", "executed")),
        ("Japan agreed to trade with North Korea again.", ("COOPERATE", "trade")),
        ("The two sides carried out an exchange of prisoners at the border.",
         ("COOPERATE", "carried out an exchange")),
        ("Their annual meeting with the Chinese premier took place in Beijing.",
         ("CONSULT", "meeting")),
        ("The highway was blocked by striking truckers.", ("PROTEST", "blocked")),
        ("The government eased the curfew to allow traders to reopen.",
         ("CONCEDE", "eased the curfew")),
        ("Government troops pushed into the rebel-held valley at dawn.", ("ASSAULT", "pushed")),
    ],
)
def test_the_political_sense_stays(
    annotate: Annotate, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(annotate, text)
