"""RSS (0.9x, 1.0, 2.0) and Atom feed files → one document per item or entry.

Parsed as a stream with expat, the parser under ``xml.etree``, fed in chunks so a large
feed never sits in memory whole. A document type declaration is refused outright: it is
where entity-expansion attacks live (defusedxml does the same), and news feeds have none.
Descriptions are HTML: their text is extracted as for a page.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import BinaryIO
from xml.parsers import expat

from dateline.ingest.records import Builder, reject
from dateline.ingest.webpage import fragment_text
from dateline.model import Document, Rejected

FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
ITEMS = frozenset({"item", "entry"})
TEXT_FIELDS = frozenset(
    {
        "title",
        "link",
        "description",
        "summary",
        "content",
        "encoded",
        "pubdate",
        "published",
        "updated",
        "date",
        "issued",
        "created",
        "modified",
    }
)
DATE_ORDER = ("published", "pubdate", "issued", "created", "date", "updated", "modified")
BODY_ORDER = ("encoded", "content", "description", "summary")
NO_DATE = "no date: the item has no pubDate, published, updated or dc:date; give --date"
CHUNK = 1 << 16


class DoctypeRefused(Exception):
    pass


class _FeedHandler:
    """expat callbacks: collect each item's fields; finished items wait in ``done``."""

    def __init__(self, parser: expat.XMLParserType):
        self.parser = parser
        self.done: list[tuple[int, dict[str, str]]] = []
        self.root: str | None = None
        self.channel_title = ""
        self._item: dict[str, str] | None = None
        self._item_line = 0
        self._field: str | None = None
        self._depth = 0  # element depth inside the current field (Atom xhtml content)
        self._path: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1].lower()
        self.root = self.root or local
        self._path.append(local)
        if local in ITEMS:
            self._item, self._item_line = {}, self.parser.CurrentLineNumber
        elif self._field is not None:
            self._depth += 1
        elif self._item is not None and local in TEXT_FIELDS and self._path[-2] in ITEMS:
            self._field, self._depth = local, 0
            alternate = attrs.get("rel", "alternate") == "alternate"
            if local == "link" and attrs.get("href") and alternate:
                self._item.setdefault("link", attrs["href"])

    def end(self, name: str) -> None:
        local = self._path.pop()
        if self._field is not None and self._depth > 0:
            self._depth -= 1
        elif self._field is not None:
            self._field = None
        elif local in ITEMS and self._item is not None:
            self.done.append((self._item_line, self._item))
            self._item = None

    def data(self, text: str) -> None:
        if self._item is not None and self._field is not None:
            self._item[self._field] = self._item.get(self._field, "") + text
        elif self._path[-2:] in (["channel", "title"], ["feed", "title"]):
            self.channel_title += text


def _refuse(*_args: object) -> None:
    raise DoctypeRefused


def read_feed(
    stream: BinaryIO, source_file: str, builder: Builder, *, encoding: str | None = None
) -> Iterator[Document | Rejected]:
    """Items of a feed; ``encoding`` overrides the file's own declaration."""
    parser = expat.ParserCreate(encoding, namespace_separator=" ")
    handler = _FeedHandler(parser)
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.data
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    count = 0
    try:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            if handler.root not in {None, *FEED_ROOTS}:
                break
            count += yield from _drain(handler, source_file, builder)
        else:
            parser.Parse(b"", True)
    except DoctypeRefused:
        yield reject(
            "refused: the file declares a DOCTYPE (entity expansion is not allowed in feeds)",
            source_file,
            parser.CurrentLineNumber,
        )
        return
    except expat.ExpatError as exc:
        yield from _drain(handler, source_file, builder)
        yield reject(f"malformed XML: {expat.ErrorString(exc.code)}", source_file, exc.lineno)
        return
    count += yield from _drain(handler, source_file, builder)
    if handler.root not in FEED_ROOTS:
        yield reject(f"not an RSS or Atom feed (root element <{handler.root}>)", source_file, 1)
    elif count == 0:
        yield reject("feed has no items", source_file, 1)


def _drain(
    handler: _FeedHandler, source_file: str, builder: Builder
) -> Generator[Document | Rejected, None, int]:
    """Build the items finished so far; return how many there were."""
    done, handler.done = handler.done, []
    source = handler.channel_title.strip() or None
    for line, item in done:
        yield _item_document(item, line, source, source_file, builder)
    return len(done)


def _item_document(
    item: dict[str, str], line: int, source: str | None, source_file: str, builder: Builder
) -> Document | Rejected:
    body = next((item[k] for k in BODY_ORDER if item.get(k, "").strip()), "")
    date = next((item[k].strip() for k in DATE_ORDER if item.get(k, "").strip()), None)
    title = fragment_text(item.get("title", "")) or None
    return builder.build(
        fragment_text(body),
        date,
        source_file=source_file,
        line=line,
        title=title,
        url=item.get("link", "").strip() or None,
        source=source,
        no_date=NO_DATE,
    )
