"""What the event pass knows about one document while it builds records."""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.events.graph import Graph
from dateline.events.lexicon import Lexicon
from dateline.events.mentions import MentionIndex
from dateline.events.roles import RawRoles
from dateline.events.triggers import Trigger
from dateline.model import ActorRef, AnnotatedDoc


@dataclass(slots=True)
class Context:
    doc: AnnotatedDoc
    lex: Lexicon
    g: Graph
    idx: MentionIndex
    triggers: dict[int, Trigger]
    raw: dict[int, RawRoles] = field(default_factory=dict)
    actors: dict[int, tuple[ActorRef, ...]] = field(default_factory=dict)
    recipients: dict[int, tuple[ActorRef, ...]] = field(default_factory=dict)
