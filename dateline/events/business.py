"""More senses of business and market news that are no political event (the first ones are
in ``nonevents``):

- a table of figures: "Net 6.2 mln vs 4.9 mln Loans not given", "135 pct bid/140 offered";
- a market or a figure as what is acted on: "to support the dollar", "halt the currency's
  slide", "curbing inflationary pressures", "the index, lifted by bargain-hunting", "the
  dollar will be allowed to slip" ("support the rebels", "halted arms exports" stay);
- a company's takeover: "its 1.65 billion dlr takeover of USAir", "a hostile takeover",
  "takeover attempts" ("the army's takeover", "a military takeover" stay);
- selling abroad with no partner: "Peru exported its silver" ("exported oil to Japan" is
  trade between parties);
- and, for the retyping of intended acts, a meeting already arranged: "is scheduled to
  meet", "is due to visit" report a timetable, not a party's offer to meet (AGREE), so the
  meeting stays a CONSULT to come.
"""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.roles import named_party
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
     "check", "lift", "allow", "permit", "let", "protect", "shield", "prop", "underpin"}
)  # fmt: skip
DEAL_WORDS = frozenset(
    {"bid", "offer", "attempt", "battle", "fight", "speculation", "target", "defence",
     "defense", "talk", "proposal", "stock", "plan", "threat", "rumour", "rumor"}
)  # fmt: skip
DEAL_MODIFIERS = frozenset({"hostile", "friendly", "leveraged", "unwanted", "unsolicited"})
# words that say a meeting is already on the calendar
ARRANGED = frozenset({"schedule", "due", "slate", "timetable"})


def figure_table(g: Graph, k: int) -> bool:
    """The trigger stands in a run of figures (an earnings table, a list of quotes): at
    least two "vs" or "/" between numbers, or numbers as many as the words."""
    toks = g.doc.tokens
    sent = [t for t in toks if t.sent == toks[k].sent]
    numbers = sum(1 for t in sent if t.pos == "NUM" or t.tag == "CD")
    words = sum(1 for t in sent if t.text.isalpha())
    versus = sum(1 for t in sent if t.text.lower() in {"vs", "vs.", "/"} or "/" in t.text)
    return (versus >= 2 and numbers >= 4) or numbers >= max(words, 4)


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
    for c in g.children(k, "ccomp", "xcomp"):  # "helped the dollar rally"
        acted += g.children(c, "nsubj")
    return bool(acted) and all(_market_patient(g, idx, a) for a in acted)


def _business(idx: MentionIndex, k: int) -> bool:
    m = idx.covering(k)
    return m is not None and m.type == "business"


def corporate_takeover(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """A takeover of or by a company, for money, or as a kind of deal."""
    if not trig.nominal or g.lemma(k) not in {"takeover", "buyout"}:
        return False
    if g.dep(k) == "compound" and (h := g.head(k)) is not None and g.lemma(h) in DEAL_WORDS:
        return True  # "takeover attempts", "a takeover bid"
    mods = g.children(k, "amod", "compound", "nummod", "quantmod")
    if any(g.tok(m).ent_type == "MONEY" or g.lemma(m) in DEAL_MODIFIERS | {"dlr"}
           for m in mods):  # fmt: skip
        return True
    parties = g.prep_objects(k, "of", "by") + g.children(k, "poss")
    return any(_business(idx, p) for p in parties)


def partnerless_export(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "exported its silver", "exports 40 pct of its output": a sale abroad that names no
    buyer is no act between parties."""
    if trig.nominal or g.lemma(k) not in {"export", "import"}:
        return False
    partners = g.prep_objects(k, "to", "from", "with")
    return not any(named_party(g, idx, p) for p in partners)


def arranged_meeting(g: Graph, k: int) -> bool:
    """ "is scheduled to meet", "is due to visit": the meeting is on a timetable."""
    h = g.head(k)
    if h is None or g.dep(k) != "xcomp":
        return False
    return g.lemma(h) in ARRANGED or g.tok(h).text.lower() in ARRANGED


def drop_business(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Remove, in place, the triggers these business senses explain."""
    for k, trig in list(found.items()):
        if (
            figure_table(g, k)
            or market_object(g, idx, k, trig)
            or corporate_takeover(g, idx, k, trig)
            or partnerless_export(g, idx, k, trig)
        ):
            del found[k]
