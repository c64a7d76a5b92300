"""Reuters-21578 SGML (``reut2-NNN.sgm``): one document per ``<REUTERS>`` block, streamed.

The file is read in chunks and cut at each ``</REUTERS>``: memory holds about one report.
The body is the ``<DATELINE>`` ("SALVADOR, Feb 26 - ") followed by the ``<BODY>``, with
character references decoded (``&lt;``, ``&#3;``), control characters and the closing
"Reuter" sign-off dropped. Blocks without a ``<BODY>`` (briefs, unprocessed wires) are
reported as rejected, naming their NEWID.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dateline.ingest.records import Builder, reject
from dateline.model import Document, Rejected

_START = re.compile(r"<REUTERS\b([^>]*)>")
_END = "</REUTERS>"
_NEWID = re.compile(r'NEWID="(\d+)"')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SOURCE = "Reuters"


def _field(block: str, tag: str) -> str | None:
    match = re.search(f"<{tag}>(.*?)</{tag}>", block, re.DOTALL)
    return None if match is None else _clean(match[1])


def _clean(sgml: str) -> str:
    return _CONTROL.sub("", html.unescape(sgml))


def read_reuters(
    chunks: Iterable[str], source_file: str, builder: Builder
) -> Iterator[Document | Rejected]:
    """Documents from text chunks of any size (file reads, or lines of a stream)."""
    buffer, line, found = "", 1, False
    for chunk in chunks:
        buffer += chunk
        while (end := buffer.find(_END)) >= 0:
            begin = _START.search(buffer, 0, end)
            if begin is not None:
                found = True
                start_line = line + buffer.count("\n", 0, begin.start())
                yield _document(buffer[begin.start() : end], source_file, start_line, builder)
            line += buffer.count("\n", 0, end)
            buffer = buffer[end + len(_END) :]
        if len(buffer) > builder.settings.max_document_chars * 2:  # an end tag gone missing
            yield reject("a <REUTERS> block runs on without </REUTERS>", source_file, line)
            line += buffer.count("\n")
            buffer = ""
    begin = _START.search(buffer)
    if begin is not None:
        start_line = line + buffer.count("\n", 0, begin.start())
        yield reject("unterminated <REUTERS> block (no </REUTERS>)", source_file, start_line)
    elif not found:
        yield reject("no <REUTERS> blocks: not a Reuters-21578 SGML file", source_file, 1)


def file_chunks(stream: BinaryIO, size: int = 1 << 16) -> Iterator[str]:
    """The SGML files are Latin-1 (mostly ASCII): every byte decodes, chunk by chunk."""
    while data := stream.read(size):
        yield data.decode("latin-1")


def _document(block: str, source_file: str, line: int, builder: Builder) -> Document | Rejected:
    match = _NEWID.search(block)
    ident = f"NEWID {match[1]}" if match else "a block without NEWID"
    body = _field(block, "BODY")
    if body is None:
        return reject(f"no <BODY> in {ident} (a brief or unprocessed wire)", source_file, line)
    dateline = (_field(block, "DATELINE") or "").strip()
    text = body.rstrip()
    if text[-6:].lower() == "reuter":  # the wire's sign-off, not part of the report
        text = text[:-6]
    text = text.strip()
    if dateline:
        text = f"{dateline} {text}"
    return builder.build(
        text,
        _field(block, "DATE"),
        source_file=source_file,
        line=line,
        title=_field(block, "TITLE"),
        source=SOURCE,
        no_date=f"no <DATE> in {ident}; give --date",
    )
