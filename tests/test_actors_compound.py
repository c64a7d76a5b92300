"""Compound actors: each conjunct is a mention, and a compound mention lists them."""

from __future__ import annotations

import pytest

from dateline.actors import conjuncts, mention_at

STAGES = ("nlp", "actors")


@pytest.mark.parametrize(
    ("text", "head", "ids"),
    [
        ("The United States and Jordan agreed on a trade pact.", "States", ["USA", "JOR"]),
        ("France, Germany and Italy signed the accord.", "France", ["FRA", "DEU", "ITA"]),
        ("Hungarian and Romanian officials agreed to cooperate.", "officials", ["HUN", "ROU"]),
    ],
)
def test_conjuncts_give_the_actor_list(annotate, text: str, head: str, ids: list[str]) -> None:
    doc = annotate(text, stages=STAGES)
    token = next(t.i for t in doc.tokens if t.text == head)
    index = mention_at(doc, token)
    assert index is not None
    members = conjuncts(doc, index)
    assert [doc.mentions[i].actor_id for i in members] == ids


def test_compound_mention_lists_members(annotate) -> None:
    doc = annotate("The United States and Jordan agreed on a trade pact.", stages=STAGES)
    compounds = [m for m in doc.mentions if m.kind == "compound"]
    assert len(compounds) == 1
    assert compounds[0].text.endswith("Jordan")
    assert [doc.mentions[i].text for i in compounds[0].members][-1] == "Jordan"


def test_member_phrases_keep_their_sector(annotate) -> None:
    doc = annotate("Hungarian and Romanian officials agreed to cooperate.", stages=STAGES)
    members = [m for m in doc.mentions if m.country in {"HUN", "ROU"}]
    assert {m.type for m in members} == {"government"}


def test_single_actor_is_its_own_list(annotate) -> None:
    doc = annotate("Jordan agreed on a trade pact.", stages=STAGES)
    index = mention_at(doc, 0)
    assert index is not None
    assert conjuncts(doc, index) == (index,)
