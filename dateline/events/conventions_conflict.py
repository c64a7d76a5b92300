"""Coding conventions of the conflict side that the CAMEO manual's examples follow and
the word-by-word lexicon misses (session 6): holding someone responsible blames them
(ACCUSE, CAMEO 112) and finding them guilty or liable convicts them (SANCTION `convict`,
the 2021 manual's mode, as the lexicon's "find guilty" does) also when the parser hangs
the adjective on the object; an obligation reported in the past ("said
Tunisia had to …") is a demand like "must"; ordering envoys *out* of a country expels them
(SANCTION, CAMEO 166) and anyone else is deported; opposing a proposed act ("opposed the
deployment of …") rejects it (CAMEO 12); an army getting ready to attack mobilises (15),
as "prepared to" does; police stopping a protest prevents it (COERCE) also when the
parser hangs the protest noun off the verb as an adverbial; a call to rise up against
someone rallies opposition (ACCUSE, CAMEO 113); a people stoning is a riot (145); and
troops serving with a UN force that are pulled out are peacekeepers withdrawn (1661);
a speaker calling a proposal unacceptable or "out of the question" refuses it (12); making
an act a precondition demands it (10); naming an act "as" aggression condemns it (111);
forces entering a place invade it; expelling a people named by a demonym deports them
(174); a war footing is a force posture (15). Like conflict.py, each rule looks at a
trigger's neighbours in the parse, after the lexicon and rules have run.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.events.conflict import ENTERING_FORCES
from dateline.events.graph import Graph
from dateline.events.lexicon import Entry
from dateline.events.mentions import MentionIndex
from dateline.events.retype import ARMED, CROWDS, REFUSED
from dateline.events.roles import clause_subject
from dateline.events.rules import ENVOYS, RESCUERS
from dateline.events.stative import stative
from dateline.events.triggers import UNDO_VERBS, Trigger

# verbs of judging that, with a verdict adjective on their object, find fault: blame
# (ACCUSE) or a conviction (SANCTION convict: "guilty, unconstitutional, or liable")
JUDGING = frozenset({"find", "hold", "declare", "pronounce", "judge", "deem", "rule"})
BLAME = frozenset({"responsible", "accountable", "culpable"})
CONVICTED = frozenset({"guilty", "liable"})
# reporting verbs whose complement "Y had to …" is a demand on Y (triggers.py has "must")
SPEECH = frozenset(
    {"say", "declare", "insist", "reiterate", "state", "tell", "stress", "argue", "write",
     "repeat", "reaffirm", "maintain", "emphasise", "emphasize", "add", "announce"}
)  # fmt: skip
PARTY_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "you", "this", "that"})
# speech verbs the lexicon's "must" rule (triggers.DEMAND_SPEECH) does not list
MORE_SPEECH = frozenset({"repeat", "reaffirm", "maintain", "emphasise", "emphasize"})
OBLIGATION = frozenset({"must", "should", "ought"})
# ordering someone "out" of a country: envoys and agencies are expelled (SANCTION)
# ("threw out the application" is a refusal: things are not ousted, people are)
OUSTING = frozenset({"order", "force", "tell", "command"})
AGENCIES = ENVOYS | frozenset({"agency", "organisation", "organization", "ngo", "charity", "group"})
# workers are an agency's only as "aid workers", "relief workers"
RELIEF = frozenset({"aid", "relief", "humanitarian"})
COUNTS = frozenset({"hundred", "thousand", "dozen", "score", "million"})
# what one opposes that is a proposed act (not a person, a policy in force or a view)
PROPOSALS = frozenset(
    {"plan", "proposal", "idea", "move", "initiative", "bill", "resolution", "draft",
     "scheme", "request", "call", "demand", "appeal", "offer", "deployment", "stationing",
     "dispatch", "motion", "amendment", "suggestion", "bid"}
)  # fmt: skip
# verbs by which security forces prevent a protest (COERCE restrict, CAMEO 172/191)
PREVENTING = frozenset(UNDO_VERBS) | {"prevent", "block", "thwart", "foil", "stop", "halt"}


def _entry(lemma: str, event: str, mode: str | None, flags: frozenset[str] = frozenset()) -> Entry:
    return Entry("v", (lemma,), 0, event, mode, (), flags)


def _verdict(g: Graph, i: int) -> Entry | None:
    """ "held the Tigers responsible for" (blame), "found four officers guilty of" (a
    conviction)."""
    if g.lemma(i) not in JUDGING or g.tok(i).pos != "VERB":
        return None
    near = list(g.children(i, "oprd", "acomp", "ccomp", "xcomp"))
    o = g.obj(i)
    if o is not None:
        near += g.children(o, "amod", "oprd")
    adjectives = {g.lemma(k) for k in near if g.tok(k).pos == "ADJ"}
    if adjectives & CONVICTED:
        return _entry(g.lemma(i), "SANCTION", "convict")
    return _entry(g.lemma(i), "ACCUSE", "disapprove") if adjectives & BLAME else None


def _party(g: Graph, idx: MentionIndex, s: int) -> bool:
    if g.tok(s).text.lower() in PRONOUNS:
        return False
    return idx.index_at(s) is not None or g.tok(s).ent_type in PARTY_ENTS


def _obligation_reported(g: Graph, idx: MentionIndex, i: int) -> bool:
    """ "repeated that Tunisia had to surrender …", "reaffirmed Iraq must …": a demand."""
    if g.lemma(i) not in SPEECH or g.tok(i).pos != "VERB":
        return False
    for c in g.children(i, "ccomp"):
        s = g.subject(c)
        if s is None or not _party(g, idx, s) or s == g.subject(i):
            continue
        # "would have to" forecasts ("Italy would eventually have to abandon …")
        forecast = any(g.tok(a).tag == "MD" for a in g.children(c, "aux"))
        has_to = (
            g.lemma(c) == "have"
            and not forecast
            and any(
                g.lemma(a) == "to" and not stative(g, x)  # "had to be pleased": a guess
                for x in g.children(c, "xcomp")
                for a in g.children(x, "aux")
            )
        )
        must = g.lemma(i) in MORE_SPEECH and not stative(g, c) and any(
            g.tok(a).text.lower() in OBLIGATION for a in g.children(c, "aux")
        )
        if has_to or must:
            return True
    return False


def _ordered_out(g: Graph, idx: MentionIndex, i: int) -> Entry | None:
    """ "ordered two diplomats out of the country": expelled (SANCTION for envoys and
    agencies, CAMEO 166/1663; COERCE deport for anyone else, CAMEO 174)."""
    if g.lemma(i) not in OUSTING or g.tok(i).pos != "VERB":
        return None
    o = g.obj(i)
    if o is None or g.lemma(o) in RESCUERS:
        return None
    # "out" on the verb, or hung by the parser on its object
    out = [k for x in (i, o) for k in g.children(x, "prep", "prt", "advmod") if g.lemma(k) == "out"]
    if not out:
        return None
    who = g.descend_partitive(o)
    if g.lemma(who) in COUNTS:  # "hundreds of Indonesian labourers"
        who = next(iter(g.prep_objects(who, "of")), who)
    if _agency(g, who):
        return _entry(g.lemma(i), "SANCTION", "expel")
    named = [k for k in g.children(who, "amod", "compound") if g.tok(k).ent_type in PARTY_ENTS]
    people = _party(g, idx, who) or bool(named)
    return _entry(g.lemma(i), "COERCE", "deport") if people else None


def _opposed_act(g: Graph, i: int, found: dict[int, Trigger]) -> Entry | None:
    """ "opposed the stationing of foreign monitors": rejecting a proposed act."""
    if g.lemma(i) != "oppose" or g.tok(i).pos != "VERB":
        return None
    o = g.obj(i)
    if o is None or g.lemma(o) not in PROPOSALS:
        return None
    mode = None
    for k in g.subtree(o):
        inner = found.get(k)
        if inner is not None and k != i and inner.entry.event in REFUSED:
            mode = REFUSED[inner.entry.event]
            break
    return _entry("oppose", "REJECT", mode)


def _readying_force(g: Graph, i: int, found: dict[int, Trigger]) -> bool:
    """ "was getting ready to attack", "readied an offensive": force being readied."""
    if g.tok(i).pos != "VERB":
        return False
    if g.lemma(i) == "get":
        scope = [x for r in g.children(i, "acomp") if g.lemma(r) == "ready"
                 for x in g.children(r, "xcomp")]  # fmt: skip
    elif g.lemma(i) == "ready":
        scope = g.children(i, "dobj", "xcomp")
    else:
        return False
    return any(found[k].entry.event == "ASSAULT" for x in scope for k in g.subtree(x) if k in found)


def _prevented_protest(g: Graph, k: int, trig: Trigger) -> int | None:
    """ "Riot police stopped a march …" with the march parsed as an adverbial of the verb:
    the verb, when security forces stop a protest noun."""
    if not trig.nominal or trig.entry.event != "PROTEST" or g.dep(k) != "npadvmod":
        return None
    h = g.head(k)
    if h is None or g.lemma(h) not in PREVENTING or g.tok(h).pos != "VERB":
        return None
    s = g.subject(h)
    return h if s is not None and g.lemma(s) in RESCUERS else None


# a call to these against someone rallies opposition (CAMEO 113), as "unite against" does
RISING = frozenset({"rise", "revolt", "rebel"})
# what a crowd throws: stone-throwing by civilians is a riot (CAMEO 145), not an attack
THROWING = frozenset({"throw", "hurl", "lob", "pelt"})
THROWN = frozenset({"stone", "rock", "brick", "bottle", "cobblestone", "molotov", "firebomb"})
# forces serving under the UN are peacekeepers: pulling them out reduces relations (1661)
SERVING = frozenset({"serve", "attach", "assign", "second"})
PEACE_FORCE = frozenset({"u.n.", "un", "united", "nations", "peacekeeping", "blue"})


def _rises_against(g: Graph, i: int, trig: Trigger) -> bool:
    """ "called on Iraqis to rise up against Saddam Hussein": rallying opposition."""
    if trig.entry.event != "REQUEST" or trig.nominal:
        return False
    for x in g.children(i, "xcomp", "ccomp"):
        if g.lemma(x) in RISING and (
            g.prep_objects(x, "against")
            or any(g.prep_objects(p, "against") for p in g.children(x, "prt"))
        ):
            return True
    return False


def _people_throwing(g: Graph, i: int, trig: Trigger) -> bool:
    """ "Young Palestinians took to hurling rocks at army patrols": civilians stoning."""
    if trig.entry.event != "ASSAULT" or trig.nominal or g.lemma(i) not in THROWING:
        return False
    o = g.obj(i)
    if o is None or g.lemma(g.descend_partitive(o)) not in THROWN:
        return False
    for s in clause_subject(g, i):
        t = g.tok(s)
        people = t.ent_type == "NORP" or t.tag == "NNPS" or g.lemma(s) in CROWDS
        if people and g.lemma(s) not in ARMED:
            return True
    return False


def _peacekeepers_out(g: Graph, i: int, trig: Trigger) -> bool:
    """ "paratroopers serving with the U.N. force were pulled out": withdrawn peacekeepers."""
    if trig.entry.event != "RETREAT" or trig.nominal:
        return False
    moved = [k for k in (g.obj(i), g.passive_subject(i)) if k is not None]
    for m in moved:
        for a in g.children(g.descend_partitive(m), "acl"):
            if g.lemma(a) in SERVING and any(
                g.tok(k).text.lower() in PEACE_FORCE for k in g.subtree(a)
            ):
                return True
    return False


PLACING = frozenset({"put", "place", "keep"})


def _war_footing(g: Graph, i: int) -> int | None:
    """ "placed its army on a war footing": the small tagger reads "footing" as a verb or
    an adjective, so the idiom is read from the words after "on"; returns "war"."""
    if g.lemma(i) not in PLACING or g.tok(i).pos != "VERB":
        return None
    toks = g.doc.tokens
    for p in g.children(i, "prep"):
        if g.lemma(p) != "on":
            continue
        for k in range(p + 1, min(p + 4, len(toks) - 1)):
            if toks[k].text.lower() == "war" and toks[k + 1].text.lower() == "footing":
                return k
    return None


# naming an act one of these condemns it ("described the raid as state terrorism"; the
# lexicon has "call/brand … a crime", this is the "as" the parser hangs on the object)
NAMING = frozenset({"describe", "brand", "label", "denounce", "condemn", "characterise",
                    "characterize", "term", "decry", "dub", "see", "regard", "view"})  # fmt: skip
PEJORATIVE = frozenset(
    {"crime", "outrage", "violation", "atrocity", "aggression", "provocation", "massacre",
     "genocide", "terrorism", "piracy", "disgrace", "insult", "farce", "travesty",
     "betrayal", "interference", "meddling", "blackmail", "barbarism", "banditry"}
)  # fmt: skip
# what a speaker rules out by calling it so ("said the plan was unacceptable")
RULED_OUT = frozenset({"unacceptable", "inadmissible", "impossible", "unthinkable"})
# nouns that make the other object of "make" a demand ("made X a condition for talks")
CONDITIONS = frozenset({"condition", "precondition", "prerequisite"})


def _named_pejoratively(g: Graph, i: int) -> bool:
    if g.lemma(i) not in NAMING or g.tok(i).pos != "VERB":
        return False
    o = g.obj(i)
    places = [i] if o is None else [i, o]
    return any(g.lemma(k) in PEJORATIVE for x in places for k in g.prep_objects(x, "as"))


def _ruled_out(g: Graph, idx: MentionIndex, i: int, found: dict[int, Trigger]) -> Entry | None:
    """ "said the plan was unacceptable", "said a release was out of the question", "said
    there would be no release": the speaker refuses (REJECT, mode from the refused act)."""
    if g.lemma(i) not in SPEECH or g.tok(i).pos != "VERB":
        return None
    if i in found and found[i].entry.event != "REQUEST":  # "insisted there would be no …"
        return None
    for c in g.children(i, "ccomp"):
        if g.lemma(c) != "be":
            continue
        s = g.subject(c)
        acomp = {g.lemma(k) for k in g.children(c, "acomp")}
        question = any(
            g.lemma(q) == "question"
            for p in g.children(c, "prep")
            if g.lemma(p) == "out"
            for o in g.children(p, "prep")
            for q in g.prep_objects(o, "of") + g.children(o, "pobj")
        )
        refused = [s] if s is not None and (acomp & RULED_OUT or question) else []
        if any(g.dep(k) == "expl" for k in g.children(c)):  # "there would be no release"
            refused = [a for a in g.children(c, "attr")
                       if any(g.lemma(d) == "no" for d in g.children(a, "det"))]  # fmt: skip
        for r in refused:
            inner = found.get(r)
            act = inner is not None and inner.entry.event in REFUSED
            if act or g.lemma(r) in PROPOSALS:
                mode = REFUSED[inner.entry.event] if inner is not None and act else None
                return _entry(g.lemma(i), "REJECT", mode)
    return None


