"""Record formats: JSONL (one object a line) and CSV/TSV (a header row, then one row a report).

Both take ``text`` and a date from ``date``, ``published`` or ``publication_date``; optional
``title``, ``url`` and ``source``. Names are matched without regard to case. A bad record
is one ``Rejected`` naming its line; the rest of the file is still read.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from dateline.errors import InputError
from dateline.ingest.records import Builder, reject
from dateline.model import Document, Rejected

DATE_FIELDS = ("date", "published", "publication_date")
NO_DATE = "no date: the record has no date, published or publication_date, and no --date"

Lines = Iterable[tuple[int, "str | InputError"]]


def record_document(
    record: Mapping[str, Any], source_file: str, line: int | None, builder: Builder
) -> Document | Rejected:
    fields = {str(k).strip().lower(): v for k, v in record.items()}
    text = fields.get("text")
    if not isinstance(text, str):
        got = "no 'text' field" if text is None else f"'text' is {type(text).__name__}, not text"
        return reject(f"{got}{_named(fields)}", source_file, line)
    date = next((fields[k] for k in DATE_FIELDS if fields.get(k) not in (None, "")), None)
    if date is not None and not isinstance(date, str):
        date = str(date)  # e.g. a number: let the date parser say what is wrong with it
    return builder.build(
        text,
        date,
        source_file=source_file,
        line=line,
        title=_optional(fields.get("title")),
        url=_optional(fields.get("url")),
        source=_optional(fields.get("source")),
        no_date=NO_DATE + _named(fields),
    )


def _named(fields: Mapping[str, Any]) -> str:
    ident = fields.get("id")
    return f" (record id {ident!r})" if ident not in (None, "") else ""


def _optional(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)


def read_jsonl(lines: Lines, source_file: str, builder: Builder) -> Iterator[Document | Rejected]:
    seen = False
    for number, line in lines:
        if isinstance(line, InputError):
            yield reject(line.reason, source_file, number)
            continue
        if not line.strip():
            continue
        seen = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield reject(f"not JSON: {exc.msg} (column {exc.colno})", source_file, number)
            continue
        if not isinstance(record, dict):
            kind = type(record).__name__
            yield reject(f"expected a JSON object, got {kind}", source_file, number)
            continue
        yield record_document(record, source_file, number, builder)
    if not seen:
        yield reject("empty file (no records)", source_file, 1)


def read_json(text: str, source_file: str, builder: Builder) -> Iterator[Document | Rejected]:
    """A ``.json`` file: an object, an array of objects, or objects one after another."""
    decoder = json.JSONDecoder()
    position, line, counted = 0, 1, 0
    while (position := _skip_space(text, position)) < len(text):
        line += text.count("\n", counted, position)
        counted = position
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            yield reject(f"not JSON: {exc.msg} (column {exc.colno})", source_file, exc.lineno)
            following = text.find("\n", exc.pos)  # resume on the next line, if any
            position = len(text) if following < 0 else following
            continue
        records = value if isinstance(value, list) else [value]
        for index, record in enumerate(records, start=1):
            yield _json_record(
                record, index if isinstance(value, list) else 0, line, source_file, builder
            )


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n\ufeff":
        position += 1
    return position


def _json_record(
    record: Any, index: int, line: int, source_file: str, builder: Builder
) -> Document | Rejected:
    where = f"record {index} of the array: " if index else ""
    if not isinstance(record, dict):
        kind = type(record).__name__
        return reject(f"{where}expected a JSON object, got {kind}", source_file, line)
    item = record_document(record, source_file, line, builder)
    if isinstance(item, Rejected) and where:
        item = reject(where + item.reason, source_file, line)
    return item


def read_csv(
    lines: Lines, source_file: str, builder: Builder, *, delimiter: str = ","
) -> Iterator[Document | Rejected]:
    """CSV with quoted multi-line fields; each record names the line where it starts."""
    limit = max(csv.field_size_limit(), builder.settings.max_document_chars * 2)
    csv.field_size_limit(limit)  # long articles are legal; the size check names them
    source = _TextLines(lines)
    reader = csv.reader(source, delimiter=delimiter)
    try:
        yield from _rows(reader, source, source_file, builder)
    except csv.Error as exc:
        yield reject(f"malformed CSV: {exc}", source_file, reader.line_num)
    if source.error is not None:
        number, error = source.error
        yield reject(f"{error.reason}; the rest of the file is not read", source_file, number)


def _rows(
    reader: Any, source: _TextLines, source_file: str, builder: Builder
) -> Iterator[Document | Rejected]:
    header = next((row for row in reader if row), None)  # blank lines before it are fine
    if header is None:
        yield reject("empty file", source_file, 1)
        return
    names = [name.strip().lower() for name in header]
    if "text" not in names:
        shown = ", ".join(n for n in names if n) or "none"
        yield reject(f"CSV has no 'text' column (columns: {shown})", source_file, reader.line_num)
        return
    start = reader.line_num + 1
    for row in reader:
        if any(cell.strip() for cell in row):
            record = dict(zip(names, row, strict=False))
            yield record_document(record, source_file, start, builder)
        start = reader.line_num + 1


class _TextLines:
    """Feeds decoded lines to ``csv.reader``; stops at the first undecodable line."""

    def __init__(self, lines: Lines):
        self._lines = iter(lines)
        self.error: tuple[int, InputError] | None = None

    def __iter__(self) -> Iterator[str]:
        for number, line in self._lines:
            if isinstance(line, InputError):
                self.error = (number, line)
                return
            yield line
