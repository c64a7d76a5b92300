"""Time words inside names: a programme ("60 Minutes", "This Week"), a paper or a show
("USA Today"), an index or a product named with a number ("the Russell 2000 index",
"Windows 2000"). Such a match is a name, not a time, and is dropped before the longest
matches are chosen (recognise.candidates)."""

from __future__ import annotations

import re

from dateline.timex.lexicon import MONTHS, SEASONS, WEEKDAYS

# a unit or a deictic word written with a capital after the first word of the expression:
# ordinary prose writes these in lower case ("sixty minutes", "this week")
_INNER_CAPITAL = re.compile(
    r"(?<=[\s-])(?:Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Weekends?|Fortnights?|Months?"
    r"|Quarters?|Years?|Decades?|Centur(?:y|ies)|Today|Tonight|Tomorrow|Yesterday)\b")
# a deictic word with a capital in mid-sentence, after a word or a number ("USA Today")
_DEICTIC = re.compile(r"(?:Today|Tonight|Tomorrow|Yesterday)\b")
_WORD_BEFORE = re.compile(r"[A-Za-z0-9][ \t]+$")
# a year between two capitalised words in mid-sentence ("the Russell 2000 Index", "Windows
# 2000 Server"), unless the first is one of the calendar's ("Christmas 1998 Sales"); a year
# ending a name is that year's event ("the Developers Conference 2010")
_YEAR = re.compile(r"\d{4}")
_NAME_BEFORE = re.compile(r"(?<![.!?\"'“(\n][ \t])(?<=[ \t])([A-Z][a-z]+)[ \t]+$")
_CALENDAR = frozenset({
    *MONTHS, *SEASONS, *WEEKDAYS, "sept", "fiscal", "calendar", "year", "christmas", "easter",
    "thanksgiving", "mid", "early", "late", "in", "of", "by", "from", "until", "since", "before",
    "after", "during", "through", "for", "and", "or", "to", "the", "class", "circa", "about",
    "around", "summer", "spring", "between", "at", "on",
})
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_LINE = re.compile(r"[^\n]*")
_WORDS = re.compile(r"[A-Za-z]+")


def in_name(text: str, start: int, end: int, upper: bool) -> bool:
    """Whether ``text[start:end]``, matched as a time, is part of a name."""
    if upper:
        return False  # a text in capitals: case tells nothing
    own = text[start:end]
    if _YEAR.fullmatch(own):
        name = _NAME_BEFORE.search(text, max(0, start - 24), start)
        return (name is not None and name[1].lower() not in _CALENDAR
                and _NAME_AFTER.match(text, end) is not None and not _title_line(text, start))
    capital = _INNER_CAPITAL.search(own) is not None or (
        _DEICTIC.match(own) is not None
        and _WORD_BEFORE.search(text, max(0, start - 3), start) is not None)
    return capital and not _title_line(text, start)


def _title_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline in title case: capitals tell nothing there."""
    line_start = text.rfind("\n", 0, pos) + 1
    words = _WORDS.findall(_LINE.match(text, line_start)[0])  # type: ignore[index]
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) > 0.7 * len(long_words)
