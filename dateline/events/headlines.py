"""Headlines and subheads: a paragraph of one short line with no closing stop.

Headline grammar drops the passive's auxiliary: "Police post attacked in north" means the
post was attacked, but the small model reads a bare "-ed" form as an active past verb whose
subject is the doer. ``read_headline_passives`` gives such a verb the passive reading. (An
active headline uses the present tense: "Rebels attack police post".)

``merge.link_headlines`` folds a headline's event into the report's own telling of it in
the next sentences: one record, the headline as extra evidence.
"""

from __future__ import annotations

from dataclasses import replace

from dateline.model import AnnotatedDoc, Sentence

MAX_TOKENS = 20
NOT_CLOSED = frozenset(".!?:;,")
# verbs that take no object, so a bare past form is active even in a headline
INTRANSITIVE = frozenset(
    {"resign", "die", "protest", "march", "rally", "clash", "retreat", "arrive", "return",
     "collapse", "erupt", "happen", "occur", "rise", "fall", "gather", "riot", "disappear",
     "explode", "escape", "surrender", "step", "walk", "vote", "agree", "respond", "appear",
     "remain", "continue", "end", "fail", "succeed", "act", "strike", "talk", "demonstrate"}
)  # fmt: skip


def _blank_line(space: str) -> bool:
    return space.count("\n") >= 2


def is_headline(doc: AnnotatedDoc, s: Sentence) -> bool:
    """One line, a paragraph of its own, short, and no closing stop."""
    text = doc.document.text
    if not s.text or "\n" in s.text or s.text[-1] in NOT_CLOSED:
        return False
    if s.token_end - s.token_start > MAX_TOKENS:
        return False
    before, after = text[: s.start], text[s.end :]
    starts = not before.strip() or _blank_line(before[len(before.rstrip()) :])
    ends = not after.strip() or _blank_line(after[: len(after) - len(after.lstrip())])
    return starts and ends


def headline_sentences(doc: AnnotatedDoc) -> frozenset[int]:
    return frozenset(s.i for s in doc.sentences if is_headline(doc, s))


def read_headline_passives(doc: AnnotatedDoc, heads: frozenset[int]) -> AnnotatedDoc:
    """The document with each headline's (sentences ``heads``) bare "-ed" verb read as a
    passive: its subject becomes ``nsubjpass`` ("Two killed in market blast")."""
    if not heads:
        return doc
    toks = list(doc.tokens)
    kids: dict[int, list[int]] = {}
    for t in toks:
        if t.head != t.i and t.sent in heads:
            kids.setdefault(t.head, []).append(t.i)
    changed = False
    for t in doc.tokens:
        if t.sent not in heads or t.pos != "VERB" or t.tag not in {"VBD", "VBN"}:
            continue
        if t.dep not in {"ROOT", "conj"} or t.lemma.lower() in INTRANSITIVE:
            continue
        if t.tag == "VBD" and not t.text.lower().endswith("ed"):
            continue  # "withdrew", "fled": a past form that is no participle
        deps = {toks[k].dep for k in kids.get(t.i, [])}
        if deps & {"aux", "auxpass", "dobj", "nsubjpass", "ccomp", "xcomp"}:
            continue
        for k in kids.get(t.i, []):
            if toks[k].dep == "nsubj":
                toks[k] = replace(toks[k], dep="nsubjpass")
                changed = True
    return replace(doc, tokens=tuple(toks)) if changed else doc
