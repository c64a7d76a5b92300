"""The CAMEO-manual-style probe of the cooperative side (session 6,
tests/_events_probe_gsr_coop.py), scored as benchmarks/eval_events.py scores a gold record:
of the events on the marked words (else of all the sentence's events), the one highest in
the parse. What still fails is a strict xfail with its reason, so a fix shows up as XPASS.
The tests run without the actors stage (entity mentions stand in)."""

from __future__ import annotations

import pytest
from _events_probe_gsr_coop import GSR_COOP
from _events_support import events_doc, gold_pick
from conftest import Annotate

# the sentences still wrong, each with why
GSR_COOP_GAPS: dict[str, str] = {
    "The Indian finance minister said on Friday the government would scrap import "
    "licences on most consumer goods.": "scrapping a trade rule (policy change) is no entry",
    "French military advisers have been training the Rwandan army's elite units, a Belgian "
    "newspaper reported on Monday.": "'units' is no training object; the lexicon codes "
    "training others' troops AID (072) elsewhere, and no gold record decides",
    "Some 8,000 former guerrillas handed in their weapons at U.N. assembly points in the "
    "south of the country.": "parse error: 'handed' read as a participle on 'guerrillas'",
    "Washington sent two more warships to the Gulf to escort reflagged Kuwaiti tankers past "
    "the Iranian coast.": "parse error: 'reflagged' read as a verb, taking 'tankers' from "
    "'escort'",
    "Malawi took in nearly a million Mozambicans fleeing the civil war across its southern "
    "border.": "'take in' needs refugee words as object; a people (NORP) is not one",
    "Prague has handed the Catholic church 30 million crowns in compensation for land "
    "confiscated by the communists.": "'in compensation' on 'hand' is no light-verb use, so "
    "the light noun 'compensation' makes no event",
}


def _gap(text: str) -> list[pytest.MarkDecorator]:
    if text not in GSR_COOP_GAPS:
        return []
    return [pytest.mark.xfail(strict=True, reason=GSR_COOP_GAPS[text])]


@pytest.mark.parametrize(
    ("code", "event", "mode", "triggers", "text"),
    [pytest.param(*c, marks=_gap(c[4]), id=f"{c[0]}-{c[3][0]}") for c in GSR_COOP],
)
def test_gsr_coop_sentence(
    annotate: Annotate,
    code: str,
    event: str | None,
    mode: str | None,
    triggers: tuple[str, ...],
    text: str,
) -> None:
    assert any(w in text for w in triggers), f"no trigger of {triggers} in the text"
    found = gold_pick(events_doc(annotate, text), triggers)
    assert (found.event if found else None) == event, f"CAMEO {code}"


def test_gsr_coop_gaps_are_cases() -> None:
    assert {c[4] for c in GSR_COOP} >= GSR_COOP_GAPS.keys()
    assert all(w in c[4] for c in GSR_COOP for w in c[3])  # every marked word is in its text


def test_gsr_coop_codes_cover_01_to_09() -> None:
    assert {c[0][:2] for c in GSR_COOP} == {f"0{k}" for k in range(1, 10)}
