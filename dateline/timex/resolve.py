"""Anchoring underspecified expressions ("Friday", "March", "the third quarter") to the
document date, in the direction the tense gives."""

from __future__ import annotations

import datetime as dt

from dateline.timex import calendar as cal
from dateline.timex.lexicon import MONTHS, NUMBERS, ORDINALS, VAGUE_NUMBERS

BACKWARD = frozenset({"last", "past", "this past", "previous"})
FORWARD = frozenset({"next", "coming", "this coming", "following"})


def norm_rel(rel: str | None) -> str | None:
    return " ".join(rel.lower().split()) if rel else None


def pick_year(idx: tuple[int, ...], cur: tuple[int, ...], y: int, direction: int,
              rel: str | None) -> int:
    """Which year a month/season/quarter/day-of-year without a year falls in."""
    rel = norm_rel(rel)
    if rel in BACKWARD:
        return y if idx < cur else y - 1
    if rel in FORWARD:
        return y if idx > cur else y + 1
    if rel == "this":
        return y
    if direction < 0 and idx > cur:
        return y - 1
    if direction > 0 and idx < cur:
        return y + 1
    return y


def weekday_date(dct: dt.date, wd: int, rel: str | None, direction: int) -> dt.date | None:
    """The date of a weekday: the most recent one unless the words or tense say future."""
    rel = norm_rel(rel)
    back = (dct.weekday() - wd) % 7
    fwd = (wd - dct.weekday()) % 7
    if rel in BACKWARD:
        return cal.shift_days(dct, -(back or 7))
    if rel in FORWARD:
        return cal.shift_days(dct, fwd or 7)
    if (rel == "this" and direction >= 0) or direction > 0:
        return cal.shift_days(dct, fwd)
    return cal.shift_days(dct, -back)


def month_number(word: str) -> int | None:
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTHS.get(w[:3])


def number(word: str) -> float | None:
    """A count from digits or words; None for vague counts ("several")."""
    w = " ".join(word.lower().split())
    for half in (" 1/2", "½"):  # "2 1/2 years", "5½ hours"
        if w.endswith(half) and w[: -len(half)].strip().isdigit():
            return int(w[: -len(half)]) + 0.5
    if w.endswith(" and a half"):
        whole = number(w[: -len(" and a half")])
        return None if whole is None else whole + 0.5
    if w in VAGUE_NUMBERS:
        return None
    if w in NUMBERS:
        return NUMBERS[w]
    if "-" in w or " " in w:
        tens, _, unit = w.replace("-", " ").partition(" ")
        if tens in NUMBERS and unit in NUMBERS:
            return NUMBERS[tens] + NUMBERS[unit]
    try:
        return float(w.replace(",", ""))
    except ValueError:
        return None


def ordinal(word: str) -> int | None:
    w = word.lower()
    if w[:-2].isdigit():
        return int(w[:-2])
    return ORDINALS.get(w)


def two_digit_year(yy: int, dct: dt.date) -> int:
    """'98 → 1998 in a 2000 report; '15 → 2015 in a 2024 one (the nearest past century)."""
    century = dct.year - dct.year % 100
    y = century + yy
    return y - 100 if y > dct.year + 10 else y
