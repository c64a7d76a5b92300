"""Toponyms the NER model misses or cuts wrong: datelines, untagged names, acronyms, parts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.geo import load_gazetteer
from dateline.geo.recognise import recognise
from dateline.model import Entity

GEO = ("nlp", "geo")


def _places(annotate, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.text: (p.feature, p.country) for p in annotate(text, stages=GEO).places}


@pytest.mark.parametrize(
    ("text", "surface", "feature", "country"),
    [
        # a story's dateline in capitals, before "(AP)" or a dash
        ("BEIRUT (AP) — A militia said on Monday it had withdrawn from the town.", "BEIRUT",
         "city", "LBN"),
        ("TORONTO — The family of an injured man sued the city on Friday.", "TORONTO", "city",
         "CAN"),
        # a well-known name the model left untagged
        ("Rebels who had held onto nearly half of Aleppo for more than four years left.",
         "Aleppo", "city", "SYR"),
        # acronyms and "the X" names the model calls organisations
        ("He visited the UAE and the DPRK last year.", "UAE", "country", "ARE"),
        ("He visited the UAE and the DPRK last year.", "DPRK", "country", "PRK"),
        ("Ministers from the European Union met on Monday.", "European Union", "region", None),
        # the known name inside a span the gazetteer lacks
        ("Speaking at Politics Ukraine, he criticised the plan.", "Ukraine", "country", "UKR"),
    ],
)
def test_names_the_model_missed_are_found(annotate, text, surface, feature, country) -> None:
    places = _places(annotate, text)
    assert places.get(surface) == (feature, country), places


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brent told reporters the plan was fine.", "Brent"),  # a person who speaks
        ("Exposure to MOCA (a solvent) was measured.", "MOCA"),  # an acronym in capitals
        ("The Central bank raised rates on Monday.", "Central"),  # a word, not a province
        ("Most Christians mark Easter in spring.", "Christians"),  # a district elsewhere
    ],
)
def test_look_alikes_stay_out(annotate, text, surface) -> None:
    assert surface not in _places(annotate, text)


@pytest.mark.parametrize(
    ("text", "surface", "name", "feature"),
    [
        ("Officials from the City of Montreal said the road was closed.", "City of Montreal",
         "Montréal", "city"),
        ("Police in the County of Brant said the road was closed.", "County of Brant", "Brant",
         "admin2"),
    ],
)
def test_kind_of_name_spans_resolve_the_name(annotate, text, surface, name, feature) -> None:
    places = {p.text: p for p in annotate(text, stages=GEO).places}
    assert surface in places, places
    assert (places[surface].name, places[surface].feature) == (name, feature)


def test_a_comma_joined_entity_splits_into_its_places(annotate) -> None:
    """The model sometimes tags "Thruxton, Hampshire" as one name the gazetteer lacks."""
    doc = annotate("He lives in Thruxton, Hampshire.", stages=("nlp",))
    first = next(e for e in doc.entities if e.text == "Thruxton")
    last = next(e for e in doc.entities if e.text == "Hampshire")
    joined = Entity("GPE", first.start, last.end, first.token_start, last.token_end,
                    doc.document.text[first.start : last.end])
    tops = recognise(replace(doc, entities=(joined,)), load_gazetteer())
    assert [t.text for t in tops] == ["Thruxton", "Hampshire"]
