"""One event, not many.

Within a document, a definite event noun with no participants of its own ("the attack",
"the blast", "the crackdown") refers back to the closest earlier event of the same kind
(same type, else same quad class) within three sentences: it takes that event's actors and
recipients, and when the types agree the two mentions become one record whose
``extra_evidence`` holds the later mention.

Across documents, ``cluster_key`` gives the store a key for the same happening reported
twice (type, actors, recipients, place, month), and ``same_cluster`` checks the finer
condition (overlapping dates).

A headline's event is folded into the report's own telling of it (``link_headlines``),
and a definite event noun that repeats an earlier event's word ("the deal", "the
suspension" after "suspended") is that event told again (``link_repeats``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import replace

from dateline.actors.phrases import is_plural
from dateline.events.graph import Graph
from dateline.events.roles import RawRoles
from dateline.events.tables import quad
from dateline.events.triggers import Trigger
from dateline.model import ActorRef, Document, Event, Magnitude

DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
WINDOW = 3  # sentences to look back


def _is_anaphor(g: Graph, trig: Trigger, raw: RawRoles) -> bool:
    if not trig.nominal or "anaphor" not in trig.entry.flags or trig.light is not None:
        return False
    if raw.actors or raw.actor_from:
        return False
    return any(g.tok(k).text.lower() in DEFINITE for k in g.children(trig.token, "det"))


def _antecedent(
    g: Graph, trigs: dict[int, Trigger], raw: dict[int, RawRoles], k: int, irrealis: set[int]
) -> int | None:
    event_type = trigs[k].entry.event
    sent = g.tok(k).sent
    earlier = [
        j for j in sorted(trigs, reverse=True)
        if j < k and sent - g.tok(j).sent <= WINDOW and (raw[j].actors or raw[j].actor_from)
        and j not in irrealis
    ]  # fmt: skip
    for j in earlier:
        if trigs[j].entry.event == event_type:
            return j
    for j in earlier:
        if quad(trigs[j].entry.event) == quad(event_type):
            return j
    return None


def link_anaphors(
    g: Graph, trigs: dict[int, Trigger], raw: dict[int, RawRoles], irrealis: set[int]
) -> dict[int, int]:
    """Give anaphoric event nouns their antecedent's roles; return those to merge.
    Negated, hypothetical and future events (``irrealis``) are never antecedents."""
    merged: dict[int, int] = {}
    for k in sorted(trigs):
        if not _is_anaphor(g, trigs[k], raw[k]):
            continue
        j = _antecedent(g, trigs, raw, k, irrealis)
        if j is None:
            continue
        raw[k].actors, raw[k].actor_from = list(raw[j].actors), list(raw[j].actor_from)
        if not raw[k].recipients and not raw[k].recipient_from:
            raw[k].recipients = list(raw[j].recipients)
            raw[k].recipient_from = list(raw[j].recipient_from)
        if trigs[j].entry.event == trigs[k].entry.event:
            merged[k] = merged.get(j, j)
    return merged


def link_results(trigs: dict[int, Trigger], raw: dict[int, RawRoles]) -> dict[int, int]:
    """ "The blast killed six": a verb of the same type whose doer is an event noun
    reports that event's outcome — one record, not two."""
    out: dict[int, int] = {}
    for k, trig in trigs.items():
        if trig.nominal or raw[k].actors or len(raw[k].actor_from) != 1:
            continue
        j = raw[k].actor_from[0]
        if trigs[j].nominal and trigs[j].entry.event == trig.entry.event:
            out[k] = j
    return out


def _fill(a: Magnitude, b: Magnitude) -> Magnitude:
    return Magnitude(
        dead=a.dead if a.dead is not None else b.dead,
        injured=a.injured if a.injured is not None else b.injured,
        size=a.size if a.size is not None else b.size,
    )


def follow_links(links: dict[int, int], k: int) -> int:
    seen = {k}
    while k in links and links[k] not in seen:
        k = links[k]
        seen.add(k)
    return k


def merge_mentions(
    events: dict[int, Event], links: dict[int, int], any_type: frozenset[int] = frozenset()
) -> tuple[Event, ...]:
    """Fold each linked mention into the record it refers to (same type only, except the
    mentions ``any_type``: a headline told in the body, which takes the body's type)."""
    out = dict(events)
    for k in sorted(links):
        root = follow_links(links, k)
        if root not in out or k not in out:
            continue
        if out[root].event != out[k].event and k not in any_type:
            continue
        base, extra = out[root], out.pop(k)
        out[root] = replace(
            base,
            extra_evidence=(*base.extra_evidence, extra.evidence, *extra.extra_evidence),
            magnitude=_fill(base.magnitude, extra.magnitude),
            attribution=base.attribution or extra.attribution,
            actor=base.actor or extra.actor,
            recipient=base.recipient or extra.recipient,
            mode=base.mode or extra.mode,
            confidence=max(base.confidence, extra.confidence),
        )
    return tuple(out[k] for k in sorted(out))


