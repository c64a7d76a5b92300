"""Hand-built annotated documents for the store and record tests (no NLP stages).

The corpus: four short reports, written for these tests, whose events exercise
actors resolved and unresolved, aliases, relative and missing dates, attribution,
modality and locations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import duckdb

from dateline.ingest.normalise import make_document
from dateline.model import (
    ActorRef,
    AnnotatedDoc,
    Attribution,
    Document,
    Event,
    Evidence,
    Location,
    Magnitude,
    Mention,
    Sentence,
    TimeRef,
)
from dateline.store.migrate import migrations

TALIBAN = ActorRef("Taliban forces", "Taliban", "taliban", "armed_group", "security", "AFG")
ISKP = ActorRef("ISIS-K fighters", "Islamic State Khorasan Province", "iskp", "armed_group")
UN = ActorRef("U.N. monitors", "United Nations", "un", "igo")
PAK = ActorRef("Pakistan", "Pakistan", "pak", "country", None, "PAK")


def year(y: int, text: str, basis: str = "relative") -> TimeRef:
    return TimeRef(text, "DATE", str(y), "year", dt.date(y, 1, 1), dt.date(y, 12, 31), basis)


def day(d: str, text: str, basis: str = "relative") -> TimeRef:
    when = dt.date.fromisoformat(d)
    return TimeRef(text, "DATE", d, "day", when, when, basis)


def place(text: str, name: str, country: str, lat: float, lon: float,
          precision: str = "admin1") -> Location:
    return Location(text, name, country, None, lat, lon, f"test:{name.lower()}", precision)


def event(document: Document, sentence: str, trigger: str, kind: str, n: int = 0,
          **fields: object) -> Event:
    """An event whose evidence is ``sentence`` (found in the text) and its ``trigger``."""
    start = document.text.index(sentence)
    t = start + sentence.index(trigger)
    evidence = Evidence(sentence, start, start + len(sentence), trigger, t, t + len(trigger))
    return Event(id=f"{document.id[:16]}-{n}", event=kind, evidence=evidence, **fields)  # type: ignore[arg-type]


def annotated(document: Document, events: Sequence[Event],
              mentions: Sequence[Mention] = ()) -> AnnotatedDoc:
    """The document with one sentence per event evidence, plus the given layers."""
    spans = sorted({(e.evidence.start, e.evidence.end) for e in events})
    sentences = tuple(
        Sentence(i, s, e, 0, 0, document.text[s:e]) for i, (s, e) in enumerate(spans)
    )
    return AnnotatedDoc(document, sentences=sentences, mentions=tuple(mentions),
                        events=tuple(events), done=frozenset({"sentences", "events"}))


def mention(document: Document, text: str, actor: ActorRef | None, kind: str = "name"
            ) -> Mention:
    start = document.text.index(text)
    return Mention(start, start + len(text), text, 0, 0, 0,
                   actor.id if actor else None, actor.name if actor else None,
                   actor.type if actor else None, actor.country if actor else None,
                   kind=kind)


def corpus() -> list[AnnotatedDoc]:
    return [kunar(), torkham(), kandahar(), jalalabad()]


def kunar() -> AnnotatedDoc:
    s1 = ("Taliban forces killed eight ISIS-K fighters in Kunar last year, "
          "according to US officials.")
    s2 = "On Monday U.N. monitors accused the Taliban of detaining journalists."
    doc = make_document(f"{s1} {s2} The group denied it.", dt.date(2024, 3, 24),
                        title="Kunar raid", source_file="kunar.txt")
    e1 = event(doc, s1, "killed", "ASSAULT", 0, mode="kill", quad="material_conflict",
               score=-9.0, actor=(TALIBAN,), recipient=(ISKP,), date=year(2023, "last year"),
               location=place("Kunar", "Kunar", "AFG", 34.9, 71.1),
               attribution=Attribution("according to US officials", "US officials"),
               magnitude=Magnitude(dead=8), confidence=0.8)
    taliban_as_recipient = ActorRef("the Taliban", "Taliban", "taliban", "armed_group",
                                    None, "AFG")
    e2 = event(doc, s2, "accused", "ACCUSE", 1, quad="verbal_conflict", score=-4.0,
               actor=(UN,), recipient=(taliban_as_recipient,), date=day("2024-03-18", "Monday"))
    mentions = [mention(doc, "Taliban forces", TALIBAN), mention(doc, "ISIS-K", ISKP),
                mention(doc, "U.N. monitors", UN), mention(doc, "The group", ISKP, "nominal")]
    return annotated(doc, [e1, e2], mentions)


def torkham() -> AnnotatedDoc:
    s1 = "The Taliban and Pakistan agreed on Tuesday to reopen the Torkham crossing."
    doc = make_document(s1, dt.date(2023, 5, 4), source_file="torkham.txt")
    taliban = ActorRef("The Taliban", "Taliban", "taliban", "armed_group", None, "AFG")
    e1 = event(doc, s1, "agreed", "AGREE", 0, quad="verbal_cooperation", score=4.0,
               actor=(taliban, PAK), date=day("2023-05-02", "on Tuesday"),
               location=place("the Torkham crossing", "Torkham", "AFG", 34.1, 71.1, "point"))
    return annotated(doc, [e1], [mention(doc, "The Taliban", taliban),
                                 mention(doc, "Pakistan", PAK)])


def kandahar() -> AnnotatedDoc:
    s1 = "Rights groups said Taliban fighters allegedly executed former soldiers in Kandahar."
    doc = make_document(s1, dt.date(2021, 8, 20), source_file="kandahar.txt")
    taliban = ActorRef("Taliban fighters", "Taliban", "taliban", "armed_group", None, "AFG")
    soldiers = ActorRef("former soldiers", None, None, "military")
    e1 = event(doc, s1, "executed", "ASSAULT", 0, quad="material_conflict", score=-9.0,
               actor=(taliban,), recipient=(soldiers,), modality="alleged",
               attribution=Attribution("Rights groups said", "Rights groups"),
               location=place("Kandahar", "Kandahar", "AFG", 31.6, 65.7, "city"))
    return annotated(doc, [e1])


def jalalabad() -> AnnotatedDoc:
    s1 = "Unknown gunmen attacked a checkpoint near Jalalabad on Sunday."
    doc = make_document(s1, dt.date(2022, 1, 10), source_file="jalalabad.txt")
    e1 = event(doc, s1, "attacked", "ASSAULT", 0, quad="material_conflict", score=-9.0,
               actor=(ActorRef("Unknown gunmen"),), date=day("2022-01-09", "on Sunday"),
               location=place("Jalalabad", "Jalalabad", "AFG", 34.4, 70.4, "city"))
    return annotated(doc, [e1])


def numbered(i: int) -> AnnotatedDoc:
    """The i-th of many distinct one-event reports (bulk and crash tests)."""
    s1 = f"Report {i}: Taliban forces killed {i % 50 + 1} ISIS-K fighters in Kunar."
    doc = make_document(s1, dt.date(2020, 1, 1) + dt.timedelta(days=i % 1500),
                        source_file=f"bulk/{i}.txt")
    e1 = event(doc, s1, "killed", "ASSAULT", 0, quad="material_conflict", score=-9.0,
               actor=(TALIBAN,), recipient=(ISKP,), date=year(2019 + i % 5, "that year"))
    return annotated(doc, [e1], [mention(doc, "Taliban forces", TALIBAN)])


def old_store(path: Path, version: int) -> duckdb.DuckDBPyConnection:
    """A store file as dateline left it at schema ``version`` (its first migrations only),
    open for the test to fill; close it before ``Store.open`` migrates it."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations "
                "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied TIMESTAMP NOT NULL)")
    for m in migrations()[:version]:
        con.execute(m.sql)
        con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [m.version, m.name])
    return con
