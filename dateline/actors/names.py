"""Finding actor names in a parsed document: dictionary matches (longest first) and the
named entities the dictionary does not know, resolved fuzzily, as places, or as unknown actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.actors.geo import place_country
from dateline.actors.kb import KB, Hit
from dateline.actors.text import name_key, raw_key, slug
from dateline.model import Actor, AnnotatedDoc, Entity, Token

ENTITY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# words that tell an unknown organisation's type (checked on the name's words)
UNKNOWN_TYPES: tuple[tuple[str, frozenset[str]], ...] = (
    ("party", frozenset({"party", "parties"})),
    ("police", frozenset({"police", "gendarmerie"})),
    ("military", frozenset({"army", "navy", "battalion", "regiment", "corps", "armed"})),
    (
        "armed_group",
        frozenset({"liberation", "resistance", "militia", "brigade", "brigades", "mujahideen",
                   "jihad", "rebels", "insurgents", "front"}),
    ),
    (
        "government",
        frozenset({"ministry", "commission", "council", "parliament", "assembly", "court",
                   "government", "department", "administration", "cabinet", "senate",
                   "congress", "office", "authority", "tribunal", "municipality"}),
    ),
    (
        "media",
        frozenset({"news", "times", "post", "tv", "television", "radio", "press", "newspaper",
                   "journal", "herald", "gazette", "tribune", "daily", "broadcasting"}),
    ),
    (
        "business",
        frozenset({"inc", "corp", "corporation", "company", "co", "ltd", "plc", "bank",
                   "airlines", "airways", "motors", "group", "holdings", "llc", "gmbh", "sa"}),
    ),
    ("ngo", frozenset({"watch", "foundation", "amnesty", "charity", "ngo", "rights"})),
)


@dataclass(frozen=True, slots=True)
class Span:
    """A token range naming an actor; ``kind`` is name, demonym, metonym, place or unknown."""

    ts: int
    te: int
    actor: Actor
    kind: str
    how: str = "exact"


def span_text(doc: AnnotatedDoc, ts: int, te: int) -> str:
    return doc.document.text[doc.tokens[ts].start : doc.tokens[te - 1].end]


def _ends_badly(tok: Token) -> bool:
    return tok.tag == "POS" or tok.pos == "SPACE" or (tok.pos == "PUNCT" and tok.text != ")")


def _longest_at(doc: AnnotatedDoc, kb: KB, i: int, end: int) -> tuple[int, Hit] | None:
    top = min(end, i + kb.max_tokens)
    if span_text(doc, i, top).isascii():  # where ``KB.may_continue`` is exact
        top = _reach(doc, kb, i, top)
    for j in range(top, i, -1):
        if _ends_badly(doc.tokens[j - 1]):
            continue
        hit = kb.lookup(span_text(doc, i, j))
        if hit is not None:
            return j, hit
    return None


def _reach(doc: AnnotatedDoc, kb: KB, i: int, top: int) -> int:
    """The end of the longest span from token ``i`` that may still be a name: most words
    start none ("Reuters said …"), so ``lookup`` is not asked about each of their n-grams."""
    for j in range(i + 1, top + 1):
        if not kb.may_continue(raw_key(span_text(doc, i, j))):
            return j - 1
    return top


def dictionary_spans(doc: AnnotatedDoc, kb: KB) -> list[Span]:
    """Longest dictionary names, left to right, never across sentences."""
    spans: list[Span] = []
    for sent in doc.sentences:
        i = sent.token_start
        while i < sent.token_end:
            tok = doc.tokens[i]
            found = None
            if tok.text.lower() == "the" and i + 1 < sent.token_end:
                found = _longest_at(doc, kb, i, sent.token_end)
            if found is None and kb.could_start(tok.text):
                found = _longest_at(doc, kb, i, sent.token_end)
            if found is None:
                i += 1
                continue
            j, hit = found
            if not (_common_word_at_start(doc, i, j, hit, sent.token_start)
                    or _negated_prefix(doc, i)):
                spans.append(Span(i, j, hit.actor, hit.kind, hit.how))
            i = j
    return spans


def remembered_spans(doc: AnnotatedDoc, spans: list[Span]) -> list[Span]:
    """Unknown names said again where the parser missed them ("Steve Jobs" … "Jobs")."""
    memory: dict[str, Actor] = {}
    for s in spans:
        if s.kind != "unknown":
            continue
        words = name_key(s.actor.name).split()
        memory.setdefault(" ".join(words), s.actor)
        if s.actor.type == "person" and len(words) > 1:
            memory.setdefault(words[-1], s.actor)
    if not memory:
        return spans
    covered = {i for s in spans for i in range(s.ts, s.te)}
    longest = max(len(k.split()) for k in memory)
    out = list(spans)
    for sent in doc.sentences:
        i = sent.token_start
        while i < sent.token_end:
            found = _remembered_at(doc, memory, covered, i, min(sent.token_end, i + longest))
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.te
    return sorted(out, key=lambda s: s.ts)


def _remembered_at(
    doc: AnnotatedDoc, memory: dict[str, Actor], covered: set[int], i: int, end: int
) -> Span | None:
    run = i  # only spans of uncovered proper nouns count: stop at the first other token
    while run < end and run not in covered and doc.tokens[run].pos == "PROPN":
        run += 1
    for j in range(run, i, -1):
        actor = memory.get(name_key(span_text(doc, i, j)))
        if actor is not None:
            return Span(i, j, actor, "unknown", "memory")
    return None


def _negated_prefix(doc: AnnotatedDoc, i: int) -> bool:
    """"anti-Syria", "pro-Iranian": the name qualifies a stance, it does not act."""
    return (i >= 2 and doc.tokens[i - 1].text == "-"
            and doc.tokens[i - 2].text.lower() in {"anti", "pro", "non"})


def _common_word_at_start(doc: AnnotatedDoc, i: int, j: int, hit: Hit, first: int) -> bool:
    """"Amnesty for the rebels …", "Dawn raids …": a capital that only starts the sentence."""
    tok = doc.tokens[i]
    return (j - i == 1 and i == first and hit.kind == "name" and hit.how != "acronym"
            and tok.pos not in {"PROPN", "X"})


def unknown_actor(text: str, label: str, country: str | None = None) -> Actor:
    """An actor the dictionary does not know, kept with a normalised name and a guessed type."""
    name = " ".join(text.split())
    if name.lower().startswith("the "):
        name = name[4:]
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return Actor(f"unk:{slug(name)}", name, guess_type(name, label), country, None, (name,), False)


def guess_type(name: str, label: str) -> str:
    if label == "PERSON":
        return "person"
    words = set(name_key(name).split())
    for kind, cues in UNKNOWN_TYPES:
        if words & cues:
            return kind
    return "other"


def _trim(doc: AnnotatedDoc, ent: Entity) -> tuple[int, int]:
    """Entity tokens without a leading determiner or a trailing possessive."""
    ts, te = ent.token_start, ent.token_end
    while te - ts > 1 and (doc.tokens[ts].pos in {"DET", "PUNCT"} or doc.tokens[ts].text.islower()
                           or not doc.tokens[ts].text[0].isalnum()):
        ts += 1  # "the", and lower-case words the tagger swept in ("true Shariah")
    while te - ts > 1 and _ends_badly(doc.tokens[te - 1]):
        te -= 1
    return ts, te


def entity_spans(doc: AnnotatedDoc, kb: KB, known: list[Span]) -> list[Span]:
    """Spans for named entities: dictionary spans kept, unknown names added, some replaced."""
    out = list(known)
    for ent in doc.entities:
        if ent.label not in ENTITY_LABELS:
            continue
        ts, te = _trim(doc, ent)
        if kb.sector(span_text(doc, ts, te)) is not None:
            continue  # "Cabinet", "Supreme Court": a sector word, not a name
        inside = [s for s in out if s.ts < te and ts < s.te]
        if inside:
            out = _reconcile(doc, kb, ent, (ts, te), inside, out)
            continue
        span = _resolve_entity(doc, kb, ent, ts, te)
        if span is not None and not _negated_prefix(doc, ts):
            out.append(span)
    return sorted(out, key=lambda s: s.ts)


def _reconcile(
    doc: AnnotatedDoc, kb: KB, ent: Entity, bounds: tuple[int, int], inside: list[Span],
    out: list[Span],
) -> list[Span]:
    """A named entity overlapping dictionary names: who wins (see the rules below)."""
    ts, te = bounds
    covered = sum(s.te - s.ts for s in inside)
    if covered >= te - ts or any(s.actor.type != "country" for s in inside):
        return out  # the dictionary explains the entity (or names an organisation in it)
    last = doc.tokens[te - 1]
    if kb.sector(last.text) or kb.sector(last.lemma) or ent.label in {"GPE", "LOC", "NORP"}:
        return out  # "Kenyan police": phrase analysis handles it
    if ent.label == "PERSON" and all(s.kind == "demonym" for s in inside):
        return out  # "Israeli Ehud Barak": the demonym stays a modifier
    country = inside[0].actor.country
    if ent.label == "PERSON":
        country = None  # "Michael Jordan" is not Jordanian
    actor = unknown_actor(span_text(doc, ts, te), ent.label, country)
    kept = [s for s in out if s not in inside]
    return [*kept, Span(ts, te, actor, "unknown", "entity")]


def _resolve_entity(doc: AnnotatedDoc, kb: KB, ent: Entity, ts: int, te: int) -> Span | None:
    text = span_text(doc, ts, te)
    hit = kb.lookup(text) or kb.fuzzy(text)
    if hit is not None:
        return Span(ts, te, hit.actor, hit.kind, hit.how)
    if ent.label in {"GPE", "LOC", "FAC"}:
        country = place_country(doc, ts, te, text)
        state = kb.get(country)
        if state is None or ent.label == "FAC":
            return None
        return Span(ts, te, state, "place", "gazetteer")
    if ent.label == "NORP" or not any(c.isalpha() for c in text):
        return None
    if ent.label == "PERSON" and doc.tokens[te - 1].tag in {"NNS", "NNPS"}:
        return None  # "Salafi Muslims": a plural is a group of people, not a person
    return Span(ts, te, unknown_actor(text, ent.label), "unknown", "entity")
