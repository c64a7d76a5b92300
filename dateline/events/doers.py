"""Who the doer is, once ``roles.py`` has read the parse: a last pass over each trigger's
raw doers (called from ``build.py``).

Non-doers out: a date ("Sunday's attacks"), an amount ("over 250"), a stray mark, a
pronoun with nothing to stand for ("that should not …"), an adjective the parser made a
subject, a force of nature ("the storm killed …"), and a thing or an abstract noun ("an
open letter calling for …", "the firm's contract"): the thing's owner or author acts,
when the sentence names one ("the union wrote an open letter calling …"). A city that
only places a nominal event ("the Geneva summit") is no doer either, nor the victim named
before a noun of what is done to someone ("the Smith shooting", "his trial").

Lost doers back: the "by" agent of a series ("a wave of raids by police"), the doer of
the verb a series or an act is the object of ("staged a spate of assaults", "seized
the files in a raid"), the accused of a passive accusation ("who is charged with shooting
a judge"), the subject across an adjective or a prepositional phrase ("relentless in
demanding …", "in addition to supplying …"), a coordinated passive's own agent ("backed by X
but rejected by Y"), the event noun a relative clause really modifies ("the bombing of
a clinic that killed …"), a light verb's subject ("waged war on X", X receiving), whoever
went for talks or gathered at a rally, the one deciding "whether to" act, a subject after
a fronted participle ("also seeking membership are X"), and the reporter of a clause
about a thing that a closing participle continues ("ruled the program lawful, rejecting …").
The subject undergoes a headline's accusation without "was" ("Jones charged with fraud")
and the act one is held for ("in custody for questioning").
"""

from __future__ import annotations

from functools import lru_cache

from dateline.actors.text import name_key
from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.roles import RawRoles, actor_like, clause_subject, named_party
from dateline.events.triggers import LIGHT_VERBS, RECEIVER_VERBS, Trigger

# things and abstract nouns: their owner or author acts, never they themselves
NON_DOERS = frozenset(
    {"effort", "statement", "right", "chance", "plan", "letter", "petition", "program",
     "programme", "initiative", "rule", "commitment", "contract", "conspiracy", "suit",
     "lawsuit", "amount", "bill", "law", "measure", "policy", "proposal", "document",
     "memo", "claim", "ruling", "verdict", "decision", "resolution", "agreement", "deal",
     "treaty", "accord", "glass", "seat", "car", "vehicle", "window", "debris", "object",
     "hurdle", "issue", "matter", "case", "fact", "idea", "move", "step", "action"}
)  # fmt: skip
# forces of nature: not political actors, and nobody's agent
NATURE = frozenset(
    {"hurricane", "storm", "earthquake", "quake", "flood", "flooding", "tsunami", "typhoon",
     "cyclone", "tornado", "wildfire", "drought", "landslide", "mudslide", "avalanche",
     "wind", "rain", "snow", "heatwave", "blizzard", "eruption", "volcano", "lightning"}
)  # fmt: skip
TIME_NOUNS = frozenset(
    {"time", "day", "week", "month", "year", "hour", "minute", "period", "moment",
     "decade", "morning", "afternoon", "evening", "night", "weekend", "while"}
)  # fmt: skip
TIME_ENTS = frozenset({"DATE", "TIME"})
# pronouns that point at a thing or a clause, not a party
THING_PRONOUNS = frozenset({"that", "this", "these", "those", "which", "what", "there"})
# nouns of what is done to someone: a person named before them is the one it is done to
DONE_TO = frozenset(
    {"shooting", "murder", "killing", "assassination", "slaying", "stabbing", "beating",
     "trial", "hearing", "investigation", "probe", "questioning", "interrogation",
     "prosecution", "arrest", "detention", "abduction", "kidnapping", "execution"}
)  # fmt: skip
# buildings named before an attack noun are its target ("the embassy bombings")
FACILITIES = frozenset(
    {"embassy", "consulate", "clinic", "church", "mosque", "synagogue", "temple", "school",
     "hospital", "office", "station", "base", "home", "house", "hotel", "market", "castle",
     "airport", "checkpoint", "prison", "camp"}
)  # fmt: skip
# nouns that hold a run of acts: "a wave of raids by police"
SERIES = frozenset(
    {"series", "wave", "spate", "string", "round", "spree", "flurry", "chain", "cycle",
     "number", "campaign"}
)  # fmt: skip
# verbs whose object is an act the subject will do ("work out a joint offensive")
PLANNERS = frozenset({"work", "prepare", "coordinate", "arrange", "schedule", "seek", "propose"})
# passive accusations and punishments: their subject did the act they name
ACCUSED_OF = frozenset(
    {"accuse", "charge", "suspect", "convict", "blame", "indict", "jail", "sentence",
     "arrest", "detain", "fine", "punish", "sanction", "criticize", "criticise", "condemn"}
)  # fmt: skip
# nouns a prepositional adjunct climbs through to its verb ("in addition to supplying")
ADJUNCT_NOUNS = frozenset({"addition", "course", "process", "midst", "wake", "instead"})
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AID", "CONSULT"})
ATTACKS = frozenset({"ASSAULT", "COERCE"})
# verbs of coming together: their subject holds the rally they come to
GATHER = frozenset({"gather", "assemble", "march", "converge", "rally", "flock", "turn", "come"})


