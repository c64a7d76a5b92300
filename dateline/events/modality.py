"""Modality (asserted, alleged, denied, negated, future, hypothetical) and PLOVER's
auxiliary modes (historical, future, hypothetical, negation).

A trigger's own clause gives local markers (negation, modal auxiliaries, "reportedly",
"if"); walking up the parse, embedding predicates add theirs ("claimed that …" → alleged,
"refused to …" → negated, "threatened to …" → future, "urged … to" → hypothetical).
The strongest wins: negated > hypothetical > denied > alleged > future > asserted, so a
negated or hypothetical event is never reported as asserted.
"""

from __future__ import annotations

from dateline.events import modality_cues as cues
from dateline.events.graph import Graph
from dateline.events.roles import ACTOR_NOUNS
from dateline.events.triggers import Trigger

ORDER = ("negated", "hypothetical", "denied", "alleged", "future", "intent", "scheduled")
# "willing to meet": not yet done, and offered; "talks are scheduled for Tuesday", "its next
# meeting": on a timetable, neither offered nor threatened (retype leaves its type alone)
MODALITY_OF = {"intent": "future", "scheduled": "future"}
AUX_OF = {"negated": "negation", "hypothetical": "hypothetical", "future": "future"}
# "ready/willing/prepared to …": an offer or readiness (AGREE for cooperation)
INTENT_EMBED = frozenset(
    {"willing", "ready", "prepared", "prepare", "eager", "determined", "keen", "committed",
     "commit", "poised", "offer", "readiness", "willingness", "intention", "intent",
     "desire", "eagerness", "determination", "commitment", "preparedness", "poise",
     "amenable", "receptive"}
)  # fmt: skip

UNWILLING = frozenset({"unwilling", "reluctant", "loath", "loth", "disinclined"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d", "can", "must"})
ALLEGE_ADV = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "apparently", "ostensibly"}
)
# "accused of", "arrested for", "tried for": the act is the charge, not a reported fact
ALLEGE_EMBED = frozenset(
    {"claim", "allege", "accuse", "suspect", "rumor", "rumour", "charge", "try", "indict",
     "prosecute", "arrest", "detain", "investigate"}
)  # fmt: skip
# of those, the ones that make the act a charge ("tried for ordering the massacre"): a
# "charged" mark, unlike hearsay ("reportedly", "claimed"), keeps a planned act its own type
CHARGES = ALLEGE_EMBED - {"claim", "allege", "rumor", "rumour"}
DENY_EMBED = frozenset({"deny", "dispute", "refute", "rebut"})
NEG_EMBED = frozenset(
    {"prevent", "stop", "fail", "refuse", "decline", "avoid", "thwart", "foil", "deter",
     "bar", "forbid", "halt", "reject", "rule", "refrain", "abstain", "desist", "unable",
     "powerless"}
)  # fmt: skip
FUTURE_EMBED = frozenset(
    {"plan", "intend", "expect", "schedule", "aim", "hope", "want", "prepare", "promise",
     "pledge", "vow", "agree", "threaten", "decide", "propose", "vote", "resolve",
     "announce", "set", "due", "slate", "swear", "decision", "bid", "reserve", "hint",
     "undertake"}
)  # fmt: skip
# verbs whose negation asserts a possibility: "would not hesitate to use force" (a future
# act), "did not rule out military action" (a possible one)
DOUBLE_NEGATIVE = {"hesitate": "future", "rule": "hypothetical", "exclude": "hypothetical"}
HYPO_EMBED = frozenset(
    {"urge", "call", "demand", "fear", "ask", "request", "appeal", "consider", "insist", "push",
     "press", "seek", "recommend", "suggest", "weigh", "mull", "contemplate", "order"}
)  # fmt: skip
SPEECH_LIKE = frozenset(
    {"say", "tell", "state", "announce", "report", "add", "claim", "warn", "confirm",
     "disclose", "reveal", "indicate", "declare", "insist", "stress", "reiterate", "inform",
     "assure", "signal", "write", "quote", "predict", "caution", "acknowledge", "know"}
)  # fmt: skip
FLAG_MARK = {
    "embed_future": "future",
    "embed_hypothetical": "hypothetical",
    "embed_negated": "negated",
    "embed_alleged": "alleged",
}
HYPO_MARKS = frozenset({"if", "unless", "whether", "lest"})
# prepositions that set the scene: what they govern is not embedded in the verb's content
ADJUNCT_PREPS = frozenset(
    {"after", "before", "during", "since", "amid", "despite", "following", "near", "outside",
     "at"}
)  # fmt: skip
# subordinators of a scene-setting clause: "… will widen after the government relaxed …"
ADJUNCT_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "because", "once"})
# links through which the embedding word's own markers (negation, modals) reach the act
LOCAL_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "dobj", "pobj"})
STOP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "appos", "npadvmod", "relcl"})


