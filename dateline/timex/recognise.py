"""Find temporal expressions in text and normalise them against the document date.

    find_times(text, dct, direction) → list[TimeRef]

Every rule's regular expression is compiled once per process. All matches of all rules
are collected; the longest wins where they overlap (earlier rule on a tie); then a clock
time next to a day merges into one TIME ("10 p.m. Wednesday").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from dateline.model import TimeRef
from dateline.timex import calendar as cal
from dateline.timex.clocks import date_floating
from dateline.timex.found import Context, Direction, Found, from_period, no_direction, no_perfect
from dateline.timex.names import in_name
from dateline.timex.rules_clock import CLOCK_RULES
from dateline.timex.rules_date import DATE_RULES
from dateline.timex.rules_frequency import FREQUENCY_RULES
from dateline.timex.rules_holiday import HOLIDAY_RULES
from dateline.timex.rules_period import PERIOD_RULES
from dateline.timex.rules_quarter import QUARTER_RULES
from dateline.timex.rules_relative import RELATIVE_RULES
from dateline.timex.scan import lowered, twin_finditer, twin_search

Handler = Callable[[re.Match[str], Context], Found | None]
Candidate = tuple[int, int, int, Found]  # start, end, rule index, result


_UNITS = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)"
_MONTHS = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# a rule runs only on texts where its trigger occurs: one cheap scan saves a costly one
TRIGGERS: dict[str, str] = {
    "vague": r"\b(?:coming|upcoming|recent|few|several)\s",
    "within": r"\b(?:earlier|later|early|late)\s+(?:this|last|next|in)\b",
    "ago": r"\b(?:ago|earlier|before|later|after|hence|from\s+now|back)\b",
    "duration": _UNITS, "bare_plural": _UNITS, "every": r"\b(?:every|each|per|a)\s",
    "unit_long": r"-long", "range_start": _UNITS,
    "century": r"centur", "decade": r"\d0'?s\b|ties\b",
    "season": r"\b(?:spring|summer|fall|autumn|winter)\b",
    "month_day": _MONTHS, "day_month": _MONTHS, "month_year": _MONTHS, "month": _MONTHS,
    "quarter": r"quarter", "year_quarter": r"quarter", "bare_quarter": r"quarter",
    "half": r"half", "q_code": r"Q[1-4]", "year_earlier": r"year-",
    "report_code": r"(?:h[12]|[1-4][hq]|fy)",
    "clock": r"\d\s*[ap]\.?m|\d\s+in\s+the\s+(?:mor|aft|eve)|noon|midnight|midday",
    "clock24": r"\d:\d\d", "oclock": r"o['’]clock",
    "weekday": r"day", "weekend": r"weekend", "end_of_period": r"end|beginning|start|middle",
    "two_away": r"before\s+last|after\s+next", "spelled_year": r"nineteen|eighteen|thousand",
    "holiday": r"(?:mas|day|ween|easter|thanksgiving|s\s+eve)\b",
    "iso": r"\d[-/]\d", "slashed": r"\d[/.]\d\d?[/.]\d\d", "year": r"\d{4}",
    "military": r"\d{4}\s*(?:UTC|GMT|Z)\b", "latest_period": r"period",
    "same_period": r"\bago\b|earlier|before|year\b", "report_year": r"year",
    "quarter_ended": r"quarter", "recent": r"recent\s", "summed_over": r"(?:ual|rly|hly|kly)\s",
    "the_day": r"the\s+day", "same_day": r"same\s+day",
    "nth_day": r"(?:th|nd|rd|st)\s+(?:\w+\s+)?day", "stretch_ahead": r"s\s+ahead",
    "a_while": r"\ba\s+(?:\w+\s+){0,2}(?:while|time|period)",
    "opening_stretch": r"the\s+(?:first|early|earliest|opening|final|closing|dying)\s+"  # "the"
                       r"(?:hour|day|week|month|year)s\b",  # first: a literal, a fast scan
    "that_period": r"that\s+(?:year|month|week|day)", "that_time": r"that\s+time",
    "unit_before": r"(?:day|week|month|year)\s+(?:before|after|previous|earlier|later|prior|prec)",
    "that_part_of_day": r"(?:that|next|following|previous|preceding)\s+(?:mor|aft|eve|nig)",
}


@lru_cache(maxsize=1)
def rule_table() -> tuple[tuple[str, re.Pattern[str], Handler, re.Pattern[str] | None], ...]:
    """(name, pattern, handler, trigger), in priority order for equal-length matches."""
    order = ["vague", "within", "ago", "relative_unit", "every"]
    rules = (RELATIVE_RULES + CLOCK_RULES + FREQUENCY_RULES + PERIOD_RULES + DATE_RULES
             + QUARTER_RULES + HOLIDAY_RULES)
    rules.sort(key=lambda r: order.index(r[0]) if r[0] in order else len(order))
    return tuple(
        (name, re.compile(src, re.IGNORECASE), handler,  # type: ignore[misc]
         re.compile(TRIGGERS[name], re.IGNORECASE) if name in TRIGGERS else None)
        for name, src, handler in rules
    )


@lru_cache(maxsize=1)
def twin_table() -> tuple[tuple[re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """Each rule's pattern and trigger as exact twins for lower-cased ASCII text (scan.py)."""
    return tuple(
        (lowered(pattern), None if trigger is None else lowered(trigger))
        for _, pattern, _, trigger in rule_table()
    )


