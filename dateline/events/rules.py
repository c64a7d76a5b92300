"""Type decision rules that look past the trigger word: what is undone ("lifted the
curfew"), who is told to act ("told Syria to stop"), whose strike it is ("Israeli strikes
on Gaza" vs. "a strike by teachers"), and who frees hostages (captors or rescuers).

Each rule is a constant-time look at the trigger's neighbours in the parse; none walks
the sentence token by token.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.events import cooperation as co
from dateline.events.graph import Graph
from dateline.events.intents import INTENT, INTENT_ADJ, intent_without_act
from dateline.events.lexicon import Entry
from dateline.events.mentions import MentionIndex
from dateline.events.roles import actor_like, clause_subject, named_party
from dateline.events.triggers import UNDO_VERBS, Trigger

# what undoing each kind of act is (manual: CONCEDE covers easing restrictions, removing
# curfews and suspending protests; RETREAT the material end of a blockade, occupation,
# sanctions — CAMEO2PLOVER 085, 0872 — or of fighting)
UNDONE: dict[str, tuple[str, str | None]] = {
    "COERCE": ("CONCEDE", None),
    "PROTEST": ("CONCEDE", None),
    "SANCTION": ("RETREAT", None),
    "ASSAULT": ("RETREAT", "ceasefire"),
    "CONSULT": ("SANCTION", "withdraw"),  # halting negotiations (CAMEO2PLOVER 164)
    # ending cooperation or aid reduces relations (CAMEO2PLOVER 16, 162)
    "COOPERATE": ("SANCTION", "discontinue"),
    "AID": ("SANCTION", "discontinue"),
}
# calling off a meeting is a rejection (manual, SANCTION: "Cancellation of meetings are
# REJECT"), halting talks a reduction of relations
CANCELLING = frozenset({"cancel", "call", "postpone", "delay", "defer", "put", "scrap", "drop"})
# coercive nouns whose end is a material withdrawal, not a concession
WITHDRAWN = frozenset({"blockade", "siege", "occupation", "encirclement", "closure"})
# "halt/suspend/withdraw" also start SANCTION events: only these undo a sanction
SANCTION_NOUNS = frozenset({"sanction", "embargo", "boycott", "freeze", "tariff", "ban"})


def undo_entry(g: Graph, verb: int, noun_event: str, noun: int) -> Entry | None:
    """ "lifted the curfew" → CONCEDE; "ended the offensive" → RETREAT ceasefire."""
    lemma = g.lemma(verb)
    if lemma not in UNDO_VERBS or g.tok(verb).pos != "VERB":
        return None
    particle = UNDO_VERBS[lemma]
    if particle is not None and particle not in {g.lemma(k) for k in g.children(verb, "prt")}:
        return None
    if noun_event not in UNDONE:
        return None
    if noun_event == "SANCTION" and g.lemma(noun) not in SANCTION_NOUNS:
        return None
    event, mode = UNDONE[noun_event]
    if noun_event == "CONSULT" and lemma in CANCELLING:
        event, mode = "REJECT", "meet"
    if g.lemma(noun) in WITHDRAWN:
        event, mode = "RETREAT", "withdraw"
    s = g.subject(verb)
    if noun_event == "PROTEST" and s is not None and g.lemma(s) in RESCUERS:
        event, mode = "COERCE", "restrict"  # "police stopped the march": prevention
    words = (lemma, particle) if particle else (lemma,)
    return Entry("v", words, 0, event, mode, (), frozenset(), g.lemma(noun))


def undone_object(g: Graph, noun: int) -> int | None:
    """The verb a noun is the object (or passive subject) of, if any."""
    h = g.head(noun)
    if h is None or g.dep(noun) not in {"dobj", "obj", "nsubjpass", "xcomp"}:
        return None
    return h


# "told Syria to stop …", "instructed the army to …": a directive (REQUEST)
DIRECTIVE_VERBS = frozenset(
    {"tell", "instruct", "direct", "advise", "warn", "caution", "want", "challenge", "require",
     "dare", "enjoin", "oblige"}
) | co.MORE_DIRECTIVES
_REQUEST = Entry("v", ("tell",), 0, "REQUEST", None, (), frozenset({"embed_hypothetical"}))
TIME_ENTS = frozenset({"DATE", "TIME"})


def directive(g: Graph, idx: MentionIndex, i: int) -> Entry | None:
    """ "X told/warned Y to …" (an object and a to-infinitive): X asks Y to act."""
    if g.lemma(i) not in DIRECTIVE_VERBS or g.tok(i).pos != "VERB":
        return None
    o = g.obj(i)
    # the parser also reads "want the government to cancel" as a clause with a subject
    clauses: list[tuple[int | None, int]] = [(o, x) for x in g.children(i, "xcomp", "advcl")]
    clauses += [(g.subject(x), x) for x in g.children(i, "ccomp")]
    for who, x in clauses:
        if who is None or not any(g.lemma(a) == "to" for a in g.children(x, "aux")):
            continue
        words = g.subtree(x)
        if any(g.lemma(k) == "face" and g.lemma(k - 1) == "or" for k in words if k > 0):
            # "warned X to leave or face attack": an ultimatum (CAMEO 139)
            return Entry("v", (g.lemma(i),), 0, "THREATEN", None, (), _REQUEST.flags)
        if actor_like(g, idx, who):
            return Entry("v", (g.lemma(i),), 0, "REQUEST", None, (), _REQUEST.flags)
    return None


# modifiers that make a "strike" military ("air", "Israeli", "retaliatory")
MILITARY_MODS = frozenset(
    {"air", "aerial", "missile", "drone", "military", "naval", "artillery", "rocket",
     "retaliatory", "preemptive", "pre-emptive", "precision", "surgical", "nuclear",
     "punitive", "targeted", "deadly", "lethal", "fresh", "overnight", "cross-border"}
)  # fmt: skip
# what a military strike is "against" (a strike against a government is a walkout)
MILITARY_TARGETS = frozenset(
    {"target", "position", "base", "militant", "rebel", "insurgent", "camp", "stronghold",
     "facility", "site", "installation", "hideout", "fighter", "guerrilla", "militia"}
)  # fmt: skip
# doers of a verbal "strike" that hit rather than walk out
STRIKERS = frozenset(
    {"jet", "warplane", "aircraft", "plane", "missile", "drone", "rocket", "force", "troop",
     "army", "military", "bomber", "helicopter", "gunship", "artillery", "militant",
     "rebel", "insurgent", "guerrilla", "gunman", "bomb", "shell", "navy", "air"}
)  # fmt: skip
# aircraft whose raid is an attack from the air, not a search
AIRCRAFT = frozenset(
    {"jet", "warplane", "aircraft", "plane", "helicopter", "gunship", "bomber", "drone",
     "fighter-bomber"}
)  # fmt: skip
# doers of a verbal "strike" that walk out ("workers struck the plant")
WORKERS = frozenset(
    {"worker", "union", "member", "employee", "staff", "miner", "teacher", "nurse", "doctor",
     "driver", "pilot", "docker", "student", "unionist", "workforce", "labourer", "laborer"}
)  # fmt: skip
# natural forces: "an earthquake struck" is no political event
NATURAL = frozenset(
    {"earthquake", "quake", "storm", "hurricane", "cyclone", "typhoon", "flood", "tsunami",
     "disaster", "drought", "epidemic", "outbreak", "fire", "tornado", "lightning",
     "disease", "crisis", "recession", "tremor", "aftershock", "famine", "plague",
     "flooding", "landslide", "mudslide", "avalanche", "blaze", "wildfire", "eruption",
     "volcano", "heatwave", "crash", "accident", "collision", "derailment", "cancer",
     "radiation", "meteor", "asteroid", "ray"}
)  # fmt: skip
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "yourself"})
SELF_HARM = frozenset({"kill", "shoot", "hang", "stab", "poison", "injure", "wound"})


def military_strike(g: Graph, i: int, nominal: bool) -> bool:
    """A strike that is an attack: "Israeli strikes on Gaza", "jets struck targets"."""
    if nominal:
        if g.children(i, "compound"):  # "hunger strike", "general strike": a walkout
            return False
        for k in g.children(i, "amod", "compound", "nmod"):
            if g.tok(k).ent_type == "NORP" or g.lemma(k) in MILITARY_MODS:
                return True
        by = g.prep_objects(i, "by")
        if by or g.children(i, "poss"):  # "a strike by teachers", "the miners' strike"
            return any(g.lemma(b) in STRIKERS or g.tok(b).ent_type == "NORP" for b in by)
        if any(g.tok(o).ent_type not in TIME_ENTS for o in g.prep_objects(i, "on")):
            return True
        return any(
            g.tok(o).ent_type in {"GPE", "NORP"} or g.lemma(o) in MILITARY_TARGETS
            for o in g.prep_objects(i, "against")
        )
    found = clause_subject(g, i)  # through "voted to strike"
    s = g.descend_partitive(found[0]) if found else None
    if s is not None and g.lemma(s) in STRIKERS:
        return True
    if s is not None and g.lemma(s) in WORKERS:
        return False  # "union members voted to strike the plant": a walkout
    return g.obj(i) is not None or bool(g.prep_objects(i, "at"))


def natural_subject(g: Graph, i: int) -> bool:
    found = clause_subject(g, i)  # through relatives and coordination: "the fire, which
    return bool(found) and g.lemma(found[0]) in NATURAL  # started and burned …"


# forces whose freeing of hostages is a rescue (AID), not a captor's release
RESCUERS = frozenset(
    {"police", "policeman", "army", "troop", "soldier", "commando", "force", "navy",
     "marine", "military", "rescuer", "officer", "unit", "agent", "guard"}
)  # fmt: skip
CAPTIVES = frozenset({"hostage", "captive", "victim", "sailor", "crew", "passenger"})


def rescue(g: Graph, i: int) -> bool:
    """ "Police freed 12 hostages": a rescue is AID (manual, AID and RETREAT)."""
    s, o = g.subject(i), g.obj(i)
    if s is None or o is None or g.lemma(s) not in RESCUERS:
        return False
    return g.lemma(g.descend_partitive(o)) in CAPTIVES


def _untriggered(g: Graph, idx: MentionIndex, i: int, found: dict[int, Trigger]) -> Entry | None:
    """Events carried by words the lexicon leaves alone: directives ("told X to"),
    preparations, forced stops, and intents with no coded act inside."""
    lemma = g.tok(i).lemma
    if lemma in DIRECTIVE_VERBS and (i not in found or lemma in {"warn", "caution"}):
        return directive(g, idx, i) or co.wanted_done(g, idx, i, found)
    if i in found:
        return None
    if lemma in FORCING or lemma == "prepare":
        entry = preparation(g, i, found) or forced_stop(g, i)
        if entry is not None:
            return entry
    return INTENT if intent_without_act(g, i, found) else None


COMMANDING = frozenset({"order", "instruct", "command", "direct", "tell"})


def commands_own_forces(g: Graph, i: int, found: dict[int, Trigger]) -> bool:
    """ "ordered his troops to withdraw": a command to one's own forces is no request; the
    commanded act is the event."""
    o = g.obj(i)
    if g.lemma(i) not in COMMANDING or o is None or g.lemma(o) not in OWN_FORCES:
        return False
    return any(k in found for x in g.children(i, "xcomp") for k in g.subtree(x))


def refine(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Apply the rules above to the detected triggers, in place."""
    for t in g.doc.tokens:
        if t.lemma not in UNTRIGGERED_LEMMAS and t.text.lower() not in INTENT_ADJ:
            continue  # the common case, checked inline: this loop sees every token
        entry = _untriggered(g, idx, t.i, found)
        if entry is not None:
            found[t.i] = Trigger(t.i, entry, t.i, t.i + 1, False)
    for k, trig in list(found.items()):
        swap = reshaped(g, k, trig, found)
        if not trig.nominal and trig.entry.event == "CONSULT" and trig.entry.mode == "visit":
            swap = arrival(g, k)
        elif not trig.nominal:
            swap = forced_stop(g, k) or preparation(g, k, found) or swap
        if swap is None and (not_an_act(g, idx, k, trig) or commands_own_forces(g, k, found)):
            del found[k]
            continue
        if swap is not None:
            found[k] = replace(trig, entry=swap)
            continue
        natural = not trig.nominal and natural_subject(g, k)
        if natural and (g.lemma(k) in {"strike", "hit"} or trig.entry.event == "ASSAULT"):
            del found[k]  # "an earthquake struck", "the fire killed a miner"
        elif g.lemma(k) == "strike" and trig.entry.event == "PROTEST" and (
            military_strike(g, k, trig.nominal) and len(trig.entry.words) == 1
        ):
            found[k] = replace(trig, entry=replace(trig.entry, event="ASSAULT", mode=None))
    for k, trig in list(found.items()):
        halted = g.tok(k).tag == "VBG" and g.lemma(g.tok(k).head) in co.HALTING
        if (not trig.nominal and not halted) or k not in found:
            continue  # a gerund is stopped too: "stopped shooting"
        # "ended the state of emergency": the object is the phrase's first word
        h = undone_object(g, k) or (undone_object(g, trig.start) if trig.start < k else None)
        entry = None if h is None else undo_entry(g, h, trig.entry.event, k)
        if h is not None and entry is not None:
            end = k + 1 if 0 < k - h <= 4 else h + 1
            found[h] = Trigger(h, entry, h, end, False, obj=k)
            del found[k]


