"""One event told again with the same word.

A report names its event in the headline, again in the lead and again further down, most
often with the same word or its derivative ("Boeing delivers …" / "Boeing delivered …" /
"the delivery"). ``link_same_word`` makes those one record: a later event of the same type
and modality whose trigger repeats an earlier one's word is that event told again, unless
something tells them apart:

- a role naming another party (actors against actors, recipients against recipients; a
  role left empty says nothing; one party goes by several names: "GM" / "General Motors"),
- different dates or different places in the two clauses,
- a word that marks a new occurrence ("again", "another", "a second", "new") or a habit
  ("often"), or a past perfect ("had agreed": an act before the one reported),
- a plural noun for a singular ("the deals" after "the deal") or an indefinite one ("a
  deal") after a body sentence (after the headline, "a deal" is the headline's deal told
  in full),
- two verbs that both name parties but share none ("A accused B … C accused D").

The closest earlier such event wins; mentions in one sentence are left apart ("attacked the
town and attacked the camp" is two acts), as are negated against asserted ones (modality).
A headline's event is folded into the body's record, whose type wins when they differ.
"""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.merge import (  # the tests a retelling shares with merge.link_repeats
    PRONOUNS,
    REPEATED,
    dates_in,
    definite_noun,
    follow_links,
    plural_noun,
    same_word,
    set_apart,
)
from dateline.events.tables import quad
from dateline.events.triggers import Trigger
from dateline.model import ActorRef, Event

# entities that place a clause ("in Paris", "at the Le Bourget show")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# determiners that introduce another occurrence of a kind ("another deal", "a second strike")
ANOTHER = frozenset({"another", "other", "second", "third", "new", "fresh", "further"})
# habits are many happenings, not one told again ("she sometimes talks to …")
HABITUAL = frozenset({"sometimes", "often", "usually", "always", "regularly", "occasionally",
                      "frequently", "never", "routinely"})  # fmt: skip
# words that name no party ("both will offer …") or too many to tell one from another
NO_PARTY = PRONOUNS | {"both", "all", "each", "either", "who", "which", "that"}
GENERIC = frozenset({"government", "ministry", "minister", "officials", "official", "state",
                     "forces", "army", "police", "people", "company", "group", "national",
                     "united", "the", "of", "and", "for", "new", "inc", "corp", "general",
                     "international", "motor", "motors", "airlines", "airways", "bank",
                     "corporation", "association", "council", "party", "front", "republic",
                     "democratic", "federal", "central", "union", "workers", "north", "south",
                     "east", "west", "american", "european"})  # fmt: skip


def _name_words(text: str) -> set[str]:
    """The telling words of a name, and its initials ("General Motors" → "gm")."""
    words = [w for w in text.lower().replace("-", " ").split() if w.isalnum()]
    out = {w for w in words if w not in GENERIC and len(w) > 1}
    named = [w for w in words if w not in {"of", "the", "and"}]
    if len(named) >= 2:
        out.add("".join(w[0] for w in named))
    return out


def _ref_words(r: ActorRef) -> set[str]:
    if r.text.lower() in NO_PARTY:  # a pronoun counts by whom it was resolved to
        return _name_words(r.name) if r.name else set()
    words = _name_words(r.text)
    if r.id and r.id.startswith("unk:"):
        words |= _name_words(r.id[4:])
    return words


def same_party(a: ActorRef, b: ActorRef) -> bool:
    """One party under two names: the same id, else (one or both unresolved) a shared
    telling word or the initials of the other ("GM" / "General Motors", "AirTran" /
    "AirTran Airways")."""
    known = [r.id for r in (a, b) if r.id and not r.id.startswith("unk:")]
    if len(known) == 2:
        return known[0] == known[1]
    wa, wb = _ref_words(a), _ref_words(b)
    if len(known) == 1 and known[0].isupper() and len(known[0]) == 3 and not (wa and wb):
        return True  # "the government" of a country the other telling names
    return bool(wa & wb)


def _parties(refs: tuple[ActorRef, ...]) -> list[ActorRef]:
    """The parties a role names: unresolved pronouns and "both" name none."""
    return [r for r in refs if r.text and (r.text.lower() not in NO_PARTY or r.name)]