def non_doer(g: Graph, idx: MentionIndex, a: int) -> bool:
    """``a`` cannot do a political act: see the module docstring."""
    t = g.tok(a)
    low = t.text.lower()
    if not any(ch.isalpha() for ch in t.text):
        return not (t.pos == "NUM" and not any(ch.isdigit() for ch in t.text))
    if named_party(g, idx, a):
        return t.ent_type in TIME_ENTS
    if t.ent_type in TIME_ENTS or g.lemma(a) in TIME_NOUNS:
        return True
    if t.pos in {"PRON", "DET"}:
        return low in THING_PRONOUNS
    if t.pos == "ADJ":
        return not actor_like(g, idx, a)
    return g.lemma(a) in NATURE or g.lemma(a) in NON_DOERS


def _party_like(g: Graph, idx: MentionIndex, s: int) -> bool:
    """An actor word, or a plural noun that may name people ("agents", "investigators")."""
    if actor_like(g, idx, s):
        return True
    return g.tok(s).tag in {"NNS", "NNPS"} and not non_doer(g, idx, s)


def _owner(g: Graph, idx: MentionIndex, a: int) -> list[int]:
    """Who owns or wrote the thing ``a`` ("the firm's contract"; "the union wrote an open
    letter calling …"; "prosecutors may need months to gather …")."""
    if g.lemma(a) in NATURE:
        return []
    owners = [k for k in g.children(a, "poss", "compound") if named_party(g, idx, k)]
    if owners:
        return owners[:1]
    if accused := _accused(g, a):  # "charged with conspiracy to bomb …": the charged
        return accused
    v = g.head(a)
    if g.dep(a) != "dobj" or v is None or g.tok(v).pos not in {"VERB", "AUX"}:
        return []
    dative = [d for d in g.children(v, "dative") if g.tok(d).pos in {"PROPN", "NOUN", "PRON"}]
    if dative:  # "gave the sides a month to settle"
        return dative[:1]
    return [s for s in clause_subject(g, v) if _party_like(g, idx, s)][:1]


def _accused(g: Graph, a: int) -> list[int]:
    """The party an accusation names, for the plot or act ``a`` it is of ("are charged
    with conspiracy to …", "accused the group of a plot to …")."""
    while g.dep(a) == "conj" and (h := g.head(a)) is not None:
        a = h
    p = g.head(a)
    v = g.head(p) if p is not None and g.dep(a) == "pobj" else None
    if p is None or v is None or g.lemma(p) not in {"with", "of", "for"}:
        return []
    if g.lemma(v) not in ACCUSED_OF:
        return []
    if g.is_passive(v):
        s = g.passive_subject(v)
        return [g.resolve_relative(s)] if s is not None else []
    o = g.obj(v)
    return [o] if o is not None else []


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import pycountry

    names = {name_key(c.name) for c in pycountry.countries}
    names |= {name_key(getattr(c, "common_name", c.name)) for c in pycountry.countries}
    return frozenset(names)