# ---------------------------------------------------------------------- headlines

# sentences after a headline where the report tells the same event
HEADLINE_WINDOW = 3


# a pronoun left unresolved ("his resignation") names no party: it cannot disagree
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "his", "her", "its", "their", "our",
                      "him", "them", "us"})  # fmt: skip


def _party_keys(refs: tuple[ActorRef, ...]) -> set[str]:
    return {r.id or r.text.lower().split()[-1] for r in refs
            if r.text and (r.id or r.text.lower() not in PRONOUNS)}  # fmt: skip


def _agree(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...]) -> bool | None:
    """Whether two role lists name the same party; None when one names none."""
    ka, kb = _party_keys(a), _party_keys(b)
    if not ka or not kb:
        return None
    return bool(ka & kb)


def same_event(head: Event, body: Event, alone: bool) -> bool:
    """Same type and modality, and no role naming another party. A headline event with no
    parties ("Blast in market") is the report's only when it is its headline's ``alone``
    event of that type: "kill … in ambush" must not take the ambush elsewhere."""
    if (head.event, head.modality) != (body.event, body.modality):
        return False
    agree = [_agree(head.actor, body.actor), _agree(head.recipient, body.recipient)]
    if False in agree:
        return False
    return True in agree or (alone and not (head.actor or head.recipient))


def link_headlines(
    heads: frozenset[int], events: dict[int, Event], links: dict[int, int]
) -> dict[int, int]:
    """Headline event (of the sentences ``heads``, ``Graph.headlines``) → the first event of
    the next ``HEADLINE_WINDOW`` sentences that tells the same happening; the body's record
    is kept, the headline as extra evidence."""
    in_heads = Counter(
        (e.evidence.sentence_index, e.event)
        for e in events.values()
        if e.evidence.sentence_index in heads
    )
    out: dict[int, int] = {}
    for k, event in sorted(events.items()):
        sent = event.evidence.sentence_index
        if sent not in heads:
            continue
        alone = in_heads[(sent, event.event)] == 1
        for j, body in sorted(events.items()):
            gap = body.evidence.sentence_index - sent
            if (
                0 < gap <= HEADLINE_WINDOW
                and body.evidence.sentence_index not in heads
                and same_event(event, body, alone)
                and follow_links(links, j) != k
            ):
                out[k] = j
                break
    return out


# ---------------------------------------------------------------------- repeats

POSSESSIVE = frozenset({"his", "her", "its", "their", "our"})


def definite_noun(g: Graph, k: int) -> bool:
    """ "the deal", "this ban", "his resignation" (not "a deal", not "Boeing's protest")."""
    return any(g.tok(d).text.lower() in DEFINITE for d in g.children(k, "det")) or any(
        g.tok(p).text.lower() in POSSESSIVE for p in g.children(k, "poss")
    )


# modifiers that set an event apart from an earlier one of its kind ("the second deal",
# "the 1967 war", "the new talks")
OTHER = frozenset({"new", "second", "third", "other", "separate", "previous", "earlier",
                   "latest", "last", "next", "fresh", "further", "first", "former"})  # fmt: skip
DISTINCT_ENTS = frozenset({"DATE", "CARDINAL", "ORDINAL", "TIME"})


def set_apart(g: Graph, k: int) -> bool:
    """The noun carries a word or a date or number that tells it from others of its kind."""
    return any(
        g.tok(c).text.lower() in OTHER
        or (g.tok(c).ent_type in DISTINCT_ENTS and g.tok(c).pos != "ADJ")  # not "annual"
        for c in g.children(k, "amod", "nummod", "compound", "npadvmod", "poss")
    )


def plural_noun(g: Graph, k: int) -> bool:
    return is_plural(g.tok(k))


def same_word(a: str, b: str) -> bool:
    """The same lemma, or one derived from the other: "suspend"/"suspension",
    "resign"/"resignation", "agree"/"agreement" (a shared stem all but a letter long)."""
    shortest = min(len(a), len(b))
    shared = next((i for i in range(shortest) if a[i] != b[i]), shortest)
    return a == b or shared >= max(4, shortest - 1)


def _retold_by(g: Graph, trig: Trigger, word: str, plural: bool) -> bool:
    """Whether a trigger has the word (or its derivative) that a later noun repeats:
    "reached a trade deal" is told again by "the deal". Plural nouns ("reached several
    deals") are not one deal told again."""
    words = {*range(trig.start, trig.end), trig.token}
    return any(same_word(g.lemma(i), word) and (plural or not plural_noun(g, i)) for i in words)


def _told_again(later: Event, earlier: Event) -> bool:
    """A retelling names no party the first telling lacks (roles may swap sides: "the deal
    between A and B" after "A reached a deal with B"); either naming none says nothing."""
    mine = _party_keys((*later.actor, *later.recipient))
    theirs = _party_keys((*earlier.actor, *earlier.recipient))
    return not mine or not theirs or mine <= theirs


