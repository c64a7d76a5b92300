from __future__ import annotations

import pytest

from dateline.events.tables import QUAD, TYPES, quad, score


@pytest.mark.parametrize(
    ("event", "mode", "expected_quad", "expected_score"),
    [
        ("ASSAULT", None, "material_conflict", -9.0),
        ("ASSAULT", "aerial", "material_conflict", -9.5),
        ("ASSAULT", "beat", "material_conflict", -7.5),
        ("COERCE", "arrest", "material_conflict", -7.0),
        ("ACCUSE", None, "verbal_conflict", -3.0),
        ("ACCUSE", "disapprove", "verbal_conflict", -2.0),
        ("CONSULT", "visit", "verbal_cooperation", 4.0),
        ("AID", None, "material_cooperation", 10.0),
        ("RETREAT", "withdraw", "material_cooperation", 8.0),
        ("MOBILIZE", "militia", "material_conflict", -6.0),
        ("PROTEST", "vandalize", "material_conflict", -5.0),  # not in the table: type score
    ],
)
def test_quad_and_score(
    event: str, mode: str | None, expected_quad: str, expected_score: float
) -> None:
    assert quad(event) == expected_quad
    assert score(event, mode) == expected_score


def test_every_type_has_a_quad_and_score() -> None:
    assert set(QUAD) == set(TYPES)
    for t in TYPES:
        score(t)