def _city(g: Graph, k: int) -> bool:
    """A city or state, not a country: "the Geneva summit", "a Polk County shooting"."""
    from dateline.actors.geo import city_index

    if g.tok(k).ent_type not in {"GPE", "LOC", "FAC"}:
        return False
    lo, hi = g.phrase(k)
    words = [g.tok(j).text for j in range(lo, hi) if g.tok(j).ent_type == g.tok(k).ent_type]
    key = name_key(" ".join(words) or g.tok(k).text)
    return key not in _country_names() and (key in city_index() or key.endswith(" county"))


def _person(g: Graph, idx: MentionIndex, a: int) -> bool:
    """A person's name: tagged so, or a capitalised name no actor entry knows (the tagger
    reads some surnames as groups: "the Kunzs' murders")."""
    t = g.tok(a)
    if t.ent_type == "PERSON":
        return True
    known = idx.covering(a)
    unknown = known is None or known.actor_id is None
    return unknown and t.text[:1].isupper() and t.pos in {"PROPN", "ADJ"} and a > 0


def _nominal_modifiers(g: Graph, idx: MentionIndex, trig: Trigger, raw: RawRoles) -> None:
    """A place, a building or a victim named before an event noun is not its doer."""
    k = trig.token
    if g.prep_objects(k, "of", "by"):
        return
    mods = set(g.children(k, "compound", "poss", "nmod", "amod"))
    venues = [a for a in raw.actors if a in mods and g.dep(a) != "poss" and _city(g, a)]
    targets = []
    if trig.entry.event in ATTACKS:
        targets = [a for a in raw.actors if a in mods and g.lemma(a) in FACILITIES]
    if g.lemma(k) in DONE_TO:  # "the Smith shooting", "his trial"
        targets += [
            a
            for a in raw.actors
            if a in mods and (_person(g, idx, a) or g.tok(a).text.lower() in {"his", "her"})
        ]
    p = g.head(k)
    if (
        trig.entry.event == "ACCUSE"
        and g.dep(k) == "pobj"
        and p is not None
        and g.lemma(p) == "for"
    ):
        # "handed them over for trial", "held for questioning": the verb's doer is not the
        # court or the questioner (only the parties of "returned for talks" hold them)
        venues += [a for a in raw.actors if a not in mods]
    out = set(venues) | set(targets)
    raw.actors = [a for a in raw.actors if a not in out]
    raw.recipients += [a for a in targets if a not in raw.recipients]


def _series_doer(g: Graph, k: int) -> list[int]:
    """ "a wave of raids by police" (the agent on the series), "gunmen staged a spate
    of assaults" (the subject of the verb the series is the object of)."""
    p = g.head(k)
    n = g.head(p) if p is not None and g.lemma(p) == "of" else None
    if n is None or g.lemma(n) not in SERIES:
        return []
    if agents := g.prep_objects(n, "by"):
        return agents
    v = g.head(n)
    if g.dep(n) == "dobj" and v is not None and g.lemma(v) in LIGHT_VERBS:
        return clause_subject(g, v)
    return []


def _adjunct_doer(g: Graph, idx: MentionIndex, trig: Trigger) -> list[int]:
    """ "agents seized the files in a raid": the doer of an active verb with an object whose
    adjunct the act is; "will work out a joint offensive": a planner of the act."""
    k = trig.token
    p, dep = g.head(k), g.dep(k)
    light = LIGHT_VERBS - RECEIVER_VERBS  # "waged war": the light verb's subject
    if dep == "dobj" and p is not None and g.lemma(p) in PLANNERS | light:
        return [s for s in clause_subject(g, p) if _party_like(g, idx, s)]
    if dep != "pobj" or p is None:
        return []
    v = g.head(p)
    if v is not None and g.tok(v).pos == "VERB" and g.obj(v) is None:
        gathered = trig.entry.event == "PROTEST" and g.lemma(v) in GATHER
        if gathered and g.lemma(p) in {"at", "in", "to", "for"}:  # "gathered at a rally"
            return [g.descend_partitive(s) for s in clause_subject(g, v)]
    if g.lemma(p) not in {"in", "during"}:
        return []
    if v is None or g.tok(v).pos != "VERB" or g.is_passive(v) or g.obj(v) is None:
        return []
    # a new act told as the manner of this one ("in a raid"), not a known one ("named a
    # suspect in the slaying"), nor one hung on a relative clause by mistake
    new = any(g.lemma(d) in {"a", "an"} for d in g.children(k, "det"))
    if trig.entry.event not in MATERIAL or not new or g.dep(v) == "relcl":
        return []
    return [s for s in clause_subject(g, v) if _party_like(g, idx, s)]


