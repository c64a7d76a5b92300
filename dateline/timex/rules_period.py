"""Rules for the periods news reports measure against: "the same period last year",
"the full year", "the year ended", "the quarter ended July 31", the day a market "ended",
the codes of financial reports ("H2 2023", "3Q09", "FY23"); and the story's own times
("that year", "that night", "the next morning", "by that time")."""

from __future__ import annotations

import re

from dateline.timex import calendar as cal
from dateline.timex.found import Context, Found, from_period
from dateline.timex.lexicon import PARTS_OF_DAY
from dateline.timex.patterns import MON
from dateline.timex.resolve import month_number, pick_year, two_digit_year


def same_period(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the same period last year": the period in focus, a year back (see recognise.reanchor);
    last year when the text names no period."""
    p = cal.year(ctx.dct.year - 1)
    if "quarter" in m[0].lower():  # with no quarter in focus: the last one reported
        last = cal.shifted(ctx.dct, "quarter", -1)
        if last is not None and last.start is not None:
            p = cal.quarter(last.start.year - 1, (last.start.month - 1) // 3 + 1)
    found = from_period(p, "relative")
    return Found(found.type, found.value, found.granularity, found.start_date, found.end_date,
                 found.basis, years_back=1)


_PART_OF = re.compile(r"\b(?:months|quarters|weeks)\s+of\s+$", re.IGNORECASE)


def report_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "for the full year", "in the current fiscal year": the report's own year; "the year
    ended March 31" is twelve months counted back from a day, a duration."""
    if m["ended"]:
        return Found("DURATION", "P1Y", "duration", basis="explicit",
                     span=(m.start("x"), m.end("x")))
    pre = (m["pre"] or "").strip().lower()
    if not m["q"] and pre != "for" and not _PART_OF.search(ctx.text, max(0, m.start() - 14),
                                                         m.start()):
        return None  # "the year" alone is any year the story is about; "for the year", "the
        # first nine months of the year" are the report's
    year = ctx.dct.year
    if ctx.dct.month <= 2 and ctx.tense(m.start("x"), m.end("x")) < 0:
        year -= 1  # "posted a loss for the full year", reported in January: the year just ended
    found = from_period(cal.year(year), "relative")
    return Found(found.type, found.value, found.granularity, found.start_date, found.end_date,
                 found.basis, span=(m.start("x"), m.end("x")))


def the_day(m: re.Match[str], ctx: Context) -> Found | None:
    """ "stocks ended the day higher", "late in the day", "on the same day": the day the story
    last named (see clocks.date_floating), else the day of the report."""
    found = from_period(cal.of_date(ctx.dct), "relative")
    return Found(found.type, found.value, found.granularity, found.start_date, found.end_date,
                 found.basis, span=(m.start("x"), m.end("x")), floating=True)


def that_period(m: re.Match[str], ctx: Context) -> Found | None:
    """ "that year", "later that day": the story's own period (see recognise.reanchor);
    dropped when the story has no date before it."""
    unit = m["u"].lower()
    return Found("DATE", None, "unknown", basis="relative", story_shift=(0, unit))


def that_time(m: re.Match[str], ctx: Context) -> Found | None:
    """ "by that time", "until that time": the date the story last named, if near before;
    dropped otherwise ("during that time" may be a stretch: left alone)."""
    return Found("DATE", None, "unknown", basis="relative", story_shift=(0, "story"),
                 story_reach=300, span=(m.start("x"), m.end()))


# the two rules below match a plain word (a fast literal scan) and look around it here
_BY_BEFORE = re.compile(r"(?:^|\W)(?:by|until|till)\s+$", re.IGNORECASE)
_AS_BEFORE = re.compile(r"(?:^|\W)(?:as|than)\s+$", re.IGNORECASE)
_CLAUSE_AFTER = re.compile(r"\s*(?:[.,;:!?)\"']|$)|\s+(?:and|but|or)\b", re.IGNORECASE)
_THIS_UNIT = re.compile(r"\bthis\s+(year|month|week|quarter)\b[^.;:!?]*$", re.IGNORECASE)


def then_point(m: re.Match[str], ctx: Context) -> Found | None:
    """ "until then", "by then": the end point is the date the story just named; dropped when
    it names none near before ("and then", "then he left" are not times)."""
    if not _BY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    return Found("DATE", None, "unknown", basis="relative", story_shift=(0, "story"),
                 story_reach=300)


def elided_last(m: re.Match[str], ctx: Context) -> Found | None:
    """ "twice as much this year as last": the unit named before, one back."""
    if not (_AS_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start())
            and _CLAUSE_AFTER.match(ctx.text, m.end())):
        return None
    unit = _THIS_UNIT.search(ctx.text, max(0, m.start() - 80), m.start())
    if unit is None:
        return None
    found = from_period(cal.shifted(ctx.dct, unit[1].lower(), -1), "relative")
    return Found(found.type, found.value, found.granularity, found.start_date, found.end_date,
                 found.basis)


