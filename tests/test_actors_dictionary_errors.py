"""User dictionaries: added through Settings.actor_paths; malformed entries name file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.actors import build_kb, load_kb
from dateline.errors import DictionaryError
from dateline.ingest.normalise import make_document
from dateline.pipeline import Pipeline
from dateline.settings import Settings

HEADER = "id\ttype\tname\tcountry\tsector\taliases\n"
SECTOR_HEADER = "phrase\ttype\tsector\trefers\n"


def write(tmp_path: Path, body: str, name: str = "mine.tsv", header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text("# my actors\n" + header + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("blue_fox\tgang\tBlue Fox\t\t\t\n", 3, "unknown type 'gang'"),
        ("blue_fox\tarmed_group\tBlue Fox\tXYZ\t\t\n", 3, "'XYZ' is not an ISO"),
        ("a\tngo\tA\t\t\t\nb c\tngo\tB\t\t\t\n", 4, "bad id 'b c'"),
        ("a\tngo\tA\t\t\t\na\tngo\tA2\t\t\t\n", 4, "duplicate id 'a' (first on line 3)"),
        ("a\tngo\tA\t\t\tx\textra\n", 3, "7 tab-separated cells"),
        ("a\tngo\t\t\t\t\n", 3, "has no name"),
        ("unk:a\tngo\tA\t\t\t\n", 3, "reserved"),
    ],
)
def test_bad_entries_name_file_and_line(tmp_path: Path, body: str, line: int, words: str) -> None:
    path = write(tmp_path, body)
    with pytest.raises(DictionaryError) as caught:
        build_kb((str(path),))
    assert caught.value.source_file == str(path)
    assert caught.value.line == line
    assert words in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_bad_header(tmp_path: Path) -> None:
    path = write(tmp_path, "a\tngo\n", header="key\ttype\n")
    with pytest.raises(DictionaryError, match=r"mine\.tsv:2: bad header"):
        build_kb((str(path),))


def test_bad_sector_entry(tmp_path: Path) -> None:
    path = write(tmp_path, "coastguards\tnavy\tmaritime\t\n", header=SECTOR_HEADER)
    with pytest.raises(DictionaryError, match=r"mine\.tsv:3: unknown type 'navy'"):
        build_kb((str(path),))


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="no such actor dictionary"):
        build_kb((str(tmp_path / "nope.tsv"),))


def test_a_folder_of_dictionaries_is_read(tmp_path: Path) -> None:
    write(tmp_path, "blue_fox\tarmed_group\tBlue Fox Brigade\tMLI\trebels\tBFB|Blue Foxes\n")
    write(tmp_path, "lake watchers\tngo\tmonitors\t\n", "words.tsv", SECTOR_HEADER)
    kb = build_kb((str(tmp_path),))
    hit = kb.lookup("BFB")
    assert hit is not None and hit.actor.country == "MLI"
    assert kb.sector("lake watchers") is not None


def test_user_entries_resolve_in_text(tmp_path: Path) -> None:
    path = write(tmp_path, "blue_fox\tarmed_group\tBlue Fox Brigade\tMLI\trebels\tBlue Foxes\n")
    settings = Settings.build(actor_paths=[str(path)])
    pipe = Pipeline(settings, stages=("nlp", "actors"))
    doc = pipe(make_document("The Blue Foxes ambushed a patrol.", dt.date(2024, 3, 1)))
    assert not isinstance(doc, type(None))
    ids = [m.actor_id for m in getattr(doc, "mentions", ())]
    assert "blue_fox" in ids
    assert load_kb(settings) is load_kb(settings)


def test_user_entry_replaces_a_shipped_one(tmp_path: Path) -> None:
    path = write(tmp_path, "taliban\tgovernment\tIslamic Emirate\tAFG\t\tTaliban\n")
    kb = build_kb((str(path),))
    actor = kb.get("taliban")
    assert actor is not None and actor.type == "government"


def test_bad_user_dictionary_fails_when_the_pipeline_is_built(tmp_path: Path) -> None:
    path = write(tmp_path, "blue_fox\tgang\tBlue Fox\t\t\t\n")
    with pytest.raises(DictionaryError, match=r"mine\.tsv:3: unknown type 'gang'"):
        Pipeline(Settings.build(actor_paths=[str(path)]), stages=("nlp", "actors"))
