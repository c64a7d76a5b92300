"""Stated intents with no coded act inside ("remains committed to reforming the tax system",
"open to a negotiated settlement"): an offer, AGREE."""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.lexicon import Entry
from dateline.events.triggers import Trigger

# "remains committed to reforming the tax system": a stated intent with no coded act inside
INTENT_ADJ = frozenset(
    {"committed", "willing", "ready", "prepared", "determined", "keen", "open", "amenable",
     "receptive"}
)
# what one can be "open to" as an offer ("open to a negotiated settlement"), not a road
OPEN_TO = frozenset(
    {"talk", "negotiation", "dialogue", "settlement", "compromise", "proposal", "idea",
     "offer", "mediation", "discussion", "suggestion", "solution", "deal", "meeting"}
)  # fmt: skip
INTENT = Entry("v", ("commit",), 0, "AGREE", None, (), frozenset({"embed_future"}))


def intent_without_act(g: Graph, i: int, found: dict[int, Trigger]) -> bool:
    t = g.tok(i)
    if t.text.lower() not in INTENT_ADJ or t.pos not in {"ADJ", "VERB"} or t.dep == "amod":
        return False
    if t.text.lower() == "open":
        return any(g.lemma(o) in OPEN_TO for o in g.prep_objects(i, "to"))
    comps = [
        c for c in g.children(i, "xcomp", "prep")
        if g.tok(c).pos == "VERB" or g.lemma(c) == "to"
    ]  # fmt: skip
    return bool(comps) and not any(k in found for c in comps for k in g.subtree(c))
