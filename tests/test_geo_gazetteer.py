"""The gazetteer index: lookups, ids, coordinates and the in-memory seam."""

from __future__ import annotations

import pytest

from dateline.geo import load_gazetteer, make_gazetteer
from dateline.geo.build import Row
from dateline.geo.normal import name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [("Kandahār", "KANDAHAR"), ("Sar-e Pul", "Sar e Pul"), ("Kabul's", "Kabul"),
     ("the Netherlands", "Netherlands"), ("Côte d’Ivoire", "Cote d'Ivoire"),
     ("St. Petersburg", "Saint Petersburg")],
)
def test_name_keys_meet(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("name", "feature", "country"),
    [("Afghanistan", "country", "AFG"), ("Nangarhar", "admin1", "AFG"),
     ("Kunar", "admin1", "AFG"), ("Kandahar", "city", "AFG"), ("Qandahar", "city", "AFG"),
     ("Kiev", "city", "UKR"), ("eastern Afghanistan", "region", "AFG"),
     ("Gaza", "region", "PSE"), ("Africa", "region", None), ("Va.", "admin1", "USA")],
)
def test_lookup_finds_the_record(name: str, feature: str, country: str | None) -> None:
    found = load_gazetteer().lookup(name)
    assert any(r.feature == feature and r.country == country for r in found), found


def test_records_carry_geonames_ids_and_coordinates() -> None:
    afg = load_gazetteer().country("AFG")
    assert afg is not None
    assert afg.gid == "geonames:1149361"
    assert 29 < afg.lat < 39 and 60 < afg.lon < 75
    assert afg.population > 1_000_000


def test_capital_and_demonym() -> None:
    gaz = load_gazetteer()
    kabul = gaz.capital("AFG")
    assert kabul is not None and kabul.name == "Kabul"
    assert gaz.demonym("Afghan") == "AFG"
    assert gaz.demonym("officials") is None


def test_in_memory_gazetteer_is_the_same_seam() -> None:
    row = Row("dateline:test", "Testville", "city", "PPL", "AFG", None, 1.0, 2.0, 10,
              ("Testville", "Test Ville"))
    gaz = make_gazetteer([row])
    assert [r.name for r in gaz.lookup("test-ville")] == ["Testville"]
    assert gaz.lookup("Paris") == []
