"""Decision rules for conflict events that look past the trigger word (session 5): a crowd
gathering to make its point protests, an order backed by a sanction ("… or be dismissed",
"on pain of arrest") is an ultimatum, raising the spectre of force threatens it, barring
someone from standing restricts them, stopping an aid flow reduces relations, and an order
to stay indoors is a curfew. Like rules.py, each rule looks at the trigger's neighbours in
the parse, after the lexicon and rules.refine have run.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.events.graph import Graph
from dateline.events.lexicon import Entry
from dateline.events.retype import ARMED, CROWDS, threat_mode
from dateline.events.triggers import Trigger

# verbs of a crowd coming together: a protest when the crowd comes to make its point
GATHERING = frozenset(
    {"gather", "converge", "assemble", "congregate", "mass", "throng", "flock", "swarm",
     "pour", "rally", "turn"}
)  # fmt: skip
# doers whose gathering is a protest whatever its stated purpose
PROTESTERS = frozenset(
    {"protester", "protestor", "demonstrator", "marcher", "rioter", "striker", "picket"}
)
# what a gathering crowd does that shows it protests ("… demanding that he quit")
PROTEST_PURPOSE = frozenset(
    {"protest", "denounce", "demand", "chant", "shout", "wave", "brandish", "condemn",
     "oppose", "vent", "call", "press", "urge", "decry", "voice", "hold", "carry", "show"}
)  # fmt: skip
# the words after "or" that make a directive an ultimatum ("leave or face arrest")
ULTIMATUM_NEXT = frozenset({"face", "be", "else", "risk", "suffer"})
# nouns a threat raises ("raised the spectre of martial law")
LOOMING = frozenset({"spectre", "specter", "prospect", "threat", "possibility"})
# acts whose looming is a threat
HARMFUL = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# barring from these is a ban from political life (COERCE, CAMEO 1722)
STANDING = frozenset({"stand", "run", "contest", "participate", "seek", "hold", "take", "campaign"})
BARRING = frozenset({"bar", "ban", "disqualify", "block", "exclude", "prevent"})
STOPPING = frozenset({"stop", "halt", "suspend", "cease", "freeze", "discontinue"})
# cooperative flows whose stopping reduces relations (CAMEO2PLOVER 16, 162)
FLOWS = frozenset({"AID", "COOPERATE"})
ORDERING = frozenset({"order", "force", "tell", "instruct", "compel", "direct"})
INDOORS = frozenset({"indoors", "inside", "home", "house", "homes", "houses"})


def _subject_word(g: Graph, i: int) -> int | None:
    s = g.subject(i)
    return None if s is None else g.descend_partitive(s)


def _protest_gathering(g: Graph, i: int, found: dict[int, Trigger]) -> bool:
    """ "Demonstrators massed outside parliament", "thousands gathered … chanting slogans":
    a crowd that comes together to protest (not "leaders gathered in Tokyo")."""
    if g.lemma(i) not in GATHERING or g.tok(i).pos != "VERB":
        return False
    if g.lemma(i) == "turn" and "out" not in {g.lemma(k) for k in g.children(i, "prt")}:
        return False
    s = _subject_word(g, i)
    if s is None or g.lemma(s) not in CROWDS | PROTESTERS | {"ten", "tens"}:
        return False
    # protesters, or a crowd named by its protest ("striking workers", "angry farmers")
    named = {g.lemma(k) for k in g.children(s, "amod", "compound")} & {"strike", "angry", "protest"}
    if g.lemma(s) in PROTESTERS or named:
        return True
    for k in g.subtree(i):
        if k == i:
            continue
        if g.lemma(k) in PROTEST_PURPOSE and g.tok(k).pos in {"VERB", "NOUN"}:
            return True
        trig = found.get(k)
        if trig is not None and trig.entry.event in {"PROTEST", "REQUEST", "ACCUSE"}:
            return True
    return False


def _ultimatum_giver(g: Graph, k: int) -> int | None:
    """ "gave the miners 48 hours to return or be dismissed", "were told to disarm on pain
    of arrest": the verb whose to-clause carries the sanction."""
    t = g.tok(k)
    low = t.text.lower()
    nxt = g.doc.tokens[k + 1].text.lower() if k + 1 < len(g.doc.tokens) else ""
    prev = g.doc.tokens[k - 1].text.lower() if k > 0 else ""
    if not ((low == "or" and nxt in ULTIMATUM_NEXT) or (low == "pain" and prev == "on")):
        return None
    for a in g.ancestors(k):
        if g.tok(a).pos != "VERB" or not any(g.lemma(x) == "to" for x in g.children(a, "aux")):
            continue
        for v in g.ancestors(a):
            if g.tok(v).pos == "VERB":
                return v
        return None
    return None


def _looming(g: Graph, i: int, found: dict[int, Trigger]) -> tuple[int, Trigger] | None:
    """ "raised the spectre of emergency rule": the looming act, when it is harmful."""
    if g.lemma(i) not in LOOMING:
        return None
    h = g.head(i)
    if h is None or g.lemma(h) not in {"raise", "hold", "float", "dangle", "conjure"}:
        return None
    for o in g.prep_objects(i, "of"):
        inner = found.get(o)
        if inner is not None and inner.entry.event in HARMFUL:
            return o, inner
    return None


def _barred_from_standing(g: Graph, i: int) -> bool:
    if g.lemma(i) not in BARRING:
        return False
    for p in g.children(i, "prep"):
        if g.lemma(p) == "from" and any(
            g.lemma(x) in STANDING for x in g.children(p, "pcomp", "pobj")
        ):
            return True
    return False