def roles_agree(a: tuple[ActorRef, ...], b: tuple[ActorRef, ...]) -> bool | None:
    """Whether two role lists name the same party; None when one names none."""
    pa, pb = _parties(a), _parties(b)
    if not pa or not pb:
        return None
    return any(same_party(x, y) for x in pa for y in pb)


# prepositions that say where something happened ("in Paris", "near the border")
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into",
                      "throughout", "within", "on", "off", "along"})  # fmt: skip


def _places_in(g: Graph, k: int, event: Event) -> list[set[str]]:
    """The names of the places where the clause (or noun phrase) of trigger ``k`` says it
    happened: a place after a locative preposition ("in Paris"), not one that qualifies a
    word ("amid US restructuring") nor one of its parties ("AirTran" read as a place)."""
    parties: set[str] = set()
    for r in (*event.actor, *event.recipient):
        parties |= _ref_words(r)
    groups: list[list[int]] = []
    for d in sorted(g.subtree(k)):
        if g.tok(d).ent_type not in PLACE_ENTS:
            continue
        if g.tok(d).ent_iob == "B" or not groups or groups[-1][-1] != d - 1:
            groups.append([])
        groups[-1].append(d)
    out: list[set[str]] = []
    for group in groups:
        top = next((d for d in group if g.head(d) not in group), group[-1])
        prep = g.head(top)
        if g.dep(top) != "pobj" or prep is None or g.lemma(prep) not in LOCATIVE:
            continue
        names = _name_words(" ".join(g.tok(d).text for d in group))
        if names and not names & parties:
            out.append(names)
    return out


def _places_clash(a: list[set[str]], b: list[set[str]]) -> bool:
    """Both clauses name a place and no place of one is a place of the other."""
    return bool(a) and bool(b) and not any(x & y for x in a for y in b)


# a headline's tense is clipped ("Airline to be compensated", "Firm allowed to bid"): told
# as done or as to come, it is the body's event either way; negated and hypothetical are not
HEADLINE_MODALITIES = frozenset({"asserted", "future"})


def _same_modality(a: Event, b: Event, head: bool) -> bool:
    if a.modality == b.modality:
        return True
    return head and {a.modality, b.modality} <= HEADLINE_MODALITIES


def _same_side(a: Event, b: Event) -> bool:
    """Both cooperation or both conflict: a headline's "receive loans" (AID) told in the
    body as AGREE is one event; told as a refusal (REJECT) it is not the same."""
    return quad(a.event).split("_")[-1] == quad(b.event).split("_")[-1]


def _clash(a: set[str], b: set[str]) -> bool:
    """Both name something and share nothing."""
    return bool(a) and bool(b) and not a & b


def _words(trig: Trigger) -> set[int]:
    return {*range(trig.start, trig.end), trig.token}


def _clause(trig: Trigger) -> int:
    """Where a trigger's dates and places hang: the light verb of "signed a deal"."""
    return trig.light if trig.light is not None else trig.token


def _dates(g: Graph, k: int) -> set[str]:
    """The dates of a clause, with those its verb shares with the verb it is conjoined to
    ("met X today and agreed …" is agreed today)."""
    out = dates_in(g, k)
    head = g.head(k)
    if g.dep(k) == "conj" and head is not None:
        for c in g.children(head, "npadvmod", "prep", "advmod", "tmod"):
            out |= dates_in(g, c)
    return out


def _anterior(g: Graph, trig: Trigger) -> bool:
    """ "had agreed", "had been agreed": the past perfect tells of an earlier happening
    than the one the report is about, not that one again."""
    if trig.nominal:
        return False
    aux = [g.tok(a) for a in g.children(trig.token, "aux", "auxpass")]
    return any(a.lemma == "have" and a.tag == "VBD" for a in aux)


def _repeats_word(g: Graph, first: Trigger, later: Trigger) -> bool:
    """The later trigger's head repeats a word of the first one, or derives from it
    ("bombed" / "the bombing", "agreed" / "the agreement")."""
    word = g.lemma(later.token)
    return any(same_word(g.lemma(i), word) for i in _words(first))


