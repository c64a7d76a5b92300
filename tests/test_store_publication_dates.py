"""Events dated only by their report (basis "publication") sort, filter and aggregate at
the report's date, while their records keep the honest open start."""

from __future__ import annotations

import datetime as dt

from _store_factory import PAK, TALIBAN, annotated, day, event

from dateline.ingest.normalise import make_document
from dateline.model import TimeRef
from dateline.store import Store

TEXT_A = "Taliban forces shelled a border post. Pakistan protested."
TEXT_B = "Pakistan closed the border crossing on Monday."


def _store() -> Store:
    store = Store.open(":memory:")
    doc_a = make_document(TEXT_A, dt.date(2024, 5, 20))
    published = TimeRef("", "DATE", "2024-05-20", "day", None, dt.date(2024, 5, 20), "publication")
    shelled = event(
        doc_a,
        "Taliban forces shelled a border post.",
        "shelled",
        "ASSAULT",
        actor=(TALIBAN,),
        recipient=(PAK,),
        date=published,
    )
    doc_b = make_document(TEXT_B, dt.date(2024, 5, 8))
    closed = event(
        doc_b,
        TEXT_B,
        "closed",
        "COERCE",
        actor=(PAK,),
        recipient=(TALIBAN,),
        date=day("2024-05-06", "on Monday"),
    )
    store.write([annotated(doc_a, [shelled]), annotated(doc_b, [closed])])
    return store


def test_the_record_keeps_an_open_start() -> None:
    with _store() as store:
        [record] = store.events(type="ASSAULT")
        assert (record["date"]["start"], record["date"]["end"]) == (None, "2024-05-20")


def test_timeline_places_it_at_its_report_date() -> None:
    with _store() as store:
        order = [r["event"] for r in store.timeline("taliban")]
        assert order == ["COERCE", "ASSAULT"]


def test_it_counts_in_its_report_month_and_date_filters() -> None:
    with _store() as store:
        assert {r["key"]: r["count"] for r in store.aggregate("month")} == {"2024-05": 2}
        assert [r["event"] for r in store.events(since=dt.date(2024, 5, 15))] == ["ASSAULT"]
