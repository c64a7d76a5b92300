"""The political and conflict news that ``audit_events.py --corpus politics`` samples,
read from ../shared at run time (nothing is copied into the repository): the articles of
geo-dev (GeoWebNews ``GWN.xml`` and ``TR-News.xml``, 2016-2018 web news) and the AQUAINT
agency reports of tempeval3-train (1998-2000), their TimeML tags stripped and their
creation time used as the report's date."""

from __future__ import annotations

import datetime as dt
import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from shared_data import DATA

from dateline.ingest.normalise import make_document
from dateline.model import Document

GEO_DEV = DATA / "geo-dev"
AQUAINT = DATA / "tempeval3-train" / "TBAQ-cleaned" / "AQUAINT"
# Used when an article shows no date of its own: the months the corpora were gathered.
_FALLBACK = {"GWN.xml": dt.date(2018, 3, 31), "TR-News.xml": dt.date(2016, 12, 1)}
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_ISO = re.compile(r"(20\d\d)[-/](\d\d)(?:[-/](\d\d))?")
_WORDY = re.compile(r"(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z.]*\s+(?:(\d{1,2})\w*,?\s+)?(20\d\d)")


def _date(*clues: str) -> dt.date | None:
    """The first date written in a download time or a link, whichever way it is written."""
    for clue in clues:
        m = _ISO.search(clue)
        if m and 1 <= int(m[2]) <= 12:
            return dt.date(int(m[1]), int(m[2]), int(m[3] or 1))
        w = _WORDY.search(clue)
        if w and w[2].lower() in _MONTHS:
            return dt.date(int(w[4]), _MONTHS[w[2].lower()], int(w[1] or w[3] or 1))
    return None


def geo_documents(path: Path) -> list[Document]:
    docs = []
    for art in ET.parse(path).getroot().iter("article"):
        text = (art.findtext("text") or "").strip()
        if not text:
            continue
        found = _date(art.findtext("dltime") or "", art.findtext("link") or "")
        docs.append(make_document(text, found or _FALLBACK[path.name],
                                  title=art.findtext("title"), source_file=path.name))
    return docs


_TAG = re.compile(r"<[^>]+>")
_DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_VALUE = re.compile(r'value="(\d{4}-\d\d-\d\d)')


def timeml_document(path: Path) -> Document:
    raw = path.read_text(encoding="utf-8")
    tag = _DCT.search(raw)
    dct = _VALUE.search(tag[0]) if tag else None
    if dct is None:
        raise ValueError(f"{path}: no creation time")
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    text = html.unescape(_TAG.sub("", body)).strip()
    return make_document(text, dt.date.fromisoformat(dct[1]), source_file=path.name)


def politics_documents() -> list[Document]:
    """Every report of the pool, in a fixed order (a seeded sample is drawn from it)."""
    files = [GEO_DEV / "GWN.xml", GEO_DEV / "TR-News.xml"]
    if not all(f.exists() for f in files) or not AQUAINT.is_dir():
        raise SystemExit(f"political news not found under {GEO_DEV} and {AQUAINT}")
    docs = [d for f in files for d in geo_documents(f)]
    return docs + [timeml_document(p) for p in sorted(AQUAINT.glob("*.tml"))]