# forces whose arrival is a deployment, and goods whose arrival is aid
FORCES = frozenset(
    {"troop", "soldier", "force", "peacekeeper", "marine", "paratrooper", "reinforcement",
     "unit", "battalion", "contingent", "warship", "commando", "deployment"}
)  # fmt: skip
GOODS = frozenset(
    {"aid", "food", "supply", "convoy", "shipment", "relief", "consignment", "medicine",
     "assistance", "delivery", "airlift"}
)  # fmt: skip


def arrival(g: Graph, i: int) -> Entry | None:
    """ "Peacekeepers arrived in Bosnia" is AID, "troops arrived" MOBILIZE, "aid arrived"
    AID — only people on a visit make an arrival CONSULT."""
    s = g.subject(i)
    if s is None:
        return None
    s = g.descend_partitive(s)
    words = {g.lemma(k) for k in g.subtree(s)}
    if "peacekeeping" in words or "peacekeeper" in words:
        return Entry("v", ("arrive",), 0, "AID", None, ("peacekeeping",), frozenset())
    if g.lemma(s) in FORCES:
        return Entry("v", ("arrive",), 0, "MOBILIZE", "troops", ("military",), frozenset())
    if g.lemma(s) in GOODS:
        return Entry("v", ("arrive",), 0, "AID", None, ("humanitarian",), frozenset())
    return None


