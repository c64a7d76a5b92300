"""Rules for deictic and relative expressions ("yesterday", "last week", "two years ago",
"Friday", "earlier this year"), fuzzy references and durations (clock times and parts of the
day: rules_clock.py; sets and rates: rules_frequency.py)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateline.timex import calendar as cal
from dateline.timex.found import Context, Found, from_period, reference
from dateline.timex.lexicon import PARTS_OF_DAY, REFERENCES, UNITS, WEEKDAYS
from dateline.timex.patterns import (
    APPROX,
    MON,
    NUM,
    POD,
    REL,
    UNIT,
    WD,
    alt,
)
from dateline.timex.resolve import norm_rel, number, weekday_date

_DEICTIC = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
            "tomorrow": 1, "the day after tomorrow": 2}


def with_part_of_day(d: dt.date | None, pod: str | None, basis: str) -> Found:
    if d is None:
        return Found("DATE", None, "unknown", basis=basis)
    if pod:
        return Found("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[pod.lower()]}", "part_of_day",
                     d, d, basis)
    return Found("DATE", d.isoformat(), "day", d, d, basis)


# "late yesterday", "earlier today": a part of the day, in its extent (not "later today", nor
# "late Tuesday": the corpora leave the word out)
_EARLY_BEFORE = re.compile(r"\b(?P<w>early|late|earlier)\s+$", re.IGNORECASE)


# "today's world", "today's youth", "at today's GM.": the present in general, not the report's
# day (but "today's Senate vote" is the day's)
_GENERIC_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w&.-]*(?=\s*[,;:!?)\"'“”]|\.(?:\s|$))"
                            r"|(?:world|society|youth|young|generation|children"
                            r"|economy|consumers?|standards|terms|dollars|prices|technology"
                            r"|people|students|workers|families|culture|politics|media)\b)")


def deictic(m: re.Match[str], ctx: Context) -> Found | None:
    if m["w"].lower() == "today" and not m["pod"] and not ctx.upper \
            and _GENERIC_AFTER.match(ctx.text, m.end()):
        return reference("PRESENT_REF", ctx.dct)
    found = _deictic(m, ctx)
    early = _EARLY_BEFORE.search(ctx.text, max(0, m.start() - 9), m.start())
    if early is None or found.span is not None or not found.value:
        return found
    mod = {"early": "START", "late": "END"}.get(early["w"].lower())  # TIMEX3 mod
    return replace(found, mod=mod or found.mod, span=(early.start(), m.end()))


def _deictic(m: re.Match[str], ctx: Context) -> Found:
    word = " ".join(m["w"].lower().split())
    d = cal.shift_days(ctx.dct, _DEICTIC[word])
    pod = m["pod"] or ("night" if word == "tonight" else None)
    narrowed = None if pod else _POD_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    if narrowed is not None:  # "mid-afternoon yesterday", "late evening today"
        return replace(with_part_of_day(d, narrowed["pod"], "relative"),
                       span=(narrowed.start(), m.end()))
    return with_part_of_day(d, pod, "relative")


_POD_BEFORE = re.compile(rf"\b(?:early|late|mid)[-\s]?(?P<pod>{POD})\s+$", re.IGNORECASE)


# a capitalised epithet before a weekday names an event ("Black Monday"); Good Friday,
# Palm Sunday and the like are feasts whose dates this rule would get wrong
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAMED_DAY = re.compile(r"\b(?:Black|Cyber|Super|Bloody|Good|Holy|Ash|Palm|Easter|Maundy"
                        r"|Shrove|Whit|Giving)\s+$")


def weekday(m: re.Match[str], ctx: Context) -> Found | None:
    wd = WEEKDAYS[m["wd"].lower()]
    if m["pl"] or m["pl2"] or m["pl3"] is not None:
        # "on Tuesdays", "Tuesday nights", "Monday and Tuesday nights": every Tuesday (night)
        word = m["pod"] or m["pod3"]
        pod = f"T{PARTS_OF_DAY[word.lower()]}" if word else ""
        return Found("SET", f"XXXX-WXX-{wd + 1}{pod}", "set", basis="relative")
    before = ctx.text[max(0, m.start() - 16):m.start()]
    if _NAMED_DAY.search(before):
        return None  # "Black Monday", "Super Tuesday": a named event, not this week's day
    d = weekday_date(ctx.dct, wd, m["rel"], ctx.heading(m.start(), m.end()))
    found = with_part_of_day(d, m["pod"], "relative")
    rel = norm_rel(m["rel"])
    if rel in ("previous", "following") and not m["pod"]:
        # "the previous Friday": before the story's day, when it names one (recognise._after)
        the = _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())
        return replace(found, story_shift=(-1 if rel == "previous" else 1, f"weekday{wd}"),
                       span=(m.start() if the is None else the.start(), m.end()))
    return found


_UNIT_GRAN = {"week": "week", "weekend": "weekend", "month": "month", "year": "year",
              "quarter": "quarter", "decade": "decade", "century": "century", "day": "day"}


def relative_unit(m: re.Match[str], ctx: Context) -> Found | None:
    rel = norm_rel(m["rel"]) or ""
    unit = m["u"].lower()
    if rel == "the next" and (unit == "day" or (
            unit in ("week", "month", "year") and ctx.tense(m.start(), m.end()) < 0)):
        # "the next day" is a day, not a stretch of one; "he escaped the next year" is the
        # year after the story's (a past verb: not the coming one)
        rel = "the following"
    if rel in ("the last", "the next") and _OF_AFTER.match(ctx.text, m.end()):
        return None  # "the last week of March": a part of March, not last week
    if rel in _CALENDAR_THE[3:] and unit not in ("year", "quarter", "month"):
        # "the past week", "the next decade": a stretch of time up to now or from now
        letter = {"weekend": "D"}.get(unit) or UNITS[unit][0]
        count = 2 if unit == "weekend" else 1
        return Found("DURATION", iso_duration(count, letter, False), "duration", basis="relative")
    # "the past year", "the next month" are annotated as the calendar period ("last year")
    gran = _UNIT_GRAN[unit]
    if rel in ("last", "past", "previous", "the previous", "this past", "the past", "the last",
               "the latest", "the most recent"):
        step = -1
    elif rel in ("next", "coming", "following", "the following", "this coming", "the next",
                 "the coming"):
        step = 1
    elif unit == "weekend" and ctx.tense(m.start(), m.end()) < 0 and ctx.dct.weekday() < 5:
        step = -1
    else:
        step = 0
    found = from_period(cal.shifted(ctx.dct, gran, step), "relative")
    if rel in ("previous", "the previous", "following", "the following"):
        # counted from the story's own time when it has one ("in 2015 … the following year")
        return replace(found, story_shift=(step, unit))
    return found


_CALENDAR_THE = ("the previous", "the following", "the current", "the past", "the last",
                 "the next", "the coming")
_OF_AFTER = re.compile(rf"\s+of\s+(?:{MON}|\d|(?:the|his|her|their|its|our|my)\b)",
                       re.IGNORECASE)


def two_away(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the week before last", "the year after next": two periods back or ahead."""
    step = -2 if m["w"].lower().startswith("before") else 2
    return from_period(cal.shifted(ctx.dct, _UNIT_GRAN[m["u"].lower()], step), "relative")


