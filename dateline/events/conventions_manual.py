"""Boundaries between neighbouring PLOVER types that the 2021 codebook draws in its
"potential ambiguities" notes and that the word-by-word lexicon misses (session 7, probed
by tests/_events_probe_manual.py). Each rule looks at a trigger's neighbours in the parse,
after the lexicon, rules.py and the conflict conventions have run:

- an invitation to visit, meet or talk is AGREE (the manual's CONSULT notes put invited
  state visits under AGREE), where the lexicon reads inviting a country REQUEST;
- a party to a conflict calling for its end expresses intent (AGREE, manual REQUEST):
  "called for an end to *its* war", "… to the war *with* the government"; a bystander's
  call, or a party's bare call for a ceasefire, stays a demand;
- the consequence named in an ultimatum ("… or face military action") is the threat's
  content, not an event of its own;
- opening airports, roads or borders *to* relief or inspectors allows access (RETREAT
  `access`, CAMEO 0863);
- forces deployed or sent for disaster relief are aid (AID, manual MOBILIZE);
- a test firing shows force without using it (MOBILIZE `weapons`, CAMEO 15);
- forces mobilised *for* a rally or march are a protest's (PROTEST `demo`, manual MOBILIZE);
- returning something seized or confiscated returns property (RETREAT, CAMEO 0842);
- second batch: the lifting, easing or suspension *of* a measure is the undoing the verb
  "lift" makes (CONCEDE, RETREAT …, rules.UNDONE); a warning that someone faces or risks
  a penalty threatens it; a court ordering a payment sanctions (manual, AID and SANCTION:
  payments a court orders are SANCTION, voluntary ones AID); police breaking up a rally
  restrict it (COERCE); an envoy's summons is a complaint (ACCUSE, as the verb is in the
  lexicon: the manual's CONSULT notes code an envoy called in to hear a grievance so); a
  shipment of relief goods is aid; regret at another party's decision disapproves of
  it (ACCUSE; regret for one's own act stays as it was);
- third batch: troops sent to join or reinforce a U.N. or peacekeeping force are aid
  (AID, CAMEO 074); customs, police or coastguards seizing a ship or cargo confiscate it
  (COERCE `seize`), where anyone else seizing a ship hijacks it; a restriction done with a
  crowd-control weapon named in the clause that governs it ("used water cannon to
  disperse the crowd") is ASSAULT `crowd-control`, as "dispersed it with tear gas" is
  (events/modes.py); the trial *of* a person is a charge brought (ACCUSE `allege`).
"""

from __future__ import annotations

from dataclasses import replace

from dateline.events.graph import Graph
from dateline.events.lexicon import Entry
from dateline.events.retype import CROWDS
from dateline.events.roles import ACTOR_NOUNS
from dateline.events.rules import ENVOYS, SANCTION_NOUNS, UNDONE, WITHDRAWN
from dateline.events.triggers import Trigger

