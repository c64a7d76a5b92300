"""Train the learned event relevance (dateline/events/relevance.py) on our judgements.

    .venv/bin/python benchmarks/train_relevance.py [--out FILE] [--dry-run] [--cache DIR]

Runs the pipeline over the audit samples that were read while writing rules — political
news (``audit_events.py --corpus politics``, seeds 2026, 11, 12, 13 and 14, ``--docs 20``)
and Reuters (seeds 2026, 11 and 12, ``--docs 40``) — and joins today's events to the
judgements in benchmarks/audit/ by key (an event nobody judged is skipped). Reports that
a test sample draws (politics seeds 7, 15 and 16, Reuters seed 7) are left out, so no test
event is ever trained on. Fits an L2-regularised logistic regression (numpy, Newton
steps). Chosen by cross-validation over reports (5 folds, the events of one report always
in one fold), scored by log loss on the political events that reach the model at run
time: the penalty, whether the trigger lemma and lemma-by-type are features, whether the
Reuters judgements and the judged events the non-event and business rules drop are
trained on. The threshold reported with the model is the highest that keeps 90% of the
right political events out of fold. Writes the weights with a header saying how they were
trained to dateline/data/events/relevance.json. Deterministic but for the header's date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from audit_events import LABELS, corpus_documents, key, read_labels

from dateline.events.build import extract_events
from dateline.events.lexicon import load
from dateline.events.relevance import doc_cues, features
from dateline.model import AnnotatedDoc
from dateline.pipeline import Pipeline
from dateline.settings import Settings

WEIGHTS = Path(__file__).parents[1] / "dateline" / "data" / "events" / "relevance.json"
TRAIN = {"politics": ((2026, 20), (11, 20), (12, 20), (13, 20), (14, 20)),
         "reuters": ((2026, 40), (11, 40), (12, 40))}  # fmt: skip
TEST = {"politics": ((7, 20), (15, 20), (16, 20)), "reuters": ((7, 30),)}
PENALTIES = (0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5
MIN_COUNT = 3  # a feature seen on fewer training events gets no weight
KEEP_RIGHT = 0.9  # the threshold keeps this share of the right events out of fold
GROUPS = ("lemma=", "lt=")  # optional feature groups
CHOICES = tuple(frozenset(c) for c in ((), ("lemma=",), ("lemma=", "lt=")))


@dataclass(frozen=True)
class Item:
    """One judged event: features, verdict, hand-set score, corpus, report, key, and
    whether the non-event or business rules drop it (then it never reaches the model)."""

    feats: dict[str, float]
    y: int
    old: float
    corpus: str
    doc: str
    key: tuple[str, int, str]
    dropped: bool = False


def annotated(corpus: str, n: int, seed: int, cache: Path | None) -> list[AnnotatedDoc]:
    """The sample after the nlp and actors stages (pickled in ``cache`` when given)."""
    path = cache / f"{corpus}-{seed}-{n}.pickle" if cache else None
    if path and path.exists():
        docs: list[AnnotatedDoc] = pickle.loads(path.read_bytes())
        return docs
    pipe = Pipeline(Settings.build(), stages=("nlp", "actors"))
    docs = [d for d in pipe.run(corpus_documents(corpus, n, seed)) if isinstance(d, AnnotatedDoc)]
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(docs))
    return docs


def doc_ids(corpus: str, seeds: Iterable[tuple[int, int]]) -> set[str]:
    return {d.id for s, n in seeds for d in corpus_documents(corpus, n, s)}


def judged_items(
    corpus: str,
    seeds: Sequence[tuple[int, int]],
    cache: Path | None = None,
    dropped: bool = False,
    leave_out: set[str] | frozenset[str] = frozenset(),
) -> list[Item]:
    """Today's events of the seeded samples that have a type verdict, each event once,
    none from the reports in ``leave_out``; with ``dropped``, also the judged events that
    the non-event and business rules drop."""
    labels = read_labels(LABELS[corpus])
    lex = load(tuple(Settings.build().lexicon_paths))
    items: dict[tuple[str, int, str], Item] = {}
    seen: set[str] = set()
    for seed, n in seeds:
        for doc in annotated(corpus, n, seed, cache):
            if doc.document.id in leave_out or doc.document.id in seen:
                continue
            seen.add(doc.document.id)
            kept = extract_events(doc, lex)
            cues = doc_cues(doc, kept)  # what the events stage sees
            runs = [(kept, False)]
            if dropped:  # the kept events come first: an event seen in both stays kept
                runs.append((extract_events(doc, lex, keep_dropped=True), True))
            for events, was_dropped in runs:
                for e in events:
                    k = key(doc.document, e)
                    verdict = labels[k][0] if k in labels else None
                    if verdict in {"y", "n"} and k not in items:
                        items[k] = Item(features(doc, e, cues), int(verdict == "y"),
                                        e.confidence, corpus, doc.document.id, k,
                                        was_dropped)  # fmt: skip
    return [items[k] for k in sorted(items)]


def training_items(cache: Path | None) -> list[Item]:
    """Every judged event of the training samples, dropped ones included (flagged)."""
    out: list[Item] = []
    for corpus, seeds in TRAIN.items():
        out += judged_items(corpus, seeds, cache, True, doc_ids(corpus, TEST[corpus]))
    return out


def vocabulary(
    items: Sequence[Item], groups: frozenset[str], optional: tuple[str, ...] = GROUPS
) -> list[str]:
    """The features seen on MIN_COUNT+ items, leaving out the ``optional`` groups (name
    prefixes) not in ``groups``."""
    counts: dict[str, int] = {}
    for it in items:
        for k, v in it.feats.items():
            if v != 0 and (not k.startswith(optional) or k.startswith(tuple(groups))):
                counts[k] = counts.get(k, 0) + 1
    return sorted(k for k, c in counts.items() if c >= MIN_COUNT)


def matrix(items: Sequence[Item], vocab: Sequence[str]) -> np.ndarray:
    col = {k: j for j, k in enumerate(vocab)}
    x = np.zeros((len(items), len(vocab)))
    for i, it in enumerate(items):
        for k, v in it.feats.items():
            if k in col:
                x[i, col[k]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, penalty: float, steps: int = 50) -> tuple[float, np.ndarray]:
    """Bias and weights minimising log loss + penalty/2 * |w|^2 (bias not penalised)."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], penalty)
    reg[0] = 1e-6  # keeps the Hessian invertible without pulling the bias
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(a @ w, -30, 30)))
        grad = a.T @ (p - y) + reg * w
        hess = (a.T * (p * (1 - p))) @ a + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return float(w[0]), w[1:]


