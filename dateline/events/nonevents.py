"""Words of the event lexicon used in a sense that is no political event, as business and
market news use them all the time:

- a market, a figure or a mood as the doer: "oil prices rallied", "call money eased", "the
  dollar could rally", "a rally in bond prices", "the uncertainty provides a note of
  caution", "an opinion poll gave the party a lead", "the pass, blocked by snow" (not
  vehicles: "armoured vehicles patrolled", "warships fired");
- trading in the market's sense: "federal funds were trading at 6 pct", "the most traded
  option" (trade between parties has a partner: "trade with Cuba");
- carrying out a document: "the execution of a purchase agreement";
- a stock or commodity exchange: "the exchange traded a record volume";
- a price's move: "Barclays eased a penny to 503", "the stock retreated to 12 dlrs";
- a question, not a request: "asked whether the talks would resume", "asked by reporters
  if …", "asked why the ministry had not acted";
- the press as the other party: "told a news conference", "a press briefing", "talking
  to reporters";
- a thing or a people moved somewhere: "pushed the fighters into the hills" (only a force
  that moves in itself makes an incursion: "tanks rolled into the town").
"""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.roles import actor_like, clause_subject, named_party
from dateline.events.triggers import Trigger

# things markets trade, figures, moods and things in the way; none of them acts
NON_AGENTS = frozenset(
    {"price", "rate", "dollar", "pound", "yen", "mark", "franc", "lira", "peso", "rupee",
     "euro", "sterling", "currency", "money", "fund", "stock", "share", "bond", "yield",
     "index", "market", "economy", "output", "production", "sale", "profit", "earnings",
     "earning", "result", "figure", "forecast", "supply", "growth", "inflation", "deficit",
     "surplus", "gold", "silver", "crude", "oil", "commodity", "future", "volume", "revenue",
     "income", "cost", "spending", "dividend", "deposit", "asset", "export", "import",
     "reserve", "trading", "turnover", "equity", "bourse", "debt", "wheat", "corn", "grain",
     "coffee", "sugar", "copper", "option", "contract", "poll", "survey", "uncertainty",
     "concern", "outlook", "scenario", "capacity", "expansion", "factor", "data", "trend",
     "debris", "snow", "ice", "rock", "tree", "mud", "cut", "increase", "rise", "fall",
     "decline", "drop"}
)  # fmt: skip
# what "execution" carries out when it is no killing
EXECUTED = frozenset(
    {"agreement", "contract", "order", "plan", "trade", "policy", "warrant", "strategy",
     "program", "programme", "deal", "document", "will", "project", "task", "duty", "merger",
     "transaction", "purchase", "sale", "instruction", "mandate", "budget", "decision"}
)  # fmt: skip
QUESTION_WORDS = frozenset({"if", "whether", "why", "how", "what", "when", "where", "who"})
PRESS = frozenset(
    {"journalist", "reporter", "press", "media", "newsman", "correspondent", "newspaper",
     "television", "radio", "news"}
)  # fmt: skip
PRESS_EVENTS = frozenset({"conference", "briefing", "interview", "statement", "release"})
# what makes a meeting a body's own routine one
ROUTINE = frozenset(
    {"board", "shareholder", "stockholder", "director", "annual", "weekly", "monthly",
     "quarterly", "regular", "general", "staff", "management"}
)  # fmt: skip
# verbs that also say how a price or a share moved
MOVES = frozenset(
    {"ease", "decline", "lift", "rally", "retreat", "drop", "trade", "close", "end", "finish",
     "open", "firm", "slip", "recover", "rebound", "weaken", "advance", "gain", "fall"}
)  # fmt: skip
# verbs of a force advancing into a place ("bundle X into a car" is an abduction, not one)
ADVANCES = frozenset({"roll", "push", "pour", "sweep", "surge", "move", "march"})
PRICE_UNITS = frozenset(
    {"pct", "percent", "cent", "cents", "penny", "pence", "point", "points", "dlr", "dlrs",
     "dollar", "dollars", "yen", "stg", "mark", "marks", "franc", "francs", "basis"}
)  # fmt: skip


def _is_market(g: Graph, idx: MentionIndex, k: int) -> bool:
    k = g.descend_partitive(k)
    return g.lemma(k) in NON_AGENTS and not actor_like(g, idx, k)  # "the fund" may be IMF


def doers_of(g: Graph, k: int) -> list[int]:
    """Who does verb ``k``: a participle on a noun by its "by" objects ("the pass, blocked
    by snow"), any other verb by ``clause_subject`` (a passive's "by" objects included)."""
    if g.tok(k).tag == "VBN" and g.dep(k) in {"acl", "amod"}:
        return g.prep_objects(k, "by")
    return clause_subject(g, k)


