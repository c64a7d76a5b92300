"""One error shape for every error the API returns.

``{"error": {"status": 422, "code": "invalid_parameter", "message": "...", "details": [...]}}``
whether the error is a bad query parameter, an unknown route, a missing record, a refused
write or a bug (500, with no traceback leaked).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.errors import DatelineError, InputError, StoreError

log = logging.getLogger("dateline.api")

# status → code for errors raised by the framework (unknown route, wrong method…)
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
}


class ApiError(Exception):
    """An error the API answers with on purpose (not found, refused, invalid…)."""

    def __init__(
        self, status: int, code: str, message: str, details: Any = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers


def error_body(status: int, code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "details": details}}


def error_response(
    status: int, code: str, message: str, details: Any = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(status, code, message, details), status, headers=headers)


def not_found(what: str, key: str) -> ApiError:
    return ApiError(404, "not_found", f"no {what} with id {key!r}", {"id": key})


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Pydantic's errors, reduced to where, what and the offending value (no internals)."""
    details = []
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        details.append({
            "in": loc[0] if loc else None,
            "field": ".".join(loc[1:]) or None,
            "type": err.get("type"),
            "message": err.get("msg"),
        })
    return details


async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = _validation_details(exc)
    fields = ", ".join(sorted({d["field"] or d["in"] or "?" for d in details}))
    return error_response(422, "invalid_parameter", f"invalid request: {fields}", details)


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
    if exc.status_code == 404:
        message = f"no route {request.url.path}"
    return error_response(exc.status_code, code, message, None, getattr(exc, "headers", None))


async def _on_dateline(request: Request, exc: Exception) -> JSONResponse:
    """Library errors at the edge: bad input is the caller's, a store problem is ours."""
    if isinstance(exc, InputError | ValueError):  # QueryError is a ValueError: bad argument
        return error_response(422, "invalid_input", str(exc))
    if isinstance(exc, StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(503, "store_unavailable", str(exc))
    return error_response(400, "dateline_error", str(exc))


async def _on_crash(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(DatelineError, _on_dateline)
    app.add_exception_handler(Exception, _on_crash)


__all__ = ["ApiError", "error_body", "error_response", "install_error_handlers", "not_found"]