def named_weekend(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the weekend": the last one, or the next one when the tense says future."""
    direction = ctx.tense(m.start(), m.end())
    step = 0 if direction > 0 or ctx.dct.weekday() >= 5 else -1
    return from_period(cal.shifted(ctx.dct, "weekend", step), "relative")


def within_period(m: re.Match[str], ctx: Context) -> Found | None:
    """ "earlier this year", "late last month", "later this week": a part of a period."""
    pos = m["pos"].lower()
    rel = norm_rel(m["rel"]) or "this"
    step = {"last": -1, "next": 1}.get(rel, 0)
    p = cal.shifted(ctx.dct, _UNIT_GRAN[m["u"].lower()], step)
    if p is None:
        return from_period(None, "relative")
    if pos in ("earlier", "later") and step == 0:
        # the part of this period before (after) the report
        start, end = (p.start, ctx.dct) if pos == "earlier" else (ctx.dct, p.end)
        found = Found("DATE", p.value, p.granularity, start, end, "relative",
                      "START" if pos == "earlier" else "END")
    else:
        mod = "START" if pos in ("early", "earlier") else "END"
        found = from_period(cal.narrow(p, mod), "relative", mod=mod)
    if m["rel"] is None:  # "later in the month": the month of the story's last date, if near
        return replace(found, story_shift=(0, m["u"].lower()), story_reach=_NEAR_STORY)
    return found


_NEAR_STORY = 300  # characters: a date this close before is the one the story is about


def ago(m: re.Match[str], ctx: Context) -> Found | None:
    found = _ago(m, ctx)
    word = m["dir"].lower()
    n = number(m["n"])
    unit = m["u"].lower()
    if found is not None and n is None and word in ("later", "after", "earlier", "before"):
        # "a few days later": some days after an event, not a time around the report
        end = m.start() + len(ctx.text[m.start():m.start("dir")].rstrip())
        letter, timeish, _ = UNITS[unit]
        return Found("DURATION", iso_duration(None, letter, timeish), "duration",
                     basis="explicit", span=(m.start(), end))
    if found is None or n is None:
        return found
    if word in ("later", "after") or (word in ("earlier", "before") and unit in _SHORT):
        # "three days later": from the story's date when it has one; else only a stretch of
        # time from some event, not a date counted from the report
        sign = 1 if word in ("later", "after") else -1
        fallback = None
        if unit in _SHORT:
            end = m.start() + len(ctx.text[m.start():m.start("dir")].rstrip())
            letter, timeish, _ = UNITS[unit]
            count = n * 2 if unit == "fortnight" else n
            fallback = Found("DURATION", iso_duration(count, letter, timeish), "duration",
                             basis="explicit", span=(m.start(), end))
        return replace(found, story_shift=(sign * n, unit), fallback=fallback)
    return found


_SHORT = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight"})


def _ago(m: re.Match[str], ctx: Context) -> Found | None:
    word = m["dir"].lower()
    if word in ("before", "after") and not _clause_ends(ctx.text, m.end()):
        return None
    n = number(m["n"])
    unit = m["u"].lower()
    sign = -1 if word in ("ago", "earlier", "before", "back") else 1
    if n is None:
        return reference("PAST_REF" if sign < 0 else "FUTURE_REF", ctx.dct)
    _letter, timeish, gran = UNITS[unit]
    if timeish:
        return from_period(cal.of_date(ctx.dct), "relative")
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months:
        ym = cal.shift_months(ctx.dct, round(sign * n * months))
        if ym is None:
            return from_period(None, "relative")
        gran = "year" if unit in ("decade", "century") else gran
        found = from_period(cal.containing(dt.date(ym[0], ym[1], 1), gran), "relative")
        if unit == "year" and word in ("earlier", "before", "ago", "later") and n == 1:
            found = replace(found, years_back=int(-sign * n))
        return found
    days = n * (7 if gran == "week" else 1) * (2 if unit == "fortnight" else 1)
    d = cal.shift_days(ctx.dct, round(sign * days))
    if gran == "week" and word == "ago" and days <= 14:
        gran = "day"  # "a week ago", "two weeks ago": that weekday, counted back in days
    return from_period(None if d is None else cal.containing(d, gran), "relative")


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"']|$|and\b|but\b)")


