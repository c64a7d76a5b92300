"""Actor and recipient from the dependency parse.

Each trigger gets raw roles: argument head tokens, plus "proxies" — other event triggers
whose actors stand in ("American airstrikes contained ISIS-K": the actor of *contained* is
whoever carried out the airstrikes). ``build.py`` resolves proxies once every trigger has
raw roles, and turns heads into ``ActorRef``s through the actor mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.events import roles_extra as extra
from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.triggers import LIGHT_VERBS, RECEIVER_VERBS, Trigger
from dateline.model import ActorRef

# "urge X to …", "prevent X from …": the object, not the subject, does the embedded act
OBJECT_CONTROL = frozenset(
    {"urge", "ask", "force", "order", "persuade", "call", "invite", "allow", "help", "tell",
     "press", "encourage", "compel", "permit", "authorize", "authorise", "instruct",
     "pressure", "pressurize", "lead", "prevent", "stop", "bar", "ban", "block", "keep",
     "criticize", "criticise", "accuse", "condemn", "blame", "praise", "thank", "punish",
     "denounce", "commend", "fine", "sue", "charge", "arrest", "sanction", "warn", "caution"}
)  # fmt: skip
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
ACTOR_NOUNS = frozenset(
    {"government", "official", "minister", "president", "leader", "force", "troop", "soldier",
     "army", "police", "policeman", "military", "militant", "rebel", "insurgent", "fighter",
     "group", "party", "protester", "protestor", "demonstrator", "people", "civilian",
     "student", "worker", "villager", "resident", "activist", "monitor", "observer",
     "expert", "diplomat", "ambassador", "delegation", "authority", "regime",
     "administration", "court", "parliament", "lawmaker", "legislator", "spokesman",
     "spokeswoman", "spokesperson", "country", "nation", "state", "organization",
     "organisation", "coalition", "alliance", "union", "opposition", "militia", "gunman",
     "terrorist", "attacker", "bomber", "man", "woman", "child", "refugee", "prisoner",
     "hostage", "journalist", "member", "commander", "envoy", "negotiator", "team",
     "council", "committee", "agency", "ministry", "company", "firm", "bank", "mission",
     "guard", "officer", "supporter", "critic", "premier", "chancellor", "king", "queen",
     "prince", "general", "colonel", "cabinet", "senate", "congress", "junta", "navy", "embassy",
     "cleric", "priest", "bishop", "pope", "judge", "prosecutor", "lawyer", "suspect",
     "dissident", "separatist", "guerrilla", "jihadist", "citizen", "farmer", "miner",
     "employee", "teacher", "doctor", "nurse", "trader", "neighbor", "neighbour", "ally",
     "side", "faction", "representative", "mediator", "inspector", "peacekeeper",
     "authorities", "tribe", "clan", "community", "minority", "population",
     "chief", "head", "secretary", "mayor", "governor", "candidate", "voter", "crowd",
     "kidnapper", "hijacker", "captor", "abductor", "pirate", "smuggler", "settler",
     "foreigner", "national", "expatriate", "tourist", "pilgrim", "missionary", "employer",
     "management"}
)  # fmt: skip
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST"})
# verbal conflict aimed at whoever the complement is about
COMPLEMENT_TARGET = frozenset({"ACCUSE", "THREATEN", "REQUEST"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "them", "him", "her"})


@dataclass(slots=True)
class RawRoles:
    actors: list[int] = field(default_factory=list)
    recipients: list[int] = field(default_factory=list)
    actor_from: list[int] = field(default_factory=list)  # triggers whose actors we take
    recipient_from: list[int] = field(default_factory=list)  # … as our recipients
    recipients_of: list[int] = field(default_factory=list)  # triggers whose recipients we share
    fallback: list[int] = field(default_factory=list)  # a named party later in the clause


def named_party(g: Graph, idx: MentionIndex, k: int) -> bool:
    """A resolved actor mention, or a named person, organisation, place or people."""
    return idx.index_at(k) is not None or g.tok(k).ent_type in ACTOR_ENTS


def actor_like(g: Graph, idx: MentionIndex, k: int) -> bool:
    if named_party(g, idx, k):
        return True
    t = g.tok(k)
    if t.pos == "PRON":
        return t.text.lower() in PERSONAL_PRONOUNS
    if g.lemma(k) in ACTOR_NOUNS or t.text.lower() in ACTOR_NOUNS:
        return True
    return any(idx.index_at(c) is not None for c in g.children(k, "compound", "poss"))


def _expand(g: Graph, heads: list[int]) -> list[int]:
    out: list[int] = []
    for h in heads:
        listed = [p for p in g.children(h, "prep") if g.lemma(p) in {"include", "including"}]
        members = [k for p in listed for k in g.children(p, "pobj")]
        for c in g.conjuncts(h) + [m for k in members for m in g.conjuncts(k)]:
            c = g.descend_partitive(c)
            if c not in out:
                out.append(c)
    return out


def clause_subject(g: Graph, i: int, depth: int = 0) -> list[int]:
    """The doer of verb ``i``, following passive, control, coordination and relatives."""
    if g.is_passive(i):
        return g.prep_objects(i, "by")
    s = g.subject(i)
    if s is not None and not extra.no_doer(g, s):
        return [g.resolve_relative(s)]
    h, dep = g.head(i), g.dep(i)
    if h is None or depth > 5:
        return []
    if dep == "xcomp":
        o = g.obj(h)
        if g.lemma(h) in OBJECT_CONTROL and o is not None:
            return [o]
        return extra.passive_doer(g, h) or clause_subject(g, h, depth + 1)
    if dep in {"conj", "advcl", "acomp"}:  # "Norway is willing to send …"
        return clause_subject(g, h, depth + 1)
    if dep == "pcomp":
        return _prep_clause_subject(g, h, depth)
    if dep == "relcl":
        return [h]
    if dep == "acl":
        if g.tok(i).tag == "VBN":  # "property seized by X": X
            return g.prep_objects(i, "by")
        # "the council's decision to close the border": the decider acts, not the decision
        return g.children(h, "poss")[:1] or [h]
    return []


def _prep_clause_subject(g: Graph, prep: int, depth: int) -> list[int]:
    """ "criticized the Taliban for working …": the criticised do the working."""
    v = g.head(prep)
    if v is None:
        return []
    o = g.obj(v)
    controls = g.lemma(v) in OBJECT_CONTROL or g.lemma(prep) == "from"
    if g.lemma(prep) in {"for", "from", "of", "over"} and o is not None and controls:
        return [o]
    if g.tok(v).pos in {"VERB", "AUX"}:
        return clause_subject(g, v, depth + 1)
    return []


def _split(heads: list[int], triggers: set[int]) -> tuple[list[int], list[int]]:
    plain = [h for h in heads if h not in triggers]
    proxies = [h for h in heads if h in triggers]
    return plain, proxies


def verb_roles(g: Graph, idx: MentionIndex, trig: Trigger, triggers: set[int]) -> RawRoles:
    i, entry = trig.token, trig.entry
    actors = _expand(g, clause_subject(g, i))
    if not actors and entry.event == "COERCE" and g.is_passive(i):
        # "was arrested in Lebanon": the state where it was done, as dictionary coders code it
        actors = [k for k in g.prep_objects(i, "in") if g.tok(k).ent_type == "GPE"][:1]
    recipients = _verb_recipients(g, idx, trig, triggers)
    if entry.event in extra.REPORTED and (said_by := extra.trailing_report(g, i)):
        actors, recipients = said_by
    if "from_actor" in entry.flags:  # "received arms (from X)": X, if named, supplies them
        actors, recipients = _expand(g, g.prep_objects(i, "from")), actors
    if "recip" in entry.flags:
        partners = [r for r in recipients if r not in actors and actor_like(g, idx, r)]
        owned = [trig.obj] if trig.obj is not None else []  # "held a meeting with Y"
        partners += [
            k for h in (i, *owned) for k in _expand(g, g.prep_objects(h, "with")) if k not in actors
        ]
        # "X met (with) Y", "X and Y met": every party acts and none receives, as the
        # PLOVER manual codes a meeting (CAMEO made it two dyads; the older gold does too)
        actors, recipients = actors + partners, []
    said: list[int] = []  # "warned it could sever ties with X": X, not the speaker
    acts = [k for x in g.children(i, "xcomp") for k in g.subtree(x) if k in triggers]
    if not recipients and entry.event in COMPLEMENT_TARGET and not acts:
        recipients = _complement_subjects(g, i)
        if recipients and g.tok(recipients[0]).pos == "PRON":
            said = [k for x in g.children(i, "ccomp") for k in g.subtree(x) if k in triggers]
    recipients = [r for r in recipients if _party(g, r)]
    shared = acts + _purpose_triggers(g, i, triggers)
    place: list[int] = []
    if not recipients and "recip" not in entry.flags:  # "met in Delhi": a venue
        place = _directed_at(g, idx, i, set(actors))
        if not (shared and extra.venue(g, place)):  # "marched in X to demand …": the
            recipients, place = place, []  # purpose's target comes before the venue
    a, a_from = _split(actors, triggers)
    r, r_from = _split(recipients, triggers)
    roles = RawRoles(a, r, a_from, r_from, shared[:1] if not recipients else said[:1])
    if not r and "recip" not in entry.flags:  # also when a proxy ("banned marching") is empty
        roles.fallback = place + _named_after(g, idx, i, actors)
    return roles


def _purpose_triggers(g: Graph, i: int, triggers: set[int]) -> list[int]:
    """ "began a hunger strike to protest against X": the purpose's target is the act's."""
    out = []
    for x in g.children(i, "advcl", "xcomp"):
        if x in triggers and any(g.lemma(a) == "to" for a in g.children(x, "aux")):
            out.append(x)
    return out


def _named_after(
    g: Graph, idx: MentionIndex, i: int, actors: list[int], own: range = range(0)
) -> list[int]:
    """Last resort, as dictionary coders do: the first named party after the verb in its
    clause ("accused Israel of …" when the parse missed the object), outside the trigger's
    own words ("launched a new military offensive")."""
    taken = {k for a in actors for k in g.subtree(a)} | set(own)
    for k in g.subtree(i):
        skip = g.dep(k) in {"ccomp", "nsubj", "poss"} or extra.owned_phrase(g, k, actors)
        if k <= i or k in taken or skip:
            continue
        named = idx.index_at(k) is not None or g.tok(k).ent_type in {"GPE", "ORG", "NORP"}
        if named and g.tok(k).pos in {"PROPN", "NOUN", "ADJ"}:
            head = k
            # not "g.head(head) or head": a head at token 0 is falsy, and that looped forever
            while g.dep(head) in {"compound", "amod", "flat"} and (h := g.head(head)) is not None:
                head = h
            return _expand(g, [head])
    return []


def _directed_at(g: Graph, idx: MentionIndex, i: int, actors: set[int]) -> list[int]:
    """No object: a named party the act goes to, from, into or against ("curfew in Algiers",
    "withdraw from Lebanon")."""
    heads = g.prep_objects(i, "to", "from", "in", "into", "with", "against", "toward")
    named = [
        k for k in heads
        if k not in actors and named_party(g, idx, k)
    ]  # fmt: skip
    return _expand(g, named[:1])


def _complement_subjects(g: Graph, i: int) -> list[int]:
    """ "monitors cautioned that the Taliban's operations …": the complement's subject."""
    for c in g.children(i, "ccomp"):
        s = g.subject(c) or g.passive_subject(c)
        if s is not None:
            return _expand(g, [s])
    return []


