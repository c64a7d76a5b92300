"""Precision on real news that no gold covers: the events of a seeded random sample of
Reuters-21578 reports, printed for a person to judge, and scored against the judgements
kept so far.

    .venv/bin/python benchmarks/audit_events.py [--docs 40] [--seed 2026] [--labels FILE]
        [--show all|unjudged|wrong]

Reuters is mostly business and market news: it is where a lexicon fitted to political
sentences fires on words in other senses ("prices rallied", "asked whether", "a news
conference"). The judgements file (default benchmarks/audit/reuters_events.tsv) is ours:
one line per judged event — document id (first 16 hex digits), trigger offset, type, and
``y`` (a political or conflict event of that type, its doer right or missing) or ``n``
(no such event: wrong sense, wrong type, or a non-actor as doer) — and no text of the
reports, which are read from ../shared at run time. Events of a new run that nobody has
judged yet are counted apart, never guessed.

Samples judged so far: seeds 2026, 11 and 12 with ``--docs 40`` (read while writing the
rules of ``events/nonevents.py`` and ``events/business.py``) and seed 7 with ``--docs 30``,
a test sample judged once, before it was ever printed for rule writing, and kept so.
"""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

from shared_data import REUTERS

from dateline.ingest import read_paths
from dateline.model import AnnotatedDoc, Document, Event
from dateline.pipeline import Pipeline
from dateline.settings import Settings

LABELS = Path(__file__).parent / "audit" / "reuters_events.tsv"


def sample_documents(n: int, seed: int) -> list[Document]:
    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"no Reuters files under {REUTERS}")
    docs = [d for d in read_paths(files) if isinstance(d, Document)]
    return random.Random(seed).sample(docs, n)


def key(doc: Document, event: Event) -> tuple[str, int, str]:
    return doc.id[:16], event.evidence.trigger_start, event.event


def read_labels(path: Path) -> dict[tuple[str, int, str], str]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    return {(r[0], int(r[1]), r[2]): r[3] for r in rows}


def _flat(text: str) -> str:
    return " ".join(text.split())


def line(doc: AnnotatedDoc, e: Event) -> str:
    actors = _flat(", ".join(a.text for a in e.actor)) or "-"
    recipients = _flat(", ".join(r.text for r in e.recipient)) or "-"
    sentence = _flat(e.evidence.sentence)
    d, start, kind = key(doc.document, e)
    return (f"{d}\t{start}\t{kind}\t?\t# {e.modality} [{_flat(e.evidence.trigger)}] "
            f"{actors} -> {recipients} | {sentence[:200]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--show", choices=("all", "unjudged", "wrong"), default="unjudged")
    args = ap.parse_args()

    pipe = Pipeline(Settings.build(), stages=("nlp", "actors", "events"))
    docs = [r for r in pipe.run(sample_documents(args.docs, args.seed))
            if isinstance(r, AnnotatedDoc)]  # fmt: skip
    labels = read_labels(args.labels)
    judged = {"y": 0, "n": 0}
    unjudged = 0
    for doc in docs:
        for e in doc.events:
            verdict = labels.get(key(doc.document, e))
            if verdict in judged:
                judged[verdict] += 1
            else:
                unjudged += 1
            if args.show == "all" or (args.show == "unjudged" and verdict not in judged) or (
                args.show == "wrong" and verdict == "n"
            ):
                print(line(doc, e))
    total = judged["y"] + judged["n"]
    words = sum(len(d.document.text.split()) for d in docs)
    events = total + unjudged
    precision = f"{judged['y'] / total:.3f}" if total else "n/a"
    print("\n| docs | words | events | per 1k words | judged | right | precision | unjudged |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| {len(docs)} | {words} | {events} | {1000 * events / max(words, 1):.1f} | "
          f"{total} | {judged['y']} | {precision} | {unjudged} |")


if __name__ == "__main__":
    main()
