"""One event, not many: a definite event noun that repeats an earlier event's word, however
far back in the report, is that event told again (merge.link_repeats)."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.events.merge import same_word

# four sentences between the telling and the retelling: beyond the anaphor window
FILLER = ("Farmers had waited years for it. Exporters expect lower tariffs. "
          "Prices may fall by spring. ")


def records(text: str) -> list[dict[str, Any]]:
    return list(extract(text, date="2024-01-25"))


def of_type(recs: list[dict[str, Any]], event: str) -> list[dict[str, Any]]:
    return [r for r in recs if r["event"] == event]


def retold(record: dict[str, Any]) -> list[str]:
    return [o["trigger"] for o in record["other_evidence"]]


def test_the_deal_far_back_is_the_deal_reached() -> None:
    recs = of_type(records("Kenya and Uganda reached a trade deal in Nairobi on Monday. "
                           f"{FILLER}Critics of the deal say it favours large firms."), "AGREE")
    assert len(recs) == 1
    assert "deal" in retold(recs[0])


def test_a_deal_with_other_parties_is_another_deal() -> None:
    recs = of_type(records("Kenya and Uganda reached a trade deal in Nairobi on Monday. "
                           f"{FILLER}The deal between Tanzania and Rwanda was signed in March."),
                   "AGREE")
    assert len(recs) == 2
    assert not any(retold(r) for r in recs)


def test_an_indefinite_deal_is_not_a_retelling() -> None:
    recs = of_type(records("Kenya and Uganda reached a trade deal in Nairobi on Monday. "
                           f"{FILLER}Officials described a deal on fishing rights as close."),
                   "AGREE")
    assert len(recs) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a word or a date that sets the later deal apart
        "Kenya and Uganda reached a trade deal in Nairobi on Monday. "
        f"{FILLER}Critics of the new deal say little has changed.",
        "Kenya and Uganda reached a trade deal in Nairobi on Monday. "
        f"{FILLER}Critics compared it with the 2019 deal, which collapsed.",
        # deals in the plural are no one deal told again
        "Kenya and Uganda have reached several trade deals since independence. "
        f"{FILLER}Critics of the deal say little has changed.",
    ],
)
def test_a_deal_set_apart_is_not_retold(text: str) -> None:
    recs = of_type(records(text), "AGREE")
    assert len(recs) == 2
    assert not any(retold(r) for r in recs)


@pytest.mark.parametrize(
    ("text", "event", "again"),
    [
        ("The finance minister resigned on Tuesday after weeks of pressure. Lawmakers had "
         "questioned the budget. Two deputies stayed on. Markets barely moved. Her resignation "
         "takes effect at once.", "RETREAT", "resignation"),
        ("Police arrested the opposition leader in Kampala on Monday. His supporters gathered "
         "outside the court. The judge adjourned the hearing. Rain fell all afternoon. The "
         "arrest was condemned by several embassies.", "COERCE", "arrest"),
    ],
)
def test_a_noun_of_the_verb_retells_it(text: str, event: str, again: str) -> None:
    recs = of_type(records(text), event)
    assert len(recs) == 1
    assert again in retold(recs[0])


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("deal", "deal", True), ("suspend", "suspension", True), ("resign", "resignation", True),
     ("agree", "agreement", True), ("protest", "protection", False), ("ban", "bank", False),
     ("sanction", "sanctuary", False), ("attack", "arrest", False)],
)
def test_same_word_or_its_derivative(a: str, b: str, same: bool) -> None:
    assert same_word(a, b) is same
    assert same_word(b, a) is same
