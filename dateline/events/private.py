"""Statements that are no event between parties, found by auditing political news
(benchmarks/audit_events.py --corpus politics, rule-writing seeds 2026 and 11-14):

- conflict words used figuratively: a war, battle or fight of trade, sanctions, the
  courts or the ratings ("the tariff war", "a custody battle"), a fight in court, a
  fight or a battle to get or keep something in a sentence with no word of violence
  ("grandparents fighting to keep the girl"), a battle over a person, and "targeting"
  by the police, by a measure or by no one named where nothing violent happens
  ("officers were targeting new bars", "levies that target Mexico"); a hedged word
  ("practically kidnapped") is a figure too;
- a capability, a right or a chance, not an act: "has the power to audit", "their
  capacity to launch attacks", "the opportunity to discuss", "a way to fight crime";
- a rule, a text or a facility that allows ("the standing orders let the speaker …",
  "the new portal allows farmers to …"), and a permission stated without anyone giving
  it ("migrants on the island are allowed to leave the camp by day");
- generic statements: "you can call …", "anyone may apply …", "there must be dialogue";
- habits, not acts: "she sometimes talks to …", "a group that frequently rescues
  refugees"; a view shared in the present ("the psychologist agrees");
- cooperative and verbal acts among people named as private (kin, customers, fans,
  volunteers, fishermen) with no party of the state or of a group in them;
- campaign talk and polls: "voters' support", "appealed to voters", "helped it win
  votes", "most respondents said they back the plan";
- the reporter's formulas: "an aide not cleared to discuss the talks",
  "declined to make him available for an interview", "did not answer a request for
  comment", "declined to discuss the case", "asked not to be named".
"""

from __future__ import annotations

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.roles import clause_subject
from dateline.events.triggers import Trigger

# the conflict words a figure uses; the types they are read as
FIGHT_WORDS = frozenset(
    {"war", "battle", "fight", "fighting", "struggle", "tussle", "feud", "showdown",
     "combat", "tug", "spar", "sparring", "crusade", "wrangle"}
)  # fmt: skip
# a "trade war" read as SANCTION is right: only the armed readings are figures
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE"})
# fields a war or a battle is fought in without arms ("a price war", "a court battle")
ARENAS = frozenset(
    {"trade", "tariff", "sanction", "sanctions", "price", "currency", "bidding", "bid",
     "court", "courtroom", "legal", "judicial", "custody", "cold", "culture", "cultural",
     "word", "words", "propaganda", "media", "political", "diplomatic", "electoral",
     "election", "campaign", "budget", "tax", "patent", "rating", "ratings", "policy",
     "verbal", "talent", "takeover", "proxy", "public-relations", "pr", "legislative",
     "procedural", "bureaucratic", "ideological", "rhetorical", "info", "information"}
)  # fmt: skip
# what a party fights or battles to get or keep without arms ("fighting to keep the girl")
GAINS = frozenset(
    {"keep", "secure", "win", "get", "retain", "regain", "obtain", "save", "stay",
     "remain", "bring", "return", "clear", "prove", "overturn", "reverse", "preserve",
     "recover", "reclaim", "protect", "block", "stop", "halt", "pass", "repeal"}
)  # fmt: skip
# places a fight goes on without violence ("fought it in the courts")
FORUMS = frozenset({"court", "courts", "courtroom", "tribunal", "parliament", "congress",
                    "senate", "legislature", "ballot", "polls", "media", "press", "law"})
# words that make a fight, a battle or a target real
VIOLENT = frozenset(
    {"attack", "bomb", "bombing", "shoot", "shot", "shooting", "gun", "gunman", "gunfire",
     "missile", "rocket", "shell", "shelling", "airstrike", "strike", "ambush", "militant",
     "rebel", "insurgent", "sniper", "grenade", "mine", "troops", "soldier", "army",
     "military", "militia", "fighter", "jihadist", "terrorist", "kill", "wound", "injure",
     "dead", "death", "casualty", "weapon", "artillery", "tank", "jet", "warplane", "drone",
     "raid", "offensive", "clash", "front", "frontline", "siege", "assault", "guerrilla",
     "ceasefire", "cease-fire", "truce", "explosion", "blast", "violence", "violent",
     "riot", "police", "invade", "invasion", "occupy", "occupation", "combatant", "armed",
     "arm", "battlefield", "battalion", "brigade", "killing", "murder", "massacre",
     "force", "forces", "civilian", "civilians", "hostage"}
)  # fmt: skip
# what a hedge makes a figure of ("practically kidnapped", "virtually a hostage")
HEDGES = frozenset({"practically", "virtually", "effectively", "essentially", "basically",
                    "figuratively", "metaphorically", "almost-literally"})
