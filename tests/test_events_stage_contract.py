from __future__ import annotations

import pytest
from _events_support import HAS_ACTORS
from conftest import Annotate

from dateline.errors import PipelineError
from dateline.pipeline import Pipeline
from dateline.stages.events import EventStage


def test_stage_declares_its_layers() -> None:
    assert EventStage.requires == ("tokens", "sentences", "entities", "mentions")
    assert EventStage.assigns == ("events",)


def test_pipeline_without_mentions_fails_early() -> None:
    with pytest.raises(PipelineError, match="requires mentions"):
        Pipeline(stages=("nlp", "events"))


def test_stage_without_mentions_leaves_the_doc_unchanged(annotate: Annotate) -> None:
    doc = annotate("Rebels attacked the convoy.", stages=("nlp",))
    assert EventStage()(doc) is doc


@pytest.mark.skipif(not HAS_ACTORS, reason="the actors stage is not in this checkout")
@pytest.mark.parametrize(
    ("text", "event", "actor_country", "recipient_country"),
    [
        ("Russian troops shelled Ukrainian positions near Kharkiv.", "ASSAULT", "RUS", None),
        ("The United States imposed sanctions on Iran.", "SANCTION", "USA", "IRN"),
    ],
)
def test_end_to_end_through_the_default_stages(
    annotate: Annotate, text: str, event: str, actor_country: str, recipient_country: str | None
) -> None:
    doc = annotate(text, stages=("nlp", "time", "geo", "actors", "events"))
    e = doc.events[0]
    assert e.event == event
    assert [a.country for a in e.actor] == [actor_country]
    if recipient_country:
        assert [r.country for r in e.recipient] == [recipient_country]


def test_stage_pickles_without_resources() -> None:
    import pickle

    stage = pickle.loads(pickle.dumps(EventStage()))
    assert isinstance(stage, EventStage)
