"""Bad input: one clear Rejected naming file and line; the other documents are still read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dateline.ingest import ReadStats, read_paths
from dateline.model import Document, Rejected
from dateline.settings import Settings

REPORT = "Police detained dozens of protesters outside parliament in Tbilisi."
GOOD = json.dumps({"text": REPORT, "date": "2024-05-14"})
NEXT_YEARS = (dt.date.today() + dt.timedelta(days=800)).isoformat()


def read(path: Path, **kwargs: object) -> list[Document | Rejected]:
    return list(read_paths([str(path)], **kwargs))  # type: ignore[arg-type]


def one_rejection(items: list[Document | Rejected]) -> Rejected:
    (item,) = items
    assert isinstance(item, Rejected), item
    assert (item.document_id, item.stage) == (None, "ingest")
    return item


@pytest.mark.parametrize(
    ("name", "content", "line", "words"),
    [
        ("empty.txt", b"", 1, "empty file"),
        ("blank.txt", b"  \n\n \t\n", 1, "empty file"),
        ("empty.jsonl", b"", 1, "empty file"),
        ("empty.csv", b"", 1, "empty file"),
        ("empty.html", b"", 1, "empty file"),
        ("header-only.txt", b"date 2024-05-14\n\n", 1, "empty document"),
        ("blank-lines.jsonl", b"\n\n\n ", 1, "empty file"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "binary file"),
        ("binary.jsonl", b'{"a": 1}\n\x00\x01\x02', 2, "binary file"),
        ("undecodable.txt", b"date 2024-05-14\nPolice \x81\x8d detained", 2, "undecodable"),
        ("missing.txt", REPORT.encode(), 1, "no date"),
        ("impossible.txt", f"date 2024-02-30\n{REPORT}".encode(), 1, "impossible date"),
        ("month13.txt", f"\n\ndate 2024-13-01\n{REPORT}".encode(), 3, "impossible date"),
        ("slashes.txt", f"date 24/03/2024\n{REPORT}".encode(), 1, "unreadable date"),
        ("future.txt", f"date {NEXT_YEARS}\n{REPORT}".encode(), 1, "date in the future"),
        ("nodate.html", f"<html><body><p>{REPORT}</p></body></html>".encode(), 1, "no date"),
        ("columns.csv", f"headline,date\nProtest,2024-05-14\n{REPORT}".encode(), 1, "no 'text'"),
        (
            "doctype.xml",
            b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaa">]>\n<rss><channel/></rss>',
            2,
            "DOCTYPE",
        ),
        ("notfeed.xml", b"<?xml version='1.0'?>\n<catalog><book/></catalog>", 1, "not an RSS"),
        ("nobody.sgm", b"<!DOCTYPE lewis SYSTEM 'lewis.dtd'>\nnothing\n", 1, "no <REUTERS>"),
    ],
)
def test_bad_file_gives_one_rejection(
    tmp_path: Path, name: str, content: bytes, line: int, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    rejected = one_rejection(read(path))
    assert (rejected.source_file, rejected.line) == (str(path), line)
    assert words in rejected.reason
    assert str(rejected).startswith(f"{path}:{line}: ")


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "report.txt"
    rejected = one_rejection(read(missing))
    assert rejected.source_file == str(missing)
    assert rejected.reason == "no such file or folder"


def test_document_over_the_limit_names_its_size(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(f"date 2024-05-14\n{'x' * 150}", encoding="utf-8")
    rejected = one_rejection(read(path, settings=Settings.build(max_document_chars=100)))
    assert "150 characters" in rejected.reason and "max_document_chars (100)" in rejected.reason


def test_five_megabyte_document_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"date 2024-05-14\n" + b"word " * 1_048_576)
    rejected = one_rejection(read(path))
    assert "5,242,896 bytes" in rejected.reason and "max_document_chars" in rejected.reason


def test_jsonl_bad_lines_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        GOOD,
        "{not json",
        json.dumps({"title": "no text", "date": "2024-05-14", "id": "r3"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Undated report.", "id": 5}),
        json.dumps({"text": "Bad date.", "date": "2024-02-30"}),
        json.dumps({"text": "Numeric text?", "date": "2024-05-14", "extra": 1})[:-1] + ', "x"',
        json.dumps({"text": "A second good report.", "published": "2024-05-15"}),
    ]
    data = "\n".join(lines).encode() + b"\n" + b'{"text": "caf\xe9 \x81", "date": "2024-05-14"}\n'
    path.write_bytes(data + GOOD.replace("Police", "Soldiers").encode())
    items = read(path)
    assert [(i.line, type(i).__name__) for i in items] == [
        (1, "Document"),
        (2, "Rejected"),
        (3, "Rejected"),
        (4, "Rejected"),
        (5, "Rejected"),
        (6, "Rejected"),
        (7, "Rejected"),
        (8, "Document"),
        (9, "Rejected"),
        (10, "Document"),
    ]
    reasons = [i.reason for i in items if isinstance(i, Rejected)]
    assert reasons[0].startswith("not JSON")
    assert "no 'text' field" in reasons[1] and "'r3'" in reasons[1]
    assert "got list" in reasons[2]
    assert "no date" in reasons[3] and "5" in reasons[3]
    assert "impossible date" in reasons[4]
    assert "undecodable" in reasons[6]


def test_csv_bad_row_is_named_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text(
        f'text,date\n"{REPORT}",2024-05-14\n"Undated.",\n"Later report.",2024-05-16\n',
        encoding="utf-8",
    )
    items = read(path)
    assert [(i.line, type(i).__name__) for i in items] == [
        (2, "Document"),
        (3, "Rejected"),
        (4, "Document"),
    ]


def test_csv_undecodable_line_stops_that_file_only(tmp_path: Path) -> None:
    bad = tmp_path / "a.csv"
    bad.write_bytes(
        b"text,date\nFirst report.,2024-05-14\nBroken \x81,2024-05-14\nLost.,2024-05-14\n"
    )
    good = tmp_path / "b.txt"
    good.write_text(f"date 2024-05-14\n{REPORT}", encoding="utf-8")
    items = read(tmp_path)
    assert [(Path(i.source_file or "").name, i.line, type(i).__name__) for i in items] == [
        ("a.csv", 2, "Document"),
        ("a.csv", 3, "Rejected"),
        ("b.txt", 1, "Document"),
    ]


def test_malformed_feed_keeps_items_before_the_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text(
        "<rss><channel>\n<item><title>A</title><pubDate>2024-05-14</pubDate>"
        f"<description>{REPORT}</description></item>\n<item><title>B</oops>\n",
        encoding="utf-8",
    )
    document, rejected = read(path)
    assert isinstance(document, Document) and document.raw == REPORT
    assert isinstance(rejected, Rejected) and rejected.line == 3
    assert "malformed XML" in rejected.reason


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("date 2024-05-14\nTbilisi caf\u00e9".encode("cp1252"), "Tbilisi café"),
        ("date 2024-05-14\nTbilisi caf\u00e9 \u2019".encode("utf-16"), "Tbilisi café ’"),
        ("date 2024-05-14\nTbilisi caf\u00e9".encode("utf-8-sig"), "Tbilisi café"),
        ("date 2024-05-14\nTbilisi caf\u00e9".encode("utf-32"), "Tbilisi café"),
    ],
)
def test_other_encodings_are_read(tmp_path: Path, data: bytes, text: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    (doc,) = read(path)
    assert isinstance(doc, Document) and doc.text == text


def test_utf16_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_bytes(f"{GOOD}\n{{oops\n".encode("utf-16"))
    assert [type(i).__name__ for i in read(path)] == ["Document", "Rejected"]


def test_a_batch_with_bad_files_still_reads_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "1-empty.txt").write_bytes(b"")
    (tmp_path / "2-binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "3-good.txt").write_text(f"date 2024-05-14\n{REPORT}", encoding="utf-8")
    (tmp_path / "4-impossible.txt").write_text("date 2023-02-29\nText.", encoding="utf-8")
    (tmp_path / "5-good.jsonl").write_text(
        GOOD.replace("Police", "Riot police") + "\n", encoding="utf-8"
    )
    stats = ReadStats()
    items = list(read_paths([str(tmp_path), str(tmp_path / "missing.csv")], stats=stats))
    assert [type(i).__name__ for i in items] == [
        "Rejected",
        "Rejected",
        "Document",
        "Rejected",
        "Document",
        "Rejected",
    ]
    assert (stats.documents, stats.rejected, stats.duplicates) == (2, 4, 0)
