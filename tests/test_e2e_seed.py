"""The article dateline started from (../shared/seeds/), end to end through the CLI's
library function. Nothing in the pipeline knows this text: these are its real outputs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Rejected
from dateline.runner import extract_paths


@pytest.fixture(scope="module")
def seed_records(seed_path: Path) -> list[dict[str, Any]]:
    records = list(extract_paths([str(seed_path)]))
    assert not [r for r in records if isinstance(r, Rejected)]
    return [r for r in records if isinstance(r, dict)]


def _find(records: list[dict[str, Any]], trigger: str) -> list[dict[str, Any]]:
    return [r for r in records if r["evidence"]["trigger"].split()[0] == trigger]


def _ids(refs: list[dict[str, Any]]) -> set[str | None]:
    return {ref.get("id") for ref in refs}


def test_the_killing_of_isis_k_leaders(seed_records: list[dict[str, Any]]) -> None:
    [event] = _find(seed_records, "killed")
    assert event["event"] == "ASSAULT"
    assert _ids(event["actor"]) == {"taliban"}
    assert _ids(event["recipient"]) == {"iskp"}
    assert event["date"]["value"] == "2023"
    assert event["date"]["basis"] == "relative"
    assert (event["date"]["start"], event["date"]["end"]) == ("2023-01-01", "2023-12-31")
    assert event["location"]["country"] == "AFG"
    assert event["attribution"]["source"] == "US officials"
    assert event["modality"] == "asserted"
    assert event["magnitude"]["dead"] == 8
    assert event["document"]["date"] == "2024-03-24"


def test_isis_k_was_established_in_2015(seed_records: list[dict[str, Any]]) -> None:
    [event] = _find(seed_records, "established")
    assert event["date"]["value"] == "2015"
    assert event["date"]["basis"] == "explicit"


def test_un_monitors_cautioned_this_year(seed_records: list[dict[str, Any]]) -> None:
    [event] = _find(seed_records, "cautioned")
    assert _ids(event["actor"]) == {"un"}
    assert event["date"]["value"] == "2024"
    assert event["date"]["basis"] == "relative"


def test_the_executions_are_alleged_by_human_rights_groups(
    seed_records: list[dict[str, Any]],
) -> None:
    [event] = _find(seed_records, "executing")
    assert event["event"] == "ASSAULT"
    assert event["modality"] == "alleged"
    assert "human rights groups" in event["attribution"]["source"]
    assert _ids(event["actor"]) == {"taliban"}


def test_no_event_is_dated_by_publication_when_the_text_gives_a_time(
    seed_records: list[dict[str, Any]],
) -> None:
    dated = {r["evidence"]["trigger"]: r["date"]["basis"] for r in seed_records}
    assert dated["airstrikes"] == "explicit"  # "Before the US-led war … ended in 2021"


def test_offsets_point_at_the_trigger_in_the_text_as_read(
    seed_records: list[dict[str, Any]], seed_path: Path
) -> None:
    # the body as read: the file after its "date YYYY-MM-DD" header and the space after it
    body = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", seed_path.read_text("utf-8"), count=1)
    for record in seed_records:
        evidence = record["evidence"]
        assert body[evidence["trigger_start"] : evidence["trigger_end"]] == evidence["trigger"]
        assert body[evidence["start"] : evidence["end"]] == evidence["sentence"]