def predict(bias: float, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(bias + x @ w, -30, 30))))


@dataclass(frozen=True)
class Config:
    penalty: float
    groups: frozenset[str]
    reuters: bool  # train on the Reuters judgements too
    dropped: bool  # train on the judged events the rules drop too

    def name(self) -> str:
        g = "+".join(x.rstrip("=") for x in GROUPS if x in self.groups) or "base"
        return (f"penalty {self.penalty}, features {g}, reuters {'yes' if self.reuters else 'no'}"
                f", dropped {'yes' if self.dropped else 'no'}")


CONFIGS = tuple(Config(p, g, r, d) for g in CHOICES for r in (False, True)
                for d in (False, True) for p in PENALTIES)  # fmt: skip


def usable(items: Sequence[Item], cfg: Config) -> list[Item]:
    return [it for it in items if (cfg.reuters or it.corpus == "politics")
            and (cfg.dropped or not it.dropped)]  # fmt: skip


def train_model(items: Sequence[Item], cfg: Config) -> tuple[float, np.ndarray, list[str]]:
    train = usable(items, cfg)
    vocab = vocabulary(train, cfg.groups)
    bias, w = fit(matrix(train, vocab), np.array([it.y for it in train], float), cfg.penalty)
    return bias, w, vocab


def fold_of(doc_id: str) -> int:
    return hashlib.sha256(doc_id.encode()).digest()[0] % FOLDS


