"""Attribution: who says an event happened.

- a reporting verb ("X said", "experts say", "officials told reporters", "groups that
  claimed …") covers the events in its complement (its subtree, minus its subject);
- "according to X" (and "citing X") covers every event of its sentence;
- a sentence that is all quotation with no source of its own takes the source of a bare
  "X said." in the sentence just before or after it.
The innermost reporting verb wins over an enclosing one, and both over "according to".
"""

from __future__ import annotations

from dataclasses import dataclass

from dateline.events.graph import Graph
from dateline.events.mentions import MentionIndex
from dateline.events.modality_cues import CLAIM_NOUNS, DISMISSING
from dateline.events.roles import actor_ref, clause_subject
from dateline.model import Attribution

REPORTING = frozenset(
    {"say", "tell", "state", "announce", "claim", "allege", "report", "add", "declare",
     "confirm", "insist", "note", "write", "explain", "caution", "warn", "accuse", "argue",
     "assert", "believe", "estimate", "suggest", "disclose", "reveal", "testify",
     "acknowledge", "admit", "deny", "complain", "contend", "maintain", "stress", "predict",
     "tweet", "post", "conclude", "find", "show", "indicate", "charge", "think", "fear",
     "recount", "recall", "describe", "quote", "emphasize", "emphasise", "affirm"}
)  # fmt: skip
QUOTES = frozenset({'"', "“", "”", "''", "``", "«", "»"})
# a suspicion speaks only with its content: "villagers suspect that soldiers looted …"
REPORTING_WITH_CLAUSE = frozenset({"suspect"})
# "according to a statement from the ministry": the document's issuer is the source
DOCUMENT_NOUNS = frozenset(
    {"statement", "report", "communique", "communiqué", "release", "bulletin", "announcement",
     "letter", "post", "tweet", "transcript", "briefing", "readout"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Source:
    attribution: Attribution
    covers: frozenset[int]  # trigger tokens covered
    depth: int  # larger = more deeply embedded = preferred


def _make(g: Graph, idx: MentionIndex, head: int, span: tuple[int, int]) -> Attribution:
    ref = actor_ref(g, idx, head)
    toks = g.doc.tokens
    return Attribution(
        text=g.text(*span),
        source=ref.text,
        start=toks[span[0]].start,
        end=toks[span[1] - 1].end,
        actor_id=ref.id,
    )


def _reporting_sources(g: Graph, idx: MentionIndex, triggers: set[int]) -> list[Source]:
    out: list[Source] = []
    for t in g.doc.tokens:
        if t.pos != "VERB" or not _reports(g, t.i):
            continue
        subjects = clause_subject(g, t.i)
        if not subjects:
            continue
        subj = subjects[0]
        lo, hi = g.phrase(subj)
        own = set(range(lo, hi)) if subj in g.ancestors(t.i) else set(g.subtree(subj))
        covered = set(g.subtree(t.i)) - own - {t.i}
        covers = frozenset(k for k in triggers if k in covered)
        if not covers:
            continue
        span = (min(lo, t.i), max(hi, t.i + 1))
        if span[1] - span[0] > 12:  # a distant subject: cite the source words only
            span = (lo, hi)
        depth = sum(1 for _ in g.ancestors(t.i))
        out.append(Source(_make(g, idx, subj, span), covers, depth))
    return out


def _reports(g: Graph, i: int) -> bool:
    """A reporting verb, a suspicion with its clause, or a denial of a claim ("rejected
    claims that it had bombed …": the denier speaks of the event)."""
    lemma = g.lemma(i)
    if _bare_participle(g, i):
        return False  # "the unit stands accused of …": the subject is the accused
    if lemma in REPORTING:
        return True
    if lemma in REPORTING_WITH_CLAUSE:  # "suspect that …", "suspect the gang of …"
        preps = g.children(i, "prep") + [
            p for o in g.children(i, "dobj") for p in g.children(o, "prep")
        ]
        return g.child(i, "ccomp") is not None or any(g.lemma(p) == "of" for p in preps)
    return lemma in DISMISSING and any(g.lemma(o) in CLAIM_NOUNS for o in g.children(i, "dobj"))


def _bare_participle(g: Graph, i: int) -> bool:
    """A past participle with no auxiliary or subject of its own, on another verb."""
    t = g.tok(i)
    if t.tag != "VBN" or t.dep not in {"xcomp", "acomp", "oprd"}:
        return False
    return not g.children(i, "aux", "auxpass", "nsubj", "nsubjpass")


def _issuer(g: Graph, head: int) -> int:
    """The issuer of a document named as a source ("a statement from the ministry")."""
    if g.lemma(head) not in DOCUMENT_NOUNS:
        return head
    for p in g.children(head, "prep"):
        if g.lemma(p) in {"from", "by", "of"}:
            for o in g.children(p, "pobj"):
                return o
    return head


def _according_sources(g: Graph, idx: MentionIndex, triggers: set[int]) -> list[Source]:
    out: list[Source] = []
    for t in g.doc.tokens:
        low = t.text.lower()
        if low == "according":
            heads = g.prep_objects(t.i, "to")
            if not heads and t.i + 1 < len(g.doc.tokens):
                heads = g.children(t.i + 1, "pobj")
        elif low == "citing" and g.dep(t.i) in {"advcl", "prep"}:
            heads = [k for k in g.children(t.i, "dobj")]
        else:
            continue
        if not heads:
            continue
        head = heads[0]
        span = (t.i, g.subtree(head)[-1] + 1)
        sent = g.doc.sentences[t.sent]
        covers = frozenset(k for k in triggers if sent.token_start <= k < sent.token_end)
        out.append(Source(_make(g, idx, _issuer(g, head), (span[0], span[1])), covers, -1))
    return out


def _quoted_sources(
    g: Graph, idx: MentionIndex, triggers: set[int], taken: set[int]
) -> list[Source]:
    """A quoted sentence with no source: borrow a bare "X said." next to it."""
    out: list[Source] = []
    sents = g.doc.sentences
    for s in sents:
        toks = g.doc.tokens[s.token_start : s.token_end]
        if not toks or toks[0].text not in QUOTES:
            continue
        mine = [k for k in triggers if s.token_start <= k < s.token_end and k not in taken]
        if not mine:
            continue
        for other in (s.i + 1, s.i - 1):
            if 0 <= other < len(sents):
                src = _bare_report(g, idx, other)
                if src is not None:
                    out.append(Source(src, frozenset(mine), -2))
                    break
    return out


def _bare_report(g: Graph, idx: MentionIndex, sent_index: int) -> Attribution | None:
    s = g.doc.sentences[sent_index]
    for k in range(s.token_start, s.token_end):
        t = g.tok(k)
        bare = t.pos == "VERB" and t.lemma.lower() in {"say", "add", "tell"}
        subj = g.subject(k) if bare and g.child(k, "ccomp") is None else None
        if subj is not None:
            lo, hi = g.phrase(subj)
            return _make(g, idx, subj, (min(lo, k), max(hi, k + 1)))
    return None


def attribute(g: Graph, idx: MentionIndex, triggers: set[int]) -> dict[int, Attribution]:
    """trigger token → its attribution."""
    sources = _reporting_sources(g, idx, triggers) + _according_sources(g, idx, triggers)
    best: dict[int, Source] = {}
    for src in sources:
        for k in src.covers:
            if k not in best or src.depth > best[k].depth:
                best[k] = src
    out = {k: s.attribution for k, s in best.items()}
    for src in _quoted_sources(g, idx, triggers, set(out)):
        for k in src.covers:
            out.setdefault(k, src.attribution)
    return out
