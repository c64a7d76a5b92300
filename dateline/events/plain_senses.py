"""Everyday senses of cooperative and protest words, found when political news was
audited a second time (benchmarks/audit_events.py --corpus politics, seeds 2026, 11,
12, 13 and 14): the sense is told by the frame of the word, not by who the parties are.

- helping do something, said of a thing or of people on their own errands ("volunteers
  needed to help carry patients", "hopes his experience will help the club win"): the
  verb after "help" tells the act; a party's help ("will help Kenya prepare") is aid;
- a hit, not a walkout: "a stone struck the boy", "was struck by flying glass" (a strike
  with an object or a passive one, by a thing, is a blow);
- sitting in a seat and a seat occupied by someone: "sat in the back seat", "a van
  occupied by two men" (a sit-in or an occupation is of a square, a building or land);
- coming on the scene and private journeys: "officers arrived within minutes" (called
  to a scene), "tourists travelling to the coast", "delays for those travelling to the
  airport" (people on their own errands, or no one named, make no visit);
- a telephone call taken: "police received several calls about a shooting";
- forecasts and travel notices: "warned of freezing fog", "warned of knock-on delays";
  setting off for one's day: "as he left for work"; a language spoken ("speaks
  fluent French") and frost ("freezing drizzle");
- asylum asked for ("applied for political asylum"), and a duty, a deal or a law that
  "protects" or "gives" ("a responsibility to protect its members", "the Act gives
  chiefs powers"): no aid given by a party;
- a bounty ("the biggest reward the ministry has offered so far"), and "thank you"
  said as a courtesy.
"""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.roles import ACTOR_NOUNS, actor_like, clause_subject, named_party
from dateline.events.triggers import Trigger

# the verbs after "help" that are themselves aid: "helped feed the refugees" is aid
AID_VERBS = frozenset(
    {"feed", "shelter", "house", "treat", "rescue", "evacuate", "rebuild", "supply", "fund",
     "finance", "pay", "arm", "train", "equip", "resettle", "protect", "defend", "free"}
)  # fmt: skip
# words of work: a strike of a plant or a pit by its workers is a walkout
WORK = frozenset(
    {"union", "worker", "miner", "employee", "staff", "crew", "pay", "wage", "salary",
     "pension", "picket", "walkout", "employer", "plant", "pit", "factory", "mine", "port"}
)  # fmt: skip
BOUNTIES = frozenset({"reward", "bounty", "prize", "award"})
# the words that ask for asylum rather than give it
ASKING = frozenset(
    {"apply", "application", "seek", "request", "claim", "bid", "plea", "petition", "ask",
     "hearing", "applicant", "claimant", "seeker"}
)  # fmt: skip
SHIELDS = frozenset({"protect", "shield", "safeguard", "give", "grant", "provide"})
# what a forecast or a travel notice warns of
HAZARDS = frozenset(
    {"weather", "fog", "mist", "snow", "snowfall", "rain", "ice", "storm", "wind", "gale",
     "drizzle", "frost", "heat", "heatwave", "flood", "flooding", "cold", "temperature",
     "delay", "disruption", "congestion", "cancellation", "traffic", "condition", "pellet",
     "hail", "thunderstorm", "blizzard", "tide", "queue"}
)  # fmt: skip
HARMS = frozenset(
    {"attack", "war", "violence", "retaliation", "reprisal", "strike", "bomb", "terrorism",
     "sanction", "consequence", "action", "invasion", "unrest", "riot", "protest"}
)  # fmt: skip
LANGUAGES = frozenset(
    {"english", "french", "spanish", "mandarin", "arabic", "german", "russian", "chinese",
     "italian", "portuguese", "japanese", "hindi", "urdu", "swahili", "cantonese", "dutch",
     "polish", "turkish", "farsi", "persian", "hebrew", "korean", "greek", "language",
     "dialect", "tongue"}
)  # fmt: skip
# where people set off for on an ordinary day
DAILY = frozenset(
    {"school", "work", "home", "class", "office", "church", "college", "university", "bed",
     "practice", "training", "holiday", "vacation", "hospital", "shift"}
)  # fmt: skip
COMPLEMENTS = frozenset({"xcomp", "ccomp"})
# what one sits in or what is occupied by its passengers or its tenant
SEATS = frozenset(
    {"seat", "car", "vehicle", "van", "truck", "bus", "taxi", "cab", "chair", "bed", "sofa",
     "couch", "bench", "room", "cell", "cabin", "boat", "jeep", "lorry", "suv", "carriage",
     "wheelchair", "apartment", "flat", "house", "home", "office", "audience", "court"}
)  # fmt: skip
# people on their own errands: their travel is no visit between parties, their help no aid
ORDINARY = frozenset(
    {"tourist", "passenger", "traveller", "traveler", "migrant", "commuter", "visitor",
     "holidaymaker", "pilgrim", "fan", "patient", "volunteer", "customer", "shopper",
     "motorist", "driver", "family", "student", "child", "woman", "man", "people", "resident",
     "police", "officer", "paramedic", "firefighter", "rescuer", "medic", "deputy"}
)  # fmt: skip