def scored(it: Item) -> bool:
    """What the CV is scored on: political events that reach the model at run time."""
    return it.corpus == "politics" and not it.dropped


def out_of_fold(items: Sequence[Item], cfg: Config) -> tuple[list[Item], np.ndarray]:
    """The scored events and each one's probability from a model fitted on other folds."""
    tests, scores = [], []
    for f in range(FOLDS):
        test = [it for it in items if fold_of(it.doc) == f and scored(it)]
        if not test:
            continue
        bias, w, vocab = train_model([it for it in items if fold_of(it.doc) != f], cfg)
        tests += test
        scores += predict(bias, w, matrix(test, vocab)).tolist()
    return tests, np.array(scores)


def log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose(items: Sequence[Item], verbose: bool = False) -> tuple[Config, float]:
    """The configuration with the lowest cross-validated log loss, and that loss."""
    best: tuple[Config, float] | None = None
    for cfg in CONFIGS:
        tests, p = out_of_fold(items, cfg)
        loss = log_loss(np.array([it.y for it in tests], float), p)
        if verbose:
            print(f"  {cfg.name():<60} CV log loss {loss:.4f}")
        if best is None or loss < best[1] - 1e-9:
            best = (cfg, loss)
    assert best is not None
    return best


def threshold(y: np.ndarray, p: np.ndarray, keep: float = KEEP_RIGHT) -> float:
    """The highest threshold (in steps of 0.05) keeping ``keep`` of the right events."""
    for t in np.arange(0.95, 0.0, -0.05):
        if (p[y == 1] >= t - 1e-9).mean() >= keep:
            return round(float(t), 2)
    return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--dry-run", action="store_true", help="choose and print, write nothing")
    ap.add_argument("--cache", type=Path, default=None, help="pickle annotated samples here")
    args = ap.parse_args()
    items = training_items(args.cache)
    for corpus in TRAIN:
        part = [it for it in items if it.corpus == corpus]
        print(f"{corpus}: {len(part)} judged events ({sum(it.y for it in part)} y; "
              f"{sum(it.dropped for it in part)} dropped by the rules) in "
              f"{len({it.doc for it in part})} reports")
    cfg, loss = choose(items, verbose=True)
    tests, p = out_of_fold(items, cfg)
    cut = threshold(np.array([it.y for it in tests]), p)
    print(f"chosen: {cfg.name()} (CV log loss {loss:.4f}); threshold {cut}")
    bias, w, vocab = train_model(items, cfg)
    header = {
        "about": "learned event relevance, logistic regression: P(a real political or "
        "conflict event of its type); features: dateline/events/relevance.py",
        "trained_by": "benchmarks/train_relevance.py",
        "data": "benchmarks/audit/politics_events.tsv, audit_events.py --corpus politics "
        "seeds 2026, 11, 12, 13, 14 (--docs 20)"
        + ("; benchmarks/audit/reuters_events.tsv seeds 2026, 11, 12 (--docs 40)"
           if cfg.reuters else "")
        + "; reports of the test samples (politics 7, 15, 16; Reuters 7) left out",
        "n": len(usable(items, cfg)),
        "choice": f"{cfg.name()} ({FOLDS}-fold CV over reports, lowest log loss on "
        "political events)",
        "cv_log_loss": round(loss, 4),
        "threshold_keeping_90pct_right": cut,
        "date": dt.date.today().isoformat(),
    }
    model = {"bias": round(bias, 6),
             "weights": {k: round(float(v), 6) for k, v in zip(vocab, w, strict=True)}}
    text = json.dumps({**header, **model}, indent=1) + "\n"
    if args.dry_run:
        print(text[:2000])
        return
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
