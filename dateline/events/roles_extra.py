"""More role patterns from the parse, called from ``roles.py`` (kept apart for its size).

Verbs: a dative object receives ("gave Vietnam a loan"); a trailing reporting clause the
parser hung on an appositive ("X is failing …, a rights group protested") has the group
as actor and the main clause's subject as target; a year read as a subject ("since 1984
accused") is no doer; the doer's own things ("its ambassador", "the last of its troops")
are never the party named after the verb, the place they leave is.
Nouns: a withdrawal is "from" the place it leaves (not by it); an agent's misattached
target ("protests by students against X"); the subject of a demand's or threat's content
("Ethiopia's demand that Eritrea withdraw", else a party named in it: "the threat to cut
water to Syria"); the party a visit or deployment goes "to".
"""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.triggers import Trigger

NAMED_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
OWN_WORDS = frozenset({"its", "their", "his", "her", "our"})
YEAR_ENTS = frozenset({"DATE", "TIME"})
# verbal conflict whose target is what its content is about
CONTENT_TARGET = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
# … and a ministry's or group's "protest", retyped ACCUSE later (retype.py)
REPORTED = CONTENT_TARGET | {"PROTEST"}
THREAT_NOUNS = frozenset({"threat", "warning", "ultimatum", "allegation", "accusation", "charge"})
# nouns whose "to" object is where the act goes: a visit, a deployment, aid
GOES_TO = frozenset({"CONSULT", "MOBILIZE", "AID", "COOPERATE"})


def _named(g: Graph, idx: MentionIndex, k: int) -> bool:
    return idx.index_at(k) is not None or g.tok(k).ent_type in NAMED_ENTS


def _named_phrase(g: Graph, idx: MentionIndex, k: int) -> bool:
    """Named, or modified by a name ("Algerian government forces")."""
    return _named(g, idx, k) or any(
        _named(g, idx, m) for m in g.children(k, "compound", "amod", "poss")
    )


def no_doer(g: Graph, s: int) -> bool:
    """A year or date the parser made a subject ("since 1984 accused …")."""
    t = g.tok(s)
    return t.pos == "NUM" and t.ent_type in YEAR_ENTS


def dative_parties(g: Graph, i: int) -> list[int]:
    """ "gave Vietnam a loan", "offered Tajikistan talks": the noun dative receives."""
    return [d for d in g.children(i, "dative") if g.tok(d).pos in {"PROPN", "NOUN", "PRON"}]


def given_to(g: Graph, idx: MentionIndex, i: int, event: str) -> list[int]:
    """Who the act is for, before its object: a dative ("gave Vietnam a loan"); the party
    something is handed back to ("handed back Hong Kong to China"); for a demand, who
    holds what is demanded ("called for the release of prisoners held by Tunisia")."""
    if dative := dative_parties(g, i):
        return dative
    if event == "RETREAT":
        return [k for k in g.prep_objects(i, "to") if _named(g, idx, k)][:1]
    if event == "REQUEST":
        return held_by(g, idx, i)
    return []


def held_by(g: Graph, idx: MentionIndex, i: int) -> list[int]:
    """ "wants back the farms confiscated by X": X holds what is demanded."""
    for o in [*g.children(i, "dobj"), *g.prep_objects(i, "for")]:
        things = g.prep_objects(o, "of")  # "prisoners (of war) held by X"
        for thing in things + [k for t in things for k in g.prep_objects(t, "of")]:
            for v in g.children(thing, "acl"):
                agents = [k for k in g.prep_objects(v, "by") if _named_phrase(g, idx, k)]
                if g.tok(v).tag == "VBN" and agents:
                    return agents[:1]
    return []


def venue(g: Graph, heads: list[int]) -> bool:
    """The party found is only where the act happened ("in Jakarta")."""
    p = g.head(heads[0]) if heads else None
    return p is not None and g.lemma(p) in {"in", "into"}


def owned_phrase(g: Graph, k: int, doers: list[int]) -> bool:
    """``k`` heads (or modifies) a phrase the doer owns ("its ambassador", "its remaining
    forces"), or sits in a partitive of one ("the last of its troops"); not another party
    ("his counterpart") nor someone else's ("the government did not free their leaders")."""
    head = k
    while g.dep(head) in {"compound", "amod", "flat", "nmod"} and (h := g.head(head)) is not None:
        head = h
    if g.lemma(head) in RELATIONAL:
        return False
    owners = {g.tok(p).text.lower() for p in g.children(head, "poss")} & OWN_WORDS
    return bool(owners) and all(_agrees(g, w, doers) for w in owners)


# nouns that name another party through its relation to the owner
RELATIONAL = frozenset(
    {"counterpart", "rival", "opponent", "enemy", "foe", "neighbour", "neighbor", "host",
     "guest", "visitor", "ally", "partner", "critic", "captor", "kidnapper", "successor",
     "predecessor"}
)  # fmt: skip


