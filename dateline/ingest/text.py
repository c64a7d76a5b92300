"""Dated text: optional blank space, a first line ``date YYYY-MM-DD``, then the report.

The header may share its line with the text (``date 2024-03-24 ISIS-K was…``): the body
starts after the date and the blanks that follow it on that line (and one line break).
Plain text without the header is read too, and needs ``--date``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.ingest.records import Builder, reject
from dateline.model import Document, Rejected

# The value's digits are loose on purpose so that "date 2024-02-30" is caught as impossible, not
# taken for text; a first line like "date palms…" is text.
HEADER = re.compile(
    r"\s*date(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{1,2}-\d{1,2})(?![\w-])[ \t]*(?:\r\n|\r|\n)?",
    re.IGNORECASE,
)

# Any other first line "date <something starting with a digit>" is a header too: the whole
# line, so that "date 24 March 2024" is read and "date 24/03/2024" named as unreadable.
LOOSE_HEADER = re.compile(
    r"\s*date(?:[ \t]*:[ \t]*|[ \t]+)(\d[^\r\n]*?)[ \t]*(?:\r\n|\r|\n|$)", re.IGNORECASE
)

NO_DATE = "no date: start the file with a line 'date YYYY-MM-DD' or give --date"


def split_header(text: str) -> tuple[str | None, int, str]:
    """``(date value or None, line number of the header, body)``."""
    match = HEADER.match(text) or LOOSE_HEADER.match(text)
    if match is None:
        return None, 1, text
    lead = text[: match.start(1)]
    return match[1], lead.count("\n") + 1, text[match.end() :]


def read_dated_text(text: str, source_file: str, builder: Builder) -> Iterator[Document | Rejected]:
    if not text.strip():
        yield reject("empty file", source_file, 1)
        return
    value, line, body = split_header(text)
    yield builder.build(body, value, source_file=source_file, line=line, no_date=NO_DATE)
