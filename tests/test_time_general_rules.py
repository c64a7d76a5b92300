"""General rules added after the fifth TempEval-3 / MEANTIME error breakdown
(``benchmarks/eval_time.py --show-errors``): one case per phenomenon, each with a document
date and the expected value; sentences written for dateline."""

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
        # a holiday with no year and no tense to go by is the nearer one
        ("Rescue on Thanksgiving Day: a fisherman's account.", "2025-01-10",
         ("Thanksgiving Day", "DATE", "2024-11-28")),
        ("Plans for Christmas Day, by the mayor's office.", "2024-12-02",
         ("Christmas Day", "DATE", "2024-12-25")),
        # "later in the day", "earlier in the day": the day the story last named
        ("Shares opened higher on Tuesday. They slipped later in the day.", D,
         ("the day", "DATE", "2024-03-19")),
        ("Talks began on Thursday in Geneva. Earlier in the day the envoy met rebels.", D,
         ("the day", "DATE", "2024-03-21")),
        # "since year-end": the last year-end already past
        ("The fund is up 4% since year-end.", D, ("year-end", "DATE", "2023")),
        ("The deal should close by year-end.", D, ("year-end", "DATE", "2024")),
        # "the eighth day" of something still going on: the day the story is about
        ("Today marks the ninth day of the dock strike.", D, ("the ninth day", "DATE", D)),
        ("On Tuesday the border stayed shut for a third straight day.", D,
         ("a third straight day", "DATE", "2024-03-19")),
        # "one day" after a modal is some day to come, not a day's length
        ("The town could one day host the games.", D, ("one day", "DATE", "FUTURE_REF")),
        ("The repairs took one day.", D, ("one day", "DURATION", "P1D")),
        # "the year before", "the month previous" at a clause's end: from the story's time
        ("Revenue was $5 million last year against $4 million the year before.", D,
         ("the year before", "DATE", "2022")),
        ("Exports rose in May 2019, after falling the month previous.", D,
         ("the month previous", "DATE", "2019-04")),
        # an ambiguous month name between a determiner and the noun it dates
        ("The May deadline passed without a deal.", D, ("May", "DATE", "2024-05")),
        ("Their March accord still holds.", D, ("March", "DATE", "2024-03")),
        # a bare plural after "in just" or "over the": a stretch of unknown length
        ("The index shed 300 points in just minutes.", D, ("minutes", "DURATION", "PTXM")),
        ("The mill has changed hands several times over the years.", D,
         ("years", "DURATION", "PXY")),
        # a stretch ahead, or one of no stated unit
        ("Lenders expect more defaults in the months ahead.", D,
         ("the months ahead", "DURATION", "PXM")),
        ("The plant will stay shut for a while.", D, ("a while", "DURATION", "PXX")),
        ("Troops may remain for a rather long period.", D,
         ("a rather long period", "DURATION", "PXX")),
        # "today's" before a generic noun, or a bare name, is the present in general
        ("Prices in today's dollars are much higher.", D, ("today", "DATE", "PRESENT_REF")),
        ("Few firms resemble today's Boeing.", D, ("today", "DATE", "PRESENT_REF")),
        ("Today's Senate vote was close.", D, ("Today", "DATE", "2024-03-24")),
        # a year ending a name is that year's event; a capitalised headline keeps its times
        ("Crowds gathered for the Harbour Festival 2023 on the quay.", D,
         ("2023", "DATE", "2023")),
        ("Markets Rally Again Today As Fears Ease", D, ("Today", "DATE", "2024-03-24")),
        # one or two weeks back is a day counted in days; longer stays a week
        ("The ferry sank a week ago off the cape.", D, ("a week ago", "DATE", "2024-03-17")),
        ("Two weeks ago the mayor resigned.", D, ("Two weeks ago", "DATE", "2024-03-10")),
        ("The strike began five weeks ago.", D, ("five weeks ago", "DATE", "2024-W07")),
        # "until then", "by then": the date the story has just named
        ("The offer lapses on May 3. Until then, holders may sell.", D,
         ("then", "DATE", "2024-05-03")),
        ("Voting closed on Friday; by then the count had begun.", D,
         ("then", "DATE", "2024-03-22")),
        # the first or early stretch of something: a duration of unknown length
        ("Dozens were held in the opening hours of a curfew.", D,
         ("the opening hours", "DURATION", "PTXH")),
        ("The club struggled in the early years of the league.", D,
         ("the early years", "DURATION", "PXY")),
        # the day before or after a named day, as one expression
        ("The day before last Friday's vote, the envoy flew home.", D,
         ("The day before last Friday", "DATE", "2024-03-21")),
        ("Shops reopened the day after Christmas.", "2024-12-30",
         ("the day after Christmas", "DATE", "2024-12-26")),
        # the US Election Day: the Tuesday after the first Monday in November
        ("Ads will run daily until Election Day.", "2024-09-02",
         ("Election Day", "DATE", "2024-11-05")),
        # "this year as last": the unit is left out after "as" or "than", one back
        ("The co-op harvested more grain this year than last.", D, ("last", "DATE", "2023")),
        ("Rents this month rose as fast as last, agents said.", D,
         ("last", "DATE", "2024-02")),
        # a day that is hoped for or feared, in an "if" or under a modal: one still to come
        ("If there ever comes a day when the dam fails, the town floods.", D,
         ("a day", "DATE", "FUTURE_REF")),
    ],
)
def test_general_rules(text: str, date: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "He told CBS's \"60 Minutes\" that the plan had failed.",  # a programme's name
        "Aides spoke on the \"This Week\" programme about the budget.",
        "The story ran in USA Today and in two other papers.",  # a paper's name
        "The Russell 2000 Index of small companies fell 2%.",  # an index named with a number
        "Shoppers queued for the Windows 2000 Server upgrade.",
        "Analysts doubt the May of Dimes will return.",  # "of" after the month: a name
        "Protesters joined a march on the capital.",  # lower case: a walk, not the month
        "Fans cheered during the day before the final.",  # counted from the final, not a unit
        "It was not a day anybody in the village will forget.",  # which day, not a length
        "She recalls a day when the river froze solid.",
        "And then the crowd moved off towards the square.",  # a sequence, not a time
        "By then nobody was counting.",  # "then" with no date named before it
        "Turnout on election day in the provinces was low.",  # lower case: not the US day
        "The early hours of Monday brought heavy rain.",  # part of a day: not a stretch
    ],
)
def test_not_times(text: str) -> None:
    found = values(text)
    assert not [v for v in found if v[0].lower() in (
        "60 minutes", "this week", "today", "2000", "may", "march", "the day before", "a day",
        "then", "election day", "the early hours")]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a clock time between "until" and a day, under a present perfect: the day is ahead
        ("The agency has given the family until 8 a.m. Thursday to answer.", "2024-03-18",
         ("8 a.m. Thursday", "2024-03-21T08:00")),
        # a forward cue before a clock time and a day
        ("The ban takes hold effective noon Friday, officials said.", "2024-03-18",
         ("noon Friday", "2024-03-22T12:00")),
        # a month before its noun under a verb ahead: the nearer month, not next year's
        ("The lender will seek a buyer under a June accord with investors.", "1989-10-27",
         ("June", "1989-06")),
        # a plan as a participle before its noun takes the tense of the clause it sits in
        ("A vigil planned for Saturday was called off after threats.", "2024-03-20",
         ("Saturday", "2024-03-16")),
        ("A vigil planned for Saturday will go ahead despite threats.", "2024-03-20",
         ("Saturday", "2024-03-23")),
    ],
)
def test_cues_across_clock_times(annotate, text: str, date: str,
                                 expected: tuple[str, str]) -> None:
    doc = annotate(text, date, stages=("nlp", "time"))
    assert expected in [(t.text, t.value) for t in doc.times]
