"""Rules for how often and per how long: sets ("every week", "daily", "twice a year") and
what is summed over a period ("annual profit")."""

from __future__ import annotations

import re

from dateline.timex.found import Context, Found
from dateline.timex.lexicon import FREQUENCY, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS
from dateline.timex.patterns import MON, NUM, POD, SEASON, UNIT, WD, alt
from dateline.timex.resolve import month_number, number
from dateline.timex.rules_relative import iso_duration

_PER_PERIOD = {"annual": "P1Y", "yearly": "P1Y", "quarterly": "P3M", "monthly": "P1M",
               "weekly": "P1W"}
# what is summed over a period: "annual profit" is a year's profit, as "one-year" would say
_AMOUNTS = (r"(?:profits?|loss(?:es)?|income|earnings|sales|revenues?|output|production"
            r"|turnover|budgets?|deficits?|surplus(?:es)?|exports|imports|spending)")


def summed_over(m: re.Match[str], ctx: Context) -> Found | None:
    return Found("DURATION", _PER_PERIOD[m["w"].lower()], "duration", basis="explicit")


def frequency(m: re.Match[str], ctx: Context) -> Found | None:
    return Found("SET", FREQUENCY[m["w"].lower()], "set", basis="explicit")


_MONEY_BEFORE = re.compile(r"(?:\d|%|million|billion|dollars|times|once|twice|cents|tons)\s*$",
                           re.IGNORECASE)


def every(m: re.Match[str], ctx: Context) -> Found | None:
    q = m["e"].lower()
    if q == "a" and not _MONEY_BEFORE.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None
    x = m["x"].lower().rstrip(".")
    n = number(m["n"]) if m["n"] else 1
    if n is not None and m["other"]:
        n *= 2  # "every other week": every second one
    if x.rstrip("s") in UNITS or x in UNITS:
        unit = x if x in UNITS else x.rstrip("s")
        letter, timeish, _ = UNITS[unit]
        return Found("SET", iso_duration(n, letter, timeish), "set", basis="explicit")
    if x in WEEKDAYS:
        return Found("SET", f"XXXX-WXX-{WEEKDAYS[x] + 1}", "set", basis="explicit")
    if x in PARTS_OF_DAY:
        return Found("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[x]}", "set", basis="explicit")
    if x in SEASONS:
        return Found("SET", f"XXXX-{SEASONS[x]}", "set", basis="explicit")
    mon = month_number(x)
    if mon is None:
        return None
    return Found("SET", f"XXXX-{mon:02d}", "set", basis="explicit")


# after the relative rules, in this order (recognise.rule_table keeps it for equal matches)
FREQUENCY_RULES: list[tuple[str, str, object]] = [
    ("summed_over", rf"\b(?P<w>annual|yearly|quarterly|monthly|weekly)(?=\s+(?:net\s+|operating"
                    rf"\s+|pretax\s+)?{_AMOUNTS}\b)", summed_over),
    ("frequency", rf"\b(?P<w>{alt(list(FREQUENCY))})\b", frequency),
    ("every", rf"\b(?P<e>every|each|per|a)\s+(?P<other>other\s+)?(?:(?P<n>{NUM})\s+)?"
              rf"(?P<x>{UNIT}s?|{WD}|{MON}|{POD}|{SEASON})\b", every),
]
