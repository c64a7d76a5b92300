"""Business and market senses of event words (dateline.events.business and the lexicon's
prec5 block): each non-event beside a sentence where the same word or construction is a
political event that must stay."""

from __future__ import annotations

import pytest
from _events_support import events_doc
from conftest import Annotate


def _events(annotate: Annotate, text: str) -> list[tuple[str, str]]:
    return [(e.event, e.evidence.trigger) for e in events_doc(annotate, text).events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # figure tables
        ("Shr 12 cts vs 9 cts Net 3.17 mln vs 2.46 mln Loans not given Assets 9.2 billion",
         "given"),
        ("Avg shrs not given.", "given"),
        # markets acted on
        ("The central bank bought marks to support the currency in Frankfurt.", "support"),
        ("Dealers said the cut may help the dollar rally next week.", "rally"),
        ("Officials said the yen would be allowed to slip against the dollar.", "allowed"),
        ("The finance minister vowed to halt the peso's slide.", "halt"),
        # things as doers of effect verbs
        ("Mild weather allowed farmers to plant early in most areas.", "allowed"),
        ("The tax package would help curb the deficit next year.", "help"),
        # company takeovers and purchases
        ("Carson Holdings Inc announced a 400 mln dlr takeover of Medwell Corp.", "takeover"),
        ("Brand Corp fears hostile takeover bids from abroad.", "takeover"),
        ("Analysts said Lanner Group is seeking to buy a regional retailer.", "seeking"),
        ("Two brokers recommend the stock of Fenwick Mining Co.", "recommend"),
        # offers of securities and goods, repurchase agreements, reports
        ("Ostrava Corp plans to offer 2.5 mln new shares to the public.", "offer"),
        ("The Fed added reserves through overnight repurchase agreements with dealers.",
         "agreements"),
        ("The ministry released figures showing a rise in exports.", "released"),
        ("The agency may downgrade the company's senior debt.", "downgrade"),
        ("The agreement calls for Kenner to supply Chile with 80,000 tonnes of crude.",
         "supply"),
        # meetings on a timetable, and by a response
        ("Any landing would be met with a firm response from the garrison.", "met"),
        # accidents, exports with no buyer, companies' units
        ("An explosion at a chemical plant killed six workers on Monday.", "explosion"),
        ("An explosion at a chemical plant killed six workers on Monday.", "killed"),
        ("Bolivia exported most of its tin last year.", "exported"),
        ("The firm is weighing setting up a unit in Spain to make tractors.",
         "setting up a unit"),
        ("The court threw out the filing on Friday.", "threw out"),
        ("The agency accepted 400,000 tonnes of barley under the scheme.", "accepted"),
        ("The index was 12 points down at 1,544.2, lifted by late buying.", "lifted"),
        ("The daily limits would be reinstated after two calm sessions.", "reinstated"),
        ("In bankruptcy the firm stays protected from creditors until a plan is filed.",
         "protected"),
        # a document's terms, company briefings, takeovers fended off, debts met
        ("The settlement calls for Mr Hale to return 90,000 shares to the firm.", "calls"),
        ("Traders bought the stock before an analysts' meeting set for May 4.", "meeting"),
        ("Directors approved a poison pill to thwart any takeover attempts.", "thwart"),
        ("Senators do not favour banning takeovers outright.", "takeovers"),
        ("Zambia will find it hard to meet its debt repayments this year.", "meet"),
    ],
)
def test_no_event(annotate: Annotate, text: str, absent: str) -> None:
    assert absent not in [trigger for _, trigger in _events(annotate, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington said it would support the rebels in the north.", ("AGREE", "support")),
        ("The government halted arms exports to the junta.", ("SANCTION", "halted arms exports")),
        ("The junta allowed aid workers to enter the besieged city.",
         ("RETREAT", "allowed")),
        ("The army's takeover of the capital drew condemnation.", ("COERCE", "takeover")),
        ("Venezuela exported oil to Cuba under the accord.", ("COOPERATE", "exported")),
        ("The rebels demanded the release of their leader.", ("REQUEST", "demanded")),
        ("The envoy is scheduled to meet the Syrian president on Sunday.",
         ("CONSULT", "meet")),
        ("The minister said he would meet the rebel leaders next week.", ("AGREE", "meet")),
        ("The president met with opposition leaders on Tuesday.", ("CONSULT", "met")),
        ("The rebels called for the army to leave the valley.", ("REQUEST", "called")),
        ("Police moved to thwart the coup attempt in the capital.", ("REJECT", "thwart")),
        ("A bomb explosion at a police station killed six officers.",
         ("ASSAULT", "explosion")),
        ("A bomb explosion at the plant killed six workers.", ("ASSAULT", "explosion")),
        ("Moscow agreed to supply Damascus with weapons.", ("AGREE", "agreed")),
        ("Under the accord signed on May 3, Peru stretched repayments from 9 to 15 years "
         "and the margin fell from 1-1/4 to 3/4 of a point.", ("AGREE", "accord")),
        ("The rebels released two hostages on Friday.", ("RETREAT", "released two hostages")),
        ("Thousands of workers rallied outside parliament.", ("PROTEST", "rallied")),
        ("The foreign minister flies out tonight and leaves for Ottawa on Friday.",
         ("CONSULT", "leaves")),
        ("The junta agreed to reinstate the dismissed judges.", ("AGREE", "agreed")),
        ("Peacekeepers protected the refugees from attacks by militias.",
         ("AID", "protected")),
        ("The government expelled two diplomats and threw out the observers.",
         ("SANCTION", "threw out the observers")),
    ],
)
def test_the_political_sense_stays(
    annotate: Annotate, text: str, expected: tuple[str, str]
) -> None:
    assert expected in _events(annotate, text)
