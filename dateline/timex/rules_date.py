"""Rules for calendar dates: explicit days, months, years, decades, centuries, quarters,
seasons. Each handler takes a match and a context and returns a ``Found`` or None (not a
temporal expression after all)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateline.timex import calendar as cal
from dateline.timex.found import Context, Found, from_period
from dateline.timex.lexicon import DECADE_WORDS, ORDINALS, SEASONS
from dateline.timex.patterns import (
    MODPFX,
    MON,
    ORD,
    REL,
    SEASON,
    WD,
    modifier_of,
)
from dateline.timex.resolve import (
    month_number,
    norm_rel,
    ordinal,
    pick_year,
    two_digit_year,
)

_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "jun", "jul", "dec", "oct", "sep",
                               "aug", "apr", "feb", "nov"})


def capitalised(word: str, ctx: Context) -> bool:
    return ctx.upper or word[:1].isupper()


def _day(ctx: Context, m: re.Match[str], y: int | None, mon: int, dom: int) -> Found:
    if y is not None:
        return from_period(cal.day(y, mon, dom), "explicit")
    if not 1 <= dom <= 31:
        return from_period(None, "relative")
    return from_period(cal.day(_year_of_day(ctx, m, mon, dom), mon, dom), "relative")


def _year_of_day(ctx: Context, m: re.Match[str], mon: int, dom: int) -> int:
    """The document's year, unless the tense puts the day more than a month the other way."""
    y = ctx.dct.year
    try:
        gap = (dt.date(y, mon, dom) - ctx.dct).days
    except ValueError:
        return y
    rel = (m.groupdict().get("rel") or "").lower()
    if rel == "last":
        return y - 1 if gap >= 0 else y
    if rel == "next":
        return y + 1 if gap <= 0 else y
    direction = ctx.heading(m.start(), m.end())
    # a past verb may govern a day still to come ("declared a dividend payable Dec. 7"):
    # only a day more than a quarter ahead is last year's; and never next year's
    if (gap > 183 and direction <= 0) or (gap > 92 and direction < 0):
        return y - 1
    if (gap < -183 and direction >= 0) or (gap < -92 and direction > 0):
        return y + 1
    return y


def iso(m: re.Match[str], ctx: Context) -> Found | None:
    return from_period(cal.day(int(m["y"]), int(m["m"]), int(m["d"])), "explicit")


def slashed(m: re.Match[str], ctx: Context) -> Found | None:
    """ "7/8/07" month first, as US wires write it; "13/02/2024" and "05.03.2024" day first
    (with points, only with the century: "version 2.10.12" is no date)."""
    if m["sep"] == "." and len(m["y"]) == 2:
        return None
    y = int(m["y"])
    if len(m["y"]) == 2:
        y = two_digit_year(y, ctx.dct)
    mon, dom = int(m["m"]), int(m["d"])
    if m["sep"] == "." or (mon > 12 and dom <= 12):
        mon, dom = dom, mon
    return from_period(cal.day(y, mon, dom), "explicit")


_WEEK_OF = re.compile(r"\bthe\s+week\s+of\s+$", re.IGNORECASE)


_NTH_WEEK_OF = re.compile(r"\bthe\s+(?P<n>first|second|third|fourth|last|final)\s+week\s+of\s+$",
                          re.IGNORECASE)


def _nth_week(m: re.Match[str], ctx: Context, found: Found) -> Found:
    """ "the last week of March": the week holding most of the month's last seven days (the
    first week, of its first seven), as ISO weeks are given to years."""
    week = _NTH_WEEK_OF.search(ctx.text, max(0, m.start() - 24), m.start())
    if week is None or found.start_date is None or found.end_date is None or found.mod:
        return found
    n = week["n"].lower()
    if n in ("last", "final"):
        day = found.end_date - dt.timedelta(days=3)
    else:
        day = found.start_date + dt.timedelta(days=3 + 7 * (ORDINALS[n] - 1))
    return replace(from_period(cal.containing(day, "week"), found.basis),
                   span=(week.start(), m.end()))


