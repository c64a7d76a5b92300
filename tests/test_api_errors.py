"""Every error, whatever its cause, answers in one shape; bad parameters never reach SQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from webdata import EVENT_COUNT, build_store, call

from dateline.api import create_app
from dateline.errors import StoreError


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("errors") / "web.duckdb")


@pytest.fixture(scope="module")
def app(db: Path) -> Any:
    return create_app(str(db))


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error: dict[str, Any] = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert (error["status"], error["code"]) == (status, code)
    assert isinstance(error["message"], str) and error["message"]
    return error


@pytest.mark.parametrize(("path", "params", "field"), [
    ("/api/events", {"since": "2024-13-01"}, "since"),
    ("/api/events", {"since": "yesterday"}, "since"),
    ("/api/events", {"until": "0001-01-01"}, "until"),
    ("/api/events", {"as_of": "9999-12-31"}, "as_of"),
    ("/api/events", {"limit": "100000"}, "limit"),
    ("/api/events", {"limit": "0"}, "limit"),
    ("/api/events", {"limit": "-5"}, "limit"),
    ("/api/events", {"offset": "-1"}, "offset"),
    ("/api/events", {"offset": "1e99"}, "offset"),
    ("/api/events", {"type": "BOMBING"}, "type"),
    ("/api/events", {"modality": "certain"}, "modality"),
    ("/api/events", {"sort": "id; DROP TABLE events"}, "sort"),
    ("/api/events", {"country": "Afghanistan"}, "country"),
    ("/api/events", {"country": "AF'"}, "country"),
    ("/api/events", {"text": "x" * 500}, "text"),
    ("/api/events", {"colour": "red"}, "colour"),
    ("/api/events", {"limt": "5"}, "limt"),
    ("/api/actors", {"limit": "5000"}, "limit"),
    ("/api/actors", {"q": "front"}, "q"),
    ("/api/network", {"limit": "1001"}, "limit"),
    ("/api/network", {"as_of": "2024-02-30"}, "as_of"),
    ("/api/places", {"as_of": "1700-01-01"}, "as_of"),
    ("/api/places", {"actor": "x"}, "actor"),
    ("/api/aggregates/month", {"limit": "10"}, "limit"),
    ("/api/aggregates/sector", {}, "by"),
    ("/api/actors/northern_front/timeline", {"as_of": "soon"}, "as_of"),
])
def test_bad_parameters(app: Any, path: str, params: dict[str, str], field: str) -> None:
    error = assert_error(call(app, "GET", path, params=params), 422, "invalid_parameter")
    assert field in {d["field"] for d in error["details"]}


def test_since_after_until(app: Any) -> None:
    response = call(app, "GET", "/api/events", params={"since": "2024-05-01",
                                                       "until": "2024-01-01"})
    error = assert_error(response, 422, "invalid_parameter")
    assert "since" in error["details"][0]["message"]


@pytest.mark.parametrize("words", [
    "' OR 1=1 --",
    "x'); DROP TABLE events; --",
    "%",
    "_",
    "\\",
    "northern_front' UNION SELECT record FROM events --",
])
@pytest.mark.parametrize("param", ["actor", "text"])
def test_injection_attempts_are_plain_words(app: Any, param: str, words: str) -> None:
    response = call(app, "GET", "/api/events", params={param: words})
    assert response.status_code == 200
    assert response.json()["total"] == 0
    # and the store is intact
    assert call(app, "GET", "/api/summary").json()["events"] == EVENT_COUNT


@pytest.mark.parametrize("path", [
    "/api/events/no-such-event",
    "/api/documents/0000",
    "/api/events/' OR '1'='1",
    "/api/actors/no_such_actor/timeline",
])
def test_missing_records(app: Any, path: str) -> None:
    error = assert_error(call(app, "GET", path), 404, "not_found")
    assert error["details"]["id"]


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/static/nothing.js", 404, "not_found"),
    ("DELETE", "/api/events", 405, "method_not_allowed"),
    ("PUT", "/api/documents", 405, "method_not_allowed"),
])
def test_framework_errors_share_the_shape(
    app: Any, method: str, path: str, status: int, code: str
) -> None:
    assert_error(call(app, method, path), status, code)


def test_too_long_id(app: Any) -> None:
    assert_error(call(app, "GET", "/api/events/" + "a" * 300), 422, "invalid_parameter")


def test_a_crash_is_a_500_in_the_shape_without_internals(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(str(db))
    store = app.state.access._store

    def broken(**_: Any) -> Any:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(store, "summary", broken)
    error = assert_error(call(app, "GET", "/api/summary"), 500, "internal_error")
    assert "secret" not in error["message"]


def test_a_store_failure_is_a_503(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(str(db))

    def broken(**_: Any) -> Any:
        raise StoreError("query failed: disk on fire")

    monkeypatch.setattr(app.state.access._store, "places", broken)
    assert_error(call(app, "GET", "/api/places"), 503, "store_unavailable")


def test_missing_store_is_an_error_at_start(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        create_app(str(tmp_path / "absent.duckdb"))
