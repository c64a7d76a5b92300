"""Text normalisation and document identity.

``make_document`` is the one way to build a ``Document`` from a body of text: it
normalises (Unicode NFC, common mojibake, odd spaces and line breaks) while keeping a
map back to the text as read, and derives the id from the normalised text so that the
same report read twice is the same document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from dateline.model import Document


def normalise(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return the normalised text and its ``(normalised, raw)`` offset breakpoints."""
    text = unicodedata.normalize("NFC", raw)
    if len(text) != len(raw):  # composition changed lengths: keep it simple and exact
        text = raw
    return text, ()


def document_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
