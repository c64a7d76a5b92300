"""Printing records: table (Rich) on a terminal, or jsonl / json / csv for programs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

FORMATS = ("table", "jsonl", "json", "csv")


def default_format(stream: TextIO | None = None) -> str:
    stream = stream or sys.stdout
    return "table" if stream.isatty() else "jsonl"


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested record → flat columns (``date.value``); lists of actors → ``name; name``."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = "; ".join(_short(v) for v in value)
        else:
            flat[name] = value
    return flat


def _short(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("text") or value.get("id") or "")
    return str(value)


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    stream: TextIO | None = None,
) -> int:
    """Write records in ``fmt``; returns how many were written."""
    stream = stream or sys.stdout
    if fmt == "jsonl":
        count = 0
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            count += 1
        return count
    rows = list(records)
    if fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2, default=str)
        stream.write("\n")
    elif fmt == "csv":
        flat = [flatten(r) for r in rows]
        names = list(columns or _all_keys(flat))
        writer = csv.DictWriter(stream, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
    else:
        _write_table(rows, columns, title, stream)
    return len(rows)


def _all_keys(rows: list[dict[str, Any]]) -> list[str]:
    keys: dict[str, None] = {}
    for row in rows:
        keys.update(dict.fromkeys(row))
    return list(keys)


def _write_table(
    rows: list[dict[str, Any]], columns: Sequence[str] | None, title: str | None, stream: TextIO
) -> None:
    from rich.console import Console
    from rich.table import Table

    flat = [flatten(r) for r in rows]
    names = list(columns or _all_keys(flat))
    table = Table(title=title, show_lines=False)
    for name in names:
        table.add_column(HEADERS.get(name, name), overflow="fold")
    for row in flat:
        table.add_row(*("" if row.get(n) is None else str(row.get(n)) for n in names))
    # a pipe or file gets the whole table, not one folded to 80 columns
    width = None if stream.isatty() else 240
    Console(file=stream, width=width).print(table)


EVENT_COLUMNS = (
    "date.value",
    "event",
    "mode",
    "actor",
    "recipient",
    "location.name",
    "modality",
    "attribution.source",
    "evidence.trigger",
    "document.date",
)

# column → table header, where the flattened name would not say what it is
HEADERS = {
    "date.value": "happened",
    "location.name": "where",
    "attribution.source": "according to",
    "evidence.trigger": "trigger",
    "document.date": "reported",
}
