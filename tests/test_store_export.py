"""Exports: Parquet, CSV, JSONL of event records, PLOVER JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from _store_factory import corpus

from dateline.errors import StoreError
from dateline.store import EXPORT_FORMATS, Store


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with Store.memory() as s:
        s.write(corpus())
        yield s


@pytest.mark.parametrize("format", EXPORT_FORMATS)
def test_every_format_writes_every_event(store: Store, tmp_path: Path, format: str) -> None:
    out = tmp_path / "sub" / f"events.{format}"
    assert store.export(out, format) == 5
    assert out.stat().st_size > 0


def test_parquet_holds_flat_columns(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    store.export(out, "parquet")
    rows = duckdb.sql("SELECT id, event, actor_ids, recipient_names, date_start, "
                      "location_country FROM read_parquet(?) ORDER BY id",
                      params=[str(out)]).fetchall()
    raid = next(r for r in rows if r[0] == corpus()[0].events[0].id)
    assert raid[1:4] == ("ASSAULT", "taliban", "Islamic State Khorasan Province")
    assert str(raid[4]) == "2023-01-01" and raid[5] == "AFG"


def test_csv_has_a_header_and_joined_participants(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    store.export(out, "csv")
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5
    agree = next(r for r in rows if r["event"] == "AGREE")
    assert agree["actor_ids"] == "taliban; pak" and agree["document_date"] == "2023-05-04"


def test_jsonl_lines_are_the_event_records(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.jsonl"
    store.export(out, "jsonl")
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines == store.events(limit=10)


def test_plover_json_uses_source_and_target_lists(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    store.export(out, "plover")
    records = json.loads(out.read_text(encoding="utf-8"))
    raid = next(r for r in records if r["id"] == corpus()[0].events[0].id)
    assert raid["source"] == [{"actorText": "Taliban forces", "code": "AFG", "sector": "COP",
                               "name": "Taliban", "id": "taliban"}]
    assert raid["target"][0]["actorText"] == "ISIS-K fighters"
    assert raid["target"][0]["sector"] == "REB"  # from the actor type
    assert (raid["event"], raid["mode"], raid["eventText"]) == ("ASSAULT", "kill", "killed")
    assert (raid["date"], raid["enddate"], raid["quad_code"]) == ("2023-01-01", "2023-12-31", 4)
    undated = next(r for r in records if r.get("modality") == "alleged")
    assert undated["date"] == "2021-08-20" and "enddate" not in undated  # the report date


def test_empty_store_exports_an_empty_plover_array(tmp_path: Path) -> None:
    with Store.memory() as empty:
        assert empty.export(tmp_path / "e.json", "plover") == 0
    assert json.loads((tmp_path / "e.json").read_text()) == []


def test_unknown_format_names_the_choices(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="parquet"):
        store.export(tmp_path / "e.xml", "xml")
