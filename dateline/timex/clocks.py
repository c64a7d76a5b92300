"""Times dated by the report only until the text says which day: a clock time takes the
day its sentence names ("made its first flight Tuesday ... at 18:00 UTC", "at 10:35 a.m.
(0735 GMT) Friday"); "the day" of a market report is the day the story last named ("On
Friday the index rose ..., ending the day at 8,017")."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.timex.found import Found

Item = tuple[int, int, int, Found]  # start, end, rule index, result (recognise.Candidate)

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+[A-Z\"'(]|\n")
_STORY_REACH = 600  # characters back to the day a story's "the day" means (about four sentences)


def date_floating(text: str, items: list[Item]) -> list[Item]:
    """Re-date each floating item to the day the text ties it to."""
    if not any(it[3].floating for it in items):
        return items
    days = [it for it in items if it[3].granularity in ("day", "time", "part_of_day")
            and it[3].value and it[3].start_date is not None and not it[3].floating]
    out: list[Item] = []
    for it in items:
        f = it[3]
        if f.floating and f.value:
            day = _sentence_day(text, it, days)
            if day is None and f.granularity != "time":  # not a clock: the story's day
                day = _story_day(it, days)
            if day is not None:
                it = (it[0], it[1], it[2], _on_day(f, day[3]))
        out.append(it)
    return out


def _on_day(f: Found, day: Found) -> Found:
    date = day.start_date.isoformat() if day.start_date else ""
    time_of_day = f.value.partition("T")[2] if f.value else ""
    value = f"{date}T{time_of_day}" if time_of_day else date
    return replace(f, value=value, start_date=day.start_date, end_date=day.start_date,
                   floating=False)


def _sentence_day(text: str, clock: Item, days: list[Item]) -> Item | None:
    """The nearest named day in the clock time's sentence, before or after it."""
    best: Item | None = None
    best_gap = len(text)
    for day in days:
        lo, hi = (day[1], clock[0]) if day[1] <= clock[0] else (clock[1], day[0])
        if hi < lo or _SENTENCE_END.search(text, lo, hi):
            continue
        if hi - lo < best_gap:
            best, best_gap = day, hi - lo
    return best


def _story_day(item: Item, days: list[Item]) -> Item | None:
    """The last day named shortly before."""
    before = [d for d in days if d[1] <= item[0] and item[0] - d[1] <= _STORY_REACH]
    return before[-1] if before else None