def _verb_recipients(g: Graph, idx: MentionIndex, trig: Trigger, triggers: set[int]) -> list[int]:
    i, entry = trig.token, trig.entry
    if entry.event == "MOBILIZE":  # what is mobilised is not the target: "against X" is
        aimed = g.prep_objects(i, "against", "toward", "towards")
        for k in g.prep_objects(i, "for"):  # "mobilised reservists for a war against Iraq"
            aimed += g.prep_objects(k, "against", "on", "with")
        return _expand(g, aimed)
    if g.is_passive(i):
        s = g.passive_subject(i)
        return _expand(g, [s]) if s is not None else []
    if g.dep(i) == "acl" and g.tok(i).tag == "VBN":
        h = g.head(i)
        if h is not None and h == trig.obj:  # "sanctions imposed on Japan": Japan
            aimed = g.prep_objects(i, "on", "against", "to")
            return [k for k in _expand(g, aimed) if actor_like(g, idx, k)]
        return [h] if h is not None else []
    if given := extra.given_to(g, idx, i, entry.event):  # "gave Vietnam a loan", "held by X"
        return _expand(g, given)
    if "to_recipient" in entry.flags:
        dative = g.children(i, "dative") + g.prep_objects(i, "to")
        dative = [d for d in dative if g.tok(d).dep != "dative" or g.tok(d).pos != "ADP"]
        if dative:
            return _expand(g, dative)
    out: list[int] = []
    o = g.obj(i)
    if o is not None and o == trig.obj:  # "imposed a curfew": the object names the act
        inner = g.prep_objects(o, "on", "against", "of", "for", "to")  # "supplies to X"
        inner = inner or g.children(o, "poss")  # "met the kidnappers' demands"
        found = [k for k in _expand(g, inner) if actor_like(g, idx, k) and not _own(g, k)]
        if found or "recip" in entry.flags or actor_like(g, idx, o):  # "received X"
            return found
        o = None  # "opened fire on demonstrators", "played host to X": the verb's own phrase
        out = [k for k in _expand(g, g.prep_objects(i, "to")) if actor_like(g, idx, k)]
    if o is not None:
        o = g.descend_partitive(o)
        inner = _expand(g, g.prep_objects(o, "with", "to", "between", "against", "on"))
        owners = [  # "rejected Russian amendments", "the kidnappers' demands": theirs
            k for k in g.children(o, "poss", "nmod", "compound", "amod")
            if named_party(g, idx, k) or (g.dep(k) == "poss" and actor_like(g, idx, k))
        ]  # fmt: skip
        inner = owners or inner
        if _owned_by_doer(g, o):
            pass  # "withdrew its troops from Lebanon": the actor's own, not a party
        elif actor_like(g, idx, o) or o in triggers:
            out.extend(_expand(g, [o]))
        elif inner:
            out.extend(inner)
        elif to_party := [k for k in g.prep_objects(i, "to") if named_party(g, idx, k)]:
            out.extend(_expand(g, to_party))  # "cut off supplies to the Taliban"
        elif entry.event in MATERIAL_CONFLICT and g.tok(o).pos in {"NOUN", "PROPN"} and not (
            g.tok(o).tag == "VBG" or g.tok(o).text.lower().endswith("ing")
        ):  # an activity is no target: "banned campaigning in Mandalay"
            out.extend(_expand(g, [o]))  # "attacked a checkpoint": the target itself
    preps = ("against", "on", "at", "upon", "toward", "towards") + (
        () if "recip" in entry.flags else ("with", "between")  # "mediated between X and Y"
    )
    out.extend(k for k in _expand(g, g.prep_objects(i, *preps)) if actor_like(g, idx, k))
    return out


OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def _own(g: Graph, k: int) -> bool:
    return g.tok(k).text.lower() in OWN_PRONOUNS


def _owned_by_doer(g: Graph, o: int) -> bool:
    return g.lemma(o) not in extra.RELATIONAL and any(_own(g, k) for k in g.children(o, "poss"))


def _nominal_position(g: Graph, i: int) -> int:
    """The first conjunct stands for the whole list ("airstrikes and raids … contained")."""
    # not "g.head(i) or i": a head at token 0 is falsy, and that looped forever
    while (
        g.dep(i) == "conj"
        and (h := g.head(i)) is not None
        and g.tok(h).pos in {"NOUN", "PROPN"}
    ):
        i = h
    return i


def noun_roles(g: Graph, idx: MentionIndex, trig: Trigger, triggers: set[int]) -> RawRoles:
    i, entry = trig.token, trig.entry
    pattern = set(range(trig.start, trig.end))
    actors = [k for k in g.children(i, "poss") if k not in pattern]
    actors += [
        k
        for k in g.children(i, "compound", "amod", "nmod")
        if k not in pattern and actor_like(g, idx, k)
    ]
    actors += g.prep_objects(i, "by", "from")
    for k in g.prep_objects(i, "of"):  # "the arrest of X by Y", "by" attached to X
        actors += g.prep_objects(k, "by")
    for k in g.children(i, "amod"):  # "the US-led war", "a Saudi-backed offensive"
        if g.lemma(k) in {"lead", "back", "sponsor", "support", "direct", "organize"}:
            actors += [j for j in g.children(k, "npadvmod", "compound") if actor_like(g, idx, j)]
    if "of_actor" in entry.flags:
        actors += g.prep_objects(i, "of")
    recipients = g.prep_objects(i, "on", "against", "at", "upon", "targeting", "toward")
    if "of_actor" not in entry.flags:
        recipients += [k for k in g.prep_objects(i, "of") if actor_like(g, idx, k)]
    if "to_recipient" in entry.flags:
        recipients += g.prep_objects(i, "to")
    if "recip" in entry.flags:  # "talks between X and Y", "with Y": every party acts
        actors += g.prep_objects(i, "between", "among", "with")
        recipients = []  # "talks on Cyprus": a topic, not a party
    else:  # "mediation between X and Y"
        recipients += g.prep_objects(i, "between")
    extra.noun_extra(g, idx, trig, actors, recipients)
    a, a_from = _split(_expand(g, actors), triggers)
    r, r_from = _split([k for k in _expand(g, recipients) if _party(g, k)], triggers)
    roles = RawRoles(a, r, a_from, r_from)
    _roles_from_clause(g, trig, roles, triggers)
    if "recip" in entry.flags:  # "held talks with Y": the light verb's partner acts too
        roles.actors += [k for k in roles.recipients if k not in roles.actors]
        roles.actor_from += [k for k in roles.recipient_from if k not in roles.actor_from]
        roles.recipients, roles.recipient_from = [], []
    if (trig.light is not None and not roles.recipients and not roles.recipient_from
            and "recip" not in entry.flags):
        # "imposed a curfew in the city of Srinagar": a named party in the light verb's clause
        taken = roles.actors + [k for p in roles.actor_from for k in g.subtree(p)]
        roles.fallback = _named_after(g, idx, trig.light, taken, range(trig.start, trig.end))
        # the purpose's target comes before any named party ("staged a sit-in … to protest
        # against the ministry's plan to close the port")
        roles.recipients_of = _purpose_triggers(g, trig.light, triggers)
    return roles


