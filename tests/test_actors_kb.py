"""The shipped knowledge base: coverage, consistency, lookups."""

from __future__ import annotations

from importlib import resources

import pycountry
import pytest

from dateline.actors import build_kb, load_kb
from dateline.actors.loader import SHIPPED, actor_from_row, read_rows
from dateline.actors.text import acronym_key, is_acronym, name_key

# a sample of UN member states and territories that must be present under their ISO code
STATES = ["AFG", "USA", "PSE", "TWN", "SSD", "XKX", "VAT", "HKG", "PRI", "ESH", "COD", "CIV"]


def test_every_iso_country_with_people_is_present() -> None:
    kb = load_kb()
    missing = [c.alpha_3 for c in pycountry.countries if kb.get(c.alpha_3) is None]
    assert set(missing) <= {"ATA", "BVT", "HMD", "UMI", "SGS", "IOT", "ATF", "PCN", "CCK", "CXR",
                            "NFK", "TKL", "SJM", "BES"}


@pytest.mark.parametrize("code", STATES)
def test_states_are_countries(code: str) -> None:
    actor = load_kb().get(code)
    assert actor is not None and actor.type == "country" and actor.country == code


def test_at_least_150_armed_groups_and_movements() -> None:
    kb = load_kb()
    groups = [a for a in kb.actors.values() if a.type in {"armed_group", "party"}]
    assert len(groups) >= 150


def test_no_name_points_to_two_shipped_actors() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for name in SHIPPED:
        text = resources.files("dateline.data.actors").joinpath(name).read_text("utf-8")
        kind, rows = read_rows(text, name)
        if kind != "actors":
            continue
        for row in rows:
            actor, demonyms, metonyms = actor_from_row(row)
            for alias in (actor.name, *actor.aliases, *demonyms, *metonyms):
                key = acronym_key(alias) if is_acronym(alias) else name_key(alias)
                if owner.setdefault(key, actor.id) != actor.id:
                    clashes.append((alias, owner[key], actor.id))
    assert clashes == []


@pytest.mark.parametrize(
    ("text", "actor_id", "kind"),
    [
        ("ISIS-K", "iskp", "name"),
        ("Islamic State – Khorasan Province", "iskp", "name"),
        ("U.N.", "un", "name"),
        ("UN", "un", "name"),
        ("Afghan", "AFG", "demonym"),
        ("Kabul", "AFG", "metonym"),
        ("the Kurdistan Workers Party", "pkk", "name"),
        ("Côte d'Ivoire", "CIV", "name"),
        ("Cote d'Ivoire", "CIV", "name"),
    ],
)
def test_lookup(text: str, actor_id: str, kind: str) -> None:
    hit = load_kb().lookup(text)
    assert hit is not None and (hit.actor.id, hit.kind) == (actor_id, kind)


@pytest.mark.parametrize("text", ["us", "who", "afghan", "is", "the"])
def test_lower_case_words_do_not_match(text: str) -> None:
    assert load_kb().lookup(text) is None


def test_fuzzy_respects_the_threshold() -> None:
    strict = build_kb(fuzzy_threshold=99.5)
    loose = build_kb(fuzzy_threshold=85)
    assert strict.fuzzy("Hezbolah movement") is None
    hit = loose.fuzzy("Lashkar-e-Tiaba")
    assert hit is not None and hit.actor.id == "lashkar_e_taiba"


def test_kb_is_cached_per_process() -> None:
    assert load_kb() is load_kb()
