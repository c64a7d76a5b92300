"""The layout's sentence starts: a blank line ends a sentence (headlines, bylines and list
items have no closing stop), and so does a dateline; a single line break (hard-wrapped
text) does not."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc
from dateline.settings import Settings
from dateline.stages.breaks import datelines
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSLO, June 2 (Reuters) - Norway expelled two diplomats on Monday.",
            ["OSLO, June 2 (Reuters) -", "Norway expelled two diplomats on Monday."],
        ),
        (
            "SPRINGFIELD, Ill., June 2 - The city council voted to end the strike.",
            ["SPRINGFIELD, Ill., June 2 -", "The city council voted to end the strike."],
        ),
        (
            "The Kenya - Uganda border reopened on Monday.",
            ["The Kenya - Uganda border reopened on Monday."],
        ),
    ],
)
def test_a_dateline_ends_a_sentence(stage: NlpStage, text: str, expected: list[str]) -> None:
    assert _sentences(stage, text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("HARARE -- Police fired tear gas.", True),
        ("Harare, May 3 — Police fired tear gas.", True),
        ("Harare (AFP) - Police fired tear gas.", True),
        ("Text first.\nLIMA (AP) _ Miners marched.", True),
        ("Harare, Zimbabwe - Police fired tear gas.", False),  # title case, no date or agency
        ("NATO said - and Russia agreed - that talks would go on.", False),
    ],
)
def test_datelines(text: str, found: bool) -> None:
    assert bool(datelines(text)) is found
