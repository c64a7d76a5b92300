"""The geo stage as a pipeline piece: picklable, injectable gazetteer, cache location."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from dateline.geo import index as geo_index
from dateline.geo import make_gazetteer
from dateline.geo.build import Row
from dateline.stages.geo import GeoStage


def test_stage_pickles_without_the_index() -> None:
    stage = GeoStage()
    assert len(pickle.dumps(stage)) < 10_000


def test_stage_uses_an_injected_gazetteer(annotate) -> None:
    row = Row("dateline:zorbia", "Zorbiatown", "city", "PPL", "AFG", None, 10.0, 20.0, 5000,
              ("Zorbiatown",))
    doc = annotate("The talks were held in Zorbiatown on Monday.", stages=("nlp",))
    out = GeoStage(gazetteer=make_gazetteer([row]))(replace(doc))
    assert "places" in out.done
    assert [(p.name, p.lat, p.gazetteer_id) for p in out.places] == [
        ("Zorbiatown", 10.0, "dateline:zorbia")]


@pytest.mark.parametrize(
    ("env", "expected"),
    [({"DATELINE_CACHE_DIR": "/x/dl"}, Path("/x/dl")),
     ({"XDG_CACHE_HOME": "/x/cache"}, Path("/x/cache/dateline"))],
)
def test_cache_dir_follows_the_environment(monkeypatch, env, expected) -> None:
    monkeypatch.delenv("DATELINE_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert geo_index.cache_dir() == expected
    assert geo_index.index_path().name.startswith(f"geo-index-v{geo_index.INDEX_VERSION}-")


@pytest.mark.parametrize("text", ["", "...", "in", "In the of the village of.", "Kunar province"])
def test_odd_inputs_do_not_break_the_stage(annotate, text: str) -> None:
    doc = annotate(text, stages=("nlp", "geo"))
    assert "places" in doc.done
    for place in doc.places:
        assert 0 <= place.start < place.end <= len(doc.document.text)
