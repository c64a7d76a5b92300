"""Sentence starts that the text's layout makes, set before the parser (which keeps them).

- A blank line ends a sentence: a headline, a byline or a list item has no closing stop,
  and the parser would run it into the paragraph below.
- A dateline ends one: "KABUL, March 24 (Reuters) - Taliban forces…" would otherwise make
  "KABUL, March 24 -" part of the lead sentence's subject.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_WORD = r"[A-Z][\w.'’-]*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a line opening with a place ("BEIRUT", "COLUMBUS, Ohio"), an optional date and news
# agency, then a spaced dash
DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*(?P<place>{_NAME}(?:, {_NAME}){{0,2}})"
    rf"(?P<date>,? {_MONTH} \d{{1,2}})?"
    r"(?P<agency> ?\([A-Za-z][\w &.-]{0,30}\))?"
    r" ?(?:--|-|–|—|_) (?=\S)"
)


def datelines(text: str) -> list[int]:
    """Offsets where the text after a dateline starts. A place in title case counts only
    with a date or an agency ("Kabul, March 24 -"): "The U.S. - China talks" is no dateline."""
    out = []
    for m in DATELINE.finditer(text):
        place = m["place"]
        capitals = place.upper() == place and sum(c.isalpha() for c in place) >= 3
        if capitals or m["date"] or m["agency"]:
            out.append(m.end())
    return out


def mark_breaks(doc: Doc) -> Doc:
    """Set the sentence starts of blank lines and datelines on a tokenised ``Doc``."""
    text = doc.text
    starts: list[int] = []
    for offset in datelines(text):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            starts.append(span.start)
    if _BLANK_LINE.search(text):  # hard-wrapped text without paragraphs costs no token walk
        starts += [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    for i in starts:
        doc[i].is_sent_start = True
    return doc