def _local(g: Graph, i: int, under_speech: bool) -> set[str]:
    found: set[str] = set()
    for k in g.children(i):
        t = g.tok(k)
        low = t.text.lower()
        if t.dep == "neg" or (t.dep == "det" and low == "no"):
            found.add("negated")
        elif t.dep in {"aux", "auxpass"} and low in FUTURE_AUX:
            found.add("future")
        elif t.dep in {"aux", "auxpass"} and low in MODAL_AUX:
            found.add("future" if low in {"would", "'d"} and under_speech else "hypothetical")
        elif t.dep == "advmod" and low in ALLEGE_ADV:
            found.add("alleged")
        elif t.dep == "mark" and low in HYPO_MARKS:
            found.add("hypothetical")
    if g.lemma(i) == "go" and g.child(i, "xcomp") is not None and g.tok(i).tag == "VBG":
        found.add("future")
    return found


def _under_speech(g: Graph, i: int) -> bool:
    return any(g.lemma(a) in SPEECH_LIKE for a in g.ancestors(i))


def _embedding(g: Graph, a: int, triggers: dict[int, Trigger]) -> str | None:
    trig = triggers.get(a)
    if trig is not None:
        for flag, mark in FLAG_MARK.items():
            if flag in trig.entry.flags:
                return mark
    lemma = _lemma(g, a)
    for words, mark in (
        (INTENT_EMBED, "intent"),
        (DENY_EMBED, "denied"),
        (NEG_EMBED, "negated"),
        (ALLEGE_EMBED, "alleged"),
        (FUTURE_EMBED, "future"),
        (HYPO_EMBED, "hypothetical"),
    ):
        if lemma in words and g.tok(a).pos in {"VERB", "NOUN", "ADJ"}:
            return mark
    return None


# the tagger's misreadings of embedding verbs: "hopes" as the plural of "hop"
LEMMA_OF_TEXT = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def _lemma(g: Graph, i: int) -> str:
    return LEMMA_OF_TEXT.get(g.tok(i).text.lower(), g.lemma(i))


def marks(g: Graph, trig: Trigger, triggers: dict[int, Trigger]) -> set[str]:
    """Every modality marker that applies to the trigger."""
    i = trig.token
    speech = _under_speech(g, i)
    found = _local(g, i, speech)
    if trig.nominal:
        found |= cues.nominal_marks(g, trig.token)
    elif cues.for_future(g, i):
        found.add("scheduled")  # "called a strike for next week" (a verb owning its noun)
    for k in (i, trig.light):
        if k is not None and cues.local_negation(g, k):
            found.add("negated")  # "no troops were deployed", "at no point did police …"
        if k is not None and cues.conditioned(g, k, -1):
            found.add("hypothetical")  # "will strike on Monday unless …"
    if trig.light is not None:
        found |= _local(g, trig.light, speech)
        i = trig.light
    node, local_scope, skip, scene = i, True, -1, False
    for a in g.ancestors(i):
        dep = g.dep(node)
        if dep in STOP_DEPS or (dep == "prep" and g.lemma(node) in ADJUNCT_PREPS):
            scene = dep not in {"nsubj", "nsubjpass"}
            break  # "agreed to a truce after weeks of shelling": the shelling is a setting
        if dep == "advcl" and any(g.lemma(m) in ADJUNCT_MARKS for m in g.children(node, "mark")):
            scene = True
            break  # a clause of time or cause sets the scene as a prepositional phrase does
        found |= _cues(g, a, node, found)
        if (held := cues.dismissed_claim(g, a, node)) is not None:
            found.add("denied")  # "rejected claims that it had bombed …"
            skip = held
        mark = None if a == skip else _embedding(g, a, triggers)
        if g.lemma(a) == "call" and mark == "hypothetical" and dep in {"dobj", "oprd", "attr"}:
            mark = None  # "called a strike", "what it called an attack": no appeal
        if g.lemma(a) in DOUBLE_NEGATIVE and g.children(a, "neg"):
            mark = DOUBLE_NEGATIVE[g.lemma(a)]
        if g.tok(a).text.lower() in {"is", "are", "'s"} and dep == "xcomp" and _party_subject(g, a):
            mark = "future"  # "the United States is to provide …" (not "the aim is to …")
        if g.lemma(a) == "set" and dep != "xcomp":
            mark = None  # "is set to sign" is future; "set off a bomb, killing six" is not
        if g.lemma(a) == "undertake" and not _to_clause(g, node, dep):
            mark = None  # "undertook to exchange data" promises; "undertook the task" does
        if g.lemma(a) == "try" and dep == "xcomp":
            mark = None  # "tried to rescue the talks" is an attempt, not a trial
        if mark == "future" and _done(g, node):
            mark = None  # "X recognised Y, the ministry announced": already done
        if g.lemma(a) in UNWILLING and g.tok(a).pos == "ADJ":
            found |= {"negated", "intent"}  # "unwilling to share its files": a refusal
        if mark == "alleged" and _lemma(g, a) in CHARGES:
            found.add("charged")
        if mark is not None:
            found.add(mark)
            if a in triggers:  # the governing event already says it (threatened to …)
                found.add("governed")
        if dep == "ccomp":
            local_scope = False
        if local_scope and cues.conditioned(g, a, node):
            found.add("hypothetical")  # "is ready to resume its offensive, should …"
        # "no intention to ease the embargo": the noun's negation reaches its to-clause
        in_scope = dep in LOCAL_DEPS or (dep == "acl" and g.lemma(a) in INTENT_EMBED)
        if local_scope and in_scope:
            dropped = {"alleged"} if dep == "conj" else set()
            if g.lemma(a) in DOUBLE_NEGATIVE:
                dropped.add("negated")  # the negation is the double negative's own
            found |= _local(g, a, speech) - dropped
        node = a
    sent = g.doc.sentences[g.tok(trig.token).sent]
    if not scene and cues.yes_no_question(g, sent.token_start, sent.token_end):
        found.add("hypothetical")  # "Did the army shell the village?" asserts nothing
    if cues.unconfirmed_according(g, sent.token_start, sent.token_end):
        found.add("alleged")
    return found