def preparation(g: Graph, i: int, found: dict[int, Trigger]) -> Entry | None:
    """ "The army prepared to resume shelling": readying force is MOBILIZE (the verb, not
    the adjective of "prepared to fight", which is a stated intent)."""
    if g.lemma(i) != "prepare" or g.tok(i).pos != "VERB" or g.is_passive(i):
        return None
    for x in g.children(i, "xcomp"):
        if any(found[k].entry.event == "ASSAULT" for k in g.subtree(x) if k in found):
            return Entry("v", ("prepare",), 0, "MOBILIZE", "troops", ("military",), frozenset())
    return None


# "ordered the newspaper to suspend publication": a forced stop is coercion
FORCING = frozenset({"order", "force", "compel", "oblige", "instruct", "direct"})
STOPPING = frozenset(
    {"suspend", "close", "shut", "cease", "stop", "halt", "leave", "quit", "disband",
     "vacate", "dissolve"}
)  # fmt: skip
MEDIA = frozenset(
    {"newspaper", "paper", "radio", "station", "television", "channel", "magazine",
     "website", "publication", "broadcaster", "daily", "weekly", "journalist",
     "correspondent", "reporter", "network"}
)  # fmt: skip
OWN_FORCES = frozenset({"troop", "soldier", "force", "army", "police", "unit", "commander",
                        "navy", "military", "man", "fighter"})  # fmt: skip
