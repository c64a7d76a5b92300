"""dateline's exceptions. Library code raises these; CLI and API translate them at the edge.

DatelineError
├── SettingsError        a bad setting: names the key and the valid choices
├── InputError           a file or record that cannot be read: names the file and line
│   └── DocumentDateError    a missing or impossible document date
├── DictionaryError      a malformed user dictionary or lexicon entry: names file and line
├── PipelineError        stages in an impossible order: lists what is available
└── StoreError           the DuckDB store cannot be opened, migrated or written
"""

from __future__ import annotations


class DatelineError(Exception):
    """Root of every error dateline raises on purpose."""


class SettingsError(DatelineError):
    pass


class InputError(DatelineError):
    """An input that cannot be read. ``str()`` gives ``file:line: reason``."""

    def __init__(self, reason: str, *, source_file: str | None = None, line: int | None = None):
        self.reason = reason
        self.source_file = source_file
        self.line = line
        where = source_file or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {reason}")


class DocumentDateError(InputError):
    pass


class DictionaryError(InputError):
    pass


class PipelineError(DatelineError):
    pass


class StoreError(DatelineError):
    pass


__all__ = [
    "DatelineError",
    "DictionaryError",
    "DocumentDateError",
    "InputError",
    "PipelineError",
    "SettingsError",
    "StoreError",
]
