"""The data model: frozen, slotted dataclasses that every stage reads and writes.

Everything here pickles (Dask and worker processes ship these objects), holds no
spaCy objects, and is immutable: a stage returns a new ``AnnotatedDoc`` built with
``dataclasses.replace``.

Offsets: ``start``/``end`` on annotations are character offsets into
``Document.text`` (the normalised body). ``Document.to_raw`` maps them back to the
body exactly as read, which is what records printed or stored report.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------
# Documents


@dataclass(frozen=True, slots=True)
class Document:
    """One dated news report.

    ``text`` is the normalised body that stages read; ``raw`` is the body exactly as
    read (date header removed). ``offset_map`` holds ``(normalised_index, raw_index)``
    breakpoints where normalisation changed lengths; empty when it did not.
    """

    id: str
    text: str
    date: dt.date
    raw: str = ""
    offset_map: tuple[tuple[int, int], ...] = ()
    title: str | None = None
    url: str | None = None
    source: str | None = None
    source_file: str | None = None
    line: int | None = None

    def to_raw(self, offset: int) -> int:
        """Map an offset in ``text`` to the same place in ``raw``."""
        if not self.offset_map:
            return offset
        i = bisect_right(self.offset_map, offset, key=_first) - 1
        if i < 0:
            return offset
        norm, raw = self.offset_map[i]
        return raw + (offset - norm)


def _first(pair: tuple[int, int]) -> int:
    return pair[0]


# ---------------------------------------------------------------------------
# Linguistic layer (produced by the nlp stage)


@dataclass(frozen=True, slots=True)
class Token:
    """A token with its parse. ``head`` is the index of the head token (itself at the root)."""

    i: int
    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    sent: int
    ent_type: str = ""
    ent_iob: str = "O"
    whitespace: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    i: int
    start: int
    end: int
    token_start: int
    token_end: int  # exclusive
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span from the NER model (labels as spaCy: GPE, ORG, DATE, …)."""

    label: str
    start: int
    end: int
    token_start: int
    token_end: int  # exclusive
    text: str


# ---------------------------------------------------------------------------
# Time


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A temporal expression, or an event's resolved time.

    ``value`` is TIMEX3-style ("2023", "2024-03", "2024-03-22", "P10Y", "PAST_REF",
    "2021-08/.."); ``date_start``/``date_end`` are inclusive calendar bounds when the
    value has them. ``basis``: explicit, relative, inferred, publication.
    """

    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None
    granularity: str  # day, month, season, quarter, year, decade, century, interval, unknown…
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    basis: str = "explicit"
    start: int = -1  # character span in the document text; -1 when not from text
    end: int = -1
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, START, MID, END, APPROX…


# ---------------------------------------------------------------------------
# Actors


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor from the knowledge base (or an unknown one, ``known=False``)."""

    id: str
    name: str
    type: str  # country, government, military, police, armed_group, igo, ngo, party, …
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    known: bool = True


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an actor in the text, resolved to a canonical actor when possible.

    ``kind``: name, nominal ("the militants"), pronoun, or demonym ("Afghan").
    ``head`` is the token index of the mention's syntactic head.
    ``antecedent`` is the index (in ``AnnotatedDoc.mentions``) of the mention this one
    corefers with, when coreference linked it.
    """

    start: int
    end: int
    text: str
    token_start: int
    token_end: int  # exclusive
    head: int
    actor_id: str | None
    name: str | None
    type: str | None
    country: str | None = None
    sector: str | None = None
    kind: str = "name"
    antecedent: int | None = None
    members: tuple[int, ...] = ()  # indices of member mentions when compound


# ---------------------------------------------------------------------------
# Places


@dataclass(frozen=True, slots=True)
class Place:
    """A toponym in the text resolved against the gazetteer.

    ``feature``: country, admin1, admin2, city, region, facility, …
    """

    start: int
    end: int
    text: str
    name: str | None
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    feature: str | None = None
    token_start: int = -1
    token_end: int = -1
    population: int | None = None


# ---------------------------------------------------------------------------
# Events


@dataclass(frozen=True, slots=True)
class ActorRef:
    """One member of an event's actor or recipient list (see event-record.md)."""

    text: str
    name: str | None = None
    id: str | None = None
    type: str | None = None
    sector: str | None = None
    country: str | None = None
    mention: int | None = None  # index into AnnotatedDoc.mentions, when from one


@dataclass(frozen=True, slots=True)
class Location:
    text: str | None
    name: str | None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    precision: str | None = None  # point, city, admin1, region, country


@dataclass(frozen=True, slots=True)
class Attribution:
    text: str
    source: str
    start: int = -1
    end: int = -1
    actor_id: str | None = None


@dataclass(frozen=True, slots=True)
class Magnitude:
    dead: int | None = None
    injured: int | None = None
    size: int | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int  # sentence span in Document.text
    end: int
    trigger: str
    trigger_start: int = -1
    trigger_end: int = -1
    sentence_index: int = -1
    trigger_token: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """One PLOVER event (see ../shared/design/event-record.md)."""

    id: str
    event: str
    evidence: Evidence
    mode: str | None = None
    context: tuple[str, ...] = ()
    quad: str | None = None
    score: float | None = None
    actor: tuple[ActorRef, ...] = ()
    recipient: tuple[ActorRef, ...] = ()
    date: TimeRef | None = None
    location: Location | None = None
    attribution: Attribution | None = None
    modality: str = "asserted"
    auxiliary: tuple[str, ...] = ()
    magnitude: Magnitude = field(default_factory=Magnitude)
    confidence: float = 0.5
    extra_evidence: tuple[Evidence, ...] = ()  # the same event mentioned again in the doc


@dataclass(frozen=True, slots=True)
class Rejected:
    """A document (or part of one) that could not be handled; the batch goes on."""

    document_id: str | None
    stage: str
    reason: str
    source_file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.source_file or self.document_id or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.reason}"


# ---------------------------------------------------------------------------
# The document travelling through the pipeline


@dataclass(frozen=True, slots=True)
class AnnotatedDoc:
    """A document and every annotation the stages have assigned so far.

    ``done`` names the layers present (``tokens``, ``times``, ``places``, ``mentions``,
    ``events``, …): stages declare which they require and assign.
    """

    document: Document
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeRef, ...] = ()
    mentions: tuple[Mention, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    done: frozenset[str] = frozenset()

    def sentence_of(self, token_index: int) -> Sentence:
        return self.sentences[self.tokens[token_index].sent]

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def children(self, token_index: int) -> list[Token]:
        """Syntactic children of a token, in text order (within its sentence)."""
        sent = self.sentence_of(token_index)
        return [
            t
            for t in self.tokens[sent.token_start : sent.token_end]
            if t.head == token_index and t.i != token_index
        ]


__all__ = [
    "Actor",
    "ActorRef",
    "AnnotatedDoc",
    "Attribution",
    "Document",
    "Entity",
    "Event",
    "Evidence",
    "Location",
    "Magnitude",
    "Mention",
    "Place",
    "Rejected",
    "Sentence",
    "TimeRef",
    "Token",
]
