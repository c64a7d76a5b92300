"""Decisions for the cooperative and verbal types that look past the trigger word
(session 5, from wordings of wire copy the earlier rules missed): joint exercises named
other than "joint", directives given with other verbs, "want X removed", a likelihood
that is no promise. A question ("asked whether …") is in nonevents.py."""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.lexicon import Entry
from dateline.events.mentions import MentionIndex
from dateline.events.roles import actor_like
from dateline.events.triggers import Trigger

# "combined drills", "bilateral manoeuvres": exercises of more than one party (COOPERATE)
JOINT_MODS = frozenset(
    {"joint", "combined", "bilateral", "trilateral", "multinational", "allied"}
)  # fmt: skip
# "nudged Cairo to float the pound": verbs that ask someone to act when they take an
# object and a to-infinitive (see rules.directive)
MORE_DIRECTIVES = frozenset(
    {"nudge", "push", "goad", "spur", "cajole", "coax", "persuade"}
)  # fmt: skip
# verbs that stop an act named by a gerund: "stopped shooting", "halted shelling"
HALTING = frozenset({"stop", "halt", "cease", "suspend", "end", "quit"})
_WANT = Entry("v", ("want",), 0, "REQUEST", None, (), frozenset({"embed_hypothetical"}))


def joint(g: Graph, k: int, event: str) -> bool:
    """ "joint manoeuvres", "combined drills", "American and Filipino marines held drills",
    "held war games together": cooperation, not a show of force. Only the adjective counts
    for an attack: "American and British forces struck 60 targets" is an attack by both."""
    if any(g.lemma(a) in JOINT_MODS for a in g.children(k, "amod", "compound")):
        return True
    h = g.head(k)
    if event != "MOBILIZE" or h is None or g.dep(k) not in {"dobj", "obj"}:
        return False
    if any(g.lemma(a) == "together" for a in g.children(h, "advmod")):
        return True
    s = g.subject(h)
    # two nationalities on one subject: "Turkish and Azerbaijani troops"
    return s is not None and any(
        g.children(a, "conj") for a in g.children(s, "amod") if g.tok(a).pos == "ADJ"
    )


def wanted_done(g: Graph, idx: MentionIndex, i: int, found: dict[int, Trigger]) -> Entry | None:
    """ "want the minister sacked", "wants the sanctions lifted": a demand that someone
    be acted on (the parser reads it as a clause with a participle and no auxiliary)."""
    if g.lemma(i) != "want" or g.tok(i).pos != "VERB":
        return None
    for x in g.children(i, "ccomp", "xcomp"):
        who = g.subject(x)
        bare = not g.children(x, "aux", "auxpass", "mark")
        if who is None or not bare or g.tok(x).tag not in {"VBN", "VBD"}:
            continue
        if x in found or actor_like(g, idx, who) or who in found:
            return _WANT
    return None


def likelihood(g: Graph, idx: MentionIndex, k: int) -> bool:
    """ "The final promised to be a thrilling contest": a likelihood, not a promise (the
    complement is a copula and the subject no party)."""
    if g.lemma(k) != "promise" or g.tok(k).pos != "VERB":
        return False
    s = g.subject(k)
    copula = any(g.lemma(x) == "be" for x in g.children(k, "xcomp"))
    return copula and s is not None and not actor_like(g, idx, s)