def month_day(m: re.Match[str], ctx: Context) -> Found | None:
    mon = month_number(m["mon"])
    if mon is None or not capitalised(m["mon"], ctx):
        return None
    if m["mon"].lower() == "may" and not m["y"] and int(m["d"]) > 31:
        return None
    found = _day(ctx, m, int(m["y"]) if m["y"] else None, mon, int(m["d"]))
    week = _WEEK_OF.search(ctx.text, max(0, m.start() - 16), m.start())
    if week is not None and found.start_date is not None:  # "the week of March 6"
        found = replace(from_period(cal.containing(found.start_date, "week"), found.basis),
                        span=(week.start(), m.end()))
    line = m[0].rfind("\n")  # a weekday ending a headline is not the dateline's
    return found if line < 0 else replace(found, span=(m.start() + line + 1, m.end()))


def month_year(m: re.Match[str], ctx: Context) -> Found | None:
    mon = month_number(m["mon"])
    if mon is None or not capitalised(m["mon"], ctx):
        return None
    mod = modifier_of(m["mod"])
    if m["ry"]:  # "July last year"
        y, basis = ctx.dct.year + {"last": -1, "this": 0, "next": 1}[m["ry"].lower()], "relative"
    elif m["sy"]:  # "January nineteen ninety-seven"
        y, basis = _spelled_value(m["sy"]), "explicit"
    else:
        y, basis = int(m["y"]), "explicit"
    p = cal.month(y, mon)
    return _nth_week(m, ctx, from_period(None if p is None else cal.narrow(p, mod), basis, mod=mod))


def month_alone(m: re.Match[str], ctx: Context) -> Found | None:
    word = m["mon"]
    mon = month_number(word)
    if mon is None or not capitalised(word, ctx):
        return None
    bare = not m["rel"] and not m["mod"]
    if bare and (word.rstrip(".").lower() in _AMBIGUOUS_MONTHS and len(word.rstrip(".")) <= 5
                 and (not _after_preposition(ctx.text, m.start())
                      or (not ctx.upper and _NAME_AFTER.match(ctx.text, m.end())))
                 and not _before_noun(ctx, m)):
        return None
    direction = ctx.heading(m.start(), m.end())
    if ctx.until_perfect(m.start(), m.end()):
        direction = 0  # "has extended it through January" ahead, "has risen through August" back
    elif direction > 0 and bare and _before_noun(ctx, m):
        direction = 0  # "will try to sell under a June accord": an accord made already, or
        # the nearer June; a verb ahead says little of its noun's month
    if direction == 0 and not m["rel"]:  # no tense to go by: the nearer of the two, and news
        # looks back: a month seven months back is as near as one five months ahead
        direction = 1 if mon - ctx.dct.month < -7 else -1 if mon - ctx.dct.month > 6 else 0
    elif direction < 0 and not m["rel"] and 0 < mon - ctx.dct.month <= 3:
        direction = 0  # as for days: a past verb may govern a month still to come ("gave it
        # until mid-November", "told of a cutback in September"), if it is only months ahead
    y = pick_year((mon,), (ctx.dct.month,), ctx.dct.year, direction, m["rel"])
    mod = modifier_of(m["mod"])
    p = cal.month(y, mon)
    found = from_period(None if p is None else cal.narrow(p, mod), "relative", mod=mod)
    return _nth_week(m, ctx, found)


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PREP = re.compile(r"(?:in|since|until|till|by|from|through|before|after|during|of|on|and|to"
                   r"|late|early|mid|-)\s*$", re.IGNORECASE)


def _after_preposition(text: str, start: int) -> bool:
    return bool(_PREP.search(text[max(0, start - 8):start]))


_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.IGNORECASE)
_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")


def _before_noun(ctx: Context, m: re.Match[str]) -> bool:
    """ "the March accession", "a May deadline": a month between a determiner and the noun it
    dates (not "the March of Dimes", nor "a march on the capital": lower case)."""
    if ctx.upper or not _DETERMINER.search(ctx.text, max(0, m.start() - 6), m.start()):
        return False
    noun = _LOWER_WORD.match(ctx.text, m.end())
    return noun is not None and noun[1] not in _FUNCTION_WORDS and noun[1] != "of"


_PERIOD_AFTER = re.compile(r"\s+(?:fiscal\s+)?(?:quarter|period)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s$", re.IGNORECASE)


