"""Old (hand-set) against learned event confidence, in one table.

    .venv/bin/python benchmarks/eval_confidence.py [--model FILE]

Rows: the training seeds of ``train_confidence.py`` (the learned score there is nested
cross-validated: each fold's penalty and feature groups are chosen on the other folds, so
no event is scored by a model that saw it; only events that reach the model at run time are
scored, not those the rules drop), and the test sample (seed 7, ``--docs 30``) scored by
the trained model (benchmarks/audit/confidence_model.json, or ``--model``), without the
events of reports that the training samples drew too. Columns: ROC AUC, average
precision, and at thresholds 0.3 / 0.5 / 0.7 the precision of the events kept (confidence
>= threshold) and the share kept. Last, a sanity check on the PLOVER gold (dev and
held-out together, only the aggregate): of the events that match a gold record's type,
the share that each threshold would drop — real political events must not be scored low.
Prints no text and
no per-event result.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from confidence_model import WEIGHTS, Model, read_model, score
from eval_events import annotate, load_gold, our_guess, pick_event
from train_confidence import (
    FOLDS,
    TEST_SEEDS,
    TRAIN_SEEDS,
    Item,
    choose,
    fit,
    fold_of,
    judged_items,
    matrix,
    predict,
    vocabulary,
)

from dateline.events.build import extract_events
from dateline.events.lexicon import load
from dateline.model import AnnotatedDoc, Event
from dateline.settings import Settings

THRESHOLDS = (0.3, 0.5, 0.7)


def auc(y: np.ndarray, s: np.ndarray) -> float:
    """ROC AUC: the chance a random y event outscores a random n event (ties count half)."""
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def average_precision(y: np.ndarray, s: np.ndarray) -> float:
    """Precision averaged over the recall steps, tied scores taken together."""
    total = y.sum()
    if not total:
        return float("nan")
    ap, hits, seen, last_recall = 0.0, 0.0, 0, 0.0
    for t in sorted(set(s.tolist()), reverse=True):
        at = s == t
        hits += y[at].sum()
        seen += int(at.sum())
        recall = hits / total
        ap += (recall - last_recall) * hits / seen
        last_recall = recall
    return float(ap)


def row(name: str, y: np.ndarray, s: np.ndarray) -> list[str]:
    cells = [name, str(len(y)), f"{y.mean():.3f}", f"{auc(y, s):.3f}",
             f"{average_precision(y, s):.3f}"]  # fmt: skip
    for t in THRESHOLDS:
        kept = s >= t - 1e-9
        p = f"{y[kept].mean():.3f}" if kept.any() else "n/a"
        cells.append(f"{p} / {kept.mean():.2f}")
    return cells


def nested_cv(items: Sequence[Item]) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold probabilities of the kept events (and their verdicts), the penalty and
    feature groups chosen without the fold."""
    scores, ys = [], []
    for f in range(FOLDS):
        train = [it for it in items if fold_of(it.doc) != f]
        test = [it for it in items if fold_of(it.doc) == f and not it.dropped]
        penalty, groups, _ = choose(train)
        vocab = vocabulary(train, groups)
        bias, w = fit(matrix(train, vocab), np.array([it.y for it in train], float), penalty)
        scores.extend(predict(bias, w, matrix(test, vocab)).tolist())
        ys.extend(it.y for it in test)
    return np.array(ys, float), np.round(np.array(scores), 2)


def learned(model: Model, items: Sequence[Item]) -> np.ndarray:
    return np.array([round(model.probability(it.feats), 2) for it in items])


def gold_events(docs: Sequence[AnnotatedDoc]) -> list[tuple[AnnotatedDoc, Event]]:
    """Per gold record, the event ``eval_events.our_guess`` scores, when its type is right."""
    out = []
    for gold, doc in zip(load_gold(), docs, strict=True):
        guess = our_guess(doc, gold)
        if guess.event is None or guess.event != gold.event:
            continue

        e = pick_event(doc, gold.spans)  # the choice our_guess made
        assert e is not None and e.event == guess.event
        out.append((doc, e))
    return out


def hand_set(matched: Sequence[tuple[AnnotatedDoc, Event]]) -> np.ndarray:
    """The hand-set confidence (events/build.py) of each matched event: the pipeline's
    records carry the learned one (events/relevance.py)."""
    lex = load(tuple(Settings.build().lexicon_paths))
    out = []
    for doc, e in matched:
        by_id = {x.id: x.confidence for x in extract_events(doc, lex)}
        out.append(by_id[e.id])
    return np.array(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=WEIGHTS)
    args = ap.parse_args()
    model = read_model(args.model)

    every = judged_items(TRAIN_SEEDS, dropped=True)
    train = [it for it in every if not it.dropped]
    train_docs = {it.doc for it in train}
    test_all = judged_items(TEST_SEEDS)
    # a report drawn by both samples was trained on: its events are not test events
    test = [it for it in test_all if it.doc not in train_docs]
    shared = len(test_all) - len(test)
    y_train = np.array([it.y for it in train], float)
    y_test = np.array([it.y for it in test], float)
    header = ["score", "sample", "events", "share y", "ROC AUC", "avg prec",
              *(f"P / kept @{t}" for t in THRESHOLDS)]  # fmt: skip
    rows = [
        row("hand-set", y_train, np.array([it.old for it in train])),
        row("learned (nested CV)", *nested_cv(every)),
        row("hand-set", y_test, np.array([it.old for it in test])),
        row("learned", y_test, learned(model, test)),
    ]
    samples = ["train " + "+".join(str(s) for s, _ in TRAIN_SEEDS)] * 2 + ["test 7"] * 2
    rows = [[r[0], s, *r[1:]] for r, s in zip(rows, samples, strict=True)]

    texts = [g.text for g in load_gold()]  # every event kept, whatever the setting
    matched = gold_events(annotate(texts, Settings.build(min_event_confidence=0.0)))
    old = hand_set(matched)
    new = np.array([score(d, e, model) for d, e in matched])
    gold_rows = []
    for name, s in (("hand-set", old), ("learned", new)):
        drops = " | ".join(f"{(s < t - 1e-9).mean():.3f}" for t in THRESHOLDS)
        gold_rows.append(f"| {name} | {len(s)} | {drops} |")

    print("| score | sample | events | share y | ROC AUC | avg prec | "
          + " | ".join(header[6:]) + " |")  # fmt: skip
    print("|" + "---|" * len(header))
    for r in rows:
        print("| " + " | ".join(r) + " |")
    if shared:
        print(f"\n(left out of the test row: {shared} events of reports that the training "
              "samples also drew)")
    print("\nPLOVER gold, events of the right type (dev + held-out): share below threshold")
    print("| score | events | " + " | ".join(f"< {t}" for t in THRESHOLDS) + " |")
    print("|" + "---|" * (2 + len(THRESHOLDS)))
    print("\n".join(gold_rows))


if __name__ == "__main__":
    main()
