"""Word tables for temporal expressions (written for dateline)."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}
NUMBERS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "dozen": 12, "a couple of": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5, "a couple": 2,
}
# quantities that say "some number": TIMEX3 writes them as X
VAGUE_NUMBERS = frozenset(
    {"several", "a few", "few", "some", "many", "dozens of", "hundreds of", "the past few",
     "numerous", "recent", "the last few", "the next few", "coming"}
)
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "last": 4, "final": 4,
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}
# unit word → (TIMEX3 duration letter, is-time-of-day unit, granularity)
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"),
    "hour": ("H", True, "hour"), "day": ("D", False, "day"), "night": ("D", False, "day"),
    "week": ("W", False, "week"), "fortnight": ("W", False, "week"),
    "month": ("M", False, "month"), "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"), "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"),
}
# adverbs of frequency → SET value
FREQUENCY: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W",
    "biweekly": "P2W", "fortnightly": "P2W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M", "semiannually": "P6M",
    "per annum": "P1Y",
}
# fuzzy references (TIMEX3 PRESENT_REF / PAST_REF / FUTURE_REF)
REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "the present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "right now": "PRESENT_REF", "the time being": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "in the past": "PAST_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "someday": "FUTURE_REF",
    "a later date": "FUTURE_REF", "a later time": "FUTURE_REF", "this moment": "PRESENT_REF",
}
# prefixes that narrow a period (TIMEX3 mod)
MODIFIERS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "beginning of": "START", "start of": "START",
    "mid": "MID", "the middle of": "MID", "middle of": "MID", "the mid": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the late": "END",
    "the latter part of": "END", "the close of": "END", "the early": "START",
}
