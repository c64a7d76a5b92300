"""Modality cues beyond the trigger's own auxiliaries and embedding verbs (session 6,
issue #5): the constructions that report an act as done when it was not, as certain when
it is conditional or hearsay, as present when it is planned.

- negation outside the verb: a negative subject ("no troops were deployed", "nobody was
  arrested", "not a single shot"), "without …", "at no point", "has yet to",
  "held back from …";
- conditions: an if/unless/provided clause, or an inverted one ("had the army attacked",
  "should talks collapse"), conditions the clause it hangs on; "in the event of";
  a yes/no question asserts nothing;
- a nominal event as subject takes its predicate's modality ("talks are scheduled for",
  "a massacre could follow", "a coup is unlikely"), and so does one with a modifier of
  time or chance ("next week's summit", "possible attacks", "a strike for next week");
- hearsay: "was said / is believed to have", "what it called an attack", "unconfirmed
  reports"; a claim that someone rejects or dismisses is denied.
"""

from __future__ import annotations

from dateline.events.graph import Graph

NEG_DETS = frozenset({"no", "neither"})
NEG_PRONOUNS = frozenset({"nobody", "none", "nothing", "noone"})
# "at no point did …", "at no time", "in no way", "on no account", "by no means"
NEG_PREP_NOUNS = frozenset(
    {"point", "time", "stage", "moment", "way", "account", "means", "circumstance"}
)
# "held back from storming", "shied away from imposing", "backed away from"
RECOIL_VERBS = frozenset({"hold", "shy", "back", "step", "pull", "draw"})
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "lest"})
INVERTED_AUX = frozenset({"had", "were", "should"})
# nouns whose "of" complement is possible, not real: "a risk of renewed clashes"
CHANCE_NOUNS = frozenset(
    {"risk", "possibility", "prospect", "danger", "chance", "likelihood", "fear", "spectre",
     "specter", "probability"}
)  # fmt: skip
CHANCE_ADJ = frozenset(
    {"possible", "likely", "unlikely", "probable", "conceivable", "doubtful", "uncertain",
     "unclear", "potential", "hypothetical", "eventual", "prospective", "improbable"}
)  # fmt: skip
FUTURE_ADJ = frozenset(
    {"upcoming", "planned", "proposed", "forthcoming", "impending", "scheduled", "future",
     "imminent", "expected", "coming", "due", "next", "intended", "anticipated"}
)  # fmt: skip
# predicates that put a nominal subject in the future: "talks are scheduled for Tuesday"
SCHEDULE = frozenset(
    {"schedule", "plan", "set", "due", "expect", "slate", "pencil", "timetable", "envisage"}
)
# predicates of an event's start or course: "talks will resume", "a massacre could follow"
ASPECTUAL = frozenset(
    {"resume", "begin", "start", "open", "continue", "reconvene", "restart", "follow", "erupt",
     "occur", "happen", "ensue", "break", "take", "go", "proceed", "convene", "get"}
)  # fmt: skip
FUTURE_TIME = frozenset({"next", "coming", "following", "tomorrow"})
MODALS = frozenset({"could", "might", "may", "would", "should", "can", "must", "'d"})
# passives of hearsay: "was said to have abducted", "are believed to have detained"
HEARSAY_PASSIVE = frozenset(
    {"say", "report", "believe", "think", "understand", "rumour", "rumor", "reckon", "presume",
     "suppose", "allege", "claim", "suspect", "hear", "hop"}
)  # fmt: skip
# "what it called an attack": the label is the speaker's
LABEL_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand", "characterize",
                         "characterise"})  # fmt: skip
UNCONFIRMED = frozenset(
    {"unconfirmed", "unverified", "uncorroborated", "unsubstantiated", "unsourced", "anonymous"}
)
CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "report", "charge", "suggestion", "assertion",
     "rumour", "rumor", "speculation", "contention"}
)  # fmt: skip
DISMISSING = frozenset(
    {"reject", "dismiss", "deny", "refute", "rebut", "dispute", "brush", "deflect", "contest",
     "counter", "repudiate", "scoff", "ridicule"}
)  # fmt: skip
# what rumours and claims do when nobody says them: "rumours spread that …"
RUMOUR_VERBS = frozenset(
    {"spread", "circulate", "emerge", "surface", "swirl", "persist", "abound", "mount", "grow"}
)
BELIEF = frozenset({"believe", "think", "suspect", "assume", "presume", "suppose", "reckon"})


def local_negation(g: Graph, i: int) -> bool:
    """The clause of ``i`` is negated outside its auxiliaries: a negative subject, "at no
    point", or "without" (when ``i`` is the gerund or noun it governs)."""
    for s in g.children(i, "nsubj", "nsubjpass"):
        low = g.tok(s).text.lower()
        if low in NEG_PRONOUNS or (low == "one" and _has_det(g, s, {"no"})):
            return True
        if _has_det(g, s, NEG_DETS) or g.children(s, "neg"):
            return True  # "no troops were deployed", "not a single shot was fired"
        if any(g.children(n, "neg") for n in g.children(s, "nummod")):
            return True  # "not one soldier was deployed"
    preps = g.children(i, "prep") + [p for a in g.children(i, "aux") for p in g.children(a, "prep")]
    for p in preps:  # "at no point did police …" hangs on "did"
        for o in g.children(p, "pobj"):
            if g.lemma(o) in NEG_PREP_NOUNS and _has_det(g, o, {"no"}):
                return True
    return False


