"""The spaCy parse, converted into dateline's own picklable tokens, sentences and entities.

The model is loaded once per process (``load_model`` is cached) and run in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import tee
from typing import Any

from dateline.model import AnnotatedDoc, Entity, Sentence, Token
from dateline.stages import Stage


@lru_cache(maxsize=4)
def load_model(name: str, max_length: int = 1_000_000) -> Any:
    """Load an installed spaCy model package (never downloads)."""
    import spacy

    nlp = spacy.load(name)
    nlp.max_length = max(nlp.max_length, max_length + 1)
    return nlp


def convert(doc: AnnotatedDoc, parsed: Any) -> AnnotatedDoc:
    """Copy a spaCy ``Doc`` into dateline tokens, sentences and entities."""
    sentences = []
    sent_of: dict[int, int] = {}
    text = doc.document.text
    for si, sent in enumerate(parsed.sents):
        # the span stops at its last visible character: paragraph breaks are not evidence
        end = sent.start_char + len(sent.text.rstrip())
        sentences.append(
            Sentence(si, sent.start_char, end, sent.start, sent.end, text[sent.start_char : end])
        )
        for ti in range(sent.start, sent.end):
            sent_of[ti] = si
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            start=t.idx,
            end=t.idx + len(t.text),
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            sent=sent_of.get(t.i, 0),
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_ or "O",
            whitespace=t.whitespace_,
        )
        for t in parsed
    )
    entities = tuple(
        Entity(e.label_, e.start_char, e.end_char, e.start, e.end, e.text) for e in parsed.ents
    )
    return replace(doc, tokens=tokens, sentences=tuple(sentences), entities=entities)


class NlpStage(Stage):
    name = "nlp"
    version = "0.1.0"
    requires = ()
    assigns = ("tokens", "sentences", "entities")

    @property
    def nlp(self) -> Any:
        return load_model(self.settings.model, self.settings.max_document_chars)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        return convert(doc, self.nlp(doc.document.text))

    def pipe(self, docs: Iterable[AnnotatedDoc]) -> Iterator[AnnotatedDoc]:
        first, second = tee(docs)
        texts = (d.document.text for d in first)
        parsed_docs = self.nlp.pipe(texts, batch_size=self.settings.batch_size)
        for doc, parsed in zip(second, parsed_docs, strict=True):
            out = convert(doc, parsed)
            yield replace(out, done=out.done | frozenset(self.assigns))
