"""Every input format read into documents: dated text, JSONL, JSON, CSV, HTML, feeds, SGML."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from dateline.ingest import ReadStats, read_paths
from dateline.model import Document, Rejected

REPORT = "Rebels shelled the port of Hodeidah on Monday, officials said."
OTHER = "The foreign minister met her Turkish counterpart in Ankara."


def read(path: Path | str, **kwargs: object) -> list[Document | Rejected]:
    return list(read_paths([str(path)], **kwargs))  # type: ignore[arg-type]


def only_docs(items: list[Document | Rejected]) -> list[Document]:
    assert all(isinstance(i, Document) for i in items), [str(i) for i in items]
    return items  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("content", "body", "line"),
    [
        (f"date 2024-03-24\n{REPORT}\n", f"{REPORT}\n", 1),
        (f" date 2024-03-24 {REPORT}", REPORT, 1),  # the seed: header and text on one line
        (f"\n\n  date 2024-03-24\r\n{REPORT}", REPORT, 3),
        (f"Date: 2024-03-24\n{REPORT}", REPORT, 1),
        (f"date 24 March 2024\n{REPORT}", REPORT, 1),
    ],
)
def test_dated_text(tmp_path: Path, content: str, body: str, line: int) -> None:
    path = tmp_path / "report.txt"
    path.write_text(content, encoding="utf-8")
    (doc,) = only_docs(read(path))
    assert (doc.date, doc.raw, doc.line, doc.source_file) == (
        dt.date(2024, 3, 24),
        body,
        line,
        str(path),
    )


def test_date_option_wins_and_dates_plain_text(tmp_path: Path) -> None:
    dated = tmp_path / "a.txt"
    dated.write_text(f"date 2024-03-24\n{REPORT}", encoding="utf-8")
    plain = tmp_path / "b.txt"
    plain.write_text(f"Date palms wilted.\n{OTHER}", encoding="utf-8")  # text, no header
    docs = only_docs(read(tmp_path, date=dt.date(2023, 1, 5)))
    assert [(d.date, d.raw) for d in docs] == [
        (dt.date(2023, 1, 5), REPORT),
        (dt.date(2023, 1, 5), f"Date palms wilted.\n{OTHER}"),
    ]


def test_seed_article(seed_path: Path) -> None:
    (doc,) = only_docs(read(seed_path))
    assert doc.date == dt.date(2024, 3, 24)
    assert doc.text.startswith("ISIS-K was established in 2015")


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"feed{suffix}"
    records = [
        {
            "id": "a1",
            "text": REPORT,
            "date": "2024-03-18",
            "title": "Port shelled",
            "url": "https://example.org/a1",
            "source": "Wire",
        },
        {"text": OTHER, "published": "2024-03-19T08:30:00+03:00"},
        {"text": "Protesters marched in Dhaka.", "publication_date": "2024-03-20"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    docs = only_docs(read(path))
    assert [(d.date.isoformat(), d.line) for d in docs] == [
        ("2024-03-18", 1),
        ("2024-03-19", 2),
        ("2024-03-20", 3),
    ]
    assert (docs[0].title, docs[0].url, docs[0].source) == (
        "Port shelled",
        "https://example.org/a1",
        "Wire",
    )


@pytest.mark.parametrize(
    "content",
    [
        json.dumps([{"text": REPORT, "date": "2024-03-18"}, {"text": OTHER, "date": "2024-03-19"}]),
        json.dumps({"text": REPORT, "date": "2024-03-18"}, indent=2)
        + "\n"
        + json.dumps({"text": OTHER, "date": "2024-03-19"}),
    ],
)
def test_json_array_or_objects(tmp_path: Path, content: str) -> None:
    path = tmp_path / "batch.json"
    path.write_text(content, encoding="utf-8")
    docs = only_docs(read(path))
    assert [(d.raw, d.date.day) for d in docs] == [(REPORT, 18), (OTHER, 19)]


def test_csv_with_quoted_multiline_fields(tmp_path: Path) -> None:
    path = tmp_path / "reports.csv"
    path.write_text(
        "Title,Date,Text,URL\n"
        f'"Port shelled",2024-03-18,"{REPORT}\n\nA second paragraph, quoted.",https://x.org/1\n'
        f'"Talks",2024-03-19,"{OTHER}",\n',
        encoding="utf-8",
    )
    docs = only_docs(read(path))
    assert [(d.line, d.title, d.date.day) for d in docs] == [
        (2, "Port shelled", 18),
        (5, "Talks", 19),
    ]
    assert docs[0].raw == f"{REPORT}\n\nA second paragraph, quoted."
    assert docs[0].url == "https://x.org/1"
    assert docs[1].url is None


def test_tsv(tmp_path: Path) -> None:
    path = tmp_path / "reports.tsv"
    path.write_text(f"date\ttext\n2024-03-18\t{REPORT}\n", encoding="utf-8")
    (doc,) = only_docs(read(path))
    assert doc.raw == REPORT


PAGE = """<!DOCTYPE html>
<html><head><title>Port shelled | The Daily Example</title>
<meta property="article:published_time" content="2024-03-18T09:12:00Z">
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://example.org/port-shelled">
<style>p { color: red }</style><script>var tracking = "Rebels shelled nothing";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port shelled</h1>
<p>Rebels shelled the port of Hodeidah on Monday,
   officials said.</p>