def _cues(g: Graph, a: int, node: int, below: set[str]) -> set[str]:
    """The embedding constructions of modality_cues that ``a`` makes of its child ``node``
    (``below``: the marks found under it)."""
    found: set[str] = set()
    if cues.embedding_negation(g, a, node):
        found.add("negated")
    if cues.in_event_of(g, a, node) or cues.chance_of(g, a, node):
        found.add("hypothetical")
    if g.dep(node) in {"ccomp", "xcomp"} and cues.chance_predicate(g, a):
        found.add("hypothetical")  # "it is possible that the militants will strike"
    if below & {"future", "intent", "hypothetical", "scheduled"}:
        return found  # "reports that the rebels planned to attack": a reported intent stays one
    if cues.hearsay(g, a, node) or cues.claim_content(g, a, node):
        found.add("alleged")
    return found


def _to_clause(g: Graph, i: int, dep: str) -> bool:
    """A "to" infinitive complement (an advcl when the parser reads it as a purpose)."""
    return dep in {"xcomp", "advcl"} and any(g.lemma(a) == "to" for a in g.children(i, "aux"))


def _done(g: Graph, i: int) -> bool:
    """A clause in the past or perfect tense, or in the progressive ("they were suspending
    protests"), reports an act done or under way, whatever embeds it."""
    if g.tok(i).tag == "VBD":
        return True
    aux = [a for a in g.children(i, "aux")]
    if g.tok(i).tag == "VBG" and any(g.tok(a).text.lower() in BE_FORMS for a in aux):
        return not any(g.tok(a).text.lower() in FUTURE_AUX | MODAL_AUX for a in aux)
    return any(g.lemma(a) == "have" for a in aux)


BE_FORMS = frozenset({"was", "were", "is", "are", "am", "'s", "'re"})


def modality(found: set[str]) -> str:
    for m in ORDER:
        if m in found:
            return MODALITY_OF.get(m, m)
    return "asserted"


def auxiliary(found: set[str], historical: bool) -> tuple[str, ...]:
    aux = ["historical"] if historical else []
    if found & {"future", "intent", "scheduled"}:
        aux.append("future")
    aux += [AUX_OF[m] for m in ("hypothetical", "negated") if m in found]
    return tuple(aux)


def is_historical(g: Graph, trig: Trigger, year: int) -> bool:
    """A year two or more before the report, stated in the trigger's clause."""
    clause = trig.light if trig.light is not None else trig.token
    if trig.nominal and trig.light is None:
        clause = g.head(trig.token) or trig.token
    for k in _own_clause(g, clause):
        t = g.tok(k)
        year_like = t.ent_type == "DATE" and t.text.isdigit() and len(t.text) == 4
        if year_like and int(t.text) <= year - 2:
            return True
        if t.text.lower() == "ago" and cues.years_back(g, k) >= 2:
            return True  # "two decades ago, NATO bombed Belgrade"
    return False


# clauses of their own inside a clause: "the general, who led the 1999 coup, was arrested"
OTHER_CLAUSE = frozenset({"relcl", "acl", "appos", "ccomp", "parataxis"})


def _own_clause(g: Graph, i: int) -> list[int]:
    out, stack = [i], [k for k in g.children(i) if g.dep(k) not in OTHER_CLAUSE]
    while stack:
        k = stack.pop()
        out.append(k)
        stack.extend(c for c in g.children(k) if g.dep(c) not in OTHER_CLAUSE)
    return out


def _party_subject(g: Graph, i: int) -> bool:
    """ "Britain is to send …", "the government is to …": a party, not "the aim"."""
    s = g.subject(i)
    if s is None:
        return False
    t = g.tok(s)
    return t.ent_type in {"GPE", "ORG", "NORP", "PERSON"} or g.lemma(s) in ACTOR_NOUNS
