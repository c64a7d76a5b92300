"""The learned event relevance (dateline/events/relevance.py): the shipped weights, its
loader's errors, its cues, and the events stage's use of it (Event.confidence and the
min_event_confidence filter). Our own sentences."""

from __future__ import annotations

import json
import math
import pickle
from pathlib import Path

import pytest
from _events_support import events_doc
from conftest import Annotate

from dateline.errors import DictionaryError, SettingsError
from dateline.events.relevance import (
    Model,
    doc_cues,
    features,
    read_model,
    rescore,
    score,
    shipped_model,
)
from dateline.model import AnnotatedDoc, Event
from dateline.settings import Settings
from dateline.stages.events import EventStage

MARKET = "Shares of the toolmaker gained six pct after it agreed to acquire a rival parts \
supplier for 52 dlrs a share in cash."
RAID = "Soldiers arrested nine suspected militants during a night raid in northern Mali, \
the Malian army said on Friday."
TALKS = "The foreign ministers of India and Pakistan agreed to resume border talks in \
Islamabad next month."


def _event(doc: AnnotatedDoc, trigger: str) -> Event:
    for e in doc.events:
        if e.evidence.trigger.lower() == trigger:
            return e
    raise AssertionError(f"no {trigger!r} event in {[e.evidence.trigger for e in doc.events]}")


def test_shipped_model_loads_once_and_has_weights() -> None:
    model = shipped_model()
    assert model is shipped_model()
    assert model.weights and math.isfinite(model.bias)
    assert any(k.startswith("type=") for k in model.weights)


def test_model_is_picklable_for_workers() -> None:
    model = shipped_model()
    assert pickle.loads(pickle.dumps(model)) == model
    stage = pickle.loads(pickle.dumps(EventStage(Settings.build(min_event_confidence=0.4))))
    assert stage.settings.min_event_confidence == 0.4


def test_probability_follows_the_weights() -> None:
    model = Model(-1.0, {"a": 2.0, "b": -3.0})
    assert model.probability({}) == pytest.approx(1 / (1 + math.e))
    assert model.probability({"a": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.probability({"b": 1.0, "unknown": 5.0}) < model.probability({})


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not JSON"),
        ('{"bias": 0.1}', "malformed"),
        ('{"bias": 0.1, "weights": {}}', "non-empty"),
        ('{"bias": "x", "weights": {"a": 1}}', "malformed"),
        ('{"bias": 0.1, "weights": {"a": NaN}}', "non-finite"),
    ],
)
def test_bad_weights_file_names_the_file(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "weights.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message) as err:
        read_model(path)
    assert str(path) in str(err.value)


def test_missing_weights_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.json"
    with pytest.raises(DictionaryError, match="cannot read") as err:
        read_model(path)
    assert "absent.json" in str(err.value)


def test_weights_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"about": "x", "bias": 0.5, "weights": {"mode": -1}}), "utf-8")
    assert read_model(path) == Model(0.5, {"mode": -1.0})


def test_cues_of_political_and_market_prose(annotate: Annotate) -> None:
    market, raid = (events_doc(annotate, t) for t in (MARKET, RAID))
    m = features(market, _event(market, "agreed"), doc_cues(market))
    r = features(raid, _event(raid, "arrested"), doc_cues(raid))
    assert m["sent_figures"] > r["sent_figures"]
    assert m["near_money"] == 1.0 and r["near_money"] == 0.0
    assert r["sent_place"] == 1.0 and r["doc_place_share"] > m["doc_place_share"]
    assert r["type=COERCE"] == 1.0 and r["lemma=arrest"] == 1.0 and r["lt=arrest|COERCE"] == 1.0


@pytest.mark.parametrize(("text", "headline"), [
    ("Troops arrest rebel commander\n\nThe weather stayed mild on Monday, forecasters said.",
     1.0),
    ("Troops arrested a rebel commander near the border on Monday, the army said.", 0.0),
])
def test_headline_cue(annotate: Annotate, text: str, headline: float) -> None:
    doc = events_doc(annotate, text)
    e = _event(doc, "arrest" if headline else "arrested")
    assert features(doc, e, doc_cues(doc))["headline"] == headline


@pytest.mark.parametrize(("text", "trigger"), [(RAID, "arrested"), (TALKS, "agreed")])
def test_political_event_outscores_a_market_deal(
    annotate: Annotate, text: str, trigger: str
) -> None:
    deal = _event(events_doc(annotate, MARKET), "agreed")
    political = _event(events_doc(annotate, text), trigger)
    assert deal.confidence < political.confidence


def test_stage_confidence_is_the_models(annotate: Annotate) -> None:
    doc = events_doc(annotate, RAID)
    assert doc.events
    model = shipped_model()
    for e in doc.events:
        assert e.confidence == score(doc, e, model)
        assert 0.0 <= e.confidence <= 1.0


def test_minimum_confidence_drops_events(annotate: Annotate) -> None:
    text = f"{MARKET} {RAID}"
    every = events_doc(annotate, text, settings=Settings.build(min_event_confidence=0.0))
    assert len(every.events) >= 2
    cut = sorted(e.confidence for e in every.events)[-1]  # only the best-scored stay
    some = events_doc(annotate, text, settings=Settings.build(min_event_confidence=cut))
    assert 0 < len(some.events) < len(every.events)
    assert all(e.confidence >= cut for e in some.events)
    assert rescore(every, every.events, shipped_model(), 1.01) == ()


def test_default_keeps_every_event() -> None:
    assert Settings.build().min_event_confidence == 0.0


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_minimum_confidence_out_of_range(bad: float) -> None:
    with pytest.raises(SettingsError, match="min_event_confidence"):
        Settings.build(min_event_confidence=bad)
