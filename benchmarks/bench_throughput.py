"""Throughput: bare spaCy ``nlp.pipe`` versus the full dateline pipeline, same documents,
same process, plus per-stage shares and the two-worker speed-up.

    .venv/bin/python benchmarks/bench_throughput.py [--docs 400] [--workers 2]

Reads Reuters-21578 from ../shared/data/reuters21578 (never copied into the repo).
Figures are ratios against the bare parse run in this same command, because the
machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import time
from itertools import islice
from pathlib import Path

from rich.console import Console
from rich.table import Table

from dateline.cluster.local import LocalExecutor
from dateline.ingest import read_paths
from dateline.model import AnnotatedDoc, Document
from dateline.pipeline import Pipeline
from dateline.settings import Settings
from dateline.stages.nlp import load_model

REUTERS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "reuters21578"


def load_documents(n: int) -> list[Document]:
    files = sorted(str(p) for p in REUTERS.glob("reut2-*.sgm"))
    if not files:
        raise SystemExit(f"no Reuters files under {REUTERS}")
    items = read_paths(files)
    return list(islice((d for d in items if isinstance(d, Document)), n))


def bare_parse(docs: list[Document], settings: Settings) -> tuple[float, int]:
    nlp = load_model(settings.model, settings.max_document_chars)
    started = time.perf_counter()
    tokens = sum(len(d) for d in nlp.pipe((d.text for d in docs), batch_size=settings.batch_size))
    return time.perf_counter() - started, tokens


def full_pipeline(docs: list[Document], settings: Settings) -> tuple[float, int, Pipeline]:
    pipeline = Pipeline(settings)
    started = time.perf_counter()
    events = sum(len(r.events) for r in pipeline.run(docs) if isinstance(r, AnnotatedDoc))
    return time.perf_counter() - started, events, pipeline


def with_workers(docs: list[Document], settings: Settings, workers: int) -> float:
    executor = LocalExecutor(Pipeline(settings), workers=workers)
    try:
        list(executor.run(docs[: settings.batch_size * workers]))  # warm: models loaded
        started = time.perf_counter()
        for _ in executor.run(docs):
            pass
        return time.perf_counter() - started
    finally:
        executor.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    settings = Settings.build()
    docs = load_documents(args.docs)
    chars = sum(len(d.text) for d in docs)
    # warm both (model load, gazetteer and dictionaries) before timing
    Pipeline(settings).run(docs[:8]).__next__()
    bare_s, tokens = bare_parse(docs, settings)
    full_s, events, pipeline = full_pipeline(docs, settings)

    console = Console()
    table = Table(title=f"throughput on {len(docs)} Reuters documents ({chars:,} chars)")
    for col in ("run", "seconds", "docs/s", "tokens/s", "ratio to bare parse"):
        table.add_column(col, justify="right")
    table.add_row("bare nlp.pipe", f"{bare_s:.2f}", f"{len(docs) / bare_s:.1f}",
                  f"{tokens / bare_s:,.0f}", "1.00")
    table.add_row("dateline pipeline, 1 process", f"{full_s:.2f}", f"{len(docs) / full_s:.1f}",
                  f"{tokens / full_s:,.0f}", f"{bare_s / full_s:.2f}")
    if args.workers > 1:
        par_s = with_workers(docs, settings, args.workers)
        table.add_row(f"dateline pipeline, {args.workers} workers", f"{par_s:.2f}",
                      f"{len(docs) / par_s:.1f}", f"{tokens / par_s:,.0f}",
                      f"{bare_s / par_s:.2f} (×{full_s / par_s:.2f} over 1 process)")
    console.print(table)

    shares = Table(title=f"per-stage share of the pipeline ({events} events)")
    shares.add_column("stage")
    shares.add_column("seconds", justify="right")
    shares.add_column("share", justify="right")
    total = sum(pipeline.timings.values()) or 1.0
    for name, seconds in pipeline.timings.items():
        shares.add_row(name, f"{seconds:.2f}", f"{seconds / total:.0%}")
    console.print(shares)


if __name__ == "__main__":
    main()
