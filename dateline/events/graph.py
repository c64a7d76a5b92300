"""A read-only view of the dependency parse: children, subjects, objects, phrases.

Built once per document from ``AnnotatedDoc.tokens`` (indices are document-wide). It also
repairs one frequent small-model error: "groups that claimed forces were executing …" is
parsed with "forces" as the object of "claimed" and "executing" hanging off the main verb;
we read it as a complement clause whose subject is "forces". A headline's bare "-ed" verb
is read as the passive it is (headlines.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from dateline.events.headlines import headline_sentences, read_headline_passives
from dateline.model import AnnotatedDoc, Token

SUBJ = frozenset({"nsubj", "csubj", "expl"})
PASS_SUBJ = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj", "attr", "oprd"})
CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "parataxis"})
# small-model lemmatizer slips seen in news text
LEMMA_FIXES = {"stag": "stage", "slat": "slate", "wag": "wage"}
REL_PRONOUNS = frozenset({"that", "who", "which", "whom", "whose"})
DETERMINERS = frozenset({"the", "a", "an"})
QUANTIFIERS = frozenset(
    {"many", "some", "several", "dozens", "hundreds", "thousands", "scores", "most", "all",
     "few", "none", "millions", "tens", "one", "each", "both", "any", "majority", "number",
     "tons", "tonnes", "ton", "tonne", "shipment", "shipments", "consignment", "batch",
     "consignments", "truckloads", "planeloads", "cargo", "load", "supply", "quantities",
     "group", "contingent", "half", "third", "quarter", "part", "portion", "share", "bulk",
     "rest", "remainder", "fraction", "amount", "quantity", "amounts", "measure", "degree",
     "column", "busload", "busloads", "boatload", "boatloads", "trainload", "trainloads"}
)  # fmt: skip


@dataclass(slots=True)
class Graph:
    doc: AnnotatedDoc
    kids: dict[int, list[int]] = field(default_factory=dict)
    extra_subject: dict[int, int] = field(default_factory=dict)  # repaired verb → subject
    extra_head: dict[int, int] = field(default_factory=dict)  # repaired verb → governor
    headlines: frozenset[int] = frozenset()  # sentence indices (headlines.is_headline)

    @classmethod
    def build(cls, doc: AnnotatedDoc) -> Graph:
        heads = headline_sentences(doc)
        g = cls(read_headline_passives(doc, heads), headlines=heads)
        for t in doc.tokens:
            if t.head != t.i:
                g.kids.setdefault(t.head, []).append(t.i)
        g._repair_claim_objects()
        return g

    # ------------------------------------------------------------------ basics
    def tok(self, i: int) -> Token:
        return self.doc.tokens[i]

    def children(self, i: int, *deps: str) -> list[int]:
        kids = self.kids.get(i, [])
        if not deps:
            return list(kids)
        return [k for k in kids if self.tok(k).dep in deps]

    def child(self, i: int, *deps: str) -> int | None:
        found = self.children(i, *deps)
        return found[0] if found else None

    def head(self, i: int) -> int | None:
        if i in self.extra_head:
            return self.extra_head[i]
        t = self.tok(i)
        return None if t.head == i else t.head

    def dep(self, i: int) -> str:
        return "ccomp" if i in self.extra_head else self.tok(i).dep

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        h = self.head(i)
        while h is not None and h not in seen:
            seen.add(h)
            yield h
            h = self.head(h)

    def subtree(self, i: int) -> list[int]:
        seen = {i}
        stack = list(self.kids.get(i, []))
        while stack:  # guarded: a repaired tree must never loop, however odd the parse
            k = stack.pop()
            if k not in seen:
                seen.add(k)
                stack.extend(self.kids.get(k, []))
        return sorted(seen)

    def lemma(self, i: int) -> str:
        lemma = self.tok(i).lemma.lower()
        return LEMMA_FIXES.get(lemma, lemma)

    def is_passive(self, i: int) -> bool:
        return bool(self.children(i, "auxpass", "nsubjpass"))

    # ------------------------------------------------------------------ roles
    def subject(self, i: int) -> int | None:
        if i in self.extra_subject:
            return self.extra_subject[i]
        return self.child(i, *SUBJ)

    def passive_subject(self, i: int) -> int | None:
        return self.child(i, *PASS_SUBJ)

    def obj(self, i: int) -> int | None:
        return self.child(i, *OBJ)

    def prep_objects(self, i: int, *preps: str) -> list[int]:
        """Objects of the given prepositions attached to ``i`` ("attack on X" → X)."""
        out: list[int] = []
        for p in self.children(i, "prep", "agent", "dative"):
            if self.lemma(p) in preps:
                out.extend(self.children(p, "pobj"))
        return out

    def conjuncts(self, i: int) -> list[int]:
        """``i`` and the heads conjoined with it ("the US and Jordan")."""
        out = [i]
        seen = {i}
        stack = self.children(i, "conj")
        while stack:
            k = stack.pop(0)
            if k in seen:
                continue
            seen.add(k)
            t = self.tok(k)
            if t.pos in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"}:
                out.append(k)
            stack.extend(self.children(k, "conj"))
        return out

    def resolve_relative(self, i: int) -> int:
        """A relative pronoun subject stands for the noun its clause modifies."""
        h = self.head(i)
        if self.lemma(i) in REL_PRONOUNS and h is not None and self.dep(h) in {"relcl", "acl"}:
            noun = self.head(h)
            if noun is not None:
                return noun
        return i

    def descend_partitive(self, i: int) -> int:
        """ "eight of ISIS-K's leaders" → leaders; "many of its fighters" → fighters; "$300
        million in aid" → aid."""
        t = self.tok(i)
        if t.pos == "NUM" or t.text.lower() in QUANTIFIERS or t.ent_type == "MONEY":
            inner = self.prep_objects(i, "of")
            if not inner and t.ent_type == "MONEY":  # "$300 million in aid"
                inner = self.prep_objects(i, "in")
            if inner:
                return inner[0]
        return i

    # ------------------------------------------------------------------ phrases
    def phrase(self, i: int) -> tuple[int, int]:
        """Token span [start, end) of the noun phrase headed by ``i`` (pre-modifiers only,
        plus a following possessive or "of" complement for partitives)."""
        lo = i
        for k in self.children(i):
            if k < i and self.tok(k).dep not in {"punct", "cc", "prep", "relcl", "acl", "conj"}:
                lo = min(lo, self.subtree(k)[0])
        hi = i + 1
        while lo < i and self.tok(lo).text.lower() in DETERMINERS:
            lo += 1
        return lo, hi

    def text(self, start: int, end: int) -> str:
        toks = self.doc.tokens[start:end]
        return "".join(t.text + t.whitespace for t in toks).strip()

    # ------------------------------------------------------------------ repair
    def _repair_claim_objects(self) -> None:
        """ "X claimed Y were V-ing": make V a complement of "claimed" with subject Y."""
        toks = self.doc.tokens
        for t in toks:
            if t.lemma.lower() not in _CLAIMS or t.pos != "VERB":
                continue
            obj = self.obj(t.i)
            if obj is None:
                continue
            after = self.subtree(obj)[-1] + 1
            if after >= len(toks) or toks[after].pos != "AUX" or toks[after].sent != t.sent:
                continue
            verb = toks[after].head
            if verb == t.i or toks[verb].pos not in {"VERB", "AUX", "ADJ"}:
                continue
            if verb in self.ancestors(t.i):  # re-parenting would make the tree a cycle
                continue
            if self.subject(verb) is None and self.passive_subject(verb) is None:
                self.extra_subject[verb] = obj
                self.extra_head[verb] = t.i
                self.kids[toks[verb].head].remove(verb)
                self.kids.setdefault(t.i, []).append(verb)


_CLAIMS = frozenset(
    {"claim", "say", "allege", "report", "believe", "suspect", "fear", "deny", "insist",
     "state", "assert", "contend", "argue", "maintain", "think", "know", "find"}
)  # fmt: skip