# acts an invitation can be to (their lemmas as verbs or nouns)
MEETING = frozenset(
    {"visit", "talk", "meet", "meeting", "summit", "conference", "negotiation", "negotiate",
     "consultation", "discuss", "discussion", "dialogue", "tour", "attend"}
)  # fmt: skip
ENDING = frozenset({"end", "halt", "stop", "cessation", "ending", "termination"})
CONFLICT = frozenset(
    {"war", "fighting", "conflict", "hostility", "hostilities", "violence", "bloodshed",
     "insurgency", "struggle", "rebellion", "fight"}
)  # fmt: skip
OWN = frozenset({"its", "their", "our", "his"})
CALLING = frozenset({"call", "urge", "appeal", "seek", "press", "ask", "plead"})
CONSEQUENCE = frozenset({"face", "risk", "suffer"})
OPENING = frozenset({"open", "reopen"})
LETTING = frozenset({"let", "allow", "permit"})
# whom a place is opened to when that lets outsiders in (not "opened to traffic")
OUTSIDERS = frozenset(
    {"relief", "aid", "inspector", "observer", "monitor", "peacekeeper", "journalist",
     "convoy", "investigator", "humanitarian"}
)  # fmt: skip
DISASTER = frozenset(
    {"flood", "earthquake", "quake", "cyclone", "hurricane", "typhoon", "storm", "disaster",
     "famine", "drought", "tsunami", "landslide", "fire", "wildfire", "epidemic", "outbreak",
     "victim", "survivor", "relief", "evacuee", "homeless"}
)  # fmt: skip
RELIEVING = frozenset(
    {"help", "assist", "aid", "rescue", "evacuate", "distribute", "rebuild", "clear",
     "deliver", "feed", "search", "relieve", "support"}
)  # fmt: skip
TESTING = frozenset({"fire", "launch"})
RALLIES = frozenset({"rally", "march", "demonstration", "protest", "strike", "sit-in", "vigil"})
TRUCES = frozenset({"truce", "ceasefire", "cease-fire", "armistice", "peace"})
# nouns of undoing: "the lifting of the curfew" is what "lifted the curfew" is
UNDOING = frozenset(
    {"lifting", "easing", "relaxation", "relaxing", "removal", "abolition", "suspension",
     "repeal", "revocation", "scrapping", "cancellation", "rescinding", "loosening"}
)  # fmt: skip
CURBS = frozenset({"restriction", "curb", "control", "censorship", "limit", "ban"})
CANCELLATION = frozenset({"cancellation", "postponement"})
COURTS = frozenset({"court", "judge", "tribunal", "jury", "arbitrator", "arbitration"})
PAYING = frozenset({"pay", "compensate", "refund", "repay"})
HARMS = frozenset({"SANCTION", "ASSAULT", "COERCE", "MOBILIZE"})
CARRYING = frozenset({"shipment", "consignment", "airlift", "cargo", "planeload", "truckload"})
RELIEF_GOODS = frozenset(
    {"medicine", "medical", "food", "blanket", "tent", "aid", "supply", "wheat", "grain",
     "rice", "flour", "vaccine", "relief", "clothing", "drug", "foodstuff", "milk"}
)  # fmt: skip
REGRETS = frozenset({"regret", "dismay", "displeasure", "disappointment"})
PARTY_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON"})
JOINING = frozenset({"join", "reinforce", "serve", "bolster", "augment", "strengthen"})
UN_FORCES = frozenset(
    {"u.n.", "un", "nations", "peacekeeping", "peacekeeper", "multinational", "unifil",
     "unprofor", "blue", "helmet"}
)  # fmt: skip
OFFICIALDOM = frozenset(
    {"customs", "police", "coastguard", "authority", "authorities", "official", "officer",
     "inspector", "coast", "guard", "prosecutor"}
)  # fmt: skip
VESSELS = frozenset(
    {"ship", "vessel", "boat", "tanker", "freighter", "trawler", "cargo", "consignment",
     "shipment", "yacht", "ferry"}
)  # fmt: skip
USING = frozenset({"use", "fire", "employ", "deploy", "spray", "turn"})
CROWD_WEAPONS = frozenset(
    {"teargas", "gas", "cannon", "bullet", "baton", "truncheon", "spray", "grenade", "club"}
)  # fmt: skip
TAKEN = frozenset({"seize", "confiscate", "capture", "impound", "steal", "hijack", "take"})


def _verb(g: Graph, i: int, event: str, mode: str | None) -> Entry:
    return Entry("v", (g.lemma(i),), 0, event, mode, (), frozenset())


def _entry(trig: Trigger, event: str, mode: str | None, flags: frozenset[str]) -> Entry:
    return replace(trig.entry, event=event, mode=mode, flags=flags, obj=None)