def year_only(m: re.Match[str], ctx: Context) -> Found | None:
    y = int(m["y"])
    if m["pre"] is None and m["mod"] is None:
        period = _PERIOD_AFTER.match(ctx.text, m.end())
        if period is not None and _THE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()):
            # "the 1988 quarter": the period the report is about, in that year (see
            # recognise.reanchor); that year when no period is in focus
            return replace(from_period(cal.year(y), "explicit"), in_year=y, focus=False,
                           span=(m.start() - 4, period.end()))
    if m["era"]:  # "post-1959 politics", "pre-1990 levels": a year, whatever noun follows
        return from_period(cal.year(y), "explicit", mod="AFTER" if m["era"].lower() == "post"
                           else "BEFORE")
    if m["pre"] is None and m["mod"] is None and not _plausible_year(m, ctx):
        return None
    mod = modifier_of(m["mod"])
    p = cal.year(y)
    return from_period(None if p is None else cal.narrow(p, mod), "explicit", mod=mod)


# a lower-case plural after the number makes it a count ("2000 people"); a capitalised one
# a name ("the 2000 Olympics")
_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|(?i:percent|per\b)|[a-z]+s\b(?<!years)|-\d|\.\d|,\d{3})")
_NOT_YEAR_AFTER_UPPER = re.compile(_NOT_YEAR_AFTER.pattern, re.IGNORECASE)
# "$1994", "no. 1994", "1,995" (not "in 1994, 1995 and 1997")
_NOT_YEAR_BEFORE = re.compile(r"(?:(?:[$£€#]|no\.|number|page|route|flight)\s*|\d[,.])$",
                              re.IGNORECASE)


def _plausible_year(m: re.Match[str], ctx: Context) -> bool:
    """A bare number 1000-2099 is a year unless it looks like a count or an amount."""
    y = int(m["y"])
    if y > ctx.dct.year + 50 or y < 1000:
        return False
    if _NOT_YEAR_BEFORE.search(ctx.text[max(0, m.start() - 8):m.start()]):
        return False
    after = ctx.text[m.end():m.end() + 12]
    not_after = _NOT_YEAR_AFTER_UPPER if ctx.upper else _NOT_YEAR_AFTER
    span = _YEAR_SPAN.match(after)
    if span and 0 < int(span[1]) - y <= 30 and not not_after.match(after, span.end()):
        return True  # "the 2014-2016 epidemic": the first year of a span of years
    if not_after.match(after):
        return False
    # "2000 people": a count before a noun, unless a determiner or preposition introduces it
    nxt = _NEXT_WORD.match(after)
    if nxt and nxt.group(1).lower() not in _FUNCTION_WORDS:
        near = ctx.dct.year - 100 <= y <= ctx.dct.year + 20  # "the remaining 1200 acres"
        before = ctx.text[max(0, m.start() - 40):m.start()]
        return bool(_YEAR_INTRO.search(before[-12:])
                    or (near and _YEAR_INTRO_ADJ.search(before)))
    return True


_YEAR_SPAN = re.compile(r"[-–](\d{4})\b")
_YEAR_PREP = re.compile(r"\b(?:in|since|by|until|before|after|of)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_YEAR_INTRO = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|in|since|of|by|from|until"
                         r"|before|after|during|for|through|to|and|or|early|late|mid|year|that|this|is|was"
                         r"|fiscal|calendar)|'s|[,(\-–])\s*$", re.IGNORECASE)
# "his unsuccessful 1996 campaign": a determiner, then an adjective or two
_YEAR_INTRO_ADJ = re.compile(r"\b(?:the|a|an|his|her|its|their|our|my|this|that)\s+"
                             r"(?:[a-z]+\s+){1,2}$", re.IGNORECASE)
_FUNCTION_WORDS = frozenset({
    "and", "or", "but", "to", "when", "as", "after", "before", "by", "was", "were", "is",
    "are", "had", "has", "have", "the", "in", "on", "at", "with", "for", "from", "until",
    "through", "that", "which", "while", "because", "if", "so", "then", "than",
})


_SHORT_YEAR_PREP = re.compile(r"\b(?:in|since|by|until|before|after|of|from|to|through)\s+$",
                              re.IGNORECASE)


