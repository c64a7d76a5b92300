"""POST /api/documents: ingest through the API, only on a server started with a token."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from dateline.api.access import NewDocument, StoreAccess
from dateline.api.errors import ApiError
from dateline.api.params import Day

router = APIRouter(prefix="/api")

MAX_DOCUMENTS = 100  # per request: ingesting is slow; bigger batches belong to the CLI
MAX_CHARS = 200_000


class DocumentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=MAX_CHARS)
    date: Day = Field(description="When it was reported (YYYY-MM-DD).")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)


class DocumentsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1, max_length=MAX_DOCUMENTS)


def authorised(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writes need the server's token as ``Authorization: Bearer <token>``."""
    token: str | None = request.app.state.token
    if token is None:
        raise ApiError(403, "read_only", "this server is read-only; start it with --token "
                                         "to allow ingesting documents")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(401, "unauthorized", "a valid 'Authorization: Bearer <token>' is needed",
                       headers={"WWW-Authenticate": "Bearer"})


@router.post("/documents", status_code=201, dependencies=[Depends(authorised)],
             tags=["documents"], summary="Annotate and store documents (needs the token)")
def post_documents(request: Request, body: DocumentsIn) -> dict[str, Any]:
    store: StoreAccess = request.app.state.access
    docs = [NewDocument(text=d.text, date=d.date, title=d.title, url=d.url, source=d.source)
            for d in body.documents]
    return store.ingest(docs)


__all__ = ["router"]
