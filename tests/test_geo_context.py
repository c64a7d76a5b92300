"""Context scoring on a small in-memory gazetteer: other names vouch, the same name never."""

from __future__ import annotations

import pytest

from dateline.geo import make_gazetteer
from dateline.geo.build import Row
from dateline.geo.recognise import Toponym
from dateline.geo.resolve import resolve_all

ROWS = [
    Row("t:qc", "Quebec", "admin1", "ADM1", "CAN", "Quebec", 52.0, -72.0, 8_000_000,
        ("Quebec",)),
    Row("t:qcc", "Quebec", "city", "PPL", "CAN", "Quebec", 46.8, -71.2, 500_000, ("Quebec",)),
    Row("t:oh", "Ohio", "admin1", "ADM1", "USA", "Ohio", 40.0, -83.0, 11_000_000, ("Ohio",)),
    Row("t:ia", "Iowa", "admin1", "ADM1", "USA", "Iowa", 42.0, -93.0, 3_000_000, ("Iowa",)),
    Row("t:tx", "Texas", "admin1", "ADM1", "USA", "Texas", 31.0, -99.0, 28_000_000,
        ("Texas",)),
    Row("t:ks", "Kansas", "admin1", "ADM1", "USA", "Kansas", 38.5, -98.0, 2_900_000,
        ("Kansas",)),
    Row("t:wy", "Wyoming", "admin1", "ADM1", "USA", "Wyoming", 43.0, -107.5, 580_000,
        ("Wyoming",)),
    Row("t:wyoh", "Wyoming", "city", "PPL", "USA", "Ohio", 39.2, -84.5, 8_400, ("Wyoming",)),
]


def _tops(*names: str) -> list[Toponym]:
    out, pos = [], 0
    for i, name in enumerate(names):
        out.append(Toponym(pos, pos + len(name), i, i + 1, name, name))
        pos += len(name) + 2
    return out


@pytest.mark.parametrize(
    ("names", "index", "gid"),
    [
        # two mentions of "Quebec" must not make each other's city "inside Quebec"
        (("Quebec", "Quebec"), 1, "t:qc"),
        # one state among several named does not pull a village of that name in
        (("Texas", "Ohio", "Iowa", "Kansas", "Wyoming"), 4, "t:wy"),
        # the only state named does
        (("Ohio", "Ohio", "Wyoming"), 2, "t:wyoh"),
    ],
)
def test_context_comes_from_other_names(names, index, gid) -> None:
    gaz = make_gazetteer(ROWS)
    picks = resolve_all(gaz, _tops(*names))
    assert picks[index] is not None and picks[index].gid == gid
