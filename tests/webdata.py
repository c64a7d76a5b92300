"""A small hand-made store for the API and browser tests (a plain module, not a conftest).

Four short reports, dated 2024-03-01 … 2024-04-05, with seven events that differ in every
way the API filters on: type, quad, actor, country, event date vs report date, modality,
attribution and location. Texts are written for these tests.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

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
    Sentence,
    TimeRef,
)
from dateline.store import Store

D = dt.date.fromisoformat

NORTHERN_FRONT = ActorRef("the Northern Front", "Northern Front", "northern_front",
                          "armed_group", None, "AFG")
AFGHAN_ARMY = ActorRef("army", "Afghan Army", "afg_military", "military", "military", "AFG")
AFGHAN_GOV = ActorRef("The government of Afghanistan", "Government of Afghanistan",
                      "afg_government", "government", "government", "AFG")
AFGHANISTAN = ActorRef("Afghanistan", "Afghanistan", "AFG", "country", None, "AFG")
PAKISTAN = ActorRef("Pakistan", "Pakistan", "PAK", "country", None, "PAK")
UNITED_NATIONS = ActorRef("The United Nations", "United Nations", "un", "igo", None, None)
PROTESTERS = ActorRef("Protesters", "Protesters (Pakistan)", "pak_civilians", "civilians",
                      None, "PAK")
PAK_POLICE = ActorRef("Police", "Pakistani Police", "pak_police", "police", "security", "PAK")

KANDAHAR = Location("near Kandahar", "Kandahar", "AFG", "Kandahar", 31.61, 65.71,
                    "geonames:1138336", "city")
TORKHAM = Location("the Torkham crossing", "Torkham", "AFG", "Nangarhar", 34.12, 71.09,
                   "geonames:1123219", "point")
KABUL = Location("Kabul airport", "Kabul", "AFG", "Kabul", 34.53, 69.17,
                 "geonames:1138958", "city")
ISLAMABAD = Location("in Islamabad", "Islamabad", "PAK", "Islamabad", 33.72, 73.04,
                     "geonames:1176615", "city")


@dataclass(frozen=True)
class Spec:
    """One event to build: which sentence, which trigger word, and the rest of the record."""

    sentence: int
    trigger: str
    event: str
    quad: str
    score: float
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    when: TimeRef | None
    where: Location | None = None
    modality: str = "asserted"
    attribution: str | None = None
    dead: int | None = None
    again: tuple[tuple[int, str], ...] = ()  # (sentence, trigger) of later mentions


def day(text: str, value: str, basis: str = "relative") -> TimeRef:
    return TimeRef(text, "DATE", value, "day", D(value), D(value), basis)


def span(text: str, value: str, start: str, end: str, granularity: str) -> TimeRef:
    return TimeRef(text, "DATE", value, granularity, D(start), D(end), "relative")


REPORTS: list[tuple[str, str, list[str], list[Spec]]] = [
    ("2024-03-01", "Raid near Kandahar", [
        "Fighters of the Northern Front attacked an army base near Kandahar on Tuesday, "
        "killing six soldiers, according to provincial officials.",
        "The government of Afghanistan accused the Northern Front of breaking the truce.",
        "The attack was the deadliest in the province this year.",
    ], [
        Spec(0, "attacked", "ASSAULT", "material_conflict", -9.0, (NORTHERN_FRONT,),
             (AFGHAN_ARMY,), day("on Tuesday", "2024-02-27"), KANDAHAR,
             attribution="according to provincial officials", dead=6, again=((2, "attack"),)),
        Spec(1, "accused", "ACCUSE", "verbal_conflict", -2.0, (AFGHAN_GOV,), (NORTHERN_FRONT,),
             day("", "2024-03-01", "publication")),
    ]),
    ("2024-03-10", "Border crossing to reopen", [
        "Pakistan and Afghanistan agreed on Friday to reopen the Torkham crossing.",
        "Officials said Pakistan will send food aid to Afghanistan next month.",
    ], [
        Spec(0, "agreed", "AGREE", "verbal_cooperation", 4.0, (PAKISTAN, AFGHANISTAN), (),
             day("on Friday", "2024-03-08"), TORKHAM),
        Spec(1, "send", "AID", "material_cooperation", 7.0, (PAKISTAN,), (AFGHANISTAN,),
             span("next month", "2024-04", "2024-04-01", "2024-04-30", "month"),
             modality="future", attribution="Officials said"),
    ]),
    ("2024-03-20", "Airport shelling denied", [
        "The Northern Front denied that it had shelled Kabul airport last week.",
        "The United Nations urged the Northern Front to return to talks.",
    ], [
        Spec(0, "shelled", "ASSAULT", "material_conflict", -9.0, (NORTHERN_FRONT,), (),
             span("last week", "2024-W11", "2024-03-11", "2024-03-17", "week"), KABUL,
             modality="denied"),
        Spec(1, "urged", "REQUEST", "verbal_cooperation", 3.0, (UNITED_NATIONS,),
             (NORTHERN_FRONT,), day("", "2024-03-20", "publication")),
    ]),
    ("2024-04-05", "Fuel protest in Islamabad", [
        "Protesters marched in Islamabad on Thursday against fuel prices, police said.",
        "Police detained dozens of protesters.",
    ], [
        Spec(0, "marched", "PROTEST", "material_conflict", -6.5, (PROTESTERS,), (),
             day("on Thursday", "2024-04-04"), ISLAMABAD, attribution="police said"),
        Spec(1, "detained", "COERCE", "material_conflict", -7.0, (PAK_POLICE,), (PROTESTERS,),
             day("", "2024-04-05", "publication"), ISLAMABAD),
    ]),
]


def annotated(date: str, title: str, sentences: list[str], specs: list[Spec]) -> AnnotatedDoc:
    text = " ".join(sentences)
    doc = make_document(text, D(date), title=title, source_file=f"{date}.txt")
    sents = _sentences(text, sentences)
    events = tuple(_event(doc, sents, i, s) for i, s in enumerate(specs))
    return AnnotatedDoc(document=doc, sentences=tuple(sents), events=events,
                        done=frozenset({"tokens", "sentences", "events", "event_dates"}))


def _sentences(text: str, sentences: list[str]) -> list[Sentence]:
    out, at = [], 0
    for i, s in enumerate(sentences):
        start = text.index(s, at)
        out.append(Sentence(i, start, start + len(s), 0, 0, s))
        at = start + len(s)
    return out


def _evidence(doc: Document, sent: Sentence, trigger: str) -> Evidence:
    t_start = doc.text.index(trigger, sent.start)
    return Evidence(sent.text, sent.start, sent.end, trigger, t_start, t_start + len(trigger),
                    sent.i)


def _event(doc: Document, sents: list[Sentence], n: int, spec: Spec) -> Event:
    sent = sents[spec.sentence]
    evidence = _evidence(doc, sent, spec.trigger)
    attribution = None
    if spec.attribution:
        a_start = doc.text.index(spec.attribution, sent.start)
        attribution = Attribution(spec.attribution, spec.attribution.split(" said")[0]
                                  .replace("according to ", ""), a_start,
                                  a_start + len(spec.attribution))
    return Event(
        id=f"{doc.id[:16]}-{n}", event=spec.event, evidence=evidence, quad=spec.quad,
        score=spec.score, actor=spec.actor, recipient=spec.recipient, date=spec.when,
        location=spec.where, attribution=attribution, modality=spec.modality,
        magnitude=Magnitude(dead=spec.dead), confidence=0.8,
        extra_evidence=tuple(_evidence(doc, sents[i], t) for i, t in spec.again),
    )


def documents() -> list[AnnotatedDoc]:
    return [annotated(*report) for report in REPORTS]


def build_store(path: Path) -> Path:
    """Write the hand-made reports into a DuckDB file at ``path`` and return it."""
    with Store.open(str(path)) as store:
        run = store.start_run({"source": "tests/webdata.py"}, {}, ["webdata"])
        summary = store.write(documents(), run_id=run)
        store.finish_run(run, {"documents": summary.documents, "events": summary.events})
    return path


EVENT_COUNT = sum(len(r[3]) for r in REPORTS)


def call(app: Any, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """One in-process request through httpx's ASGI transport (app errors become 500s)."""

    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, path, **kwargs)

    return asyncio.run(go())