def helping_to(
    g: Graph, idx: MentionIndex, k: int, trig: Trigger, found: dict[int, Trigger]
) -> bool:
    """ "volunteers needed to help carry patients", "hopes his experience will help the
    club win": "help" with a verb complement, said of a thing, of people on their own
    errands or of no one, tells that other act; a party's "help Kenya prepare" stays aid
    (and an event word after it, "help back the peace plan", is left to the rules that
    join the two)."""
    if trig.nominal or g.lemma(k) != "help" or trig.entry.event not in {"AID", "AGREE"}:
        return False
    verbs = [c for c in g.children(k, *COMPLEMENTS) if g.tok(c).pos in {"VERB", "AUX"}]
    if not verbs or any(g.lemma(v) in AID_VERBS or v in found for v in verbs):
        return False
    return not _party_did(g, idx, clause_subject(g, k))


def _party_did(g: Graph, idx: MentionIndex, doers: list[int]) -> bool:
    """Some doer is itself a party, not a thing ("his experience": the owner is no doer)
    or people on their own errands."""
    return any(
        (named_party(g, idx, d) or g.tok(d).pos == "PRON" or g.lemma(d) in ACTOR_NOUNS)
        and actor_like(g, idx, d)
        and g.lemma(d) not in ORDINARY
        for d in doers
    )