def market_doer(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """The event's doer is a market or a figure ("prices rallied", "the dollar's rally", "a
    rally in bond prices"). A noun's compound or "of" is what is acted on ("an oil
    embargo", "the seizure of assets"), so only its possessor or "in" names a doer."""
    if trig.nominal:
        own = g.children(k, "poss") + g.prep_objects(k, "in")
        return bool(own) and all(_is_market(g, idx, o) for o in own)
    doers = doers_of(g, k)
    return bool(doers) and all(_is_market(g, idx, d) for d in doers)


def market_trading(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "trade" with no partner and no named trader, or trading securities."""
    if g.lemma(k) != "trade" or trig.entry.event != "COOPERATE":
        return False
    if g.prep_objects(k, "with"):
        return False
    o = g.obj(k)
    if o is not None and _is_market(g, idx, o):
        return True
    doers = [] if trig.nominal else clause_subject(g, k)
    return not any(named_party(g, idx, d) for d in doers)


def carried_out(g: Graph, k: int, trig: Trigger) -> bool:
    """ "the execution of an agreement", "executed the order": no killing."""
    if trig.entry.event != "ASSAULT" or g.lemma(k) not in {"execution", "execute"}:
        return False
    done = g.prep_objects(k, "of") if trig.nominal else [o for o in (g.obj(k),) if o]
    if trig.nominal:  # the parse often hangs "of …" elsewhere: read the words that follow
        done += _of_phrase(g, k)
    return any(g.lemma(d) in EXECUTED for d in done)


def _of_phrase(g: Graph, k: int) -> list[int]:
    """The nouns of "of …" right after token ``k``, up to the next punctuation or verb."""
    toks = g.doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].text.lower() != "of":
        return []
    out = []
    for t in toks[k + 2 : k + 8]:
        if t.pos in {"PUNCT", "VERB", "AUX", "ADP"} or t.sent != toks[k].sent:
            break
        if t.pos in {"NOUN", "PROPN"}:
            out.append(t.i)
    return out


def bare_exchange(g: Graph, k: int, trig: Trigger) -> bool:
    """ "an exchange of prisoners", "a prisoner exchange" are events; "the exchange" with
    nothing exchanged is a stock or commodity exchange."""
    if not trig.nominal or g.lemma(k) != "exchange" or len(trig.entry.words) > 1:
        return False
    return not (g.prep_objects(k, "of") or _of_phrase(g, k) or g.children(k, "compound"))


def _price(g: Graph, k: int) -> bool:
    """A money or percentage amount or a price unit ("a penny", "5 pct")."""
    t = g.tok(k)
    return t.ent_type in {"MONEY", "PERCENT"} or t.text.lower() in PRICE_UNITS


def price_move(g: Graph, k: int, trig: Trigger) -> bool:
    """ "eased a penny to 503", "declined 2 pct", "retreated to 1.50 dlrs": a verb of
    movement whose amount or level is a price (a bare number only as a level: "to 503";
    "retreated 20 kilometres" is a distance)."""
    if trig.nominal or g.lemma(k) not in MOVES:
        return False
    levels = g.prep_objects(k, "to", "from", "at")
    amounts = levels + g.prep_objects(k, "by") + g.children(k, "dobj", "npadvmod")
    return any(_price(g, a) for a in amounts) or any(g.tok(a).tag == "CD" for a in levels)


def question(g: Graph, k: int, trig: Trigger) -> bool:
    """ "asked whether …", "asked why …": a question, unless it asks someone to act or
    for something ("asked them to leave", "asked for aid")."""
    if trig.nominal or g.lemma(k) != "ask" or trig.entry.event != "REQUEST":
        return False
    if g.children(k, "xcomp") or g.prep_objects(k, "for"):
        return False
    for c in g.children(k, "ccomp", "advcl", "dobj", "pcomp"):
        words = [g.tok(c).text.lower()] + [
            g.tok(m).text.lower() for m in g.children(c, "mark", "advmod", "nsubj", "dobj")
        ]
        if any(w in QUESTION_WORDS for w in words):
            return True
    return bool(g.prep_objects(k, "about"))


def press_contact(g: Graph, k: int, trig: Trigger) -> bool:
    """ "a news conference", "a press briefing", "talking to reporters": speaking to the
    press is how news is made, not a meeting between parties."""
    if trig.entry.event != "CONSULT":
        return False
    if trig.nominal:
        mods = g.children(k, "compound", "amod")
        return g.lemma(k) in PRESS_EVENTS and any(g.lemma(m) in PRESS for m in mods)
    partners = g.prep_objects(k, "to", "with") + [o for o in (g.obj(k),) if o is not None]
    return bool(partners) and all(g.lemma(p) in PRESS for p in partners)


def routine_meeting(g: Graph, k: int, trig: Trigger) -> bool:
    """ "the annual shareholders' meeting", "its regular weekly meeting": a body meeting
    itself, unless the meeting is with or between parties."""
    if not trig.nominal or trig.entry.event != "CONSULT" or g.lemma(k) != "meeting":
        return False
    if g.prep_objects(k, "with", "between", "among"):
        return False
    mods = g.children(k, "amod", "compound", "poss")
    return any(g.lemma(m) in ROUTINE or g.tok(m).text.lower() in ROUTINE for m in mods)


def moved_object(g: Graph, k: int, trig: Trigger) -> bool:
    """ "roll/push/pour into" is an incursion by its subject; with a direct object the
    subject moves someone else there ("the offensive pushed the rebels into the hills")."""
    words = trig.entry.words
    if trig.nominal or trig.entry.event != "ASSAULT" or words[1:] != ("into",):
        return False
    return words[0] in ADVANCES and g.obj(k) is not None


def drop_non_events(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Remove the triggers that name no political event, in place."""
    for k, trig in list(found.items()):
        if (
            market_doer(g, idx, k, trig)
            or market_trading(g, idx, k, trig)
            or carried_out(g, k, trig)
            or bare_exchange(g, k, trig)
            or price_move(g, k, trig)
            or question(g, k, trig)
            or press_contact(g, k, trig)
            or routine_meeting(g, k, trig)
            or moved_object(g, k, trig)
        ):
            del found[k]
