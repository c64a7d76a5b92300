"""Temporal expressions of business and wire reports: comparison periods, reporting years
and quarters, quarter durations, weekdays that name events, and other conventions of
TIMEX3 that the recogniser follows (one case per rule, each with its document date)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from dateline.model import AnnotatedDoc
from dateline.timex import find_times

D = "2024-03-24"  # a Sunday


def values(text: str, date: str = D) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.type, t.value) for t in find_times(text, dt.date.fromisoformat(date))]


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the period in focus, a year back
        ("Revenue climbed 12% in February against the same period last year.", "2009-03-03",
         ("the same period last year", "DATE", "2008-02")),
        ("Profit in the third quarter doubled from the corresponding period a year earlier.",
         "1989-10-26", ("the corresponding period a year earlier", "DATE", "1988-Q3")),
        ("For the quarter a year ago, it earned $3 million.", "1989-10-26",
         ("the quarter a year ago", "DATE", "1988-Q3")),
        # a comparison period is not itself the period in focus
        ("Charges hit the year-earlier period. Rates were lower than a year ago.", "1989-11-01",
         ("a year ago", "DATE", "1988")),
        # no period in focus: last year, not an invented quarter
        ("Exports matched the same period last year.", D,
         ("the same period last year", "DATE", "2023")),
        # the codes of financial reports: halves, quarters and fiscal years
        ("Margins widened in H2 2023.", D, ("H2 2023", "DATE", "2023-H2")),
        ("Sales rose in 1H23.", D, ("1H23", "DATE", "2023-H1")),
        ("Earnings fell in 3Q09.", D, ("3Q09", "DATE", "2009-Q3")),
        ("Revenue rose 4% in FY23.", D, ("FY23", "DATE", "2023")),
        ("Costs will rise in H2.", D, ("H2", "DATE", "2024-H2")),
        # a quarter ended in a month: the calendar quarter holding most of its three months
        ("In the quarter ended July 31, it lost money.", "1989-10-30",
         ("the quarter", "DATE", "1989-Q2")),
        ("For the quarter ended Sept. 30, sales rose.", "1989-10-30",
         ("the quarter", "DATE", "1989-Q3")),
        ("For the quarter ended Jan. 31, sales rose.", "1989-03-30",
         ("the quarter", "DATE", "1988-Q4")),
        ("Revenue doubled in Q3 2019.", D, ("Q3 2019", "DATE", "2019-Q3")),
        ("Margins fell in the latest period.", "1989-10-26",
         ("the latest period", "DATE", "1989-Q3")),
        # the reporting year
        ("Sales in the latest fiscal year rose.", "1989-10-26",
         ("the latest fiscal year", "DATE", "1988")),
        ("Profit fell last fiscal year.", "1989-10-26", ("last fiscal year", "DATE", "1988")),
        ("It forecast a gain for the full year.", "1989-10-26", ("the full year", "DATE", "1989")),
        ("Sales in the current fiscal year will rise.", "1989-10-26",
         ("the current fiscal year", "DATE", "1989")),
        ("For the year, volume was flat.", "1989-10-26", ("the year", "DATE", "1989")),
        ("It earned $5 million in the year ended March 31.", "1989-10-26",
         ("the year", "DURATION", "P1Y")),
        # quarters stay quarters in durations; runs of units
        ("Japan entered a recession after two consecutive quarters of decline.", D,
         ("two consecutive quarters", "DURATION", "P2Q")),
        ("Stocks fell over the past five trading days.", D,
         ("the past five trading days", "DURATION", "P5D")),
        ("Inspectors need two more weeks.", D, ("two more weeks", "DURATION", "P2W")),
        # fractions of a unit in whole smaller units
        ("It took 2 1/2 years.", D, ("2 1/2 years", "DURATION", "P2Y6M")),
        ("They talked for 5 1/2 hours.", D, ("5 1/2 hours", "DURATION", "PT5H30M")),
        ("It lasted a minute and a half.", D, ("a minute and a half", "DURATION", "PT1M30S")),
        ("It lasted a day and a half.", D, ("a day and a half", "DURATION", "P1DT12H")),
        ("It lasted 1.5 months.", D, ("1.5 months", "DURATION", "P1.5M")),
        # bare plurals of unknown length
        ("It settled its decades-long dispute.", D, ("decades-long", "DURATION", "PXY")),
        ("The problem had been decades in the making.", D, ("decades", "DURATION", "PXY")),
        # decades in a coordination
        ("The boxy cars of the 70s and 80s.", D, ("80s", "DATE", "198")),
        ("Now officials are investigating.", D, ("Now", "DATE", "PRESENT_REF")),
        ("Rates will stay low for the time being.", D,
         ("the time being", "DATE", "PRESENT_REF")),
        # a day with its date: one expression even before a colon
        ("The Gazette wrote in a column on Monday, Oct. 26: the attack was shameful.", "1998-10-25",
         ("Monday, Oct. 26", "DATE", "1998-10-26")),
        # "as soon as Tuesday" looks ahead whatever the tense
        ("The group might come as soon as Tuesday.", "2000-04-03",
         ("Tuesday", "DATE", "2000-04-04")),
        ("He could arrive as early as Friday.", "2000-04-03", ("Friday", "DATE", "2000-04-07")),
        # "the past year", "the next month": the calendar period, as TimeBank annotates it
        ("Hate groups grew over the past year.", "1998-03-03", ("the past year", "DATE", "1997")),
        ("Rates may fall in the next month.", D, ("the next month", "DATE", "2024-04")),
        # ... but a week or a decade counted back from now is a stretch of time
        ("He has been in Bethesda for the last week.", D, ("the last week", "DURATION", "P1W")),
        ("It became routine over the past decade.", D, ("the past decade", "DURATION", "P10Y")),
        ("It posted a profit for the last year of $2.7 billion.", "2010-01-28",
         ("the last year", "DATE", "2009")),
        # the adjective "recent": some time before the report
        ("Prosecutors cited the recent Supreme Court rulings.", D, ("recent", "DATE", "PAST_REF")),
        # a market's day is the report's day
        ("The index fell 3% to end the day at 7,114.", "2009-02-24",
         ("the day", "DATE", "2009-02-24")),
        ("Stocks recovered late in the day.", D, ("the day", "DATE", "2024-03-24")),
        # plural parts of days repeat
        ("The show airs Tuesday nights.", D, ("Tuesday nights", "SET", "XXXX-WXX-2TNI")),
        # a past verb may govern a day still to come; "last Oct. 23" is the one before
        ("It declared a dividend payable Dec. 7 to holders.", "1989-10-27",
         ("Dec. 7", "DATE", "1989-12-07")),
        ("He was shot last Oct. 23 at his home.", "1999-04-19",
         ("last Oct. 23", "DATE", "1998-10-23")),
        # a year that modifies a noun after a possessive or a demonstrative
        ("It cut the company's 1989 operating results.", D, ("1989", "DATE", "1989")),
        ("That 1978 resolution calls for a withdrawal.", D, ("1978", "DATE", "1978")),
        ("It was his unsuccessful 1996 campaign.", D, ("1996", "DATE", "1996")),
        ("by the opening of the 2000 Olympics", "1998-02-13", ("2000", "DATE", "2000")),
        ("Earnings will fall in the last half of 1989.", D,
         ("the last half of 1989", "DATE", "1989-H2")),
        # "recent years": an open past, not a duration of some years
        ("Sales grew in recent years.", D, ("recent years", "DATE", "PAST_REF")),
        ("Sales grew in recent weeks.", D, ("recent weeks", "DURATION", "PXW")),
        # counted from an event the text does not date: a stretch of time, not a date
        ("Three days later, the index closed the gap.", D, ("Three days", "DURATION", "P3D")),
        ("A few days later, it announced cuts.", D, ("A few days", "DURATION", "PXD")),
        ("A day earlier, police had arrived.", D, ("A day", "DURATION", "P1D")),
        ("Help came over an hour later.", D, ("over an hour", "DURATION", "PT1H")),
        # ... and from the story's date when it has one
        ("He left on May 3, 2015. Three days later he returned.", D,
         ("Three days later", "DATE", "2015-05-06")),
        # "that year", "earlier that day": the story's own period
        ("It was founded in March 1995. Later that year it grew.", D,
         ("Later that year", "DATE", "1995")),
        ("He was shot on Oct. 23, 1998. Earlier that day, he had a call.", D,
         ("Earlier that day", "DATE", "1998-10-23")),
        # "a year ago" follows the month in focus; "41 years ago" is a year, not a month
        ("In December the rate was 5%, up from 3% a year ago.", "1999-12-20",
         ("a year ago", "DATE", "1998-12")),
        ("In December it marked the revolution of 41 years ago.", "2000-01-02",
         ("41 years ago", "DATE", "1959")),
        # the months of the year, a high for the year: the report's year
        ("Sales fell 4% in the first nine months of the year.", "1989-10-30",
         ("the year", "DATE", "1989")),
        ("The stock hit a high for the year of $42 in June.", "1989-10-30",
         ("the year", "DATE", "1989")),
    ],
)
def test_reporting_conventions(text: str, date: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, date)


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the past tense keeps a day of the year just gone in the report's year ...
        ("In the fiscal year ended Jan. 31, the retailer posted revenue of $12 million.",
         "1989-10-31", ("Jan. 31", "1989-01-31")),
        # ... and does not push a day a few weeks ahead back a year
        ("Directors authorized a split, payable Dec. 7 to holders of record.", "1989-10-27",
         ("Dec. 7", "1989-12-07")),
        # what is planned is still to come, whatever the tense of "planned"
        ("Protesters planned a large demonstration on Saturday.", "2000-01-07",
         ("Saturday", "2000-01-08")),
        ("Protesters held a large demonstration on Saturday.", "2000-01-07",
         ("Saturday", "2000-01-01")),
        # annual results reported early in the year are the last year's
        ("GM posted a loss of $10.6 billion for the entire year.", "2006-01-27",
         ("the entire year", "2005")),
        ("GM expects a profit for the full year.", "2006-01-27", ("the full year", "2006")),
        # reported future: "said he would travel Thursday"
        ("He said the father would be traveling to Washington Thursday.", "2000-04-05",
         ("Thursday", "2000-04-06")),
    ],
)
def test_tense_and_the_year_of_a_day(annotate: Callable[..., AnnotatedDoc], text: str,
                                     date: str, expected: tuple[str, str]) -> None:
    doc = annotate(text, date, stages=("nlp", "time"))
    assert expected in [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize(
    ("text", "date", "absent"),
    [
        # named events and adjectives are not times
        ("Markets marked the anniversary of Black Monday.", "2007-10-20", "Monday"),
        ("Voters turned out on Super Tuesday.", D, "Tuesday"),
        ("He spoke against the now-cancelled deal.", D, "now"),
        ("Iraq was ready. Now, he says, it looks different.", D, "Now"),
        # a short month name before a capitalised word is a name
        ("Ministers including Jan Kavan of the Czech Republic signed.", D, "Jan"),
        ("The last week of March was calm.", D, "The last week"),
        # fractions stay fractions
        ("Turnout was about a quarter of voters.", D, "about a quarter"),
        # counts before a plural noun, and numbers far from the report, are not years
        ("A further 1500 troops arrived.", D, "1500"),
        ("They own the remaining 1200 acre farm.", D, "1200"),
        # "that day" after a year names no day; "that year" with no year before it, none
        ("It began in 1987. On that day it rained.", D, "that day"),
        ("That year was hard.", D, "That year"),
        # "H2" without a year and a preposition may be hydrogen; visas and viruses are names
        ("The H2 pipeline opened.", D, "H2"),
        ("He holds an H1-B visa.", D, "H1"),
        ("A fiscal plan, FY and all, passed.", D, "FY"),
        # "the year" alone may be any year the story is about
        ("The year was hard for farmers.", D, "The year"),
        ("The year's results disappointed.", D, "The year"),
        ("It was the year of the flood.", D, "the year"),
    ],
)
def test_not_a_time(text: str, date: str, absent: str) -> None:
    assert absent not in [t for t, _, _ in values(text, date)]