<p>The coalition&nbsp;condemned the attack &amp; vowed to respond.</p>
<aside>Read more: unrelated story</aside>
</article>
<footer>Copyright notice</footer>
</body></html>
"""


def test_html_article(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = only_docs(read(path))
    assert doc.raw == (
        "Rebels shelled the port of Hodeidah on Monday, officials said.\n\n"
        "The coalition condemned the attack & vowed to respond."
    )
    assert (doc.date, doc.title, doc.url, doc.source) == (
        dt.date(2024, 3, 18),
        "Port shelled | The Daily Example",
        "https://example.org/port-shelled",
        "The Daily Example",
    )


def test_html_time_element_and_body_fallback(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(
        "<html><head><meta name='date' content='sometime'></head>"
        "<body><p>Posted <time datetime='2023-11-02'>yesterday</time></p>"
        f"<div>{OTHER}</div><script>x()</script></body></html>",
        encoding="utf-8",
    )
    (doc,) = only_docs(read(path))
    assert doc.date == dt.date(2023, 11, 2)
    assert doc.raw == f"Posted yesterday\n\n{OTHER}"


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>https://example.org</link>
<item><title>Port shelled</title><link>https://example.org/1</link>
<pubDate>Mon, 18 Mar 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Rebels shelled the port of Hodeidah on Monday,
officials said.&lt;/p&gt;</description>
</item>
<item><title>Talks</title><link>https://example.org/2</link>
<pubDate>Tue, 19 Mar 2024 10:00:00 +0300</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The foreign minister met her Turkish
counterpart in Ankara.</p>]]></content:encoded>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title type="html">Port &lt;b&gt;shelled&lt;/b&gt;</title>
<link rel="alternate" href="https://example.org/a"/>
<updated>2024-03-20T00:00:00Z</updated><published>2024-03-18T09:00:00Z</published>
<summary>Rebels shelled the port of Hodeidah on Monday, officials said.</summary>
</entry>
<entry><title>Talks</title><updated>2024-03-19T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The foreign minister met her
Turkish counterpart in Ankara.</p></div></content>
</entry>
</feed>
"""


RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org"><title>Example RDF</title></channel>
<item rdf:about="https://example.org/1"><title>Port shelled</title>
<link>https://example.org/1</link><dc:date>2024-03-18</dc:date>
<description>Rebels shelled the port of Hodeidah on Monday, officials said.</description></item>
<item rdf:about="https://example.org/2"><title>Talks</title><dc:date>2024-03-19</dc:date>
<description>The foreign minister met her Turkish counterpart in Ankara.</description></item>
</rdf:RDF>
"""


@pytest.mark.parametrize(
    ("name", "content", "source"),
    [
        ("wire.rss", RSS, "Example Wire"),
        ("wire.xml", RSS, "Example Wire"),
        ("wire.atom", ATOM, "Example Atom"),
        ("wire.rdf.xml", RDF, "Example RDF"),
    ],
)
def test_feeds(tmp_path: Path, name: str, content: str, source: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    docs = only_docs(read(path))
    assert [d.date for d in docs] == [dt.date(2024, 3, 18), dt.date(2024, 3, 19)]
    assert [d.title for d in docs] == ["Port shelled", "Talks"]
    assert docs[0].raw == REPORT
    assert " ".join(docs[1].raw.split()) == OTHER
    assert {d.source for d in docs} == {source}
    assert docs[0].url in {"https://example.org/1", "https://example.org/a"}
    assert docs[0].line is not None and docs[0].line > 1


SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
<DATE> 3-MAR-1987 09:15:02.11</DATE>
<TOPICS><D>trade</D></TOPICS>
<TEXT>&#2;
<TITLE>MINISTERS MEET ON TARIFFS</TITLE>
<DATELINE>    GENEVA, March 3 - </DATELINE><BODY>Trade ministers from twelve nations met
to discuss tariffs &lt;on steel>, a spokesman said.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="8">
<DATE> 3-MAR-1987 09:20:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>BRIEF HEADLINE ONLY</TITLE>
&#3;</TEXT>
</REUTERS>
"""


