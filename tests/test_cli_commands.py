"""The CLI contract of docs/cli.md, command by command, over texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

REPORT_A = """date 2023-06-10
Police arrested 40 protesters in Nairobi on Thursday, according to Kenyan officials.
The Kenyan government accused opposition leaders of inciting violence.
"""
REPORT_B = """date 2024-02-02
Houthi rebels fired missiles at a cargo ship in the Red Sea on Wednesday, the US military said.
"""


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(runner: CliRunner, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("store") / "t.duckdb")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_prints_event_records(runner: CliRunner, corpus: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus / "a.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = _jsonl(result.stdout)
    arrest = [r for r in records if r["event"] == "COERCE"]
    assert arrest, records
    assert arrest[0]["date"]["value"] == "2023-06-08"  # the Thursday before a Saturday report
    assert arrest[0]["attribution"]["source"] == "Kenyan officials"


def test_extract_reads_stdin(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=REPORT_B)
    assert result.exit_code == 0, result.output
    assert {r["event"] for r in _jsonl(result.stdout)} >= {"ASSAULT"}


def test_ingest_is_idempotent(runner: CliRunner, corpus: Path, db: str) -> None:
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert again.exit_code == 0
    assert "stored 0 new documents" in again.stderr
    assert "2 already stored" in again.stderr


@pytest.mark.parametrize(
    ("args", "expected_types"),
    [
        (["--type", "coerce"], {"COERCE"}),
        (["--country", "YEM"], {"ASSAULT"}),
        (["--since", "2024-01-01", "--type", "ASSAULT"], {"ASSAULT"}),
        (["--text", "cargo ship"], {"ASSAULT"}),
    ],
)
def test_events_filters(runner: CliRunner, db: str, args: list[str], expected_types: set) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    assert {r["event"] for r in _jsonl(result.stdout)} == expected_types


def test_as_of_hides_later_reports(runner: CliRunner, db: str) -> None:
    every = _jsonl(runner.invoke(app, ["events", "--db", db, "--format", "jsonl"]).stdout)
    result = runner.invoke(
        app, ["events", "--db", db, "--format", "jsonl", "--as-of", "2023-12-31"]
    )
    early = _jsonl(result.stdout)
    assert early
    assert {r["document"]["date"] for r in early} == {"2023-06-10"}
    assert len(every) > len(early)


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_events_formats(runner: CliRunner, db: str, fmt: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "COERCE" in result.stdout


def test_timeline_and_actors(runner: CliRunner, db: str) -> None:
    timeline = runner.invoke(app, ["timeline", "Houthis", "--db", db, "--format", "jsonl"])
    assert timeline.exit_code == 0, timeline.output
    assert _jsonl(timeline.stdout)[0]["date"]["value"] == "2024-01-31"
    actors = runner.invoke(app, ["actors", "--db", db, "--format", "jsonl"])
    assert "KEN" in {a["country"] for a in _jsonl(actors.stdout)}


def test_clusters_lists_repeated_reports_and_events_filters_by_one(
    runner: CliRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    later = REPORT_B.replace("date 2024-02-02", "date 2024-02-03").replace(
        "the US military said", "US officials said on Saturday")
    (folder / "b2.txt").write_text(later, encoding="utf-8")
    db = str(tmp_path / "c.duckdb")
    assert runner.invoke(app, ["ingest", str(folder), "--db", db]).exit_code == 0
    listed = runner.invoke(app, ["clusters", "--db", db, "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    clusters = _jsonl(listed.stdout)
    assert [(c["event"], c["reports"]) for c in clusters] == [("ASSAULT", 2)]
    result = runner.invoke(app, ["events", "--db", db, "--format", "jsonl",
                                 "--cluster", clusters[0]["id"]])
    events = _jsonl(result.stdout)
    assert {e["document"]["date"] for e in events} == {"2024-02-02", "2024-02-03"}
    assert all(e["cluster"] == {"id": clusters[0]["id"], "reports": 2} for e in events)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "plover"])
def test_export(runner: CliRunner, db: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(app, ["export", "--db", db, "--out", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


@pytest.mark.parametrize(
    ("layer", "field", "expected"),
    [
        ("time", "value", "2023-06-08"),
        ("places", "country", "KEN"),
        ("actors", "country", "KEN"),
    ],
)
def test_annotate(runner: CliRunner, corpus: Path, layer: str, field: str, expected: str) -> None:
    result = runner.invoke(app, ["annotate", layer, str(corpus / "a.txt")])
    assert result.exit_code == 0, result.output
    rows = _jsonl(result.stdout)
    assert expected in {r.get(field) for r in rows}
    assert all(r["document"].endswith("a.txt") for r in rows)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("date 2024-02-30\nRebels attacked a convoy.\n", "bad.txt:1"),
        ("", "bad.txt"),
    ],
)
def test_bad_input_names_the_file_and_exits_1(
    runner: CliRunner, tmp_path: Path, content: str, message: str
) -> None:
    (tmp_path / "bad.txt").write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text(REPORT_B, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 1
    assert message in result.stderr
    assert _jsonl(result.stdout), "the good file is still processed"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--db", "missing.duckdb"], "--db missing.duckdb: no such store"),
        (["events", "--format", "xml"], "--format 'xml'"),
        (["extract", "x.txt", "--date", "2024-13-01"], "--date: '2024-13-01' is not a date"),
    ],
)
def test_user_errors_are_one_clear_line(
    runner: CliRunner, db: str, args: list[str], message: str
) -> None:
    if "--db" not in args and args[0] == "events":
        args = [*args, "--db", db]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_readme_documents_every_command() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]  # type: ignore[union-attr]
    commands += ["annotate time", "annotate places", "annotate actors"]
    for name in commands:
        assert f"dateline {name}" in readme, name
