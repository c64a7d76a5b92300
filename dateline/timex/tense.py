"""The direction a tense gives an underspecified time: the governing verb's tag and
auxiliaries ("said Friday" → past; "will meet Friday" → future)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from dateline.model import Token

_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo", "would"})
_VERBAL = frozenset({"VERB", "AUX"})
_PLAN_VERBS = frozenset({"plan", "schedule", "slate", "expect", "intend", "vow", "pledge",
                         "promise", "threaten", "postpone", "delay", "reschedule"})


class TenseIndex:
    """Answers ``direction(start, end)`` for spans of one parsed document."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.children: dict[int, list[Token]] = {}
        for t in tokens:
            if t.head != t.i:
                self.children.setdefault(t.head, []).append(t)

    def __call__(self, start: int, end: int) -> int:
        head = self.span_head(start, end)
        if head is None:
            return 0
        verb = self.governing_verb(head)
        return 0 if verb is None else self.verb_direction(verb)

    def perfect(self, start: int, end: int) -> bool:
        """The span hangs on a present perfect ("has extended the loans through January")."""
        head = self.span_head(start, end)
        verb = None if head is None else self.governing_verb(head)
        if verb is None:
            return False
        auxes = {c.text.lower() for c in self.children.get(verb.i, ()) if c.dep == "aux"}
        return bool(auxes & {"has", "have", "'ve"}) and not auxes & {"had", "will", "would"}

    def span_head(self, start: int, end: int) -> Token | None:
        lo = max(bisect_right(self.starts, start) - 1, 0)
        hi = bisect_left(self.starts, end)
        inside = [t for t in self.tokens[lo:max(hi, lo + 1)]]
        if not inside:
            return None
        indices = {t.i for t in inside}
        for t in inside:
            if t.head not in indices or t.head == t.i:
                return t
        return inside[0]

    def governing_verb(self, token: Token) -> Token | None:
        current = token
        for _ in range(8):
            if (current.pos in _VERBAL and current.i != token.i) or current.tag.startswith("VB"):
                return current
            if current.head == current.i:
                return None
            current = self.tokens[current.head]
        return None

    def verb_direction(self, verb: Token) -> int:
        auxes = [c for c in self.children.get(verb.i, ()) if c.dep in ("aux", "auxpass")]
        lemmas = {a.lemma.lower() for a in auxes} | {a.text.lower() for a in auxes}
        if verb.lemma.lower() in _PLAN_VERBS and verb.tag == "VBN" and not auxes \
                and verb.dep == "acl" and verb.head != verb.i:
            # "a vigil planned for Saturday was called off": the plan's day is as the clause
            # it sits in says (past here; "will go ahead" would put it ahead)
            outer = self.governing_verb(self.tokens[verb.head])
            if outer is not None and outer.i != verb.i:
                return self.verb_direction(outer)
        if verb.lemma.lower() in _PLAN_VERBS:
            # "planned a rally on Saturday": what is planned is still to come; but "had been
            # scheduled to expire Friday": a plan the past perfect puts behind the report
            return -1 if "had" in lemmas else 1
        if lemmas & {"have", "had", "has"} and not lemmas & {"will", "shall", "'ll"}:
            return -1
        if lemmas & _FUTURE_MODALS:
            return 1
        if any(a.tag == "TO" for a in auxes) and verb.dep in ("csubj", "csubjpass") \
                and verb.head != verb.i:
            # "to join on Friday was a relief": an infinitive as subject has no tense of its
            # own; its time is that of the clause it is the subject of
            return self.verb_direction(self.tokens[verb.head])
        if any(a.tag == "TO" for a in auxes) and verb.dep not in ("acl", "advcl", "relcl"):
            # "agreed to meet Friday"; not "celebrations to mark Friday's entry", nor "had
            # been due to expire Friday" (a plan the past perfect puts behind the report)
            return -1 if verb.dep == "xcomp" and self._past_perfect(verb.head) else 1
        if verb.tag == "VBN" and not auxes and verb.dep in ("ccomp", "oprd", "xcomp") \
                and verb.head != verb.i:
            # "kept the markets closed until Friday": a state, its time that of the verb above
            return self.verb_direction(self.tokens[verb.head])
        if any(a.tag == "VBD" for a in auxes) or verb.tag == "VBD" or (
            verb.tag == "VBN" and not auxes
        ):
            return -1
        if verb.tag == "VBG" and auxes and all(a.tag in ("VBZ", "VBP") for a in auxes):
            return 1  # "is meeting on Friday": a plan
        if verb.dep == "xcomp" and verb.head != verb.i:
            return self.verb_direction(self.tokens[verb.head])
        return 0

    def _past_perfect(self, i: int) -> bool:
        """The verb at ``i`` (or the verb an adjective like "due" hangs from) is past perfect."""
        for _ in range(2):
            if any(c.dep == "aux" and c.text.lower() == "had" for c in self.children.get(i, ())):
                return True
            token = self.tokens[i]
            if token.pos in _VERBAL or token.head == i:
                return False
            i = token.head
        return False