def _conditioned(g: Graph, found: dict[int, Trigger]) -> None:
    """ "made the release of the prisoners a condition for talks": a demand for the
    release (REQUEST on "made"), which nobody has done yet. The condition noun is looked
    for in the verb's own clause: the parser often hangs it on the first object."""
    for t in g.doc.tokens:
        h = t.i
        if t.lemma != "make" or t.pos != "VERB" or (h in found and found[h].entry.obj):
            continue
        if not any(g.lemma(k) in CONDITIONS for k in _own_clause(g, h)):
            continue
        for k, trig in list(found.items()):
            if trig.nominal and trig.light == h:  # the act is demanded, not done
                found[k] = replace(trig, light=None, start=k, end=k + 1)
        found[h] = Trigger(h, _entry("make", "REQUEST", None), h, h + 1, False)


def _own_clause(g: Graph, i: int) -> list[int]:
    """The words of verb ``i``'s clause, without clauses of its own inside."""
    out, todo = [], list(g.children(i))
    while todo:
        k = todo.pop()
        if g.dep(k) in {"ccomp", "advcl", "relcl", "conj", "parataxis"}:
            continue
        out.append(k)
        todo.extend(g.children(k))
    return out


PLACES = frozenset(
    {"town", "city", "village", "territory", "capital", "region", "province", "zone",
     "country", "enclave", "valley", "district", "area", "camp", "port"}
)  # fmt: skip


