"""A learned event confidence, tried and not shipped: a logistic regression over cheap cues.

The lexicon fires on words in other senses, mostly in business and market prose ("prices
rallied", "agreed to take over the rival at 40 dlrs a share"). This model gives the
probability that a record is an event of its type; ``train_confidence.py`` fits it on our
judgements of Reuters reports and ``eval_confidence.py`` compares it with the hand-set
``Event.confidence`` (events/build.py). It did not beat the hand-set score on the test
sample, so dateline does not use it (docs/events.md, "Confidence"): it ships
``dateline/events/relevance.py`` instead, fitted on political news, whose model class,
weights reader and figure cues this experiment shares. It stays here for comparison.

Features are read from the final record and the document's tokens only, so they are the
same in training and wherever the model would run: type, mode, trigger shape, roles and
their actor types, modality, attribution, the trigger lemma, and how much of the sentence
and the document is figures (money, percentages, counts), the mark of market prose. A
missing or malformed weights file raises DictionaryError naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dateline.events.relevance import (  # the shipped model's shared parts
    NAME_LABELS,
    Model,
    is_figure,
    read_model,
    record_cues,
)
from dateline.model import AnnotatedDoc, Event

__all__ = ["WEIGHTS", "DocCues", "Model", "doc_cues", "features", "read_model", "score"]

WEIGHTS = Path(__file__).parent / "audit" / "confidence_model.json"


@dataclass(frozen=True, slots=True)
class DocCues:
    """Document-level cues, computed once per document."""

    figures: float  # share of tokens that are figures
    org_share: float  # ORG entities among the named ones (companies vs states and people)


def doc_cues(doc: AnnotatedDoc) -> DocCues:
    words = [t for t in doc.tokens if t.pos != "PUNCT"]
    named = [e for e in doc.entities if e.label in NAME_LABELS]
    orgs = sum(1 for e in named if e.label == "ORG")
    return DocCues(
        figures=sum(map(is_figure, words)) / len(words) if words else 0.0,
        org_share=orgs / len(named) if named else 0.0,
    )


def features(doc: AnnotatedDoc, e: Event, cues: DocCues) -> dict[str, float]:
    """The record's features by name (absent = 0); a model uses those it has weights for."""
    return {**record_cues(doc, e), "doc_figures": cues.figures, "doc_org_share": cues.org_share}


def score(doc: AnnotatedDoc, e: Event, model: Model, cues: DocCues | None = None) -> float:
    """The model's confidence for one record, two decimals (``cues``: the document's, when
    already computed)."""
    return round(model.probability(features(doc, e, cues or doc_cues(doc))), 2)
