"""`make demo`: ingest the bundled sample corpus, print a summary and one timeline.

python -m dateline.demo --db dateline.duckdb examples/corpus
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rich.console import Console
from rich.table import Table

from dateline.errors import DatelineError
from dateline.output import EVENT_COLUMNS, write_records
from dateline.runner import ingest
from dateline.settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--db", default="dateline.duckdb")
    args = parser.parse_args(argv)
    console = Console()
    try:
        with console.status("ingesting the sample corpus…"):
            summary = ingest(args.paths, settings=Settings.build(db=args.db))
    except DatelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for item in summary.rejected:
        print(f"error: {item}", file=sys.stderr)
    from dateline.store import Store

    with Store.open(args.db, read_only=True) as store:
        _print_summary(console, store.summary(), summary.documents, summary.skipped_existing)
        top = store.actors(limit=1)
        if top:
            actor = top[0]
            rows = store.timeline(actor["id"])
            write_records(
                rows, "table", columns=EVENT_COLUMNS, title=f"timeline of {actor['name']}"
            )
    console.print(
        "\nExplore further:\n"
        f"  .venv/bin/dateline events --db {args.db} --type ASSAULT\n"
        f"  .venv/bin/dateline actors --db {args.db}\n"
        f"  .venv/bin/dateline timeline Taliban --db {args.db}\n"
        f"  .venv/bin/dateline serve --db {args.db}   # then open http://127.0.0.1:8000/\n"
    )
    return 1 if summary.rejected else 0


def _print_summary(console: Console, stats: dict[str, Any], new: int, skipped: int) -> None:
    table = Table(title="dateline store")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents stored now", str(new))
    table.add_row("documents already stored", str(skipped))
    for key, value in stats.items():
        if isinstance(value, dict):
            for sub, count in value.items():
                table.add_row(f"{key}: {sub}", str(count))
        else:
            table.add_row(str(key), str(value))
    console.print(table)


if __name__ == "__main__":
    sys.exit(main())
