"""The PLOVER mode of an event (docs/events.md, "The lexicon": `mode:` cues).

An entry's own mode wins unless it is only its type's default (WEAK_MODES). Otherwise the
mode comes from the words of the event's own clause, the nearest in the parse first: the
lexicon's ``mode:`` cue words and, for a threat, a demand or a refusal, the act it is about
("threatened to arrest": arrest; "urged Moscow to lift the sanctions": yield). Words of
another event's clause ("…, after protesters threw stones") do not count, and a mode the
2021 codebook does not give the type is dropped.
"""

from __future__ import annotations

from dateline.events.context import Context
from dateline.events.retype import REFUSED, THREAT_MODE, threat_mode
from dateline.events.tables import valid_mode
from dateline.events.triggers import Trigger

# entry modes that are only the type's default: a cue in the clause says more. A weapon
# named beside "attacked" ("with machetes"); what is mobilised ("deployed riot police");
# how a protest went ("a violent protest", "hunger strike"); what a generic blocking verb
# blocks ("shut down the internet": withhold; "blocked news websites": censor)
WEAK_MODES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"beat", "firearms", "explosives"}),
    "MOBILIZE": frozenset({"troops"}),
    "PROTEST": frozenset({"demo", "strike"}),
    "COERCE": frozenset({"restrict"}),
}

# what is demanded: the REQUEST mode of the act asked for (manual, REQUEST modes: freed
# captives, lifted sanctions or curfews and truces are yield)
REQUESTED: dict[str, str] = {
    "CONSULT": "meet", "COOPERATE": "assist", "AID": "assist", "RETREAT": "yield",
    "CONCEDE": "yield",
}  # fmt: skip
REQUESTED_MODE: dict[tuple[str, str], str] = {("RETREAT", "resign"): "change"}

# types whose mode is the content of a complement clause ("warned that X would be detained")
CONTENT = frozenset({"THREATEN", "REQUEST", "REJECT"})
# a child that opens a clause of its own: its words tell another event
OWN_CLAUSE = frozenset({"advcl", "relcl", "parataxis"})
VERBAL = frozenset({"VERB", "AUX"})


def event_mode(c: Context, trig: Trigger, event_type: str) -> str | None:
    entry_mode = trig.entry.mode if trig.entry.event == event_type else None
    if entry_mode and entry_mode not in WEAK_MODES.get(event_type, ()):
        return entry_mode
    # a weak entry's own words gave its mode already ("bombed": explosives); only the
    # other words of the clause may say more ("warplanes bombed": aerial)
    own = {k for k in (trig.token, trig.light) if k is not None} if entry_mode else set()
    found = _nearest(c, trig, event_type, own, _target(c, trig, event_type)) or entry_mode
    if (
        found is None
        and event_type == "ASSAULT"
        and trig.nominal
        and trig.entry.words == ("strike",)
    ):
        return "aerial"  # a bare military "strike" in the news is an air or missile strike
    return found if found is not None and valid_mode(event_type, found) else None


def _inner_mode(event_type: str, inner: Trigger) -> str | None:
    """The mode an act inside a threat, demand or refusal gives it."""
    e, m = inner.entry.event, inner.entry.mode
    if event_type == "THREATEN":
        return threat_mode(e, m) if e in THREAT_MODE else None
    if event_type == "REJECT":
        return REFUSED.get(e)
    if event_type == "REQUEST":
        return REQUESTED_MODE.get((e, m or "")) or REQUESTED.get(e)
    return None


def distances(c: Context, trig: Trigger, content: bool) -> dict[int, int]:
    """Parse distance from the trigger (or its light verb) of each word of its clause; a
    clause of its own (adverbial, relative, and a coordinated or complement verb unless the
    type's mode is that content, when only an adverbial clause with a conjunction is) is
    left out."""
    roots = [trig.token, *([trig.light] if trig.light is not None else [])]
    dist = dict.fromkeys(roots, 0)
    level = roots
    while level:
        nxt = []
        for k in level:
            for j in c.g.children(k):
                if j in dist or _own_clause(c, j, content):
                    continue
                dist[j] = dist[k] + 1
                nxt.append(j)
        level = nxt
    return dist