def short_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "since '82", "in ’98": a year written with two digits after an apostrophe."""
    if m.start() > 0 and (ctx.text[m.start() - 1].isalnum() or ctx.text[m.start() - 1] in "'’"):
        return None  # "rock'n'roll 45s", "''99": not an apostrophe opening a year
    if not _SHORT_YEAR_PREP.search(ctx.text, max(0, m.start() - 9), m.start()):
        return None  # "'82 vintage", a quotation mark before a number
    return from_period(cal.year(two_digit_year(int(m["yy"]), ctx.dct)), "explicit")


def decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m["y3"]:
        first = int(m["y3"]) * 10
    elif m["yy"]:
        first = two_digit_year(int(m["yy"]) * 10, ctx.dct) // 10 * 10
    else:
        first = (ctx.dct.year // 100 - (1 if DECADE_WORDS[m["word"].lower()] * 10 > ctx.dct.year
                 % 100 else 0)) * 100 + DECADE_WORDS[m["word"].lower()] * 10
    mod = modifier_of(m["mod"])
    half = None if mod else _HALF_OF.search(ctx.text, max(0, m.start() - 24), m.start())
    if half is not None:
        mod = "START" if half["h"].lower() == "first" else "END"
    p = cal.decade(first)
    found = from_period(None if p is None else cal.narrow(p, mod), "explicit", mod=mod)
    return found if half is None else replace(found, span=(half.start(), m.end()))


# "the last half of the '80s": the decade, its second half marked as its end
_HALF_OF = re.compile(r"\b(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+$",
                      re.IGNORECASE)


def century(m: re.Match[str], ctx: Context) -> Found | None:
    n = ordinal(m["ord"])
    if n is None or not 1 <= n <= 100:
        return from_period(None, "explicit")
    mod = modifier_of(m["mod"])
    p = cal.century(n - 1)
    return from_period(None if p is None else cal.narrow(p, mod), "explicit", mod=mod)


_SEASON_ORDER = {"SP": 1, "SU": 2, "FA": 3, "WI": 4}
_SEASON_PREP = re.compile(r"(?:in|during|by|until|since|over|through|the|this|last|next|of)\s+$",
                          re.IGNORECASE)


_OWNER = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+$", re.IGNORECASE)


def _bare_season(m: re.Match[str], ctx: Context) -> bool:
    """ "spring shows signs of hope", "their Autumn meetings": a season without a preposition;
    not "fall" (a verb), nor a capitalised name ("the Prague Spring")."""
    word = m["s"]
    if word.lower() == "fall":
        return False
    if word.islower() and not ctx.upper:
        return True
    return bool(_OWNER.search(ctx.text, max(0, m.start() - 8), m.start()))


def season(m: re.Match[str], ctx: Context) -> Found | None:
    code = SEASONS[m["s"].lower()]
    mod = modifier_of(m["mod"])
    if m["y"] or m["sy"]:
        p = cal.season(int(m["y"]) if m["y"] else _spelled_value(m["sy"]), code)
        return from_period(None if p is None else cal.narrow(p, mod), "explicit", mod=mod)
    before = ctx.text[max(0, m.start() - 10):m.start()]
    if not m["rel"] and not mod and not _SEASON_PREP.search(before) and not _bare_season(m, ctx):
        return None
    cur_month = ctx.dct.month
    cur = 4 if cur_month in (12, 1, 2) else (cur_month - 3) // 3 + 1
    year = ctx.dct.year - (1 if cur_month in (1, 2) else 0)
    y = pick_year((_SEASON_ORDER[code],), (cur,), year, ctx.tense(m.start(), m.end()),
                  norm_rel(m["rel"]))
    p = cal.season(y, code)
    return from_period(None if p is None else cal.narrow(p, mod), "relative", mod=mod)


_SMALL = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS_RE = "|".join(_SMALL[:9])
_TWO_DIGITS = (rf"(?:(?:{'|'.join(_TENS_WORDS)})(?:[-\s](?:{_UNITS_RE}))?"
               rf"|{'|'.join(sorted(_SMALL, key=len, reverse=True))})")
_SPELLED_YEAR = (rf"(?P<c>nineteen|eighteen)[-\s]+{_TWO_DIGITS}"
                 rf"|two\s+thousand(?:\s+(?:and\s+)?{_TWO_DIGITS})?")


def _words_value(words: str) -> int:
    total = 0
    for w in re.split(r"[-\s]+", words.lower()):
        if w in _SMALL:
            total += _SMALL.index(w) + 1
        elif w in _TENS_WORDS:
            total += (_TENS_WORDS.index(w) + 2) * 10
    return total


def _spelled_value(words: str) -> int:
    """ "nineteen ninety-six" → 1996; "two thousand and one" → 2001."""
    low = " ".join(words.lower().split())
    if low.startswith("two thousand"):
        return 2000 + _words_value(low[len("two thousand"):].replace(" and ", " "))
    century, _, rest = low.replace("-", " ", 1).partition(" ")
    return _words_value(century) * 100 + _words_value(rest)


def spelled_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "nineteen ninety-six", "the year two thousand", "two thousand and one"."""
    if not m["c"] and not m[0].lower().startswith("the") and not _YEAR_PREP.search(
            ctx.text[max(0, m.start() - 8):m.start()]):
        return None  # "two thousand people"
    return from_period(cal.year(_spelled_value(m["sy"])), "explicit")


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_AROUND = re.compile(r"\b(?:around|about)\s+$", re.IGNORECASE)  # "around year end"