def _marked_new(g: Graph, trig: Trigger) -> bool:
    """ "attacked again", "another deal", "a new ban", "the 2005 deal"."""
    k = trig.token
    if any(g.tok(c).text.lower() in REPEATED | ANOTHER | HABITUAL for c in g.children(k)):
        return True
    return trig.nominal and set_apart(g, k)


def _parties_agree(a: Event, b: Event) -> bool:
    """No role names a party the other's same role does not; a retelling may swap sides
    ("the deal between A and B" after "A reached a deal with B") when every party it names
    is one of the first telling's."""
    if False not in (roles_agree(a.actor, b.actor), roles_agree(a.recipient, b.recipient)):
        return True
    mine, theirs = _parties((*b.actor, *b.recipient)), _parties((*a.actor, *a.recipient))
    return bool(mine) and all(any(same_party(x, y) for y in theirs) for x in mine)


def _bound(g: Graph, j: int, k: int, trig: Trigger, a: Event, b: Event) -> bool:
    """Something ties the later telling to the earlier beyond the word: a party they
    share, the headline, or a noun ("the deal"; bare, when it names no party). Two verbs
    naming parties of which none is shared are two acts; a verb naming none ("rules to
    allow …") is too little to go on."""
    if g.tok(j).sent in g.headlines or (trig.nominal and definite_noun(g, k)):
        return True
    if not _parties((*b.actor, *b.recipient)):  # "the ban was lifted": a noun, not a verb
        return trig.nominal
    return True in (
        roles_agree(a.actor, b.actor),
        roles_agree(a.recipient, b.recipient),
        roles_agree(a.actor, b.recipient),
        roles_agree(a.recipient, b.actor),
    )


def _may_retell(g: Graph, first: Trigger, later: int, trig: Trigger) -> bool:
    """A noun retells an earlier event when definite or possessed ("the deal", "its
    ban"), or, bare or indefinite, when that event is in the headline; never a singular
    for a plural or the other way round."""
    if not trig.nominal:
        return True
    plural = any(plural_noun(g, i) for i in _words(first))
    if plural_noun(g, later) != plural:  # "several deals … the deal" is not one
        return False
    return definite_noun(g, later) or g.tok(first.token).sent in g.headlines


def link_same_word(
    g: Graph, trigs: dict[int, Trigger], events: dict[int, Event], links: dict[int, int]
) -> tuple[dict[int, int], frozenset[int]]:
    """Mention → the closest earlier event (another sentence) it tells again with the
    same word: same type and modality, parties, dates and places that do not clash, and no
    word marking a new occurrence. A headline's event is folded into the body's, whose
    type wins when the two differ (a headline's few words type an event worse than its
    telling in full); those keys are returned too, for ``merge_mentions``."""
    out: dict[int, int] = {}
    retyped: set[int] = set()
    for k, event in sorted(events.items()):
        trig = trigs.get(k)
        if trig is None or k in links or _marked_new(g, trig) or _anterior(g, trig):
            continue
        for j in sorted((j for j in events if j < k and j in trigs), reverse=True):
            earlier, first = events[j], trigs[j]
            if _anterior(g, first):
                continue
            head = g.tok(j).sent in g.headlines and g.tok(k).sent not in g.headlines
            if (
                g.tok(j).sent != g.tok(k).sent
                and _same_modality(earlier, event, head)
                and (
                    earlier.event == event.event
                    or (head and j not in links | out and _same_side(earlier, event))
                )
                and _repeats_word(g, first, trig)
                and _may_retell(g, first, k, trig)
                and _parties_agree(earlier, event)
                and _parties_agree(events[follow_links({**links, **out}, j)], event)
                and _bound(g, j, k, trig, earlier, event)
                and not _clash(_dates(g, _clause(first)), _dates(g, _clause(trig)))
                and not _places_clash(
                    _places_in(g, _clause(first), earlier), _places_in(g, _clause(trig), event)
                )
                and follow_links({**links, **out}, j) != k
            ):
                if head and j not in links | out:  # the body's record is kept
                    out[j] = k
                    if earlier.event != event.event:
                        retyped.add(j)
                else:
                    out[k] = j
                break
    return out, frozenset(retyped)
