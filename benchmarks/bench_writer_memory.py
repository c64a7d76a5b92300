"""The store writer's memory as the store grows past Reuters' size: it must stay flat.

    .venv/bin/python benchmarks/bench_writer_memory.py [--copies 60] [--every 5]

Annotates the first 1,000 Reuters-21578 reports once (read from ../shared/data, never
copied into the repo), then, in a fresh process per variant, writes them ``--copies``
times over with new document and event ids into a new DuckDB file, the way ``dateline
ingest`` writes (batches of 64, the writer reconnecting itself every ``REOPEN_EVERY``
documents), and samples the process's peak RSS every ``--every`` thousand documents.
Variants: every copy on the same days (the cluster probe must read all stored events of
those days: the worst case), a stream (copy k moved k years on, as a corpus read in date
order), and, as the baseline in the same command, the same-days writer never reconnected,
which keeps every block DuckDB wrote in its cache.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import pickle
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


def annotate(out: Path, n: int = 1000) -> None:
    from dateline.ingest import read_paths
    from dateline.model import AnnotatedDoc, Document
    from dateline.pipeline import Pipeline
    from dateline.settings import Settings

    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"{REUTERS}: no Reuters-21578 files (reut2-*.sgm) here")
    docs = list(islice((d for d in read_paths(files) if isinstance(d, Document)), n))
    done = [r for r in Pipeline(Settings.build()).run(docs) if isinstance(r, AnnotatedDoc)]
    out.write_bytes(pickle.dumps(done))


def status(key: str) -> int:
    """A /proc/self/status figure in MiB (VmRSS now, VmHWM the peak so far)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) // 1024
    return 0


def child(annotated: Path, db: str, copies: int, every: int, reopen: bool,
          stream: bool) -> None:
    from dateline.store import Store
    from dateline.store.store import REOPEN_EVERY

    docs = pickle.loads(annotated.read_bytes())

    def renamed(k: int) -> list:  # the same reports as new documents: fresh ids
        def new(s: str) -> str:
            return hashlib.sha256(f"{s}/{k}".encode()).hexdigest()
        # a stream: copy k is reported k years later, as a corpus read in date order is
        later = dt.timedelta(days=366 * k if stream else 0)

        def moved(t: Any) -> Any:
            if t is None or t.date_start is None or t.date_end is None:
                return t
            return dataclasses.replace(t, date_start=t.date_start + later,
                                       date_end=t.date_end + later)
        return [dataclasses.replace(
            d, document=dataclasses.replace(d.document, id=new(d.document.id),
                                            date=d.document.date + later),
            events=tuple(dataclasses.replace(e, id=new(e.id), date=moved(e.date))
                         for e in d.events)) for d in docs]

    samples = []
    written = 0
    started = time.perf_counter()
    with Store.open(db, reopen_every=REOPEN_EVERY if reopen else 0) as store:
        for k in range(copies):
            batch = renamed(k)
            for i in range(0, len(batch), 64):
                store.write(batch[i : i + 64])
            written += len(batch)
            if (k + 1) % every == 0 or k == 0:
                samples.append((written, status("VmRSS"), status("VmHWM")))
    print(json.dumps({"samples": samples, "seconds": time.perf_counter() - started}))


def run(annotated: Path, copies: int, every: int, reopen: bool, stream: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, __file__, "--child", str(annotated), "--db",
                   f"{tmp}/w.duckdb", "--copies", str(copies), "--every", str(every)]
        command += [] if reopen else ["--no-reopen"]
        command += ["--stream"] if stream else []
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    result: dict = json.loads(out.strip().splitlines()[-1])
    return result


# (column title, reconnected, a stream): the writer as `dateline ingest` runs it over the
# same days again and again (the worst case for the cluster probe, which no date prunes),
# over a stream in date order, and never reconnected (the baseline)
VARIANTS = (("same days", True, False), ("stream", True, True),
            ("never reconnected", False, False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=60, help="times 1,000 documents")
    parser.add_argument("--every", type=int, default=5, help="sample every N copies")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--no-reopen", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stream", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.copies, args.every, reopen=not args.no_reopen,
              stream=args.stream)
        return
    with tempfile.TemporaryDirectory() as tmp:
        annotated = Path(tmp) / "annotated.pickle"
        annotate(annotated)
        runs = [run(annotated, args.copies, args.every, reopen, stream)
                for _, reopen, stream in VARIANTS]
    table = Table(title="store writer: peak RSS (MiB) as the store grows")
    table.add_column("documents", justify="right")
    for title, _, _ in VARIANTS:
        table.add_column(title, justify="right")
        table.add_column("ratio", justify="right")
    for i, (n, _, _) in enumerate(runs[0]["samples"]):
        cells = [f"{n:,}"]
        for r in runs:
            peak, first = r["samples"][i][2], r["samples"][0][2]
            cells += [str(peak), f"{peak / first:.2f}"]
        table.add_row(*cells)
    Console().print(table)
    print("seconds: " + ", ".join(f"{title} {r['seconds']:.1f}"
                                  for (title, _, _), r in zip(VARIANTS, runs, strict=True)))


if __name__ == "__main__":
    main()
