"""The page's files: our own never point at the internet; every vendored file is accounted for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dateline.api.app import static_dir

STATIC = static_dir()
VENDOR = STATIC / "vendor"
OURS = sorted(p for p in STATIC.rglob("*") if p.is_file() and VENDOR not in p.parents)


@pytest.mark.parametrize("path", OURS, ids=lambda p: str(p.relative_to(STATIC)))
def test_own_files_load_nothing_from_the_internet(path: Path) -> None:
    text = path.read_text("utf-8")
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text.replace(
        "http://www.w3.org/2000/svg", "")), f"{path.name} refers to a remote URL"


def test_every_vendored_file_is_in_the_readme() -> None:
    readme = (VENDOR / "README.md").read_text("utf-8")
    files = {p.name for p in VENDOR.iterdir()} - {"README.md"}
    missing = {name for name in files if f"`{name}`" not in readme
               and name.split(".")[0] not in readme}
    assert not missing


@pytest.mark.parametrize("name", [
    "d3.min.js", "topojson-client.min.js", "countries-110m.json", "swagger-ui-bundle.js",
    "swagger-ui.css", "iso-numeric.json", "d3.LICENSE.txt", "world-atlas.LICENSE.txt",
])
def test_vendored_file_present(name: str) -> None:
    assert (VENDOR / name).stat().st_size > 0


@pytest.mark.parametrize(("numeric", "alpha3"), [
    ("004", "AFG"), ("586", "PAK"), ("840", "USA"), ("276", "DEU"), ("076", "BRA"),
])
def test_iso_numeric_map(numeric: str, alpha3: str) -> None:
    assert json.loads((VENDOR / "iso-numeric.json").read_text())[numeric] == alpha3


def test_every_map_country_has_an_alpha3() -> None:
    topo = json.loads((VENDOR / "countries-110m.json").read_text())
    codes = json.loads((VENDOR / "iso-numeric.json").read_text())
    ids = [g.get("id") for g in topo["objects"]["countries"]["geometries"]]
    known = [i for i in ids if i in codes]
    assert len(known) / len(ids) > 0.95  # a few disputed areas have no ISO code