def _own_clause(c: Context, j: int, content: bool) -> bool:
    dep = c.g.dep(j)
    if dep == "advcl" and content:  # "sworn to fight" is often parsed so: only a clause
        return bool(c.g.children(j, "mark"))  # opened by "if", "until", "after" is its own
    if dep in OWN_CLAUSE:
        return True
    return dep in {"conj", "ccomp"} and c.g.tok(j).pos in VERBAL and not content


def _target(c: Context, trig: Trigger, event_type: str) -> set[int]:
    """The words of an attack's target phrase ("opened fire on stone-throwing youths",
    "fired at a tank column"): a weapon named there is the target's, not the attack's."""
    if event_type != "ASSAULT":
        return set()
    heads = [k for k in (trig.token, trig.light) if k is not None]
    objs = [o for h in heads for o in c.g.prep_objects(h, *TARGET_PREPS)]
    return {k for o in objs for k in c.g.subtree(o)}


def _doers(c: Context, trig: Trigger) -> set[int]:
    """The words of the subject phrase: "gunmen" says less of the weapon than an instrument
    named with the act ("gunmen attacked the station with grenades": explosives)."""
    heads = [k for k in (trig.token, trig.light) if k is not None]
    subjects = [s for h in heads if (s := c.g.subject(h)) is not None]
    return {k for s in subjects for k in c.g.subtree(s)}


TARGET_PREPS = ("on", "at", "against", "upon")


def _nearest(
    c: Context, trig: Trigger, event_type: str, own: set[int], target: set[int]
) -> str | None:
    dist = distances(c, trig, event_type in CONTENT)
    best: tuple[int, int, str] | None = None  # (distance, rank, mode)
    weak = WEAK_MODES.get(event_type, frozenset())
    doers = _doers(c, trig) if weak else set()
    if event_type in CONTENT:
        for k, d in dist.items():
            inner = c.triggers.get(k)
            if inner is None or k in (trig.token, trig.light):
                continue
            mode = _inner_mode(event_type, inner)
            if mode is not None and (best is None or (d, -1) < best[:2]):
                best = (d, -1, mode)  # an act asked for beats a cue word as near
    order = sorted(dist)
    lemmas = [c.g.lemma(k) for k in order]
    texts = [c.g.tok(k).text.lower() for k in order]
    for rank, cue in enumerate(c.lex.mode_cues):
        if cue.event != event_type:
            continue
        for at in _matches(lemmas, texts, cue.words):
            span = [order[i] for i in range(at, at + len(cue.words))]
            if all(k in own for k in span) or (cue.mode != "targeted" and target & set(span)):
                continue  # a weak entry's own word; a weapon that is the target's
            d = min(dist[order[i]] for i in range(at, at + len(cue.words)))
            if cue.mode in weak and doers & set(span):
                d += 2  # a weak weapon word naming the doer yields to a named instrument
            if best is None or (d, rank) < best[:2]:
                best = (d, rank, cue.mode or "")
    return best[2] if best is not None and best[2] else None


def _matches(lemmas: list[str], texts: list[str], words: tuple[str, ...]) -> list[int]:
    """Start positions where the cue's words run (as lemmas or as written)."""
    n = len(words)
    out: list[int] = []
    for seq in (lemmas, texts):
        if words[0] not in seq:  # cheap test first: most cues are absent (a hot spot)
            continue
        out += [i for i in range(len(seq) - n + 1) if tuple(seq[i : i + n]) == words]
    return out


def crowd_weapons(c: Context, trig: Trigger, event_type: str) -> bool:
    """A restriction carried out with a named crowd-control weapon ("dispersed the crowd
    with tear gas") is ASSAULT crowd-control (manual, ASSAULT: reserved for an explicit
    mention of such a weapon; "pushed back protesters" alone stays a restriction)."""
    if event_type != "COERCE" or trig.entry.mode not in {None, "restrict"}:
        return False
    return _nearest(c, trig, "ASSAULT", set(), set()) == "crowd-control"
