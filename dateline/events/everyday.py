"""Event words in the senses general news (local crime, courts, traffic, profiles) uses
them, found by auditing political and conflict news no rule was written on
(benchmarks/audit_events.py --corpus politics):

- a road death: "was killed when his car left the road", "injured in the crash" (no
  doer, a crash or accident in the sentence and no weapon or attack);
- a person's aides ("the minister and his aides"), which the lemmatiser reads as "aid";
- naming, not phoning: "called the ruling a farce", "calling it a diversion";
- an acquittal: "found him not guilty" is no conviction;
- a thing, not a party, that helps, allows or contains: "the grant will help the town",
  "the new law allows farmers to sell" (the act is the lawmaker's or the donor's, named
  elsewhere), "pills containing fentanyl";
- the law's scale, not a sentence passed: "each count carries a fine of a million";
- ending one's own visit, which breaks off nothing ("ending a three-day visit");
- the wounded, the injured and the dead as people ("carried the wounded to the clinic");
- a child's custody ("fighting for custody of the boy"): no detention;
- "Granted, …" opening a sentence concedes a point in an argument; "the accused" is a
  defendant, not an accusation;
- an accidental blast: "an explosion caused by a gas leak".

And two retypes: a striking army ("began to strike despite the cease-fire", "ordered the
strikes on the camps") attacks rather than stops work, and an attack on a person with a
bar or a knife is physical, not verbal.

And two role repairs: a weapon is no doer ("a car bomb exploded": the bombers are not
named), and the possessor of a noun of what is done to a person is its victim ("her
abduction", "the couple's murders").
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.plain_senses import drop_plain
from dateline.events.roles import RawRoles, actor_like, clause_subject
from dateline.events.triggers import Trigger

CRASHES = frozenset({"crash", "accident", "collision", "derailment", "pileup", "wreck"})
# what blows up by accident: an explosion in a sentence naming one of these and no attack
MISHAPS = CRASHES | {"leak", "short-circuit", "malfunction", "faulty"}
BLASTS = frozenset({"explosion", "blast", "fire"})
# any of these in the sentence leaves a death in a crash an attack ("shot down")
VIOLENCE = frozenset(
    {"attack", "bomb", "shoot", "shot", "gunman", "gunfire", "missile", "rocket",
     "shell", "strike", "ambush", "militant", "rebel", "sniper",
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
# verbs whose doer must be a party: a law, a grant or an aim does not help or allow, and
# a box or a drug does not contain anyone
GIVING = frozenset({"AID", "CONCEDE"})
ENABLERS = {"help": GIVING, "allow": GIVING, "permit": GIVING, "enable": GIVING,
            "rescue": GIVING, "contain": frozenset({"COERCE"})}  # fmt: skip
# words of war that make a "strike" military, and of work that keep it a walkout
WAR = frozenset(
    {"cease-fire", "ceasefire", "truce", "shell", "shelling", "airstrike", "missile", "bomb",
     "bombing", "raid", "troops", "army", "military", "militia", "militant", "rebel",
     "terrorist", "jet", "warplane", "artillery", "offensive", "airport"}
)  # fmt: skip
WORK = frozenset(
    {"worker", "union", "employee", "staff", "teacher", "doctor", "nurse", "driver", "pay",
     "wage", "salary", "crew", "walkout", "picket", "pension", "employer", "labour", "labor"}
)  # fmt: skip
# what a physical attack on a person is made with
IMPLEMENTS = frozenset(
    {"bar", "knife", "machete", "stick", "bat", "hammer", "axe", "club", "pipe", "bottle",
     "rock", "stone", "brick", "acid", "gun", "rifle", "pistol", "sword", "blade", "crowbar",
     "baton", "weapon", "firearm", "grenade", "bomb", "spade", "shovel", "chair"}
)  # fmt: skip
GROUPS = frozenset({"ORG", "GPE", "NORP", "FAC"})


def _sentence_lemmas(g: Graph, k: int) -> set[str]:
    s = g.tok(k).sent
    return {g.lemma(t.i) for t in g.doc.tokens if t.sent == s}


def road_death(g: Graph, k: int, trig: Trigger) -> bool:
    """ "was killed when his car crashed": a death or injury with no doer in a sentence
    about a crash or accident, and no word of an attack; "an explosion caused by a gas
    leak": a blast with no doer in a sentence naming a mishap."""
    if trig.entry.event != "ASSAULT":
        return False
    if trig.nominal:
        if g.lemma(k) not in BLASTS or g.children(k, "poss", "compound"):
            return False
        lemmas = _sentence_lemmas(g, k) - {g.lemma(k)}
        return bool(lemmas & MISHAPS) and not lemmas & VIOLENCE
    doers = [] if g.is_passive(k) else clause_subject(g, k)
    if any(g.lemma(d) not in BLASTS | CRASHES for d in doers) or g.prep_objects(k, "by"):
        return False  # a doer, unless the blast or the crash itself ("a blast injured")
    lemmas = _sentence_lemmas(g, k)
    return bool(lemmas & MISHAPS) and not lemmas & VIOLENCE


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


