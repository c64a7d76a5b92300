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
    is_money,
    read_model,
)
from dateline.model import AnnotatedDoc, Event, Token

__all__ = ["WEIGHTS", "DocCues", "Model", "doc_cues", "features", "read_model", "score"]

WEIGHTS = Path(__file__).parent / "audit" / "confidence_model.json"

NEAR = 6  # tokens either side of the trigger that count as "near"


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


def _trigger_tokens(doc: AnnotatedDoc, e: Event) -> list[Token]:
    ev = e.evidence
    s = doc.sentences[doc.tokens[ev.trigger_token].sent]
    return [
        t for t in doc.tokens[s.token_start : s.token_end]
        if ev.trigger_start <= t.start < ev.trigger_end
    ]  # fmt: skip


def features(doc: AnnotatedDoc, e: Event, cues: DocCues) -> dict[str, float]:
    """The record's features by name (absent = 0); a model uses those it has weights for."""
    tok = doc.tokens[e.evidence.trigger_token]
    sent = doc.sentences[tok.sent]
    words = [t for t in doc.tokens[sent.token_start : sent.token_end] if t.pos != "PUNCT"]
    near = doc.tokens[max(sent.token_start, tok.i - NEAR) : min(sent.token_end, tok.i + NEAR + 1)]
    span = _trigger_tokens(doc, e)
    nominal = tok.pos in {"NOUN", "PROPN"}
    # a light verb opens the span of "carried out an attack" (triggers._with_light_verb)
    light = nominal and any(t.pos in {"VERB", "AUX"} for t in span if t.i != tok.i)
    f: dict[str, float] = {
        f"type={e.event}": 1.0,
        "mode": float(e.mode is not None),
        "nominal": float(nominal and not light),
        "light": float(light),
        "actor": float(bool(e.actor)),
        "recipient": float(bool(e.recipient)),
        "actor_id": float(any(a.id for a in e.actor)),
        "recipient_id": float(any(r.id for r in e.recipient)),
        "attribution": float(e.attribution is not None),
        "sent_figures": sum(map(is_figure, words)) / len(words) if words else 0.0,
        "near_money": float(any(is_money(t) for t in near)),
        "doc_figures": cues.figures,
        "doc_org_share": cues.org_share,
    }
    for role, refs in (("actor", e.actor), ("recipient", e.recipient)):
        for r in refs:
            f[f"{role}_type={r.type or 'none'}"] = 1.0
    if e.modality != "asserted":
        f[f"modality={e.modality}"] = 1.0
    f[f"lemma={tok.lemma.lower()}"] = 1.0
    return f


def score(doc: AnnotatedDoc, e: Event, model: Model, cues: DocCues | None = None) -> float:
    """The model's confidence for one record, two decimals (``cues``: the document's, when
    already computed)."""
    return round(model.probability(features(doc, e, cues or doc_cues(doc))), 2)