# instruments, times and amounts: never the party an act is aimed at
NON_PARTIES = frozenset(
    {"fire", "stone", "gas", "bomb", "shell", "weapon", "missile", "rocket", "round",
     "bullet", "grenade", "mortar", "part", "law", "time", "day", "night", "week", "year"}
)  # fmt: skip
TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _party(g: Graph, k: int) -> bool:
    t = g.tok(k)
    return t.ent_type not in TIME_ENTS and g.lemma(k) not in NON_PARTIES


def _roles_from_clause(g: Graph, trig: Trigger, roles: RawRoles, triggers: set[int]) -> None:
    """Fill missing roles from the clause the noun sits in."""
    pos = _nominal_position(g, trig.token)
    v, dep = g.head(pos), g.dep(pos)
    if trig.light is not None:
        lv = trig.light
        if not roles.actors and not roles.actor_from:  # "drew condemnation from X"
            heads = _expand(g, g.prep_objects(lv, "from", "by"))
            roles.actors, roles.actor_from = _split(heads, triggers)
        if not roles.recipients and not roles.recipient_from:  # "staged rallies against X"
            aimed = _expand(g, g.prep_objects(lv, "against", "on", "at"))
            heads = [k for k in aimed if _party(g, k)]
            roles.recipients, roles.recipient_from = _split(heads, triggers)
        if g.lemma(lv) in RECEIVER_VERBS:
            if not roles.recipients and not roles.recipient_from:
                heads = _expand(g, clause_subject(g, lv))
                roles.recipients, roles.recipient_from = _split(heads, triggers)
        elif not roles.actors and not roles.actor_from:
            roles.actors, roles.actor_from = _split(_expand(g, clause_subject(g, lv)), triggers)
        return
    if v is not None and dep == "pobj" and g.lemma(v) == "for" and not roles.actors:
        # "negotiators return to Geneva for talks": who goes for them holds them
        verb = g.head(v)
        if verb is not None and g.tok(verb).pos == "VERB" and not roles.actor_from:
            roles.actors, roles.actor_from = _split(_expand(g, clause_subject(g, verb)), triggers)
    if v is None or roles.recipients or roles.recipient_from:
        return
    if dep == "nsubj" and g.obj(v) is not None and g.lemma(v) not in LIGHT_VERBS | {"be"}:
        heads = [k for k in _expand(g, [g.obj(v) or 0]) if _party(g, k)]
        roles.recipients, roles.recipient_from = _split(heads, triggers)
    elif dep == "pobj" and g.dep(v) == "agent":
        verb = g.head(v)
        s = g.passive_subject(verb) if verb is not None else None
        if s is not None:
            roles.recipients, roles.recipient_from = _split(_expand(g, [s]), triggers)