def link_repeats(
    g: Graph, trigs: dict[int, Trigger], events: dict[int, Event], links: dict[int, int]
) -> dict[int, int]:
    """A definite event noun names the closest earlier event (anywhere in the document) of
    the same type and modality told with the same word or its derivative, unless its own
    roles name a party that event lacks: "a $23 billion deal … the deal's critics" is one record. A
    reporter who means a second deal says "another" or "a new" one."""
    out: dict[int, int] = {}
    for k, event in sorted(events.items()):
        trig = trigs.get(k)
        if (trig is None or k in links or not trig.nominal or not definite_noun(g, trig.token)
                or set_apart(g, trig.token)):
            continue
        word = g.lemma(trig.token)
        for j in sorted((j for j in events if j < k and j in trigs), reverse=True):
            earlier = events[j]
            if (
                (earlier.event, earlier.modality) == (event.event, event.modality)
                and _retold_by(g, trigs[j], word, plural_noun(g, trig.token))
                and _told_again(event, earlier)
                and follow_links(links, j) != k
            ):
                out[k] = j
                break
    return out


# words that tell a repeated act from the first one ("attacked the town again")
REPEATED = frozenset({"again", "also", "another", "further", "repeatedly", "once", "anew",
                      "too", "second", "renewed", "fresh"})  # fmt: skip


def dates_in(g: Graph, k: int) -> set[str]:
    """The words of the dates and times in the clause of verb ``k``."""
    return {g.tok(d).text.lower() for d in g.subtree(k) if g.tok(d).ent_type in {"DATE", "TIME"}}


def _repeated(g: Graph, k: int) -> bool:
    return any(g.tok(d).text.lower() in REPEATED for d in g.children(k))


def link_verb_repeats(
    g: Graph, trigs: dict[int, Trigger], events: dict[int, Event], links: dict[int, int]
) -> dict[int, int]:
    """A report tells its main act in the lead and again further down with the same verb
    ("Rebels attacked the garrison …" … "the rebels attacked the garrison after dark"): a
    later verb event of the same lemma, type and modality, whose actors and recipients are
    all among the earlier one's, is the earlier one told again — unless it says it is a
    repeat ("again", "another") or the two name different dates."""
    out: dict[int, int] = {}
    for k, event in sorted(events.items()):
        trig = trigs.get(k)
        if trig is None or k in links or trig.nominal or _repeated(g, k):
            continue
        if not (event.actor and event.recipient):
            continue
        actors, recipients = _party_keys(event.actor), _party_keys(event.recipient)
        for j in sorted((j for j in events if j < k and j in trigs), reverse=True):
            earlier, first = events[j], trigs[j]
            if (
                not first.nominal
                and g.tok(j).sent != g.tok(k).sent
                and g.lemma(j) == g.lemma(k)
                and (earlier.event, earlier.modality) == (event.event, event.modality)
                and actors and actors <= _party_keys(earlier.actor)
                and recipients and recipients <= _party_keys(earlier.recipient)
                and not (dates_in(g, j) and dates_in(g, k) and dates_in(g, j) != dates_in(g, k))
                and follow_links(links, j) != k
            ):
                out[k] = j
                break
    return out


# ---------------------------------------------------------------------- across documents


def _party_key(refs: tuple[ActorRef, ...]) -> str:
    return ",".join(sorted({(r.id or r.name or r.text).lower() for r in refs}))


def cluster_interval(event: Event, document: Document) -> tuple[dt.date, dt.date]:
    """The days the event may have happened on: its date's span, else the report date."""
    return _interval(event, document)


def _interval(event: Event, document: Document) -> tuple[dt.date, dt.date]:
    d = event.date
    if d is not None and d.date_start is not None and d.date_end is not None:
        return d.date_start, d.date_end
    return document.date, document.date


def cluster_key(event: Event, document: Document) -> str:
    """Events of several reports with the same key are candidates for one cluster."""
    place = ""
    if event.location is not None:
        place = (event.location.country or event.location.name or "").lower()
    start, _ = _interval(event, document)
    parts = (
        event.event,
        _party_key(event.actor),
        _party_key(event.recipient),
        place,
        f"{start.year:04d}-{start.month:02d}",
    )
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()[:16]


def same_cluster(a: Event, a_doc: Document, b: Event, b_doc: Document) -> bool:
    """Same type, actors, recipients and place, and overlapping dates."""
    if (a.event, _party_key(a.actor), _party_key(a.recipient)) != (
        b.event,
        _party_key(b.actor),
        _party_key(b.recipient),
    ):
        return False
    pa = a.location.country if a.location else None
    pb = b.location.country if b.location else None
    if pa and pb and pa != pb:
        return False
    a0, a1 = _interval(a, a_doc)
    b0, b1 = _interval(b, b_doc)
    return a0 <= b1 and b0 <= a1
