"""Ingest alone: Reuters-21578 SGML read into documents, speed and memory by corpus size.

    .venv/bin/python benchmarks/bench_ingest.py [--sizes 1000,5000,20000]

For each size, reads the first N documents of ../shared/data/reuters21578 (never copied
into the repo) with ``read_paths`` and, as the baseline in the same process, the bare
floor: the same files read line by line with the ``<BODY>`` blocks counted. Speed is
reported as a ratio to that floor (machines are shared and noisy); memory is the
``tracemalloc`` peak of a separate pass. Reading streams, so the peak grows only by the
dedup set (one 32-byte digest per distinct document, about 0.1 kB each).
"""

from __future__ import annotations

import argparse
import re
import time
import tracemalloc
from collections.abc import Callable, Iterator
from itertools import islice

from rich.console import Console
from rich.table import Table
from shared_data import REUTERS

from dateline.ingest import ReadStats, read_paths

_BODY_END = re.compile(r"</BODY>")


def sgm_files() -> list[str]:
    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"no Reuters-21578 files in {REUTERS}")
    return files


def dateline_docs(files: list[str]) -> Iterator[object]:
    return (item for item in read_paths(files) if not hasattr(item, "reason"))


def floor_docs(files: list[str]) -> Iterator[object]:
    """Read every line and count bodies: what any reader must at least do."""
    for name in files:
        with open(name, encoding="latin-1") as stream:
            for line in stream:
                if _BODY_END.search(line):
                    yield line


def timed(
    make: Callable[[list[str]], Iterator[object]], files: list[str], n: int
) -> tuple[int, float]:
    start = time.perf_counter()
    count = sum(1 for _ in islice(make(files), n))
    return count, count / (time.perf_counter() - start)


def peak_mb(files: list[str], n: int) -> float:
    tracemalloc.start()
    for _ in islice(dateline_docs(files), n):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000,20000")
    args = parser.parse_args()
    files = sgm_files()
    stats = ReadStats()
    for _ in read_paths(files, stats=stats):
        pass
    table = Table(title="ingest: Reuters-21578 SGML → Document")
    for column in ("docs", "dateline docs/s", "floor docs/s", "ratio", "peak MB (tracemalloc)"):
        table.add_column(column, justify="right")
    for n in (int(s) for s in args.sizes.split(",")):
        (count, ours), (_, floor) = timed(dateline_docs, files, n), timed(floor_docs, files, n)
        table.add_row(
            f"{count:,}",
            f"{ours:,.0f}",
            f"{floor:,.0f}",
            f"{ours / floor:.2f}",
            f"{peak_mb(files, n):.1f}",
        )
    console = Console()
    console.print(table)
    console.print(
        f"whole corpus: {stats.documents:,} documents, {stats.duplicates:,} duplicates skipped, "
        f"{stats.rejected:,} rejected (no <BODY>)"
    )


if __name__ == "__main__":
    main()
