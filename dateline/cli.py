"""The command line: thin. Each command calls one library function and prints records.

Library errors become one clear line on stderr and exit status 1 here, at the edge.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from dateline.errors import DatelineError
from dateline.model import AnnotatedDoc, Rejected
from dateline.output import EVENT_COLUMNS, FORMATS, default_format, write_records
from dateline.settings import Settings

app = typer.Typer(
    help="dateline: dated news in, sourced and time-resolved PLOVER events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
annotate_app = typer.Typer(help="Print one layer of annotations (time, places, actors).")
app.add_typer(annotate_app, name="annotate")

# ---------------------------------------------------------------------------
# shared options

Paths = Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin.")]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Document date YYYY-MM-DD (wins over the file's).")
]
DbOpt = Annotated[
    str | None, typer.Option("--db", help="DuckDB store [default: ./dateline.duckdb]")
]
FormatOpt = Annotated[str | None, typer.Option("--format", "-f", help="table | jsonl | json | csv")]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", help="A TOML file of settings (see data/defaults.toml).")
]
ActorsOpt = Annotated[
    list[str] | None, typer.Option("--actors", help="Extra actor dictionary file or folder.")
]
LexiconOpt = Annotated[
    list[str] | None, typer.Option("--lexicon", help="Extra event lexicon file or folder.")
]


def _settings(config: Path | None = None, **overrides: Any) -> Settings:
    if config is not None:
        return Settings.from_toml(config, **overrides)
    return Settings.build(**overrides)


def _format(value: str | None) -> str:
    fmt = value or default_format()
    if fmt not in FORMATS:
        raise DatelineError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return fmt


def _date(value: str | None, flag: str) -> dt.date | None:
    from dateline.runner import parse_date

    return parse_date(value, what=flag)


@contextmanager
def _edge() -> Iterator[None]:
    """Turn library errors into one line on stderr and exit status 1."""
    try:
        yield
    except DatelineError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def _report(rejected: Iterable[Rejected]) -> int:
    count = 0
    for item in rejected:
        typer.echo(f"error: {item}", err=True)
        count += 1
    return count


@contextmanager
def _progress(label: str) -> Iterator[Callable[[int], None] | None]:
    """A Rich progress bar on a terminal; nothing when stderr is not one."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    columns = ("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn())
    with Progress(*columns, TimeElapsedColumn(), console=Console(stderr=True)) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n: bar.advance(task, n)


# ---------------------------------------------------------------------------
# commands


@app.command()
def extract(
    paths: Paths,
    date: DateOpt = None,
    fmt: FormatOpt = None,
    config: ConfigOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
) -> None:
    """Print the events in PATH (nothing is stored).

    Example: dateline extract report.txt --format jsonl
    """
    from dateline.runner import extract_paths

    with _edge():
        settings = _settings(config, actor_paths=actors, lexicon_paths=lexicon, workers=workers)
        out_format = _format(fmt)
        rejected: list[Rejected] = []

        def records() -> Iterator[dict[str, Any]]:
            with _progress("extracting") as advance:
                for item in extract_paths(
                    paths, date=_date(date, "--date"), settings=settings, progress=advance
                ):
                    if isinstance(item, Rejected):
                        rejected.append(item)
                    else:
                        yield item

        write_records(records(), out_format, columns=_event_columns(out_format))
    if _report(rejected):
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Paths,
    db: DbOpt = None,
    date: DateOpt = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (1 = this one).")] = None,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, or local:N for a LocalCluster."),
    ] = None,
    config: ConfigOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
) -> None:
    """Extract events from PATH and store them (idempotent: known documents are skipped).

    Example: dateline ingest examples/corpus --db dateline.duckdb --workers 2
    """
    from dateline.runner import ingest as run_ingest

    with _edge():
        settings = _settings(
            config, actor_paths=actors, lexicon_paths=lexicon, workers=workers, db=db
        )
        with _progress("ingesting") as advance:
            summary = run_ingest(
                paths,
                date=_date(date, "--date"),
                settings=settings,
                scheduler=scheduler,
                progress=advance,
            )
    typer.echo(
        f"stored {summary.documents} new documents and {summary.events} events in "
        f"{settings.db} ({summary.skipped_existing} already stored, "
        f"{len(summary.rejected)} rejected)",
        err=True,
    )
    if _report(summary.rejected):
        raise typer.Exit(1)


