"""The FastAPI app: JSON API under /api, the web page at /, offline API docs at /docs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from dateline.api import ingest, routes
from dateline.api.access import Annotator, StoreAccess
from dateline.api.errors import install_error_handlers

VENDOR = "/static/vendor"


def static_dir() -> Path:
    return Path(str(resources.files("dateline.web").joinpath("static")))


def create_app(
    db_path: str, *, token: str | None = None, annotator: Annotator | None = None
) -> FastAPI:
    """The app over the store at ``db_path``: read-only unless a ``token`` allows writes.

    ``annotator`` replaces the default pipeline for POSTed documents (tests, custom stages).
    """
    access = StoreAccess(db_path, writable=token is not None, annotator=annotator)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(
        title="dateline",
        summary="Political events from dated news: who did what to whom, when, where, "
                "according to whom.",
        version=_version(),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.access = access
    app.state.token = token
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    _page_routes(app)
    return app


def _page_routes(app: FastAPI) -> None:
    index = static_dir() / "index.html"

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(index, media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        # FastAPI's default page loads Swagger UI from a CDN; these are vendored copies
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="dateline API",
            swagger_js_url=f"{VENDOR}/swagger-ui-bundle.js",
            swagger_css_url=f"{VENDOR}/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
            # no validator badge: it would be fetched from validator.swagger.io
            swagger_ui_parameters={"validatorUrl": None},
        )


def serve(
    db_path: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None
) -> None:
    """Run the API and web page with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(db_path, token=token), host=host, port=port, log_level="info")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dateline")
    except PackageNotFoundError:
        return "0"


__all__ = ["create_app", "serve"]
