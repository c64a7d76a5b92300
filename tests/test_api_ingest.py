"""POST /api/documents: refused without a token, refused with a wrong one, stores with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from webdata import EVENT_COUNT, build_store, call, day

from dateline.api import create_app
from dateline.model import AnnotatedDoc, Document, Event, Evidence, Rejected

TOKEN = "correct horse battery staple"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = {"text": "Farmers protested in Lahore on Monday.", "date": "2024-05-08",
          "title": "Farm protest"}


def one_event_per_trigger(document: Document) -> AnnotatedDoc | Rejected:
    """A stand-in for the pipeline: a PROTEST event wherever "protested" occurs."""
    if "reject me" in document.text:
        return Rejected(document.id, "test", "asked to be rejected")
    at = document.text.find("protested")
    events: tuple[Event, ...] = ()
    if at >= 0:
        evidence = Evidence(document.text, 0, len(document.text), "protested", at, at + 9, 0)
        events = (Event(id=f"{document.id[:16]}-0", event="PROTEST", evidence=evidence,
                        quad="material_conflict", date=day("on Monday", "2024-05-06")),)
    return AnnotatedDoc(document=document, events=events, done=frozenset({"events"}))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "web.duckdb")


def writer(db: Path) -> Any:
    return create_app(str(db), token=TOKEN, annotator=one_event_per_trigger)


def post(app: Any, body: Any, headers: dict[str, str] | None = None) -> Any:
    return call(app, "POST", "/api/documents", json=body, headers=headers or {})


def test_read_only_server_refuses_writes(db: Path) -> None:
    app = create_app(str(db), annotator=one_event_per_trigger)
    response = post(app, {"documents": [REPORT]}, AUTH)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "read_only"


@pytest.mark.parametrize("headers", [
    {},
    {"Authorization": "Bearer wrong"},
    {"Authorization": TOKEN},
    {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": f"Bearer {TOKEN}x"},
])
def test_wrong_or_missing_token(db: Path, headers: dict[str, str]) -> None:
    app = writer(db)
    response = post(app, {"documents": [REPORT]}, headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"
    assert call(app, "GET", "/api/summary").json()["events"] == EVENT_COUNT


def test_post_stores_and_is_idempotent(db: Path) -> None:
    app = writer(db)
    response = post(app, {"documents": [REPORT]}, AUTH)
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["documents"], body["events"], body["skipped_existing"]) == (1, 1, 0)
    summary = call(app, "GET", "/api/summary").json()
    assert (summary["events"], summary["writable"]) == (EVENT_COUNT + 1, True)
    doc = call(app, "GET", f"/api/documents/{body['document_ids'][0]}").json()
    assert doc["title"] == "Farm protest" and doc["events"][0]["event"] == "PROTEST"
    again = post(app, {"documents": [REPORT]}, AUTH).json()
    assert (again["documents"], again["skipped_existing"]) == (0, 1)


def test_rejections_are_reported(db: Path) -> None:
    app = writer(db)
    body = post(app, {"documents": [{**REPORT, "text": "please reject me"}]}, AUTH).json()
    assert body["rejected"] == 1
    assert body["rejections"][0]["reason"] == "asked to be rejected"


@pytest.mark.parametrize("body", [
    {},
    {"documents": []},
    {"documents": [{"text": "no date"}]},
    {"documents": [{**REPORT, "date": "2024-02-31"}]},
    {"documents": [{**REPORT, "date": "3024-01-01"}]},
    {"documents": [{**REPORT, "text": ""}]},
    {"documents": [{**REPORT, "author": "someone"}]},
    {"documents": [REPORT] * 101},
    {"documents": [REPORT], "force": True},
    [REPORT],
])
def test_bad_bodies(db: Path, body: Any) -> None:
    response = post(writer(db), body, AUTH)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "invalid_parameter"


def test_not_json(db: Path) -> None:
    response = call(writer(db), "POST", "/api/documents", content=b"{not json",
                    headers={**AUTH, "Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["error"]["status"] == 422


def test_post_through_the_real_pipeline(db: Path) -> None:
    app = create_app(str(db), token=TOKEN)
    report = {"text": "Rebels attacked a police station in Kandahar on Monday, officials said.",
              "date": "2024-06-12"}
    body = post(app, {"documents": [report]}, AUTH).json()
    assert (body["documents"], body["rejected"]) == (1, 0)
    doc = call(app, "GET", f"/api/documents/{body['document_ids'][0]}").json()
    assert doc["text"] == report["text"]
    assert len(doc["events"]) == body["events"] >= 1
    assert {e["event"] for e in doc["events"]} == {"ASSAULT"}