# nouns of being able or entitled: the act after them is not done ("the power to arrest")
CAPACITIES = frozenset(
    {"power", "authority", "right", "ability", "capacity", "capability", "mandate",
     "jurisdiction", "opportunity", "chance", "licence", "license", "permission", "freedom",
     "means", "way", "tool", "leeway", "latitude", "prerogative", "competence", "option",
     "discretion", "entitlement", "privilege"}
)  # fmt: skip
# texts, rules and facilities that allow: the allowing is no act of a party
PERMITTERS = frozenset(
    {"rule", "bylaw", "law", "act", "statute", "regulation", "constitution", "code", "provision",
     "clause", "charter", "licence", "license", "permit", "policy", "system", "office",
     "network", "program", "programme", "project", "scheme", "framework", "platform",
     "service", "technology", "app", "application", "software", "website", "site",
     "design", "mechanism", "procedure", "legislation", "bill", "amendment", "treaty",
     "agreement", "deal", "accord", "arrangement", "contract", "visa", "status", "waiver",
     "exemption", "loophole", "change", "reform", "measure", "decree", "ordinance",
     "guideline", "guidelines", "standard", "model", "structure", "format", "tool",
     "feature", "setting", "term", "terms", "condition", "conditions", "card", "pass"}
)  # fmt: skip
ALLOWING = frozenset({"allow", "permit", "enable", "let", "entitle", "authorize", "authorise"})
# generic doers: not a party but whoever ("you can call", "anyone may apply")
GENERIC_DOERS = frozenset({"you", "anyone", "anybody", "everyone", "everybody", "whoever",
                           "one", "someone", "somebody"})
MODALS = frozenset({"can", "could", "may", "might", "must", "should", "ought", "shall"})
# a person allowed to speak for a body: "not authorised to speak …" is the reporter's
# formula for an anonymous source
CLEARED = frozenset({"authorize", "authorise", "authorized", "authorised", "allow",
                     "permit", "empower", "cleared", "entitle"})
# cooperative types an exchange between private people is read as (a refusal or a
# demand by a family is as often one addressed to the authorities, named elsewhere)
PEACEFUL = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "CONCEDE",
                      "RETREAT"})
# people named by kinship, custom or errand, not by office ("her customers", "his wife")
PRIVATE_PEOPLE = frozenset(
    {"family", "relative", "wife", "husband", "sister", "brother", "daughter", "son",
     "mother", "father", "parent", "child", "kid", "cousin", "uncle", "aunt", "grandmother",
     "grandfather", "grandparent", "nephew", "niece", "fiancé", "fiancee", "girlfriend",
     "boyfriend", "friend", "neighbour", "neighbor", "fan", "customer", "client", "shopper",
     "tourist", "holidaymaker", "volunteer", "passenger", "patient", "teammate", "colleague",
     "coworker", "co-worker", "landlord", "tenant", "homeowner", "fisherman", "intern",
     "musician", "singer", "band", "audience", "spectator", "guest", "diner", "winemaker",
     "chef", "classmate", "roommate", "sibling", "spouse", "widow", "bride", "groom",
     "grandson", "granddaughter", "stepfather", "stepmother", "in-law", "hiker", "climber",
     "swimmer", "surfer", "driver", "cyclist", "pedestrian", "motorist", "player", "coach"}
)  # fmt: skip
# plain people: neither private by name nor a party ("the boy was rescued by fishermen")
ANYONE = frozenset({"boy", "girl", "baby", "toddler", "teenager", "teen", "man", "woman",
                    "couple", "pensioner", "person", "infant"})
# what a body declines to grant the press
PRESS_GRANTS = frozenset({"interview", "comment", "comments", "statement", "briefing",
                          "question", "questions"})
DECLINING = frozenset({"decline", "refuse"})
# talking a party declines to the press, and what it declines to talk about
TALKING = frozenset({"discuss", "talk", "speak", "elaborate", "comment", "say"})
PRESS_PEOPLE = frozenset({"reporter", "journalist", "media", "press", "newspaper", "agency"})
TOPICS = frozenset({"matter", "case", "detail", "details", "it", "this", "that", "report",
                    "allegation", "specifics", "story", "claim"})
