"""The bundled sample corpus (examples/corpus), end to end: concrete events that the
hand-written reports state, checked field by field (see examples/corpus/EXPECTED.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dateline.model import Rejected
from dateline.runner import extract_paths

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    results = list(extract_paths([str(CORPUS)]))
    assert not [r for r in results if isinstance(r, Rejected)], "the sample corpus reads cleanly"
    return [r for r in results if isinstance(r, dict)]


def _document(record: dict[str, Any]) -> str:
    doc = record["document"]
    return f"{Path(doc['source_file'] or '').name} {doc.get('title') or ''}"


def _event(records: list[dict[str, Any]], document: str, trigger: str) -> dict[str, Any]:
    found = [
        r
        for r in records
        if document in _document(r) and f"{r['evidence']['trigger']} ".startswith(f"{trigger} ")
    ]
    assert found, f"no event triggered by {trigger!r} in {document}"
    return found[0]


def _ids(refs: list[dict[str, Any]]) -> set[str]:
    return {ref["id"] for ref in refs if ref.get("id")}


# document, trigger, type, actor ids (subset), date value, date basis, location country
CASES = [
    ("kabul-airport-bombing-2021", "attacked", "ASSAULT", set(), "2021-08-26", "relative", "AFG"),
    ("crimea-annexation-2014", "seized", "COERCE", set(), "2014-03-19", "relative", "UKR"),
    ("sudan-fighting-2023", "fought", "ASSAULT", {"SDN", "rsf"}, "2023-04-17", "relative", "SDN"),
    ("sudan-fighting-2023", "killed", "ASSAULT", set(), "2023-04-15/..", "relative", "SDN"),
    ("houthi-strikes-2024", "attacked", "ASSAULT", {"houthis"}, "2023-11/..", "relative", None),
    ("houthi-strikes-2024", "rallied", "PROTEST", set(), "2024-01-12", "relative", "YEM"),
    ("Soleimani", "drone strike", "ASSAULT", {"USA"}, "2020-01-03", "relative", "IRQ"),
    ("Soleimani", "stormed", "ASSAULT", set(), "2019-12-31", "relative", "IRQ"),
    (
        "cut ties with Qatar",
        "cut diplomatic ties",
        "SANCTION",
        {"SAU"},
        "2017-06-05",
        "relative",
        None,
    ),
    ("Niger junta", "detained", "COERCE", set(), "2023-07-26", "relative", "NER"),
    ("Niger junta", "accused", "ACCUSE", {"NER"}, "2023-07-31", "relative", None),
    ("singapore-summit-2018", "met", "CONSULT", {"PRK"}, "2018-06-12", "relative", "SGP"),
    ("india-pakistan-ceasefire-2025", "killed", "ASSAULT", set(), "2025-04-22", "relative", "IND"),
]


@pytest.mark.parametrize(
    ("document", "trigger", "event_type", "actors", "date", "basis", "country"), CASES
)
def test_corpus_events(
    records: list[dict[str, Any]],
    document: str,
    trigger: str,
    event_type: str,
    actors: set[str],
    date: str,
    basis: str,
    country: str | None,
) -> None:
    event = _event(records, document, trigger)
    assert event["event"] == event_type
    assert actors <= _ids(event["actor"])
    assert (event["date"]["value"], event["date"]["basis"]) == (date, basis)
    if country:
        assert event["location"]["country"] == country


@pytest.mark.parametrize(
    ("document", "trigger", "source"),
    [
        ("kabul-airport-bombing-2021", "attacked", "US and Afghan officials"),
        ("crimea-annexation-2014", "killed", "Ukrainian defence ministry"),
        ("sudan-fighting-2023", "fought", "residents"),
        ("houthi-strikes-2024", "struck", "US military"),
        ("Soleimani", "drone strike", "Pentagon"),
    ],
)
def test_corpus_attributions(
    records: list[dict[str, Any]], document: str, trigger: str, source: str
) -> None:
    assert source in _event(records, document, trigger)["attribution"]["source"]


@pytest.mark.parametrize(
    ("document", "trigger", "modality"),
    [
        ("crimea-annexation-2014", "meet", "future"),  # EU leaders will meet
        ("crimea-annexation-2014", "seizures", "denied"),  # Moscow denied
        ("Nigerian military retracts", "rescued", "alleged"),  # a claim, later retracted
        ("Soleimani", "send about 3,000", "future"),
        ("singapore-summit-2018", "meet", "future"),
    ],
)
def test_corpus_modality(
    records: list[dict[str, Any]], document: str, trigger: str, modality: str
) -> None:
    assert _event(records, document, trigger)["modality"] == modality


def test_the_duplicate_report_is_read_once(records: list[dict[str, Any]]) -> None:
    documents = {r["document"]["id"] for r in records if "Baghdadi" in r["evidence"]["sentence"]}
    assert len(documents) == 1


def test_every_event_is_dated_and_points_into_its_sentence(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert record["date"]["basis"] in {"explicit", "relative", "inferred", "publication"}
        evidence = record["evidence"]
        assert evidence["start"] <= evidence["trigger_start"] < evidence["trigger_end"]
        assert evidence["trigger_end"] <= evidence["end"]
