from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import DictionaryError
from dateline.events.lexicon import Entry, load, parse
from dateline.events.tables import MODES, TYPES


def test_shipped_lexicon_covers_every_plover_type() -> None:
    lex = load()
    assert {e.event for e in lex.entries} - {"-"} == set(TYPES)


def test_shipped_modes_are_plover_modes() -> None:
    for e in load().entries:
        if e.mode:
            assert e.mode in MODES[e.event], e.source


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("v:kill | KILL | | |", "unknown PLOVER type 'KILL'"),
        ("v:kill | ASSAULT | bombing | |", "mode 'bombing' is not a PLOVER mode of ASSAULT"),
        ("v:kill | ASSAULT | | war |", "unknown context 'war'"),
        ("v:kill | ASSAULT | |", "expected 5 '|'-separated columns"),
        ("x:kill | ASSAULT | | |", "pattern must start with"),
        ("v:kill | ASSAULT | | | loud", "unknown flag 'loud'"),
        ("mode:bomb | ASSAULT | | |", "a mode cue needs a mode"),
    ],
)
def test_malformed_lines_name_file_and_line(line: str, message: str) -> None:
    with pytest.raises(DictionaryError) as err:
        parse(["# a comment", "", line], "mine.txt")
    assert str(err.value).startswith("mine.txt:3: ")
    assert message in str(err.value)


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    user = tmp_path / "extra.txt"
    user.write_text(
        "v:kill | COERCE | arrest | |   # a silly override\n"
        "n:skirmish | ASSAULT | | | recip anaphor\n",
        encoding="utf-8",
    )
    lex = load((str(tmp_path),))
    entries = {e.key: e for e in lex.entries}
    assert entries["v:kill"].event == "COERCE"
    assert isinstance(entries["n:skirmish"], Entry)
    assert entries["n:skirmish"].flags == {"recip", "anaphor"}


def test_bad_user_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("v:kill | ASSAULT | | |\nv:hug | HUG | | |\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"bad\.txt:2: unknown PLOVER type 'HUG'"):
        load((str(bad),))


def test_missing_user_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="no such lexicon"):
        load((str(tmp_path / "nope.txt"),))
