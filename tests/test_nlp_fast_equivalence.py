"""The fast rule components and the array conversion change nothing (issue 8): every
token attribute equals what spaCy's own ``nlp.pipe`` and ``Token`` objects give."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Entity, Token
from dateline.settings import Settings
from dateline.stages.breaks import mark_breaks
from dateline.stages.nlp import NlpStage, convert, load_model, load_pipe

# each text exercises rules of the attribute ruler or the lemmatizer: DEP-dependent
# patterns (but/advmod, it/nsubj, there-is, aux), the gets/got lemma rule, whitespace
# tokens, regular-expression patterns (ain't, y'all), base forms and irregular verbs,
# proper nouns, numbers and punctuation
TEXTS = [
    "But it was not over: the rebels got what they wanted, and it gets worse.",
    "There were clashes in Kabul.  Police said that they had arrested 12 men.",
    "I told you it would rain.\n\nYou did not listen to me, did you?",
    "Which of these will the ministers sign? That is what they do.",
    "The U.N. envoy met Hamas's leaders on 3 March 2024 in Doha , Qatar .",
    "Troops   were\tdeployed;\n  the   army's 2nd brigade has been fighting since 1999.",
    "Protesters, waving flags, marched to the parliament and demanded the minister's resignation.",
    "Y'all ain't seen nothin' yet, it isn't over and there's more to come.",
    "",
    "Ceasefire talks resume in Cairo\n\nNegotiators met again on Monday \n \n- a list item\n\n",
    "GENEVA, May 2 (Reuters) - Negotiators met again on Monday.",
]


def _attrs(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (
            t.text,
            t.lemma_,
            t.pos_,
            t.tag_,
            t.dep_,
            t.head.i,
            str(t.morph),
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
            t.whitespace_,
        )
        for t in doc
    ]


@pytest.fixture(scope="module")
def models() -> tuple[Any, Any]:
    s = Settings.build()
    return load_model(s.model, s.max_document_chars), load_pipe(s.model, s.max_document_chars)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_pipe_annotates_like_spacy(models: tuple[Any, Any], text: str) -> None:
    nlp, fast = models
    [expected] = nlp.pipe([mark_breaks(nlp.make_doc(text))])  # spaCy takes a Doc too
    [got] = fast.pipe([text])
    assert _attrs(got) == _attrs(expected)


def test_fast_pipe_keeps_documents_in_order_across_batches(models: tuple[Any, Any]) -> None:
    _, fast = models
    got = [d.text for d in fast.pipe(TEXTS * 3, batch_size=4)]
    assert got == TEXTS * 3


def _reference_convert(doc: AnnotatedDoc, parsed: Any) -> tuple[tuple[Token, ...], ...]:
    """The conversion through spaCy ``Token`` objects that the array version replaces."""
    sent_of = {t.i: si for si, s in enumerate(parsed.sents) for t in s}
    tokens = tuple(
        Token(
            t.i,
            t.text,
            t.idx,
            t.idx + len(t.text),
            t.lemma_,
            t.pos_,
            t.tag_,
            t.dep_,
            t.head.i,
            sent_of.get(t.i, 0),
            t.ent_type_,
            t.ent_iob_ or "O",
            t.whitespace_,
        )
        for t in parsed
    )
    return (tokens,)


@pytest.mark.parametrize("text", TEXTS)
def test_array_conversion_equals_token_by_token(models: tuple[Any, Any], text: str) -> None:
    nlp, _ = models
    parsed = nlp(text)
    doc = AnnotatedDoc(make_document(text, dt.date(2024, 3, 24)))
    out = convert(doc, parsed)
    assert (out.tokens,) == _reference_convert(doc, parsed)
    assert out.entities == tuple(
        Entity(e.label_, e.start_char, e.end_char, e.start, e.end, e.text) for e in parsed.ents
    )
    assert [t.sent for t in out.tokens] == sorted(t.sent for t in out.tokens)


def test_stage_batch_and_single_document_agree() -> None:
    stage = NlpStage(Settings.build(batch_size=3))
    docs = [AnnotatedDoc(make_document(t, dt.date(2024, 3, 24))) for t in TEXTS]
    batched = list(stage.pipe(docs))
    assert [d.tokens for d in batched] == [stage(d).tokens for d in docs]
    assert all({"tokens", "sentences", "entities"} <= d.done for d in batched)