def apply_manual(g: Graph, found: dict[int, Trigger]) -> None:
    """Apply the rules above to the detected triggers, in place."""
    for t in g.doc.tokens:  # verbs the lexicon has no entry for with these objects
        i = t.i
        if i in found or t.pos != "VERB":
            continue
        if _opens_to_outsiders(g, i):
            found[i] = Trigger(i, _verb(g, i, "RETREAT", "access"), i, i + 1, False)
        elif _returns_taken(g, i):
            found[i] = Trigger(i, _verb(g, i, "RETREAT", None), i, i + 1, False)
        elif _breaks_up_protest(g, i, found):
            found[i] = Trigger(i, _verb(g, i, "COERCE", "restrict"), i, i + 1, False)
    for t in g.doc.tokens:
        if t.pos == "NOUN":
            _undoing_noun(g, t.i, found)
            if t.i not in found and _envoy_summoned(g, t.i):
                entry = Entry("n", ("summons",), 0, "ACCUSE", "disapprove", ("diplomatic",),
                              frozenset())
                found[t.i] = Trigger(t.i, entry, t.i, t.i + 1, True)
            if t.i not in found and _trial_of_person(g, t.i):
                entry = Entry("n", ("trial",), 0, "ACCUSE", "allege", ("legal",), frozenset())
                found[t.i] = Trigger(t.i, entry, t.i, t.i + 1, True)
            if t.i not in found and _relief_shipment(g, t.i):
                entry = Entry("n", (t.lemma,), 0, "AID", None, ("humanitarian",), frozenset())
                found[t.i] = Trigger(t.i, entry, t.i, t.i + 1, True)
    for k, trig in list(found.items()):
        if _ultimatum_consequence(g, trig, found) or _warned_penalty(g, trig, found):
            del found[k]
            continue
        new = _retyped(g, trig, found)
        if new is not None:
            found[k] = replace(trig, entry=new)


def _retyped(g: Graph, trig: Trigger, found: dict[int, Trigger]) -> Entry | None:
    t = trig.entry.event
    k = trig.light if trig.light is not None else trig.token
    if t == "REQUEST" and _invites_to_meet(g, trig, found):
        return _entry(trig, "AGREE", None, frozenset({"embed_future"}))
    if t == "REQUEST" and _party_calls_for_end(g, trig):
        return _entry(trig, "AGREE", None, trig.entry.flags)
    if t == "ACCUSE" and _warns_of_penalty(g, k, found):
        return _entry(trig, "THREATEN", None, trig.entry.flags)
    if t == "REQUEST" and _court_orders_payment(g, k):
        return _entry(trig, "SANCTION", "convict", frozenset())
    if t == "SUPPORT" and _regrets_others_act(g, trig):
        return _entry(trig, "ACCUSE", "disapprove", frozenset())
    if t == "MOBILIZE" and _joins_un_force(g, k):
        return _entry(trig, "AID", None, trig.entry.flags)
    if t == "ASSAULT" and trig.entry.mode == "abduct" and _officials_impound(g, trig):
        return _entry(trig, "COERCE", "seize", frozenset())
    if t == "COERCE" and trig.entry.mode in {None, "restrict"} and _with_crowd_weapon(g, k):
        return _entry(trig, "ASSAULT", "crowd-control", frozenset())
    if t == "MOBILIZE" and _for_relief(g, k):
        return _entry(trig, "AID", None, trig.entry.flags)
    if t == "MOBILIZE" and _for_rally(g, k, found):
        return _entry(trig, "PROTEST", "demo", trig.entry.flags)
    if t == "ASSAULT" and _test_firing(g, trig):
        return _entry(trig, "MOBILIZE", "weapons", frozenset())
    if t != "RETREAT" and not trig.nominal and _opens_to_outsiders(g, trig.token):
        return _entry(trig, "RETREAT", "access", frozenset())
    return None


