"""The unseen-wording probe for the cooperative and verbal types (group A, session 5,
tests/_events_probe_unseen_a.py), scored at the trigger as tests/test_events_probe.py
scores the earlier sets. What still fails is a strict xfail with its reason, so a fix
shows up as XPASS."""

from __future__ import annotations

import pytest
from _events_probe_unseen_a import UNSEEN_A, UNSEEN_A_NOT
from _events_support import at_trigger, events_doc
from conftest import Annotate

# unseen-wording probe, group A (session 5): the sentences still wrong, each with why
UNSEEN_A_GAPS: dict[str, str] = {
    "The two governments said they would work hand in hand to revive cross-border commerce.":
        "'work hand in hand' is no entry: 'work' alone is too generic",
    "The ruling party said it would tolerate peaceful rallies in the run-up to the vote.":
        "'tolerate' left out: its common negated use ('will not tolerate') is a warning",
    "In a call late on Tuesday, the two leaders reviewed the state of bilateral ties, the "
    "Kremlin said.": "a bare 'call' is read as an appeal (REQUEST) or nothing",
    "The Vatican served as go-between for the secret contacts between Washington and Havana.":
        "the tokenizer splits 'go-between' into three words",
    "Ankara and Cairo took steps to thaw relations that have been frozen since 2013.":
        "parse error: 'thaw' read as a noun modifying 'relations'",
    "The UN envoy spoke highly of the rebels' restraint during the holiday truce.":
        "'speak highly of' needs an adverb inside the phrasal verb",
    "The Ghanaian president won plaudits from Western capitals for conceding defeat.":
        "'won' is no light verb; the praise's giver is in a from-phrase",
    "The patriarch said the church bore no grudge against the former communist "
    "authorities.": "forgiving as a negated grudge is not modelled",
    "Parliament rubber-stamped the free-trade accord with Seoul on Wednesday.":
        "the tokenizer splits 'rubber-stamped'; the verb is read as 'stamp'",
    "The two central banks launched a currency swap worth $7 billion on Thursday.":
        "'currency swap' left out: in market reports it is a trade, not cooperation",
    "The three Baltic states linked their power grids to the European network in "
    "February.": "linking grids would need a list of infrastructure objects",
    "Ecuador took in the fugitive publisher at its London embassy in 2012.":
        "'take in' a person needs the person typed (no entity for 'publisher')",
    "Parliament voted to rehabilitate the purged leaders of the former ruling party.":
        "'voted to' embeds an intended act, so it is AGREE by the project's rule",
    "Truckers wound down their blockade of the capital on Sunday after three weeks.":
        "the tagger leaves 'wound' as the lemma (not 'wind')",
    "Striking dockers returned to work on Monday after a 12-day stoppage.":
        "'return to work' left out: without strikers as subject it is no concession",
    "The emirate extended citizenship to thousands of stateless residents.":
        "parse error: 'extended' read as an adjective on 'citizenship'",
    "The government let the state of emergency lapse at midnight.":
        "letting a measure lapse is not modelled",
    "Japan scrapped the export curbs it had imposed on South Korea in 2019.":
        "'curbs' is read as a restriction (CONCEDE), not as a sanction (RETREAT)",
    "The mayor of the flooded city sent out an SOS for drinking water and blankets.":
        "'SOS' is tagged as a name, and names are not triggers",
    "The mediators bade the two parties come to terms before the rains.":
        "a bare infinitive after 'bade' is not read as a directive",
    "Vilnius cried foul over repeated violations of its airspace by Russian jets.":
        "'foul' is parsed as an adverb, not the object of 'cry'",
    "Arab states closed ranks against Israel at the summit in Algiers.":
        "'close ranks against' is not modelled ('close ranks' alone is solidarity)",
}
# the tests run without the actors stage: these objects are parties only through it
UNSEEN_A_GAPS["The general directed his units to hold their positions until further notice."] = (
    "without the actors stage 'his units' is no party"
)
UNSEEN_A_GAPS[
    "Reformists are pushing the leadership to scrap the one-party clause in the constitution."
] = "without the actors stage 'the leadership' is no party"
# releases of figures and "allow" with a thing as doer are now blocked (events.business and
# the lexicon's prec5 block; MEANTIME's releases of figures are no political events)
UNSEEN_A_NOT_GAPS: dict[str, str] = {}


def _gap(text: str, gaps: dict[str, str]) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=gaps[text])] if text in gaps else []


@pytest.mark.parametrize(
    ("event", "trigger", "text"),
    [pytest.param(*c, marks=_gap(c[2], UNSEEN_A_GAPS)) for c in UNSEEN_A],
)
def test_unseen_a_sentence(annotate: Annotate, event: str, trigger: str, text: str) -> None:
    found = at_trigger(events_doc(annotate, text), trigger)
    assert found is not None and found.event == event


@pytest.mark.parametrize(
    ("event", "trigger", "text"),
    [pytest.param(*c, marks=_gap(c[2], UNSEEN_A_NOT_GAPS)) for c in UNSEEN_A_NOT],
)
def test_unseen_a_confusable(annotate: Annotate, event: str, trigger: str, text: str) -> None:
    """The trigger word in an everyday or commercial sense is no event of that type."""
    found = at_trigger(events_doc(annotate, text), trigger)
    assert found is None or found.event != event


def test_unseen_a_gaps_are_cases() -> None:
    assert {t for _, _, t in UNSEEN_A} >= UNSEEN_A_GAPS.keys()
    assert {t for _, _, t in UNSEEN_A_NOT} >= UNSEEN_A_NOT_GAPS.keys()