DEPLOYED = frozenset({"warship", "carrier", "ship", "tank", "jet", "frigate", "reinforcement"})
# expelling these is a reduction of relations (SANCTION expel), not a deportation
ENVOYS = frozenset(
    {"diplomat", "ambassador", "envoy", "attache", "consul", "inspector", "observer",
     "monitor", "peacekeeper", "staff", "mission"}
)  # fmt: skip


def forced_stop(g: Graph, i: int) -> Entry | None:
    if g.lemma(i) not in FORCING or g.tok(i).pos != "VERB":
        return None
    o = g.obj(i)
    if o is None or g.lemma(o) in OWN_FORCES:
        return None
    for x in g.children(i, "xcomp"):
        if g.lemma(x) in STOPPING:
            if g.lemma(x) == "leave" and g.lemma(g.descend_partitive(o)) in ENVOYS:
                return Entry("v", (g.lemma(i),), 0, "SANCTION", "expel", (), frozenset())
            mode = "deport" if g.lemma(x) == "leave" else "restrict"
            mode = "censor" if g.lemma(o) in MEDIA else mode
            return Entry("v", (g.lemma(i),), 0, "COERCE", mode, (), frozenset())
    return None


# participles that describe a noun's state, not an act ("militiamen armed with machetes",
# "troops backed by tanks")
STATE_PARTICIPLES = frozenset({"arm", "back", "base", "equip", "link", "tie", "support"})
# light verbs that make a diplomatic protest of "protest" ("lodged a protest")
VERBAL_PROTEST = frozenset({"lodge", "file", "deliver", "send", "register", "issue", "voice",
                            "express", "submit", "hand"})  # fmt: skip
