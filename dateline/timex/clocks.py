"""A clock time with no day of its own takes the day its sentence names: "made its first
flight Tuesday ... at 18:00 UTC", "occurred at 10:35 a.m. (0735 GMT) Friday"."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.timex.found import Found

Item = tuple[int, int, int, Found]  # start, end, rule index, result (recognise.Candidate)

_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+[A-Z\"'(]|\n")


def date_clocks(text: str, items: list[Item]) -> list[Item]:
    """Re-date each floating clock time to the nearest named day in the same sentence."""
    if not any(it[3].floating for it in items):
        return items
    days = [it for it in items if it[3].type == "DATE" and it[3].granularity == "day"
            and it[3].value]
    out: list[Item] = []
    for it in items:
        f = it[3]
        day = _nearest_day(text, it, days) if f.floating and f.value else None
        if day is not None and f.value is not None:
            d = day[3]
            value = f"{d.value}T{f.value.partition('T')[2]}"
            it = (it[0], it[1], it[2], replace(f, value=value, start_date=d.start_date,
                                                 end_date=d.end_date, floating=False))
        out.append(it)
    return out


def _nearest_day(text: str, clock: Item, days: list[Item]) -> Item | None:
    best: Item | None = None
    best_gap = len(text)
    for day in days:
        lo, hi = (day[1], clock[0]) if day[1] <= clock[0] else (clock[1], day[0])
        if hi < lo or _SENTENCE_END.search(text, lo, hi):
            continue
        if hi - lo < best_gap:
            best, best_gap = day, hi - lo
    return best