def _has_det(g: Graph, i: int, words: set[str] | frozenset[str]) -> bool:
    return any(g.tok(d).text.lower() in words for d in g.children(i, "det"))


def embedding_negation(g: Graph, a: int, node: int) -> bool:
    """``a`` negates what ``node`` (its child on the path) says: "without firing",
    "has yet to meet", "held back from storming"."""
    if g.lemma(a) == "without" and g.dep(node) in {"pcomp", "pobj"}:
        return True
    if g.dep(node) == "xcomp" and any(g.lemma(k) == "yet" for k in g.children(a, "advmod")):
        return g.lemma(a) in {"have", "be"}  # "has yet to meet", "is yet to sign"
    if g.lemma(node) == "from" and g.children(node, "pcomp"):
        if g.tok(a).text.lower() in {"back", "away"}:  # "held back from" hangs on "back"
            h = g.head(a)
            return h is not None and g.lemma(h) in RECOIL_VERBS
        away = {g.tok(k).text.lower() for k in g.children(a, "advmod", "prt")}
        return g.lemma(a) in RECOIL_VERBS and bool(away & {"back", "away", "off"})
    return False


def conditioned(g: Graph, i: int, skip: int) -> bool:
    """``i`` has a conditional clause of its own (other than ``skip``, the path child):
    "will strike unless …", "would retaliate should Israel strike", "had X attacked"."""
    for c in g.children(i, "advcl"):
        if c == skip:
            continue
        if is_condition(g, c):
            return True
    return False


def is_condition(g: Graph, c: int) -> bool:
    """An if/unless clause, or an inverted one ("had the army attacked", "should talks
    collapse", "were the rebels to enter")."""
    if any(g.lemma(m) in CONDITION_MARKS for m in g.children(c, "mark")):
        return True
    first = g.subtree(c)[0]
    t = g.tok(first)
    return (
        t.text.lower() in INVERTED_AUX
        and t.dep in {"aux", "auxpass", "ROOT", "advcl"}
        and (g.head(first) == c or first == c)
    )


def in_event_of(g: Graph, a: int, node: int) -> bool:
    """ "in the event of an incursion", "in case of attack": a possible act."""
    if g.lemma(a) not in {"event", "case"} or g.lemma(node) != "of":
        return False
    h = g.head(a)
    return h is not None and g.lemma(h) == "in"


def chance_of(g: Graph, a: int, node: int) -> bool:
    """ "a risk of renewed clashes", "the possibility of strikes"."""
    return g.lemma(a) in CHANCE_NOUNS and g.lemma(node) in {"of", "that"} and g.tok(a).pos == "NOUN"


def chance_predicate(g: Graph, a: int) -> bool:
    """ "it is possible that …", "unlikely to attack"."""
    if g.lemma(a) in CHANCE_ADJ and g.tok(a).pos == "ADJ":
        return True
    return any(g.lemma(k) in CHANCE_ADJ for k in g.children(a, "acomp"))


def nominal_marks(g: Graph, i: int) -> set[str]:
    """A noun event's own modifiers of time or chance ("possible attacks", "next week's
    summit", "a strike for next week"), and, as a subject, its predicate's modality."""
    found: set[str] = set()
    for k in g.children(i, "amod", "compound", "poss"):
        low = g.tok(k).text.lower()
        if low in CHANCE_ADJ:
            found.add("hypothetical")
        elif low in FUTURE_ADJ or (g.dep(k) == "poss" and _future_time(g, k)):
            found.add("scheduled")
    h = g.head(i)
    if h is not None and g.dep(i) == "dobj" and for_future(g, h):
        found.add("scheduled")  # "called a general strike for next week"
    if h is not None and g.dep(i) in {"nsubj", "nsubjpass"}:
        found |= _subject_marks(g, i, h)
    return found


def for_future(g: Graph, i: int) -> bool:
    """ "for next week", "for tomorrow": ``i`` is set for a time to come."""
    preps = [p for p in g.children(i, "prep") if g.lemma(p) == "for"]
    return any(_future_time(g, o) for p in preps for o in g.children(p, "pobj"))


def _future_time(g: Graph, k: int) -> bool:
    if g.tok(k).text.lower() in FUTURE_TIME:
        return True
    return any(g.tok(m).text.lower() in FUTURE_TIME for m in g.children(k, "amod"))