def _agrees(g: Graph, pronoun: str, doers: list[int]) -> bool:
    """ "its" points back to a singular doer, "their" to a plural one (or a list)."""
    if not doers or pronoun not in {"its", "their"}:
        return True
    plural = len(doers) > 1 or any(g.tok(d).tag in {"NNS", "NNPS"} for d in doers)
    named = all(g.tok(d).ent_type in {"GPE", "ORG"} for d in doers)  # "Britain … their"
    return plural or named if pronoun == "their" else not plural


def trailing_report(g: Graph, i: int) -> tuple[list[int], list[int]] | None:
    """ "Croatia is failing its refugees, a rights group protested": the parser hangs the
    reporting verb on an appositive; the appositive's noun speaks, about the subject of
    the sentence's main clause."""
    h = g.head(i)
    top = i
    for a in g.ancestors(i):
        top = a
    s = g.subject(top)
    if _closing_report(g, i, top):  # "…, a watchdog group protested": its own subject
        speaker = g.subject(i)
        return ([speaker] if speaker is not None else []), ([s] if s is not None else [])
    if g.dep(i) != "acl" or h is None or g.dep(h) != "appos" or g.tok(i).tag == "VBG":
        return None
    if g.children(i, "agent") or top > h:  # "X, a dissident jailed by Y, …": a real one
        return None
    return [h], ([s] if s is not None and s != h else [])


def _closing_report(g: Graph, i: int, top: int) -> bool:
    """A subordinate-parsed verb with its own subject and nothing said, closing the
    sentence after a comma: the main clause is what it reports."""
    if g.dep(i) not in {"acl", "pcomp", "parataxis"} or g.subject(i) is None or top == i:
        return False
    if g.obj(i) is not None or g.children(i, "ccomp", "xcomp"):
        return False
    words = [k for k in g.subtree(i) if g.tok(k).text != ","]
    first = words[0] if words else i
    return first > top and first > 0 and g.tok(first - 1).text == ","


def noun_extra(
    g: Graph, idx: MentionIndex, trig: Trigger, actors: list[int], recipients: list[int]
) -> None:
    """More actors and recipients of a noun trigger (lists changed in place)."""
    i, entry = trig.token, trig.entry
    if entry.event == "RETREAT":  # "the withdrawal of Syrian troops from Lebanon"
        left = g.prep_objects(i, "from")
        actors[:] = [a for a in actors if a not in left]
        recipients += [k for k in left if _named(g, idx, k)]
    if trig.light is not None:  # "gave Vietnam a loan"
        recipients += dative_parties(g, trig.light)
    for k in g.prep_objects(i, "by"):  # "protests by students against X": X
        recipients += g.prep_objects(k, "against")
    if recipients or "recip" in entry.flags:
        return
    if entry.event in CONTENT_TARGET:
        recipients += _content_target(g, idx, i, actors)
    elif entry.event in GOES_TO:  # "Jiang's visit to the United States"
        recipients += [k for k in g.prep_objects(i, "to", "into") if _named(g, idx, k)][:1]


def _content_target(g: Graph, idx: MentionIndex, i: int, actors: list[int]) -> list[int]:
    """The demand's or threat's content: its subject, else the first named party in it."""
    taken = {k for a in actors for k in g.subtree(a)}
    for c in g.children(i, "acl", "ccomp"):
        s = g.subject(c)
        if s is not None and s not in taken and _named(g, idx, s):
            return [s]
        if g.lemma(i) not in THREAT_NOUNS:  # "a request to use its bases for strikes on
            continue  # Iraq": the asked, not a party the request is about
        for k in g.subtree(c):
            if k > c and k not in taken and _named(g, idx, k) and g.tok(k).pos == "PROPN":
                while g.dep(k) in {"compound", "flat"} and (h := g.head(k)) is not None:
                    k = h
                return [k]
    return []


# passive verbs whose subject does the act they control ("is scheduled to meet"), unlike
# instruments ("the grants are used to pay for …")
PASSIVE_CONTROL = frozenset(
    {"schedule", "expect", "set", "slate", "plan", "suppose", "due", "poise", "ask", "order",
     "urge", "force", "invite", "allow", "permit", "require", "oblige", "obligate", "compel",
     "authorize", "authorise", "instruct", "tell", "encourage", "advise", "press", "pressure",
     "persuade", "call", "mandate", "elect", "appoint", "choose", "select", "believe", "say",
     "report", "think", "know", "understand", "allege", "rumour", "rumor", "prepare",
     "determine", "empower", "task", "commission", "assign", "direct"}
)  # fmt: skip


def passive_doer(g: Graph, h: int) -> list[int]:
    """ "The minister is scheduled to meet X", "the envoy was asked to mediate": whoever
    the passive verb is about does the act it controls (not its "by" agent)."""
    if g.lemma(h) not in PASSIVE_CONTROL:
        return []
    s = g.passive_subject(h) if g.is_passive(h) else None
    return [s] if s is not None else []
