"""Rules for clock times ("10 p.m.", "16:08 UTC", "3 o'clock") and parts of the day ("this
morning", "late last night", "in the afternoon")."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.timex import calendar as cal
from dateline.timex.found import Context, Found
from dateline.timex.patterns import POD
from dateline.timex.rules_relative import with_part_of_day

_APPROX_BEFORE = re.compile(r"\b(?:around|about|approximately)\s+$", re.IGNORECASE)


def clock(m: re.Match[str], ctx: Context) -> Found | None:
    word = (m["w"] or "").lower()
    if word:
        hh, mi = (12, 0) if word in ("noon", "midday") else (24, 0)
    else:
        hh, mi = int(m["h"]), int(m["mi"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap.startswith("in"):  # "4 in the morning", "8 in the evening"
            ap = "am" if ap.endswith("morning") else "pm"
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
        if not ap and (hh > 23 or m["mi"] is None):
            return None
    if hh > 24 or mi > 59:
        return Found("TIME", None, "unknown", basis="relative")
    zone = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT", "Z") else ""
    return _at(m, ctx, hh, mi, zone)


def _at(m: re.Match[str], ctx: Context, hh: int, mi: int, zone: str) -> Found:
    """A clock time on the report's day, until the text names another (clocks.py)."""
    value = f"{ctx.dct.isoformat()}T{hh:02d}:{mi:02d}{zone}"
    approx = _APPROX_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start())
    if approx is None:
        return Found("TIME", value, "time", ctx.dct, ctx.dct, "relative", floating=True)
    return Found("TIME", value, "time", ctx.dct, ctx.dct, "relative", mod="APPROX",
                 span=(approx.start(), m.end()), floating=True)  # "around 7:15 p.m."


_HOURS = {w: i + 1 for i, w in enumerate(("one", "two", "three", "four", "five", "six", "seven",
                                          "eight", "nine", "ten", "eleven", "twelve"))}


def oclock(m: re.Match[str], ctx: Context) -> Found | None:
    """ "at 3 o'clock", "ten o'clock in the evening": the hour as written, after noon only
    when the text says so."""
    h = m["h"].lower()
    hh = int(h) if h.isdigit() else _HOURS[h]
    if not 1 <= hh <= 12:
        return None
    if m["pm"] and hh < 12:
        hh += 12
    return _at(m, ctx, hh, 0, "")


def part_of_day(m: re.Match[str], ctx: Context) -> Found | None:
    if m["alone"]:
        return _pod_alone(m, ctx)
    rel = " ".join(m["rel"].lower().split())
    offset = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(rel.split()[-1], 0)
    if rel == "last" and m["pod"].lower() != "night":
        offset = -1
    return with_part_of_day(cal.shift_days(ctx.dct, offset), m["pod"], "relative")


_IN_THE = re.compile(r"\b(?:in|during)\s+$", re.IGNORECASE)
_NOT_OWN_POD = re.compile(r"\s+(?:of|after|before|that|when|news|paper|edition|show)\b",
                          re.IGNORECASE)


def _pod_alone(m: re.Match[str], ctx: Context) -> Found | None:
    """ "by mid-afternoon", "in the morning": a part of the day the sentence names, else of
    the report's day (see clocks.date_floating)."""
    if m["pod"].lower() == "night" or _NOT_OWN_POD.match(ctx.text, m.end()):
        return None  # "the morning of the attack", "the evening news", "late night"
    if m["alone"].lower() == "the" and not _IN_THE.search(ctx.text, max(0, m.start() - 8),
                                                          m.start()):
        return None
    return replace(with_part_of_day(ctx.dct, m["pod"], "relative"), floating=True)


CLOCK_RULES: list[tuple[str, str, object]] = [
    ("clock", r"\b(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|a\.m\b"
              r"|p\.m\b|in\s+the\s+(?:morning|afternoon|evening)\b)|(?<!high\s)(?P<w>noon|midnight|midday)\b)"
              r"(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?", clock),
    ("military", r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>UTC|GMT|Z)\b(?P<ap>)(?P<w>)",
     clock),
    ("clock24", r"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?!:)(?P<ap>)(?P<w>)"
                r"(?:\s*(?P<tz>GMT|UTC|Z)\b)?", clock),
    ("oclock", rf"\b(?P<h>\d{{1,2}}|{'|'.join(_HOURS)})\s+o['’]clock\b"
               r"(?:\s+in\s+the\s+(?:morning|(?P<pm>afternoon|evening)))?", oclock),
    # "by mid-afternoon", "in the morning" alone: see _pod_alone
    ("part_of_day", rf"\b(?P<rel>this|last|yesterday|tomorrow|early\s+this|late\s+last"
                    rf"|later\s+this|earlier\s+this|(?P<alone>early|late|mid|the))[-\s]+"
                    rf"(?P<pod>{POD})\b", part_of_day),
]