def _invites_to_meet(g: Graph, trig: Trigger, found: dict[int, Trigger]) -> bool:
    """ "invited King Hussein to visit Jerusalem", "invited Israel to talks in Cairo"."""
    i = trig.token
    if trig.nominal or g.lemma(i) != "invite":
        return False
    acts = g.children(i, "xcomp", "ccomp", "advcl")
    o = g.obj(i)
    for p in g.children(i, "prep") + ([] if o is None else g.children(o, "prep")):
        if g.lemma(p) in {"to", "for"}:
            acts += g.children(p, "pobj")
    for a in acts:
        if g.lemma(a) in MEETING:
            return True
        inner = found.get(a)
        if inner is not None and inner.entry.event == "CONSULT":
            return True
    return False


def _party_calls_for_end(g: Graph, trig: Trigger) -> bool:
    """ "The rebels called for an end to their war with the army": the caller is a party."""
    i = trig.light if trig.light is not None else trig.token
    if g.lemma(i) not in CALLING:
        return False
    tree = g.subtree(i)
    wars = [
        w for e in tree if g.lemma(e) in ENDING
        for p in g.children(e, "prep") if g.lemma(p) in {"to", "of"}
        for w in g.children(p, "pobj") if g.lemma(w) in CONFLICT
    ]  # fmt: skip
    if not wars:
        # "appealed for a truce in their war against the government"
        if not any(g.lemma(e) in TRUCES for e in tree):
            return False
        wars = [w for w in tree if g.lemma(w) in CONFLICT]
    for w in wars:
        if any(g.lemma(d) in OWN for d in g.children(w, "poss")):
            return True
        if any(g.lemma(p) in {"with", "against"} for p in g.children(w, "prep")):
            return True
    # an armed speaker alone is not enough: "The rebels called for a ceasefire" stays a
    # demand (REQUEST `yield`), as tests/test_events_constructions.py has it from dev
    return False


def _ultimatum_consequence(g: Graph, trig: Trigger, found: dict[int, Trigger]) -> bool:
    """ "told the junta to step down or face military action": what the threat holds out
    is its content; the threat is on the verb that gives the ultimatum."""
    k = trig.light if trig.light is not None else trig.token
    if g.lemma(k) not in CONSEQUENCE or k == 0 or g.doc.tokens[k - 1].text.lower() != "or":
        return False
    return any(a in found and found[a].entry.event == "THREATEN" for a in g.ancestors(k))


def _opens_to_outsiders(g: Graph, i: int) -> bool:
    """ "opened its airports to relief flights" (not "opened the market to investors");
    "let aid convoys into the town", where the parser reads the convoys as a clause."""
    if g.lemma(i) in LETTING:
        let = g.children(i, "dobj", "ccomp")
        return any(g.tok(w).pos == "NOUN" and _outsiders(g, w) for w in let)
    if g.lemma(i) not in OPENING:
        return False
    return any(_outsiders(g, w) for w in g.prep_objects(i, "to"))


def _outsiders(g: Graph, w: int) -> bool:
    words = {g.lemma(w), *(g.lemma(m) for m in g.children(w, "compound", "amod"))}
    return bool(words & OUTSIDERS)


def _for_relief(g: Graph, k: int) -> bool:
    """ "deployed 5,000 soldiers to help flood victims", "sent troops for flood relief"."""
    words: set[str] = set()
    for x in g.children(k, "xcomp", "advcl"):
        if g.lemma(x) in RELIEVING and any(g.lemma(a) == "to" for a in g.children(x, "aux")):
            words |= {g.lemma(m) for m in g.subtree(x)}
    for w in g.prep_objects(k, "for"):
        words |= {g.lemma(m) for m in g.subtree(w)}
    return bool(words & DISASTER)


def _for_rally(g: Graph, k: int, found: dict[int, Trigger]) -> bool:
    """ "mobilised tens of thousands of supporters for a rally in Dhaka"."""
    o = g.obj(k)
    preps = g.children(k, "prep") + ([] if o is None else g.children(o, "prep"))
    for p in preps:
        if g.lemma(p) != "for":
            continue
        for w in g.children(p, "pobj"):
            if g.lemma(w) in RALLIES or (w in found and found[w].entry.event == "PROTEST"):
                return True
    return False