@app.command()
def events(
    db: DbOpt = None,
    actor: Annotated[str | None, typer.Option(help="Actor id, name or alias.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country of the event.")] = None,
    since: Annotated[str | None, typer.Option(help="Events ending on or after this date.")] = None,
    until: Annotated[
        str | None, typer.Option(help="Events starting on or before this date.")
    ] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Only what had been reported by this date.")
    ] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, alleged, negated, …")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence.")] = None,
    cluster: Annotated[
        str | None, typer.Option(help="Only the reports of one happening (a cluster id).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 100,
    fmt: FormatOpt = None,
) -> None:
    """Query stored events.

    Example: dateline events --actor Taliban --type ASSAULT --since 2023-01-01
    """
    with _edge(), _reader(db) as store:
        filters = {
            "actor": actor,
            "type": type.upper() if type else None,
            "country": country.upper() if country else None,
            "since": _date(since, "--since"),
            "until": _date(until, "--until"),
            "as_of": _date(as_of, "--as-of"),
            "modality": modality,
            "text": text,
            "cluster": cluster,
        }
        out_format = _format(fmt)
        rows = store.events(limit=limit, **filters)
        write_records(rows, out_format, columns=_event_columns(out_format), title="events")


@app.command()
def clusters(
    db: DbOpt = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    min_reports: Annotated[
        int, typer.Option("--min-reports", min=1, help="Reported by at least this many documents.")
    ] = 2,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Only what had been reported by this date.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 100,
    fmt: FormatOpt = None,
) -> None:
    """Happenings reported by several documents, most reported first.

    Example: dateline clusters --type ASSAULT; then dateline events --cluster ID
    """
    with _edge(), _reader(db) as store:
        out_format = _format(fmt)
        rows = store.clusters(type=type, min_reports=min_reports,
                              as_of=_date(as_of, "--as-of"), limit=limit)
        columns = ("id", "event", "reports", "date_start", "date_end", "actors", "recipients")
        write_records(rows, out_format, columns=columns if out_format == "table" else None,
                      title="clusters")


@app.command()
def timeline(
    actor: Annotated[str, typer.Argument(help="Actor id, name or alias.")],
    db: DbOpt = None,
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    fmt: FormatOpt = None,
) -> None:
    """One actor's events, ordered by when they happened.

    Example: dateline timeline Taliban
    """
    with _edge(), _reader(db) as store:
        out_format = _format(fmt)
        rows = store.timeline(actor, as_of=_date(as_of, "--as-of"))
        if not rows:
            raise DatelineError(f"no stored events for actor {actor!r}")
        write_records(rows, out_format, columns=_event_columns(out_format), title=actor)


@app.command()
def actors(
    db: DbOpt = None,
    search: Annotated[str | None, typer.Option(help="Part of a name or alias.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100_000)] = 100,
    fmt: FormatOpt = None,
) -> None:
    """Actors with event counts, aliases seen, types and countries.

    Example: dateline actors --search islamic
    """
    with _edge(), _reader(db) as store:
        out_format = _format(fmt)
        columns = ("id", "name", "type", "country", "events", "aliases")
        rows = store.actors(search=search, limit=limit)
        write_records(rows, out_format, columns=columns if out_format == "table" else None)


@app.command()
def export(
    out: Annotated[Path, typer.Option("--out", help="Output file.")],
    db: DbOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="parquet | csv | jsonl | plover")
    ] = "parquet",
) -> None:
    """Export every stored event.

    Example: dateline export --out events.parquet --format parquet
    """
    with _edge(), _reader(db) as store:
        n = store.export(out, fmt)
    typer.echo(f"wrote {n} events to {out}", err=True)


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    token: Annotated[
        str | None, typer.Option(help="Allow POSTing documents with this bearer token.")
    ] = None,
) -> None:
    """Serve the REST API and the web page over a store.

    Example: dateline serve --db dateline.duckdb --port 8000
    """
    with _edge():
        from dateline.api import serve as run_server

        run_server(db or Settings.build().db, host=host, port=port, token=token)


# ---------------------------------------------------------------------------
# annotate


def _annotate(
    paths: list[str],
    stages: tuple[str, ...],
    to_rows: Callable[[AnnotatedDoc], list[dict[str, Any]]],
    date: str | None,
    fmt: str | None,
    settings: Settings,
) -> None:
    from dateline.runner import annotate_paths

    rejected: list[Rejected] = []

    def rows() -> Iterator[dict[str, Any]]:
        for result in annotate_paths(
            paths, stages=stages, date=_date(date, "--date"), settings=settings
        ):
            if isinstance(result, Rejected):
                rejected.append(result)
                continue
            name = result.document.source_file or result.document.id
            for row in to_rows(result):
                yield {"document": name, **row}

    write_records(rows(), _format(fmt or "jsonl"))
    if _report(rejected):
        raise typer.Exit(1)


@annotate_app.command("time")
def annotate_time(paths: Paths, date: DateOpt = None, fmt: FormatOpt = None) -> None:
    """Temporal expressions with TIMEX3 values.

    Example: dateline annotate time report.txt --date 2024-03-24
    """
    from dateline.stages.time import time_annotations

    with _edge():
        _annotate(paths, ("nlp", "time"), time_annotations, date, fmt, Settings.build())


@annotate_app.command("places")
def annotate_places(paths: Paths, date: DateOpt = None, fmt: FormatOpt = None) -> None:
    """Toponyms resolved against the gazetteer.

    Example: dateline annotate places report.txt
    """
    from dateline.stages.geo import place_annotations

    with _edge():
        _annotate(paths, ("nlp", "geo"), place_annotations, date, fmt, Settings.build())


@annotate_app.command("actors")
def annotate_actors(
    paths: Paths, date: DateOpt = None, fmt: FormatOpt = None, actors: ActorsOpt = None
) -> None:
    """Actor mentions resolved to canonical actors.

    Example: dateline annotate actors report.txt --actors my_actors.tsv
    """
    from dateline.actors import actor_annotations

    with _edge():
        settings = Settings.build(actor_paths=actors)
        _annotate(paths, ("nlp", "actors"), actor_annotations, date, fmt, settings)


# ---------------------------------------------------------------------------


@contextmanager
def _reader(db: str | None) -> Iterator[Any]:
    from dateline.store import Store

    path = db or Settings.build().db
    if path != ":memory:" and not Path(path).exists():
        raise DatelineError(f"--db {path}: no such store; create it with `dateline ingest`")
    with Store.open(path, read_only=True) as store:
        yield store


def _event_columns(fmt: str) -> tuple[str, ...] | None:
    return EVENT_COLUMNS if fmt in ("table", "csv") else None


def main() -> None:
    app()


if __name__ == "__main__":
    main()
