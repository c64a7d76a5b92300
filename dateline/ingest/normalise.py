"""Text normalisation and document identity.

``make_document`` is the one way to build a ``Document`` from a body of text: it
normalises (Unicode NFC, common mojibake, odd spaces and line breaks) while keeping a
map back to the text as read, and derives the id from the normalised text so that the
same report read twice is the same document.

The offset map holds ``(normalised_index, raw_index)`` breakpoints: from a breakpoint on,
offsets advance together until the next one (see ``Document.to_raw``). Clean text (the
common case) comes back unchanged with an empty map, without a character-level pass.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator

from dateline.model import Document

OffsetMap = tuple[tuple[int, int], ...]

# Spaces that are not U+0020 but mean one: same length, so no breakpoint.
_SPACES = "\t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
# Invisible characters that only get in the way of tokenising (ZWJ/ZWNJ are kept: scripts
# and emoji need them).
_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_LINE_BREAKS = "\u0085\u2028\u2029\x0b\x0c"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f-\x9f"

# cp1252 shows UTF-8 continuation bytes 0x80-0xBF as these characters (latin-1 as C1
# controls, which the class also covers).
_CONT = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}"

# "”" is E2 80 9D; cp1252 has no 0x9D, so a decoder that dropped it leaves "â€" alone.
_LOST_QUOTE = "\u00e2\u20ac"

_CLEAN_ASCII = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPECIAL = f"[{re.escape(_SPACES + _INVISIBLE + _LINE_BREAKS)}\r{_CONTROLS}]"


def normalise(raw: str) -> tuple[str, OffsetMap]:
    """Return the normalised text and its ``(normalised, raw)`` offset breakpoints."""
    text, offsets = _one_pass(raw)
    if text is raw or text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, offsets
    # A removed character sat between a letter and its accent: compose them now.
    again, inner = _one_pass(text)
    return again, _compose(inner, offsets, len(again))


def _compose(outer: OffsetMap, inner: OffsetMap, size: int) -> OffsetMap:
    """The map of ``inner`` applied after ``outer`` (both as in ``Document.to_raw``)."""
    points = [(i, _apply(inner, _apply(outer, i))) for i in range(size + 1)]
    return _compress(points)


def _apply(offsets: OffsetMap, offset: int) -> int:
    index = bisect_right(offsets, (offset, sys.maxsize)) - 1
    if index < 0:
        return offset
    norm, raw = offsets[index]
    return raw + offset - norm


def _one_pass(raw: str) -> tuple[str, OffsetMap]:
    if raw.isascii() and "\r" not in raw and "\t" not in raw and not _CLEAN_ASCII.search(raw):
        return raw, ()
    pattern = _pattern(nfc=not unicodedata.is_normalized("NFC", raw))
    pieces: list[str] = []
    points: list[tuple[int, int]] = []
    out = last = 0
    for start, end, new in _edits(pattern, raw):
        pieces.append(raw[last:start])
        out += start - last
        _add_points(points, out, start, len(new), end)
        pieces.append(new)
        out += len(new)
        last = end
    if last == 0:  # nothing changed
        return raw, ()
    pieces.append(raw[last:])
    return "".join(pieces), _compress(points)


def _add_points(points: list[tuple[int, int]], out: int, start: int, size: int, end: int) -> None:
    """Breakpoints for ``raw[start:end]`` replaced by ``size`` characters at ``out``."""
    for k in range(size):  # each new character points into the span, never past it
        points.append((out + k, min(start + k, end)))
    points.append((out + size, end))


def _compress(points: list[tuple[int, int]]) -> OffsetMap:
    """Drop breakpoints the previous one already implies; keep the last per index."""
    kept: list[tuple[int, int]] = []
    for norm, raw in points:
        if kept and kept[-1][0] == norm:
            kept.pop()
        delta = kept[-1][1] - kept[-1][0] if kept else 0
        if raw - norm != delta:
            kept.append((norm, raw))
    return tuple(kept)


def _edits(pattern: re.Pattern[str], raw: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, replacement)`` for each span of ``raw`` that normalisation changes."""
    for match in pattern.finditer(raw):
        chunk, start = match.group(), match.start()
        new = _replacement(chunk)
        if new is None:  # looked like mojibake but is not: each character on its own
            for i, char in enumerate(chunk, start):
                if (one := _single(char)) != char:
                    yield i, i + 1, one
        elif new != chunk:
            yield start, match.end(), new


def _replacement(chunk: str) -> str | None:
    """The normalised form of one matched chunk; ``None`` for mojibake that is not."""
    first = chunk[0]
    if len(chunk) == 1 or chunk == "\r\n":
        return _single(first)
    if chunk == _LOST_QUOTE:
        return "\u201d"
    if "\u00c2" <= first <= "\u00f4" and unicodedata.combining(chunk[1]) == 0:
        fixed = _unmojibake(chunk)
        return None if fixed is None else "".join(_single(c) for c in fixed)
    return unicodedata.normalize("NFC", chunk)


def _single(char: str) -> str:
    if char in _SPACES:
        return " "
    if char in "\r\n" or char in _LINE_BREAKS:
        return "\n"
    if char in _INVISIBLE or _is_control(char):
        return ""
    return unicodedata.normalize("NFC", char)


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 and char not in "\n\t") or 0x7F <= code <= 0x9F


def _unmojibake(chunk: str) -> str | None:
    """UTF-8 bytes shown as cp1252/latin-1 → the intended character, when confidently so."""
    try:
        data = bytes(_cp1252_byte(c) for c in chunk)
        fixed = data.decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    code = ord(fixed)
    if len(data) == 2 and not 0xA0 <= code <= 0x24F:
        return None  # e.g. "ß”" is German text, not NKo: two-byte fixes only for Latin
    if unicodedata.category(fixed) in {"Cc", "Cs", "Co", "Cn"}:
        return None
    return fixed


def _cp1252_byte(char: str) -> int:
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char) if ord(char) < 256 else 256  # 256 → ValueError in bytes()


@functools.lru_cache(maxsize=2)
def _pattern(*, nfc: bool) -> re.Pattern[str]:
    """Everything normalisation may change; with ``nfc``, also un-composed sequences."""
    parts = [_MOJIBAKE, _LOST_QUOTE, "\r\n"]
    if nfc:
        marks = _char_class(_composing_chars())
        # a base (never a special character, which has its own rule) and its marks
        parts.append(f"{_SPECIAL}|[^{marks}][{marks}]+|[{_char_class(_unstable_chars())}]")
    parts.append(_SPECIAL)
    return re.compile("|".join(parts), re.DOTALL)


def _composing_chars() -> Iterator[int]:
    """Marks and Hangul vowel/final jamo: characters NFC may compose with what precedes."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if unicodedata.category(char).startswith("M") or 0x1161 <= code <= 0x11C2:
            yield code


def _unstable_chars() -> Iterator[int]:
    """Characters NFC changes on their own (singletons such as U+212B ANGSTROM SIGN)."""
    for code in range(0xA0, sys.maxunicode + 1):
        char = chr(code)
        if not 0xD800 <= code <= 0xDFFF and unicodedata.normalize("NFC", char) != char:
            yield code


def _char_class(codes: Iterator[int]) -> str:
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def make_document(
    raw: str,
    date: dt.date,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    source_file: str | None = None,
    line: int | None = None,
) -> Document:
    text, offset_map = normalise(raw)
    return Document(
        id=document_id(text),
        text=text,
        date=date,
        raw=raw,
        offset_map=offset_map,
        title=title,
        url=url,
        source=source,
        source_file=source_file,
        line=line,
    )
