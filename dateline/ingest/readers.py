"""``read_paths``: files, folders and standard input → ``Document`` or ``Rejected``, lazily.

    stats = ReadStats()
    for item in read_paths(["corpus/", "-"], date=None, stats=stats):
        ...                                  # Document, or Rejected naming file and line
    print(stats.documents, stats.duplicates, stats.rejected)

Formats are told by extension, else by content. Folders are walked recursively in sorted
order, hidden files and folders skipped, and only files with a known extension read. A
document whose normalised text was already read in this call is skipped and counted.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, TextIO

from dateline.errors import InputError
from dateline.ingest.decode import SNIFF_BYTES, check_not_binary, decode_bytes, iter_lines
from dateline.ingest.feeds import read_feed
from dateline.ingest.records import Builder, reject
from dateline.ingest.reuters import file_chunks, read_reuters
from dateline.ingest.sniff import FORMATS, sniff, sniff_text
from dateline.ingest.tabular import read_csv, read_json, read_jsonl
from dateline.ingest.text import read_dated_text
from dateline.ingest.webpage import read_html
from dateline.model import Document, Rejected
from dateline.settings import Settings

STDIN_NAME = "<stdin>"

Item = Document | Rejected


@dataclass(slots=True)
class ReadStats:
    """What one read produced: documents yielded, duplicates skipped, records rejected."""

    documents: int = 0
    duplicates: int = 0
    rejected: int = 0
    files: int = 0


def read_paths(
    paths: Sequence[str],
    *,
    date: dt.date | None = None,
    settings: Settings | None = None,
    stdin: TextIO | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Item]:
    """Every document in ``paths`` (files, folders, ``-``), each once; bad input as ``Rejected``."""
    if isinstance(paths, str | Path):  # one path given bare: not its characters
        paths = [str(paths)]
    builder = Builder(settings or Settings.build(), date)
    counts = stats if stats is not None else ReadStats()
    seen: set[bytes] = set()
    for path in paths:
        for item in _read_path(path, builder, stdin, counts):
            if isinstance(item, Rejected):
                counts.rejected += 1
                yield item
                continue
            key = bytes.fromhex(item.id)
            if key in seen:
                counts.duplicates += 1
                continue
            seen.add(key)
            counts.documents += 1
            yield item


def _read_path(
    path: str, builder: Builder, stdin: TextIO | None, stats: ReadStats
) -> Iterator[Item]:
    if path == "-":
        stats.files += 1
        yield from read_stream(stdin if stdin is not None else sys.stdin, STDIN_NAME, builder)
        return
    target = Path(path)
    if target.is_dir():
        for file in walk(target):
            if isinstance(file, OSError):
                yield reject(f"cannot read folder: {file.strerror or file}", file.filename)
                continue
            stats.files += 1
            yield from read_file(file, builder)
    elif target.exists():
        stats.files += 1
        yield from read_file(target, builder)
    else:
        yield reject("no such file or folder", path)


def walk(folder: Path) -> Iterator[Path | OSError]:
    """Files with a known extension under ``folder``, sorted, hidden ones skipped.

    A sub-folder that cannot be listed comes out as its ``OSError``.
    """
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        yield from errors
        errors.clear()
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                yield Path(root) / name
    yield from errors


def read_file(path: Path, builder: Builder) -> Iterator[Item]:
    name = str(path)
    try:
        with path.open("rb") as stream:
            yield from _read_open(stream, path, builder)
    except InputError as exc:
        yield reject(exc.reason, name, exc.line)
    except OSError as exc:
        yield reject(f"cannot read: {exc.strerror or exc}", name)


def _read_open(stream: BinaryIO, path: Path, builder: Builder) -> Iterator[Item]:
    name = str(path)
    head = stream.read(SNIFF_BYTES)
    stream.seek(0)
    if not head.strip():
        yield reject("empty file", name, 1)
        return
    check_not_binary(head)
    kind = FORMATS.get(path.suffix.lower()) or sniff(head)
    if kind in LINE_READERS:
        yield from LINE_READERS[kind](iter_lines(stream), name, builder)
    elif kind == "feed":  # expat reads the declared encoding and any byte-order mark
        yield from read_feed(stream, name, builder)
    elif kind == "reuters":
        yield from read_reuters(file_chunks(stream), name, builder)
    else:
        yield from _read_whole(stream, name, kind, builder)


def _read_whole(stream: BinaryIO, name: str, kind: str, builder: Builder) -> Iterator[Item]:
    """Formats read whole: refuse files that cannot fit the document limit before reading."""
    size = os.fstat(stream.fileno()).st_size
    limit = builder.settings.max_document_chars
    # four bytes a character at most in UTF-8; markup and JSON carry more than the text
    if size > limit * (4 if kind == "text" else 16) + 4:
        yield reject(f"file of {size:,} bytes is over max_document_chars ({limit:,})", name)
        return
    text = decode_bytes(stream.read())
    yield from read_text(text, name, kind, builder)


def read_text(text: str, name: str, kind: str, builder: Builder) -> Iterator[Item]:
    """Read decoded text in the format ``kind`` (as ``sniff`` names them)."""
    if kind == "feed":
        yield from read_feed(BytesIO(text.encode("utf-8")), name, builder, encoding="utf-8")
    elif kind == "json":
        yield from read_json(text, name, builder)
    elif kind == "html":
        yield from read_html(text, name, builder)
    elif kind == "reuters":
        yield from read_reuters([text], name, builder)
    elif kind in LINE_READERS:
        lines = enumerate(text.splitlines(keepends=True), start=1)
        yield from LINE_READERS[kind](lines, name, builder)
    else:
        yield from read_dated_text(text, name, builder)


def read_stream(stream: TextIO, name: str, builder: Builder) -> Iterator[Item]:
    """Standard input: JSONL and CSV stream line by line; other formats are read whole."""
    head: list[str] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    kind = sniff_text(head[-1] if head else "")
    if kind in {"jsonl", "csv"}:
        lines = enumerate(_chain(head, stream), start=1)
        yield from LINE_READERS[kind](lines, name, builder)
        return
    text = "".join(_chain(head, stream))
    yield from read_text(text, name, sniff_text(text), builder)


def _chain(head: list[str], stream: TextIO) -> Iterator[str]:
    yield from head
    yield from stream


def _tsv(lines: object, name: str, builder: Builder) -> Iterator[Item]:
    return read_csv(lines, name, builder, delimiter="\t")  # type: ignore[arg-type]


LINE_READERS: dict[str, Callable[..., Iterator[Item]]] = {
    "jsonl": read_jsonl,
    "csv": read_csv,
    "tsv": _tsv,
}
