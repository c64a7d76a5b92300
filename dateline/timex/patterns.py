"""Regular-expression building blocks, assembled from the lexicon and compiled once."""

from __future__ import annotations

import re

from dateline.timex.lexicon import NUMBERS, ORDINALS, VAGUE_NUMBERS


def alt(words: list[str] | set[str] | frozenset[str]) -> str:
    """An alternation that tries longer words first (so "a few" beats "a"), grouped by first
    letter: the regex engine tries branches one by one, so "t(?:hree|wo)" rejects a word not
    starting with "t" in one test instead of one per word (twice as fast on number words)."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[:1], []).append(w)
    return "|".join(
        re.escape(ws[0][:1]) + "(?:" + "|".join(_escaped(w[1:]) for w in ws) + ")"
        for ws in groups.values()
    )


def _escaped(rest: str) -> str:
    return re.escape(rest).replace(r"\ ", r"\s+")


MON = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?"
    r"|aug(?:ust|\.)?|sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?"
    r"|dec(?:ember|\.)?)(?![a-z])"
)
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
POD = r"(?:morning|afternoon|evening|night)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUM1 = (
    rf"(?:\d+(?:[.,]\d+)?|{TENS}[-\s](?:one|two|three|four|five|six|seven|eight|nine)"
    rf"|{alt(set(NUMBERS) | set(VAGUE_NUMBERS))})"
)
NUM = rf"(?:\d+\s+1/2|\d+½|{_NUM1}(?:\s+and\s+a\s+half)?)"
ORD = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{alt(set(ORDINALS))})"
QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
# quantifiers that TIMEX3's mod captures belong to the expression; "just", "only", "barely"
# (no mod for them) stay outside it, as TimeML annotates
APPROX = "(?:" + alt(["about", "around", "approximately", "nearly", "almost", "some", "roughly",
                      "more than", "less than", "over", "under", "at least", "up to", "fully",
                      "exactly"]) + ")"
MODPFX = (
    r"(?P<mod>(?:the\s+)?(?:early|mid|late)(?:-|\s+)(?:in\s+)?"
    r"|(?:the\s+)?(?:beginning|start|middle|end|close|early\s+part|latter\s+part)\s+of\s+"
    r"(?:the\s+)?)"
)
REL = (
    r"(?P<rel>this\s+past|this\s+coming|last|this|next|coming|past|previous|following)"
)

# a clock time between a cue and its day ("until 8 a.m. Thursday", "effective noon Friday")
_CLOCK_GAP = (r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.|[ap]m)|noon|midnight)"
              r"(?:\s+(?:[ECMP][SD]T|GMT|UTC))?,?\s+)?")
# words before a day or month that put it still to come, whatever the tense: "as soon as
# Tuesday", "a pact effective June 1"
FORWARD_CUE = re.compile(rf"\b(?:as\s+(?:soon|early)\s+as|effective(?:\s+on)?)\s+{_CLOCK_GAP}$",
                         re.IGNORECASE)
# the end of a stretch: ahead when a present perfect runs up to it ("has extended it until May")
UNTIL_CUE = re.compile(rf"\b(?:until|till|through)\s+(?:mid-?|early\s+|late\s+)?{_CLOCK_GAP}$",
                       re.IGNORECASE)
CUE_REACH = 40  # characters before an expression that a cue (and a clock time) may take


def modifier_of(text: str | None) -> str | None:
    """TIMEX3 mod from a matched prefix ("early", "the end of", "mid-")."""
    if not text:
        return None
    low = text.lower()
    if any(w in low for w in ("early", "beginning", "start")):
        return "START"
    if any(w in low for w in ("mid", "middle")):
        return "MID"
    if any(w in low for w in ("late", "end", "close", "latter")):
        return "END"
    return None