def _forces_enter(g: Graph, i: int) -> bool:
    """ "its army would enter southern Lebanon": forces entering a place invade it, as
    conflict.py reads "troops moved into" (not UN forces, not "entered talks")."""
    if g.lemma(i) != "enter" or g.tok(i).pos != "VERB":
        return False
    s, o = g.subject(i), g.obj(i)
    if s is None or o is None or g.lemma(g.descend_partitive(s)) not in ENTERING_FORCES:
        return False
    if any(g.tok(k).text.lower() in PEACE_FORCE for k in g.subtree(s)):
        return False
    return g.tok(o).ent_type in {"GPE", "LOC"} or g.lemma(o) in PLACES


def _people_expelled(g: Graph, i: int, trig: Trigger) -> bool:
    """ "expelled thousands of Yemeni workers": the "@country" object the lexicon matched
    is a demonym on people, whose expulsion is a deportation (CAMEO 174), not a cut in
    relations with their country."""
    if trig.entry.event != "SANCTION" or trig.entry.obj != "@country" or trig.nominal:
        return False
    o = g.obj(i)
    if o is None:
        return False
    who = g.descend_partitive(o)
    if g.lemma(who) in COUNTS:
        who = next(iter(g.prep_objects(who, "of")), who)
    t = g.tok(who)
    # a people named by a demonym ("Yemeni workers", "300 Albanians"), not a member
    # expelled from a party ("expelled the senator")
    demonym = t.ent_type == "NORP" or any(
        g.tok(m).ent_type == "NORP" for m in g.children(who, "amod", "compound")
    )
    return demonym and t.pos in {"NOUN", "PROPN"} and not _agency(g, who)


