"""Coding conventions of the cooperative side (CAMEO 03x-08x as the PLOVER gold codes
them) that look past the trigger word: what is offered and what is done (forgiving keeps
SUPPORT when offered; troops offered to a partner are AGREE, sent to guard a people AID),
who is let in (foreign staff: access; refugees: refuge), what is handed over (a suspect:
judicial cooperation), what compensation pays for (property: its return), what a law
does (its passer's act), and who is ordered where (one's own forces back: a withdrawal).

Found by a CAMEO-manual-style probe (tests/_events_probe_gsr_coop.py); each rule names
the CAMEO codes it follows. Hooked first in ``retype.retype``."""

from __future__ import annotations

from dateline.events.context import Context
from dateline.events.rules import COMMANDING, OWN_FORCES
from dateline.events.triggers import Trigger

# CAMEO's 03x codes (express intent) cover cooperation, aid, reform, yielding, meeting,
# settling and mediation, but not forgiving or apologising: "ready to forgive" is still
# 056 (the gold codes it SUPPORT), where "ready to recognise" is 032 (AGREE)
NO_INTENT_CODE = frozenset({"forgive", "apologise", "apologize", "regret", "forgiveness"})

# purposes that make a deployment help for someone ("to help the king hold the capital",
# "to escort Kuwaiti tankers")
HELPING = frozenset({"help", "assist", "support", "reinforce", "bolster", "back", "aid"})
GUARDING = frozenset({"defend", "protect", "guard", "shield", "escort"})
# what is guarded for others, when no party is named on it
GUARDED = frozenset(
    {"civilian", "refugee", "convoy", "tanker", "shipping", "population", "minority", "aid",
     "relief", "worker", "camp", "enclave", "evacuee", "column"}
)  # fmt: skip
# what compensation pays for when it returns property (CAMEO 0842), not reparations for harm
PROPERTY = frozenset(
    {"property", "asset", "land", "farm", "house", "home", "estate", "building", "business",
     "holding", "possession", "belonging", "plantation", "factory", "enterprise", "shop",
     "deposit", "saving", "farmland"}
)  # fmt: skip
TAKEN = frozenset({"seize", "confiscate", "nationalise", "nationalize", "expropriate", "lose"})
# texts through which a legislature or government acts ("approved a decree ending …")
LAWS = frozenset(
    {"law", "bill", "decree", "amendment", "act", "legislation", "ordinance", "measure",
     "resolution"}
)  # fmt: skip
# people let in who seek refuge: asylum (CAMEO 075, AID), unless they are let back home
REFUGEES = frozenset(
    {"refugee", "seeker", "evacuee", "exile", "defector", "dissident", "displaced", "émigré"}
)
# where forces ordered back go: their own bases (CAMEO 087, de-escalation)
BASES = frozenset({"barrack", "barracks", "base", "camp", "garrison", "position"})
# objections that, withheld for the future, consent ("would not object to the deployment")
OBJECTING = frozenset({"object", "oppose", "resist"})
# people handed over to be tried: an extradition in all but name (judicial cooperation)
SUSPECTS = frozenset(
    {"suspect", "fugitive", "accused", "defendant", "bomber", "hijacker", "kidnapper",
     "killer", "murderer", "assassin", "criminal", "trafficker", "smuggler", "terrorist"}
)  # fmt: skip

# who is let in to work: foreign or international staff (CAMEO 086x, RETREAT access)
OUTSIDERS = frozenset(
    {"inspector", "monitor", "observer", "peacekeeper", "journalist", "convoy", "helmet"}
)
STAFF = frozenset({"worker", "agency", "team", "mission", "expert", "investigator", "official"})
OUTSIDE_MODS = frozenset(
    {"aid", "relief", "humanitarian", "u.n.", "un", "international", "foreign", "iaea",
     "weapons", "nuclear", "atomic", "red", "western", "european", "rights"}
)  # fmt: skip

UNDONE = frozenset({"negated", "hypothetical"})
INTENDED = frozenset({"future", "intent"})


