"""Event dating: the time that governs each event's trigger.

Order of preference, each recorded in ``TimeRef.basis``:
1. a time expression on the dependency path to the trigger (same clause), with the
   relation its preposition or subordinator gives ("since 2021" → "2021/..");
2. a time expression elsewhere in the sentence, outside temporal subordinate clauses;
3. inferred from a linked event ("since seizing power", "after the withdrawal"): that
   event's date when the document gives one, else the narrative time (the last dated
   expression before the sentence);
4. the publication date as an upper bound.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from dateline.model import AnnotatedDoc, Event, TimeRef, Token
from dateline.timex import calendar as cal
from dateline.timex.tense import TenseIndex

RELATIONS = {"since": "since", "from": "since", "after": "after", "following": "after",
             "before": "before", "until": "until", "till": "until", "prior": "before"}
_ORIGIN_VERBS = frozenset({"establish", "found", "form", "create", "launch", "emerge",
                           "inaugurate", "organize", "organise", "set"})
_ORIGIN_NOUNS = frozenset({"day", "founding", "creation", "inception", "beginning", "start",
                           "formation", "birth", "origin", "outset"})
_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "csubj", "parataxis"})
_VERBAL = frozenset({"VERB", "AUX"})
_CLIMB = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "compound", "prep", "appos"})


def publication(dct: dt.date) -> TimeRef:
    return TimeRef(text="", type="DATE", value=dct.isoformat(), granularity="day",
                   date_start=None, date_end=dct, basis="publication")


def with_relation(
    t: TimeRef, relation: str | None, dct: dt.date, basis: str | None, strict: bool = True
) -> TimeRef:
    """Apply "since/after/before/until" to a time; refs (PAST_REF…) stay as they are.

    ``strict``: the relation holds to the time itself ("before 2021" ends in 2020); else
    to an event somewhere inside it ("before the war ended in 2021" ends by 2021-12-31).
    """
    basis = basis or t.basis
    if relation is None or t.date_start is None or t.date_end is None \
            or t.granularity == "interval":
        return replace(t, basis=basis)
    if relation == "since":
        return replace(t, value=f"{t.value}/..", granularity="interval",
                       date_end=max(dct, t.date_end), basis=basis, mod=None)
    if relation == "after":
        start = (cal.shift_days(t.date_end, 1) or t.date_end) if strict else t.date_start
        return replace(t, date_start=start, date_end=max(dct, start), basis=basis, mod="AFTER")
    if relation == "before":
        end = (cal.shift_days(t.date_start, -1) or t.date_start) if strict else t.date_end
        return replace(t, date_start=None, date_end=end, basis=basis, mod="BEFORE")
    return replace(t, date_start=None, basis=basis, mod="ON_OR_BEFORE")


_LOOKBACK = re.compile(r"(?:the\s+)?(?:past|last|previous)\b", re.IGNORECASE)
_DURATION = re.compile(r"P(\d+)([DWMY])")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|until|through|till|-|–)\s*", re.IGNORECASE)


def join_ranges(text: str, times: list[TimeRef]) -> list[TimeRef]:
    """ "from 2009 to 2011": two dates, one interval from the start of one to the other's end."""
    out: list[TimeRef] = []
    for t in times:
        prev = out[-1] if out else None
        if (prev is not None and prev.date_start and t.date_end and prev.date_start <= t.date_end
                and _RANGE_JOIN.fullmatch(text[prev.end:t.start])
                and _RANGE_OPEN.search(text[max(0, prev.start - 9):prev.start])):
            out[-1] = replace(prev, text=text[prev.start:t.end], end=t.end,
                              value=f"{prev.value}/{t.value}", granularity="interval",
                              date_end=t.date_end, mod=None)
            continue
        out.append(t)
    return out


