"""Event location: where the event happened, not every place its sentence names."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from dateline.model import AnnotatedDoc, Event, Evidence
from dateline.stages.geo import EventLocationStage, place_annotations

GEO = ("nlp", "geo")


def _with_event(doc: AnnotatedDoc, trigger: str, occurrence: int = 0) -> AnnotatedDoc:
    """The doc with one hand-built event whose trigger is the given word."""
    tokens = [t for t in doc.tokens if t.text == trigger]
    tok = tokens[occurrence]
    sent = doc.sentences[tok.sent]
    evidence = Evidence(sent.text, sent.start, sent.end, tok.text, tok.start, tok.end,
                        sent.i, tok.i)
    event = Event(id="e1", event="ASSAULT", evidence=evidence)
    return replace(doc, events=(event,), done=doc.done | {"events"})


def _locate(annotate, text: str, trigger: str, occurrence: int = 0):
    doc = _with_event(annotate(text, stages=GEO), trigger, occurrence)
    out = EventLocationStage()(doc)
    assert "event_locations" in out.done
    return out.events[0].location


@pytest.mark.parametrize(
    ("text", "trigger", "name", "precision"),
    [
        ("The army pushed the fighters from Kunar into Pakistan.", "pushed", None, None),
        ("In Afghanistan, the army pushed the fighters into Pakistan.", "pushed",
         "Afghanistan", "country"),
        ("Gunmen killed three guards in Kandahar after fleeing from Quetta.", "killed",
         "Kandahār", "city"),
        ("Pakistani police arrested two men in Kabul on Monday.", "arrested", "Kabul", "city"),
        ("Soldiers returned to Germany after a raid in Kunar province.", "raid", "Kunaṟ",
         "admin1"),
        ("Troops shelled villages in eastern Afghanistan.", "shelled", "eastern Afghanistan",
         "region"),
        ("Ministers held talks with Pakistan in Doha.", "talks", "Doha", "city"),
        ("A suicide bomber struck a rally in Nangarhar province's Achin district.", "struck",
         "Achīn", "admin1"),
        ("A car bomb exploded in the capital of Somalia.", "exploded", "Somalia", "country"),
    ],
)
def test_location_is_where_it_happened(annotate, text, trigger, name, precision) -> None:
    loc = _locate(annotate, text, trigger)
    if name is None:  # only a destination and an origin: neither is the location
        assert loc is None or loc.name not in {"Pakistan"}
        return
    assert loc is not None
    assert (loc.name, loc.precision) == (name, precision)


def test_the_country_is_the_documents_main_country(annotate) -> None:
    text = (
        "The Taliban rule Afghanistan. The Taliban have fought the group across Afghanistan "
        "and pushed many of its fighters into Pakistan. Security forces killed eight of its "
        "leaders in the country last year."
    )
    loc = _locate(annotate, text, "killed")
    assert loc is not None
    assert (loc.name, loc.country, loc.precision, loc.text) == (
        "Afghanistan", "AFG", "country", "the country")


def test_no_place_in_sentence_falls_back_to_dominant_country(annotate) -> None:
    text = "Floods struck Peru and Lima was cut off. Rescuers saved forty people on Sunday."
    loc = _locate(annotate, text, "saved")
    assert loc is not None
    assert (loc.country, loc.precision, loc.text) == ("PER", "country", None)


def test_no_place_anywhere_leaves_location_empty(annotate) -> None:
    loc = _locate(annotate, "Rescuers saved forty people on Sunday.", "saved")
    assert loc is None


def test_place_annotations_match_the_cli_contract(annotate) -> None:
    rows = place_annotations(annotate("Talks opened in Doha, Qatar.", stages=GEO))
    assert [r["text"] for r in rows] == ["Doha", "Qatar"]
    assert set(rows[0]) == {"start", "end", "text", "name", "country", "admin1", "lat", "lon",
                            "gazetteer_id", "feature"}
    assert rows[0]["country"] == "QAT" and rows[0]["gazetteer_id"].startswith("geonames:")


def test_seed_killing_is_located_in_afghanistan(annotate, seed_path) -> None:
    body = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", seed_path.read_text("utf-8"))
    doc = annotate(body, stages=GEO)
    killed = [t for t in doc.tokens if t.text == "killed"]
    assert killed, "the seed names a killing"
    loc = EventLocationStage()(_with_event(doc, "killed")).events[0].location
    assert loc is not None
    assert (loc.name, loc.country, loc.precision) == ("Afghanistan", "AFG", "country")