def opening_stretch(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the first hours of an offensive", "in its early years": a stretch of unknown
    length at one end of something (not "the first days after the war", dated by the war)."""
    letter = {"hour": "TXH", "day": "XD", "week": "XW", "month": "XM", "year": "XY"}
    return Found("DURATION", f"P{letter[m['u'].lower()]}", "duration", basis="relative")


def stretch_ahead(m: re.Match[str], ctx: Context) -> Found | None:
    """ "in the weeks ahead": some weeks from now, a duration of unknown length."""
    letter = {"day": "D", "week": "W", "month": "M", "year": "Y"}[m["u"].lower()]
    return Found("DURATION", f"PX{letter}", "duration", basis="relative")


def a_while(m: re.Match[str], ctx: Context) -> Found | None:
    """ "for a while", "for a rather long period": a stretch of unknown length and unit."""
    return Found("DURATION", "PXX", "duration", basis="explicit", span=(m.start("x"), m.end("x")))


_STEP = {"next": 1, "following": 1, "previous": -1, "preceding": -1}
_BACK = frozenset({"before", "previous", "earlier", "prior", "preceding"})


def unit_before(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the year before", "the day after", "the month previous": one unit from the story's
    own time (see recognise.reanchor), from the report's when the story names none; only at
    the end of a clause ("the day before the vote" is counted from the vote)."""
    step = -1 if m["w"].lower() in _BACK else 1
    unit = m["u"].lower()
    found = from_period(cal.shifted(ctx.dct, unit, step), "relative")
    return Found(found.type, found.value, found.granularity, found.start_date, found.end_date,
                 found.basis, story_shift=(step, unit))


def that_part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    """ "that night", "the next morning": a part of the story's day, or of the day after or
    before it (see recognise.reanchor); dropped when the story names no day before it."""
    step = _STEP.get((m["rel"] or "").lower(), 0)
    code = PARTS_OF_DAY[m["pod"].lower()]
    return Found("TIME", None, "unknown", basis="relative",
                 story_shift=(step, f"part_of_day:{code}"))


def quarter_ended(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the quarter ended July 31": the three months up to that month; the calendar quarter
    that holds most of them is the one that holds the middle month."""
    mon = month_number(m["mon"])
    if mon is None:
        return None
    year = ctx.dct.year - (1 if mon > ctx.dct.month else 0)  # a quarter already reported
    middle = (year * 12 + mon - 2) % 12 + 1
    year -= 1 if mon == 1 else 0
    p = cal.quarter(year, (middle - 1) // 3 + 1)
    found = from_period(p, "relative")
    return Found(found.type, found.value, found.granularity, found.start_date, found.end_date,
                 found.basis, span=(m.start("x"), m.end("x")))


_CODE_INTRO = re.compile(r"\b(?:in|for|during|over|since|by|until|from)\s+(?:the\s+)?$",
                         re.IGNORECASE)


def report_code(m: re.Match[str], ctx: Context) -> Found | None:
    """The codes of financial reports: "H1 2023", "1H23" (a half), "2Q09" (a quarter), "FY23"
    (a fiscal year, written as its year like "fiscal 2023"). Capitals only; a half without a
    year only after a preposition ("in H2"), as "H2" alone may be hydrogen."""
    if any(c.islower() for c in m[0]):
        return None
    y = int(m["y"]) if m["y"] else two_digit_year(int(m["yy"]), ctx.dct) if m["yy"] else None
    if m["fy"]:
        return None if y is None else from_period(cal.year(y), "explicit")
    n = int(m["n"] or m["n2"])
    unit = "half" if "H" in m[0] else "quarter"
    if y is None:
        if not _CODE_INTRO.search(ctx.text, max(0, m.start() - 14), m.start()):
            return None
        size = 6 if unit == "half" else 3
        cur = (ctx.dct.month - 1) // size + 1
        y = pick_year((n,), (cur,), ctx.dct.year, min(ctx.tense(m.start(), m.end()), 0), None)
        basis = "relative"
    else:
        basis = "explicit"
    p = cal.half(y, n) if unit == "half" else cal.quarter(y, n)
    return from_period(p, basis)


_PERIOD = r"(?:period|quarter|month|week|time|months|weeks|season)"
_YEAR_BACK = (r"(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|(?:of|in)\s+(?:the\s+)?"
              r"(?:previous|prior|preceding|last)\s+year|the\s+(?:previous|prior|preceding)"
              r"\s+year)")
PERIOD_RULES: list[tuple[str, str, object]] = [
    ("the_day", r"\b(?:(?:end|clos|finish|start)(?:ed|ing|es|s|e)?\s+|for\s+"
                r"|(?:late|early|later|earlier)\s+in\s+)(?P<x>the\s+day)\b"
                r"(?!\s+of\b|\s+(?:before|after)\s+(?!\w+ing\b))", the_day),
    ("same_day", r"\b(?P<x>(?:the|that)\s+same\s+day)\b(?!\s+of\b)", the_day),
    # "the ninth day of a siege", "shut for a second straight day": the story's day
    ("nth_day", r"\b(?P<x>(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                r"|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive|full)\s+)?"
                r"day)\b(?!-|\s+(?:of\s+(?:the\s+)?(?:month|year|week)|after|before)\b)", the_day),
    ("same_period", rf"\b(?:the\s+)?(?:(?:same|corresponding|comparable|equivalent)\s+{_PERIOD}"
                    rf"|quarter|period)\s+{_YEAR_BACK}\b", same_period),
    ("stretch_ahead", r"\bthe\s+(?P<u>day|week|month|year)s\s+ahead\b", stretch_ahead),
    ("a_while", r"\b(?:for|in|after|within)\s+(?P<x>a\s+(?:while|(?:(?:very|fairly|rather"
                r"|quite)\s+)?(?:long|short|lengthy|brief)\s+(?:time|period|while)))\b", a_while),
    ("unit_before", r"\bthe\s+(?P<u>day|week|month|year)\s+(?P<w>before|after|previous|earlier"
                    r"|later|prior|preceding)(?=\s*(?:[.,;:!?)\"']|$|and\b|but\b))", unit_before),
    ("that_period", r"\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?that\s+"
                    r"(?P<u>year|month|week|day)\b(?!-|\s+(?:when|before|after)\b)", that_period),
    ("that_part_of_day", r"\b(?:(?:earlier|later|early|late)\s+(?:in\s+|on\s+)?)?(?:that"
                         r"|the\s+(?P<rel>next|following|previous|preceding))\s+"
                         r"(?P<pod>morning|afternoon|evening|night)\b(?!-|\s+of\b)",
     that_part_of_day),
    ("then_point", r"then\b", then_point),
    ("opening_stretch", r"\bthe\s+(?:first|early|earliest|opening|final|closing|dying)\s+"
                        r"(?P<u>hour|day|week|month|year)s\b(?!\s+(?:after|before|since)\b"
                        r"|\s+of\s+(?:the\s+)?(?:mon|tue|wed|thu|fri|sat|sun|morning|afternoon"
                        r"|evening|night|day)\w*\b)",
     opening_stretch),
    ("elided_last", r"last\b", elided_last),
    ("that_time", r"\b(?:by|until|till|at|since)\s+(?P<x>that\s+time)\b(?!\s+of\b)", that_time),
    ("quarter_ended", rf"\b(?P<x>the\s+(?:fiscal\s+)?quarter)\s+(?:that\s+)?end(?:ed|ing|s)\s+"
                      rf"(?:on\s+)?(?P<mon>{MON})", quarter_ended),
    ("report_code", r"\b(?:H(?P<n>[12])|(?P<n2>[1-4])[HQ](?![A-Za-z-])|(?P<fy>FY))"
                    r"(?:\s?(?P<y>(?:19|20)\d\d)|\s?'?(?P<yy>\d\d))?\b(?![-/])", report_code),
    ("report_year", r"\b(?P<pre>for\s+|in\s+|during\s+|over\s+)?(?P<x>the\s+(?P<q>(?:full"
                    r"|current|entire)\s+)?(?:fiscal\s+)?year)\b(?!-|'"
                    r"|\s+(?:(?:ago|earlier|before|later|\d|two|one)\b|of\b(?!\s+\$)))"
                    r"(?P<ended>\s+end(?:ed|ing)\b)?", report_year),
]
