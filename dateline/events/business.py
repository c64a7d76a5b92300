"""More senses of business and market news that are no political event (the first ones are
in ``nonevents``):

- a table of figures: "Net 4.1 mln vs 3.8 mln Loans not given", "120 pct bid/125 offered";
- a market or a figure as what is acted on: "to support the dollar", "halt the currency's
  slide", "curbing inflationary pressures", "the index, lifted by bargain-hunting", "the
  dollar will be allowed to slip" ("support the rebels", "halted arms exports" stay);
- a company's takeover: "its 2 billion dlr takeover of an airline", "a hostile takeover",
  "takeover attempts" ("the army's takeover", "a military takeover" stay);
- selling abroad with no partner: "Peru exported its silver" ("exported oil to Japan" is
  trade between parties);
- and, for the retyping of intended acts, an act already arranged: "is scheduled to
  meet", "is due to visit", "is set to be freed" report a timetable, not a party's offer
  (AGREE), so the meeting stays a CONSULT and the release a RETREAT to come.
"""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.nonevents import NON_AGENTS, doers_of
from dateline.events.roles import actor_like, clause_subject, named_party
from dateline.events.triggers import Trigger

# what markets move; acted on by "support", "halt", "curb", "allow" it is no party
MARKET_PATIENTS = frozenset(
    {"price", "rate", "dollar", "pound", "yen", "mark", "franc", "lira", "peso", "rupee",
     "euro", "sterling", "currency", "stock", "share", "bond", "yield", "index", "market",
     "future", "inflation", "fall", "slide", "decline", "drop", "rise", "rally", "growth",
     "pressure", "demand", "earnings", "earning", "profit", "level", "limit", "margin",
     "fluctuation", "pct", "percent", "uniformity", "dlr", "dlrs"}
)  # fmt: skip
# verbs whose market sense takes such a patient
MARKET_VERBS = frozenset(
    {"support", "help", "aid", "assist", "boost", "bolster", "halt", "arrest", "stem", "curb",
     "check", "lift", "allow", "permit", "let", "protect", "shield", "prop", "underpin",
     "reinstate", "restore", "widen", "expand"}
)  # fmt: skip
DEAL_WORDS = frozenset(
    {"bid", "offer", "attempt", "battle", "fight", "speculation", "target", "defence",
     "defense", "talk", "proposal", "stock", "plan", "threat", "rumour", "rumor"}
)  # fmt: skip
FEND_OFF = frozenset({"thwart", "block", "fend", "resist", "defeat", "fight", "repel", "foil"})
DEAL_MODIFIERS = frozenset({"hostile", "friendly", "leveraged", "unwanted", "unsolicited"})
# verbs whose doer may be a thing ("the plan would allow", "the crash may help curb");
# with no actor as doer they report an effect, not an act
EFFECT_VERBS = frozenset(
    {"allow", "permit", "let", "enable", "help", "curb", "contain", "guarantee", "injure",
     "provide", "protect"}
)  # fmt: skip
# things that have effects; people and bodies outside this list keep their acts
EFFECT_THINGS = NON_AGENTS | frozenset(
    {"weather", "sky", "rain", "temperature", "crash", "merger", "acquisition", "change",
     "approval", "improvement", "package", "consideration", "move", "plan", "proposal",
     "program", "programme", "system", "technology", "engine", "product", "bond",
     "project", "development", "situation", "condition", "environment", "effect", "news",
     "wealth", "dependence", "study"}
)  # fmt: skip
# what a passive "met by …" or "met with …" meeting really is
RESPONSES = frozenset(
    {"response", "reaction", "scepticism", "skepticism", "criticism", "silence", "derision",
     "indifference", "hostility", "disbelief", "applause", "approval", "resistance", "force"}
)  # fmt: skip
# market commentators
ANALYSTS = frozenset(
    {"analyst", "broker", "dealer", "economist", "strategist", "brokerage", "trader",
     "adviser", "advisor"}
)  # fmt: skip
# a purchase, not a demand on anyone: "seeking to buy", "seek control of a rival"
DEALS = frozenset({"buy", "acquire", "purchase", "sell", "merge", "invest", "raise"})
HOLDINGS = frozenset(
    {"company", "firm", "portfolio", "stake", "subsidiary", "unit", "share", "business",
     "operation", "interest", "concern", "bank", "stock", "asset", "property", "board"}
)  # fmt: skip
# places where an explosion or a fire is an accident unless someone is named as its doer
WORKS = frozenset(
    {"factory", "plant", "mine", "refinery", "mill", "warehouse", "well", "reactor", "pit",
     "colliery", "pipeline", "workshop", "furnace", "boiler", "kitchen", "laboratory"}
)  # fmt: skip
# what makes a blast an attack wherever it is
ARMS = frozenset(
    {"bomb", "car", "suicide", "grenade", "mine", "mortar", "rocket", "missile", "shell",
     "terrorist", "deliberate", "parcel", "letter", "truck", "roadside", "artillery"}
)  # fmt: skip
FIRMS = frozenset(
    {"company", "firm", "corporation", "concern", "airline", "maker", "manufacturer",
     "producer", "retailer", "insurer", "utility", "carmaker", "automaker"}
)  # fmt: skip
# a document's own terms: "the settlement calls for X to return the shares"
DOCUMENTS = frozenset(
    {"agreement", "settlement", "deal", "accord", "contract", "pact", "plan", "proposal",
     "arrangement", "offer", "memorandum"}
)  # fmt: skip
TERMS_VERBS = frozenset(
    {"call", "require", "prohibit", "oblige", "obligate", "bar", "stipulate", "provide",
     "demand", "forbid", "compel", "force"}
)  # fmt: skip
# words that say a meeting is already on the calendar
ARRANGED = frozenset({"schedule", "due", "slate", "timetable"})


