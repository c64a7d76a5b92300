"""Calendar arithmetic for TIMEX3 values: each period has a value, a granularity and
inclusive bounds. Every constructor returns ``None`` rather than inventing a date when
the arithmetic leaves the calendar (year 0, day 45, overflow past 9999)."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from dataclasses import dataclass, replace

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


@dataclass(frozen=True, slots=True)
class Period:
    value: str
    granularity: str
    start: dt.date | None
    end: dt.date | None
    mod: str | None = None


def valid_year(year: int) -> bool:
    return 1 <= year <= 9999


def day(year: int, month: int, dom: int) -> Period | None:
    try:
        d = dt.date(year, month, dom)
    except (ValueError, OverflowError):
        return None
    return Period(d.isoformat(), "day", d, d)


def of_date(d: dt.date | None) -> Period | None:
    return None if d is None else Period(d.isoformat(), "day", d, d)


def month(year: int, mon: int) -> Period | None:
    if not valid_year(year) or not 1 <= mon <= 12:
        return None
    last = monthrange(year, mon)[1]
    return Period(f"{year:04d}-{mon:02d}", "month", dt.date(year, mon, 1), dt.date(year, mon, last))


def year(y: int) -> Period | None:
    if not valid_year(y):
        return None
    return Period(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))


def decade(first_year: int) -> Period | None:
    if not valid_year(first_year) or not valid_year(first_year + 9):
        return None
    return Period(
        f"{first_year // 10:03d}", "decade", dt.date(first_year, 1, 1),
        dt.date(first_year + 9, 12, 31),
    )


def century(hundreds: int) -> Period | None:
    """``hundreds`` = 19 for the 1900s (the twentieth century, TIMEX3 value "19")."""
    first = max(hundreds * 100, 1)
    if not valid_year(first) or not valid_year(hundreds * 100 + 99):
        return None
    return Period(
        f"{hundreds:02d}", "century", dt.date(first, 1, 1), dt.date(hundreds * 100 + 99, 12, 31)
    )


def quarter(y: int, q: int) -> Period | None:
    if not valid_year(y) or not 1 <= q <= 4:
        return None
    end_month = q * 3
    return Period(
        f"{y:04d}-Q{q}", "quarter", dt.date(y, end_month - 2, 1),
        dt.date(y, end_month, monthrange(y, end_month)[1]),
    )


def half(y: int, h: int) -> Period | None:
    if not valid_year(y) or h not in (1, 2):
        return None
    return Period(
        f"{y:04d}-H{h}", "half", dt.date(y, 6 * h - 5, 1), dt.date(y, 6 * h, 30 + (h == 2))
    )


def season(y: int, code: str) -> Period | None:
    if not valid_year(y):
        return None
    if code == "WI":  # winter spans the turn of the year: December to February
        if not valid_year(y + 1):
            return None
        return Period(f"{y:04d}-WI", "season", dt.date(y, 12, 1), dt.date(y + 1, 3, 1)
                      - dt.timedelta(days=1))
    first, last = SEASON_MONTHS[code]
    return Period(
        f"{y:04d}-{code}", "season", dt.date(y, first, 1),
        dt.date(y, last, monthrange(y, last)[1]),
    )


def week(d: dt.date) -> Period | None:
    iso_year, iso_week, iso_day = d.isocalendar()
    try:
        monday = d - dt.timedelta(days=iso_day - 1)
        sunday = monday + dt.timedelta(days=6)
    except OverflowError:
        return None
    return Period(f"{iso_year:04d}-W{iso_week:02d}", "week", monday, sunday)


def weekend(d: dt.date) -> Period | None:
    wk = week(d)
    if wk is None or wk.end is None:
        return None
    return Period(wk.value + "-WE", "weekend", wk.end - dt.timedelta(days=1), wk.end)


def shift_days(d: dt.date, n: int) -> dt.date | None:
    try:
        out = d + dt.timedelta(days=n)
    except OverflowError:
        return None
    return out


def shift_months(d: dt.date, n: int) -> tuple[int, int] | None:
    """(year, month) ``n`` months from ``d``; None off the calendar."""
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return (y, m + 1) if valid_year(y) else None


def narrow(p: Period, mod: str | None) -> Period:
    """Narrow the bounds for START/MID/END (thirds of the period); the value stays."""
    if mod is None or p.start is None or p.end is None:
        return replace(p, mod=mod)
    span = (p.end - p.start).days + 1
    third = max(span // 3, 1)
    if mod == "START":
        return replace(p, end=p.start + dt.timedelta(days=third - 1), mod=mod)
    if mod == "END":
        return replace(p, start=p.end - dt.timedelta(days=third - 1), mod=mod)
    if mod == "MID":
        return replace(
            p, start=p.start + dt.timedelta(days=third),
            end=p.end - dt.timedelta(days=third), mod=mod,
        )
    return replace(p, mod=mod)


def containing(d: dt.date, granularity: str) -> Period | None:
    """The period of the given granularity that contains ``d``."""
    makers = {
        "day": lambda: of_date(d),
        "week": lambda: week(d),
        "weekend": lambda: weekend(d),
        "month": lambda: month(d.year, d.month),
        "quarter": lambda: quarter(d.year, (d.month - 1) // 3 + 1),
        "half": lambda: half(d.year, 1 if d.month <= 6 else 2),
        "year": lambda: year(d.year),
        "decade": lambda: decade(d.year - d.year % 10),
        "century": lambda: century(d.year // 100),
    }
    maker = makers.get(granularity)
    return maker() if maker else None


def shifted(anchor: dt.date, granularity: str, n: int) -> Period | None:
    """The period ``n`` units of ``granularity`` away from the one containing ``anchor``."""
    if granularity in ("day",):
        moved = shift_days(anchor, n)
    elif granularity in ("week", "weekend"):
        moved = shift_days(anchor, 7 * n)
    elif granularity in ("month", "quarter", "half", "year", "decade", "century"):
        months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120,
                  "century": 1200}[granularity]
        ym = shift_months(anchor, n * months)
        moved = None if ym is None else dt.date(ym[0], ym[1], 1)
    else:
        return None
    return None if moved is None else containing(moved, granularity)
