"""One event, not many: a later mention told with the same word is the earlier event told
again (retold.link_same_word) when nothing tells them apart — parties under another name
("NAF" for the Northern Alliance Front) still agree; another party, place or date, a
past perfect, a habit or "again" keeps two records."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract
from dateline.events.retold import roles_agree, same_party
from dateline.model import ActorRef

MIDDLE = "The town has changed hands twice this year. Aid groups have left the area. "
LEAD = "The Northern Alliance Front attacked the Army garrison in Mosul, residents said. "


def assaults(text: str) -> list[dict[str, Any]]:
    return [r for r in extract(text, date="2024-05-02") if r["event"] == "ASSAULT"]


def test_the_same_act_under_the_doers_initials_is_one_record() -> None:
    recs = assaults(f"{LEAD}{MIDDLE}NAF fighters attacked the Army garrison from the hills.")
    assert len(recs) == 1
    assert [o["trigger"] for o in recs[0]["other_evidence"]] == ["attacked"]


@pytest.mark.parametrize(
    "later",
    [
        "NAF fighters had attacked the Army garrison from the hills.",  # an earlier act
        "NAF fighters often attacked the Army garrison from the hills.",  # a habit
        "NAF fighters attacked the Army garrison again from the hills.",  # a repeat
        "NAF fighters attacked the Army garrison in Basra from the hills.",  # another place
        "Government troops attacked the Army garrison from the hills.",  # another doer
    ],
)
def test_an_earlier_habitual_repeated_or_other_act_stays_apart(later: str) -> None:
    recs = assaults(f"{LEAD}{MIDDLE}{later}")
    assert len(recs) == 2
    assert not any(r["other_evidence"] for r in recs)


def test_another_day_stays_apart() -> None:
    lead = "The Northern Alliance Front attacked the Army garrison on Tuesday, residents said. "
    recs = assaults(f"{lead}{MIDDLE}NAF fighters attacked the Army garrison on Friday.")
    assert len(recs) == 2


def ref(text: str, id: str | None = None, name: str | None = None) -> ActorRef:
    return ActorRef(text=text, id=id, name=name)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (ref("GM", "unk:gm"), ref("General Motors", "unk:general-motors"), True),
        (ref("AirTran"), ref("AirTran Airways", "unk:airtran-airways"), True),
        (ref("the government"), ref("Canada", "CAN"), True),  # a country's government
        (ref("Canada", "CAN"), ref("Mexico", "MEX"), False),
        (ref("General Motors", "unk:general-motors"), ref("General Electric", "unk:ge"), False),
        (ref("Asian Airlines"), ref("Baltic Airlines"), False),
    ],
)
def test_one_party_under_two_names(a: ActorRef, b: ActorRef, same: bool) -> None:
    assert same_party(a, b) is same


def test_a_pronoun_counts_by_whom_it_names() -> None:
    mason = (ref("Tom Mason", "unk:tom-mason"),)
    assert roles_agree(mason, (ref("he", name="Luis Gomez"),)) is False
    assert roles_agree(mason, (ref("he", name="Tom Mason"),)) is True
    assert roles_agree(mason, (ref("he"),)) is None  # unresolved: says nothing
    assert roles_agree(mason, (ref("both"),)) is None


HEADLINE = "Norland to receive emergency loans from Estavia\n\n"


def test_a_headline_folds_into_the_body_which_keeps_its_type() -> None:
    # the headline's clipped tense reads as done (AID), the body's as to come (AGREE)
    body = "The government of Estavia said on Monday that Norland will receive emergency loans."
    recs = extract(HEADLINE + body, date="2024-05-02")
    assert [r["event"] for r in recs] == ["AGREE"]
    assert recs[0]["evidence"]["sentence"] == body  # the body's telling is the record's
    assert [o["sentence"] for o in recs[0]["other_evidence"]] == [HEADLINE.strip()]


def test_a_headline_told_as_its_opposite_is_not_folded() -> None:
    body = "Estavia said on Monday that Norland will not receive emergency loans this year."
    recs = extract(HEADLINE + body, date="2024-05-02")
    assert len(recs) == 2
    assert not any(r["other_evidence"] for r in recs)