def _clause_ends(text: str, pos: int) -> bool:
    return bool(_CLAUSE_END.match(text, pos))


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def iso_duration(n: float | None, letter: str, timeish: bool) -> str:
    count = "X" if n is None else None
    if n is not None and letter == "DE":
        n, letter = n * 10, "Y"
    elif n is not None and letter == "CE":
        n, letter = n * 100, "Y"
    elif letter in ("DE", "CE"):
        letter = "Y"
    if n is not None and not float(n).is_integer() and (letter, timeish) in _SMALLER:
        whole, part = divmod(n, 1)
        small, small_timeish, factor = _SMALLER[(letter, timeish)]
        rest = part * factor
        if rest.is_integer():  # "two and a half years": P2Y6M, as TIMEX3 writes it
            big = f"{_fmt(whole)}{letter}" if whole else ""
            t = "T" if timeish or small_timeish else ""
            if timeish or not small_timeish:
                return f"P{t}{big}{_fmt(rest)}{small}"
            return f"P{big}T{_fmt(rest)}{small}"
    return f"P{'T' if timeish else ''}{count or _fmt(n or 0)}{letter}"


# a fraction of a unit in whole units of the next smaller one: (letter, time-of-day unit)
_SMALLER: dict[tuple[str, bool], tuple[str, bool, int]] = {
    ("Y", False): ("M", False, 12), ("W", False): ("D", False, 7), ("D", False): ("H", True, 24),
    ("H", True): ("M", True, 60), ("M", True): ("S", True, 60),
}


