"""From an annotated document to PLOVER events: triggers → roles → modality →
attribution → magnitude → records, then same-event merging within the document."""

from __future__ import annotations

import hashlib

from dateline.events import merge, retold, rules
from dateline.events.attribution import attribute
from dateline.events.business import drop_business
from dateline.events.conflict import refine_conflict
from dateline.events.context import Context
from dateline.events.conventions_conflict import apply_conventions
from dateline.events.conventions_manual import apply_manual
from dateline.events.doers import mend_doers
from dateline.events.everyday import drop_everyday, mend_roles
from dateline.events.graph import Graph
from dateline.events.lexicon import Lexicon
from dateline.events.magnitude import magnitude
from dateline.events.mentions import MentionIndex
from dateline.events.modality import auxiliary, is_historical, marks, modality
from dateline.events.modes import crowd_weapons, event_mode
from dateline.events.nonevents import drop_non_events
from dateline.events.private import drop_private
from dateline.events.retype import retype
from dateline.events.roles import OWN_PRONOUNS, actor_refs, raw_roles
from dateline.events.tables import MODE_CONTEXT, quad, score, valid_mode
from dateline.events.triggers import Trigger, detect
from dateline.model import ActorRef, AnnotatedDoc, Attribution, Event, Evidence


def event_id(document_id: str, sentence: int, trigger_start: int, event_type: str) -> str:
    """Stable id: the same document, sentence, trigger and type give the same id."""
    key = f"{document_id}|{sentence}|{trigger_start}|{event_type}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _refs(c: Context, heads: list[int]) -> list[ActorRef]:
    return [r for h in heads for r in actor_refs(c.g, c.idx, h)]


def _dedupe(refs: list[ActorRef]) -> tuple[ActorRef, ...]:
    seen: set[str] = set()
    out: list[ActorRef] = []
    for r in refs:
        key = r.id or r.text.lower()
        if key not in seen:
            seen.add(key)
            out.append(r)
    return tuple(out)


def _resolve(c: Context, k: int, stack: frozenset[int] = frozenset()) -> None:
    """Final actors/recipients of trigger ``k``, pulling in proxies' actors."""
    if k in c.actors or k in stack:
        return
    raw = c.raw[k]
    stack = stack | {k}
    actors = _refs(c, raw.actors)
    recipients = _refs(c, raw.recipients)
    for p in raw.actor_from:
        _resolve(c, p, stack)
        actors += c.actors.get(p, ())
    for p in raw.recipient_from:
        _resolve(c, p, stack)
        recipients += c.actors.get(p, ())
    for p in raw.recipients_of:  # "threatened to break relations with Russia"
        _resolve(c, p, stack)
        recipients += c.recipients.get(p, ())
    if not recipients:
        recipients = _refs(c, raw.fallback)
    c.actors[k] = _dedupe(actors)
    c.recipients[k] = _dedupe([r for r in recipients if not _is_actor(r, c.actors[k])])


# words that open a mention of the actor itself: "its troops", "themselves"
OWN = OWN_PRONOUNS | {"it", "they", "them", "itself", "themselves", "himself", "herself"}


def _is_actor(r: ActorRef, actors: tuple[ActorRef, ...]) -> bool:
    """The recipient is the actor itself ("withdrew its troops", "blew themselves up"), not
    another party of the same country ("Indian authorities imposed a curfew in Srinagar")."""
    text = r.text.lower()
    words = text.split()
    own = bool(words) and words[0] in OWN
    for a in actors:
        if text == a.text.lower():
            return True
        # the same head word ("Hezbollah" / "Hezbollah guerrillas"), not a shared demonym
        # ("Algerian landowners" demand from "Algerian government forces")
        theirs = a.text.lower().split()
        same = bool(words and theirs) and (words[-1] in theirs or theirs[-1] in words)
        if r.id is not None and r.id == a.id and (own or same):
            return True
    return False


def _contains(lemmas: list[str], texts: list[str], words: tuple[str, ...]) -> bool:
    n = len(words)
    for seq in (lemmas, texts):
        if words[0] not in seq:  # cheap test first: most cues are absent (a hot spot)
            continue
        for i in range(len(seq) - n + 1):
            if tuple(seq[i : i + n]) == words:
                return True
    return False