OUTSIDERS = frozenset({"inspector", "monitor", "observer", "peacekeeper", "journalist", "convoy"})
ACCESS_VERBS = frozenset(
    {"reach", "enter", "visit", "access", "inspect", "monitor", "observe", "deliver", "land",
     "operate", "return", "cross", "distribute", "see", "meet", "back"}
)  # fmt: skip
# travel verbs are visits only for people who represent someone
REPRESENTATIVES = frozenset(
    {"minister", "president", "premier", "envoy", "delegation", "official", "leader",
     "secretary", "king", "queen", "prince", "chancellor", "ambassador", "diplomat",
     "mediator", "negotiator", "team", "mission", "chief", "head", "general", "commander",
     "emissary", "pope", "monarch", "governor", "mayor", "senator", "representative",
     "deputy", "delegate", "inspector", "observer", "monitor", "he", "she", "they", "who"}
)  # fmt: skip
TRAVEL = frozenset({"travel", "arrive", "fly", "come", "go", "head", "return", "land"})


def not_an_act(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    t = g.tok(k)
    if not trig.nominal and g.lemma(k) in SHOW_OR_FALL:
        return _bare_or_shown(g, k) or _no_comment(g, k)
    if not trig.nominal and g.lemma(k) == "refuse":
        return _no_comment(g, k)
    if g.lemma(k) == "search" and _looking_for(g, k, trig.nominal):
        return True
    if not trig.nominal and co.likelihood(g, idx, k):
        return True
    o = g.obj(k)
    if g.lemma(k) in SELF_HARM and o is not None and g.tok(o).text.lower() in REFLEXIVES:
        return True  # "killed himself": a suicide, not an attack ("blew himself up" is)
    if not trig.nominal and g.lemma(k) == "threaten" and t.tag == "VBN":
        return endangered(g, idx, k)
    if not trig.nominal and t.tag == "VBN" and t.dep in {"acl", "amod"}:
        return g.lemma(k) in STATE_PARTICIPLES
    if trig.entry.event == "REQUEST" and trig.entry.obj == "pressure" and trig.obj is not None:
        # "put pressure on prices": no one is asked to do anything
        return not g.children(k, "xcomp", "advcl") + g.children(trig.obj, "acl")
    travel = trig.entry.event == "CONSULT" and trig.entry.obj is None  # not "come to the table"
    if not trig.nominal and g.lemma(k) in TRAVEL and travel:
        s = g.subject(k)
        if s is not None:
            s = g.resolve_relative(s)
            return not named_party(g, idx, s) and g.lemma(s) not in REPRESENTATIVES
    return False


# verbs whose political sense needs a complement: "demonstrated" (against …) takes none,
# "declined" (to …, the offer) needs one; "demonstrated the features", "prices declined"
SHOW_OR_FALL = frozenset({"demonstrate", "decline"})


def _bare_or_shown(g: Graph, k: int) -> bool:
    if g.lemma(k) == "demonstrate":  # a protest has no object, "that" clause or passive
        # passive or a past participle on a noun: "the applications demonstrated"
        shown = g.is_passive(k) or (g.dep(k) == "acl" and g.tok(k).tag != "VBG")
        return shown or g.obj(k) is not None or bool(g.children(k, "ccomp"))
    wants = g.obj(k) is not None or g.children(k, "xcomp", "ccomp") or g.is_passive(k)
    return not wants


def _looking_for(g: Graph, k: int, nominal: bool) -> bool:
    """ "a search for the black box", "searched for survivors": looking for something,
    not searching someone's premises."""
    searched = g.prep_objects(k, "of") if nominal else [o for o in (g.obj(k),) if o is not None]
    return bool(g.prep_objects(k, "for")) and not searched


# what a spokesman declines to do: a reporter's formula, no refusal between parties
REMARKS = frozenset(
    {"comment", "elaborate", "say", "confirm", "speculate", "identify", "disclose",
     "specify", "name", "reveal", "detail", "answer"}
)  # fmt: skip


def _no_comment(g: Graph, k: int) -> bool:
    """ "declined to comment", "refused to elaborate", "declined comment"."""
    o = g.obj(k)
    if o is not None and g.lemma(o) in REMARKS:
        return True
    return any(g.lemma(x) in REMARKS for x in g.children(k, "xcomp"))


def endangered(g: Graph, idx: MentionIndex, k: int) -> bool:
    """ "Jobs are threatened", "firms threatened by inflation": a passive "threatened"
    with no party threatening and no "with" content is a danger, not a threat."""
    if g.tok(k).dep == "amod" or g.prep_objects(k, "with"):
        return False  # "a threatened strike", "was threatened with arrest"
    if not (g.is_passive(k) or g.tok(k).dep == "acl"):
        return False
    by = g.prep_objects(k, "by")
    return not any(actor_like(g, idx, b) or g.lemma(b) not in FORCES_OF_CIRCUMSTANCE for b in by)


# agents that endanger without threatening ("threatened by inflation")
FORCES_OF_CIRCUMSTANCE = NATURAL | {
    "inflation", "competition", "price", "cost", "rate", "debt", "deficit", "decline",
    "slump", "shortage", "unemployment", "change", "development", "erosion", "rise", "fall",
    "pest", "insect", "locust", "weed", "drought"
}  # fmt: skip


def reshaped(g: Graph, k: int, trig: Trigger, found: dict[int, Trigger]) -> Entry | None:
    """ "joint manoeuvres" are COOPERATE; "lodged a protest" is ACCUSE."""
    e = trig.entry
    if not trig.nominal:
        if g.lemma(k) in {"allow", "permit", "let"} and _lets_in(g, k):
            return Entry("v", e.words, 0, "RETREAT", "access", e.contexts, e.flags)
        if e.event == "MOBILIZE" and any("peacekeep" in g.lemma(x) for x in g.subtree(k)):
            return Entry("v", e.words, 0, "AID", None, ("peacekeeping",), e.flags)
        if e.event == "COERCE" and e.mode == "seize" and any(
            x in found and found[x].entry.event == "ASSAULT"
            for x in g.children(k, "advcl", "conj", "xcomp")
        ):  # "raided a camp, killing 156": an attack
            return Entry("v", e.words, 0, "ASSAULT", None, e.contexts, e.flags)
        if e.event in {"MOBILIZE", "ASSAULT"} and trig.obj is not None and co.joint(
            g, trig.obj, e.event
        ):
            return Entry("v", e.words, 0, "COOPERATE", None, ("military",), e.flags)
        if e.event == "REQUEST" and g.lemma(k) in COMMANDING and _deploys(g, k):
            return Entry("v", e.words, 0, "MOBILIZE", "troops", ("military",), frozenset())
        s = g.subject(k)
        if e.event == "COERCE" and g.lemma(k) == "raid" and s is not None and (
            g.lemma(s) in AIRCRAFT
        ):  # "warplanes raided villages": an air raid
            return Entry("v", e.words, 0, "ASSAULT", "aerial", e.contexts, e.flags)
        return None
    h = g.head(k)
    kills = h is not None and h in found and found[h].entry.event == "ASSAULT"
    if e.event == "COERCE" and e.mode == "seize" and g.dep(k) == "nsubj" and kills:
        # "the raid killed eight": an attack
        return Entry("n", e.words, e.head, "ASSAULT", None, e.contexts, e.flags)
    if e.event in {"MOBILIZE", "ASSAULT"} and co.joint(g, k, e.event):
        return Entry("n", e.words, e.head, "COOPERATE", None, ("military",), e.flags)
    if e.event == "PROTEST" and trig.light is not None and g.lemma(trig.light) in VERBAL_PROTEST:
        return Entry("n", e.words, e.head, "ACCUSE", "disapprove", ("diplomatic",), e.flags)
    return None


# lemmas that may carry an event the lexicon leaves alone (see ``_untriggered``)
UNTRIGGERED_LEMMAS = DIRECTIVE_VERBS | FORCING | {"prepare"}


def _deploys(g: Graph, k: int) -> bool:
    """ "ordered troops to the border": a deployment, not a request."""
    o = g.obj(k)
    return (
        o is not None
        and g.lemma(o) in OWN_FORCES | DEPLOYED
        and bool(g.prep_objects(k, "to", "into"))
        and not g.children(k, "xcomp", "ccomp")
    )


def _lets_in(g: Graph, k: int) -> bool:
    """ "allowed aid convoys to reach the enclave", "let the inspectors back in": access
    (manual, RETREAT)."""
    if any(g.lemma(x) in ACCESS_VERBS for x in g.children(k, "xcomp", "ccomp")):
        return True
    o = g.obj(k)
    return o is not None and g.lemma(o) in OUTSIDERS and bool(g.children(k, "prt", "advmod"))