def unit_long(m: re.Match[str], ctx: Context) -> Found | None:
    """ "a day-long meeting", "their third week-long stay": one unit's length."""
    letter, timeish, _ = UNITS[m["u"].lower()]
    return Found("DURATION", iso_duration(1, letter, timeish), "duration", basis="explicit")


def range_start(m: re.Match[str], ctx: Context) -> Found | None:
    """ "two to three weeks", "between 60 and 90 days": the first count takes the unit of
    the second (each end of a range is its own TIMEX3)."""
    first = _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
    if first is None:
        return None
    if m["link"].lower() == "and" and not _BETWEEN.search(
            ctx.text, max(0, first.start() - 9), first.start()):
        return None
    n = number(first[1])
    letter, timeish, _ = UNITS[m["u"].lower()]
    if n is None or (n >= 1000 and first[1].isdigit()):
        return None
    count = n * 2 if m["u"].lower() == "fortnight" else n
    return Found("DURATION", iso_duration(count, letter, timeish), "duration", basis="explicit",
                 span=(first.start(1), first.end(1)))


_ARTICLE_ONLY = re.compile(r"the\s+", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


_COUNT_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen"
                "|twenty|thirty|forty|fifty|sixty|ninety")
_COUNT_BEFORE = re.compile(rf"\b(\d+|{_COUNT_WORDS})\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def duration(m: re.Match[str], ctx: Context) -> Found | None:
    unit = m["u"].lower()
    letter, timeish, _ = UNITS[unit]
    n = 1.0 if m["n"].lower() == "single" else number(m["n"])  # "its biggest single-day fall"
    if n is not None and m["half"]:
        n += 0.5  # "a day and a half"
    if m["old"] or (n is not None and n >= 1000 and m["n"].isdigit()):
        return None  # an age ("6-year-old"), or a year before a noun ("the 1988 quarter")
    if m[0].lower() == "one day" and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 8),
                                                        m.start()):
        return reference("FUTURE_REF", ctx.dct)  # "it will one day be": some day to come
    if m[0].lower() == "a day" and _GENERIC_DAY_AFTER.match(ctx.text, m.end()):
        # "not a day anyone wants", "a day when ...": which day, not how long; a day in an
        # "if" or under a modal ("if there ever comes a day when") is one still to come
        if _HYPOTHETICAL_BEFORE.search(ctx.text, max(0, m.start() - 32), m.start()):
            return reference("FUTURE_REF", ctx.dct)
        return None
    if unit == "second" and m["n"].lower() in ("a", "an", "one") and not m[0].endswith("s"):
        return None  # "a second term": the ordinal, not a unit of time
    if m["n"].lower() in ("a", "an") and m.start() == m.start("n") and _RATE_BEFORE.search(
            ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "four flights a week", "24 hours a day": a rate, not a stretch of time
    if unit == "quarter" and not m["run"] and n is not None and (
            _FRACTION.match(ctx.text, m.end()) or "-quarters" in m[0].lower()):
        return None  # "three-quarters of", "a quarter of the vote": fractions (never
        # "several quarters of losses")
    if unit == "fortnight" and n is not None:
        n *= 2
    mod = span = None
    if m["q"] and m["n"].lower().startswith("the"):
        span = (m.start("n"), m.end())  # "over the next few days": "over" is a preposition
    elif _ARTICLE_ONLY.fullmatch(ctx.text, m.start(), m.start("q") if m["q"] else m.start("n")) \
            and not m["u"].endswith("s") and not m[0].endswith("s") \
            and _NOUN_AFTER.match(ctx.text, m.end()):
        # "the two-week crisis", "the two day rally": the article is the noun's
        span = (m.start("q") if m["q"] else m.start("n"), m.end())
    elif m["q"]:
        q = " ".join(m["q"].lower().split())
        mod = {"more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
               "less than": "LESS_THAN", "under": "LESS_THAN", "up to": "EQUAL_OR_LESS",
               "nearly": "LESS_THAN", "almost": "LESS_THAN"}.get(q, "APPROX")
    return Found("DURATION", iso_duration(n, letter, timeish), "duration", basis="explicit",
                 mod=mod, span=span)


# a relative clause after "a day" ("a day when", "a day nobody forgets") picks out a day
_GENERIC_DAY_AFTER = re.compile(r"\s+(?:when|where|on\s+which|that\s+(?:\w+\s+)?(?:will|would"
                                r"|could|can|must)|any(?:one|body)|no(?:body|\s+one)|every(?:one"
                                r"|body)|we|you|they|people)\b", re.IGNORECASE)
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:if|unless|will|would|may|might|could|should)\b"
                                  r"[^.,;!?]*$", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|should|must|'ll)\s+$",
                           re.IGNORECASE)