def end_of_period(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the end of the year", "year-end", "the beginning of the month": this one's part;
    "the end of last year": last year's."""
    unit = (m["u"] or "year").lower()
    mod = modifier_of(m["mod"]) or "END"
    step = {"last": -1, "next": 1}.get((m["rel"] or "").lower(), 0)  # "the end of last year"
    if step == 0 and mod == "END" and _SINCE.search(ctx.text, max(0, m.start() - 7), m.start()):
        step = -1  # "up 5% since year-end": the last end already past, last year's
    p = cal.shifted(ctx.dct, unit, step)
    found = from_period(None if p is None else cal.narrow(p, mod), "relative", mod=mod)
    around = _AROUND.search(ctx.text, max(0, m.start() - 8), m.start())
    return found if around is None else replace(found, span=(around.start(), m.end()))


Y4 = r"(?P<y>\d{4})"
DATE_RULES: list[tuple[str, str, object]] = [
    ("spelled_year", rf"\b(?:the\s+year\s+)?(?P<sy>{_SPELLED_YEAR})\b", spelled_year),
    ("end_of_period", r"\b(?:(?P<mod>the\s+(?:end|beginning|start|middle)\s+of)\s+(?P<rel>the|this"
                      r"|last|next)\s+(?P<u>year|month|week|quarter|decade)"
                      r"|year[-\s]end|year's\s+end)\b",
     end_of_period),
    ("iso", r"\b(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b", iso),
    ("slashed", r"(?<![\d.])\b(?P<m>\d{1,2})(?P<sep>[/.])(?P<d>\d{1,2})(?P=sep)"
                r"(?P<y>\d{4}|\d{2})\b(?!\.?\d)", slashed),
    ("month_day", rf"\b(?:{WD},?\s+)?(?:(?P<rel>last|this|next)\s+)?(?P<mon>{MON})\s*"
                  rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
                  rf"(?!:\d)(?:,?\s+{Y4}\b)?", month_day),
    ("day_month", rf"\b(?:{WD},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+"
                  rf"(?P<mon>{MON})(?:,?\s+{Y4}\b)?", month_day),
    ("month_year", rf"\b{MODPFX}?(?P<mon>{MON})(?:,|\s+of)?\s+(?:{Y4}\b"
                   rf"|(?P<ry>last|this|next)\s+year\b|(?P<sy>{_SPELLED_YEAR})\b)", month_year),
    ("month", rf"\b{MODPFX}?(?:{REL}\s+)?(?P<mon>{MON})", month_alone),
    ("year", rf"\b(?P<pre>(?:fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?|FY)\s*)?"
             rf"(?:(?P<era>pre|post)-)?{MODPFX}?{Y4}\b(?!'?s)", year_only),
    # two-digit decades after "the", "'", or another decade ("the 70s and 80s")
    ("decade", rf"\b(?:the\s+)?{MODPFX}?(?:(?P<y3>\d{{3}})0'?s"
               rf"|(?:'|(?<=the\s)|(?<=\band\s)|(?<=\bor\s)|(?<=-))(?P<yy>\d)0'?s"
               rf"|(?P<word>{'|'.join(DECADE_WORDS)}))\b", decade),
    ("short_year", r"['’](?P<yy>\d\d)\b(?!['’]?s)", short_year),
    ("century", rf"\b(?:the\s+)?{MODPFX}?(?P<ord>{ORD})[-\s]+century\b", century),
    ("season", rf"\b{MODPFX}?(?:{REL}\s+)?(?P<s>{SEASON})\b"
               rf"(?:\s+(?:of\s+)?(?:{Y4}\b|(?P<sy>{_SPELLED_YEAR})\b))?", season),
]
