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
        # a year written with two digits after an apostrophe and a preposition
        ("The index is at its lowest since '82.", D, ("'82", "DATE", "1982")),
        # a season without a preposition; one with its year spelled out
        ("Analysts say spring looks brighter.", D, ("spring", "DATE", "2024-SP")),
        ("The board holds its Winter meeting.", D, ("Winter", "DATE", "2024-WI")),
        ("Prices peaked in the winter of nineteen ninety-four.", D,
         ("winter of nineteen ninety-four", "DATE", "1994-WI")),
        # "effective" puts an undated day still to come, whatever the tense
        ("The board named a new chairman, effective Feb. 1.", "1989-10-26",
         ("Feb. 1", "DATE", "1990-02-01")),
        # a clock time takes the day its sentence names
        ("The jet made its first flight Tuesday in Seattle at 18:00 UTC.", D,
         ("18:00 UTC", "TIME", "2024-03-19T18:00Z")),
        ("The blast came at 10:35 a.m. (0735 GMT) Friday, police said.", D,
         ("10:35 a.m.", "TIME", "2024-03-22T10:35")),
        ("The index rose 3% at 14:58 UTC.", D, ("14:58 UTC", "TIME", "2024-03-24T14:58Z")),
        # "the day" of a market report is the day the story names
        ("On Friday the index rose 2%, ending the day at 8,017.", D,
         ("the day", "DATE", "2024-03-22")),
        ("Stocks rose on Friday despite weak jobs data for March. The index ended the day up.",
         D, ("the day", "DATE", "2024-03-22")),
        ("Shares rebounded late in the day after falling 3%.", D,
         ("the day", "DATE", "2024-03-24")),
        # a part of the day alone: of the day its sentence or story names, else the report's
        ("By mid afternoon, the shelling had stopped.", D,
         ("mid afternoon", "TIME", "2024-03-24TAF")),
        ("Hopes were dashed on Friday. Buyers returned in the morning.", D,
         ("the morning", "TIME", "2024-03-22TMO")),
        ("He will fly out at 4 in the morning.", D,
         ("4 in the morning", "TIME", "2024-03-24T04:00")),
        # the week that holds a date
        ("A hearing is set for the week of March 6.", D,
         ("the week of March 6", "DATE", "2024-W10")),
        # "the 1988 quarter" of an earnings report: the quarter in focus, in that year
        ("Profit rose in the third quarter from the 1988 quarter.", "1989-10-30",
         ("the 1988 quarter", "DATE", "1988-Q3")),
        ("Sales in the 1988 period were flat.", "1989-10-30", ("the 1988 period", "DATE", "1988")),
        # each end of a range is its own expression; the first takes the second's unit
        ("Shipments resume within two to three weeks.", D, ("two", "DURATION", "P2W")),
        ("The process takes between 60 and 90 days.", D, ("60", "DURATION", "P60D")),
        # a year in a list is still a year
        ("Attacks came in 1994, 1995 and 1997.", D, ("1995", "DATE", "1995")),
        # a weekday ending a headline is not part of the dateline below it
        ("Markets to stay closed until Friday\nMarch 24, 2024\nTrading is halted.", D,
         ("Friday", "DATE", "2024-03-22")),
        # with no tense to go by, a month seven months back beats one five months ahead
        ("The stock, at $29 in March, hit $42 by June.", "1989-10-30",
         ("March", "DATE", "1989-03")),
        ("The next round of talks is in February.", "1989-10-30",
         ("February", "DATE", "1990-02")),
        # "annual profit" is a year's profit: a duration, as "one-year" would be
        ("The carmaker posted its first annual loss since 1992.", D,
         ("annual", "DURATION", "P1Y")),
        ("Quarterly net income rose 5%.", D, ("Quarterly", "DURATION", "P3M")),
        ("Monthly sales fell.", D, ("Monthly", "DURATION", "P1M")),
        # a vague count of quarters is never a fraction
        ("It turned a profit after several quarters of losses.", D,
         ("several quarters", "DURATION", "PXQ")),
        # "an additional year" is one more year
        ("The loan may be extended for an additional year.", D,
         ("an additional year", "DURATION", "P1Y")),
        # extents (TimeML): a determiner of the noun a quarter modifies, a possessive, and a
        # preposition are not part of the expression
        ("It posted a third-quarter loss.", "1989-10-26", ("third-quarter", "DATE", "1989-Q3")),
        ("The third-quarter results were weak.", "1989-10-26",
         ("third-quarter", "DATE", "1989-Q3")),
        ("Its third quarter ended Sept. 30.", "1989-10-26", ("third quarter", "DATE", "1989-Q3")),
        ("The third quarter was weak.", "1989-10-26", ("The third quarter", "DATE", "1989-Q3")),
        ("Shops were shut over the weekend.", D, ("the weekend", "DATE", "2024-W12-WE")),
        ("He spoke of the two-week crisis.", D, ("two-week", "DURATION", "P2W")),
        ("Crowds came for the two day rally.", D, ("two day", "DURATION", "P2D")),
        ("He stayed the four days he had planned.", D, ("the four days", "DURATION", "P4D")),
        ("Talks go on over the next few days.", D, ("the next few days", "DURATION", "PXD")),
        ("The project ran over three years.", D, ("over three years", "DURATION", "P3Y")),
        # "just", "only", "barely" stay outside (TIMEX3 has no mod for them); "around",
        # "late", "earlier" are in, with their mod
        ("The vote took only six months.", D, ("six months", "DURATION", "P6M")),
        ("It fell just a decade ago.", D, ("a decade ago", "DATE", "2014")),
        ("The blast came around 7:15 p.m.", D, ("around 7:15 p.m.", "TIME", "2024-03-24T19:15")),
        ("Talks broke down late yesterday.", D, ("late yesterday", "DATE", "2024-03-23")),
        ("Markets fell earlier today.", D, ("earlier today", "DATE", "2024-03-24")),
        ("The deal should close around year end.", D, ("around year end", "DATE", "2024")),
        # "the end of last year" is last year's end; "the previous Friday" keeps its article
        ("Debt rose at the end of last year.", D, ("the end of last year", "DATE", "2023")),
        ("Prices were up from the previous Friday.", D,
         ("the previous Friday", "DATE", "2024-03-22")),
        ("Profit fell from the 1988 third quarter.", D,
         ("the 1988 third quarter", "DATE", "1988-Q3")),
        # an ordinal week of a month: the ISO week holding most of those seven days
        ("Sales fell in the last week of March.", "2009-04-01",
         ("the last week of March", "DATE", "2009-W13")),
        ("Talks resume in the first week of January 2010.", D,
         ("the first week of January 2010", "DATE", "2010-W01")),
        # "the same day" is the day the story last named
        ("Stocks rose on Friday. A report out the same day showed job losses.", D,
         ("the same day", "DATE", "2024-03-22")),
        # a half of a decade is the decade, narrowed
        ("Sales were flat in the last half of the '80s.", D,
         ("the last half of the '80s", "DATE", "198")),
        ("Rates soared in the first half of the 1970s.", D,
         ("the first half of the 1970s", "DATE", "197")),
        # a weekday joined to a plural one shares its "every"
        ("Ferries sail on Monday and Thursday nights.", D, ("Monday", "SET", "XXXX-WXX-1TNI")),
        ("The market opens Saturday and Sundays.", D, ("Saturday", "SET", "XXXX-WXX-6")),
    ],
)
def test_conventions(text: str, date: str, expected: tuple[str, str, str]) -> None:
    assert expected in values(text, date)


