"""Expulsions: sending a person out of a country is a deportation (COERCE deport); sending
out another state's envoys, or a state out of a body, cuts relations (SANCTION expel)."""

from __future__ import annotations

import pytest

from dateline import extract


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # the country is the place left, not the party expelled
        ("The reporter was expelled from the country last month.", "COERCE", "deport"),
        ("Two French nuns were expelled from Algeria in 1994.", "COERCE", "deport"),
        ("Zambia expelled the preacher from the country on Friday.", "COERCE", "deport"),
        # envoys and states: relations
        ("The ambassador was expelled from Ghana after the row.", "SANCTION", "expel"),
        ("Algeria expelled two French diplomats on Monday.", "SANCTION", "expel"),
        ("The junta expelled six foreign aid agencies from the north.", "SANCTION", "expel"),
        ("The council expelled Russia from its human rights body.", "SANCTION", "expel"),
    ],
)
def test_who_is_expelled_decides(text: str, event: str, mode: str) -> None:
    found = [(r["event"], r["mode"]) for r in extract(text, date="2024-05-02")]
    assert (event, mode) in found
