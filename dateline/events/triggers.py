"""Trigger detection: verbs, nominalisations and light-verb constructions → lexicon entries."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from dateline.events.graph import Graph
from dateline.events.lexicon import Entry, Lexicon
from dateline.events.mentions import MentionIndex
from dateline.events.stative import stative

# verbs that carry no event of their own when their object is an event noun
LIGHT_VERBS = frozenset(
    {"carry", "launch", "conduct", "stage", "hold", "draw", "issue", "make", "take", "wage",
     "mount", "cause", "receive", "face", "express", "lodge", "file", "impose", "give",
     "begin", "start", "continue", "intensify", "escalate", "lead", "organize", "organise",
     "spark", "trigger", "provoke", "prompt", "attract", "suffer", "endure", "step",
     "perpetrate", "commit", "unleash", "orchestrate", "resume", "renew", "announce",
     "plan", "authorize", "authorise", "have", "do", "undertake",
     "pursue", "join", "see", "witness", "experience", "deliver", "send", "register",
     "level", "hurl", "submit", "voice", "grant", "order", "declare", "proclaim"}
)  # fmt: skip
# light verbs whose subject is on the receiving end ("the crackdown drew condemnation")
RECEIVER_VERBS = frozenset(
    {"draw", "receive", "face", "suffer", "attract", "endure", "spark", "trigger", "provoke",
     "prompt", "see", "witness", "experience"}
)  # fmt: skip
# verbs that end or reverse an act; the particle they need, if any ("call off")
UNDO_VERBS: dict[str, str | None] = {
    "lift": None, "ease": None, "relax": None, "end": None, "scrap": None, "repeal": None,
    "revoke": None, "rescind": None, "reverse": None, "overturn": None, "cancel": None,
    "drop": None, "remove": None, "abolish": None, "halt": None, "stop": None,
    "suspend": None, "terminate": None, "annul": None, "loosen": None, "call": "off",
    "roll": "back", "withdraw": None, "abandon": None, "discontinue": None,
    "postpone": None, "delay": None, "defer": None, "put": "off", "strike": "down",
    "wind": "down", "phase": "out", "unwind": None,
}  # fmt: skip
# entity labels that make a noun part of a name, not an event
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "FAC", "LAW", "WORK_OF_ART", "PRODUCT", "LOC", "DATE", "TIME"}
)
# "a mediation mission", "the peace process": the modifier carries the event
GENERIC_HEADS = frozenset(
    {"mission", "effort", "process", "operation", "campaign", "bid", "attempt", "plan",
     "initiative", "drive", "programme", "program", "force", "deal", "agreement"}
)  # fmt: skip
# actor types assumed for object constraints when no mention says otherwise
TYPE_NOUNS: dict[str, frozenset[str]] = {
    "armed_group": frozenset({"militia", "faction", "branch", "affiliate", "cell", "insurgency",
                              "group", "army", "movement", "brigade", "wing"}),
    "person": frozenset({"minister", "president", "leader", "official", "envoy", "delegation",
                         "ambassador", "diplomat", "journalist", "activist", "prime",
                         "secretary", "chief", "head", "man", "woman", "suspect"}),
    "country": frozenset({"country", "nation", "state", "government"}),
    "igo": frozenset({"inspector", "observer", "monitor", "peacekeeper", "mission"}),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Trigger:
    token: int  # the trigger word (verb, or the head noun)
    entry: Entry
    start: int  # token span of the trigger text [start, end)
    end: int
    nominal: bool
    light: int | None = None  # the light verb when the noun is its object
    obj: int | None = None  # the object token that satisfied the entry's constraint


# a preposition whose object is one of these is a time or place adjunct, never the
# particle of a phrasal verb ("signed on Wednesday" is not "sign on")
ADJUNCT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def _adjunct(g: Graph, k: int) -> bool:
    """A preposition heading a time adjunct ("on Monday", "on 15 October")."""
    if g.tok(k).pos != "ADP":
        return False
    return any(g.tok(o).ent_type in ADJUNCT_ENTS for o in g.children(k, "pobj"))


def _place_in(g: Graph, k: int) -> bool:
    """ "in" heading its own object ("gave the message in talks") is a setting, not the
    particle of "give in"."""
    return g.lemma(k) == "in" and bool(g.children(k, "pobj"))


def _particle_context(g: Graph, i: int) -> tuple[set[str], list[tuple[int, str]]]:
    """What may be a phrasal verb's particles: its children's lemmas, and the lemmas of the
    next few words (computed once per verb, not per entry)."""
    kids = {g.lemma(k) for k in g.children(i) if not _adjunct(g, k) and not _place_in(g, k)}
    marks = [m for x in g.children(i, "advcl", "ccomp") for m in g.children(x, "mark")]
    kids |= {"for"} & {g.lemma(m) for m in marks}
    end = min(i + 8, len(g.doc.tokens))  # room for the longest particle sequence
    return kids, [(k, g.lemma(k)) for k in range(i + 1, end) if not _adjunct(g, k)]


def _verb_words_match(
    g: Graph,
    i: int,
    words: tuple[str, ...],
    context: tuple[set[str], list[tuple[int, str]]] | None = None,
) -> bool:
    """Particles/prepositions of a phrasal verb: children or the following tokens (past
    an adverb: "pushed hard for"), or the "for" of a "for X to …" clause it governs."""
    kids, following = context or _particle_context(g, i)
    end = min(i + 2 + len(words), len(g.doc.tokens))
    nxt = [lemma for k, lemma in following if k < end]
    if nxt and g.tok(i + 1).pos == "ADV" and nxt[0] not in words:
        nxt = nxt[1:]  # one adverb between the verb and its particle
    return all(w in kids for w in words) or nxt[: len(words)] == list(words)


def _noun_words_match(g: Graph, i: int, words: tuple[str, ...]) -> bool:
    if i - len(words) < 0:
        return False
    before = [g.doc.tokens[k] for k in range(i - len(words), i)]
    if any(t.sent != g.tok(i).sent for t in before):
        return False
    return [t.lemma.lower() for t in before] == list(words) or [
        t.text.lower() for t in before
    ] == list(words)


# prepositions of place and time: their objects are settings, not what the verb acts on
SETTING_PREPS = frozenset(
    {"outside", "near", "inside", "around", "across", "through", "throughout", "along",
     "behind", "beside", "beyond", "during", "after", "before", "since", "until", "despite",
     "in", "amid", "among", "within", "by", "via", "under", "following"}
)  # fmt: skip
# heads whose compound modifier names what they do, not the object ("aid workers")
AGENT_HEADS = frozenset(
    {"worker", "official", "staff", "employee", "volunteer", "agency", "group", "convoy",
     "organization", "organisation", "team", "expert", "minister", "ministry", "agent",
     "officer", "activist", "leader", "chief", "spokesman", "monitor", "inspector"}
)  # fmt: skip


# verbs of leaving and removal, whose "from" phrase is what the entry is about ("withdrew
# from the treaty", "expelled from the party"); elsewhere it is a source or a starting
# point, not the object ("seized weapons from a bus", "took him from the airport")
FROM_SOURCE = frozenset(
    {"withdraw", "pull", "retreat", "exit", "quit", "resign", "secede", "defect", "expel",
     "oust", "evict", "eject", "suspend", "ban", "bar", "exclude", "remove", "leave",
     "depart", "walk", "storm", "back", "step", "drive", "chase", "force", "hound", "recall",
     "deport", "banish", "disengage", "stay", "keep", "abstain", "refrain", "desist",
     "boycott", "move", "evacuate"}
)  # fmt: skip

CLAUSAL = ("nsubj", "aux", "dobj", "mark")  # what makes an adverbial a clause, not a noun


def object_candidates(g: Graph, i: int, nominal: bool, compounds: bool = True) -> list[int]:
    if nominal:
        heads = g.prep_objects(i, "of", "on", "against", "with")
    else:
        heads = [k for k in (g.obj(i), g.passive_subject(i)) if k is not None]
        # double objects: "denied the minority the right", "set them a deadline"
        heads += [k for k in g.children(i, "dobj", "dative") if k not in heads]
        h = g.head(i)
        if g.tok(i).tag == "VBN" and g.dep(i) == "acl" and h is not None:
            heads.append(h)  # "a proposal, blocked by the president": the noun it modifies
        for p in g.children(i):
            dep = g.tok(p).dep
            if dep in {"intj", "oprd"}:  # "said no to …", "called the killings a crime"
                heads.append(p)
            elif dep in {"advcl", "npadvmod"} and not g.children(p, *CLAUSAL):
                heads.append(p)  # a second object hung off the verb ("took them hostage")
            elif dep in {"prep", "prt"} and g.lemma(p) not in SETTING_PREPS and (
                g.lemma(p) != "from" or g.lemma(i) in FROM_SOURCE
            ):
                heads.extend(g.children(p, "pobj"))
                for q in g.children(p, "prep"):  # "walked out of the talks"
                    heads.extend(g.children(q, "pobj"))
            elif dep == "advmod" and g.lemma(p) in {"away", "back", "out", "off"}:
                for q in g.children(p, "prep"):  # "stayed away from the talks"
                    heads.extend(g.children(q, "pobj"))
    out: list[int] = []
    for h in heads:
        for c in g.conjuncts(h):
            inner = g.descend_partitive(c)
            out.extend({c, inner})
            if compounds and g.lemma(inner) not in AGENT_HEADS:  # "the ceasefire agreement"
                out.extend(g.children(inner, "compound"))
    return out


def _object_matches(g: Graph, idx: MentionIndex, k: int, want: str) -> bool:
    """Candidate ``k`` is of the kind ``want`` names ("@country", "@person", …); a plain
    object word is looked up in ``_Objects.first_with_word`` instead."""
    kind = want[1:]
    mention = idx.covering(k)
    if mention is not None and mention.type is not None:
        return mention.type == kind or (kind == "country" and mention.type == "government")
    if kind == "country" and g.tok(k).ent_type == "GPE":
        return True
    if kind == "person" and g.tok(k).ent_type == "PERSON":
        return True
    return g.lemma(k) in TYPE_NOUNS.get(kind, frozenset())


@dataclass(slots=True)
class _Objects:
    """The object candidates of one trigger word, computed once (entries with object
    lists are many per verb; recomputing them per entry was the hot spot)."""

    g: Graph
    i: int
    nominal: bool
    cache: dict[bool, list[int]] = field(default_factory=dict)
    by_word: dict[bool, dict[str, int]] = field(default_factory=dict)
    context: tuple[set[str], list[tuple[int, str]]] | None = None

    def candidates(self, compounds: bool) -> list[int]:
        if compounds not in self.cache:
            self.cache[compounds] = object_candidates(self.g, self.i, self.nominal, compounds)
        return self.cache[compounds]

    def particles(self) -> tuple[set[str], list[tuple[int, str]]]:
        if self.context is None:
            self.context = _particle_context(self.g, self.i)
        return self.context

    def first_with_word(self, compounds: bool, word: str) -> int | None:
        """The first candidate whose lemma or text is ``word`` (one dict look-up per entry:
        a verb may have dozens of entries, one per object word)."""
        if compounds not in self.by_word:
            table: dict[str, int] = {}
            for k in self.candidates(compounds):
                table.setdefault(self.g.lemma(k), k)
                table.setdefault(self.g.tok(k).text.lower(), k)
            self.by_word[compounds] = table
        return self.by_word[compounds].get(word)


def _match(
    g: Graph, idx: MentionIndex, objs: _Objects, entry: Entry, compounds: bool = True
) -> int | bool | None:
    """False when the entry does not match; else the constraining object (or None)."""
    i, nominal = objs.i, objs.nominal
    extra = entry.words[1:] if not nominal else entry.words[:-1]
    if extra and not (
        _noun_words_match(g, i, extra)
        if nominal
        else _verb_words_match(g, i, extra, objs.particles())
    ):
        return False
    if entry.obj is None:
        return None
    if not entry.obj.startswith("@"):
        k = objs.first_with_word(compounds, entry.obj)
        if k is None and extra and not nominal:
            k = _particle_object(g, i, extra, entry.obj)
        return False if k is None else k
    for k in objs.candidates(compounds):
        if _object_matches(g, idx, k, entry.obj):
            return k
    return False


def _particle_object(g: Graph, i: int, particles: tuple[str, ...], want: str) -> int | None:
    """The object of a phrasal verb's own preposition, even one that usually sets a scene
    ("combing through the accounts", "dug in its heels", "placed under emergency rule")."""
    for p in g.children(i, "prep"):
        if g.lemma(p) in particles:
            for o in g.children(p, "pobj"):
                if want in {g.lemma(o), g.lemma(g.descend_partitive(o))}:
                    return o
    return None


def _lookup(g: Graph, lex: Lexicon, idx: MentionIndex, i: int) -> Trigger | None:
    t = g.tok(i)
    if t.pos == "VERB" and t.dep != "amod":
        kind = "v"
    elif t.pos in {"NOUN", "PROPN"} and t.ent_type not in NAME_LABELS and _head_noun(g, i):
        kind = "n"
    else:
        return None
    entries = _entries(lex, kind, g.lemma(i), t.text.lower())
    if not entries:
        return None
    objs = _Objects(g, i, kind == "n")
    for entry in entries:
        found = _match(g, idx, objs, entry)
        if found is False:
            continue
        if entry.obj and found not in objs.candidates(False):
            entry, found = _head_tie(g, idx, objs, entries, entry, found)
        if entry.event == "-":
            return None
        start = i - (len(entry.words) - 1 if kind == "n" else 0)
        obj = found if isinstance(found, int) and not isinstance(found, bool) else None
        return Trigger(i, entry, start, i + 1, kind == "n", obj=obj)
    return None


def _head_tie(
    g: Graph, idx: MentionIndex, objs: _Objects, entries: tuple[Entry, ...], entry: Entry,
    found: int | bool | None,
) -> tuple[Entry, int | bool | None]:
    """An object that is the phrase's head beats one that only modifies it ("opened the
    border crossing" is about the crossing), between equally specific entries."""
    for other in entries:
        if other.obj and other.specificity == entry.specificity and other is not entry:
            on_head = _match(g, idx, objs, other, False)
            if on_head is not False:
                return other, on_head
    return entry, found