def _as_interval(t: TimeRef, dct: dt.date) -> TimeRef | None:
    """ "the past two months" (P2M) is the stretch of time up to the report: an interval."""
    if t.type != "DURATION":
        return t
    m = _DURATION.fullmatch(t.value or "")
    if m is None or not _LOOKBACK.match(t.text):
        return None
    n, unit = int(m[1]), m[2]
    if unit in ("D", "W"):
        start = cal.shift_days(dct, -n * (7 if unit == "W" else 1))
    else:
        ym = cal.shift_months(dct, -n * (12 if unit == "Y" else 1))
        start = None if ym is None else dt.date(ym[0], ym[1], min(dct.day, 28))
    if start is None:
        return None
    return replace(t, type="DATE", value=f"{start.isoformat()}/{dct.isoformat()}",
                   granularity="interval", date_start=start, date_end=dct, basis="relative")


class Dater:
    """Resolves the dates of the events of one document."""

    def __init__(self, doc: AnnotatedDoc) -> None:
        self.doc = doc
        self.toks = doc.tokens
        self.dct = doc.document.date
        self.index = TenseIndex(doc.tokens)
        self.times = join_ranges(doc.document.text, [
            t for t in (_as_interval(x, self.dct) for x in doc.times)
            if t is not None and t.type in ("DATE", "TIME") and t.value
        ])
        self.heads = [self.index.span_head(t.start, t.end) for t in self.times]

    def date(self, event: Event) -> TimeRef:
        trigger = self._trigger(event)
        if trigger is None:
            return publication(self.dct)
        return self.date_of(trigger, 2) or publication(self.dct)

    def date_of(self, trigger: int, depth: int) -> TimeRef | None:
        chain = self.chain(trigger)
        found = self.direct(trigger, chain) or self.linked(trigger, chain)
        if found is not None:
            return found
        tok = self.toks[trigger]
        # a coordinated or participial verb shares the time of the verb it hangs on
        if depth > 0 and tok.head != tok.i and (
            tok.dep == "conj" or (tok.dep == "advcl" and not self._marker(tok))
        ):
            inherited = self.date_of(tok.head, depth - 1)
            if inherited is not None and inherited.basis != "publication":
                return inherited
        return self.in_sentence(trigger)

    def _trigger(self, event: Event) -> int | None:
        ev = event.evidence
        if 0 <= ev.trigger_token < len(self.toks):
            return ev.trigger_token
        for t in self.toks:
            if ev.trigger_start >= 0 and t.start <= ev.trigger_start < t.end:
                return t.i
        return None

    def chain(self, trigger: int) -> set[int]:
        """The trigger, its auxiliary/xcomp chain and, for a nominal trigger, its verb."""
        out = {trigger}
        t = self.toks[trigger]
        for _ in range(4):
            if t.head == t.i or (t.pos in _VERBAL and t.dep not in ("xcomp", "aux", "auxpass")):
                break
            if t.pos not in _VERBAL and t.dep not in _CLIMB:
                break
            if self.toks[t.head].text.lower() in RELATIONS:
                break  # "after the withdrawal": the noun is the anchor, not the anchored event
            t = self.toks[t.head]
            out.add(t.i)
        out.update(c.i for c in self.index.children.get(trigger, ()) if c.dep == "xcomp")
        return out

    def path(self, token: Token, targets: set[int]) -> tuple[bool, str | None, bool]:
        """(reaches a target, temporal relation on the way, crossed into another clause)."""
        relation: str | None = None
        crossed = False
        current = token
        for _ in range(14):
            if current.i in targets:
                return True, relation, crossed
            relation = relation or self._marker(current)
            if current.dep in _CLAUSES:
                crossed = True
            if current.head == current.i:
                break
            current = self.toks[current.head]
        return False, relation, crossed

    def _marker(self, token: Token) -> str | None:
        if token.pos == "ADP" or token.dep in ("prep", "mark"):
            rel = RELATIONS.get(token.text.lower())
            if rel:
                return rel
        for c in self.index.children.get(token.i, ()):
            if c.dep == "mark" and c.text.lower() in RELATIONS:
                return RELATIONS[c.text.lower()]
        return None

    def direct(self, trigger: int, chain: set[int]) -> TimeRef | None:
        sent = self.toks[trigger].sent
        best: tuple[int, TimeRef] | None = None
        for t, head in zip(self.times, self.heads, strict=True):
            if head is None or head.sent != sent:
                continue
            reaches, relation, crossed = self.path(head, chain)
            if reaches and (not crossed or relation):
                dist = abs(head.i - trigger)
                if best is None or dist < best[0]:
                    best = (dist, with_relation(t, relation, self.dct, None, not crossed))
        return None if best is None else best[1]

    def in_sentence(self, trigger: int) -> TimeRef | None:
        """A time elsewhere in the sentence that is not a temporal clause's own date."""
        sent = self.toks[trigger].sent
        best: tuple[int, TimeRef] | None = None
        for t, head in zip(self.times, self.heads, strict=True):
            if head is None or head.sent != sent:
                continue
            _, relation, _ = self.path(head, set())
            if relation is None and (best is None or abs(head.i - trigger) < best[0]):
                best = (abs(head.i - trigger), self._reported(t, head, trigger))
        return None if best is None else best[1]

    def _reported(self, t: TimeRef, head: Token, trigger: int) -> TimeRef:
        """ "Officials said Friday that forces killed eight": Friday dates the saying; the
        killing happened on or before it (unless the report looks ahead)."""
        verb = self.index.governing_verb(head)
        if verb is None or not self._reports(verb.i, trigger):
            return t
        if self.index.verb_direction(self.toks[trigger]) > 0:
            return replace(t, date_end=None, mod="ON_OR_AFTER")
        return replace(t, date_start=None, mod="ON_OR_BEFORE")

    def _reports(self, verb: int, trigger: int) -> bool:
        current = self.toks[trigger]
        for _ in range(10):
            if current.head == current.i:
                return False
            if current.head == verb:
                return current.dep in ("ccomp", "parataxis")
            current = self.toks[current.head]
        return False

    def linked(self, trigger: int, chain: set[int]) -> TimeRef | None:
        """ "since seizing power", "after the withdrawal": date from the linked event."""
        for node in sorted(chain):
            for child in self.index.children.get(node, ()):
                relation, target = self._relation_child(child)
                if relation is None or target is None:
                    continue
                anchor = self.anchor_of(target)
                if anchor is not None:
                    return with_relation(anchor, relation, self.dct, "inferred", False)
        return None

    def _relation_child(self, child: Token) -> tuple[str | None, Token | None]:
        word = child.text.lower()
        if child.dep == "prep" and word in RELATIONS:
            objs = [c for c in self.index.children.get(child.i, ())
                    if c.dep in ("pobj", "pcomp")]
            if word == "from" and objs and objs[0].lemma.lower() not in _ORIGIN_NOUNS:
                return None, None  # "prevented the group from taking": not a time
            return RELATIONS[word], objs[0] if objs else None
        if child.dep == "advcl":
            marks = [c for c in self.index.children.get(child.i, ())
                     if c.dep in ("mark", "prep") and c.text.lower() in RELATIONS]
            if marks:
                return RELATIONS[marks[0].text.lower()], child
        return None, None

    def anchor_of(self, target: Token) -> TimeRef | None:
        """The date of the event a linked word names, or the narrative time before it."""
        if target.lemma.lower() in _ORIGIN_NOUNS:
            origin = self._governed_by(lambda tok: tok.lemma.lower() in _ORIGIN_VERBS)
            if origin is not None:
                return origin
        stem = target.lemma.lower()[:5]
        same = self._governed_by(
            lambda tok: tok.i != target.i and tok.lemma.lower()[:5] == stem and len(stem) >= 4)
        return same or self.narrative_time(target.sent)

    def _governed_by(self, accept: Callable[[Token], bool]) -> TimeRef | None:
        for t, head in zip(self.times, self.heads, strict=True):
            if head is None or t.granularity == "unknown":
                continue
            verb = self.index.governing_verb(head)
            if verb is not None and accept(verb):
                return t
        return None

    def narrative_time(self, sent: int) -> TimeRef | None:
        """The last calendar date mentioned before this sentence."""
        before = [t for t, h in zip(self.times, self.heads, strict=True)
                  if h is not None and h.sent < sent and t.granularity != "unknown"]
        return before[-1] if before else None


def date_events(doc: AnnotatedDoc) -> tuple[Event, ...]:
    if not doc.events:
        return doc.events
    dater = Dater(doc)
    return tuple(replace(e, date=dater.date(e)) for e in doc.events)
