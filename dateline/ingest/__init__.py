"""Readers: files, folders and streams → ``Document`` (or ``Rejected`` for bad input).

    from dateline.ingest import ReadStats, read_paths
    stats = ReadStats()
    for item in read_paths(["examples/corpus", "-"], stats=stats):
        ...

Formats: dated text (``date YYYY-MM-DD`` first line), JSONL/NDJSON, JSON, CSV/TSV, HTML,
RSS/Atom feeds and Reuters-21578 SGML. See ``readers`` for the rules.
"""

# ``normalise`` stays in its module: a function of that name here would shadow it.
from dateline.ingest.normalise import document_id, make_document
from dateline.ingest.readers import ReadStats, read_paths
from dateline.ingest.records import parse_date

__all__ = ["ReadStats", "document_id", "make_document", "parse_date", "read_paths"]
