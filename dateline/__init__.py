"""dateline: dated news in, sourced and time-resolved PLOVER political event records out.

    >>> from dateline import extract
    >>> records = extract("Rebels seized the town on Tuesday.", date="2024-03-21")

The public surface is ``__all__``; everything else may change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dateline.errors import DatelineError
from dateline.model import AnnotatedDoc, Document, Event, Rejected
from dateline.pipeline import Pipeline
from dateline.settings import Settings

if TYPE_CHECKING:
    from dateline.store import Store

__version__ = "0.1.0"


def extract(text: str, *, date: Any, **overrides: Any) -> list[dict[str, Any]]:
    """Event records for one text reported on ``date`` (see runner.extract)."""
    from dateline.runner import extract as _extract

    return _extract(text, date=date, **overrides)


def __getattr__(name: str) -> Any:
    # the store pulls in DuckDB: import it only when asked for
    if name == "Store":
        from dateline.store import Store

        return Store
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")


__all__ = [
    "AnnotatedDoc",
    "DatelineError",
    "Document",
    "Event",
    "Pipeline",
    "Rejected",
    "Settings",
    "Store",
    "__version__",
    "extract",
]
