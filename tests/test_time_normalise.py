"""Temporal expressions: one case per phenomenon, each with a document date and the
expected TIMEX3 value (the recogniser alone, and through the time stage with tenses)."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.timex import find_times
from dateline.timex.rules_holiday import FIXED, NTH

D = "2024-03-24"  # a Sunday


def values(text: str, date: str = D) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_times(text, dt.date.fromisoformat(date))]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("It was founded on March 7, 1998.", D, ("March 7, 1998", "DATE", "1998-03-07")),
        ("The vote is on 2024-05-02.", D, ("2024-05-02", "DATE", "2024-05-02")),
        ("They met on 7 March 2019.", D, ("7 March 2019", "DATE", "2019-03-07")),
        ("The group was established in 2015.", D, ("2015", "DATE", "2015")),
        ("Prices rose in the 1990s.", D, ("the 1990s", "DATE", "199")),
        ("Talks stalled in mid-2021.", D, ("mid-2021", "DATE", "2021")),
        ("Sales fell in the first quarter.", D, ("the first quarter", "DATE", "2024-Q1")),
        ("It was signed in March 2020.", D, ("March 2020", "DATE", "2020-03")),
        ("It happened in the 20th century.", D, ("the 20th century", "DATE", "19")),
        ("They fought in the summer of 2019.", D, ("summer of 2019", "DATE", "2019-SU")),
        ("Forces killed eight last year.", D, ("last year", "DATE", "2023")),
        ("Monitors cautioned this year.", D, ("this year", "DATE", "2024")),
        ("Rates rise next month.", D, ("next month", "DATE", "2024-04")),
        ("He left two weeks ago.", D, ("two weeks ago", "DATE", "2024-03-10")),  # in days
        ("He left six weeks ago.", D, ("six weeks ago", "DATE", "2024-W06")),
        ("They met three years ago.", D, ("three years ago", "DATE", "2021")),
        ("It arrived yesterday.", D, ("yesterday", "DATE", "2024-03-23")),
        ("It starts tomorrow.", "2024-12-31", ("tomorrow", "DATE", "2025-01-01")),
        ("It grew earlier this year.", D, ("earlier this year", "DATE", "2024")),
        ("Troops stayed for a decade.", D, ("a decade", "DURATION", "P10Y")),
        ("The talks lasted 24 hours.", D, ("24 hours", "DURATION", "PT24H")),
        ("Fighting over the past two months.", D, ("the past two months", "DURATION", "P2M")),
        ("Trains run every Tuesday.", D, ("every Tuesday", "SET", "XXXX-WXX-2")),
        ("Flights leave daily.", D, ("daily", "SET", "P1D")),
        ("It costs $5 million a year.", D, ("a year", "SET", "P1Y")),
        ("Prices are high now.", D, ("now", "DATE", "PRESENT_REF")),
        ("He recently resigned.", D, ("recently", "DATE", "PAST_REF")),
        ("Talks resume in the coming months.", D, ("the coming months", "DATE", "FUTURE_REF")),
        ("The rally ended at 10 p.m. Wednesday.", D,
         ("10 p.m. Wednesday", "TIME", "2024-03-20T22:00")),
        ("Shots were heard this morning.", D, ("this morning", "TIME", "2024-03-24TMO")),
        ("They talked last week.", D, ("last week", "DATE", "2024-W11")),
        ("Results for the third quarter of 2019.", D,
         ("the third quarter of 2019", "DATE", "2019-Q3")),
        ("They sold it last fall.", D, ("last fall", "DATE", "2023-FA")),
        ("It is due in the first half of 2025.", D, ("the first half of 2025", "DATE", "2025-H1")),
        ("Oil boomed in the 70s.", D, ("the 70s", "DATE", "197")),
        ("Talks began in July last year.", D, ("July last year", "DATE", "2023-07")),
        ("Riots broke out in nineteen ninety-six.", D, ("nineteen ninety-six", "DATE", "1996")),
        ("Prices rise by the end of the year.", D, ("the end of the year", "DATE", "2024")),
        ("It took almost two and a half years.", D,
         ("almost two and a half years", "DURATION", "P2Y6M")),
        ("Trading opened at 0800 UTC.", D, ("0800 UTC", "TIME", "2024-03-24T08:00Z")),
        ("They met on Christmas 2020.", D, ("Christmas 2020", "DATE", "2020-12-25")),
        ("Shops close on Thanksgiving Day.", "2023-11-01",
         ("Thanksgiving Day", "DATE", "2023-11-23")),
        ("The launch was at 16:08 UTC.", D, ("16:08 UTC", "TIME", "2024-03-24T16:08Z")),
        ("Profit rose from the year-earlier quarter.", "1989-10-26",
         ("the year-earlier quarter", "DATE", "1988-Q3")),
        # a year with "pre-"/"post-" attached is a year, whatever plural noun follows
        ("The post-1975 reforms stalled.", D, ("post-1975", "DATE", "1975")),
        ("Output is back to pre-2008 levels.", D, ("pre-2008", "DATE", "2008")),
        # numeric dates: day first when the month cannot come first, or with points; years
        # first with slashes
        ("It happened on 13/02/2024.", D, ("13/02/2024", "DATE", "2024-02-13")),
        ("It happened on 7/8/07.", D, ("7/8/07", "DATE", "2007-07-08")),
        ("It happened on 05.03.2024.", D, ("05.03.2024", "DATE", "2024-03-05")),
        ("It happened on 2024/03/05.", D, ("2024/03/05", "DATE", "2024-03-05")),
        # the first year of a span of years, with a hyphen or a dash
        ("The 2014-2016 epidemic ended.", D, ("2014", "DATE", "2014")),
        ("The 1914–1918 war ended.", D, ("1918", "DATE", "1918")),
        # a bare number beside a day is a day of the same month, each end its own expression
        ("Talks are set for April 24 and 25.", D, ("25", "DATE", "2024-04-25")),
        ("They met from 3 to 5 March.", D, ("3", "DATE", "2024-03-03")),
        ("They met on April 24 and 25, 2019.", D, ("April 24", "DATE", "2019-04-24")),
        # a bare plural counted from some time: some of them ("Hours later", "just months ago")
        ("Hours later, the city fell.", D, ("Hours", "DURATION", "PTXH")),
        ("It was approved just months ago.", D, ("months", "DURATION", "PXM")),
        ("Interest is 5% per annum.", D, ("per annum", "SET", "P1Y")),
        # "every other year": every second one
        ("The summit meets every other year.", D, ("every other year", "SET", "P2Y")),
        # two periods back or ahead
        ("They met the week before last.", D, ("the week before last", "DATE", "2024-W10")),
        ("It opens the year after next.", D, ("the year after next", "DATE", "2026")),
        # "o'clock": the hour as written, after noon only when the text says so
        ("They met at 3 o'clock.", D, ("3 o'clock", "TIME", "2024-03-24T03:00")),
        ("Shots rang out at ten o'clock in the evening.", D,
         ("ten o'clock in the evening", "TIME", "2024-03-24T22:00")),
        # a clock time written with a point, as British and wire copy often do
        ("Trading halted at 2.40 p.m.", D, ("2.40 p.m.", "TIME", "2024-03-24T14:40")),
        # "single-day" counts one day, as "one-day" does
        ("It was the market's worst single-day fall.", D, ("single-day", "DURATION", "P1D")),
    ],
)
def test_normalises_each_phenomenon(text: str, date: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("It happened on the 45th of Smarch.", D),
        ("Rates will fall next year.", "9999-06-01"),
        ("It was dated March 5, 0000.", D),
        ("In the year 0000 nothing happened.", D),
        ("It is due on the 45th of March.", D),
        ("It happened on 2023-02-30.", D),
    ],
)
def test_bad_input_gives_no_invented_date(text: str, date: str) -> None:
    for t in find_times(text, dt.date.fromisoformat(date)):
        if t.value is not None:
            assert t.date_start is None or t.date_start.year >= 1
            assert not (t.value.startswith("0000") or "10000" in t.value)
    assert all(t.value is None for t in find_times(text, dt.date.fromisoformat(date))
               if "0000" in t.text or "45th" in t.text or "02-30" in t.text or "next" in t.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There are 2000 people here.", []),
        ("The company sold 1,500 cars.", []),
        ("He was a 6-year-old boy.", []),
        ("Protesters march on the capital.", []),
        ("He runs version 2.10.12 of the software.", []),
        ("They own 1200-1220 acres.", []),
        ("On March 5 and 8 others left.", [("March 5", "DATE", "2024-03-05")]),
        ("In the first days after the war, it fell.", []),
    ],
)
def test_numbers_and_verbs_are_not_times(text: str, expected: list[object]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the governing verb's tense picks the direction of a bare weekday or month
        ("The minister resigned on Friday.", ("Friday", "2024-03-22")),
        ("The minister will resign on Friday.", ("Friday", "2024-03-29")),
        ("The summit was held in November.", ("November", "2023-11")),
        ("The summit will be held in February.", ("February", "2025-02")),
        ("Officials announced on Monday that talks had failed.", ("Monday", "2024-03-18")),
        ("He plans to visit next Friday.", ("next Friday", "2024-03-29")),
        ("He left last Sunday.", ("last Sunday", "2024-03-17")),
        # "the next year" after a past verb is the year after the story's, else the coming one
        ("He was arrested in 2015. The next year he escaped.", ("The next year", "2016")),
        ("Sales will rise over the next year.", ("the next year", "2025")),
        # an infinitive as subject takes the tense of its clause
        ("To join the alliance on Friday was a relief for the three countries.",
         ("Friday", "2024-03-22")),
        ("To win on Friday would be a relief.", ("Friday", "2024-03-29")),
    ],
)
def test_tense_sets_the_direction(annotate, text: str, expected: tuple[str, str]) -> None:
    doc = annotate(text, D, stages=("nlp", "time"))
    assert expected in [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize(
    ("text", "granularity", "start", "end"),
    [
        ("in March 2020", "month", "2020-03-01", "2020-03-31"),
        ("in 2015", "year", "2015-01-01", "2015-12-31"),
        ("the first quarter of 2023", "quarter", "2023-01-01", "2023-03-31"),
        ("the 1990s", "decade", "1990-01-01", "1999-12-31"),
        ("last week", "week", "2024-03-11", "2024-03-17"),
        ("the winter of 2023", "season", "2023-12-01", "2024-02-29"),
    ],
)
def test_granularity_and_inclusive_bounds(text: str, granularity: str, start: str,
                                          end: str) -> None:
    (t,) = find_times(text, dt.date.fromisoformat(D))
    assert (t.granularity, str(t.date_start), str(t.date_end)) == (granularity, start, end)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "a year earlier" compares with the period the report is about
        ("Third-quarter profit rose. It was $5 a share a year earlier.", "1989-10-26",
         ("a year earlier", "1988-Q3")),
        ("Sales in September fell from a year ago.", "1989-10-26", ("a year ago", "1988-09")),
        ("Profit doubled from a year ago.", "1989-10-26", ("a year ago", "1988")),
        # so does the adjective "year-earlier" before a figure
        ("The mill lost $5 million in the third quarter, against year-earlier profit of $2 "
         "million.", "1989-10-26", ("year-earlier", "1988-Q3")),
        ("Year-earlier results were restated.", "1989-10-26", ("Year-earlier", "1988")),
        # but "the year-earlier nine months" is that many months, as "the first nine months"
        ("Net for the year-earlier nine months fell.", "1989-10-26",
         ("the year-earlier nine months", "P9M")),
        # "comparable" belongs to the expression
        ("Profit rose in the third quarter. In the comparable year-ago quarter it fell.",
         "1989-10-26", ("the comparable year-ago quarter", "1988-Q3")),
    ],
)
def test_year_earlier_follows_the_period_in_focus(text: str, date: str,
                                                  expected: tuple[str, str]) -> None:
    assert expected in [(t, v) for t, _, v in values(text, date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted from the story's own time, not from the report's date
        ("The group was founded in 2015. Two years later, it split.", ("Two years later", "2017")),
        ("The group was founded in 2015. The following year, it split.",
         ("The following year", "2016")),
        ("He left on May 3, 2015. The next day he returned.", ("The next day", "2015-05-04")),
        ("Talks ended last week. The previous week they had stalled.",
         ("The previous week", "2024-W10")),
        # "the previous Friday" is the Friday before the story's day, when it names one
        ("Shares closed on Friday, May 8, 2015, up 4% from the previous Friday.",
         ("the previous Friday", "2015-05-01")),
        ("He left on Tuesday, May 5, 2015 and came back the following Friday.",
         ("the following Friday", "2015-05-08")),
        # "later in the month": the month of the story's date just before, else the report's
        ("They met in March 2015. Later in the month they split.",
         ("Later in the month", "2015-03")),
        ("Prices rose. Later in the month they fell.", ("Later in the month", "2024-03")),
        ("They met in March 2015. " + "Nothing else happened. " * 14
         + "Later in the month they split.", ("Later in the month", "2024-03")),
        # a comparison ("from a year ago") is not the story's time
        ("Profit rose from a year ago. Rains delayed sales earlier in the year.",
         ("earlier in the year", "2024")),
        # "by that time": the date the story just named
        ("The deal closes by June 10. If no price is agreed by that time, Fiat pays.",
         ("that time", "2024-06-10")),
        # "that night", "the next morning": a part of the story's day, or of the day after
        ("Talks began on March 3, 2015. That night, rebels attacked.",
         ("That night", "2015-03-03TNI")),
        ("He left on May 3, 2015. The next morning he returned.",
         ("The next morning", "2015-05-04TMO")),
        ("He left on May 3, 2015. The previous evening he had argued.",
         ("The previous evening", "2015-05-02TEV")),
        # a finer count than the anchor keeps the anchor's granularity (no invented week)
        ("They met in 2015. A week later they split.", ("A week later", "2015")),
    ],
)
def test_story_relative_expressions(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(t, v) for t, _, v in values(text)]


@pytest.mark.parametrize("text", ["That night, rebels attacked.",
                                  "They met in 2015. That night they argued.",
                                  "By that time, the night had fallen."])
def test_a_story_reference_needs_a_date_to_count_from(text: str) -> None:
    assert [t for t, _, _ in values(text) if "night" in t or "time" in t] == []


@pytest.mark.parametrize("text", ["She won a second term.", "Turnout was a quarter of voters."])
def test_ordinals_and_fractions_are_not_durations(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize("name", sorted([*FIXED, *NTH]))
def test_every_holiday_name_is_found_alone(name: str) -> None:
    # the rule runs only where its trigger occurs: each name must set it off by itself
    text = f"It happened on {name.title().replace(chr(39) + 'S', chr(39) + 's')}."
    assert [v for _, _, v in values(text, "2023-06-15") if v]
