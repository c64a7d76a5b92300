"""From a body of text and what a reader found about it to a ``Document`` or a ``Rejected``.

Every reader hands its records to one ``Builder``, so the checks (date present, real and
not in the future; text present and not too long) and their messages are the same for
every format.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from dateline.ingest.normalise import make_document
from dateline.model import Document, Rejected
from dateline.settings import Settings

FUTURE_MARGIN = dt.timedelta(days=365)

_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T\s]|[+-]\d\d:?\d\d$|Z$)")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1
    )
}
# Dates as pages write them in meta tags: "March 24, 2024", "24 March 2024".
_WRITTEN = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y")
_DMY = re.compile(r"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})\b")  # Reuters: 26-FEB-1987 15:01:01.79


def reject(reason: str, source_file: str | None, line: int | None = None) -> Rejected:
    return Rejected(None, "ingest", reason, source_file=source_file, line=line)


def parse_date(value: str | dt.date) -> dt.date:
    """A document date from ISO 8601 (date or date-time), RFC 2822 or DD-MON-YYYY.

    The calendar date is taken as written (no time-zone shift). Raises ``ValueError``
    with a message fit for a user.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if match := _ISO.match(text) or _COMPACT.match(text):
        return _make(int(match[1]), int(match[2]), int(match[3]), text)
    if match := _DMY.match(text):
        month = _MONTHS.get(match[2].upper())
        if month is None:
            raise ValueError(f"unknown month {match[2]!r} in {text!r}")
        return _make(int(match[3]), month, int(match[1]), text)
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for layout in _WRITTEN:
        try:
            return dt.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {text!r} (expected YYYY-MM-DD)")


def _make(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"impossible date {text!r}: {exc}") from None


@dataclass(frozen=True, slots=True)
class Builder:
    """Checks and builds documents for one read (``date`` is ``--date``: it wins)."""

    settings: Settings
    date: dt.date | None = None
    today: dt.date | None = None

    def build(
        self,
        raw: str,
        date: str | dt.date | None,
        *,
        source_file: str,
        line: int | None,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        no_date: str = "no date; give one with --date",
    ) -> Document | Rejected:
        if not raw.strip():
            return reject("empty document (no text)", source_file, line)
        limit = self.settings.max_document_chars
        if len(raw) > limit:
            return reject(
                f"document of {len(raw):,} characters is over max_document_chars ({limit:,})",
                source_file,
                line,
            )
        chosen = self.date or date
        if chosen is None or (isinstance(chosen, str) and not chosen.strip()):
            return reject(no_date, source_file, line)
        try:
            when = self.check(parse_date(chosen))
        except ValueError as exc:
            return reject(str(exc), source_file, line)
        return make_document(
            raw, when, title=title, url=url, source=source, source_file=source_file, line=line
        )

    def check(self, when: dt.date) -> dt.date:
        today = self.today or dt.date.today()
        if when > today + FUTURE_MARGIN:
            raise ValueError(f"date in the future: {when.isoformat()} is over a year from today")
        return when