def raw_roles(g: Graph, idx: MentionIndex, trig: Trigger, triggers: set[int]) -> RawRoles:
    if trig.nominal:
        return noun_roles(g, idx, trig, triggers)
    return verb_roles(g, idx, trig, triggers)


def _named(idx: MentionIndex, m: int) -> bool:
    return idx.resolved(m)[1].actor_id is not None


# heads that name a part of a group: "leaders of the coalition" names the coalition too
PART_NOUNS = frozenset(
    {"leader", "member", "group", "delegation", "representative", "fighter", "official",
     "head", "chief", "faction", "wing", "branch", "supporter", "activist", "unit", "crowd",
     "party", "side"}
)  # fmt: skip


REPORTING = frozenset(
    {"say", "announce", "state", "declare", "tell", "add", "insist", "claim", "confirm"}
)
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "its", "their", "his", "her"})


def _pronoun_antecedent(g: Graph, idx: MentionIndex, k: int) -> int:
    """When coreference left a pronoun open: "Syria says it is willing …" (the reporter),
    "the committee completed its investigation" (the clause subject)."""
    if g.tok(k).text.lower() not in PRONOUNS:
        return k
    known = idx.covering(k)
    if known is not None and known.actor_id:
        return k
    node = k
    for a in g.ancestors(k):
        dep = g.dep(node)
        if g.tok(a).pos in {"VERB", "AUX"}:
            s = g.subject(a)
            if dep != "nsubj" and s is not None and s != k and actor_like(g, idx, s):
                return s
            if dep == "ccomp" and g.lemma(a) in REPORTING and s is not None:
                return s if actor_like(g, idx, s) else k
        node = a
    return k


