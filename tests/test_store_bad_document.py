"""One document the store cannot hold is rejected by name; the rest of its batch is stored."""

from __future__ import annotations

import datetime as dt

from _store_factory import PAK, TALIBAN, annotated, day, event

from dateline.ingest.normalise import make_document
from dateline.model import Magnitude
from dateline.store import Store

GOOD = "Pakistan closed the border crossing on Monday."
BAD = "Taliban forces shelled a border post on Monday."


def test_an_unstorable_document_is_rejected_and_the_batch_goes_on() -> None:
    good_doc = make_document(GOOD, dt.date(2024, 5, 8), source_file="good.txt")
    bad_doc = make_document(BAD, dt.date(2024, 5, 8), source_file="bad.jsonl", line=4)
    monday = day("2024-05-06", "on Monday")
    closed = event(good_doc, GOOD, "closed", "COERCE", actor=(PAK,), date=monday)
    # more dead than an INTEGER column holds: the write of this document must fail
    shelled = event(
        bad_doc,
        BAD,
        "shelled",
        "ASSAULT",
        actor=(TALIBAN,),
        date=monday,
        magnitude=Magnitude(dead=10**12),
    )
    with Store.open(":memory:") as store:
        summary = store.write([annotated(good_doc, [closed]), annotated(bad_doc, [shelled])])
        assert summary.documents == 1
        [rejected] = summary.rejected
        assert str(rejected).startswith("bad.jsonl:4: could not be stored")
        assert rejected.stage == "store"
        assert [r["event"] for r in store.events()] == ["COERCE"]
        assert store.summary()["rejected"] == 1
