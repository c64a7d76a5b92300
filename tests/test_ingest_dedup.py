"""Identity and dedup: the same report read twice (even re-encoded) is one document."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.ingest import ReadStats, read_paths
from dateline.model import Document

REPORT = "The envoy’s convoy reached Goma on Friday, aid workers said."


def test_duplicates_are_skipped_and_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"date 2024-02-09\n{REPORT}", encoding="utf-8")
    broken = REPORT.encode("utf-8").decode("cp1252")  # the same report as mojibake
    (tmp_path / "b.txt").write_text(f"date 2024-02-09\n{broken}", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"text": REPORT, "date": "2024-02-09"})
        + "\n"
        + json.dumps({"text": "A different report.", "date": "2024-02-09"})
        + "\n",
        encoding="utf-8",
    )
    stats = ReadStats()
    items = list(read_paths([str(tmp_path), str(tmp_path / "a.txt")], stats=stats))
    assert all(isinstance(i, Document) for i in items)
    assert [i.text for i in items] == [REPORT, "A different report."]
    assert (stats.documents, stats.duplicates, stats.rejected, stats.files) == (2, 3, 0, 4)


def test_ids_are_stable_across_reads(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"date 2024-02-09\n{REPORT}", encoding="utf-8")
    first = [i.id for i in read_paths([str(path)]) if isinstance(i, Document)]
    second = [i.id for i in read_paths([str(path)]) if isinstance(i, Document)]
    assert first == second and len(first[0]) == 64


def test_offsets_index_the_body_as_read(tmp_path: Path) -> None:
    broken = REPORT.encode("utf-8").decode("cp1252")
    path = tmp_path / "a.txt"
    path.write_text(f"date 2024-02-09\n{broken}", encoding="utf-8")
    (doc,) = read_paths([str(path)])
    assert isinstance(doc, Document)
    start = doc.text.index("Goma")
    body = path.read_text(encoding="utf-8").split("\n", 1)[1]
    assert body[doc.to_raw(start) : doc.to_raw(start + 4)] == "Goma"
