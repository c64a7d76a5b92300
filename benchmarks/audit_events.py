"""Precision on real news that no gold covers: the events of a seeded random sample of
Reuters-21578 reports (or of political news), printed for a person to judge, and scored
against the judgements kept so far.

    .venv/bin/python benchmarks/audit_events.py [--corpus reuters|politics] [--docs 40]
        [--seed 2026] [--labels FILE] [--show all|unjudged|wrong]

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

``--corpus politics`` samples political and conflict news instead (see
``politics_corpus.py``: the GeoWebNews and TR-News articles of ../shared/data/geo-dev and
the AQUAINT agency reports of ../shared/data/tempeval3-train); its judgements
(benchmarks/audit/politics_events.tsv) carry a second verdict, on the doer: ``y`` right
or plausibly missing, ``n`` a wrong actor, scored as actor precision over the events
whose type is right, and a fingerprint of the doers judged, so that a verdict on doers a
later run no longer names is counted apart ("actor unjudged") and shown for judging.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
from pathlib import Path

from politics_corpus import politics_documents
from shared_data import REUTERS

from dateline.ingest import read_paths
from dateline.model import AnnotatedDoc, Document, Event
from dateline.pipeline import Pipeline
from dateline.settings import Settings

AUDIT = Path(__file__).parent / "audit"
LABELS = {"reuters": AUDIT / "reuters_events.tsv", "politics": AUDIT / "politics_events.tsv"}


def sample_documents(n: int, seed: int) -> list[Document]:
    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"no Reuters files under {REUTERS}")
    docs = [d for d in read_paths(files) if isinstance(d, Document)]
    return random.Random(seed).sample(docs, n)


def corpus_documents(corpus: str, n: int, seed: int) -> list[Document]:
    if corpus == "politics":
        return random.Random(seed).sample(politics_documents(), n)
    return sample_documents(n, seed)


def key(doc: Document, event: Event) -> tuple[str, int, str]:
    return doc.id[:16], event.evidence.trigger_start, event.event


# type verdict, actor verdict, and the fingerprint of the doers that actor verdict was
# given on ("" where none was kept)
Verdicts = tuple[str, str, str]


def read_labels(path: Path) -> dict[tuple[str, int, str], Verdicts]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    padded = [[*r, "", ""] for r in rows]  # Reuters rows keep the type verdict only
    return {(r[0], int(r[1]), r[2]): (r[3], r[4], r[5]) for r in padded}


def _flat(text: str) -> str:
    return " ".join(text.split())


def actors_of(e: Event) -> str:
    return _flat(", ".join(a.text for a in e.actor)) or "-"


def actor_print(e: Event) -> str:
    """A fingerprint of the event's doers (no text is kept): an actor verdict given on
    other doers than a run's is stale, and counted as unjudged."""
    return hashlib.sha256(actors_of(e).encode("utf-8")).hexdigest()[:8]


def line(doc: AnnotatedDoc, e: Event, actor_column: bool = False) -> str:
    actors = actors_of(e)
    recipients = _flat(", ".join(r.text for r in e.recipient)) or "-"
    sentence = _flat(e.evidence.sentence)
    d, start, kind = key(doc.document, e)
    blank = f"?\t?\t{actor_print(e)}" if actor_column else "?"
    return (f"{d}\t{start}\t{kind}\t{blank}\t# {e.modality} [{_flat(e.evidence.trigger)}] "
            f"{actors} -> {recipients} | {sentence[:200]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=("reuters", "politics"), default="reuters")
    ap.add_argument("--docs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--labels", type=Path, default=None)
    ap.add_argument("--show", choices=("all", "unjudged", "wrong"), default="unjudged")
    args = ap.parse_args()

    pipe = Pipeline(Settings.build(), stages=("nlp", "actors", "events"))
    docs = [r for r in pipe.run(corpus_documents(args.corpus, args.docs, args.seed))
            if isinstance(r, AnnotatedDoc)]  # fmt: skip
    labels = read_labels(args.labels or LABELS[args.corpus])
    actor_column = args.corpus == "politics"
    judged = {"y": 0, "n": 0}
    actors = {"y": 0, "n": 0}
    unjudged = stale = 0
    for doc in docs:
        for e in doc.events:
            verdict, actor, print_ = labels.get(key(doc.document, e), ("", "", ""))
            fresh = not actor_column or verdict != "y" or (
                actor in actors and print_ == actor_print(e))
            if verdict in judged:
                judged[verdict] += 1
                if actor_column and verdict == "y" and fresh:
                    actors[actor] += 1
                stale += not fresh
            else:
                unjudged += 1
            if args.show == "all" or (args.show == "unjudged" and not (
                verdict in judged and fresh)) or (
                args.show == "wrong" and (verdict == "n" or actor == "n")
            ):
                print(line(doc, e, actor_column))
    total = judged["y"] + judged["n"]
    words = sum(len(d.document.text.split()) for d in docs)
    events = total + unjudged
    precision = f"{judged['y'] / total:.3f}" if total else "n/a"
    head = "| docs | words | events | per 1k words | judged | right | precision |"
    row = (f"| {len(docs)} | {words} | {events} | {1000 * events / max(words, 1):.1f} | "
           f"{total} | {judged['y']} | {precision} |")
    if actor_column:
        # Actor precision: of the events of the right type, those whose doer is right.
        both = actors["y"] + actors["n"]
        head += " actor right | actor precision | actor unjudged |"
        row += f" {actors['y']} | {actors['y'] / both:.3f} |" if both else " 0 | n/a |"
        row += f" {stale} |"
    head += " unjudged |"
    print("\n" + head)
    print("|---" * (head.count("|") - 1) + "|")
    print(row + f" {unjudged} |")


if __name__ == "__main__":
    main()
