"""Toponym resolution on short texts: ambiguous names, regions, provinces, spellings."""

from __future__ import annotations

import pytest

from dateline.model import Place

GEO = ("nlp", "geo")


def _place(annotate, text: str, surface: str) -> Place:
    doc = annotate(text, stages=GEO)
    found = [p for p in doc.places if p.text == surface]
    assert found, f"{surface!r} not among {[p.text for p in doc.places]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "country", "admin1"),
    [
        ("Crowds gathered in Paris on Saturday to protest.", "Paris", "FRA", None),
        ("She grew up in Paris, Texas, and moved to Dallas.", "Paris", "USA", "Texas"),
        ("Russian tanks entered Georgia and shelled Gori.", "Georgia", "GEO", None),
        ("Storms hit Atlanta and flooded roads across Georgia.", "Georgia", "USA", None),
        ("Gunmen fired on a convoy in Tripoli, Lebanon, near the Syrian border.", "Tripoli",
         "LBN", None),
        ("Rival militias clashed in Tripoli while Benghazi stayed calm.", "Tripoli", "LBY", None),
        ("Lebanese troops deployed in Tripoli after clashes in Beirut.", "Tripoli", "LBN", None),
        ("Talks resumed in St. Petersburg on Monday.", "St. Petersburg", "RUS", None),
        ("She flew to Cape Town last week.", "Cape Town", "ZAF", None),
        ("He was born in Trinidad and Tobago.", "Trinidad and Tobago", "TTO", None),
        ("Washington imposed new sanctions on Monday.", "Washington", "USA",
         "District of Columbia"),
    ],
)
def test_ambiguous_names_follow_context(annotate, text, surface, country, admin1) -> None:
    place = _place(annotate, text, surface)
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("A bomb exploded at a market in Qandahar on Friday.", "Qandahar", "Kandahār"),
        ("A bomb exploded at a market in Kandahar on Friday.", "Kandahar", "Kandahār"),
        ("Officials in Kiev denied the report.", "Kiev", "Kyiv"),
        ("Officials in Kyiv denied the report.", "Kyiv", "Kyiv"),
    ],
)
def test_spellings_and_transliterations_meet(annotate, text, surface, name) -> None:
    place = _place(annotate, text, surface)
    assert place.name == name
    assert place.feature == "city"


@pytest.mark.parametrize(
    ("text", "surface", "feature", "country"),
    [
        ("Fighting spread across eastern Afghanistan last week.", "eastern Afghanistan",
         "region", "AFG"),
        ("Air strikes hit northern Syria overnight.", "northern Syria", "region", "SYR"),
        ("Settlers attacked a village in the West Bank.", "West Bank", "region", "PSE"),
        ("Drought has worsened across the Sahel this year.", "Sahel", "region", None),
        ("Shelling went on in the Donbas on Monday.", "Donbas", "region", "UKR"),
        ("Two soldiers died in Kunar province on Monday.", "Kunar province", "admin1", "AFG"),
        ("Police raided homes in Nangarhar province.", "Nangarhar province", "admin1", "AFG"),
        ("Protests spread to southern Peru this week.", "southern Peru", "region", "PER"),
        ("Clashes broke out in Achin district on Sunday.", "Achin district", "admin2", "AFG"),
        ("Deputies searched a farm in Morris County, New Jersey.", "Morris County", "admin2",
         "USA"),
    ],
)
def test_regions_and_provinces(annotate, text, surface, feature, country) -> None:
    place = _place(annotate, text, surface)
    assert place.feature == feature
    assert place.country == country
    assert place.lat is not None and place.lon is not None


def test_compass_region_moves_towards_its_side(annotate) -> None:
    doc = annotate("Floods hit northern Peru and southern Peru.", stages=GEO)
    north, south = (p for p in doc.places if p.feature == "region")
    assert north.lat is not None and south.lat is not None
    assert north.lat > south.lat


@pytest.mark.parametrize(
    ("text", "surface", "country", "feature"),
    [
        ("The drone strayed into Afghan airspace on Tuesday.", "Afghan", "AFG", "country"),
        ("Talks were held in the Afghan capital on Monday.", "Afghan", "AFG", "city"),
    ],
)
def test_demonyms_locate_only_with_a_place_noun(annotate, text, surface, country,
                                                feature) -> None:
    place = _place(annotate, text, surface)
    assert (place.country, place.feature) == (country, feature)


@pytest.mark.parametrize(
    "text",
    ["Afghan officials met their counterparts on Monday.",
     "The Syrian delegation left early."],
)
def test_demonyms_describing_people_are_not_places(annotate, text) -> None:
    doc = annotate(text, stages=GEO)
    assert doc.places == ()


def test_village_of_finds_names_the_model_missed(annotate) -> None:
    place = _place(annotate, "They fled the village of Asadabad in Kunar.", "Asadabad")
    assert place.country == "AFG"


@pytest.mark.parametrize(
    ("text", "surface", "feature", "country"),
    [
        # the province: its city holds a twentieth of its people
        ("Voters in Quebec backed the plan, and Montreal agreed.", "Quebec", "admin1", "CAN"),
        # the city, not the census division named for it
        ("Police in Edmonton arrested two men on Friday.", "Edmonton", "city", "CAN"),
        # the capital, not one of the other Washingtons in a state the story names
        ("WASHINGTON (AP) — The Senate passed the bill in Ohio and Iowa.", "WASHINGTON",
         "city", "USA"),
        # a compass word before a name only a region has
        ("The ship sank in the southern Indian Ocean.", "southern Indian Ocean", "region",
         None),
    ],
)
def test_feature_and_capital_preferences(annotate, text, surface, feature, country) -> None:
    place = _place(annotate, text, surface)
    assert (place.feature, place.country) == (feature, country)


def test_capital_is_the_district_of_columbia(annotate) -> None:
    place = _place(annotate, "WASHINGTON (AP) — The Senate passed the bill in Ohio and Iowa.",
                   "WASHINGTON")
    assert place.admin1 == "District of Columbia"
