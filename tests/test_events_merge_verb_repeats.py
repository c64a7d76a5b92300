"""One event, not many: the same verb telling the same act between the same parties further
down a report is that act told again (merge.link_verb_repeats), unless the report marks a
repeat or names another date."""

from __future__ import annotations

from typing import Any

import pytest

from dateline import extract

LEAD = "Rebel fighters attacked the Army garrison at Kalemie on Tuesday, residents said. "
MIDDLE = "The town has changed hands twice this year. Aid groups have left the area. "


def assaults(text: str) -> list[dict[str, Any]]:
    return [r for r in extract(text, date="2024-05-02") if r["event"] == "ASSAULT"]


def test_the_lead_told_again_is_one_record() -> None:
    recs = assaults(f"{LEAD}{MIDDLE}The rebel fighters attacked the Army garrison from the hills.")
    assert len(recs) == 1
    assert [o["trigger"] for o in recs[0]["other_evidence"]] == ["attacked"]


@pytest.mark.parametrize(
    "later",
    [
        # the report says it is a second act
        "The rebel fighters attacked the Army garrison again at dawn.",
        # another day
        "The rebel fighters attacked the Army garrison on Thursday.",
        # another target
        "The rebel fighters attacked a police station near the lake.",
    ],
)
def test_a_repeat_another_day_or_another_target_stays_apart(later: str) -> None:
    recs = assaults(f"{LEAD}{MIDDLE}{later}")
    assert len(recs) == 2
    assert not any(r["other_evidence"] for r in recs)
