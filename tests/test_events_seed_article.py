"""Every sentence type of the seed article (read from ../shared/seeds), with actor mentions
from NER entities and, when it exists, from the actors stage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _events_support import HAS_ACTORS, events_doc, find, texts
from conftest import Annotate

from dateline.model import AnnotatedDoc, Event
from dateline.stages.events import EventStage

SOURCES = ["entities", "actors"] if HAS_ACTORS else ["entities"]


def _read(seed_path: Path) -> tuple[str, str]:
    raw = seed_path.read_text(encoding="utf-8")
    m = re.match(r"\s*date (\d{4}-\d{2}-\d{2})\s*", raw)
    assert m, "the seed starts with a date header"
    return raw[m.end() :], m.group(1)


@pytest.fixture(scope="module", params=SOURCES)
def seed(request: pytest.FixtureRequest, annotate: Annotate, seed_path: Path) -> AnnotatedDoc:
    text, date = _read(seed_path)
    if request.param == "entities":
        return events_doc(annotate, text, date=date)
    doc = annotate(text, date=date, stages=("nlp", "time", "geo", "actors", "events"))
    assert "events" in doc.done
    return doc


def _mentions(e: Event, name: str) -> bool:
    return any(name.lower() in (r.text + " " + (r.name or "")).lower() for r in e.actor)


def _targets(e: Event, name: str) -> bool:
    return any(name.lower() in (r.text + " " + (r.name or "")).lower() for r in e.recipient)


def test_taliban_killing_of_isis_k_leaders(seed: AnnotatedDoc) -> None:
    e = find(seed, "killed")
    assert e.event == "ASSAULT" and e.quad == "material_conflict"
    assert _mentions(e, "Taliban") and _targets(e, "ISIS-K")
    assert e.attribution is not None and e.attribution.source == "US officials"
    assert e.magnitude.dead == 8
    assert e.modality == "asserted"
    assert e.date is None and e.location is None  # other stages fill these


def test_founding_of_isis_k_is_mobilize(seed: AnnotatedDoc) -> None:
    e = find(seed, "established")
    assert (e.event, e.mode) == ("MOBILIZE", "militia")
    assert _mentions(e, "Pakistani Taliban")
    assert "historical" in e.auxiliary


def test_monitors_caution_is_a_verbal_accusation(seed: AnnotatedDoc) -> None:
    e = find(seed, "cautioned")
    assert (e.event, e.quad) == ("ACCUSE", "verbal_conflict")
    assert _mentions(e, "monitors") and _targets(e, "Taliban")


def test_claimed_executions_are_alleged_and_attributed(seed: AnnotatedDoc) -> None:
    e = find(seed, "executing")
    assert (e.event, e.modality) == ("ASSAULT", "alleged")
    assert e.attribution is not None and e.attribution.source == "human rights groups"
    assert _mentions(e, "Taliban")


def test_condemnation_by_rights_groups_of_the_taliban(seed: AnnotatedDoc) -> None:
    e = find(seed, "condemnation")
    assert e.event == "ACCUSE"
    assert texts(e.actor) == ["human rights groups"]
    assert _targets(e, "Taliban")


def test_criticism_and_the_relations_event(seed: AnnotatedDoc) -> None:
    accuse = find(seed, "criticized")
    assert accuse.event == "ACCUSE" and _mentions(accuse, "ISIS-K") and _targets(accuse, "Taliban")
    relations = find(seed, "establish diplomatic relations")
    assert relations.event == "SUPPORT" and _mentions(relations, "Taliban")
    assert _targets(relations, "United States") and _targets(relations, "Russia")


def test_airstrikes_actor_from_demonym(seed: AnnotatedDoc) -> None:
    e = find(seed, "airstrikes")
    assert (e.event, e.mode) == ("ASSAULT", "aerial")
    assert [a.country for a in e.actor] == ["USA"]
    assert _targets(e, "ISIS-K")


def test_prevented_taking_is_negated_and_sourced(seed: AnnotatedDoc) -> None:
    e = find(seed, "taking")
    assert e.modality == "negated"
    assert e.attribution is not None and e.attribution.source == "experts"


def test_stage_is_idempotent(seed: AnnotatedDoc) -> None:
    again = EventStage()(seed)
    assert [e.id for e in again.events] == [e.id for e in seed.events]