NAMING_VERBS = frozenset({"name", "identify", "quote"})
# adverbs of habit: "sometimes talks to", "frequently rescues", "rarely contribute"
HABITUAL = frozenset(
    {"sometimes", "often", "frequently", "usually", "rarely", "seldom", "regularly",
     "routinely", "typically", "generally", "occasionally", "normally", "habitually",
     "customarily", "commonly", "ordinarily", "always"}
)  # fmt: skip
PRESENT = frozenset({"VBZ", "VBP"})
# the electorate and those polled: their support or their answers are campaign talk and
# poll figures, and winning them over is canvassing ("to woo voters"); a share ("71
# percent") is left alone: it is as often a vote count or a stake as a poll answer
ELECTORATE = frozenset(
    {"voter", "voters", "electorate", "constituent", "constituents", "respondent",
     "respondents", "pollster", "poll", "survey", "canvasser", "undecided"}
)  # fmt: skip
CANVASSED = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST", "COOPERATE", "AID",
                       "CONCEDE"})
WINNING = frozenset({"win", "woo", "court", "persuade", "sway", "attract", "convince",
                     "lure", "secure", "garner", "earn", "gain", "get", "pitch"})


def _sentence_lemmas(g: Graph, k: int) -> set[str]:
    s = g.tok(k).sent
    return {g.lemma(t.i) for t in g.doc.tokens if t.sent == s}


def _violent(g: Graph, k: int) -> bool:
    lemmas = _sentence_lemmas(g, k) | {g.tok(t.i).text.lower() for t in g.doc.tokens
                                       if t.sent == g.tok(k).sent}
    return bool(lemmas & VIOLENT)


def _person(idx: MentionIndex, k: int) -> bool:
    m = idx.covering(k)
    return m is not None and m.type == "person"


def _lemma_in(g: Graph, ks: list[int], words: frozenset[str]) -> bool:
    return any(g.lemma(x) in words or g.tok(x).text.lower() in words for x in ks)