def actor_ref(g: Graph, idx: MentionIndex, head: int) -> ActorRef:
    """An ActorRef for the argument headed by ``head``: words from the sentence, identity
    from the mention covering the head (or a modifier of it, or its "of" complement)."""
    head = _pronoun_antecedent(g, idx, head)
    lo, hi = g.phrase(head)
    if g.lemma(head) in PART_NOUNS:
        for k in g.prep_objects(head, "of", "from", "in"):  # "the parties in Ivory Coast"
            hi = max(hi, g.subtree(k)[-1] + 1)
    for k in g.children(head, "appos"):  # "the newspaper El Diario", "X, the UN envoy"
        if k > head and g.tok(k).pos in {"PROPN", "NOUN"} and k - hi < 8:
            hi = k + 1  # the appositive's own words, not its complements
    text = (g.text(lo, hi) or g.tok(head).text).strip(" ,")
    m = idx.index_at(head)
    if m is None:
        for k in g.children(head, "compound", "poss", "amod", "nmod"):
            if idx.index_at(k) is not None:
                m = idx.index_at(k)
                break
    if (m is None or idx.covering(head) is None or not _named(idx, m)) and g.tok(head).pos in {
        "NOUN",
        "PROPN",
    }:
        for k in g.prep_objects(head, "of"):  # "fighters of the Pakistani Taliban"
            inner = idx.index_at(k)
            if inner is not None and _named(idx, inner):
                m = inner
                text = g.text(lo, g.subtree(k)[-1] + 1)
                break
    return idx.ref(text, m)


def actor_refs(g: Graph, idx: MentionIndex, head: int) -> list[ActorRef]:
    """``actor_ref``, with a compound actor expanded into its members (PLOVER lists each
    party: "Hungarian and Romanian officials agreed" → HUN, ROU)."""
    ref = actor_ref(g, idx, head)
    if ref.mention is None or idx.members(ref.mention) == (ref.mention,):
        return [ref]
    return idx.refs(ref.text, ref.mention)
