"""The lexicon's reach: for each PLOVER type, phrasings beyond the plainest verb — synonyms,
phrasal verbs, nominalisations, verb + object idioms — get the right type (and mode)."""

from __future__ import annotations

import pytest
from _events_support import events_doc, find
from conftest import Annotate

from dateline.events.triggers import inflection_stems


@pytest.mark.parametrize(
    ("text", "trigger", "event", "mode"),
    [
        ("The two governments hammered out a compromise on water rights.", "hammered",
         "AGREE", None),
        ("The envoy sat down with rebel commanders in Nairobi.", "sat", "CONSULT", None),
        ("The premier paid a visit to Tokyo.", "paid", "CONSULT", "visit"),
        ("Hanoi and Canberra moved to strengthen ties.", "strengthen", "SUPPORT", None),
        ("The senator lashed out at the trade ministry.", "lashed", "ACCUSE", "disapprove"),
        ("The parliament voted down the budget.", "voted", "REJECT", None),
        ("The junta backtracked on the press law.", "backtracked", "CONCEDE", None),
        ("Rebels laid down their arms in the east.", "laid", "RETREAT", "disarm"),
        ("The army halted its offensive in the valley.", "halted", "RETREAT", "ceasefire"),
        ("Norway froze the assets of the ministers.", "froze", "SANCTION", "discontinue"),
        ("The court fined the newspaper for libel.", "fined", "SANCTION", "convict"),  # "fin"
        ("The embassy was closed after the expulsion of two diplomats.", "expulsion",
         "SANCTION", "expel"),
        ("Police took the organisers into custody.", "took", "COERCE", "arrest"),
        ("The regime muzzled the independent press.", "muzzled", "COERCE", "censor"),
        ("The navy amassed warships near the strait.", "amassed", "MOBILIZE", "weapons"),
        ("Authorities tightened security around the stadium.", "tightened", "MOBILIZE",
         "police"),
        ("Guerrillas planted a bomb under the bridge.", "planted", "ASSAULT", "explosives"),
        ("Snipers shot dead two police officers.", "shot", "ASSAULT", "firearms"),
        ("Thousands held a candlelight vigil outside the prison.", "vigil", "PROTEST", "demo"),
        ("Relief supplies were flown to the flood victims.", "flown", "AID", None),
        ("Calls for his resignation grew louder.", "Calls", "REQUEST", "change"),
        ("Rioters torched cars in the suburbs.", "torched", "PROTEST", "riot"),
        ("Demonstrators clashed with police outside parliament.", "clashed", "PROTEST", "riot"),
    ],
)
def test_wider_phrasings_are_typed(
    annotate: Annotate, text: str, trigger: str, event: str, mode: str | None
) -> None:
    e = find(events_doc(annotate, text), trigger)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "not_trigger"),
    [
        ("Iran and Iraq agreed to exchange prisoners of war.", "war"),
        ("The rebels attacked the town in retaliation for the raid.", "retaliation"),
    ],
)
def test_words_inside_other_phrases_are_not_events(
    annotate: Annotate, text: str, not_trigger: str
) -> None:
    doc = events_doc(annotate, text)
    assert all(e.evidence.trigger != not_trigger for e in doc.events)


@pytest.mark.parametrize(
    ("word", "stem"),
    [("fined", "fine"), ("banned", "ban"), ("rallies", "rally"), ("shelled", "shell"),
     ("protesting", "protest")],
)
def test_inflection_stems_offer_the_base_form(word: str, stem: str) -> None:
    assert stem in inflection_stems(word)