def _stopped_flow(g: Graph, i: int, found: dict[int, Trigger]) -> list[int]:
    """ "stopped disbursing loans": the stopped aid or cooperation (its trigger words)."""
    if g.lemma(i) not in STOPPING or g.tok(i).pos != "VERB":
        return []
    for x in g.children(i, "xcomp"):  # a clause ("stopped disbursing"), not a noun
        trig = found.get(x)
        if trig is not None and not trig.nominal and trig.entry.event in FLOWS:
            return [x, *[o for o in g.children(x, "dobj") if o in found]]
    return []


def _ordered_indoors(g: Graph, i: int) -> bool:
    if g.lemma(i) not in ORDERING:
        return False
    for x in g.children(i, "xcomp", "ccomp"):
        if g.lemma(x) in {"stay", "remain", "keep"}:
            near = {g.tok(k).text.lower() for k in g.subtree(x)}
            if near & INDOORS:
                return True
    return False


def _entry(lemma: str, event: str, mode: str | None) -> Entry:
    return Entry("v", (lemma,), 0, event, mode, (), frozenset())


def refine_conflict(g: Graph, found: dict[int, Trigger]) -> None:
    """Apply the rules above to the detected triggers, in place."""
    for t in g.doc.tokens:
        if t.lemma.lower() not in _CUES and t.text.lower() not in {"or", "pain"}:
            continue  # every rule below starts from one of these words: most tokens skip
        i = t.i
        old = found.get(i)
        if old is not None and old.nominal:
            continue
        if (old is None or old.entry.event == "MOBILIZE") and _protest_gathering(g, i, found):
            found[i] = Trigger(i, _entry(t.lemma, "PROTEST", "demo"), i, i + 1, False)
            continue
        giver = _ultimatum_giver(g, i)
        if giver is not None:
            prior = found.get(giver)
            if prior is not None:
                found[giver] = replace(prior, entry=replace(prior.entry, event="THREATEN"))
            else:
                threat = _entry(g.lemma(giver), "THREATEN", None)
                found[giver] = Trigger(giver, threat, giver, giver + 1, False)
            continue
        looming = _looming(g, i, found)
        if looming is not None:
            o, inner = looming
            mode = threat_mode(inner.entry.event, inner.entry.mode)
            noun = Entry("n", (t.lemma,), 0, "THREATEN", mode, (), frozenset())
            found[i] = Trigger(i, noun, i, i + 1, True, light=g.head(i))
            del found[o]
            continue
        new = blast_or_removal(g, i) or _retyped(g, i, old, found)
        if new is not None:
            found[i] = Trigger(i, new, i, i + 1, False) if old is None else replace(old, entry=new)


def _retyped(g: Graph, i: int, old: Trigger | None, found: dict[int, Trigger]) -> Entry | None:
    """A verb's new type when it bars from standing, orders people indoors or stops a flow
    of aid (it may have been no trigger, a REJECT, a REQUEST …)."""
    lemma = g.lemma(i)
    if old is not None and old.entry.event not in {"REJECT", "REQUEST", "COERCE", "SANCTION"}:
        return None
    if old is not None and _barred_from_standing(g, i):
        return _entry(lemma, "COERCE", "restrict")
    if _ordered_indoors(g, i):
        return _entry(lemma, "COERCE", "curfew")
    stopped = _stopped_flow(g, i, found)
    for k in stopped:
        del found[k]
    return _entry(lemma, "SANCTION", "discontinue") if stopped else None


# what goes off in a bombing ("a bicycle bomb went off"); the word names no attacker
BOMBS = frozenset(
    {"bomb", "device", "explosive", "mine", "landmine", "grenade", "ied", "charge", "shell"}
)
# acts that done "forcibly" send people away (COERCE deport)
REMOVING = frozenset(
    {"repatriate", "return", "send", "remove", "relocate", "transfer", "resettle", "move"}
)


# verbs of entering: forces that enter a place invade it (ASSAULT, as the lexicon codes
# "tanks rolled into", "troops poured into")
ENTERING = frozenset({"move", "march", "sweep"})
# forces, beyond ARMED's fighters, whose entering is an occupation
ENTERING_FORCES = ARMED | {"tank", "armour", "armor", "column", "unit", "marine", "paratrooper"}


def blast_or_removal(g: Graph, i: int) -> Entry | None:
    """ "A bicycle bomb went off" is a bombing; "forcibly repatriated" a deportation;
    "troops moved into the enclave" an invasion (not "firms moved into new markets")."""
    if g.tok(i).pos != "VERB":
        return None
    s = g.subject(i)
    into = any(g.lemma(p) == "into" for p in g.children(i, "prep"))
    if into and g.lemma(i) in ENTERING and s is not None and g.lemma(s) in ENTERING_FORCES:
        return _entry(g.lemma(i), "ASSAULT", None)
    goes_off = g.lemma(i) == "go" and "off" in {g.lemma(k) for k in g.children(i, "prt")}
    if goes_off and s is not None and g.lemma(s) in BOMBS:
        return _entry("go", "ASSAULT", "explosives")
    forcibly = any(g.lemma(k) == "forcibly" for k in g.children(i, "advmod"))
    if forcibly and g.lemma(i) in REMOVING:
        return _entry(g.lemma(i), "COERCE", "deport")
    return None


# the words the rules of ``refine_conflict`` start from (besides "or" and "pain")
_CUES = GATHERING | LOOMING | BARRING | ORDERING | STOPPING | ENTERING | REMOVING | {"go"}
