"""Actors: who is who. The knowledge base, mention resolution, coreference, and helpers for
the events stage, the CLI and the store.

    kb = load_kb(settings)                  # cached per process
    mentions = find_mentions(doc, kb)       # what ActorStage assigns
    i = mention_at(doc, token_index)        # the mention a token heads or lies in
    conjuncts(doc, i)                       # ("the United States and Jordan") → member indices
    actor_annotations(doc)                  # rows for `dateline annotate actors`
    merge_actors(actors)                    # unknown actors merged across documents
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dateline.actors.kb import KB, TYPES, Hit, SectorWord
from dateline.actors.loader import build_kb, cached_kb
from dateline.actors.resolve import find_mentions
from dateline.actors.text import name_key
from dateline.model import Actor, AnnotatedDoc
from dateline.settings import Settings


def load_kb(settings: Settings | None = None) -> KB:
    """The shipped dictionaries plus ``settings.actor_paths``, built once per process."""
    s = settings or Settings.build()
    return cached_kb(tuple(s.actor_paths), float(s.fuzzy_threshold))


def mention_at(doc: AnnotatedDoc, token_index: int) -> int | None:
    """Index of the mention headed by ``token_index`` (else the smallest one covering it)."""
    best: tuple[int, int, int] | None = None
    for i, m in enumerate(doc.mentions):
        if not m.token_start <= token_index < m.token_end:
            continue
        rank = (0 if m.head == token_index else 1, m.token_end - m.token_start, i)
        if best is None or rank < best:
            best = rank
    return best[2] if best is not None else None


def conjuncts(doc: AnnotatedDoc, mention_index: int) -> tuple[int, ...]:
    """The members of the compound actor a mention belongs to, or just the mention itself.

    For "The United States and Jordan agreed", ``conjuncts(doc, mention_at(doc, head))`` gives
    the indices of the "United States" and "Jordan" mentions (PLOVER's actor list).
    """
    mention = doc.mentions[mention_index]
    if mention.members:
        return mention.members
    for m in doc.mentions:
        if mention_index in m.members:
            return m.members
    return (mention_index,)


def actor_annotations(doc: AnnotatedDoc) -> list[dict[str, Any]]:
    """One row per actor mention (compounds left out), offsets into the text as read."""
    to_raw = doc.document.to_raw
    return [
        {
            "start": to_raw(m.start),
            "end": to_raw(m.end),
            "text": m.text,
            "name": m.name,
            "id": m.actor_id,
            "type": m.type,
            "country": m.country,
        }
        for m in doc.mentions
        if m.kind != "compound"
    ]


def document_actors(doc: AnnotatedDoc, kb: KB | None = None) -> list[Actor]:
    """The distinct actors a document mentions; unknown ones carry the names seen as aliases."""
    kb = kb or load_kb()
    found: dict[str, Actor] = {}
    texts: dict[str, list[str]] = {}
    for m in doc.mentions:
        if not m.actor_id or m.kind in {"pronoun", "compound"}:
            continue
        texts.setdefault(m.actor_id, [])
        if m.kind == "name" and m.text not in texts[m.actor_id]:
            texts[m.actor_id].append(m.text)
        if m.actor_id not in found:
            known = kb.get(m.actor_id)
            found[m.actor_id] = known or Actor(
                m.actor_id, m.name or m.text, m.type or "other", m.country, m.sector, (), False
            )
    return [
        a if a.known else Actor(a.id, a.name, a.type, a.country, a.sector,
                                tuple(dict.fromkeys((a.name, *texts[a.id]))), False)
        for a in found.values()
    ]


def merge_actors(actors: Iterable[Actor]) -> dict[str, str]:
    """Map each unknown actor id to one canonical id, merging those whose aliases overlap.

    Two unknown actors (from any documents) are one when they share a normalised alias and
    agree on type; known actors map to themselves. The canonical id is the smallest id.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[tuple[str, str], str] = {}
    for actor in actors:
        parent.setdefault(actor.id, actor.id)
        if actor.known:
            continue
        for alias in (actor.name, *actor.aliases):
            key = (name_key(alias), actor.type)
            if key[0] and key in owner:
                a, b = find(owner[key]), find(actor.id)
                parent[max(a, b)] = min(a, b)
            owner.setdefault(key, actor.id)
    return {x: find(x) for x in parent}


__all__ = [
    "KB",
    "TYPES",
    "Hit",
    "SectorWord",
    "actor_annotations",
    "build_kb",
    "conjuncts",
    "document_actors",
    "find_mentions",
    "load_kb",
    "mention_at",
    "merge_actors",
]