def _test_firing(g: Graph, trig: Trigger) -> bool:
    """ "test-fired a ballistic missile" (the tokenizer splits "test - fired")."""
    k = trig.light if trig.light is not None else trig.token
    if g.lemma(k) not in TESTING or k < 2:
        return False
    prev = [g.doc.tokens[k - 2].text.lower(), g.doc.tokens[k - 1].text]
    return prev == ["test", "-"] or g.doc.tokens[k - 1].text.lower() in {"test", "test-"}


def _returns_taken(g: Graph, i: int) -> bool:
    """ "returned the seized airliners to Kuwait": something taken, given back."""
    if g.lemma(i) not in {"return", "restore"} or g.tok(i).pos != "VERB":
        return False
    o = g.obj(i)
    if o is None:
        return False
    return any(g.lemma(m) in TAKEN for m in g.children(g.descend_partitive(o), "amod", "acl"))


def _undoing_noun(g: Graph, i: int, found: dict[int, Trigger]) -> None:
    """ "the lifting of the curfew" (CONCEDE), "the suspension of talks" (SANCTION), "the
    cancellation of the summit" (REJECT): one event on the noun of undoing."""
    if g.lemma(i) not in UNDOING and g.tok(i).text.lower() not in UNDOING:
        return
    acts = [w for w in g.prep_objects(i, "of") if w in found and not found[w].entry.obj]
    if not acts:  # "the easing of restrictions on the press": curbs no entry types alone
        acts = [w for w in g.prep_objects(i, "of") if g.lemma(w) in CURBS]
        kind = "COERCE"
    elif len(acts) == 1:
        kind = found[acts[0]].entry.event
    if len(acts) != 1 or kind not in UNDONE:
        return
    w = acts[0]
    if kind == "SANCTION" and g.lemma(w) not in SANCTION_NOUNS:
        return
    event, mode = UNDONE[kind]
    if kind == "CONSULT" and g.lemma(i) in CANCELLATION:
        event, mode = "REJECT", "meet"
    if g.lemma(w) in WITHDRAWN:
        event, mode = "RETREAT", "withdraw"
    found.pop(w, None)
    entry = Entry("n", (g.lemma(i),), 0, event, mode, (), frozenset(), g.lemma(w))
    found[i] = Trigger(i, entry, i, i + 1, True)


def _warns_penalty_clause(g: Graph, k: int, found: dict[int, Trigger]) -> int | None:
    """The consequence in "warned Belgrade that it faced new sanctions"."""
    if g.lemma(k) not in {"warn", "caution"}:
        return None
    for x in g.children(k, "ccomp"):
        if g.lemma(x) not in CONSEQUENCE:
            continue
        for t, trig in found.items():
            if (trig.light == x or t == g.obj(x)) and trig.entry.event in HARMS:
                return t
    return None


def _warns_of_penalty(g: Graph, k: int, found: dict[int, Trigger]) -> bool:
    return _warns_penalty_clause(g, k, found) is not None


def _warned_penalty(g: Graph, trig: Trigger, found: dict[int, Trigger]) -> bool:
    """The penalty a warning holds out is the threat's content, no event of its own."""
    x = trig.light if trig.light is not None else trig.token
    h = g.head(x)
    return (
        g.lemma(x) in CONSEQUENCE
        and h is not None
        and g.dep(x) == "ccomp"
        and _warns_penalty_clause(g, h, found) == trig.token
    )


def _court_orders_payment(g: Graph, k: int) -> bool:
    """ "A court ordered the ministry to pay damages to the families"."""
    s = g.subject(k)
    if s is None or g.lemma(s) not in COURTS:
        return False
    return any(g.lemma(x) in PAYING for x in g.children(k, "xcomp", "ccomp"))


