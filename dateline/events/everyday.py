"""Event words in the senses general news (local crime, courts, traffic, profiles) uses
them, found by auditing political and conflict news no rule was written on
(benchmarks/audit_events.py --corpus politics):

- a road death: "was killed when his car left the road", "injured in the crash" (no
  doer, a crash or accident in the sentence and no weapon or attack);
- a person's aides ("the minister and his aides"), which the lemmatiser reads as "aid";
- naming, not phoning: "called the ruling a farce", "calling it a diversion";
- an acquittal: "found him not guilty" is no conviction.

And two role repairs: a weapon is no doer ("a car bomb exploded": the bombers are not
named), and the possessor of a noun of what is done to a person is its victim ("her
abduction", "the couple's murders").
"""

from __future__ import annotations

from itertools import pairwise

from dateline.events.graph import Graph
from dateline.events.roles import RawRoles, clause_subject
from dateline.events.triggers import Trigger

CRASHES = frozenset({"crash", "accident", "collision", "derailment", "pileup", "wreck"})
# any of these in the sentence leaves a death in a crash an attack ("shot down")
VIOLENCE = frozenset(
    {"attack", "bomb", "shoot", "shot", "gunman", "gunfire", "fire", "missile", "rocket",
     "shell", "strike", "explosion", "blast", "ambush", "militant", "rebel", "sniper",
     "grenade", "mine", "sabotage", "hijack", "hijacker", "ram"}
)  # fmt: skip
WEAPONS = frozenset(
    {"bomb", "explosive", "device", "mine", "landmine", "missile", "rocket", "shell",
     "grenade", "mortar", "bullet", "ied", "blast", "explosion", "shrapnel", "booby-trap"}
)  # fmt: skip
# nouns of what is done to a person: their possessor is the victim, not the doer
DONE_TO = frozenset(
    {"assassination", "abduction", "kidnapping", "kidnap", "arrest", "detention",
     "execution", "disappearance", "beheading", "lynching", "murder", "rape"}
)  # fmt: skip
NAMING = frozenset({"oprd", "xcomp", "acomp"})
GROUPS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def _sentence_lemmas(g: Graph, k: int) -> set[str]:
    s = g.tok(k).sent
    return {g.lemma(t.i) for t in g.doc.tokens if t.sent == s}


def road_death(g: Graph, k: int, trig: Trigger) -> bool:
    """ "was killed when his car crashed": a death or injury with no doer in a sentence
    about a crash or accident, and no word of an attack."""
    if trig.entry.event != "ASSAULT" or trig.nominal:
        return False
    if clause_subject(g, k) and not g.is_passive(k):
        return False
    if g.prep_objects(k, "by"):
        return False
    lemmas = _sentence_lemmas(g, k)
    return bool(lemmas & CRASHES) and not lemmas & VIOLENCE


def aides(g: Graph, k: int, trig: Trigger) -> bool:
    """ "his aides": people, not aid."""
    return trig.entry.event == "AID" and g.tok(k).text.lower() in {"aide", "aides"}


def naming(g: Graph, k: int, trig: Trigger) -> bool:
    """ "called the order tyranny", "calling it a diversion": a name given, no call."""
    if trig.entry.event != "CONSULT" or trig.nominal or g.lemma(k) != "call":
        return False
    return bool(g.children(k, *NAMING)) or any(
        g.children(o, *NAMING) for o in g.children(k, "dobj")
    )


def acquittal(g: Graph, k: int, trig: Trigger) -> bool:
    """ "found him not guilty", "found innocent": the court cleared them."""
    if trig.entry.event != "SANCTION" or g.lemma(k) != "find":
        return False
    after = [g.tok(i).text.lower() for i in range(k + 1, min(k + 8, len(g.doc.tokens)))]
    if "innocent" in after:
        return True
    return any(w == "not" and nxt == "guilty" for w, nxt in pairwise(after))


def drop_everyday(g: Graph, found: dict[int, Trigger]) -> None:
    """Remove the triggers in a sense that is no political event, in place."""
    for k, trig in list(found.items()):
        if road_death(g, k, trig) or aides(g, k, trig) or naming(g, k, trig) or acquittal(
            g, k, trig
        ):
            del found[k]


def mend_roles(g: Graph, trig: Trigger, raw: RawRoles) -> RawRoles:
    """Drop weapons from the doers; make a victim-noun's possessor its recipient."""
    raw.actors = [a for a in raw.actors if g.lemma(a) not in WEAPONS]
    k = trig.token
    if trig.nominal and g.lemma(k) in DONE_TO and not g.prep_objects(k, "of", "by"):
        owners = [a for a in raw.actors
                  if a in g.children(k, "poss") and g.tok(a).ent_type not in GROUPS]  # fmt: skip
        raw.actors = [a for a in raw.actors if a not in owners]
        raw.recipients = owners + [r for r in raw.recipients if r not in owners]
    return raw