def _owner_if_thing(g: Graph, idx: MentionIndex, k: int) -> list[int]:
    return _owner(g, idx, k) if non_doer(g, idx, k) else [k]


def _inverted_subject(g: Graph, i: int) -> list[int]:
    """ "Also seeking membership are Serbia and Albania": the subject after the copula."""
    found = [s for a in g.children(i, "aux") if (s := g.subject(a)) is not None and s > i]
    return [c for s in found for c in g.conjuncts(s)]


# accusations a headline writes without "was": "Jones charged with fraud"
HEADLINE_PASSIVES = frozenset({"charge", "accuse", "indict", "convict", "sentence"})
# acts done to whoever is held for them: "remained in custody for questioning"
HELD_FOR = frozenset({"question", "questioning", "interrogate", "interrogation", "trial"})


def _undergoers(g: Graph, raw: RawRoles, i: int) -> bool:
    """The subject undergoes the act: a headline's passive without "was" ("Jones charged
    with fraud"), or the act a detention is for ("men remained in custody for questioning")."""
    no_aux = not g.children(i, "aux", "auxpass")
    prep = g.head(i)
    held = g.dep(i) in {"pcomp", "pobj"} and prep is not None and g.lemma(prep) == "for"
    headline = g.lemma(i) in HEADLINE_PASSIVES and no_aux and g.obj(i) is None
    headline = headline and g.tok(i).tag in {"VBD", "VBN"}
    if not (held and g.lemma(i) in HELD_FOR) and not (
        headline and g.prep_objects(i, "with", "of", "for", "to")
    ):
        return False
    moved = [a for a in raw.actors if a not in raw.recipients]
    raw.actors, raw.recipients = [], moved + raw.recipients
    return True


def _travellers(g: Graph, idx: MentionIndex, k: int) -> list[int]:
    """ "two officials flew to Paris for talks with X": who went for the talks holds them,
    besides the partner named after them."""
    p = g.head(k)
    v = g.head(p) if p is not None and g.lemma(p) == "for" and g.dep(k) == "pobj" else None
    if v is None or g.tok(v).pos != "VERB":
        return []
    return [g.descend_partitive(s) for s in clause_subject(g, v) if _party_like(g, idx, s)]


def _verb_doer(g: Graph, idx: MentionIndex, i: int) -> list[int]:
    """Doers a verb trigger lost across a passive accusation, an adjective or an adjunct."""
    if g.dep(i) == "advcl" and g.tok(i).tag == "VBG" and (h := g.head(i)) is not None:
        s = g.subject(h)  # "ruled the program was lawful, rejecting …": the judge rejects
        m = g.head(h)
        if g.dep(h) == "ccomp" and m is not None and s is not None and non_doer(g, idx, s):
            return [k for k in clause_subject(g, m) if _party_like(g, idx, k)]
    h = g.head(i)
    to = any(g.lemma(a) == "to" for a in g.children(i, "aux"))
    if g.dep(i) == "ccomp" and to and g.subject(i) is None and h is not None:
        # "has a week to consider whether to ask …": whoever considers asks
        return [d for k in clause_subject(g, h) for d in _owner_if_thing(g, idx, k)]
    prep = g.head(i)
    if g.dep(i) != "pcomp" or prep is None:
        return []
    h = g.head(prep)
    if h is not None and g.is_passive(h) and g.lemma(h) in ACCUSED_OF:
        s = g.passive_subject(h)  # "who is charged with shooting a judge"
        return [g.resolve_relative(s)] if s is not None else []
    while h is not None and (
        (g.tok(h).pos == "ADJ" and g.dep(h) == "acomp")
        or g.lemma(h) in ADJUNCT_NOUNS
        or (g.tok(h).pos == "ADP" and g.dep(h) == "prep")
    ):
        h = g.head(h)
    if h is None or g.tok(h).pos not in {"VERB", "AUX"}:
        return []
    return [s for s in clause_subject(g, h) if _party_like(g, idx, s)]