def figure_table(g: Graph, k: int) -> bool:
    """The trigger stands in a run of figures (an earnings table, a list of quotes): a
    "vs" or "/" among four numbers or more, or numbers as many as the words."""
    s = g.doc.sentences[g.tok(k).sent]
    sent = g.doc.tokens[s.token_start : s.token_end]
    numbers = sum(1 for t in sent if t.pos == "NUM" or t.tag == "CD")
    words = sum(1 for t in sent if t.text.isalpha())
    # "bid/140" joins a word and a figure; "1/8" is only a fraction
    versus = sum(
        1 for t in sent
        if t.text.lower() in {"vs", "vs."} or ("/" in t.text and any(c.isalpha() for c in t.text))
    )  # fmt: skip
    return (versus >= 1 and numbers >= 4) or numbers >= max(words, 4)


def _market_patient(g: Graph, idx: MentionIndex, k: int) -> bool:
    k = g.descend_partitive(k)
    return g.lemma(k) in MARKET_PATIENTS and not named_party(g, idx, k)


def market_object(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "support the dollar", "halt its slide", "prices allowed to slip": what the verb
    acts on is a market or a figure (its object, passive subject, or the noun a participle
    qualifies), and nothing else is."""
    if trig.nominal or g.lemma(k) not in MARKET_VERBS:
        return False
    acted: list[int] = [o for o in (g.obj(k), g.passive_subject(k)) if o is not None]
    h = g.head(k)
    if g.tok(k).tag == "VBN" and g.dep(k) in {"acl", "amod"} and h is not None:
        acted.append(h)  # "the index, lifted by bargain-hunting"
    if g.tok(k).tag == "VBN" and g.dep(k) == "advcl" and not acted:
        acted += clause_subject(g, k)  # "the index was down at 1,981, lifted by …"
    for c in g.children(k, "ccomp", "xcomp"):  # "helped the dollar rally"
        acted += g.children(c, "nsubj")
    return bool(acted) and all(_market_patient(g, idx, a) for a in acted)


def _business(idx: MentionIndex, k: int) -> bool:
    m = idx.covering(k)
    return m is not None and m.type == "business"


def corporate_takeover(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """A takeover of or by a company, for money, or as a kind of deal; takeovers in general
    ("banning takeovers"); fending one off ("thwart unwanted takeover attempts")."""
    if not trig.nominal:
        o = g.obj(k) if g.lemma(k) in FEND_OFF else None
        return o is not None and (
            g.lemma(o) in {"takeover", "buyout"}
            or any(g.lemma(c) in {"takeover", "buyout"} for c in g.children(o, "compound"))
        )
    if g.lemma(k) not in {"takeover", "buyout"}:
        return False
    bare = not g.children(k, "amod", "compound", "poss", "det", "prep")
    if g.tok(k).tag == "NNS" and bare:
        return True
    if g.dep(k) == "compound" and (h := g.head(k)) is not None and g.lemma(h) in DEAL_WORDS:
        return True  # "takeover attempts", "a takeover bid"
    mods = g.children(k, "amod", "compound", "nummod", "quantmod")
    if any(g.tok(m).ent_type == "MONEY" or g.lemma(m) in DEAL_MODIFIERS | {"dlr"}
           for m in mods):  # fmt: skip
        return True
    parties = g.prep_objects(k, "of", "by") + g.children(k, "poss")
    return any(_business(idx, p) for p in parties)


def partnerless_export(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "exported its silver", "exports half its output": a sale abroad that names no
    buyer is no act between parties."""
    if trig.nominal or g.lemma(k) not in {"export", "import"}:
        return False
    partners = g.prep_objects(k, "to", "from", "with")
    return not any(named_party(g, idx, p) for p in partners)


def document_terms(g: Graph, k: int, trig: Trigger) -> bool:
    """ "the settlement calls for X to return the shares", "the deal obliges X to buy":
    what a document says, not a demand made by a party (the document is its own event)."""
    if trig.nominal or g.lemma(k) not in TERMS_VERBS:
        return False
    doers = clause_subject(g, k)
    return bool(doers) and all(g.lemma(d) in DOCUMENTS for d in doers)


def analysts_meeting(g: Graph, k: int, trig: Trigger) -> bool:
    """ "an analysts' meeting": a company briefing its analysts."""
    if not trig.nominal or g.lemma(k) != "meeting":
        return False
    return any(g.lemma(m) in ANALYSTS for m in g.children(k, "poss", "compound", "amod"))


def arranged(g: Graph, k: int) -> bool:
    """ "is scheduled to meet", "is due to visit", "is set to be released": the act is on
    a timetable; so is every act of a list under it ("was scheduled to tour the port,
    talk to officials and meet the governor")."""
    seen: set[int] = set()
    while g.dep(k) == "conj" and (h := g.head(k)) is not None and k not in seen:
        seen.add(k)
        if _timetable(g, h) and g.tok(k).tag in {"VB", "VBP"} and g.subject(k) is None:
            return True  # a bare infinitive (or one read as present) hung on "scheduled"
        k = h
    h = g.head(k)
    return h is not None and g.dep(k) == "xcomp" and _timetable(g, h)


def _timetable(g: Graph, h: int) -> bool:
    if g.lemma(h) in ARRANGED or g.tok(h).text.lower() in ARRANGED:
        return True
    return g.lemma(h) == "set" and g.is_passive(h)  # "is set to", not "set out to"


def _doers(g: Graph, k: int) -> list[int]:
    h = g.head(k)
    if g.dep(k) == "acl" and g.tok(k).tag != "VBN" and h is not None:
        # "an approval allowing the company to …"; "proposals to allow": who proposes?
        return [h] if g.tok(k).tag == "VBG" else []
    return doers_of(g, k)


def thing_as_doer(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "the plan would allow", "clear skies, allowing growers …", "legislation injuring
    EC interests": a verb of effect whose doer is a thing, not an actor."""
    if trig.nominal or g.lemma(k) not in EFFECT_VERBS:
        return False
    doers = _doers(g, k)
    return bool(doers) and all(
        g.lemma(d) in EFFECT_THINGS and not actor_like(g, idx, d) for d in doers
    )


def controlled_market(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "helped the dollar rally", "tin prices must settle higher": a verb with no subject of
    its own whose doer, taken from the verb above it, is a market."""
    if trig.nominal or g.dep(k) not in {"xcomp", "ccomp"} or g.children(k, "nsubj"):
        return False
    h = g.head(k)
    while h is not None:
        for d in g.children(h, "dobj") or g.children(h, "nsubj", "nsubjpass"):
            return _market_patient(g, idx, d)
        if g.dep(h) not in {"xcomp", "ccomp"}:
            return False
        h = g.head(h)
    return False


def market_rally(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "the dollar rally", "a bond market rally": a rally named by a market."""
    if not trig.nominal or g.lemma(k) != "rally":
        return False
    mods = g.children(k, "compound")
    return bool(mods) and all(_market_patient(g, idx, m) for m in mods)


def met_with_response(g: Graph, k: int, trig: Trigger) -> bool:
    """ "any raid would be met with a firm reply", "was met with scepticism": no meeting."""
    if trig.nominal or g.lemma(k) != "meet":
        return False
    objs = g.prep_objects(k, "with", "by") + [
        o for a in g.children(k, "agent") for o in g.children(a, "pobj")
    ]
    return bool(objs) and all(g.lemma(o) in RESPONSES for o in objs)


def market_demand(g: Graph, k: int, trig: Trigger) -> bool:
    """ "the demand for barges", "strong demand", "boosted demand": buyers' demand."""
    if not trig.nominal or g.lemma(k) != "demand" or g.children(k, "poss"):
        return False
    h = g.head(k)
    if h is not None and g.lemma(h) in {"increase", "boost", "reduce", "curb", "dampen",
                                       "stimulate", "spur", "outstrip", "exceed", "weaken"}:
        return True  # fmt: skip
    mods = {g.lemma(m) for m in g.children(k, "amod", "compound")}
    return bool(mods & {"strong", "weak", "rising", "falling", "firm", "sluggish", "slack",
                        "steady", "heavy", "domestic", "consumer", "import", "export",
                        "seasonal", "industrial", "world", "oil", "energy", "credit"})


def analyst_recommends(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "analysts recommend Phelps", "is recommending Cyprus Minerals": a stock tip."""
    if trig.nominal or g.lemma(k) != "recommend":
        return False
    if any(g.lemma(d) in ANALYSTS for d in clause_subject(g, k)):
        return True
    o = g.obj(k)
    return o is not None and (_business(idx, o) or g.lemma(o) in {"stock", "share", "bond"})


def corporate_control(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "seeking to buy a grocer", "seek control of a rival", "will take control
    of a portfolio": buying a company, not a demand or a seizure."""
    if trig.nominal:
        return False
    if g.lemma(k) in {"seek", "want", "try"} and any(
        g.lemma(x) in DEALS for x in g.children(k, "xcomp")
    ):
        return True
    for o in (g.obj(k), g.passive_subject(k)):
        if o is not None and g.lemma(o) in {"control", "stake", "majority"}:
            owned = g.prep_objects(o, "of", "in") + g.prep_objects(k, "of", "in")
            if owned and all(_business(idx, x) or g.lemma(x) in HOLDINGS for x in owned):
                return True
    return False


def industrial_accident(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "an explosion in a paper mill", "a fire at the refinery": with no one named
    as the doer, an accident at a works."""
    if not trig.nominal:  # "an explosion at a plant killed six workers"
        return any(_works_blast(g, d) for d in clause_subject(g, k))
    return _works_blast(g, k)


def _works_blast(g: Graph, k: int) -> bool:
    if g.lemma(k) not in {"explosion", "blast", "fire", "fireball"}:
        return False
    mods = {g.lemma(m) for m in g.children(k, "compound", "amod")}
    if mods & ARMS or g.children(k, "poss") or g.prep_objects(k, "by"):
        return False
    sites = g.prep_objects(k, "in", "at", "on")
    return bool(sites) and all(g.lemma(s) in WORKS for s in sites)


def telegraphic_not_given(g: Graph, k: int, trig: Trigger) -> bool:
    """ "Revs not given", "Avg shrs not given": a figure an earnings table leaves out
    (a sentence says "aid was not given")."""
    if trig.nominal or g.lemma(k) != "give" or g.tok(k).tag != "VBN":
        return False
    return bool(g.children(k, "neg")) and not g.children(k, "aux", "auxpass", "dative", "prep")


def business_force(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """A company does not mobilise forces or attack: "setting up a unit in Spain", "a
    retailer targeting Japan" (its market)."""
    if trig.entry.event not in {"MOBILIZE", "ASSAULT"} or trig.nominal:
        return False
    doers = clause_subject(g, k)
    return bool(doers) and all(_business(idx, d) or g.lemma(d) in FIRMS for d in doers)


def drop_business(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Remove, in place, the triggers these business senses explain."""
    for k, trig in list(found.items()):
        if (
            figure_table(g, k)
            or market_object(g, idx, k, trig)
            or corporate_takeover(g, idx, k, trig)
            or partnerless_export(g, idx, k, trig)
            or thing_as_doer(g, idx, k, trig)
            or controlled_market(g, idx, k, trig)
            or market_rally(g, idx, k, trig)
            or met_with_response(g, k, trig)
            or market_demand(g, k, trig)
            or analyst_recommends(g, idx, k, trig)
            or corporate_control(g, idx, k, trig)
            or industrial_accident(g, idx, k, trig)
            or telegraphic_not_given(g, k, trig)
            or business_force(g, idx, k, trig)
            or document_terms(g, k, trig)
            or analysts_meeting(g, k, trig)
        ):
            del found[k]