def retyped(c: Context, trig: Trigger, found: set[str]) -> tuple[str, str | None, set[str]] | None:
    """The (type, mode override, marks) a cooperative convention gives, or None."""
    t = trig.entry.event
    offered = bool(found & INTENDED) and not found & UNDONE
    if t == "SUPPORT" and offered and c.g.lemma(trig.token) in NO_INTENT_CODE:
        return "SUPPORT", None, found  # "said they stood ready to forgive …" (CAMEO 056)
    if t == "MOBILIZE" and offered and _for_a_partner(c, trig):
        return "AGREE", None, found  # "ready to station troops alongside …" (CAMEO 0312)
    done = not found & (UNDONE | INTENDED)
    if t == "MOBILIZE" and done and _guards_others(c, trig):
        return "AID", None, found  # "sent warships to escort Kuwaiti tankers" (CAMEO 074)
    if t == "RETREAT" and done and _hands_over_for_trial(c, trig):
        return "COOPERATE", None, found  # "handed the suspect over to U.S. agents" (063)
    if t == "AID" and done and _pays_for_property(c, trig):
        return "RETREAT", None, found  # "compensated settlers for farms seized" (0842)
    if t == "SUPPORT" and (inner := _law_content(c, trig)) is not None:
        return inner.entry.event, inner.entry.mode, found  # "approved a decree ending …"
    if t in {"CONCEDE", "RETREAT"} and done and _lets_refugees_stay(c, trig):
        return "AID", None, found  # "allowed 300 refugees to stay" (CAMEO 075)
    if t == "RETREAT" and done and "recip" in trig.entry.flags:
        return t, None, found  # "two armies swapped captives": an exchange, not a rescue
    if t == "MOBILIZE" and _jointly(c, trig):  # "jointly patrolled the river" (062)
        return ("AGREE" if offered else "COOPERATE"), None, found
    if t == "MOBILIZE" and done and _moved_out(c, trig):
        return "RETREAT", "withdraw", found  # "moving their heavy weapons out of" (087)
    if t == "REJECT" and _withheld_objection(c, trig, found):
        return "AGREE", None, found - {"negated"}  # "would not object to" (0355, 0861)
    if t == "REQUEST" and _orders_forces_back(c, trig):
        return "RETREAT", "withdraw", found  # "ordered his troops back to barracks" (087)
    if t == "CONCEDE" and done and _lets_outsiders_work(c, trig):
        return "RETREAT", "access", found  # "allowed U.N. inspectors to resume work" (0862)
    return None


def _for_a_partner(c: Context, trig: Trigger) -> bool:
    """A deployment beside someone's forces or to help or defend someone."""
    g = c.g
    k = trig.light if trig.light is not None else trig.token
    o = trig.obj if trig.obj is not None else g.obj(k)
    beside = g.children(k, "prep") + ([] if o is None else g.children(o, "prep"))
    if any(g.lemma(p) == "alongside" for p in beside):  # on the verb or its object
        return True
    return any(g.lemma(x) in HELPING for x in _purposes(c, k)) or _guards_others(c, trig)


def _purposes(c: Context, k: int) -> list[int]:
    """The verbs of the "to …" clauses on ``k`` (an advcl when read as a purpose)."""
    g = c.g
    return [
        x for x in g.children(k, "xcomp", "advcl")
        if "to" in {g.lemma(a) for a in g.children(x, "aux")}
    ]  # fmt: skip


def _guards_others(c: Context, trig: Trigger) -> bool:
    """Forces sent to guard or help a named party or a people ("to escort Kuwaiti
    tankers", "to protect the refugees"), not "to defend its borders"."""
    g = c.g
    k = trig.light if trig.light is not None else trig.token
    for x in _purposes(c, k):
        if g.lemma(x) not in GUARDING | HELPING:
            continue
        o = g.obj(x)
        if o is None:
            continue
        named = [o, *g.children(o, "amod", "compound", "poss")]
        if any(g.tok(m).ent_type in {"GPE", "NORP", "ORG"} for m in named):
            return True
        if g.lemma(o) in GUARDED:
            return True
    return False


def _hands_over_for_trial(c: Context, trig: Trigger) -> bool:
    """A suspect handed or turned over to another party, or anyone handed over to stand
    or face trial: the 2021 manual's judicial cooperation (extradition), not a release."""
    g = c.g
    if trig.nominal or g.lemma(trig.token) not in {"hand", "turn"}:
        return False
    o = trig.obj if trig.obj is not None else g.obj(trig.token)
    if o is not None and g.lemma(g.descend_partitive(o)) in SUSPECTS:
        return True
    return any(g.lemma(x) in {"trial", "charge"} for x in g.subtree(trig.token))