def _own_agent(g: Graph, raw: RawRoles, i: int) -> None:
    """ "backed by X but rejected by Y": the second participle has its own agent, and
    what was rejected is what the first passive is about."""
    if g.dep(i) != "conj" or g.tok(i).tag != "VBN" or g.is_passive(i):
        return
    own = g.prep_objects(i, "by")
    if not own:
        return
    h = g.head(i)
    while h is not None and g.dep(h) == "conj":
        h = g.head(h)
    raw.actors, raw.actor_from = own, []
    if h is not None and g.is_passive(h) and (s := g.passive_subject(h)) is not None:
        raw.recipients, raw.recipient_from = [s], []
    elif h is not None and g.dep(h) == "acl" and (n := g.head(h)) is not None:
        raw.recipients, raw.recipient_from = [n], []
    else:
        raw.recipients = [r for r in raw.recipients if r not in own]


def _relative_event(g: Graph, raw: RawRoles, i: int, triggers: set[int]) -> None:
    """ "the bombing of a clinic that killed an officer": the bombing killed, not the
    clinic the parser hung the relative clause on."""
    if g.dep(i) != "relcl" or len(raw.actors) != 1:
        return
    h = raw.actors[0]
    p = g.head(h)
    n = g.head(p) if p is not None and g.lemma(p) == "of" else None
    if g.tok(h).ent_type == "PERSON" or n is None or n not in triggers:
        return
    raw.actors, raw.actor_from = [], [n]


def mend_doers(
    g: Graph, idx: MentionIndex, trig: Trigger, raw: RawRoles, triggers: set[int]
) -> RawRoles:
    """The last pass over a trigger's doers (see the module docstring)."""
    i = trig.token
    raw.recipients = [g.resolve_relative(r) for r in raw.recipients]
    if trig.nominal:
        _nominal_modifiers(g, idx, trig, raw)
    else:
        _own_agent(g, raw, i)
        _relative_event(g, raw, i, triggers)
    if _undergoers(g, raw, i):
        return raw
    doers: list[int] = []
    for a in raw.actors:
        for d in _owner(g, idx, a) if non_doer(g, idx, a) else [a]:
            if d not in doers and d != i:
                doers.append(d)
    raw.actors = doers
    if trig.nominal and "recip" in trig.entry.flags:
        # "waged war on the army": the party it is waged on receives, it is no partner
        heads = [i] + ([trig.light] if trig.light is not None else [])
        aimed = [k for h in heads for k in g.prep_objects(h, "on", "against")]
        aimed = [c for k in aimed for c in g.conjuncts(k) if _party_like(g, idx, c)]
        raw.actors = [a for a in raw.actors if a not in aimed]
        raw.recipients += [k for k in aimed if k not in raw.recipients]
        went = _travellers(g, idx, i)
        raw.actors = went + [a for a in raw.actors if a not in went]
    if raw.actors or raw.actor_from:
        return raw
    if trig.nominal:
        found = _series_doer(g, i) or _adjunct_doer(g, idx, trig)
    else:
        found = _inverted_subject(g, i) or _verb_doer(g, idx, i)
    found = [d for d in found if not non_doer(g, idx, d)]
    raw.recipients = [r for r in raw.recipients if r not in found]
    raw.actors = [d for d in found if d not in triggers]
    raw.actor_from = [d for d in found if d in triggers]
    return raw
