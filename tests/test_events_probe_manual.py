"""The PLOVER-manual boundary probe (session 7, tests/_events_probe_manual.py), scored as
benchmarks/eval_events.py scores a gold record: of the events whose trigger overlaps a
marked word (else of all), the one highest in the parse must have the labelled type.
What still fails is a strict xfail with its reason, so a fix shows up as XPASS; the floors
keep each set's type and mode accuracy from sliding back."""

from __future__ import annotations

import pytest
from _events_probe_manual import (
    MANUAL,
    MANUAL_FOURTH,
    MANUAL_FRESH,
    MANUAL_NOT,
    MANUAL_SECOND,
    MANUAL_THIRD,
    Case,
)
from _events_support import events_doc, gold_pick
from conftest import Annotate

ALL = MANUAL + MANUAL_SECOND + MANUAL_THIRD + MANUAL_FOURTH + MANUAL_FRESH
# the sentences still wrong, with why (the fresh set's: no rule was fitted to them)
MANUAL_GAPS: dict[str, str] = {
    "The ruling party expelled its former leader for indiscipline.":
        "without the actors stage (as these tests run) 'leader' is no party member, so "
        "'expel' reads a deportation (COERCE); with it, as probe_events.py runs, SANCTION",
    "Washington imposed a travel ban on senior officials of the regime.":
        "a travel ban is COERCE restrict in lexicon.txt (a state's own ban); one imposed on a "
        "foreign regime's officials (a sanction) would need the imposer and the banned told "
        "apart by country",
    "Pretoria quit the Commonwealth in protest at its criticism.":
        "without the actors stage 'the Commonwealth' is no organisation, so 'quit' reads a "
        "resignation (RETREAT); with it, as probe_events.py runs, SANCTION withdraw",
    "The guerrillas, who have fought the army for a decade, appealed for a ceasefire.":
        "convention conflict: the manual codes a party's call to end its conflict AGREE, but "
        "the dev-derived construction test keeps 'The rebels called for a ceasefire' REQUEST "
        "yield; only an own war named ('its war', 'war with …') is AGREE here",
    "India abstained in the vote on the Council resolution.":
        "abstaining is no entry: the manual names no type for it, so it was left out",
    "Stone-throwing youths clashed with riot police in the old city.":
        "parse error: 'youths' read as the root and 'clashed' as its participle, so no "
        "crowd subject is found for the riot",
    "Bonn and Prague initialled a friendship treaty on Monday.":
        "'initial' (an accord) is no entry, so the treaty noun's AGREE is the event",
    "Belgium turned over the fugitive banker to Italian prosecutors.":
        "'turn over' a person needs a suspect noun; 'banker' is none, and the bare "
        "'turned' is read as a directive",
    "Thousands of fighters gave up their rifles at collection points.":
        "'give up' has no entry with weapons as object (only 'lay down' and 'hand in')",
}
# floors: (set, type accuracy, mode accuracy where the type is right)
FLOORS = (
    (MANUAL, 0.99, 0.95),
    (MANUAL_SECOND, 0.97, 0.9),
    (MANUAL_THIRD, 0.92, 0.9),
    (MANUAL_FOURTH, 0.97, 0.9),
    (MANUAL_FRESH, 0.93, 0.85),
)


def _gap(text: str) -> list[pytest.MarkDecorator]:
    reason = MANUAL_GAPS.get(text)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


@pytest.mark.parametrize(
    ("event", "mode", "words", "text"),
    [pytest.param(*c, marks=_gap(c[3])) for c in ALL],
)
def test_manual_sentence(
    annotate: Annotate, event: str | None, mode: str | None, words: tuple[str, ...], text: str
) -> None:
    found = gold_pick(events_doc(annotate, text), words)
    assert (found.event if found else None) == event


def _score(annotate: Annotate, cases: list[Case]) -> tuple[float, float]:
    right = mode_n = mode_ok = 0
    for event, mode, words, text in cases:
        found = gold_pick(events_doc(annotate, text), words)
        if found is None or found.event != event:
            continue
        right += 1
        if mode is not None:
            mode_n += 1
            mode_ok += found.mode == mode
    return right / len(cases), mode_ok / mode_n


@pytest.mark.parametrize(
    ("index", "type_floor", "mode_floor"), [(k, t, m) for k, (_, t, m) in enumerate(FLOORS)]
)
def test_manual_floor(
    annotate: Annotate, index: int, type_floor: float, mode_floor: float
) -> None:
    type_acc, mode_acc = _score(annotate, FLOORS[index][0])
    assert type_acc >= type_floor and mode_acc >= mode_floor, (type_acc, mode_acc)


@pytest.mark.parametrize(("event", "word", "text"), MANUAL_NOT)
def test_manual_confusable(annotate: Annotate, event: str, word: str, text: str) -> None:
    """The senses next to each session-7 rule keep their own type."""
    doc = events_doc(annotate, text)
    at = [e for e in doc.events if e.evidence.trigger.lower().startswith(word)]
    assert all(e.event != event for e in at)


def test_manual_marked_words_are_in_the_text() -> None:
    for _, _, words, text in ALL:
        assert all(w in text for w in words), words
    assert all(w in text for _, w, text in MANUAL_NOT)
    assert {c[3] for c in ALL} >= MANUAL_GAPS.keys()