def _entries(lex: Lexicon, kind: str, lemma: str, word: str) -> tuple[Entry, ...]:
    """Entries for the lemma; when the tagger's lemma is unknown ("fined" → "fin"), for the
    word with a regular English ending taken off."""
    table = lex.by_head()
    silent_e = _silent_e_stem(word, lemma)
    irregular = (IRREGULAR[word],) if word in IRREGULAR else ()
    for candidate in (*irregular, *silent_e, lemma, *inflection_stems(word)):
        if (kind, candidate) in table:
            return table[(kind, candidate)]
    return ()


# irregular past forms the small tagger sometimes leaves unlemmatised ("forgave")
IRREGULAR: dict[str, str] = {
    "forgave": "forgive", "fought": "fight", "shot": "shoot", "struck": "strike",
    "gave": "give", "sent": "send", "met": "meet", "held": "hold", "led": "lead",
    "threw": "throw", "thrown": "throw", "broke": "break", "broken": "break",
    "spoke": "speak", "sought": "seek", "froze": "freeze", "frozen": "freeze",
    "withdrew": "withdraw", "withdrawn": "withdraw", "overran": "overrun", "swore": "swear",
    "sworn": "swear", "fled": "flee", "laid": "lay", "slew": "slay", "slain": "slay",
    "overthrew": "overthrow", "overthrown": "overthrow", "drew": "draw", "flew": "fly",
    "told": "tell", "upheld": "uphold", "withheld": "withhold", "forbade": "forbid",
    "began": "begin", "blew": "blow", "brought": "bring", "dealt": "deal", "fed": "feed",
    "kept": "keep", "left": "leave", "paid": "pay", "sold": "sell", "stood": "stand",
    "taught": "teach", "won": "win", "undertook": "undertake",
    "bade": "bid", "hung": "hang", "hanged": "hang", "rang": "ring", "stole": "steal",
    "retook": "retake", "retaken": "retake", "overtook": "overtake",
}  # fmt: skip
VOWELS = frozenset("aeiou")


