"""Bytes → text: byte-order marks, UTF-8, then cp1252; binary and undecodable input refused.

Whole files decode with ``decode_bytes``; line formats (JSONL, CSV, SGML) stream with
``iter_lines``, which decodes each line on its own so one bad line costs one record.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import BinaryIO

from dateline.errors import InputError

# UTF-32 first: its little-endian mark starts with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 8192


def bom_encoding(head: bytes) -> str | None:
    for mark, encoding in _BOMS:
        if head.startswith(mark):
            return encoding
    return None


def line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def check_not_binary(head: bytes) -> None:
    """Refuse NUL bytes (text in UTF-16/32 is only accepted with its byte-order mark)."""
    position = head.find(b"\x00")
    if position >= 0 and bom_encoding(head) not in {"utf-16", "utf-32"}:
        raise InputError(
            f"binary file (NUL byte at offset {position}), not text", line=line_of(head, position)
        )


def decode_bytes(data: bytes) -> str:
    """Decode a whole file; raises ``InputError`` (with a line) when it is not text."""
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise _undecodable(data, exc.start, encoding) from None
    check_not_binary(data[:SNIFF_BYTES])
    return decode_line(data)


def decode_line(line: bytes, first_line: int = 1) -> str:
    """UTF-8, else cp1252 (the usual 'ANSI' of older news files), else ``InputError``."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise _undecodable(line, exc.start, "UTF-8 or cp1252", first_line) from None


def _undecodable(data: bytes, position: int, tried: str, first_line: int = 1) -> InputError:
    byte = data[position]
    return InputError(
        f"undecodable bytes: byte 0x{byte:02x} at offset {position} is not {tried} text",
        line=first_line + line_of(data, position) - 1,
    )


def iter_lines(stream: BinaryIO) -> Iterator[tuple[int, str | InputError]]:
    """Yield ``(line_number, text)``, or ``(line_number, error)`` for a line that won't decode.

    ``stream`` must be seekable (a file opened ``"rb"``).

    Raises ``InputError`` up front for an empty or binary file.
    """
    head = stream.read(SNIFF_BYTES)
    if not head.strip():
        raise InputError("empty file", line=1)
    check_not_binary(head)
    encoding = bom_encoding(head)
    stream.seek(0)
    if encoding in {"utf-16", "utf-32"}:
        yield from _wide_lines(io.TextIOWrapper(stream, encoding=encoding, newline=""))
        return
    for number, line in enumerate(stream, start=1):
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        try:
            yield number, decode_line(line, first_line=number)
        except InputError as exc:
            yield number, exc


def _wide_lines(text: io.TextIOWrapper) -> Iterator[tuple[int, str | InputError]]:
    number = 0
    try:
        for number, line in enumerate(text, start=1):
            yield number, line
    except UnicodeDecodeError as exc:
        yield number + 1, InputError(f"undecodable bytes: {exc.reason} in {exc.encoding} text")
    finally:
        text.detach()  # the caller owns (and closes) the file
