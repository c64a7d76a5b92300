"""Peak memory of a streaming ingest at growing corpus sizes: it must stay flat.

    .venv/bin/python benchmarks/bench_memory.py [--sizes 1000,5000,20000] [--workers 1]

Each size runs `dateline ingest` in a fresh process over the first N Reuters-21578
documents (read from ../shared/data, never copied into the repo) into a new DuckDB file,
and reports that process's peak RSS, as a ratio to the smallest run's.
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

from rich.console import Console
from rich.table import Table

REUTERS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reuters21578"


def child(n: int, db: str, workers: int) -> None:
    """Ingest the first ``n`` Reuters documents; print peak RSS (MiB) and counts as JSON."""
    from dateline.ingest import read_paths
    from dateline.model import Document
    from dateline.runner import ingest
    from dateline.settings import Settings

    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    docs = (d for d in read_paths(files) if isinstance(d, Document))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as tmp:
        for d in islice(docs, n):  # a JSONL copy in /tmp, streamed back by the reader
            tmp.write(json.dumps({"text": d.text, "date": d.date.isoformat()}) + "\n")
    started = time.perf_counter()
    summary = ingest([tmp.name], settings=Settings.build(db=db, workers=workers))
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
                "documents": summary.documents,
                "events": summary.events,
                "seconds": seconds,
                "peak_mib": peak_mib,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.workers)
        return
    table = Table(title="streaming ingest: peak RSS by corpus size")
    for col in ("documents", "events", "seconds", "docs/s", "peak RSS MiB", "ratio to first"):
        table.add_column(col, justify="right")
    first = None
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    str(n),
                    "--db",
                    f"{tmp}/m.duckdb",
                    "--workers",
                    str(args.workers),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        row = json.loads(out.strip().splitlines()[-1])
        first = first or row["peak_mib"]
        table.add_row(
            str(row["documents"]),
            str(row["events"]),
            f"{row['seconds']:.0f}",
            f"{row['documents'] / row['seconds']:.1f}",
            f"{row['peak_mib']:.0f}",
            f"{row['peak_mib'] / first:.2f}",
        )
    Console().print(table)


if __name__ == "__main__":
    main()
