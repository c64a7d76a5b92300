"""Document dates: the forms readers accept, and the messages for the ones they refuse."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest.records import Builder, parse_date
from dateline.model import Document, Rejected
from dateline.settings import Settings


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-24", dt.date(2024, 3, 24)),
        ("2024-3-4", dt.date(2024, 3, 4)),
        ("2024-03-24T23:30:00-05:00", dt.date(2024, 3, 24)),  # the date as written
        ("2024-03-24T10:00:00Z", dt.date(2024, 3, 24)),
        ("2024-03-24 10:00", dt.date(2024, 3, 24)),
        ("20240324", dt.date(2024, 3, 24)),
        ("Sun, 24 Mar 2024 10:00:00 GMT", dt.date(2024, 3, 24)),
        (" 5-MAR-1987 09:22:57.75", dt.date(1987, 3, 5)),
        (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
        ("March 24, 2024", dt.date(2024, 3, 24)),
        ("24 Mar 2024", dt.date(2024, 3, 24)),
    ],
)
def test_parse_date(value: str | dt.date, expected: dt.date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2024-02-30", "impossible date '2024-02-30'"),
        ("2023-02-29", "impossible date"),
        ("24/03/2024", "unreadable date '24/03/2024'"),
        ("yesterday", "unreadable date"),
        ("5-XYZ-1987", "unknown month"),
    ],
)
def test_parse_date_refuses(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(value)


@pytest.mark.parametrize(
    ("date", "accepted"),
    [("2025-06-01", True), ("2026-05-31", True), ("2026-06-02", False)],
)
def test_future_dates_more_than_a_year_ahead_are_refused(date: str, accepted: bool) -> None:
    builder = Builder(Settings.build(), today=dt.date(2025, 6, 1))
    item = builder.build("Text.", date, source_file="f.txt", line=1)
    assert isinstance(item, Document) is accepted
    if not accepted:
        assert isinstance(item, Rejected) and "date in the future" in item.reason


def test_date_override_wins() -> None:
    builder = Builder(Settings.build(), date=dt.date(2020, 5, 5))
    item = builder.build("Text.", "2024-02-30", source_file="f.txt", line=1)
    assert isinstance(item, Document) and item.date == dt.date(2020, 5, 5)
