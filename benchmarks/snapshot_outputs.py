"""Every annotation layer the pipeline writes, one line per document, for diffing before
and after a speed change (optimisations must not change a single record).

    .venv/bin/python benchmarks/snapshot_outputs.py --docs 300 --out after.txt
    diff before.txt after.txt

Reads the first ``--docs`` Reuters-21578 reports (../shared/data, never copied into the
repo) and examples/corpus. ``--parsed FILE`` keeps the nlp stage's output in a pickle and
reuses it on later runs, so checking a change to the later stages takes seconds; leave it
out after changing the nlp stage itself.
"""

from __future__ import annotations

import argparse
import pickle
from itertools import islice
from pathlib import Path

from shared_data import REUTERS

from dateline.ingest import read_paths
from dateline.model import AnnotatedDoc, Document, Rejected
from dateline.pipeline import Pipeline
from dateline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def documents(n: int) -> list[Document]:
    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    reuters = islice((d for d in read_paths(files) if isinstance(d, Document)), n)
    corpus = (d for d in read_paths([str(ROOT / "examples" / "corpus")]))
    return [*reuters, *(d for d in corpus if isinstance(d, Document))]


def parsed(docs: list[Document], settings: Settings, cache: Path | None) -> list[AnnotatedDoc]:
    if cache and cache.exists():
        loaded: list[AnnotatedDoc] = pickle.loads(cache.read_bytes())
        return loaded
    out = [r for r in Pipeline(settings, stages=("nlp",)).run(docs)]
    assert all(isinstance(r, AnnotatedDoc) for r in out)
    if cache:
        cache.write_bytes(pickle.dumps(out))
    return out  # type: ignore[return-value]


def line(doc: AnnotatedDoc) -> str:
    layers = (doc.sentences, doc.entities, doc.times, doc.mentions, doc.places, doc.events)
    return f"{doc.document.id}\t{layers!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--parsed", type=Path)
    args = parser.parse_args()
    settings = Settings.build()
    docs = documents(args.docs)
    rest = Pipeline(settings)  # its nlp stage is not run here: see ``parsed``
    results: list[AnnotatedDoc | Rejected] = list(parsed(docs, settings, args.parsed))
    for stage in rest.stages[1:]:  # as Pipeline does: batch, then one by one on a failure
        live = [r for r in results if isinstance(r, AnnotatedDoc)]
        done = iter(rest._apply(stage, live))
        results = [next(done) if isinstance(r, AnnotatedDoc) else r for r in results]
    with args.out.open("w") as out:
        for result in results:
            out.write((line(result) if isinstance(result, AnnotatedDoc) else repr(result)) + "\n")


if __name__ == "__main__":
    main()
