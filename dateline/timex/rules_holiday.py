"""Named days ("Christmas", "Thanksgiving", "Easter"): fixed dates, n-th weekdays, Easter."""

from __future__ import annotations

import datetime as dt
import re

from dateline.timex import calendar as cal
from dateline.timex.found import Context, Found, from_period

# name → (month, day) for fixed dates, or (month, -n, weekday) for the n-th weekday
# (n = 5: the last one)
FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "boxing day": (12, 26),
}
NTH: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 3), "thanksgiving day": (11, 4, 3), "labor day": (9, 1, 0),
    "memorial day": (5, 5, 0), "martin luther king day": (1, 3, 0),
}


def nth_weekday(year: int, month: int, n: int, weekday: int) -> dt.date | None:
    if not cal.valid_year(year):
        return None
    first = dt.date(year, month, 1)
    d = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    while d.month != month:  # n = 5 asks for the last one
        d -= dt.timedelta(days=7)
    return d


def easter(year: int) -> dt.date | None:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    if not cal.valid_year(year):
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(name: str, year: int) -> dt.date | None:
    if name == "election day":  # the US one: the Tuesday after the first Monday in November
        monday = nth_weekday(year, 11, 1, 0)
        return None if monday is None else monday + dt.timedelta(days=1)
    if name in FIXED:
        p = cal.day(year, *FIXED[name])
        return None if p is None else p.start
    if name in NTH:
        return nth_weekday(year, *NTH[name])
    return easter(year)


def holiday(m: re.Match[str], ctx: Context) -> Found | None:
    name = " ".join(m["name"].lower().replace("’", "'").split())
    if name == "election day" and not m["name"][0].isupper():
        return None  # "on election day" in lower case: any country's vote, not the US date
    if m["y"]:
        return from_period(cal.of_date(holiday_date(name, int(m["y"]))), "explicit")
    this = holiday_date(name, ctx.dct.year)
    if this is None:
        return from_period(None, "relative")
    gap = (this - ctx.dct).days
    direction = ctx.tense(m.start(), m.end())
    year = ctx.dct.year
    rel = (m["rel"] or "").lower()
    # as for a day of the month: the tense decides past a month away, and without a tense
    # the nearer of the two ("found on Thanksgiving Day" in a January report: November's)
    if (gap > 31 and direction < 0) or (gap > 183 and direction == 0 and not rel) or (
            rel == "last" and gap >= 0):
        year -= 1
    elif (gap < -31 and direction > 0) or (gap < -183 and direction == 0 and not rel) or (
            rel == "next" and gap <= 0):
        year += 1
    return from_period(cal.of_date(holiday_date(name, year)), "relative")


_NAMES = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+").replace("'", "['’]")
                          for n in [*FIXED, *NTH, "election day", "easter sunday", "easter"]),
                         key=len, reverse=True))
HOLIDAY_RULES = [
    ("holiday", rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{_NAMES})\b(?:,?\s+(?P<y>\d{{4}})\b)?",
     holiday),
]