def _expelled_from_country(g: Graph, i: int, trig: Trigger) -> bool:
    """ "the reporter was expelled from the country": the "@country" the lexicon matched is
    the place left, so a person is deported (CAMEO 174); expelling an envoy or an
    organisation ("aid agencies") stays a cut in relations, and so does expelling a country
    ("expelled Russia from the council")."""
    if trig.entry.event != "SANCTION" or trig.entry.obj != "@country" or trig.nominal:
        return False
    if trig.obj is None or g.lemma(g.tok(trig.obj).head) != "from":
        return False
    expelled = [g.descend_partitive(e) for e in g.children(i, "dobj", "nsubjpass")]
    return not any(
        g.lemma(e) in ENVOYS or _agency(g, e) or g.tok(e).ent_type == "ORG" for e in expelled
    )


def _agency(g: Graph, k: int) -> bool:
    if g.lemma(k) in AGENCIES:
        return True
    mods = {g.lemma(m) for m in g.children(k, "compound", "amod")}
    return g.lemma(k) == "worker" and bool(mods & RELIEF)


def _retyped(g: Graph, i: int, trig: Trigger) -> Entry | None:
    if _rises_against(g, i, trig):
        return _entry(g.lemma(i), "ACCUSE", "disapprove")
    if _people_throwing(g, i, trig):
        return _entry(g.lemma(i), "PROTEST", "riot")
    if _people_expelled(g, i, trig) or _expelled_from_country(g, i, trig):
        return replace(trig.entry, event="COERCE", mode="deport", contexts=())
    if _peacekeepers_out(g, i, trig):
        return replace(trig.entry, event="SANCTION", mode="withdraw")
    return None


