"""Throughput: bare spaCy ``nlp.pipe`` versus the full dateline pipeline, same documents,
same process, plus per-stage shares and the two-worker speed-up.

    .venv/bin/python benchmarks/bench_throughput.py [--docs 400] [--workers 2] [--rounds 2]

Reads Reuters-21578 from ../shared/data/reuters21578 (never copied into the repo).
Figures are ratios against the bare parse run in this same command, because the
machines are shared and noisy. Single-process runs are timed in CPU seconds of this
process (waiting for a core someone else holds is not our cost) and in wall seconds;
each is the best of ``--rounds`` interleaved runs. The worker runs can only be timed by
the wall clock: their speed-up is bounded by the cores other programs leave free.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice

from rich.console import Console
from rich.table import Table
from shared_data import REUTERS

from dateline.cluster.local import LocalExecutor
from dateline.ingest import read_paths
from dateline.model import AnnotatedDoc, Document
from dateline.pipeline import Pipeline
from dateline.settings import Settings
from dateline.stages.nlp import load_model


@dataclass
class Timed:
    cpu: float = float("inf")
    wall: float = float("inf")
    count: int = 0

    def best(self, run: Callable[[], int]) -> None:
        cpu, wall = time.process_time(), time.perf_counter()
        self.count = run()
        self.cpu = min(self.cpu, time.process_time() - cpu)
        self.wall = min(self.wall, time.perf_counter() - wall)


def load_documents(n: int) -> list[Document]:
    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"no Reuters files under {REUTERS}")
    items = read_paths(files)
    return list(islice((d for d in items if isinstance(d, Document)), n))


def bare_parse(docs: list[Document], settings: Settings) -> int:
    """Tokens parsed by the model's own ``nlp.pipe``, every component on."""
    nlp = load_model(settings.model, settings.max_document_chars)
    texts = (d.text for d in docs)
    return sum(len(d) for d in nlp.pipe(texts, batch_size=settings.batch_size))


def dateline_run(docs: list[Document], pipeline: Pipeline) -> int:
    return sum(len(r.events) for r in pipeline.run(docs) if isinstance(r, AnnotatedDoc))


def with_workers(docs: list[Document], settings: Settings, workers: int) -> tuple[float, float]:
    """Wall seconds for an ingest-style run (slim results) with ``workers`` processes, and
    the CPU seconds the driver (this process) spent meanwhile: sending, receiving."""
    executor = LocalExecutor(Pipeline(settings), workers=workers, slim=True)
    try:
        list(executor.run(docs[: settings.batch_size * workers]))  # warm: models loaded
        started, cpu = time.perf_counter(), time.process_time()
        for _ in executor.run(docs):
            pass
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        executor.close()


def _row(table: Table, name: str, t: Timed, n: int, tokens: int, bare: Timed) -> None:
    table.add_row(
        name,
        f"{t.cpu:.2f}",
        f"{t.wall:.2f}",
        f"{n / t.cpu:.1f}",
        f"{tokens / t.cpu:,.0f}",
        f"{bare.cpu / t.cpu:.2f}",
        f"{bare.wall / t.wall:.2f}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    settings = Settings.build()
    docs = load_documents(args.docs)
    chars = sum(len(d.text) for d in docs)
    # warm everything (model load, gazetteer, dictionaries, lexicons) before timing
    list(Pipeline(settings).run(docs[:8]))
    bare_parse(docs[:8], settings)
    bare, nlp_only, full = Timed(), Timed(), Timed()
    pipeline = Pipeline(settings)
    nlp_stage = Pipeline(settings, stages=("nlp",))
    for _ in range(args.rounds):  # interleaved, so load changes hit all alike
        pipeline.timings = dict.fromkeys(pipeline.timings, 0.0)
        bare.best(lambda: bare_parse(docs, settings))
        nlp_only.best(lambda: dateline_run(docs, nlp_stage))
        full.best(lambda: dateline_run(docs, pipeline))
    tokens = bare.count

    console = Console(width=110)
    table = Table(title=f"throughput on {len(docs)} Reuters documents ({chars:,} chars)")
    cols = ("run", "CPU s", "wall s", "docs/s", "tokens/s", "ratio (CPU)", "ratio (wall)")
    for col in cols:
        table.add_column(col, justify="right")
    _row(table, "bare spaCy nlp.pipe", bare, len(docs), tokens, bare)
    _row(table, "dateline nlp stage only", nlp_only, len(docs), tokens, bare)
    _row(table, "dateline pipeline, 1 process", full, len(docs), tokens, bare)
    console.print(table)

    if args.workers > 1:
        one, _ = with_workers(docs, settings, 1)
        par, driver = with_workers(docs, settings, args.workers)
        workers = Table(title="ingest-style runs (slim results), wall clock")
        for col in ("workers", "wall s", "docs/s", "speed-up over 1", "driver CPU s"):
            workers.add_column(col, justify="right")
        workers.add_row("1 (in process)", f"{one:.2f}", f"{len(docs) / one:.1f}", "1.00", "-")
        workers.add_row(
            str(args.workers),
            f"{par:.2f}",
            f"{len(docs) / par:.1f}",
            f"{one / par:.2f}",
            f"{driver:.2f} ({driver / par:.0%} of a core)",
        )
        console.print(workers)

    shares = Table(title=f"per-stage share of the pipeline, CPU ({full.count} events)")
    shares.add_column("stage")
    shares.add_column("CPU s", justify="right")
    shares.add_column("share", justify="right")
    total = sum(pipeline.timings.values()) or 1.0
    for name, seconds in pipeline.timings.items():
        shares.add_row(name, f"{seconds:.2f}", f"{seconds / total:.0%}")
    console.print(shares)


if __name__ == "__main__":
    main()
