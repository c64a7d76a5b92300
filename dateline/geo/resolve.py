"""Toponym resolution: pick one gazetteer record per recognised toponym.

Scores combine a prior (log population, feature class, capital, display-name match)
with the document's context: the countries and first-level divisions its other
toponyms name, "X, Y" qualifiers ("Paris, Texas"), the feature the text asks for
("Kandahar province") and, when known, the countries of the document's actors.
Two passes: the first resolves every name on its prior alone, the second rescores
each name against the context the *other* names give.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from dateline.geo.index import Gazetteer, GeoRecord
from dateline.geo.normal import name_key
from dateline.geo.recognise import Toponym

FEATURE_PRIOR = {"country": 2.5, "region": 2.0, "admin1": 1.0, "admin2": 0.5, "city": 0.0}
PRIMARY_BONUS = 2.0  # "Salisbury" is Salisbury, not Harare (once called Salisbury)
CAPITAL_BONUS = 2.5  # "Washington" the capital more often than the state
CONTEXT_WEIGHT = 4.0  # a candidate in the document's main country
ADMIN1_WEIGHT = 3.0  # a candidate inside a province/state the document names
ACTOR_WEIGHT = 1.0
HINT_WEIGHT = 4.0
POP_WEIGHT = 1.0  # per power of ten people
SEAT_BONUS = 1.5
SEAT_SHARE = 0.2  # a city with less of its namesake province's people is not its seat


@dataclass(frozen=True, slots=True)
class Context:
    countries: Counter[str]
    admin1: Counter[tuple[str | None, str]]
    actor_countries: frozenset[str] = frozenset()

    def share(self, iso3: str | None) -> float:
        total = sum(self.countries.values())
        return self.countries[iso3] / total if iso3 and total else 0.0

    def admin1_share(self, country: str | None, admin1: str | None) -> float:
        """How much of the document's province/state talk is about this one: a town in
        the only state named gains fully, one in one of seven states named a seventh."""
        total = sum(self.admin1.values())
        return self.admin1[(country, admin1 or "")] / total if total else 0.0


def candidates(gaz: Gazetteer, top: Toponym) -> list[GeoRecord]:
    if top.country is not None:  # a demonym names its country
        return _demonym_records(gaz, top)
    found = gaz.lookup(top.query)
    if top.compass is not None:  # "eastern Afghanistan", "north London": not a region
        # ... unless only a region has the name ("the southern Indian Ocean")
        found = [r for r in found if r.feature != "region"] or found
    if top.hint != "admin2":  # "Washington" is not Washington County unless the text says so
        found = [r for r in found if r.feature != "admin2" or r.primary]
    if _acronym(top.query):  # "EU", "UK": not the French town of Eu
        found = [r for r in found if r.feature != "city" or r.population >= 1_000_000]
    elif _short(top.query):  # "MoD" is the Ministry of Defence, not Modesto's nickname
        found = [r for r in found if r.primary or r.feature != "city"]
    return found


def _short(text: str) -> bool:
    return sum(c.isalpha() for c in text) <= 3


def _acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters)


def _demonym_records(gaz: Gazetteer, top: Toponym) -> list[GeoRecord]:
    country = gaz.country(top.country or "")
    if country is None:
        return []
    if top.hint == "capital":
        capital = gaz.capital(country.country or "")
        if capital is not None:
            return [capital]
    return [country]


def prior(rec: GeoRecord, top: Toponym, same_name: Sequence[GeoRecord]) -> float:
    score = POP_WEIGHT * math.log10(rec.population + 10) + FEATURE_PRIOR.get(rec.feature, 0.0)
    score += PRIMARY_BONUS if rec.primary else 0.0
    score += CAPITAL_BONUS if rec.fcode == "PPLC" else 0.0
    if top.hint is not None and rec.feature == top.hint:
        score += HINT_WEIGHT
    if rec.feature == "city" and top.hint is None and _is_seat(rec, same_name):
        score += SEAT_BONUS  # "Kandahar", "Kyiv": the city more often than its province
    if rec.feature == "admin2" and top.hint is None and _named_for_city(rec, same_name):
        score -= SEAT_BONUS
    return score


def _is_seat(rec: GeoRecord, same_name: Sequence[GeoRecord]) -> bool:
    """A city named like the division it lies in and holding a good share of its people:
    "Kandahar" the city, but "Quebec" the province (its city has 5% of its people)."""
    return any(
        o.primary and o.feature == "admin1" and o.country == rec.country
        and o.name == rec.admin1 and rec.population >= SEAT_SHARE * o.population
        for o in same_name
    )


def _named_for_city(rec: GeoRecord, same_name: Sequence[GeoRecord]) -> bool:
    """A district named for the city in it ("Edmonton" the census division): the name
    means the city."""
    return any(
        o.primary and o.feature == "city" and o.country == rec.country
        and o.admin1 == rec.admin1
        for o in same_name
    )


def contextual(rec: GeoRecord, ctx: Context) -> float:
    score = CONTEXT_WEIGHT * ctx.share(rec.country)
    if rec.feature in {"city", "admin2"}:
        score += ADMIN1_WEIGHT * ctx.admin1_share(rec.country, rec.admin1)
    if rec.country in ctx.actor_countries:
        score += ACTOR_WEIGHT
    return score


def naive_pick(cands: Sequence[GeoRecord]) -> GeoRecord | None:
    """The baseline: the most populous candidate."""
    return max(cands, key=lambda r: r.population, default=None)


def _context(picks: Sequence[GeoRecord | None], actors: frozenset[str]) -> Context:
    countries: Counter[str] = Counter()
    admin1: Counter[tuple[str | None, str]] = Counter()
    for rec in picks:
        if rec is None or not rec.country:
            continue
        countries[rec.country] += 2 if rec.feature == "country" else 1
        if rec.feature == "admin1":
            admin1[(rec.country, rec.name)] += 1
    return Context(countries, admin1, actors)


def _others(
    toponyms: Sequence[Toponym], picks: Sequence[GeoRecord | None], actors: frozenset[str]
) -> dict[str, Context]:
    """Per name, the context the document's *other* names give: the mentions of one name
    never vouch for each other ("Quebec" the province does not pull "Quebec" to its city)."""
    keys = [name_key(t.query) for t in toponyms]
    return {
        key: _context([p for k, p in zip(keys, picks, strict=True) if k != key], actors)
        for key in set(keys)
    }


def resolve_all(
    gaz: Gazetteer,
    toponyms: Sequence[Toponym],
    actor_countries: frozenset[str] = frozenset(),
    text: str = "",
) -> list[GeoRecord | None]:
    """One record (or None) per toponym, in the same order."""
    cands = [candidates(gaz, t) for t in toponyms]
    priors = [[prior(r, t, cs) for r in cs] for t, cs in zip(toponyms, cands, strict=True)]
    first = [_best(cs, ps) for cs, ps in zip(cands, priors, strict=True)]
    contexts = _others(toponyms, first, actor_countries)
    out = []
    for i, cs in enumerate(cands):
        own = contexts[name_key(toponyms[i].query)]
        scores = [p + contextual(r, own) for r, p in zip(cs, priors[i], strict=True)]
        out.append(_best(cs, scores))
    out = apply_qualifiers(toponyms, cands, out, text)
    return [_compass(gaz, t, r) for t, r in zip(toponyms, out, strict=True)]


def _compass(gaz: Gazetteer, top: Toponym, rec: GeoRecord | None) -> GeoRecord | None:
    """"eastern Afghanistan" without a curated record: shift towards that side."""
    if top.compass is None or rec is None:
        return rec
    lat, lon = rec.lat, rec.lon
    spread = gaz.spread.get(rec.country or "") if rec.feature == "country" else None
    if spread is not None:
        south, north, west, east = spread
        lat, lon = (south + north) / 2, (west + east) / 2
        word = top.compass.replace("-", "")
        lat += 0.3 * (north - south) * (word.startswith("north") - word.startswith("south"))
        lon += 0.3 * (east - west) * (("east" in word) - ("west" in word))
    name = f"{top.compass} {rec.name}"
    return GeoRecord(f"{rec.gid}#{top.compass}", name, "region", "RGN", rec.country,
                     rec.admin1, lat, lon, 0)


def _best(cands: Sequence[GeoRecord], scores: Sequence[float]) -> GeoRecord | None:
    if not cands:
        return None
    return cands[max(range(len(cands)), key=lambda i: scores[i])]


def _inside(inner: GeoRecord, outer: GeoRecord) -> bool:
    if inner.country != outer.country or inner is outer:
        return False
    if outer.feature == "country":
        return inner.feature != "country"
    return (outer.feature == "admin1" and inner.feature in {"city", "admin2"}
            and inner.admin1 == outer.name)


def _pair_score(pair: tuple[GeoRecord, GeoRecord]) -> float:
    x, y = pair
    return math.log10(x.population + 10) + math.log10(y.population + 10) + x.primary + y.primary


def apply_qualifiers(
    toponyms: Sequence[Toponym],
    cands: Sequence[Sequence[GeoRecord]],
    picks: list[GeoRecord | None],
    text: str,
) -> list[GeoRecord | None]:
    """"X, Y" where Y contains one of X's candidates: choose that pair (Paris, Texas)."""
    for i in range(len(toponyms) - 1):
        a, b = toponyms[i], toponyms[i + 1]
        if text[a.end : b.start].strip() != ",":
            continue
        pairs = [(x, y) for y in cands[i + 1] for x in cands[i] if _inside(x, y)]
        if pairs:
            x, y = max(pairs, key=_pair_score)
            picks[i], picks[i + 1] = x, y
    return picks
