"""The public surface is ``dateline.__all__``: small, importable, and enough to use."""

from __future__ import annotations

import pickle

import pytest

import dateline


def test_all_names_are_exported() -> None:
    assert sorted(dateline.__all__) == sorted(
        [
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
    )
    for name in dateline.__all__:
        assert getattr(dateline, name) is not None


def test_unknown_attributes_fail_clearly() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Stor'"):
        dateline.Stor  # noqa: B018


def test_extract_returns_event_records() -> None:
    records = dateline.extract(
        "Rebels seized the town of Goma on Tuesday, officials said.", date="2024-01-25"
    )
    [seized] = [r for r in records if r["evidence"]["trigger"].startswith("seized")]
    assert seized["event"] == "COERCE"
    assert seized["date"]["value"] == "2024-01-23"
    assert seized["attribution"]["source"] == "officials"


def test_a_built_pipeline_pickles_for_workers() -> None:
    pipeline = dateline.Pipeline(dateline.Settings.build())
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone.versions == pipeline.versions
