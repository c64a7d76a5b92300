"""Helpers for the CLI and the store: annotations, document actors, cross-document merging."""

from __future__ import annotations

import pickle

import pytest

from dateline.actors import actor_annotations, document_actors, merge_actors
from dateline.ingest.text import split_header
from dateline.model import Actor
from dateline.stages.actors import ActorStage

STAGES = ("nlp", "actors")


def test_annotation_rows(annotate) -> None:
    doc = annotate("The United States and Jordan agreed on a trade pact.", stages=STAGES)
    rows = actor_annotations(doc)
    assert [r["id"] for r in rows] == ["USA", "JOR"]  # the compound is left out
    text = doc.document.text
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    assert set(rows[0]) == {"start", "end", "text", "name", "id", "type", "country"}


def test_document_actors_keep_unknown_names(annotate) -> None:
    doc = annotate(
        "The Zorvian Liberation Brigades attacked Kabul. Hamas condemned it.", stages=STAGES
    )
    actors = {a.id: a for a in document_actors(doc)}
    unknown = actors["unk:zorvian-liberation-brigades"]
    assert not unknown.known and "Zorvian Liberation Brigades" in unknown.aliases
    assert actors["hamas"].known


@pytest.mark.parametrize(
    ("aliases_a", "aliases_b", "merged"),
    [
        (("Blue Fox Brigade", "BFB"), ("BFB",), True),
        (("Blue Fox Brigade",), ("the Blue Fox Brigade",), True),
        (("Blue Fox Brigade",), ("Red Fox Brigade",), False),
    ],
)
def test_unknown_actors_merge_by_alias(aliases_a: tuple, aliases_b: tuple, merged: bool) -> None:
    a = Actor("unk:a", aliases_a[0], "armed_group", aliases=aliases_a, known=False)
    b = Actor("unk:b", aliases_b[0], "armed_group", aliases=aliases_b, known=False)
    known = Actor("hamas", "Hamas", "armed_group")
    mapping = merge_actors([a, b, known])
    assert (mapping["unk:b"] == mapping["unk:a"]) is merged
    assert mapping["hamas"] == "hamas"


def test_merging_is_transitive() -> None:
    a = Actor("unk:c", "X Front", "armed_group", aliases=("X Front", "XF"), known=False)
    b = Actor("unk:b", "XF", "armed_group", aliases=("XF", "Front X"), known=False)
    c = Actor("unk:a", "Front X", "armed_group", aliases=("Front X",), known=False)
    assert set(merge_actors([a, b, c]).values()) == {"unk:a"}


def test_stage_pickles_and_declares_layers() -> None:
    stage = pickle.loads(pickle.dumps(ActorStage()))
    assert stage.requires == ("tokens", "sentences", "entities")
    assert stage.assigns == ("mentions",)


def test_seed_article(annotate, seed_path) -> None:
    date, _, body = split_header(seed_path.read_text("utf-8"))
    doc = annotate(body, date=date, stages=STAGES)
    by_text = {m.text: m for m in doc.mentions}
    assert by_text["the Pakistani Taliban"].actor_id == "ttp"
    assert by_text["Taliban security forces"].actor_id == "taliban"
    assert by_text["ISIS-K's leaders"].actor_id == "iskp"
    assert by_text["U.N. monitors"].actor_id == "un"
    groups = [m for m in doc.mentions if m.text == "the group"]
    assert groups and groups[0].actor_id == "iskp"