def candidates(ctx: Context) -> list[Candidate]:
    found: list[Candidate] = []
    text = ctx.text
    low = text.lower() if text.isascii() else None  # ASCII: scan with the exact twins
    present: dict[re.Pattern[str], bool] = {}  # rules share triggers: search each once
    for index, ((name, pattern, handler, trigger), (twin, trigger_twin)) in enumerate(
        zip(rule_table(), twin_table(), strict=True)
    ):
        if trigger is not None:
            if trigger not in present:
                present[trigger] = twin_search(trigger, trigger_twin, text, low)
            if not present[trigger]:
                continue
        for m in twin_finditer(pattern, twin, text, low):
            if m.end() == m.start():
                continue
            try:
                result = handler(m, ctx)
            except (ValueError, OverflowError, KeyError, IndexError):
                result = Found("DATE", None, "unknown")  # a timex we cannot place in time
            if result is not None:
                start, end = result.span or m.span()
                if name == "holiday" or not in_name(text, start, end, ctx.upper):
                    found.append((start, end, index, result))
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Longest first, then earliest rule; keep the ones that overlap nothing kept."""
    taken: list[Candidate] = []
    occupied: list[tuple[int, int]] = []
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[2], c[0])):
        s, e = cand[0], cand[1]
        if all(e <= os or s >= oe for os, oe in occupied):
            taken.append(cand)
            occupied.append((s, e))
    return sorted(taken, key=lambda c: c[0])


_JOIN = re.compile(r"\s*(?:,\s*|\s+on\s+|\s+at\s+|\s+)?", re.IGNORECASE)


def _joinable(text: str, a: Candidate, b: Candidate) -> bool:
    gap = text[a[1]:b[0]]
    return len(gap) <= 5 and _JOIN.fullmatch(gap) is not None


def merge_clock(text: str, items: list[Candidate]) -> list[Candidate]:
    """ "10 p.m. Wednesday", "Friday at 3:30 p.m." → one TIME on that day."""
    out: list[Candidate] = []
    for cand in items:
        prev = out[-1] if out else None
        if prev is not None and _joinable(text, prev, cand):
            merged = _merge_pair(prev[3], cand[3])
            if merged is not None:
                out[-1] = (prev[0], cand[1], prev[2], merged)
                continue
        out.append(cand)
    return out


def _merge_pair(a: Found, b: Found) -> Found | None:
    clock, day = (a, b) if a.granularity == "time" else (b, a)
    if clock.granularity != "time" or day.granularity != "day" or not day.value:
        return None
    if not clock.value:
        return clock
    hhmm = clock.value.partition("T")[2]
    return Found("TIME", f"{day.value}T{hhmm}", "time", day.start_date, day.end_date,
                 day.basis, clock.mod or day.mod)


def find_times(
    text: str, dct: dt.date, direction: Direction = no_direction,
    perfect: Callable[[int, int], bool] = no_perfect,
) -> list[TimeRef]:
    """All temporal expressions in ``text``, normalised against the document date."""
    ctx = Context(text=text, dct=dct, direction=direction, upper=in_capitals(text),
                  perfect=perfect)
    items = day_beside(text, merge_clock(text, select(candidates(ctx))))
    items = date_floating(text, reanchor(text, sibling_days(text, items)))
    return [_to_ref(text, s, e, f) for s, e, _, f in items]


_DAY_BESIDE = re.compile(r"\bthe\s+day\s+(before|after)\s+$", re.IGNORECASE)


def day_beside(text: str, items: list[Candidate]) -> list[Candidate]:
    """ "the day before last Tuesday's hearing", "the day after Christmas": one day from the
    day named, the whole phrase one expression."""
    out: list[Candidate] = []
    for cand in items:
        f, day = cand[3], cand[3].start_date
        m = _DAY_BESIDE.search(text, max(0, cand[0] - 20), cand[0]) if (
            f.type == "DATE" and f.granularity == "day" and day is not None) else None
        if m is not None and day is not None and (not out or out[-1][1] <= m.start()):
            d = cal.shift_days(day, 1 if m[1].lower() == "after" else -1)
            if d is not None:
                cand = (m.start(), cand[1], cand[2], from_period(cal.of_date(d), "relative"))
        out.append(cand)
    return out


# not a count ("March 5 and 8 others", "and 6 percent"), a clock time or a decimal
_NEXT_DAY = re.compile(r"\s*(?:-|–|to|and|or|through|until)\s*(\d{1,2})\b(?![.,:/]?\d|\s*(?:%|[ap]"
                       r"\.?m\b|percent|million|billion|[A-Z][a-z]|[a-z]+s\b|of\b|more\b))"
                       r"(?:,?\s+(\d{4})\b)?")
_PREVIOUS_DAY = re.compile(r"\b(\d{1,2})\s*(?:-|–|to|and|or)\s*$")


def sibling_days(text: str, items: list[Candidate]) -> list[Candidate]:
    """ "April 24 and 25", "March 3-5", "3 to 5 March": the bare number is a day of the same
    month, its own expression (as TIMEX3 annotates each end of a range)."""
    out: list[Candidate] = []
    for i, cand in enumerate(items):
        if out and cand[0] < out[-1][1]:
            continue  # the year a day before took in ("April 24 and 25, 2019")
        f = cand[3]
        out.append(cand)
        if f.granularity != "day" or f.start_date is None:
            continue
        own = text[cand[0]:cand[1]]
        nxt = items[i + 1][0] if i + 1 < len(items) else len(text)
        after = _NEXT_DAY.match(text, cand[1])
        if after is not None and after.start(1) < nxt and _ENDS_WITH_DAY.search(own):
            if after[2] and f.basis != "explicit":  # "April 24 and 25, 2019": both that year
                year = cal.day(int(after[2]), f.start_date.month, f.start_date.day)
                f = from_period(year, "explicit") if year is not None else f
                out[-1] = (cand[0], cand[1], cand[2], f)
            day = _same_month(f, int(after[1]), later=True)
            if day is not None:
                out.append((after.start(1), after.end(), cand[2], day))
        prev = out[-2][1] if len(out) > 1 else 0
        before = _PREVIOUS_DAY.search(text, max(prev, cand[0] - 8), cand[0])
        if before is not None and _STARTS_WITH_DAY.match(own):
            day = _same_month(f, int(before[1]), later=False)
            if day is not None:
                out.insert(len(out) - 1, (before.start(1), before.end(1), cand[2], day))
    return out


_ENDS_WITH_DAY = re.compile(r"[A-Za-z.]\s*\d{1,2}(?:st|nd|rd|th)?$")  # "April 24", not a year
_STARTS_WITH_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]")  # "5 March"


def _same_month(f: Found, dom: int, later: bool) -> Found | None:
    first = f.start_date
    if first is None or (dom <= first.day if later else dom >= first.day):
        return None
    try:
        d = first.replace(day=dom)
    except ValueError:
        return None
    return replace(from_period(cal.of_date(d), f.basis), focus=False)


_ASCII_UPPER = bytes(range(65, 91))
_ASCII_LETTERS = _ASCII_UPPER + bytes(range(97, 123))


def in_capitals(text: str) -> bool:
    """More than 60% of the letters are capitals (a wire headline, a cable in capitals).
    ASCII text is counted by deleting bytes in C, not a letter at a time in Python."""
    if text.isascii():
        raw = text.encode("ascii")
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER))
        alpha = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    else:
        upper = sum(c.isupper() for c in text)
        alpha = sum(c.isalpha() for c in text)
    return upper > 0.6 * max(alpha, 1)


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z\"]|\n")


def reanchor(text: str, items: list[Candidate]) -> list[Candidate]:
    """ "Profit in the third quarter rose from a year earlier": the same quarter, a year back.

    A "year earlier/ago" takes the granularity of the month or half that the sentence is
    about, or of the quarter an earnings report is about, when one comes before it."""
    out: list[Candidate] = []
    focus: Candidate | None = None
    story: Found | None = None  # the last explicit calendar date: "two years later" counts on
    story_end = 0
    for cand in items:
        f = cand[3]
        if f.story_shift is not None:
            near = f.story_reach is None or cand[0] - story_end <= f.story_reach
            moved = None if story is None or not near else _after(story, *f.story_shift)
            if moved is not None and f.mod and moved.mod is None:
                moved = replace(moved, mod=f.mod)  # "later in the month": its end
            if (moved is not None and f.value is None
                    and moved.granularity != f.story_shift[1].partition(":")[0]
                    and f.story_shift[1] != "story"):
                moved = None  # "that day" after "in 1987": no day to name
            if moved is not None:
                f = moved
                cand = (cand[0], cand[1], cand[2], moved)
            elif f.fallback is not None:
                f = f.fallback
                start, end = f.span or (cand[0], cand[1])
                cand = (start, end, cand[2], f)
            elif f.value is None:
                continue  # "that year" with no year in the story before it: nothing to say
        if f.type == "DATE" and f.granularity in _STORY and not f.years_back:
            # (not "profit rose from a year ago": a comparison, not the story's time)
            story, story_end = f, cand[1]
        if (focus is not None and focus[3].granularity != "quarter"
                and _SENTENCE_BREAK.search(text, focus[1], cand[0])):
            focus = None  # a month is in focus for its sentence; a reporting quarter for longer
        if (f.years_back or f.in_year) and focus is not None:
            moved = _back(focus[3], f.years_back, f.in_year)
            if moved is not None:
                cand = (cand[0], cand[1], cand[2], moved)
        elif (f.granularity in ("quarter", "month", "half") and f.value and not f.years_back
              and f.focus):
            focus = cand
        out.append(cand)
    return out


_STORY = frozenset({"day", "week", "month", "quarter", "year"})


def _after(story: Found, count: float, unit: str) -> Found | None:
    """ "two years later" after the story's last explicit date, at the unit's granularity."""
    start = story.start_date
    if start is None or count != int(count) or unit in ("second", "minute", "hour"):
        return None
    if unit == "story":  # "by that time": the story's own date
        return from_period(cal.containing(start, story.granularity), "relative")
    if unit.startswith("part_of_day:"):  # "that night", "the next morning": part of that day
        day = _after(story, count, "day")
        if day is None or day.granularity != "day" or day.start_date is None:
            return None
        return Found("TIME", f"{day.value}T{unit[12:]}", "part_of_day", day.start_date,
                     day.end_date, "relative")
    if unit.startswith("weekday"):  # "the previous Friday": the Friday before the story's day
        if story.granularity != "day":
            return None
        wd = int(unit[7:])
        gap = ((wd - start.weekday()) if count > 0 else (start.weekday() - wd)) % 7 or 7
        moved = cal.shift_days(start, gap if count > 0 else -gap)
        return None if moved is None else from_period(cal.of_date(moved), "relative")
    n = int(count)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months:
        ym = cal.shift_months(start, n * months)
        moved = None if ym is None else dt.date(ym[0], ym[1], 1)
        gran = "month" if unit == "month" else "quarter" if unit == "quarter" else "year"
    else:
        moved = cal.shift_days(start, n * (7 if unit in ("week", "fortnight") else 1))
        gran = "week" if unit in ("week", "fortnight") else "day"
    if moved is None:
        return None
    order = ["day", "week", "weekend", "month", "quarter", "year"]
    if gran in order and order.index(gran) < order.index(story.granularity):
        gran = story.granularity  # "a week later" after "in 2015": no finer than the anchor
    return from_period(cal.containing(moved, gran), "relative")


def _back(focus: Found, years: int, in_year: int | None = None) -> Found | None:
    start = focus.start_date
    if start is None or not focus.value:
        return None
    y, q = start.year - years if in_year is None else in_year, (start.month - 1) // 3 + 1
    if focus.granularity == "quarter":
        p = cal.quarter(y, q)
    elif focus.granularity == "month":
        p = cal.month(y, start.month)
    else:
        p = cal.half(y, 1 if q <= 2 else 2)
    return None if p is None else from_period(p, "relative")


def _to_ref(text: str, start: int, end: int, f: Found) -> TimeRef:
    return TimeRef(
        text=text[start:end], type=f.type, value=f.value, granularity=f.granularity,
        date_start=f.start_date, date_end=f.end_date, basis=f.basis, start=start, end=end,
        mod=f.mod,
    )
