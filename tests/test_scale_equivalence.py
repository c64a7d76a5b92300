"""The speed-ups of issue 8 change no output: each fast path is compared with the plain
one it replaces (regular-expression twins, dictionary prefix filter, sector tails,
remembered names, fuzzy memo, reloading the spaCy model)."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from dateline.actors import names as names_module
from dateline.actors import phrases as phrases_module
from dateline.actors.kb import KB
from dateline.actors.resolve import find_mentions
from dateline.model import Actor, AnnotatedDoc, Mention
from dateline.stages.nlp import fresh_model_if_grown, load_pipe
from dateline.timex import scan
from dateline.timex.recognise import rule_table

TEXTS = [
    "Rebels seized the town on Tuesday, three days ago, and held it until late March 2023.",
    "PROFIT IN THE FIRST QUARTER OF FY 1987 ROSE FROM A YEAR EARLIER, THE COMPANY SAID.",
    "The ceasefire lasted 2½ weeks; on Christmas Eve the shelling resumed at 10 p.m. sharp.",
    "In Q3 2019 and in mid-September, every two weeks, officials met for about six months.",
    "She said on 12/03/2021 that the 1990s were over; the summit is due in the coming weeks.",
    "mAy, MaRcH, dec. and Sept. 4th: the holiday season of 1999-2000 began at midnight GMT.",
    "The Nato summit, the U.N.'s envoy and the Kurdistan Workers' Party’s leaders met.",
    "",
]


def _matches(found: Any) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize("text", TEXTS)
def test_time_rule_twins_find_what_the_rules_find(text: str) -> None:
    low = text.lower() if text.isascii() else None
    for _, pattern, _, trigger in rule_table():
        twin = scan.lowered(pattern)
        assert _matches(scan.twin_finditer(pattern, twin, text, low)) == _matches(
            pattern.finditer(text)
        ), pattern.pattern
        if trigger is not None:
            found = scan.twin_search(trigger, scan.lowered(trigger), text, low)
            assert found == (trigger.search(text) is not None)


PATTERNS = [
    r"\bq[1-4]\b",
    r"[A-Z][a-z]+",
    r"[^A-Z\s]+",
    r"(?P<w>ab)\s+(?P=w)",
    r"(?<=x)Y+?",
    r"\b(?:Mar|may)(?![A-Z])",
    r"\d+½|\d",
    r"[^q]-",
    r"FY\s*\d{2}|(?:a|B)(?=x)|(X)?(?(1)a|b)",
    r"(?:ab|[a-c]x)*?Q{1,3}",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_lowered_twin_is_exact_on_random_ascii_text(source: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    twin = scan.lowered(pattern)
    assert twin is not None
    rng = random.Random(source)
    for _ in range(300):
        text = "".join(rng.choice("abqxyABQXY12 -\n") for _ in range(rng.randint(0, 30)))
        found = _matches(scan.twin_finditer(pattern, twin, text, text.lower()))
        assert found == _matches(pattern.finditer(text)), text


@pytest.mark.parametrize(
    "source",
    ["\u017fome", "\u212aelvin", "(?-i:abc)", "[\u0100-\u024f]x"],  # long s, Kelvin sign fold
)
def test_patterns_that_fold_onto_ascii_get_no_twin(source: str) -> None:
    assert scan.lowered(re.compile(source, re.IGNORECASE)) is None


def test_case_sensitive_patterns_get_no_twin() -> None:
    assert scan.lowered(re.compile("May")) is None


# ---------------------------------------------------------------------------- actors

ACTOR_TEXTS = [
    "The United Nations Security Council met the Kurdistan Workers' Party in Geneva.",
    "U.S.-backed forces and the U.N.'s envoy to Afghanistan talked to the Taliban's leaders.",
    "Nato and NATO troops, the Afghan army's commandos and Kenyan police raided the camp.",
    "Reuters said Steve Jobs met Jobs's lawyers; Tim Cook and Cook's aides left Cupertino.",
    "Human rights groups accused the security forces of the Islamic Republic of Iran.",
    "Les forces armées de la République démocratique du Congo attaquèrent à Goma.",
]


class _Everything(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


def _remembered_at_plain(
    doc: AnnotatedDoc, memory: dict[str, Actor], covered: set[int], i: int, end: int
) -> names_module.Span | None:
    """The unfiltered loop ``_remembered_at`` replaces: every span, longest first."""
    for j in range(end, i, -1):
        toks = doc.tokens[i:j]
        if any(t.i in covered or t.pos != "PROPN" for t in toks):
            continue
        actor = memory.get(names_module.name_key(names_module.span_text(doc, i, j)))
        if actor is not None:
            return names_module.Span(i, j, actor, "unknown", "memory")
    return None


@pytest.mark.parametrize("text", ACTOR_TEXTS)
def test_actor_shortcuts_change_no_mention(
    text: str, annotate: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dateline.actors import load_kb
    from dateline.settings import Settings

    kb: KB = load_kb(Settings.build())
    doc = annotate(text, stages=("nlp",))
    fast: tuple[Mention, ...] = find_mentions(doc, kb)
    again = find_mentions(doc, kb)  # the fuzzy memo answers the second time
    monkeypatch.setattr(names_module, "_reach", lambda doc, kb, i, top: top)
    monkeypatch.setattr(names_module, "_remembered_at", _remembered_at_plain)
    monkeypatch.setattr(KB, "sector_tails", lambda self: _Everything())
    monkeypatch.setattr(kb, "_fuzzy_memo", {})
    assert phrases_module.KB is KB
    assert fast == again == find_mentions(doc, kb)


@pytest.mark.parametrize(
    ("raw", "may"),
    [("", True), ("the", True), ("the kurdistan", True), ("reuters said", False),
     ("kurdistan workers party s", True), ("nato", True), ("the u", True)],
)
def test_kb_prefixes(raw: str, may: bool) -> None:
    from dateline.actors import load_kb
    from dateline.settings import Settings

    assert load_kb(Settings.build()).may_continue(raw) is may


# ---------------------------------------------------------------------------- the model


def test_a_fresh_model_parses_the_same(annotate: Any, settings: Any) -> None:
    text = ACTOR_TEXTS[1] + " " + TEXTS[0]
    before = annotate(text)
    pipe = load_pipe(settings.model, settings.max_document_chars)
    assert not fresh_model_if_grown(pipe, growth=10**9)
    assert fresh_model_if_grown(pipe, growth=-1)
    assert load_pipe(settings.model, settings.max_document_chars) is not pipe
    assert annotate(text) == before


@pytest.mark.parametrize(
    ("lengths", "size", "chars", "expected"),
    [
        ([5, 5, 5], 32, 100, [[5, 5, 5]]),
        ([5, 5, 5], 2, 100, [[5, 5], [5]]),
        ([40, 40, 40], 32, 100, [[40, 40], [40]]),
        ([150, 10, 10], 32, 100, [[150], [10, 10]]),  # a long text goes alone
        ([10, 150, 10], 32, 100, [[10], [150], [10]]),
        ([], 32, 100, []),
    ],
)
def test_parse_batches_are_bounded_in_characters(
    lengths: list[int], size: int, chars: int, expected: list[list[int]]
) -> None:
    from dateline.stages.nlp_fast import batches

    texts = ["x" * n for n in lengths]
    assert [[len(t) for t in b] for b in batches(texts, size, chars)] == expected