def test_reuters_sgml(tmp_path: Path) -> None:
    path = tmp_path / "reut2-000.sgm"
    path.write_bytes(SGML.encode("latin-1"))
    doc, brief = read(path)
    assert isinstance(doc, Document)
    assert doc.date == dt.date(1987, 3, 3)
    assert doc.title == "MINISTERS MEET ON TARIFFS"
    assert doc.source == "Reuters"
    assert doc.line == 2
    assert doc.raw == (
        "GENEVA, March 3 - Trade ministers from twelve nations met\n"
        "to discuss tariffs <on steel>, a spokesman said."
    )
    assert isinstance(brief, Rejected)
    assert (brief.line, "NEWID 8" in brief.reason, "BODY" in brief.reason) == (12, True, True)


def test_reuters_unterminated_block_and_stdin() -> None:
    cut = SGML[: SGML.index('<REUTERS TOPICS="NO"')] + '<REUTERS NEWID="9">\n<DATE>'
    items = read("-", stdin=io.StringIO(cut))
    assert [type(i).__name__ for i in items] == ["Document", "Rejected"]
    assert items[1].line == 12 and "unterminated" in items[1].reason  # type: ignore[union-attr]


def test_folder_is_walked_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(f"date 2024-03-02\n{OTHER}", encoding="utf-8")
    (tmp_path / "1.txt").write_text(f"date 2024-03-01\n{REPORT}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("date 2024-03-03\nHidden.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("date 2024-03-03\nGit.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("date 2024-03-03\nMarkdown.", encoding="utf-8")
    stats = ReadStats()
    docs = only_docs(read(tmp_path, stats=stats))
    assert [Path(d.source_file or "").name for d in docs] == ["1.txt", "2.txt"]
    assert stats.files == 2


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (f"date 2024-03-24\n{REPORT}", [REPORT]),
        (
            "\n"
            + json.dumps({"text": REPORT, "date": "2024-03-24"})
            + "\n{bad\n"
            + json.dumps({"text": OTHER, "date": "2024-03-24"}),
            [REPORT, None, OTHER],
        ),
        (RSS, [REPORT, OTHER]),
        (f'\ntitle,text,date\nA,"{REPORT}",2024-03-24\n', [REPORT]),
        (
            PAGE.replace("2024-03-18", "2024-03-24"),
            [REPORT + " The coalition condemned the attack & vowed to respond."],
        ),
    ],
)
def test_stdin(content: str, expected: list[str | None]) -> None:
    items = read("-", stdin=io.StringIO(content))
    got = [i.raw.strip() if isinstance(i, Document) else None for i in items]
    assert [" ".join(g.split()) if g else g for g in got] == expected
    assert all(i.source_file == "<stdin>" for i in items)


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    lines = [json.dumps({"text": f"Report number {i}.", "date": "2024-01-01"}) for i in range(50)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stats = ReadStats()
    items = read_paths([str(path)], stats=stats)
    first = next(items)
    assert isinstance(first, Document) and stats.documents == 1


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (json.dumps({"text": REPORT, "date": "2024-03-24"}) + "\n", "jsonl"),
        (f'text,date\n"{REPORT}",2024-03-24\n', "csv"),
        (PAGE, "html"),
        (RSS, "feed"),
        (f"date:2024-03-24\n{REPORT}", "text"),
    ],
)
def test_format_told_by_content_without_extension(tmp_path: Path, content: str, kind: str) -> None:
    path = tmp_path / "REPORT"
    path.write_text(content, encoding="utf-8")
    docs = only_docs(list(read_paths(str(path))))  # type: ignore[arg-type]  # a bare path, not a list, is read as one path
    assert docs and docs[0].raw.startswith(REPORT.split(" on ")[0])


def test_feed_in_declared_single_byte_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.rss"
    path.write_bytes(
        '<?xml version="1.0" encoding="windows-1252"?>\n<rss><channel><title>W</title>\n'
        "<item><title>Caf\u00e9 \u201ctalks\u201d</title><pubDate>2024-03-01</pubDate>"
        "<source url='https://other.example'>Another wire</source>"
        "<description>Ministers met in the caf\u00e9.</description></item></channel></rss>".encode(
            "cp1252"
        )
    )
    (doc,) = only_docs(read(path))
    assert (doc.title, doc.raw, doc.line) == ("Café “talks”", "Ministers met in the café.", 3)