@pytest.mark.parametrize(
    "text",
    [
        "The firm cut about a quarter, of its dealers.",  # a fraction, not three months
        "Prices fall when demand drops.",  # "fall" the verb, not autumn
        "Protests recalled the Prague Spring.",  # a name, not a season
        "He said '82 was a good vintage.",  # no preposition: not a year
        "They recalled the morning of the attack.",  # a morning the event names
        "It cost 1,995 dollars.",  # a number with a thousands separator
        "The airline runs four flights a week.",  # a rate, not a stretch of time
        "She reads the evening news.",  # a programme, not a time
        "It was high noon for the coalition.",  # an idiom, not twelve o'clock
        "The board raised the quarterly dividend.",  # a payment, not a stretch of time
        "Shareholders met at the annual meeting.",  # an occasion, not a stretch of time
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


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a past verb may govern a month just ahead, as it may a day
        ("Regulators gave the bidder until mid-November to reply.", "1989-10-30",
         ("mid-November", "1989-11")),
        # but not one more than a quarter ahead
        ("The plant closed in June.", "1989-02-10", ("June", "1988-06")),
    ],
)
def test_past_verbs_and_months_ahead(annotate, text: str, date: str,
                                     expected: tuple[str, str]) -> None:
    doc = annotate(text, date, stages=("nlp", "time"))
    assert expected in [(t.text, t.value) for t in doc.times]



@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # a present perfect running up to a day or month: the end is still to come
        ("The lenders have extended the credit line through January.", "1989-10-30",
         ("January", "1990-01")),
        # ... but a month just past stays past: a year-to-date figure
        ("Sales have risen 5% this year through August.", "1989-10-30", ("August", "1989-08")),
        ("The court has adjourned the hearing until Friday.", "2024-03-20",
         ("Friday", "2024-03-22")),
        # but a past perfect ends before the report
        ("The embassy had stayed shut until Friday.", "2024-03-20", ("Friday", "2024-03-15")),
        # a participle as a state takes the time of the verb above it
        ("The ministry has decided to keep the schools closed until Monday.", "2024-03-20",
         ("Monday", "2024-03-25")),
    ],
)
def test_ends_still_to_come(annotate, text: str, date: str, expected: tuple[str, str]) -> None:
    doc = annotate(text, date, stages=("nlp", "time"))
    assert expected in [(t.text, t.value) for t in doc.times]