_RATE_BEFORE = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|"
                          r"hundreds|thousands)\s+[a-z]+s\s+$", re.IGNORECASE)
_FRACTION = re.compile(r",?\s+of\b", re.IGNORECASE)  # "a quarter of", "about a quarter, of"
# "for months", "in just minutes", "over the years" (a stretch; not "in the years before
# the war", which the text dates)
_BARE_PLURAL_BEFORE = re.compile(r"(?:\b(?:for|over|within|in|took|take|takes|spent|lasted"
                                 r"|recent|been|past|coming|next|last|the\s+past|the\s+last)"
                                 r"(?:\s+(?:just|only|mere|barely))?"
                                 r"|\b(?:over|through|across|down)\s+the)\s+$", re.IGNORECASE)


def bare_plural(m: re.Match[str], ctx: Context) -> Found | None:
    before = ctx.text[max(0, m.start() - 18):m.start()]
    if not m["long"] and not _BARE_PLURAL_BEFORE.search(before) and not (
            _COUNTED_FROM.match(ctx.text, m.end()) and _LOOSE_START.search(before)):
        return None  # but "Hours later", "just months ago": some of them, counted from then
    letter, timeish, _ = UNITS[m["u"].lower()[:-1]]
    return Found("DURATION", iso_duration(None, letter, timeish), "duration", basis="explicit")


_COUNTED_FROM = re.compile(r"\s+(?:later|earlier|ago|after|before)\b", re.IGNORECASE)
_LOOSE_START = re.compile(r"(?:^|[.!?\"'“,;(]\s*|\n|\b(?:just|only|mere|barely|and|but)\s+)$",
                          re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?\"'“]\s*|\n)\s*$")


def fuzzy(m: re.Match[str], ctx: Context) -> Found | None:
    word = " ".join(m["w"].lower().split())
    if word == "earlier" and re.match(r"\s+(?:than|in|on|this|that|last|today)\b",
                                      ctx.text[m.end():m.end() + 8], re.IGNORECASE):
        return None
    if word == "now" and ctx.text[m.end():m.end() + 1] == "-":
        return None  # "the now-cancelled deal": an adjective, not a time
    if word == "now" and ctx.text[m.end():m.end() + 1] == "," and _SENTENCE_START.search(
            ctx.text[max(0, m.start() - 3):m.start()]):
        return None  # "Now, he says, ...": a turn in the argument, not a time
    return reference(REFERENCES[word], ctx.dct)


def recent(m: re.Match[str], ctx: Context) -> Found | None:
    return reference("PAST_REF", ctx.dct)


