"""Noun-phrase analysis: a head noun that names a sector ("commandos", "security forces",
"human rights groups") plus its modifiers (a demonym, a name, a possessive) gives an actor.

"Afghan commandos" → Afghanistan, military; "Taliban security forces" → Taliban, sector
security; "ISIS-K's leaders" → ISIS-K; "its fighters" and "the group" refer back (coref).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dateline.actors.kb import KB, SectorWord
from dateline.actors.names import Span
from dateline.model import Actor, AnnotatedDoc, Token

MODIFIER_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct", "cc",
     "conj", "predet", "npadvmod"}
)
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
PERSONAL = ("person",)
NON_PERSON = ("armed_group", "igo", "ngo", "party", "business", "media", "government",
              "military", "police", "country", "other")
PLURAL = (*NON_PERSON, "civilians")
# pronoun → the antecedent types it may take
PRONOUNS: dict[str, tuple[str, ...]] = {
    "he": PERSONAL, "him": PERSONAL, "his": PERSONAL, "she": PERSONAL, "her": PERSONAL,
    "they": PLURAL, "them": PLURAL, "their": PLURAL, "its": NON_PERSON,
}
TITLE_TYPES = frozenset({"government", "military", "police"})
# a known person's role (their sector in people.tsv) → the mention's type
ROLE_TYPES = {"government": "government", "diplomacy": "government", "military": "military",
              "igo": "igo"}
OWNER_PREPOSITIONS = frozenset({"of", "in", "from"})
# "his Chinese counterpart" is China's office-holder, not the one "his" points to
COUNTERPART = "counterpart"
# a generic office word takes the kind of a modifier that names a force or a party: "army
# spokesman", "opposition lawmakers"; not an institution ("military government" governs)
GENERIC_OFFICE = frozenset(
    {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "lawmaker",
     "lawmakers", "legislator", "legislators", "leader", "leaders", "leadership"}
)  # fmt: skip
MODIFIER_TYPES = frozenset({"military", "police", "party"})
# office words that are ordinary nouns too: an office only as a title ("Speaker", "the
# speaker of parliament")
TITLE_ONLY = frozenset({"speaker", "speakers"})
BODIES = frozenset({"parliament", "house", "assembly", "senate", "congress", "chamber",
                    "legislature", "duma", "knesset"})


@dataclass(slots=True)
class Draft:
    """A mention being built; ``refers`` is set when it must find an antecedent."""

    ts: int
    te: int
    head: int
    actor: Actor | None
    type: str | None
    country: str | None = None
    sector: str | None = None
    kind: str = "name"
    refers: tuple[str, ...] = ()
    plural: bool = False
    members: list[Draft] = field(default_factory=list)
    how: str = ""


def children_table(doc: AnnotatedDoc) -> list[list[int]]:
    table: list[list[int]] = [[] for _ in doc.tokens]
    for tok in doc.tokens:
        if tok.head != tok.i:
            table[tok.head].append(tok.i)
    return table


def subtree_start(kids: list[list[int]], i: int) -> int:
    return min([i, *(subtree_start(kids, c) for c in kids[i] if c < i)])


def left_start(doc: AnnotatedDoc, kids: list[list[int]], h: int) -> int:
    """First token of the noun phrase headed by ``h`` (its left modifiers' subtrees)."""
    start = h
    owners = [h]
    tok = doc.tokens[h]
    if tok.dep == "compound":  # "Afghan commando raids": siblings before the compound count
        owners.append(tok.head)
    for owner in owners:
        for c in kids[owner]:
            if c < h and doc.tokens[c].dep in MODIFIER_DEPS:
                start = min(start, subtree_start(kids, c))
    return start


def sector_at(doc: AnnotatedDoc, kb: KB, h: int, floor: int) -> tuple[SectorWord, int] | None:
    """The longest sector phrase ending at token ``h`` (not reaching before ``floor``)."""
    toks = doc.tokens
    tails = kb.sector_tails()
    lasts = [w for w in dict.fromkeys((toks[h].text.lower(), toks[h].lemma.lower()))
             if w.split(" ")[-1] in tails]  # a phrase's last word is one of its tails
    if not lasts:
        return None
    for k in (3, 2, 1):
        first = h - k + 1
        if first < floor:
            continue
        words = [t.text.lower() for t in toks[first : h + 1]]
        for last in lasts:
            key = " ".join([*words[:-1], last])
            # the parser splits "attorney-general" into three tokens
            word = kb.sector(key) or kb.sector(key.replace(" - ", "-"))
            if word is not None:
                return word, first
    return None


def is_plural(tok: Token) -> bool:
    return tok.tag in {"NNS", "NNPS"}


def span_head(doc: AnnotatedDoc, ts: int, te: int) -> int:
    for i in range(te - 1, ts - 1, -1):
        if not ts <= doc.tokens[i].head < te or doc.tokens[i].head == i:
            return i
    return te - 1


def owned_draft(
    owner: Span, sw: SectorWord | None, ts: int, te: int, head: int, plural: bool
) -> Draft:
    """A phrase whose modifier names the actor: countries lend their id, groups their type."""
    actor = owner.actor
    own_type = sw.type if sw is not None and sw.type not in {"other", "country"} else None
    if actor.type in {"country", "person"} and own_type is not None:
        kind_type = own_type
    else:
        kind_type = actor.type
    kind = "demonym" if owner.kind == "demonym" and te - ts == owner.te - owner.ts else "name"
    sector = sw.sector if sw is not None else actor.sector
    return Draft(ts, te, head, actor, kind_type, actor.country, sector, kind, (), plural)


def phrase_drafts(
    doc: AnnotatedDoc, kb: KB, spans: list[Span], kids: list[list[int]]
) -> tuple[list[Draft], set[int]]:
    """Drafts for sector-headed noun phrases; returns them and the ids of absorbed spans."""
    drafts: list[Draft] = []
    used: set[int] = set()
    covered = {i for s in spans for i in range(s.ts, s.te)}
    for tok in doc.tokens:
        if tok.pos not in {"NOUN", "PROPN", "ADJ"} or tok.i in covered:
            continue
        sent = doc.sentences[tok.sent]
        start = left_start(doc, kids, tok.i)
        found = sector_at(doc, kb, tok.i, max(start, sent.token_start))
        if (title := _postposed_title(doc, kb, kids, tok.i, sent.token_start)) is not None:
            found, start = title[:2], title[2]  # "director general": "general" made an amod
        if found is None or (tok.pos == "ADJ" and tok.text.lower() != "military"):
            continue
        if found[0].phrase in TITLE_ONLY and not _titled(doc, kids, tok.i, sent.token_start):
            continue  # "native speakers", "a powerful speaker"
        if tok.dep == "compound" and (tok.head in covered or sector_at(doc, kb, tok.head, start)):
            continue  # "police officer", "President Bush": the phrase's own head carries it
        inner = [s for s in spans if start <= s.ts and s.te <= tok.i]
        if not inner and (after := pp_owner(doc, kids, tok.i, spans)) is not None:
            inner = [after]  # "the president of Armenia", "rebels in Darfur"
        if not inner and found[0].sector == COUNTERPART:
            inner = _next_state(doc, tok.i, spans)
        sw = modifier_kind(doc, kb, found[0], start, found[1])
        draft = _phrase(doc, kids, sw, start, tok.i, inner)
        used.update(id(s) for s in inner if draft.actor is not None or draft.members)
        drafts.append(draft)
    return drafts, used


def modifier_kind(doc: AnnotatedDoc, kb: KB, sw: SectorWord, start: int, first: int
                  ) -> SectorWord:
    """ "army spokesman", "Israeli military officials", "opposition lawmakers": a generic office
    word speaks for the force or party a modifier before it names."""
    if sw.type != "government" or sw.phrase not in GENERIC_OFFICE:
        return sw
    for i in range(first - 1, start - 1, -1):
        if doc.tokens[i].dep not in {"compound", "amod", "nmod"}:
            continue
        found = sector_at(doc, kb, i, start)
        if found is not None and found[0].type in MODIFIER_TYPES:
            return replace(sw, type=found[0].type, sector=found[0].sector)
    return sw


def pp_owner(doc: AnnotatedDoc, kids: list[list[int]], h: int, spans: list[Span]) -> Span | None:
    """A state named in a prepositional phrase right after the head: "the king of Morocco"."""
    for prep in kids[h]:
        if prep < h or doc.tokens[prep].text.lower() not in OWNER_PREPOSITIONS:
            continue
        for obj in kids[prep]:
            if doc.tokens[obj].dep != "pobj":
                continue
            for s in spans:
                if s.ts <= obj < s.te and s.actor.type in {"country", "igo"}:
                    return s
    return None


def _postposed_title(doc: AnnotatedDoc, kb: KB, kids: list[list[int]], h: int, floor: int
                     ) -> tuple[SectorWord, int, int] | None:
    """A title whose last word the parser hung on the word before it ("director general"):
    the phrase, its first word, and where the noun phrase starts."""
    tok = doc.tokens[h]
    if tok.dep not in {"amod", "compound", "appos"} or tok.head != h - 1:
        return None
    start = max(left_start(doc, kids, h - 1), floor)
    found = sector_at(doc, kb, h, start)
    return (*found, start) if found is not None and found[1] < h else None


def _titled(doc: AnnotatedDoc, kids: list[list[int]], h: int, sent_start: int) -> bool:
    tok = doc.tokens[h]
    if tok.text[:1].isupper() and h > sent_start:
        return True
    return any(doc.tokens[o].lemma.lower() in BODIES or doc.tokens[o].ent_type == "ORG"
               for p in kids[h] if doc.tokens[p].text.lower() == "of"
               for o in kids[p] if doc.tokens[o].dep == "pobj")


def _next_state(doc: AnnotatedDoc, h: int, spans: list[Span]) -> list[Span]:
    """ "met their counterparts from Lithuania": the parser often hangs "from X" on the verb,
    but right after a counterpart it still says whose office it is."""
    if h + 2 >= len(doc.tokens) or doc.tokens[h + 1].text.lower() != "from":
        return []
    return [s for s in spans if s.ts == h + 2 and s.actor.type == "country"][:1]


def _phrase(
    doc: AnnotatedDoc, kids: list[list[int]], sw: SectorWord, start: int, h: int, inner: list[Span]
) -> Draft:
    plural = is_plural(doc.tokens[h])
    if inner:
        owner = _owner(doc, inner, h)
        conj = [s for s in inner if s is not owner and _coordinated(doc, s, owner)]
        if conj:
            members = [owned_draft(s, sw, s.ts, s.te, span_head(doc, s.ts, s.te), plural)
                       for s in sorted([owner, *conj], key=lambda s: s.ts)]
            return Draft(start, h + 1, h, None, sw.type, None, sw.sector, "compound",
                         members=members, plural=True)
        return owned_draft(owner, sw, start, max(h + 1, owner.te), h, plural)
    mods = [doc.tokens[c] for c in kids[h] if c < h]
    pron = [t for t in mods if t.dep == "poss" and t.text.lower() in PRONOUNS]
    if pron and sw.sector == COUNTERPART:
        return Draft(start, h + 1, h, None, sw.type, None, sw.sector, "nominal", (), plural)
    if pron:
        refers = PRONOUNS[pron[0].text.lower()]
        if sw.refers:
            refers = tuple(r for r in refers if r in sw.refers) or sw.refers
        return Draft(start, h + 1, h, None, sw.type, None, sw.sector, "nominal", refers, plural)
    definite = any(t.dep == "det" and t.text.lower() in DEFINITE for t in mods)
    bare = all(t.dep in {"det", "amod"} for t in mods)
    if definite and bare and sw.refers:
        return Draft(start, h + 1, h, None, sw.type, None, sw.sector, "nominal", sw.refers, plural)
    return Draft(start, h + 1, h, None, sw.type, None, sw.sector, "nominal", (), plural)


def _owner(doc: AnnotatedDoc, inner: list[Span], h: int) -> Span:
    """The modifier that names the actor: a possessor first, else the one nearest the head."""
    for s in inner:
        last = s.te
        if last < len(doc.tokens) and doc.tokens[last].tag == "POS":
            return s
    return max(inner, key=lambda s: s.te)


def _coordinated(doc: AnnotatedDoc, a: Span, b: Span) -> bool:
    ha, hb = span_head(doc, a.ts, a.te), span_head(doc, b.ts, b.te)
    ta, tb = doc.tokens[ha], doc.tokens[hb]
    return (ta.dep == "conj" and ta.head == hb) or (tb.dep == "conj" and tb.head == ha)


def person_draft(doc: AnnotatedDoc, kb: KB, span: Span, spans: list[Span],
                 kids: list[list[int]]) -> Draft:
    """A person with their title and country: "Israeli Prime Minister Ehud Barak"."""
    head = span_head(doc, span.ts, span.te)
    start = min(left_start(doc, kids, head), span.ts)
    mods = [s for s in spans if start <= s.ts and s.te <= span.ts and s.actor.type != "person"]
    end = span.te
    if not mods and (after := pp_owner(doc, kids, head, spans)) is not None:
        mods, end = [after], after.te  # "King Hassan of Morocco"
    title = None
    for i in range(start, span.te):
        found = sector_at(doc, kb, i, start)
        if found is not None and found[0].type in TITLE_TYPES:
            title = found[0]
    org = mods[-1].actor if mods else None
    country = org.country if org is not None else span.actor.country
    sector = title.sector if title is not None else span.actor.sector
    kind_type = title.type if title is not None else "person"
    if org is not None and org.type != "country":
        kind_type = org.type  # "U.N. Secretary-General Kofi Annan" speaks for the UN
    if span.actor.known and title is None and org is None:
        kind_type = ROLE_TYPES.get(span.actor.sector or "", "person")
    return Draft(start, end, head, span.actor, kind_type, country, sector, "name", how=span.how)


def counterpart_kinds(doc: AnnotatedDoc, drafts: list[Draft]) -> None:
    """A counterpart holds the same kind of office as the one meeting them: "the army chief
    met his Pakistani counterpart" is military; the nearest earlier title in the sentence."""
    for d in drafts:
        if d.sector != COUNTERPART:
            continue
        sent = doc.tokens[d.head].sent
        earlier = [e for e in drafts if e.te <= d.ts and doc.tokens[e.head].sent == sent
                   and e.type in TITLE_TYPES and e.sector != COUNTERPART]
        if earlier:
            d.type = max(earlier, key=lambda e: e.te).type
