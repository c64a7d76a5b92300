"""A blank line ends a sentence: headlines, bylines and list items have no closing stop,
and must not run into the paragraph below. A single line break (hard-wrapped text) does
not end one."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc
from dateline.settings import Settings
from dateline.stages.nlp import NlpStage


@pytest.fixture(scope="module")
def stage() -> NlpStage:
    return NlpStage(Settings.build())


def _sentences(stage: NlpStage, text: str) -> list[str]:
    doc = stage(AnnotatedDoc(make_document(text, dt.date(2025, 6, 3))))
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border post shelled overnight\n\nArtillery fire hit a border post near the river.",
            ["Border post shelled overnight", "Artillery fire hit a border post near the river."],
        ),
        (
            "By Staff Reporter\n \nThe council voted to suspend the mayor.",
            ["By Staff Reporter", "The council voted to suspend the mayor."],
        ),
        (
            "Miners strike for a third day\r\n\r\nWorkers at the copper mine stayed out.",
            ["Miners strike for a third day", "Workers at the copper mine stayed out."],
        ),
    ],
)
def test_a_blank_line_ends_a_sentence(stage: NlpStage, text: str, expected: list[str]) -> None:
    assert _sentences(stage, text) == expected


def test_a_single_line_break_does_not(stage: NlpStage) -> None:
    text = "The ministers of the two countries met in Geneva\non Tuesday to discuss the border."
    assert _sentences(stage, text) == [text]