def vague_span(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the coming months" → FUTURE_REF; "recent years" → a duration of unknown length."""
    head = " ".join(m["h"].lower().split())
    if head in ("coming", "the coming", "upcoming"):
        return reference("FUTURE_REF", ctx.dct)
    if head == "recent" and m["u"].lower() in ("year", "decade"):
        return reference("PAST_REF", ctx.dct)  # "in recent years": an open past, no length
    letter, timeish, _ = UNITS[m["u"].lower()]
    return Found("DURATION", iso_duration(None, letter, timeish), "duration", basis="relative")


def year_earlier(m: re.Match[str], ctx: Context) -> Found | None:
    """ "year-earlier", "the year-ago period": last year (its quarter, for a period); "the
    year-earlier nine months": that many months, a duration like "the first nine months"."""
    if m["n"]:
        n = number(m["n"])
        return Found("DURATION", iso_duration(n, "M", False), "duration", basis="relative")
    if m["p"]:
        last = cal.shifted(ctx.dct, "quarter", -1)
        if last is None or last.start is None:
            return from_period(None, "relative")
        found = from_period(cal.quarter(last.start.year - 1, (last.start.month - 1) // 3 + 1),
                            "relative")
        return replace(found, focus=False)  # already the comparison, not the period in focus
    # "year-earlier profit": like "a year earlier", the period in focus a year back
    return replace(from_period(cal.year(ctx.dct.year - 1), "relative"), years_back=1)


_REF_WORDS = [w for w in REFERENCES if w not in ("in the past",)]
RELATIVE_RULES: list[tuple[str, str, object]] = [
    ("deictic", rf"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
                rf"|yesterday|today|tomorrow|tonight)\b(?:\s+(?P<pod>{POD})\b)?", deictic),
    ("weekday", rf"\b(?:{REL}\s+)?(?P<wd>{WD})(?P<pl>s)?\b"
                rf"(?:\s+(?P<pod>{POD})(?P<pl2>s)?\b)?"
                rf"(?=\s+and\s+{WD}(?:s\b|\s+(?P<pod3>{POD})s\b)(?P<pl3>))?", weekday),
    ("relative_unit", r"\b(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next"
                      r"|the\s+latest|the\s+most\s+recent"
                      r"|the\s+coming|the\s+previous|the\s+following|the\s+current|last|this"
                      r"|next|coming|past|previous|current)\s+(?:fiscal\s+)?"
                      r"(?P<u>day|week|weekend|month|year|quarter|decade|century)\b(?!-)",
     relative_unit),
    ("weekend", r"\bthe\s+weekend\b", named_weekend),
    ("two_away", r"\bthe\s+(?P<u>week|weekend|month|year)\s+(?P<w>before\s+last|after\s+next)\b",
     two_away),
    ("within", r"\b(?P<pos>earlier|later|early|late)\s+(?:(?P<rel>this|last|next)|in\s+the)\s+"
               r"(?P<u>week|month|year)\b", within_period),
    ("ago", rf"\b(?:{APPROX}\s+)?(?P<n>{NUM})[-\s]+(?P<u>{UNIT})s?(?:\s+or\s+so)?\s+"
            rf"(?P<dir>ago|earlier|before|later|after|hence|from\s+now|back)\b", ago),
    ("duration", rf"\b(?:(?:the|another|(?:the\s+)?(?:past|last|next|first|previous|coming"
                 rf"|following|final|remaining|same))\s+)?(?:(?P<q>{APPROX})\s+)?"
                 rf"(?P<n>{NUM}|single(?=-))[-\s]+(?P<run>(?:consecutive|straight|successive|more|full|trading"
                 rf"|business|working|additional|extra|further)\s+)?"
                 rf"(?P<u>{UNIT})s?(?:-long|(?P<old>[-\s]old))?\b(?P<half>\s+and\s+a\s+half\b)?",
     duration),
    # found from the link word, the count before it looked up by the handler (faster)
    ("range_start", rf"(?<=[\s\d])(?P<link>to|or|and|-)\s*"
                    rf"(?=(?:\d+|{_COUNT_WORDS})[-\s]+(?P<u>{UNIT})s?\b)", range_start),
    ("unit_long", r"\b(?P<u>hour|day|week|month|year|decade)-long\b", unit_long),
    ("bare_plural", r"\b(?P<u>seconds|minutes|hours|days|weeks|months|years|decades)\b"
                    r"(?P<long>-long)?",
     bare_plural),
    ("vague", rf"\b(?P<h>the\s+coming|coming|upcoming|recent|the\s+past\s+few|the\s+last\s+few"
              rf"|the\s+next\s+few|the\s+past\s+several|the\s+last\s+several)\s+"
              rf"(?P<u>{UNIT})s\b", vague_span),
    ("fuzzy", rf"\b(?P<w>{alt(_REF_WORDS)})\b", fuzzy),
    # "the recent closing", "a recent filing": some time before the report
    ("recent", r"(?<!most\s)(?<!more\s)\brecent\b(?=\s+[\w\"'])", recent),
    ("year_earlier", rf"\b(?:the\s+(?:comparable\s+|corresponding\s+)?)?year-(?:earlier|ago)\b"
                     rf"(?:\s+(?P<p>period|quarter)|\s+(?P<n>{NUM})\s+months\b)?", year_earlier),
]
