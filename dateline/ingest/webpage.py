"""HTML pages → title, date and article text, with the standard library's ``html.parser``.

The article text is what sits inside ``<article>`` (else ``<main>``, else ``<body>``),
without scripts, styles, navigation, headers, footers, asides and forms; block elements
become paragraphs. The date comes from the usual meta tags (``article:published_time``,
``og:published_time``, ``date``, Dublin Core…) or the first ``<time datetime>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

from dateline.ingest.records import Builder, parse_date
from dateline.model import Document, Rejected

# fmt: off
SKIP = frozenset((
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
    "svg", "button", "select", "iframe", "canvas", "object", "figure",
))
BLOCKS = frozenset((
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "main", "tr", "table", "pre", "dd", "dt", "dl", "hr", "figcaption",
    "address",
))
VOID = frozenset((
    "br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
    "track", "wbr",
))
# fmt: on
DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article:modified_time",
)
NO_DATE = "no date: no article:published_time (or like) meta tag, no <time datetime>; give --date"
_SPACE = re.compile(r"\s+")


class _PageParser(HTMLParser):
    """Collects paragraphs per scope (article, main, body), meta values and the title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.times: list[str] = []
        self.title = ""
        self.h1 = ""
        self.canonical: str | None = None
        self.scopes: dict[str, list[list[str]]] = {"article": [], "main": [], "body": []}
        self._open: list[tuple[str, bool]] = []
        self._skipping = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): v or "" for k, v in attrs}
        self._collect_attrs(tag, values)
        if tag in VOID:
            if tag in BLOCKS:
                self._break()
            return
        skip = tag in SKIP or "hidden" in values or values.get("aria-hidden") == "true"
        self._open.append((tag, skip))
        self._skipping += skip
        self._in_title |= tag == "title" and self._skipping == 0  # not an <svg><title>
        self._in_h1 |= tag == "h1"
        if tag in BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._tags():
            return  # a stray end tag: ignore rather than unwind the whole stack
        while self._open:
            closed, skip = self._open.pop()
            self._skipping -= skip
            self._in_title &= closed != "title"
            self._in_h1 &= closed != "h1"
            if closed == tag:
                break
        if tag in BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skipping > 0:
            return
        if self._in_h1:
            self.h1 += data
            return  # the headline is the title, not body text
        for scope in self._scopes():
            paragraphs = self.scopes[scope]
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(data)

    def _tags(self) -> list[str]:
        return [tag for tag, _ in self._open]

    def _scopes(self) -> list[str]:
        tags = self._tags()
        return ["body"] + [scope for scope in ("main", "article") if scope in tags]

    def _break(self) -> None:
        for paragraphs in self.scopes.values():
            if not paragraphs or paragraphs[-1]:
                paragraphs.append([])

    def _collect_attrs(self, tag: str, values: dict[str, str]) -> None:
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and values.get("content"):
                self.meta.setdefault(key.strip().lower(), values["content"].strip())
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = values.get("href") or None


def page_text(html: str) -> tuple[str, _PageParser]:
    """The article text of a page (paragraphs joined by blank lines) and the parser."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    for scope in ("article", "main", "body"):
        text = _join(parser.scopes[scope])
        if text:
            return text, parser
    return "", parser


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's description)."""
    return page_text(html)[0]


def _join(paragraphs: list[list[str]]) -> str:
    cleaned = (_SPACE.sub(" ", "".join(p)).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)


def _readable(value: str) -> bool:
    try:
        parse_date(value)
    except ValueError:
        return False
    return True


def read_html(html: str, source_file: str, builder: Builder) -> Iterator[Document | Rejected]:
    text, parser = page_text(html)
    meta = parser.meta
    candidates = [meta[k] for k in DATE_META if k in meta] + parser.times
    date = next((c for c in candidates if _readable(c)), None) or next(iter(candidates), None)
    title = meta.get("og:title") or _SPACE.sub(" ", parser.title).strip() or parser.h1.strip()
    yield builder.build(
        text,
        date,
        source_file=source_file,
        line=1,
        title=title or None,
        url=meta.get("og:url") or parser.canonical,
        source=meta.get("og:site_name"),
        no_date=NO_DATE,
    )