def _contexts(c: Context, trig: Trigger, event_type: str, mode: str | None) -> tuple[str, ...]:
    found = list(trig.entry.contexts)
    s = c.doc.sentences[c.g.tok(trig.token).sent]
    toks = c.doc.tokens[s.token_start : s.token_end]
    lemmas = [t.lemma.lower() for t in toks]
    texts = [t.text.lower() for t in toks]
    for cue in c.lex.context_cues:
        if cue.context and cue.context not in found and _contains(lemmas, texts, cue.words):
            found.append(cue.context)
    implied = MODE_CONTEXT.get((event_type, mode or ""))
    if implied and implied not in found:
        found.append(implied)
    return tuple(found)


def _evidence(c: Context, trig: Trigger) -> Evidence:
    toks = c.doc.tokens
    s = c.doc.sentences[toks[trig.token].sent]
    start, end = toks[trig.start].start, toks[trig.end - 1].end
    return Evidence(
        sentence=s.text,
        start=s.start,
        end=s.end,
        trigger=c.doc.document.text[start:end],
        trigger_start=start,
        trigger_end=end,
        sentence_index=s.i,
        trigger_token=trig.token,
    )


def _confidence(c: Context, trig: Trigger, k: int) -> float:
    conf = 0.5 + (0.2 if c.actors.get(k) else 0.0) + (0.1 if c.recipients.get(k) else 0.0)
    conf += 0.1 if any(r.id for r in c.actors.get(k, ())) else 0.0
    return round(min(conf, 0.95) - (0.1 if trig.nominal and trig.light is None else 0.0), 2)


def _event(c: Context, trig: Trigger, attributions: dict[int, Attribution]) -> Event:
    k = trig.token
    event_type, mode_override, found = retype(c, trig, marks(c.g, trig, c.triggers))
    if mode_override is None and crowd_weapons(c, trig, event_type):
        event_type, mode_override = "ASSAULT", "crowd-control"
    mode = mode_override or event_mode(c, trig, event_type)
    if mode is not None and not valid_mode(event_type, mode):
        mode = None  # a retyping rule's mode the 2021 codebook does not give the new type
    evidence = _evidence(c, trig)
    historical = is_historical(c.g, trig, c.doc.document.date.year)
    attribution = attributions.get(k)
    return Event(
        id=event_id(c.doc.document.id, evidence.sentence_index, evidence.trigger_start, event_type),
        event=event_type,
        evidence=evidence,
        mode=mode,
        context=_contexts(c, trig, event_type, mode),
        quad=quad(event_type),
        score=score(event_type, mode),
        actor=c.actors.get(k, ()),
        recipient=c.recipients.get(k, ()),
        attribution=attribution,
        modality=modality(found),
        auxiliary=auxiliary(found, historical),
        magnitude=magnitude(c.g, trig, event_type),
        confidence=_confidence(c, trig, k),
    )


def extract_events(
    doc: AnnotatedDoc, lex: Lexicon, keep_dropped: bool = False
) -> tuple[Event, ...]:
    """Every PLOVER event of the document, one record per event. ``keep_dropped`` keeps
    the triggers that the non-event and business rules drop (the confidence experiment,
    benchmarks/train_confidence.py, learns from their judgements too)."""
    g = Graph.build(doc)
    idx = MentionIndex.build(doc)
    trigs = {t.token: t for t in detect(g, lex, idx)}
    rules.refine(g, idx, trigs)
    refine_conflict(g, trigs)
    apply_conventions(g, idx, trigs)
    apply_manual(g, trigs)
    if not keep_dropped:
        drop_non_events(g, idx, trigs)
        drop_business(g, idx, trigs)
        drop_everyday(g, idx, trigs)
        drop_private(g, idx, trigs)
    trigs = dict(sorted(trigs.items()))
    c = Context(doc, lex, g, idx, trigs)
    keys = set(trigs)
    for k, trig in trigs.items():
        raw = mend_roles(g, trig, raw_roles(g, idx, trig, keys))
        c.raw[k] = mend_doers(g, idx, trig, raw, keys)  # non-doers out, lost doers back
    irrealis = {
        k for k, t in trigs.items() if marks(g, t, trigs) & {"negated", "hypothetical", "future"}
    }
    links = merge.link_anaphors(g, trigs, c.raw, irrealis)
    links.update(merge.link_results(trigs, c.raw))
    for k in trigs:
        _resolve(c, k)
    attributions = attribute(g, idx, keys)
    events = {k: _event(c, trigs[k], attributions) for k in sorted(trigs)}
    links.update(merge.link_headlines(g.headlines, events, links))
    links.update(merge.link_repeats(g, trigs, events, links))
    links.update(merge.link_verb_repeats(g, trigs, events, links))
    retold_links, retyped = retold.link_same_word(g, trigs, events, links)
    links.update(retold_links)
    return merge.merge_mentions(events, links, retyped)
