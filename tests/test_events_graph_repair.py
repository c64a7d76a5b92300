"""Repairing "X claimed Y were V-ing" never turns an odd parse into a cycle."""

from __future__ import annotations

import datetime as dt

from dateline.events.graph import Graph
from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Sentence, Token

# A parse the small model can produce on messy text: the AUX after the claim's object
# hangs off the root, and the claim verb sits inside the root's own subtree.
WORDS = [  # text, lemma, pos, dep, head
    ("attacking", "attack", "VERB", "ROOT", 0),
    ("claimed", "claim", "VERB", "advcl", 0),
    ("rebels", "rebel", "NOUN", "dobj", 1),
    ("were", "be", "AUX", "aux", 0),
]


def _doc() -> AnnotatedDoc:
    text = " ".join(w for w, *_ in WORDS)
    tokens, at = [], 0
    for i, (word, lemma, pos, dep, head) in enumerate(WORDS):
        tokens.append(Token(i, word, at, at + len(word), lemma, pos, "", dep, head, 0))
        at += len(word) + 1
    sentence = Sentence(0, 0, len(text), 0, len(tokens), text)
    return AnnotatedDoc(
        document=make_document(text, dt.date(2024, 1, 1)),
        tokens=tuple(tokens),
        sentences=(sentence,),
    )


def test_the_repair_is_skipped_when_it_would_make_a_cycle() -> None:
    graph = Graph.build(_doc())
    assert graph.extra_head == {}
    assert graph.subtree(0) == [0, 1, 2, 3]
    assert list(graph.ancestors(2)) == [1, 0]