def _lets_outsiders_work(c: Context, trig: Trigger) -> bool:
    """ "allowed U.N. inspectors to resume their work": the clause's subject is foreign or
    international staff (the complement parsed as a clause, so it is no object)."""
    g = c.g
    if trig.nominal or g.lemma(trig.token) not in {"allow", "permit", "let"}:
        return False
    for x in g.children(trig.token, "xcomp", "ccomp"):
        s = g.subject(x)
        if s is None:
            continue
        if g.lemma(s) in OUTSIDERS:
            return True
        mods = {g.tok(m).text.lower() for m in g.children(s, "compound", "amod")}
        if g.lemma(s) in STAFF and mods & OUTSIDE_MODS:
            return True
    return False


def _pays_for_property(c: Context, trig: Trigger) -> bool:
    """Compensation "for" property, or for what was seized or lost: its return in value
    (CAMEO 0842, RETREAT, as the gold codes it), where compensation for deaths or harm is
    reparations (AID)."""
    g = c.g
    obj = trig.obj if trig.obj is not None else trig.token
    if not {g.lemma(trig.token), g.lemma(obj)} & {"compensate", "compensation"}:
        return False
    heads = [trig.token, *(k for k in (trig.light, trig.obj) if k is not None)]
    for h in heads:
        for o in g.prep_objects(h, "for"):
            o = next(iter(g.prep_objects(o, "of")), o) if g.lemma(o) == "loss" else o
            if g.lemma(o) in PROPERTY:
                return True
            if any(g.lemma(x) in TAKEN for x in g.children(o, "acl", "relcl")):
                return True
    return False


def _law_content(c: Context, trig: Trigger) -> Trigger | None:
    """ "approved a decree ending the state of emergency": the body that passes a law does
    what the law does, so the approval takes the type of the act the law names (a
    participle or to-infinitive on the law's noun)."""
    g = c.g
    if trig.nominal or g.lemma(trig.token) not in {"approve", "adopt", "pass", "enact"}:
        return None
    o = g.obj(trig.token)
    if o is None or g.lemma(o) not in LAWS:
        return None
    for x in g.children(o, "acl", "relcl"):
        inner = c.triggers.get(x)
        if inner is not None and inner.entry.event not in {"SUPPORT", "AGREE"}:
            return inner
    return None


def _lets_refugees_stay(c: Context, trig: Trigger) -> bool:
    """ "allowed 300 Somali refugees to stay", "let the refugees land": refuge given, where
    "allowed the refugees to return" home is a repatriation (RETREAT)."""
    g = c.g
    if trig.nominal or g.lemma(trig.token) not in {"allow", "permit", "let"}:
        return False
    for x in g.children(trig.token, "xcomp", "ccomp"):
        s = g.subject(x) if g.subject(x) is not None else g.obj(trig.token)
        if s is None or g.lemma(x) in {"return", "go", "leave"}:
            continue
        if g.lemma(g.descend_partitive(s)) in REFUGEES:
            return True
    return False


def _orders_forces_back(c: Context, trig: Trigger) -> bool:
    """A command sending one's own forces back ("ordered his troops back to barracks"):
    the forces' withdrawal, as a command to them to withdraw is (rules.commands_own_forces)."""
    g = c.g
    k = trig.token
    o = g.obj(k)
    if trig.nominal or g.lemma(k) not in COMMANDING or o is None or g.lemma(o) not in OWN_FORCES:
        return False
    if any(g.lemma(a) == "back" for a in g.children(k, "advmod", "prt")):
        return True
    return any(g.lemma(b) in BASES for b in g.prep_objects(k, "to", "into"))


def _moved_out(c: Context, trig: Trigger) -> bool:
    """Forces or arms moved out or away ("moving their heavy weapons out of the zone",
    "pulled the tanks back from the border"): a withdrawal, not a deployment."""
    g = c.g
    k = trig.light if trig.light is not None else trig.token
    words = {g.lemma(x) for x in g.children(k, "prep", "advmod", "prt")}
    return bool(words & {"out", "away"}) or ("back" in words and bool(g.prep_objects(k, "from")))


def _withheld_objection(c: Context, trig: Trigger, found: set[str]) -> bool:
    """ "said it would not object to the deployment": an objection ruled out for the
    future is consent (AGREE), not a refusal negated."""
    if trig.nominal or c.g.lemma(trig.token) not in OBJECTING:
        return False
    return "negated" in found and bool(found & {"future", "intent"})


def _jointly(c: Context, trig: Trigger) -> bool:
    """Forces deployed or patrolling "jointly" or "together": military cooperation, as
    "joint patrols" are (an attack made jointly stays an attack on its target)."""
    k = trig.light if trig.light is not None else trig.token
    return any(c.g.lemma(a) in {"jointly", "together"} for a in c.g.children(k, "advmod"))
