"""Feelings and guesses after "must" or "have to": "the minister must be relieved", "he
has to be wondering", "they must feel betrayed" say what the speaker supposes a party
feels or thinks (epistemic "must"), not what the speaker demands of it, so the "said Y
must / had to …" demand rules (triggers.py, conventions_conflict.py) skip them."""

from __future__ import annotations

from dateline.events.graph import Graph

# verbs of feeling, thinking and seeming: no act can be demanded by them
STATIVE_VERBS = frozenset(
    {"feel", "wonder", "think", "know", "believe", "wish", "hope", "realise", "realize",
     "suspect", "imagine", "regret", "love", "hate", "like", "enjoy", "seem", "appear",
     "sense", "doubt", "suppose", "guess", "relish", "welcome"}
)  # fmt: skip
# what a copula says of how a party feels or what it believes
FEELINGS = frozenset(
    {"pleased", "happy", "glad", "relieved", "delighted", "disappointed", "worried",
     "concerned", "surprised", "proud", "sad", "upset", "angry", "satisfied", "thrilled",
     "frustrated", "nervous", "anxious", "aware", "sure", "certain", "confident", "content",
     "grateful", "thankful", "annoyed", "embarrassed", "furious", "unhappy", "elated",
     "encouraged", "heartened", "dismayed", "alarmed", "wondering", "tired", "exhausted"}
)  # fmt: skip


def stative(g: Graph, v: int) -> bool:
    """The verb under "must"/"have to" states a feeling or a belief, not an act."""
    if g.lemma(v) in STATIVE_VERBS:
        return True
    if g.lemma(v) != "be":
        return False
    said = g.children(v, "acomp", "attr")
    return any(g.tok(k).text.lower() in FEELINGS for k in said)
