"""The spaCy parse, converted into dateline's own picklable tokens, sentences and entities.

The model is loaded once per process (``load_model`` is cached) and run in batches
through ``FastPipe`` (nlp_fast.py): spaCy's own statistical components, with its two rule
components replaced by table-driven equivalents that give identical annotations.
"""

from __future__ import annotations

import gc
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


@lru_cache(maxsize=4)
def load_pipe(name: str, max_length: int = 1_000_000) -> Any:
    """The model behind a ``FastPipe``: the same annotations as ``nlp.pipe``, cheaper, except
    that blank lines and datelines always end a sentence (``breaks.py``)."""
    from dateline.stages.nlp_fast import FastPipe

    return FastPipe(load_model(name, max_length), layout=True)


# spaCy's vocabulary (lexemes and strings) grows with every new word it meets and is never
# emptied: past this many new lexemes the process loads a fresh model, spaCy's own remedy
# for long runs (about every 10,000 news reports; annotations do not depend on the vocabulary)
VOCAB_GROWTH = 50_000


def fresh_model_if_grown(pipe: Any, growth: int | None = None) -> bool:
    """Drop the cached model when its vocabulary grew by ``growth`` (default
    ``VOCAB_GROWTH``); True when dropped."""
    if len(pipe.nlp.vocab) - pipe.vocab_size < (growth or VOCAB_GROWTH):
        return False
    load_pipe.cache_clear()
    load_model.cache_clear()
    gc.collect()  # the old model's objects refer to each other: free them before reloading
    return True


_IOB = ("O", "I", "O", "B")  # spaCy's ENT_IOB codes: 0 unset, 1 I, 2 O, 3 B


@lru_cache(maxsize=1)
def _columns() -> list[int]:
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, ORTH, POS, SPACY, TAG

    return [IDX, LENGTH, ORTH, LEMMA, POS, TAG, DEP, ENT_TYPE, ENT_IOB, SPACY, HEAD]


def _sentences(doc: AnnotatedDoc, parsed: Any) -> tuple[list[Sentence], list[int]]:
    sentences = []
    sent_of = [0] * len(parsed)
    text = doc.document.text
    for si, sent in enumerate(parsed.sents):
        # the span stops at its last visible character: paragraph breaks are not evidence
        end = sent.start_char + len(sent.text.rstrip())
        sentences.append(
            Sentence(si, sent.start_char, end, sent.start, sent.end, text[sent.start_char : end])
        )
        sent_of[sent.start : sent.end] = [si] * (sent.end - sent.start)
    return sentences, sent_of


def convert(doc: AnnotatedDoc, parsed: Any) -> AnnotatedDoc:
    """Copy a spaCy ``Doc`` into dateline tokens, sentences and entities.

    Token attributes are read as arrays (``Doc.to_array``), not through spaCy ``Token``
    objects, which costs a tenth as much on long documents."""
    sentences, sent_of = _sentences(doc, parsed)
    strings = parsed.vocab.strings
    names: dict[int, str] = {0: ""}

    def name(h: int) -> str:
        s = names.get(h)
        if s is None:
            s = names[h] = strings[h]
        return s

    rows = parsed.to_array(_columns())
    heads = rows[:, -1].astype("int64").tolist()  # relative offsets, stored as unsigned
    tokens = tuple(
        Token(
            i,
            name(orth),
            idx,
            idx + length,
            name(lemma),
            name(pos),
            name(tag),
            name(dep),
            i + heads[i],
            sent_of[i],
            name(ent),
            _IOB[iob],
            " " if space else "",
        )
        for i, (idx, length, orth, lemma, pos, tag, dep, ent, iob, space, _) in enumerate(
            rows.tolist()
        )
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
    def fast(self) -> Any:
        return load_pipe(self.settings.model, self.settings.max_document_chars)

    def _parse(self, texts: Iterable[str]) -> Iterator[Any]:
        fresh_model_if_grown(self.fast)  # between batches: no parse holds the old one
        docs: Iterator[Any] = self.fast.pipe(texts, batch_size=self.settings.batch_size)
        return docs

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        [parsed] = self._parse([doc.document.text])
        return convert(doc, parsed)

    def pipe(self, docs: Iterable[AnnotatedDoc]) -> Iterator[AnnotatedDoc]:
        first, second = tee(docs)
        texts = (d.document.text for d in first)
        parsed_docs = self._parse(texts)
        for doc, parsed in zip(second, parsed_docs, strict=True):
            out = convert(doc, parsed)
            yield replace(out, done=out.done | frozenset(self.assigns))
