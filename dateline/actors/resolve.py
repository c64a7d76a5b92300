"""From a parsed document to resolved ``Mention`` objects: names, sector phrases, persons,
pronouns, then coreference and compound actors.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.actors.coref import pronoun_drafts, resolve
from dateline.actors.kb import KB
from dateline.actors.names import Span, dictionary_spans, entity_spans, remembered_spans
from dateline.actors.phrases import (
    Draft,
    children_table,
    counterpart_kinds,
    is_plural,
    person_draft,
    phrase_drafts,
    span_head,
)
from dateline.actors.text import name_key
from dateline.model import Actor, AnnotatedDoc, Mention

PLACE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})


def find_mentions(doc: AnnotatedDoc, kb: KB) -> tuple[Mention, ...]:
    """Every actor mention in the document, in text order, then compound mentions."""
    kids = children_table(doc)
    spans = _same_people(entity_spans(doc, kb, dictionary_spans(doc, kb)))
    spans = remembered_spans(doc, spans)
    drafts, used = phrase_drafts(doc, kb, spans, kids)
    for span in spans:
        if id(span) in used:
            continue
        if span.actor.type == "person":
            draft = person_draft(doc, kb, span, spans, kids)
            if not any(d.ts < draft.te and draft.ts < d.te for d in drafts):
                drafts.append(draft)  # its modifiers ("Airbus CEO …") stay mentions too
                used.add(id(span))
    drafts += [_span_draft(doc, s) for s in spans if id(s) not in used]
    taken = {i for d in drafts for i in range(d.ts, d.te)}
    drafts += pronoun_drafts(doc, taken)
    compounds = [d for d in drafts if d.kind == "compound"]
    flat = [d for d in drafts if d.kind != "compound"] + [m for c in compounds for m in c.members]
    flat.sort(key=lambda d: (d.ts, -d.te))
    counterpart_kinds(doc, flat)
    links = resolve(flat, doc)
    mentions = [_mention(doc, d, links.get(i)) for i, d in enumerate(flat)]
    index = {id(d): i for i, d in enumerate(flat)}
    groups = [tuple(index[id(m)] for m in c.members) for c in compounds]
    extra = [_compound(doc, mentions, g, c.head) for g, c in zip(groups, compounds, strict=True)]
    extra += _coordinations(doc, mentions, kids, {frozenset(g) for g in groups})
    return (*mentions, *extra)


def _span_draft(doc: AnnotatedDoc, span: Span) -> Draft:
    head = span_head(doc, span.ts, span.te)
    actor, kind = span.actor, span.kind
    plural = is_plural(doc.tokens[head])
    if kind == "demonym":
        noun = doc.tokens[head].pos in {"NOUN", "PROPN"} and plural
        kind_type = "civilians" if noun else "country"
        sector = "civilians" if noun else None
        return Draft(span.ts, span.te, head, actor, kind_type, actor.country, sector, "demonym",
                     plural=plural, how=span.how)
    kind_type = actor.type
    if kind in {"metonym", "place"} and actor.type == "country":
        subject = doc.tokens[head].dep in PLACE_SUBJECT_DEPS
        kind_type = "government" if subject else "country"
    return Draft(span.ts, span.te, head, actor, kind_type, actor.country, actor.sector, "name",
                 plural=plural, how=span.how)


def _same_people(spans: list[Span]) -> list[Span]:
    """Unknown people named again by surname ("Ehud Barak" … "Barak") get the same actor."""
    people: dict[str, Actor] = {}
    out = []
    for span in spans:
        actor = span.actor
        if actor.type == "person" and not actor.known:
            words = name_key(actor.name).split()
            earlier = people.get(words[-1]) if words else None
            if earlier is not None and len(words) <= len(name_key(earlier.name).split()):
                span = replace(span, actor=earlier)
            elif words:
                people[words[-1]] = actor
        out.append(span)
    return out


def _mention(doc: AnnotatedDoc, d: Draft, antecedent: int | None) -> Mention:
    toks = doc.tokens
    start, end = toks[d.ts].start, toks[d.te - 1].end
    last = toks[d.te - 1]
    if len(last.text) > 1 and last.text.endswith(".") and _sentence_final(doc, last.i):
        end -= 1  # "… to squash ISIS-K." : the full stop is not part of the name
    actor = d.actor
    return Mention(
        start=start,
        end=end,
        text=doc.document.text[start:end],
        token_start=d.ts,
        token_end=d.te,
        head=d.head,
        actor_id=actor.id if actor else None,
        name=actor.name if actor else None,
        type=d.type,
        country=d.country,
        sector=d.sector,
        kind=d.kind,
        antecedent=antecedent,
    )


def _sentence_final(doc: AnnotatedDoc, i: int) -> bool:
    sent = doc.sentences[doc.tokens[i].sent]
    return all(t.pos == "SPACE" for t in doc.tokens[i + 1 : sent.token_end])


def _compound(doc: AnnotatedDoc, mentions: list[Mention], members: tuple[int, ...],
              head: int) -> Mention:
    first, last = mentions[members[0]], mentions[members[-1]]
    ts = min(first.token_start, doc.tokens[head].i)
    te = max(last.token_end, head + 1)
    start, end = doc.tokens[ts].start, doc.tokens[te - 1].end
    return Mention(start, end, doc.document.text[start:end], ts, te, head, None, None,
                   first.type, kind="compound", members=members)


def _coordinations(
    doc: AnnotatedDoc, mentions: list[Mention], kids: list[list[int]], seen: set[frozenset[int]]
) -> list[Mention]:
    """Compound mentions for coordinated actors: "the United States and Jordan"."""
    by_head = {m.head: i for i, m in enumerate(mentions) if m.actor_id or m.type}
    out = []
    for i, m in enumerate(mentions):
        if doc.tokens[m.head].dep == "conj" and doc.tokens[m.head].head in by_head:
            continue  # not the first conjunct
        chain = [i]
        stack = [m.head]
        while stack:
            for c in kids[stack.pop()]:
                if doc.tokens[c].dep == "conj" and c in by_head:
                    chain.append(by_head[c])
                    stack.append(c)
        members = tuple(sorted(set(chain), key=lambda k: mentions[k].start))
        if len(members) > 1 and frozenset(members) not in seen:
            seen.add(frozenset(members))
            out.append(_compound(doc, mentions, members, m.head))
    return out
