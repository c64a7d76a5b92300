"""Shared fixtures. The spaCy model loads once per test session (stages cache it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Rejected
from dateline.pipeline import Pipeline
from dateline.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"
if not SHARED.exists():  # a clean clone has ../shared beside the repo
    SHARED = Path(__file__).resolve().parents[1].parent / "shared"

Annotate = Callable[..., AnnotatedDoc]


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.build()


@pytest.fixture(scope="session")
def annotate(settings: Settings) -> Annotate:
    """annotate(text, date="2024-03-24", stages=("nlp", "time")) → AnnotatedDoc."""
    pipelines: dict[tuple[str, ...], Pipeline] = {}

    def run(text: str, date: str = "2024-03-24", stages: Sequence[str] = ("nlp",)) -> AnnotatedDoc:
        key = tuple(stages)
        if key not in pipelines:
            pipelines[key] = Pipeline(settings, stages=key)
        result = pipelines[key](make_document(text, dt.date.fromisoformat(date)))
        assert not isinstance(result, Rejected), str(result)
        return result

    return run


@pytest.fixture(scope="session")
def seed_path() -> Path:
    paths = sorted((SHARED / "seeds").glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds is not beside this checkout")
    return paths[0]
