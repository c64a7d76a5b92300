"""A learned relevance score for event records: the probability that a record is a real
political or conflict event of its type, not a lexicon word in another sense.

A logistic regression over cues read from the final record and the document's tokens
only, so they are the same in training (benchmarks/train_relevance.py, on our judgements
of political news and Reuters reports) and at run time: type and mode, trigger shape and
lemma (and lemma by type), the kinds of doer and target (a state, an army, a group, or a
person or nothing), how the doer is named, modality and attribution, whether the trigger
sits in a name or a headline, and how political the sentence and the report read (places
and peoples, actors our dictionaries know) against how much of it is figures (market
prose). The weights are a JSON file; a missing or malformed file raises DictionaryError
naming it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from dateline.errors import DictionaryError
from dateline.model import AnnotatedDoc, Event, Token

SHIPPED = ("events", "relevance.json")  # under the dateline.data package

# entity labels and words that make a token a figure: an amount, a rate, a count
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
MONEY_LABELS = frozenset({"MONEY", "PERCENT"})
FIGURE_WORDS = frozenset(
    {"$", "%", "pct", "percent", "dlrs", "dlr", "cts", "cents", "mln", "bln", "billion",
     "million", "stg", "yen", "francs", "marks", "guilders", "lire", "shares", "share"}
)  # fmt: skip
NEAR = 6  # tokens either side of the trigger that count as "near"
NAME_LABELS = frozenset({"GPE", "NORP", "PERSON", "ORG"})
PLACE_LABELS = frozenset({"GPE", "NORP"})  # states, places and peoples: political prose
# the trigger's syntactic function, kept only where it tells a sense apart
DEPS = frozenset({"ROOT", "compound", "amod", "pobj", "dobj", "nsubj", "nsubjpass", "conj",
                  "xcomp", "ccomp", "advcl", "relcl", "acl", "pcomp"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class DocCues:
    """Document-level cues, computed once per document."""

    figures: float  # share of words that are figures
    org_share: float  # ORG entities among the named ones (companies vs states and people)
    place_share: float  # GPE and NORP entities among the named ones
    known: float  # share of sentences naming an actor our dictionaries know
    known_sents: frozenset[int]  # those sentences
    density: float  # the report's events per sentence, capped at 3, over 3


def is_figure(t: Token) -> bool:
    return t.ent_type in FIGURE_LABELS or t.pos == "NUM" or t.text.lower() in FIGURE_WORDS


def is_money(t: Token) -> bool:
    return t.ent_type in MONEY_LABELS or t.text.lower() in FIGURE_WORDS


def doc_cues(doc: AnnotatedDoc, events: tuple[Event, ...] | None = None) -> DocCues:
    """The cues of the report; ``events``: its events (default ``doc.events``)."""
    events = doc.events if events is None else events
    words = [t for t in doc.tokens if t.pos != "PUNCT"]
    named = [e for e in doc.entities if e.label in NAME_LABELS]
    known = frozenset(doc.tokens[m.head].sent for m in doc.mentions
                      if m.actor_id and m.kind != "pronoun")  # fmt: skip
    return DocCues(
        figures=sum(map(is_figure, words)) / len(words) if words else 0.0,
        org_share=sum(e.label == "ORG" for e in named) / len(named) if named else 0.0,
        place_share=sum(e.label in PLACE_LABELS for e in named) / len(named) if named else 0.0,
        known=len(known) / len(doc.sentences) if doc.sentences else 0.0,
        known_sents=known,
        # a report dense in events is a political or conflict one: its events are real
        density=min(len(events) / len(doc.sentences), 3.0) / 3 if doc.sentences else 0.0,
    )


def _headline(doc: AnnotatedDoc, sent: int) -> bool:
    from dateline.events.headlines import is_headline  # the events package imports us

    return is_headline(doc, doc.sentences[sent])


def record_cues(doc: AnnotatedDoc, e: Event) -> dict[str, float]:
    """The cues of the record and its sentence alone, by name: type, mode, trigger shape,
    roles and their actor types, modality, attribution, the trigger lemma and the figures
    around it (shared with the Reuters experiment, benchmarks/confidence_model.py)."""
    ev = e.evidence
    tok = doc.tokens[ev.trigger_token]
    sent = doc.sentences[tok.sent]
    toks = doc.tokens[sent.token_start : sent.token_end]
    words = [t for t in toks if t.pos != "PUNCT"]
    near = doc.tokens[max(sent.token_start, tok.i - NEAR) : min(sent.token_end, tok.i + NEAR + 1)]
    span = [t for t in toks if ev.trigger_start <= t.start < ev.trigger_end]
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
        f"lemma={tok.lemma.lower()}": 1.0,
    }
    for role, refs in (("actor", e.actor), ("recipient", e.recipient)):
        for r in refs:
            f[f"{role}_type={r.type or 'none'}"] = 1.0
    if e.modality != "asserted":
        f[f"modality={e.modality}"] = 1.0
    return f


def features(doc: AnnotatedDoc, e: Event, cues: DocCues) -> dict[str, float]:
    """The record's features by name (absent = 0); a model uses those it has weights for."""
    tok = doc.tokens[e.evidence.trigger_token]
    sent = doc.sentences[tok.sent]
    ents = [x for x in doc.entities if sent.token_start <= x.token_start < sent.token_end]
    f = record_cues(doc, e)
    f.update({
        "repeated": float(bool(e.extra_evidence)),
        "doc_figures": cues.figures,
        "doc_org_share": cues.org_share,
        "doc_place_share": cues.place_share,
        "doc_known": cues.known,
        "doc_density": cues.density,
        "sent_known": float(tok.sent in cues.known_sents),
        "sent_place": float(any(x.label in PLACE_LABELS for x in ents)),
        "in_name": float(tok.ent_type in NAME_LABELS or tok.ent_type in {"EVENT", "LAW",
                                                                         "WORK_OF_ART"}),
        "capital": float(tok.text[:1].isupper() and tok.i > sent.token_start),
        "headline": float(_headline(doc, tok.sent)),
        "lead": float(tok.sent < 3),
        f"pos={tok.pos}": 1.0,
        f"lt={tok.lemma.lower()}|{e.event}": 1.0,
    })  # fmt: skip
    if tok.dep in DEPS:
        f[f"dep={tok.dep}"] = 1.0
    for role, refs in (("actor", e.actor), ("recipient", e.recipient)):
        for r in refs:
            if r.mention is not None and r.mention < len(doc.mentions):
                f[f"{role}_kind={doc.mentions[r.mention].kind}"] = 1.0
    return f


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic regression: a bias and weights by feature name (a name without one adds 0)."""

    bias: float
    weights: dict[str, float]

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def parse_model(data: Any, source: str) -> Model:
    """A model from its JSON object; DictionaryError naming ``source`` when malformed."""
    try:
        weights = data["weights"]
        bias = float(data["bias"])
        if not isinstance(weights, dict) or not weights:
            raise ValueError("'weights' must be a non-empty object")
        table = {str(k): float(v) for k, v in weights.items()}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DictionaryError(f"malformed relevance model: {exc!r}", source_file=source) from exc
    if not all(math.isfinite(v) for v in (bias, *table.values())):
        raise DictionaryError("relevance model has a non-finite weight", source_file=source)
    return Model(bias, table)


def read_model(path: Path) -> Model:
    """The model in ``path``; DictionaryError naming the file when it cannot be used."""
    where = str(path)
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"cannot read relevance model: {exc}", source_file=where) from exc
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"relevance model is not JSON: {exc}", source_file=where) from exc
    return parse_model(data, where)


def score(doc: AnnotatedDoc, e: Event, model: Model, cues: DocCues | None = None) -> float:
    """The model's confidence for one record, two decimals (``cues``: the document's, when
    already computed)."""
    return round(model.probability(features(doc, e, cues or doc_cues(doc))), 2)


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    """The model dateline ships (dateline/data/events/relevance.json), read once."""
    path = resources.files("dateline.data").joinpath(*SHIPPED)
    return read_model(Path(str(path)))


def rescore(
    doc: AnnotatedDoc, events: tuple[Event, ...], model: Model, minimum: float = 0.0
) -> tuple[Event, ...]:
    """The events with the model's confidence, those scoring below ``minimum`` left out."""
    cues = doc_cues(doc, events)
    scored = (replace(e, confidence=score(doc, e, model, cues)) for e in events)
    return tuple(e for e in scored if e.confidence >= minimum)