def figurative_conflict(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """A war, a battle, a fight or a target that is a figure (module docstring)."""
    if trig.entry.event not in HOSTILE:
        return False
    word = g.lemma(k)
    mods = g.children(k, "compound", "amod", "nmod")
    if word in FIGHT_WORDS:
        if _lemma_in(g, mods, ARENAS):
            return True  # "the sanctions war", "a custody battle", "a real cold war"
        if _lemma_in(g, g.prep_objects(k, "in", "through", "with"), FORUMS):
            return True  # "fought it out in court", "fighting with the laws"
        if _violent(g, k):
            return False
        purpose = g.children(k, "xcomp", "acl", "advcl")
        if any(g.lemma(p) in GAINS and _to_verb(g, p) for p in purpose):
            return True  # "fighting to keep the girl", "the battle to secure his return"
        over = g.prep_objects(k, "of", "for", "over")
        return bool(over) and all(_person(idx, o) for o in over)  # "the battle of Elian"
    if any(g.lemma(a) in HEDGES for a in g.children(k, "advmod")):
        return True
    if word == "target" and not _violent(g, k):
        doers = [] if g.is_passive(k) else clause_subject(g, k)
        doers += g.prep_objects(k, "by") if g.is_passive(k) else []
        return not doers or all(_policing_or_thing(g, idx, d) for d in doers)
    return False


def _policing_or_thing(g: Graph, idx: MentionIndex, d: int) -> bool:
    """Police, an agency, a board or a measure as the one who targets: enforcement or
    policy, not an attack (states, armed groups and people may still be attacking)."""
    if g.tok(d).pos == "PRON":
        return False  # "they began to target the district": people or a group
    m = idx.covering(d)
    if m is not None:
        return m.type not in {"armed_group", "military", "country", "person", "civilians"}
    return g.tok(d).pos in {"NOUN", "PROPN"} and g.lemma(d) not in {"gunman", "militant"}


def _to_verb(g: Graph, v: int) -> bool:
    return any(g.lemma(a) == "to" for a in g.children(v, "aux"))


def _governor_noun(g: Graph, k: int) -> int | None:
    """The noun a to-infinitive depends on ("the power to audit", through conjoined
    verbs: "the chance to tour, learn and discuss"); a relative clause ("powers
    which have been criticised") is no such infinitive."""
    i = k
    for _ in range(4):
        h = g.head(i)
        if h is None:
            return None
        if g.dep(i) == "conj":
            i = h
            continue
        if g.dep(i) in {"acl", "xcomp"} and g.tok(h).pos == "NOUN" and _to_verb(g, i):
            return h
        return None
    return None


def capability(g: Graph, k: int, trig: Trigger) -> bool:
    """ "has the power to audit", "their capacity to launch attacks", "a way to
    fight crime": what a party may or can do, not what it did."""
    if trig.nominal:
        return False
    n = _governor_noun(g, k)
    if n is None or g.lemma(n) not in CAPACITIES:
        return False
    h = g.head(n)  # "reserved the right to retaliate" is a threat, not a capability
    return h is None or g.lemma(h) not in {"reserve", "retain", "keep"}


def rule_allows(g: Graph, k: int, trig: Trigger) -> bool:
    """ "the rules allow …", "the new portal allows …"; "are allowed to leave by day"
    with no one named who allows."""
    if trig.nominal or g.lemma(k) not in ALLOWING:
        return False
    if g.is_passive(k):
        return not g.prep_objects(k, "by") and bool(g.children(k, "xcomp", "prep", "advmod"))
    doers = clause_subject(g, k)
    return bool(doers) and all(g.lemma(d) in PERMITTERS for d in doers)


def generic(g: Graph, k: int, trig: Trigger) -> bool:
    """ "you can call …", "anyone may apply …", "there must be dialogue"."""
    if trig.nominal:
        h = g.head(k)
        if h is None or g.lemma(h) != "be" or g.dep(k) not in {"attr", "nsubj"}:
            return False
        return bool(g.children(h, "expl")) and _lemma_in(g, g.children(h, "aux"), MODALS)
    s = g.subject(k)
    if s is None or g.tok(s).text.lower() not in GENERIC_DOERS:
        return False
    return _lemma_in(g, g.children(k, "aux"), MODALS)


def _simple_present(g: Graph, k: int) -> bool:
    """A verb in the simple present outside a headline (headlines tell past news so)."""
    if g.tok(k).tag not in PRESENT or g.tok(k).sent in g.headlines:
        return False
    return not g.children(k, "aux", "auxpass")


def habitual(g: Graph, k: int, trig: Trigger) -> bool:
    """What a party does by habit, not what it did: "she sometimes phones her cousins",
    "agents seldom are asked to pay", "a group that frequently rescues migrants" (a
    present relative clause alone, "the states that speak up for dialogue", may still
    report a stand)."""
    if trig.nominal:
        return False
    if not any(g.lemma(a) in HABITUAL for a in g.children(k, "advmod")):
        return False
    return g.tok(k).tag in PRESENT or any(
        g.tok(a).tag in PRESENT for a in g.children(k, "aux", "auxpass"))


def opinion(g: Graph, k: int, trig: Trigger) -> bool:
    """ "X agrees (with the governor) that …", "the psychologist agrees": sharing a view in
    the present is no agreement to act."""
    if trig.nominal or trig.entry.event != "AGREE" or g.lemma(k) != "agree":
        return False
    if not _simple_present(g, k) or g.children(k, "xcomp"):
        return False
    if g.prep_objects(k, "on", "to", "upon") or g.obj(k) is not None:
        return False
    # "agrees (with X) that …"; or "agrees." alone, a view (no partner, no terms)
    return bool(g.children(k, "ccomp")) or not g.children(k, "prep")


def _electorate(g: Graph, i: int) -> bool:
    return g.lemma(i) in ELECTORATE or g.tok(i).text.lower() in ELECTORATE


def campaign_talk(g: Graph, k: int, trig: Trigger) -> bool:
    """ "voters' support", "appealed to voters", "respondents said they back the plan",
    "helped it win votes": the electorate, a poll or canvassing, not parties acting (a
    threat to voters or a boycott by them stays)."""
    if trig.entry.event not in CANVASSED:
        return False
    parts = [p for p in (g.subject(k), g.obj(k)) if p is not None]
    parts += g.children(k, "poss") + g.prep_objects(k, "to", "with", "among", "from", "of")
    parts += g.children(k, "nsubjpass") if g.is_passive(k) else []
    if any(_electorate(g, p) for p in parts):
        return True
    for x in g.children(k, "xcomp", "ccomp", "advcl"):
        o = g.obj(x)
        if g.lemma(x) in WINNING and o is not None and (
            _electorate(g, o) or g.lemma(o) in {"vote", "votes", "ballot", "ballots"}
        ):
            return True  # "helped it win votes", "to persuade voters"
    return False


def _parties(g: Graph, k: int, trig: Trigger) -> list[int]:
    """Who does and who undergoes trigger ``k``, with conjoined heads."""
    heads = [] if trig.nominal else clause_subject(g, k)
    heads += [o for o in (g.obj(k),) if o is not None]
    heads += g.children(k, "poss", "dative", "nsubjpass")
    heads += g.prep_objects(k, "to", "with", "for", "by", "between", "among", "from")
    return [c for h in heads for c in g.conjuncts(h)]


def private_parties(g: Graph, idx: MentionIndex, k: int, trig: Trigger) -> bool:
    """ "talked warmly with her customers", "rescued by two fishermen", "will partner his
    teammates": a cooperative or verbal act whose parties are named as private people
    (kin, fans, customers, volunteers), with no party of the state or of a group."""
    if trig.entry.event not in PEACEFUL:
        return False
    parties = _parties(g, k, trig)
    private = [p for p in parties if g.lemma(p) in PRIVATE_PEOPLE]
    if not private:
        return False
    for p in parties:
        m = idx.covering(p)
        if p in private or g.lemma(p) in ANYONE or (g.tok(p).pos == "PRON" and m is None):
            continue
        if m is None or m.type != "person":
            return False  # a state, an official, a group, a firm, or an unknown noun
    return True


def _in_subtree_of(g: Graph, k: int, words: frozenset[str], hops: int = 4) -> int | None:
    for n, a in enumerate(g.ancestors(k)):
        if n >= hops:
            return None
        if g.lemma(a) in words or g.tok(a).text.lower() in words:
            return a
    return None


def _declined_talk(g: Graph, v: int) -> bool:
    """ "declined to discuss the case", "refused to talk to reporters": talking ``v`` a
    party declines, about nothing named or with the press only."""
    h = g.head(v)
    if h is None or g.dep(v) != "xcomp" or g.lemma(h) not in DECLINING:
        return False
    if g.lemma(v) not in TALKING:
        return False
    partners = g.prep_objects(v, "with", "to")
    if any(g.lemma(p) not in PRESS_PEOPLE for p in partners):
        return False
    topics = [o for o in (g.obj(v),) if o is not None] + g.prep_objects(v, "about", "on")
    return all(g.lemma(t) in TOPICS or g.tok(t).text.lower() in TOPICS for t in topics)


def press_formula(g: Graph, k: int, trig: Trigger) -> bool:
    """ "an aide not cleared to discuss the talks", "declined to make him available for
    an interview", "did not answer a request for comment", "declined to discuss
    the case", "asked not to be named": how a reporter names a source or a refusal to
    the press, no act between parties."""
    a = _in_subtree_of(g, k, CLEARED)
    if trig.entry.event == "CONSULT" and a is not None and g.children(a, "neg"):
        return True
    if trig.nominal:
        return trig.entry.event == "REQUEST" and _lemma_in(
            g, g.prep_objects(k, "for"), PRESS_GRANTS)
    if trig.entry.event == "REJECT" and g.lemma(k) in DECLINING:
        if any(_declined_talk(g, x) for x in g.children(k, "xcomp")):
            return True
        o = g.obj(k)  # "declined requests for an interview"
        if o is not None and _lemma_in(g, g.prep_objects(o, "for"), PRESS_GRANTS):
            return True
        for x in g.children(k, "xcomp"):
            if g.lemma(x) == "make" and any(
                _lemma_in(g, g.prep_objects(c, "for"), PRESS_GRANTS)
                for c in g.subtree(x)
            ):
                return True
    if trig.entry.event == "CONSULT" and _declined_talk(g, k):
        return True
    if trig.entry.event == "REQUEST" and g.lemma(k) == "ask":
        # a source's wish to stay unnamed, not a demand between parties
        return any(g.lemma(x) in NAMING_VERBS and g.children(x, "neg")
                   for x in g.children(k, "xcomp"))
    return False


def drop_private(g: Graph, idx: MentionIndex, found: dict[int, Trigger]) -> None:
    """Remove the triggers that state no event between parties, in place."""
    for k, trig in list(found.items()):
        if (
            figurative_conflict(g, idx, k, trig)
            or capability(g, k, trig)
            or rule_allows(g, k, trig)
            or generic(g, k, trig)
            or press_formula(g, k, trig)
            or habitual(g, k, trig)
            or opinion(g, k, trig)
            or campaign_talk(g, k, trig)
            or private_parties(g, idx, k, trig)
        ):
            del found[k]