def thing_enables(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "the new law allows farmers to sell", "the grant will help the town", "pills
    containing fentanyl": the doer of a verb of helping, allowing or holding is a thing,
    not a party (pronouns may stand for one)."""
    if trig.nominal or trig.entry.event not in ENABLERS.get(g.lemma(k), ()):
        return False
    if g.is_passive(k):
        return False
    doers = clause_subject(g, k)
    return bool(doers) and not any(
        actor_like(g, idx, d) or g.tok(d).pos == "PRON" for d in doers
    )


def aside(g: Graph, k: int, trig: Trigger) -> bool:
    """ "Granted, he should never have been arrested": a concessive aside opening the
    sentence; "The accused, named as …": the defendant, a noun with its determiner."""
    t = g.tok(k)
    toks = g.doc.tokens
    if t.text == "Granted" and k + 1 < len(toks) and toks[k + 1].text == ",":
        return k == 0 or toks[k - 1].sent != t.sent or toks[k - 1].pos == "PUNCT"
    if trig.entry.event != "ACCUSE" or t.text.lower() != "accused" or trig.end - trig.start > 1:
        return False
    return bool(g.children(k, "det")) and not g.obj(k) and not g.prep_objects(k, "of")


VISITS = frozenset({"visit", "trip", "tour", "stay", "holiday", "vacation"})


def law_or_trip(g: Graph, k: int, trig: Trigger) -> bool:
    """ "each count carries a fine of a million"; "ending a three-day visit"."""
    if trig.nominal and trig.entry.event == "SANCTION" and trig.light is not None:
        return g.lemma(trig.light) == "carry"
    if trig.nominal or g.lemma(k) != "end":
        return False
    return any(g.lemma(o) in VISITS for o in g.children(k, "dobj"))


CASUALTIES = frozenset({"wounded", "injured", "dead", "killed", "maimed"})
CHILDREN = frozenset(
    {"child", "boy", "girl", "son", "daughter", "baby", "kid", "infant", "children"}
)  # fmt: skip

def people_not_acts(g: Graph, k: int, trig: Trigger) -> bool:
    """ "the wounded", "custody of the boy", "fighting for custody": people hurt, and a
    family's claim to a child, not acts of force or detention."""
    t = g.tok(k)
    ev = trig.entry.event
    if ev == "ASSAULT" and t.text.lower() in CASUALTIES and g.children(k, "det"):
        return not g.obj(k) and not clause_subject(g, k)
    if ev == "COERCE" and g.lemma(k) == "custody":
        whose = g.prep_objects(k, "of") + g.children(k, "poss")
        return any(g.lemma(w) in CHILDREN for w in whose) or (g.dep(k) == "pobj" and any(
            g.lemma(h) in {"fight", "battle", "seek", "win", "lose"} for h in g.ancestors(k)
        ))
    return False


def drop_everyday(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Remove the triggers in a sense that is no political event and retype the two
    senses above, in place."""
    for k, trig in list(found.items()):
        if (
            road_death(g, k, trig)
            or aides(g, k, trig)
            or naming(g, k, trig)
            or acquittal(g, k, trig)
            or thing_enables(g, idx, k, trig)
            or aside(g, k, trig)
            or law_or_trip(g, k, trig)
            or people_not_acts(g, k, trig)
        ):
            del found[k]
        elif military_strike(g, k, trig) or armed_attack(g, k, trig):
            found[k] = replace(trig, entry=replace(trig.entry, event="ASSAULT", mode=None))
    drop_plain(g, idx, found)  # the second audit round's senses (plain_senses.py)


def military_strike(g: Graph, k: int, trig: Trigger) -> bool:
    """ "began to strike despite the cease-fire": a strike in a sentence of war and not
    of work is an attack."""
    if trig.entry.event != "PROTEST" or g.lemma(k) != "strike":
        return False
    lemmas = _sentence_lemmas(g, k)
    return bool(lemmas & WAR) and not lemmas & WORK


def armed_attack(g: Graph, k: int, trig: Trigger) -> bool:
    """ "attacked him with an iron bar": made with a weapon, the attack is physical."""
    if trig.entry.event != "ACCUSE" or g.lemma(k) != "attack" or trig.nominal:
        return False
    return any(g.lemma(w) in IMPLEMENTS for w in g.prep_objects(k, "with"))


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