def _silent_e_stem(word: str, lemma: str) -> tuple[str, ...]:
    """ "raped" → "rape", not the tagger's "rap": a one-syllable consonant-vowel-consonant
    stem doubles its last letter before -ed/-ing ("rapped"), so an undoubled form had an e."""
    for suffix in ("ed", "ing"):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and base == lemma and 3 <= len(base) <= 4:
            c1, v, c2 = base[-3], base[-2], base[-1]
            if c1 not in VOWELS and v in VOWELS and c2 not in VOWELS and c2 not in "wxy":
                return (base + "e",)
    return ()


def inflection_stems(word: str) -> list[str]:
    """Possible base forms of a regularly inflected word, most likely first."""
    out: list[str] = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"),
                         ("ing", ""), ("es", ""), ("s", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            out.append(stem)
            if repl == "" and len(stem) > 3 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "banned" → "ban"
    return out


def _head_noun(g: Graph, i: int) -> bool:
    if g.tok(i).dep != "compound":
        return True
    h = g.head(i)
    return h is not None and g.lemma(h) in GENERIC_HEADS


def _span_head(g: Graph, trig: Trigger) -> int:
    """The word of a multi-word trigger that the rest of the sentence attaches to."""
    for k in range(trig.start, trig.end):
        h = g.head(k)
        if h is None or not trig.start <= h < trig.end:
            return k
    return trig.token


def _with_light_verb(g: Graph, trig: Trigger) -> Trigger:
    """ "carried out a campaign": remember the light verb, widen the span when short."""
    i = trig.token
    # a multi-word noun is governed through its syntactic head ("declared a state of siege")
    top = _span_head(g, trig)
    h = g.head(top)
    if g.dep(top) == "compound" and h is not None and g.lemma(h) in GENERIC_HEADS:
        top, h = h, g.head(h)  # "undertook a mediation mission": the mission is undertaken
    if g.dep(top) not in {"dobj", "obj"} or h is None or g.lemma(h) not in LIGHT_VERBS:
        return trig
    start = h if top - h <= 4 else trig.start
    return Trigger(i, trig.entry, start, trig.end, True, light=h, obj=trig.obj)


DEMAND_SPEECH = frozenset(
    {"say", "declare", "insist", "reiterate", "state", "tell", "stress", "argue", "write"}
)
OBLIGATION = frozenset({"must", "should", "ought", "need"})
_DEMAND = Entry("v", ("say",), 0, "REQUEST", None, (), frozenset({"embed_hypothetical"}))


def _demand_speech(g: Graph, idx: MentionIndex, i: int) -> Trigger | None:
    """A demand on Y (REQUEST): "X said Y must …", when Y is a party (not "prices")."""
    if g.lemma(i) not in DEMAND_SPEECH or g.tok(i).pos != "VERB":
        return None
    for c in g.children(i, "ccomp"):
        s = g.subject(c)
        party = s is not None and (
            idx.index_at(s) is not None or g.tok(s).ent_type in {"GPE", "ORG", "NORP", "PERSON"}
        )
        obliged = any(g.tok(a).text.lower() in OBLIGATION for a in g.children(c, "aux"))
        if party and obliged and not stative(g, c):  # "must be relieved": a guess
            return Trigger(i, _DEMAND, i, i + 1, False)
    return None


def detect(g: Graph, lex: Lexicon, idx: MentionIndex) -> list[Trigger]:
    """All triggers in the document, one per token, in text order."""
    found: dict[int, Trigger] = {}
    for t in g.doc.tokens:
        trig = _lookup(g, lex, idx, t.i) or _demand_speech(g, idx, t.i)
        if trig is not None:
            found[t.i] = _with_light_verb(g, trig) if trig.nominal else trig
    # a verb entry that named its object ("hold talks", "impose sanctions") owns that noun
    for k, trig in list(found.items()):
        obj = trig.obj
        # (not the noun a participle modifies: "the agreement signed in …" keeps its noun)
        owned = obj is not None and obj > k and obj in found and found[obj].nominal
        if not trig.nominal and owned and obj is not None:
            del found[obj]
        elif not trig.nominal and obj is not None and _same_act_before(g, found, trig, obj):
            del found[obj]  # "sanctions imposed on Japan": one event, over both words
            found[k] = replace(trig, start=obj)
        if not trig.nominal and obj is not None and 0 < obj - k <= 4:  # "held talks"
            found[k] = replace(trig, end=obj + 1)
    # a light verb with an event-noun object is not an event of its own
    for trig in list(found.values()):
        if trig.nominal and trig.light is not None and trig.light in found:
            verb = found[trig.light]
            if verb.entry.obj is None:
                del found[trig.light]
    for k, trig in list(found.items()):
        if "light" in trig.entry.flags and not _licensed(g, trig, found):
            del found[k]
    return [found[k] for k in sorted(found)]


def _same_act_before(g: Graph, found: dict[int, Trigger], trig: Trigger, obj: int) -> bool:
    """The noun a participle modifies names the same act ("sanctions imposed")."""
    k = trig.token
    noun = found.get(obj)
    same = noun is not None and noun.entry.event == trig.entry.event
    # or the passive subject: "a curfew would be imposed"
    return same and obj in (g.head(k), g.passive_subject(k)) and 0 < k - obj <= 5


def _licensed(g: Graph, trig: Trigger, found: dict[int, Trigger]) -> bool:
    """A "light" noun needs a light verb, a governing trigger, or an agent of its own."""
    if trig.light is not None or g.children(trig.token, "poss"):
        return True
    preps = {g.lemma(p) for p in g.children(trig.token, "prep")}
    if "by" in preps or (trig.entry.event == "REQUEST" and "for" in preps):
        return True  # its own agent, or what is asked for ("calls for his resignation")
    h = g.head(trig.token)
    if h is not None and g.tok(h).pos == "ADP":
        h = g.head(h)
    if h is not None and g.lemma(h) in UNDO_VERBS:  # "struck down the restrictions"
        return True
    return h is not None and h in found and not found[h].nominal