def blow(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "the stone struck the boy", "struck by glass": a strike with an object or a
    passive one, by a thing or by no one, is a blow and no walkout (a party's blow is
    left to the rules of attacks)."""
    if trig.entry.event != "PROTEST" or g.lemma(k) != "strike" or trig.nominal:
        return False
    if not (g.obj(k) is not None or g.is_passive(k)):
        return False
    sentence = {g.lemma(t.i) for t in g.doc.tokens if t.sent == g.tok(k).sent}
    if sentence & WORK:
        return False  # "union members voted to strike the plant", "miners struck the pit"
    doers = g.prep_objects(k, "by") if g.is_passive(k) else clause_subject(g, k)
    return not any(actor_like(g, idx, d) and g.tok(d).pos != "PRON" for d in doers)


def seated(g: Graph, k: int, trig: Trigger) -> bool:
    """ "sat in the back seat", "a van occupied by two men": a seat taken, no sit-in or
    seizure."""
    if trig.nominal or trig.entry.event not in {"PROTEST", "COERCE"}:
        return False
    lemma = g.lemma(k)
    if lemma == "sit":
        return any(g.lemma(o) in SEATS for o in g.prep_objects(k, "in", "on", "at"))
    if lemma != "occupy":
        return False
    held = [g.obj(k)] if g.obj(k) is not None else []
    if g.dep(k) == "acl" and g.head(k) is not None:
        held.append(g.head(k))  # "a van occupied by two men"
    if g.is_passive(k):
        held += [s for s in [g.passive_subject(k)] if s is not None]
    return any(g.lemma(h) in SEATS for h in held if h is not None)


def no_visit(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "officers arrived within minutes": called to a scene; "tourists travelling to the
    coast": people on their own journeys, or no one named, make no visit."""
    lemma = g.lemma(k)
    if trig.nominal or lemma not in {"travel", "arrive"}:
        return False
    if trig.entry.event not in {"CONSULT", "AGREE"}:  # a future visit is AGREE
        return False
    doers = clause_subject(g, k)
    head = g.head(k)
    if not doers and head is not None and g.dep(k) in {"acl", "advcl", "pcomp", "xcomp"}:
        # "tourists travelling to the coast"; "before travelling to their hotel"
        nominal = g.tok(head).pos in {"NOUN", "PROPN"}
        doers = [head] if nominal else clause_subject(g, head)
    return not _party_did(g, idx, doers)


def call_taken(g: Graph, k: int, trig: Trigger) -> bool:
    """ "police received a call about a shooting": a telephone call taken, no appeal (a
    call *for* something received stays one)."""
    if not trig.nominal or trig.entry.event != "REQUEST" or g.lemma(k) != "call":
        return False
    if trig.light is None or g.lemma(trig.light) not in {"receive", "take", "answer", "get"}:
        return False
    return not g.prep_objects(k, "for")


def weather_warning(g: Graph, k: int, trig: Trigger) -> bool:
    """ "warned of freezing fog", "warned that trains would run late": a forecast or a
    travel notice, no threat or reproach (unless an attack or a war is in what is
    warned of)."""
    if trig.nominal or g.lemma(k) != "warn" or trig.entry.event not in {"ACCUSE", "THREATEN"}:
        return False
    preps = [p for p in g.children(k, "prep") if g.lemma(p) in {"of", "about", "against"}]
    heads = preps + g.children(k, "ccomp", "dobj")
    told = {g.lemma(t) for h in heads for t in g.subtree(h)}
    return bool(told & HAZARDS) and not told & HARMS


def language_or_frost(g: Graph, k: int, trig: Trigger) -> bool:
    """ "speaks fluent French" (a language, not the French), "freezing drizzle" (frost,
    not a freeze of assets)."""
    if trig.nominal:
        return False
    lemma, event = g.lemma(k), trig.entry.event
    if event == "CONSULT" and lemma == "speak":
        return any(g.tok(o).text.lower() in LANGUAGES for o in g.children(k, "dobj"))
    if event == "SANCTION" and lemma == "freeze":
        held = g.children(k, "dobj") + ([h] if (h := g.head(k)) is not None else [])
        return g.dep(k) == "amod" or any(g.lemma(o) in HAZARDS for o in held)
    return False


def errand_leave(g: Graph, k: int, trig: Trigger) -> bool:
    """ "as he left for work": setting off for one's day, no trip to a party."""
    if trig.nominal or trig.entry.event != "CONSULT" or g.lemma(k) != "leave":
        return False
    return any(g.lemma(o) in DAILY for o in g.prep_objects(k, "for"))


def asylum_sought(g: Graph, k: int, trig: Trigger) -> bool:
    """ "applied for political asylum", "his application for asylum": the asylum asked
    for is no asylum given (the asking is its own event)."""
    if not trig.nominal or trig.entry.event != "AID" or g.lemma(k) != "asylum":
        return False
    head = g.head(k)  # "seek asylum", or the "for" of "applied for asylum"
    if head is not None and g.dep(k) == "pobj" and g.lemma(head) == "for":
        head = g.head(head)
    elif g.dep(k) != "dobj":
        return False
    return head is not None and g.lemma(head) in ASKING


def thing_shields(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "a responsibility to protect its members", "the deal protects the community",
    "the Act gives chiefs powers": a duty, a deal or a law shields or gives nothing as a
    party does."""
    if trig.nominal or trig.entry.event != "AID" or g.lemma(k) not in SHIELDS:
        return False
    head = g.head(k)
    if g.dep(k) == "acl" and head is not None and g.tok(head).pos == "NOUN":
        return not _party_did(g, idx, [head])  # "a duty to protect", "an effort to"
    doers = clause_subject(g, k)
    return bool(doers) and not _party_did(g, idx, doers)


def bounty_or_courtesy(g: Graph, k: int, trig: Trigger) -> bool:
    """ "the biggest reward the ministry has offered so far": a bounty, no promise
    between parties; "thank you": a courtesy."""
    if trig.nominal:
        return False
    lemma, event = g.lemma(k), trig.entry.event
    if event == "SUPPORT" and lemma == "thank":
        return any(g.tok(o).text.lower() == "you" for o in g.children(k, "dobj"))
    if event != "AGREE" or lemma != "offer":
        return False
    head = g.head(k)
    held = g.children(k, "dobj", "nsubjpass") + ([head] if g.dep(k) == "relcl" else [])
    return any(h is not None and g.lemma(h) in BOUNTIES for h in held)


def drop_plain(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Remove the triggers in the everyday senses above, in place."""
    for k, trig in list(found.items()):
        if (
            blow(g, idx, k, trig)
            or helping_to(g, idx, k, trig, found)
            or seated(g, k, trig)
            or call_taken(g, k, trig)
            or weather_warning(g, k, trig)
            or errand_leave(g, k, trig)
            or language_or_frost(g, k, trig)
            or asylum_sought(g, k, trig)
            or thing_shields(g, idx, k, trig)
            or bounty_or_courtesy(g, k, trig)
            or no_visit(g, idx, k, trig)
        ):
            del found[k]
