"""Event confidence: the score the events stage ships (now the learned relevance,
events/relevance.py; see test_events_relevance.py), and the Reuters-only model that was
tried and not shipped (benchmarks/confidence_model.py, trained by train_confidence.py): its
features, its loader's errors, its fitting and its measures. Our own sentences."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import Annotate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from confidence_model import WEIGHTS, Model, doc_cues, features, read_model, score
from eval_confidence import auc, average_precision
from train_confidence import fit, predict

from dateline.errors import DictionaryError
from dateline.model import AnnotatedDoc, Event

STAGES = ("nlp", "actors", "events")
MARKET = "Shares of the maker climbed four pct after it agreed to take over a smaller competitor \
for 40 dlrs a share in cash."
MARKET_SALE = "The firm agreed on Monday to part with its chemicals unit, which a group of \
investors will buy for 120 mln dlrs."
AMBUSH = "Guerrillas killed four soldiers in an ambush near the northern border on Tuesday, the \
army said."
ARREST = "Police arrested dozens of protesters outside parliament in the capital."
RELATIONS = "The two governments agreed to restore diplomatic relations after talks in Geneva."


def _event(doc: AnnotatedDoc, trigger: str) -> Event:
    for e in doc.events:
        if e.evidence.trigger.lower() == trigger:
            return e
    raise AssertionError(f"no {trigger!r} event in {[e.evidence.trigger for e in doc.events]}")


# ------------------------------------------------------------------ what dateline ships


@pytest.mark.parametrize("market", [MARKET, MARKET_SALE])
@pytest.mark.parametrize(("text", "trigger"), [(AMBUSH, "killed"), (ARREST, "arrested")])
def test_shipped_market_deal_below_clear_political_event(
    annotate: Annotate, market: str, text: str, trigger: str
) -> None:
    deal = _event(annotate(market, stages=STAGES), "agreed")
    political = _event(annotate(text, stages=STAGES), trigger)
    assert deal.confidence < political.confidence


@pytest.mark.parametrize("text", [MARKET, MARKET_SALE, AMBUSH, ARREST, RELATIONS])
def test_shipped_confidence_in_unit_interval(annotate: Annotate, text: str) -> None:
    doc = annotate(text, stages=STAGES)
    assert doc.events
    assert all(0.0 <= e.confidence <= 1.0 for e in doc.events)


# ------------------------------------------------------------------ the learned model


def test_features_see_figures_in_market_prose(annotate: Annotate) -> None:
    doc = annotate(MARKET, stages=STAGES)
    f = features(doc, _event(doc, "agreed"), doc_cues(doc))
    assert f["near_money"] == 1.0
    assert f["sent_figures"] > 0.1
    assert f["type=AGREE"] == 1.0 and f["lemma=agree"] == 1.0


def test_features_see_no_figures_in_plain_conflict_report(annotate: Annotate) -> None:
    doc = annotate(AMBUSH, stages=STAGES)
    f = features(doc, _event(doc, "killed"), doc_cues(doc))
    assert f["near_money"] == 0.0
    assert f["actor"] == 1.0 and f["nominal"] == 0.0


def test_learned_scores_in_unit_interval() -> None:
    huge = Model(bias=500.0, weights={"a": 1e6, "b": -1e6})
    for feats in ({"a": 1.0}, {"b": 1.0}, {}, {"unknown": 3.0}):
        assert 0.0 <= huge.probability(feats) <= 1.0
    assert huge.probability({"b": 1.0}) < 0.01 < 0.99 < huge.probability({"a": 1.0})


def test_learned_scores_in_unit_interval_on_text(annotate: Annotate) -> None:
    model = read_model(WEIGHTS)
    for text in (MARKET, AMBUSH, RELATIONS):
        doc = annotate(text, stages=STAGES)
        assert all(0.0 <= score(doc, e, model) <= 1.0 for e in doc.events)


@pytest.mark.xfail(strict=True, reason="why it is not shipped: trained on business news, it "
                   "scores ASSAULT low (docs/events.md, Confidence)")  # fmt: skip
def test_learned_market_deal_below_ambush(annotate: Annotate) -> None:
    model = read_model(WEIGHTS)
    deal_doc, war_doc = annotate(MARKET, stages=STAGES), annotate(AMBUSH, stages=STAGES)
    deal = score(deal_doc, _event(deal_doc, "agreed"), model)
    assert deal < score(war_doc, _event(war_doc, "killed"), model)


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"bias": 0.1}),
        json.dumps({"bias": 0.1, "weights": {}}),
        json.dumps({"bias": "high", "weights": {"mode": 1.0}}),
        json.dumps({"bias": 0.1, "weights": {"mode": "heavy"}}),
        json.dumps({"bias": 0.1, "weights": ["mode", 1.0]}),
        '{"bias": 0.1, "weights": {"mode": Infinity}}',
    ],
)
def test_bad_model_file_names_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "weights_under_test.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DictionaryError, match=r"weights_under_test\.json"):
        read_model(path)


def test_missing_model_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"absent_weights\.json"):
        read_model(tmp_path / "absent_weights.json")


def test_shipped_weights_file_reads() -> None:
    model = read_model(WEIGHTS)
    assert model.weights and "near_money" in model.weights


def test_fit_learns_the_sign_and_shrinks_with_penalty() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2))
    y = (x[:, 0] - 0.2 * x[:, 1] + rng.normal(scale=0.5, size=200) > 0).astype(float)
    _, loose = fit(x, y, 0.01)
    _, tight = fit(x, y, 100.0)
    assert loose[0] > 1.0 and loose[1] < 0.0
    assert abs(tight[0]) < abs(loose[0])
    p = predict(0.0, loose, x)
    assert ((p > 0.5) == (y == 1)).mean() > 0.8


def test_auc_and_average_precision_by_hand() -> None:
    y = np.array([1, 0, 1, 0], float)
    s = np.array([0.9, 0.8, 0.4, 0.1])
    assert auc(y, s) == pytest.approx(0.75)  # 3 of the 4 (y, n) pairs in order
    assert average_precision(y, s) == pytest.approx(0.5 * 1.0 + 0.5 * (2 / 3))
    tied = np.array([0.5, 0.5, 0.5, 0.5])
    assert auc(y, tied) == pytest.approx(0.5)
    assert average_precision(y, tied) == pytest.approx(0.5)
