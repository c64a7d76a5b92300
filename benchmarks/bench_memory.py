"""Peak memory of a streaming ingest at growing corpus sizes: it must stay flat.

    .venv/bin/python benchmarks/bench_memory.py [--sizes 1000,5000,20000] [--workers 1]

Each size runs `dateline ingest` in a fresh process over the first N Reuters-21578
documents (read from ../shared/data, never copied into the repo) into a new DuckDB file,
and reports that process's peak RSS, as a ratio to the smallest run's. Beside it, the same
stream read and annotated without a store (``--compute-only`` in a fresh process): the
difference between the two is what the DuckDB writer holds (see docs/scaling.md).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from shared_data import REUTERS


def child(n: int, db: str, workers: int, store: bool) -> None:
    """Ingest the first ``n`` Reuters documents (or only annotate them, without a store);
    print peak RSS (MiB) and counts as JSON."""
    from dateline.ingest import read_paths
    from dateline.model import Document
    from dateline.runner import ingest
    from dateline.settings import Settings

    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"{REUTERS}: no Reuters-21578 files (reut2-*.sgm) here")
    docs = (d for d in read_paths(files) if isinstance(d, Document))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for d in islice(docs, n):  # a JSONL copy in /tmp, streamed back by the reader
            tmp.write(json.dumps({"text": d.text, "date": d.date.isoformat()}) + "\n")
    started = time.perf_counter()
    settings = Settings.build(db=db, workers=workers)
    if store:
        summary = ingest([tmp.name], settings=settings)
        documents, events = summary.documents, summary.events
    else:
        documents, events = annotate_only(tmp.name, settings)
    seconds = time.perf_counter() - started
    Path(tmp.name).unlink()
    # the driver's peak, or the largest worker's when workers ran in child processes
    peak_kib = max(
        resource.getrusage(who).ru_maxrss
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    peak_mib = peak_kib / 1024
    print(
        json.dumps(
            {
                "documents": documents,
                "events": events,
                "seconds": seconds,
                "peak_mib": peak_mib,
            }
        )
    )


def annotate_only(path: str, settings: Any) -> tuple[int, int]:
    """The ingest's read → annotate stream with no store: documents and events seen."""
    from dateline.cluster import make_executor
    from dateline.ingest import read_paths
    from dateline.model import AnnotatedDoc, Document

    docs = (d for d in read_paths([path], settings=settings) if isinstance(d, Document))
    documents = events = 0
    for result in make_executor(settings).run(docs):
        if isinstance(result, AnnotatedDoc):
            documents += 1
            events += len(result.events)
    return documents, events


def run_child(n: int, workers: int, store: bool) -> dict[str, Any]:
    """One measurement in a fresh process (peak RSS is per process)."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, __file__, "--child", str(n), "--db", f"{tmp}/m.duckdb",
                   "--workers", str(workers)]
        if not store:
            command.append("--compute-only")
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    row: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--compute-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.workers, store=not args.compute_only)
        return
    table = Table(title="streaming ingest: peak RSS by corpus size")
    for col in ("documents", "events", "docs/s", "annotate only MiB", "ratio",
                "ingest + store MiB", "ratio"):
        table.add_column(col, justify="right")
    first: tuple[float, float] | None = None
    for n in (int(s) for s in args.sizes.split(",")):
        bare = run_child(n, args.workers, store=False)
        full = run_child(n, args.workers, store=True)
        first = first or (bare["peak_mib"], full["peak_mib"])
        table.add_row(
            str(full["documents"]),
            str(full["events"]),
            f"{full['documents'] / full['seconds']:.1f}",
            f"{bare['peak_mib']:.0f}",
            f"{bare['peak_mib'] / first[0]:.2f}",
            f"{full['peak_mib']:.0f}",
            f"{full['peak_mib'] / first[1]:.2f}",
        )
    Console().print(table)


if __name__ == "__main__":
    main()
