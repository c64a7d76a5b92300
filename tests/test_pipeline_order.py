from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from dateline.errors import PipelineError
from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Rejected
from dateline.pipeline import Pipeline
from dateline.stages import Stage


class Upper(Stage):
    name = "upper"
    requires = ("tokens",)
    assigns = ("shout",)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        return doc


class Tokens(Stage):
    name = "tokens"
    assigns = ("tokens",)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        return doc


class Boom(Stage):
    name = "boom"

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        if "boom" in doc.document.text:
            raise ValueError("cannot handle this one")
        return replace(doc)


def _doc(text: str) -> object:
    return make_document(text, dt.date(2024, 1, 2), source_file="in.jsonl", line=7)


def test_order_is_checked_when_built_and_lists_what_is_available() -> None:
    with pytest.raises(PipelineError, match=r"'upper' requires tokens; available before it: "):
        Pipeline(stages=[Upper()])


def test_unknown_stage_names_the_choices() -> None:
    with pytest.raises(PipelineError, match=r"unknown stage 'parse'; available: nlp, time"):
        Pipeline(stages=["parse"])


def test_layers_are_marked_done() -> None:
    result = Pipeline(stages=[Tokens(), Upper()])(_doc("Quiet day."))
    assert isinstance(result, AnnotatedDoc)
    assert result.done == {"tokens", "shout"}


def test_a_failing_document_is_rejected_and_the_batch_goes_on() -> None:
    results = list(Pipeline(stages=[Boom()]).run([_doc("fine"), _doc("boom"), _doc("also fine")]))
    assert [type(r).__name__ for r in results] == ["AnnotatedDoc", "Rejected", "AnnotatedDoc"]
    rejected = results[1]
    assert isinstance(rejected, Rejected)
    assert str(rejected) == "in.jsonl:7: ValueError: cannot handle this one"
    assert rejected.stage == "boom"


def test_a_stage_missing_its_input_returns_the_doc_unchanged() -> None:
    doc = AnnotatedDoc(document=_doc("x"))  # type: ignore[arg-type]
    assert Upper()(doc) is doc
