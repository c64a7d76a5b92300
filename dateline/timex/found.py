"""What a recognition rule returns, and the context it resolves against."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from dateline.timex.calendar import Period
from dateline.timex.patterns import CUE_REACH, FORWARD_CUE, UNTIL_CUE

# direction(start, end) → -1 (past), 0 (unknown/present), +1 (future), from the tense
Direction = Callable[[int, int], int]


def no_direction(start: int, end: int) -> int:
    return 0


def no_perfect(start: int, end: int) -> bool:
    return False


@dataclass(slots=True)
class Context:
    text: str
    dct: dt.date
    direction: Direction = no_direction
    upper: bool = False  # the text is in capitals: case tells nothing
    perfect: Callable[[int, int], bool] = no_perfect  # a present perfect governs (tense.py)
    _cache: dict[tuple[int, int], int] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> int:
        key = (start, end)
        if key not in self._cache:
            self._cache[key] = self.direction(start, end)
        return self._cache[key]

    def heading(self, start: int, end: int) -> int:
        """``tense``, unless a cue just before puts the expression ahead whatever the tense
        ("effective June 1", "as soon as Tuesday")."""
        if FORWARD_CUE.search(self.text, max(0, start - CUE_REACH), start):
            return 1
        if self.until_perfect(start, end):
            return 1  # "has extended the loans until Friday": the end still to come
        return self.tense(start, end)

    def until_perfect(self, start: int, end: int) -> bool:
        """ "until/through" a time, governed by a present perfect."""
        return UNTIL_CUE.search(self.text, max(0, start - CUE_REACH), start) is not None \
            and self.perfect(start, end)


@dataclass(frozen=True, slots=True)
class Found:
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    granularity: str
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    basis: str = "explicit"
    mod: str | None = None
    span: tuple[int, int] | None = None  # a narrower span than the regex match
    years_back: int = 0  # "a year earlier": re-anchor on the period the sentence is about
    story_shift: tuple[float, str] | None = None  # "two years later", "the following year":
    # (signed count, unit) from the story's last explicit date, when there is one
    fallback: Found | None = None  # what it is when the story has no date to count from
    story_reach: int | None = None  # count from the story's date only when it is this near
    focus: bool = True  # may be the period a later "a year earlier" counts back from
    in_year: int | None = None  # "the 1988 quarter": the period in focus, in that year
    floating: bool = False  # dated by the report only, for now (see clocks.date_floating)


def from_period(
    p: Period | None, basis: str, type_: str = "DATE", mod: str | None = None
) -> Found:
    """A DATE from a period; a period off the calendar gives value None, never a guess."""
    if p is None:
        return Found(type_, None, "unknown", basis=basis, mod=mod)
    return Found(type_, p.value, p.granularity, p.start, p.end, basis, mod or p.mod)


def reference(value: str, dct: dt.date, type_: str = "DATE") -> Found:
    """PRESENT_REF / PAST_REF / FUTURE_REF with the bounds the document date gives."""
    if value == "PAST_REF":
        return Found(type_, value, "unknown", None, dct, "relative")
    if value == "FUTURE_REF":
        return Found(type_, value, "unknown", dct, None, "relative")
    return Found(type_, value, "unknown", dct, dct, "relative")