def apply_conventions(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Apply the rules above to the detected triggers, in place."""
    for t in g.doc.tokens:
        if t.lemma.lower() not in _CUES:
            continue  # every rule starts from one of these verbs: most tokens skip
        i = t.i
        old = found.get(i)
        if old is not None and old.nominal:
            continue
        new = _new_entry(g, idx, i, found)
        if new is not None:
            found[i] = Trigger(i, new, i, i + 1, False) if old is None else replace(old, entry=new)
    _conditioned(g, found)
    for k, trig in list(found.items()):
        new = _retyped(g, k, trig)
        if new is not None:
            found[k] = replace(trig, entry=new)
        h = _prevented_protest(g, k, trig)
        if h is not None and h not in found:
            found[h] = Trigger(h, _entry(g.lemma(h), "COERCE", "restrict"), h, h + 1, False)


def _new_entry(g: Graph, idx: MentionIndex, i: int, found: dict[int, Trigger]) -> Entry | None:
    verdict = _verdict(g, i)
    if verdict is not None:
        return verdict
    if i not in found and _obligation_reported(g, idx, i):
        return _entry(g.lemma(i), "REQUEST", None, frozenset({"embed_hypothetical"}))
    war = _war_footing(g, i)
    if war is not None:
        found.pop(war, None)  # the war is the footing's, no event
    if _readying_force(g, i, found) or war is not None:
        return Entry("v", (g.lemma(i),), 0, "MOBILIZE", "troops", ("military",), frozenset())
    if i not in found and _forces_enter(g, i):
        return _entry("enter", "ASSAULT", None)
    if _named_pejoratively(g, i):
        return _entry(g.lemma(i), "ACCUSE", "disapprove")
    return _ordered_out(g, idx, i) or _opposed_act(g, i, found) or _ruled_out(g, idx, i, found)


_CUES = JUDGING | SPEECH | OUSTING | PLACING | NAMING | {"oppose", "get", "ready", "enter"}
