"""Hand-set against learned event confidence (dateline/events/relevance.py), in one table.

    .venv/bin/python benchmarks/eval_relevance.py [--model FILE] [--cache DIR]

Rows: the political training samples of ``train_relevance.py``, scored by nested
cross-validation (each fold's configuration chosen on the other folds: no event is scored
by a model that saw it); then the test samples, scored by the trained model (the shipped
dateline/data/events/relevance.json, or ``--model``): political news seeds 7, 15 and
16 (``--docs 20``; none of their reports was trained on) and Reuters seed 7 (``--docs 30``,
without the reports the Reuters training samples drew too). Only the events that reach the
model at run time are scored. Columns: ROC AUC,
average precision, and at thresholds 0.2 / 0.3 / 0.4 / 0.5 the precision of the events
kept (confidence >= threshold) and the share of the right events kept. The confidence of
the pipeline's records is computed the same way whatever the threshold setting, so this
table does not depend on it. Last, on the PLOVER gold (dev and held-out together, only the
aggregate), the share of the events of the right type each threshold would drop. Prints
no text and no per-event result.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from eval_confidence import auc, average_precision, gold_events, hand_set
from eval_events import annotate, load_gold
from train_relevance import (
    FOLDS,
    TEST,
    TRAIN,
    WEIGHTS,
    Item,
    choose,
    doc_ids,
    fold_of,
    judged_items,
    matrix,
    predict,
    scored,
    train_model,
    training_items,
)

from dateline.events.relevance import Model, read_model, score
from dateline.settings import Settings

THRESHOLDS = (0.2, 0.3, 0.4, 0.5)


def row(name: str, sample: str, y: np.ndarray, s: np.ndarray) -> str:
    cells = [name, sample, str(len(y)), f"{y.mean():.3f}", f"{auc(y, s):.3f}",
             f"{average_precision(y, s):.3f}"]  # fmt: skip
    for t in THRESHOLDS:
        kept = s >= t - 1e-9
        p = f"{y[kept].mean():.3f}" if kept.any() else "n/a"
        cells.append(f"{p} / {kept[y == 1].mean():.2f}")
    return "| " + " | ".join(cells) + " |"


def nested_cv(items: Sequence[Item]) -> tuple[list[Item], np.ndarray]:
    """The scored training events and their out-of-fold probabilities, each fold's
    configuration chosen without it."""
    tests: list[Item] = []
    scores: list[float] = []
    for f in range(FOLDS):
        train = [it for it in items if fold_of(it.doc) != f]
        test = [it for it in items if fold_of(it.doc) == f and scored(it)]
        cfg, _ = choose(train)
        bias, w, vocab = train_model(train, cfg)
        tests += test
        scores += predict(bias, w, matrix(test, vocab)).tolist()
    return tests, np.round(np.array(scores), 2)


def learned(model: Model, items: Sequence[Item]) -> np.ndarray:
    return np.array([round(model.probability(it.feats), 2) for it in items])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=WEIGHTS)
    ap.add_argument("--cache", type=Path, default=None, help="pickle annotated samples here")
    args = ap.parse_args()
    model = read_model(args.model)

    every = training_items(args.cache)
    cv_items, cv_scores = nested_cv(every)
    lines = []
    y = np.array([it.y for it in cv_items], float)
    lines.append(row("hand-set", "train politics", y, np.array([it.old for it in cv_items])))
    lines.append(row("learned (nested CV)", "train politics", y, cv_scores))
    for corpus in TEST:
        trained = doc_ids(corpus, TRAIN[corpus])
        for seed, n in TEST[corpus]:
            test = [it for it in judged_items(corpus, ((seed, n),), args.cache)
                    if corpus == "politics" or it.doc not in trained]  # fmt: skip
            y = np.array([it.y for it in test], float)
            sample = f"test {corpus} {seed}"
            lines.append(row("hand-set", sample, y, np.array([it.old for it in test])))
            lines.append(row("learned", sample, y, learned(model, test)))

    # every event kept, whatever the min_event_confidence setting
    texts = [g.text for g in load_gold()]
    matched = gold_events(annotate(texts, Settings.build(min_event_confidence=0.0)))
    old = hand_set(matched)
    new = np.array([score(d, e, model) for d, e in matched])

    print("| score | sample | events | share y | ROC AUC | avg prec | "
          + " | ".join(f"P / right kept @{t}" for t in THRESHOLDS) + " |")
    print("|" + "---|" * (6 + len(THRESHOLDS)))
    print("\n".join(lines))
    print("\nPLOVER gold, events of the right type (dev + held-out): share below threshold")
    print("| score | events | " + " | ".join(f"< {t}" for t in THRESHOLDS) + " |")
    print("|" + "---|" * (2 + len(THRESHOLDS)))
    for name, s in (("hand-set", old), ("learned", new)):
        drops = " | ".join(f"{(s < t - 1e-9).mean():.3f}" for t in THRESHOLDS)
        print(f"| {name} | {len(s)} | {drops} |")


if __name__ == "__main__":
    main()
