"""Rules for the periods of financial reports: quarters ("the third quarter", "its
fourth-quarter loss", "Q3 2023", "the latest quarter") and halves ("the first half of 2023")."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.timex import calendar as cal
from dateline.timex.found import Context, Found, from_period
from dateline.timex.patterns import QORD
from dateline.timex.resolve import pick_year

Y4 = r"(?P<y>\d{4})"


_QUARTER_NUM = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                "fourth": 4, "4th": 4, "final": 4, "last": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_PREVIOUS_PERIOD = ("latest", "previous", "recent", "past", "last", "the quarter", "its quarter")


_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_DET_OF_NOUN = frozenset({"its", "their", "a", "the company's"})


def quarter(m: re.Match[str], ctx: Context) -> Found | None:
    """A quarter; a possessive or "a" before it, or any article before the adjective
    "third-quarter", belongs to the noun it modifies ("its third-quarter loss")."""
    found = _quarter(m, ctx)
    det = " ".join((m["det"] or "").lower().split())
    if found is not None and m["y"] and not det and m[0][:1].isdigit():
        the = _THE.search(ctx.text, max(0, m.start() - 5), m.start())
        if the is not None:  # "the 1991 second quarter": the article is the expression's
            return replace(found, span=(the.start(), m.end()))
    hyphenated = det == "the" and "-" in m[0][m.end("det") - m.start():]
    if found is None or not (det in _DET_OF_NOUN or hyphenated):
        return found
    start = m.end("det")
    while ctx.text[start].isspace():
        start += 1
    return replace(found, span=(start, m.end()))


def _quarter(m: re.Match[str], ctx: Context) -> Found | None:
    det = " ".join((m["det"] or "").lower().split())
    cur = (ctx.dct.month - 1) // 3 + 1
    year_back = 1 if ("year-earlier" in det or "year-ago" in det or "last year" in det) else 0
    ry = m.groupdict().get("ry")
    if ry:
        year_back = {"last": 1, "this": 0, "next": -1}[ry.lower()]
        return from_period(cal.quarter(ctx.dct.year - year_back, _QUARTER_NUM[m["q"].lower()]),
                           "relative")
    if m["y"]:
        return from_period(cal.quarter(int(m["y"]), _QUARTER_NUM[m["q"].lower()]), "explicit")
    if m["q"]:
        q = _QUARTER_NUM[m["q"].lower()]
        rel = "next" if det.startswith("next") else None
        # a financial quarter without a year is this year's, or last year's in the past
        direction = min(ctx.tense(m.start(), m.end()), 0)
        y = pick_year((q,), (cur,), ctx.dct.year, direction, rel)
        return from_period(cal.quarter(y - year_back, q), "relative")
    if det in ("this", "the current", "current", "this fiscal"):
        step = 0
    elif det.startswith("next") or det in ("the coming", "the following"):
        step = 1
    else:
        step = -1
    p = cal.shifted(ctx.dct, "quarter", step)
    if p is not None and p.start is not None and year_back:
        p = cal.quarter(p.start.year - 1, (p.start.month - 1) // 3 + 1)
    return from_period(p, "relative")


def half(m: re.Match[str], ctx: Context) -> Found | None:
    h = 1 if m["h"].lower() in ("first", "1st") else 2  # second, 2nd, last, latter
    if m["y"]:
        return from_period(cal.half(int(m["y"]), h), "explicit")
    cur = 1 if ctx.dct.month <= 6 else 2
    y = pick_year((h,), (cur,), ctx.dct.year, ctx.tense(m.start(), m.end()), None)
    return from_period(cal.half(y, h), "relative")


QUARTER_RULES: list[tuple[str, str, object]] = [
    ("quarter", rf"\b(?:(?P<det>the|this|last|next|its|their|the\s+latest|the\s+current"
                rf"|the\s+previous|the\s+same|the\s+year-earlier|the\s+year-ago|the\s+fiscal"
                rf"|this\s+year's|last\s+year's|next\s+year's|a|the\s+company's)\s+)?"
                rf"(?:(?:fiscal|calendar)\s+)?(?P<q>{QORD})[-\s]+quarters?\b"
                rf"(?:\s+of\s+(?:fiscal\s+)?(?:{Y4}\b|(?P<ry>last|this|next)\s+year\b))?",
     quarter),
    ("year_quarter",
     rf"\b{Y4}(?:'s)?\s+(?:fiscal\s+)?(?P<q>{QORD})[-\s]+quarter\b(?P<det>)", quarter),
    ("q_code", r"\bQ(?P<q>[1-4])(?:\s+(?P<y>\d{4}))?\b(?P<det>)", quarter),
    ("bare_quarter", r"\b(?P<det>this|last|next|the\s+latest|the\s+current|the\s+previous"
                     r"|the\s+most\s+recent|the\s+year-earlier|the\s+year-ago|the\s+past"
                     r"|the\s+coming|last\s+year's|the)\s+quarter\b(?P<q>)(?P<y>)", quarter),
    ("latest_period", r"\b(?P<det>the\s+latest|the\s+most\s+recent)\s+period\b(?P<q>)(?P<y>)",
     quarter),
    ("half", rf"\b(?:the\s+)?(?P<h>first|second|1st|2nd|last|latter)[-\s]+half\b"
             rf"(?:\s+of\s+{Y4}\b)?", half),
]
