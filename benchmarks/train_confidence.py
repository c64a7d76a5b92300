"""Train the learned event confidence (benchmarks/confidence_model.py) on our Reuters judgements.

    .venv/bin/python benchmarks/train_confidence.py [--out FILE] [--dry-run]

Runs the pipeline over the audit samples that were read while writing rules (seeds 2026, 11
and 12 of ``benchmarks/audit_events.py``, 40 reports each), joins today's events to the
judgements in ``benchmarks/audit/reuters_events.tsv`` by key (an event nobody judged is
skipped), and fits an L2-regularised logistic regression (numpy, Newton steps). It also
learns from the judged events that the non-event and business rules drop: those rules were
written on these very samples, so what they leave here is not what they leave on unseen
reports, where the market and business senses they target still slip through. The penalty
and whether the event type and the trigger lemma are features are chosen by
cross-validation over documents (5 folds, the events of one report always in one fold), on
these seeds only: the test sample (seed 7) is never read here. Writes the weights, with a
header saying how they were trained, to ``benchmarks/audit/confidence_model.json`` (not
shipped: see eval_confidence.py and docs/events.md, "Confidence").
Deterministic: the same code and judgements give the same file, but for the date in its
header.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from audit_events import LABELS, key, read_labels, sample_documents
from confidence_model import WEIGHTS, doc_cues, features
from train_relevance import fit, matrix, predict  # one trainer for both models
from train_relevance import vocabulary as shared_vocabulary

from dateline.events.build import extract_events
from dateline.events.lexicon import load
from dateline.model import AnnotatedDoc
from dateline.pipeline import Pipeline
from dateline.settings import Settings

TRAIN_SEEDS = ((2026, 40), (11, 40), (12, 40))
TEST_SEEDS = ((7, 30),)
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5

# optional feature groups, each kept or left out by cross-validation
GROUPS = ("type=", "lemma=")
CHOICES = tuple(frozenset(c) for c in ((), ("type=",), ("lemma=",), ("type=", "lemma=")))


@dataclass(frozen=True)
class Item:
    """One judged event: features, verdict, hand-set score, report, key, and whether the
    non-event or business rules drop it (then it never reaches the model at run time)."""

    feats: dict[str, float]
    y: int
    old: float
    doc: str
    key: tuple[str, int, str]
    dropped: bool = False


def judged_items(
    seeds: Sequence[tuple[int, int]], labels_path: Path = LABELS["reuters"], dropped: bool = False
) -> list[Item]:
    """Today's events of the seeded samples that have a verdict, each event once; with
    ``dropped``, also the judged events that the non-event and business rules drop."""
    labels = read_labels(labels_path)
    settings = Settings.build()
    lex = load(tuple(settings.lexicon_paths))
    pipe = Pipeline(settings, stages=("nlp", "actors"))
    items: dict[tuple[str, int, str], Item] = {}
    for seed, n in seeds:
        for doc in pipe.run(sample_documents(n, seed)):
            if not isinstance(doc, AnnotatedDoc):
                continue
            cues = doc_cues(doc)
            runs = [(extract_events(doc, lex), False)]
            if dropped:  # the kept events come first: an event seen in both stays kept
                runs.append((extract_events(doc, lex, keep_dropped=True), True))
            for events, was_dropped in runs:
                for e in events:
                    k = key(doc.document, e)
                    verdict = labels[k][0] if k in labels else None  # the type verdict
                    if verdict in {"y", "n"} and k not in items:
                        items[k] = Item(features(doc, e, cues), int(verdict == "y"),
                                        e.confidence, doc.document.id, k, was_dropped)  # fmt: skip
    return [items[k] for k in sorted(items)]


def vocabulary(items: Sequence[Item], groups: frozenset[str]) -> list[str]:
    return shared_vocabulary(items, groups, GROUPS)


def fold_of(doc_id: str) -> int:
    return hashlib.sha256(doc_id.encode()).digest()[0] % FOLDS


def out_of_fold(items: Sequence[Item], penalty: float, groups: frozenset[str]) -> np.ndarray:
    """Each event's probability from a model fitted on the other folds' reports."""
    out = np.zeros(len(items))
    folds = np.array([fold_of(it.doc) for it in items])
    for f in range(FOLDS):
        train = [it for it, g in zip(items, folds, strict=True) if g != f]
        test = [it for it, g in zip(items, folds, strict=True) if g == f]
        if not test:
            continue
        vocab = vocabulary(train, groups)
        bias, w = fit(matrix(train, vocab), np.array([it.y for it in train], float), penalty)
        out[folds == f] = predict(bias, w, matrix(test, vocab))
    return out


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def _name(groups: frozenset[str]) -> str:
    return "+".join(g.rstrip("=") for g in GROUPS if g in groups) or "base"


def choose(
    items: Sequence[Item], verbose: bool = False
) -> tuple[float, frozenset[str], float]:
    """The (penalty, feature groups) with the lowest cross-validated log loss, and that loss."""
    y = np.array([it.y for it in items], float)
    best: tuple[float, frozenset[str], float] | None = None
    for groups in CHOICES:
        for penalty in PENALTIES:
            loss = log_loss(y, out_of_fold(items, penalty, groups))
            if verbose:
                print(f"  penalty {penalty:>5}  features {_name(groups):<10}  "
                      f"CV log loss {loss:.4f}")
            if best is None or loss < best[2] - 1e-9:
                best = (penalty, groups, loss)
    assert best is not None
    return best


def train(items: Sequence[Item], penalty: float, groups: frozenset[str]) -> dict[str, object]:
    vocab = vocabulary(items, groups)
    bias, w = fit(matrix(items, vocab), np.array([it.y for it in items], float), penalty)
    return {
        "bias": round(bias, 6),
        "weights": {k: round(float(v), 6) for k, v in zip(vocab, w, strict=True)},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--dry-run", action="store_true", help="choose and print, write nothing")
    args = ap.parse_args()
    items = judged_items(TRAIN_SEEDS, dropped=True)
    positives = sum(it.y for it in items)
    dropped = sum(it.dropped for it in items)
    print(f"{len(items)} judged events ({positives} y; {dropped} dropped by the rules) in "
          f"{len({it.doc for it in items})} reports")  # fmt: skip
    penalty, groups, loss = choose(items, verbose=True)
    print(f"chosen: penalty {penalty}, features {_name(groups)} (CV log loss {loss:.4f})")
    model = train(items, penalty, groups)
    header = {
        "about": "learned event confidence, logistic regression: P(real event of its type); "
        "not used by dateline (it did not beat the hand-set score on the seed-7 test sample)",
        "trained_by": "benchmarks/train_confidence.py",
        "data": "benchmarks/audit/reuters_events.tsv, audit_events.py seeds "
        + ", ".join(f"{s} (--docs {n})" for s, n in TRAIN_SEEDS),
        "n": len(items),
        "positives": positives,
        "dropped_by_rules": dropped,
        "regularisation": f"L2, penalty {penalty} (chosen by {FOLDS}-fold CV over reports "
        f"from {list(PENALTIES)})",
        "feature_groups": f"{_name(groups)} (chosen by the same CV from base, type, lemma, "
        "type+lemma)",
        "cv_log_loss": round(loss, 4),
        "date": dt.date.today().isoformat(),
    }
    text = json.dumps({**header, **model}, indent=1, sort_keys=False) + "\n"
    if args.dry_run:
        print(text)
        return
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