def _subject_marks(g: Graph, i: int, h: int) -> set[str]:
    aux = {g.tok(k).text.lower() for k in g.children(h, "aux", "auxpass")}
    lemma = g.lemma(h)
    preds = {g.lemma(k) for k in g.children(h, "acomp")}
    if g.children(h, "auxpass") or g.children(h, "xcomp"):
        preds.add(lemma)  # "talks are scheduled for", not "a drone attack set a fire"
    if preds & SCHEDULE:
        return {"scheduled"}  # "talks are scheduled for Tuesday", "a meeting is planned"
    if chance_predicate(g, h):
        return {"hypothetical"}  # "a coup is unlikely"
    indefinite = not any(
        g.tok(d).text.lower() in {"the", "this", "that", "these", "those"}
        for d in g.children(i, "det", "poss")
    ) and not g.children(i, "poss")
    if aux & MODALS and indefinite:
        return {"hypothetical"}  # "a massacre could follow", "any attack would be met"
    if aux & {"will", "shall", "'ll"} and lemma in ASPECTUAL:
        return {"scheduled"}  # "talks will resume in March"
    return set()


def hearsay(g: Graph, a: int, node: int) -> bool:
    """ "was said to have abducted", "what it called an attack", "unconfirmed reports
    said", "experts believe the group carried out …"."""
    lemma = g.lemma(a)
    dep = g.dep(node)
    if dep == "xcomp" and lemma in HEARSAY_PASSIVE and g.children(a, "auxpass"):
        return True
    if lemma in LABEL_VERBS and dep in {"oprd", "attr", "xcomp", "dobj"}:
        return any(g.tok(k).text.lower() == "what" for k in g.children(a))
    if dep == "ccomp" and lemma in BELIEF and g.tok(a).pos == "VERB":
        s = g.subject(a)  # a believer, not a misparse that made "believed" the root
        return s is not None and g.tok(s).pos in {"NOUN", "PROPN", "PRON"}
    if dep == "ccomp":
        for s in g.children(a, "nsubj"):
            if any(g.tok(m).text.lower() in UNCONFIRMED for m in g.children(s, "amod")):
                return True
            if g.lemma(s) in CLAIM_NOUNS and lemma in RUMOUR_VERBS:
                return True  # "rumours spread that a guard had shot …"
    return False


def unconfirmed_according(g: Graph, sent_start: int, sent_end: int) -> bool:
    """ "according to unverified accounts": every event of the sentence is hearsay."""
    for k in range(sent_start, sent_end):
        if g.tok(k).text.lower() not in UNCONFIRMED or g.dep(k) != "amod":
            continue
        h = g.head(k)
        p = g.head(h) if h is not None else None
        if p is not None and g.lemma(p) == "to":
            p = g.head(p)
        if p is not None and g.tok(p).text.lower() in {"according", "citing"}:
            return True
    return False


def dismissed_claim(g: Graph, a: int, node: int) -> int | None:
    """ "rejected claims that it had bombed": the claim noun ``a`` holding the event, when
    its head dismisses it; returns that head (whose own mark the claim replaces)."""
    if g.lemma(a) not in CLAIM_NOUNS or g.dep(node) not in {"acl", "ccomp", "relcl"}:
        return None
    h = g.head(a)
    if h is not None and g.dep(a) == "dobj" and g.lemma(h) in DISMISSING:
        return h
    return None


def claim_content(g: Graph, a: int, node: int) -> bool:
    """ "claims that troops massacred …": what a claim says is alleged (not what someone
    "said in a report that …": that is the speaker's own statement)."""
    if g.lemma(a) not in CLAIM_NOUNS or g.tok(a).pos != "NOUN":
        return False
    h = g.head(a)
    in_doc = g.dep(a) == "pobj" and h is not None and g.lemma(h) == "in"
    return g.dep(node) in {"acl", "ccomp"} and not in_doc


def yes_no_question(g: Graph, sent_start: int, sent_end: int) -> bool:
    """A sentence opening with an auxiliary and closing with "?": "Did the army shell …?"."""
    toks = [g.tok(k) for k in range(sent_start, sent_end)]
    words = [t for t in toks if t.pos not in {"PUNCT", "SPACE"} or t.text == "?"]
    if len(words) < 3 or words[-1].text != "?":
        return False
    first = words[0]
    return first.pos in {"AUX", "VERB"} and first.lemma.lower() in {
        "be", "have", "do", "will", "would", "can", "could", "shall", "should", "may",
        "might", "must"}  # fmt: skip


NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "several": 3,
    "many": 3,
    "a": 1,
    "an": 1,
    "one": 1,
}
SPAN_YEARS = {"year": 1, "decade": 10, "century": 100}


def years_back(g: Graph, ago: int) -> int:
    """How many years "ago" reaches back: "two decades ago" 20, "a year ago" 1, "weeks
    ago" 0; a plural without a count ("years ago") at least 2."""
    for k in g.children(ago, "npadvmod", "pobj", "nsubj"):
        unit = SPAN_YEARS.get(g.lemma(k))
        if unit is None:
            continue
        counts = [g.tok(c).text.lower() for c in g.children(k, "nummod", "det", "quantmod")]
        for c in counts:
            n = int(c) if c.isdigit() else NUMBER_WORDS.get(c)
            if n is not None:
                return n * unit
        return unit * (2 if g.tok(k).tag == "NNS" else 1)
    return 0