def _breaks_up_protest(g: Graph, i: int, found: dict[int, Trigger]) -> bool:
    """ "Riot police broke up the rally": the protest prevented (COERCE restrict)."""
    if g.lemma(i) != "break" or "up" not in {g.lemma(p) for p in g.children(i, "prt")}:
        return False
    o = g.obj(i)
    if o is None or o not in found or found[o].entry.event != "PROTEST":
        return False
    s = g.subject(i)
    return s is None or g.lemma(s) not in CROWDS


def _relief_shipment(g: Graph, i: int) -> bool:
    """ "A shipment of medicine and blankets reached the camps"."""
    if g.lemma(i) not in CARRYING:
        return False
    goods = [c for w in g.prep_objects(i, "of") for c in [w, *g.conjuncts(w)]]
    return any(g.lemma(w) in RELIEF_GOODS for w in goods)


def _regrets_others_act(g: Graph, trig: Trigger) -> bool:
    """ "expressed deep regret at the Israeli decision": another party's act is
    disapproved of; "regretted the incident" (one's own) is left as it was."""
    heads = [k for k in (trig.token, trig.light, trig.obj) if k is not None]
    if not any(g.lemma(k) in REGRETS for k in heads):
        return False
    for h in heads:
        for p in g.children(h, "prep"):
            if g.lemma(p) not in {"at", "over", "about", "with"}:
                continue
            for w in g.children(p, "pobj"):
                mods = g.children(w, "amod", "compound", "poss")
                if any(g.tok(m).ent_type in PARTY_LABELS for m in mods):
                    return True
    return False


def _envoy_summoned(g: Graph, i: int) -> bool:
    """ "the envoy's summons to the ministry", "the summoning of the ambassador"."""
    if g.tok(i).text.lower() not in {"summons", "summoning"}:
        return False
    whose = g.children(i, "poss") + g.prep_objects(i, "of")
    return any(g.lemma(w) in ENVOYS for w in whose)


def _joins_un_force(g: Graph, k: int) -> bool:
    """ "sent 800 soldiers to join the U.N. force in Lebanon" (CAMEO 074)."""
    for x in g.children(k, "xcomp", "advcl"):
        if g.lemma(x) not in JOINING or not any(g.lemma(a) == "to" for a in g.children(x, "aux")):
            continue
        o = g.obj(x)
        if o is not None and {g.lemma(m).lower() for m in g.subtree(o)} & UN_FORCES:
            return True
    return False


def _officials_impound(g: Graph, trig: Trigger) -> bool:
    """ "Customs officers seized the ship and its cargo of arms": a confiscation."""
    if trig.nominal:
        return False
    o = trig.obj if trig.obj is not None else g.obj(trig.token)
    s = g.subject(trig.token)
    if o is None or s is None or g.lemma(o) not in VESSELS:
        return False
    return bool({g.lemma(m).lower() for m in g.subtree(s)} & OFFICIALDOM)


def _with_crowd_weapon(g: Graph, k: int) -> bool:
    """ "Police used water cannon to disperse the demonstrators": the weapon is on the
    verb whose purpose the restriction is."""
    h = g.head(k)
    if h is None or g.dep(k) not in {"xcomp", "advcl"} or g.lemma(h) not in USING:
        return False
    if not any(g.lemma(a) == "to" for a in g.children(k, "aux")):
        return False
    o = g.obj(h)
    return o is not None and g.lemma(o) in CROWD_WEAPONS


def _trial_of_person(g: Graph, i: int) -> bool:
    """ "The trial of the former president on corruption charges opened on Monday"."""
    if g.lemma(i) != "trial":
        return False
    people = g.prep_objects(i, "of")
    return any(g.tok(w).ent_type == "PERSON" or g.lemma(w) in ACTOR_NOUNS for w in people)
