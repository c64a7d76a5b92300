"""Which reader a file needs: by extension first, else by its first bytes."""

from __future__ import annotations

import re

from dateline.ingest.decode import bom_encoding

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".sgm": "reuters",
    ".sgml": "reuters",
}

# Feed roots before HTML: a feed's CDATA may hold a whole page.
_MARKUP = (
    (re.compile(r"<!DOCTYPE\s+lewis|<REUTERS\b"), "reuters"),
    (re.compile(r"<rss\b|<feed\b|<rdf:RDF\b"), "feed"),
    (re.compile(r"<!DOCTYPE\s+html|<html\b|<head\b|<body\b|<article\b", re.IGNORECASE), "html"),
    (re.compile(r"<\?xml\b"), "feed"),
)


def sniff(head: bytes) -> str:
    """Format of a file whose extension says nothing, from its first few kilobytes."""
    return sniff_text(head.decode(bom_encoding(head) or "utf-8", errors="ignore"))


def sniff_text(text: str) -> str:
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("{"):
        return "jsonl"
    if start.startswith("["):
        return "json"
    if start.startswith("<"):
        for pattern, kind in _MARKUP:
            if pattern.search(start[:4096]):
                return kind
        return "html"
    if _is_csv_header(start.split("\n", 1)[0]):
        return "csv"
    return "text"


def _is_csv_header(line: str) -> bool:
    """A first line like ``title,date,text``: comma-separated names, one of them ``text``."""
    if "," not in line or len(line) > 500:
        return False
    names = [name.strip().strip('"').lower() for name in line.split(",")]
    return "text" in names and all(name.replace("_", "").isalnum() for name in names if name)
