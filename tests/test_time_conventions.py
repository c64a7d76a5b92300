"""TIMEX3 conventions added after the TempEval-3 error analysis: one case per phenomenon,
each with a document date and the expected type and value (texts written for dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.timex import find_times

D = "2024-03-24"  # a Sunday


def values(text: str, date: str = D) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_times(text, dt.date.fromisoformat(date))]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a month with its year spelled out, as a transcript writes it
        ("The clinic was bombed in March nineteen ninety-eight.", D,
         ("March nineteen ninety-eight", "DATE", "1998-03")),
        ("Work resumed in May two thousand and two.", D,
         ("May two thousand and two", "DATE", "2002-05")),
        # a narrowed part of a named day
        ("The shares were flat at mid-afternoon yesterday.", D,
         ("mid-afternoon yesterday", "TIME", "2024-03-23TAF")),
        ("The vote closes late evening tomorrow.", D,
         ("late evening tomorrow", "TIME", "2024-03-25TEV")),
        # one unit's length as an adjective
        ("They left after a third day-long session.", D, ("day-long", "DURATION", "P1D")),
        ("The week-long strike closed the port.", D, ("week-long", "DURATION", "P1W")),
        # vague references to the future and the present
        ("The bonds will be sold at a later date.", D, ("a later date", "DATE", "FUTURE_REF")),
        ("Nobody can leave at this moment.", D, ("this moment", "DATE", "PRESENT_REF")),
    ],
)
def test_conventions(text: str, date: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "The firm cut about a quarter, of its dealers.",  # a fraction, not three months
    ],
)
def test_not_times(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan is still to come, unless the past perfect puts it behind the report
        ("The offer had been scheduled to expire at midnight Friday.",
         ("midnight Friday", "2024-03-22T24:00")),
        ("The offer is scheduled to expire at midnight Friday.",
         ("midnight Friday", "2024-03-29T24:00")),
    ],
)
def test_tense_of_plans(annotate, text: str, expected: tuple[str, str]) -> None:
    doc = annotate(text, D, stages=("nlp", "time"))
    assert expected in [(t.text, t.value) for t in doc.times]
