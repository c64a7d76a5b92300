"""Query parameters: every one typed, bounded and checked before the store sees it.

Unknown parameters are refused (``extra="forbid"``) so a typo is an error, not a silently
ignored filter. Values reach the store as Python values that it binds as SQL parameters.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_PAGE = 1000  # largest page any list endpoint returns
MAX_OFFSET = 10_000_000
EARLIEST = dt.date(1800, 1, 1)  # dates outside this window are typos, not history
LATEST = dt.date(2200, 12, 31)


class EventType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Modality(StrEnum):
    asserted = "asserted"
    alleged = "alleged"
    denied = "denied"
    future = "future"
    hypothetical = "hypothetical"
    negated = "negated"


class Sort(StrEnum):
    """``date``: by when the event happened; ``reported``: by the document date;
    ``score``: by Goldstein-style score, most hostile first. ``-`` reverses."""

    date = "date"
    date_desc = "-date"
    reported = "reported"
    reported_desc = "-reported"
    score = "score"
    score_desc = "-score"


class AggregateBy(StrEnum):
    month = "month"
    type = "type"
    country = "country"
    quad = "quad"


Day = Annotated[dt.date, Field(ge=EARLIEST, le=LATEST)]
Words = Annotated[str, Field(min_length=1, max_length=200)]
Limit = Annotated[int, Field(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Field(ge=0, le=MAX_OFFSET)]


class _Query(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_unset(cls, values: Any) -> Any:
        """``?actor=`` (an empty form field) means no filter, as if it were absent."""
        if isinstance(values, dict):
            return {k: v for k, v in values.items() if v != ""}
        return values

    def store_kwargs(self) -> dict[str, Any]:
        """The set parameters as the store's keyword arguments (enums as plain strings)."""
        out = {}
        for key, value in self.model_dump(exclude_none=True).items():
            out[key] = value.value if isinstance(value, StrEnum) else value
        return out


class AsOfQuery(_Query):
    as_of: Day | None = Field(None, description="Only what documents dated on or before this "
                                                "day reported (YYYY-MM-DD).")


class EventFilters(AsOfQuery):
    """The filters of ``dateline events``."""

    actor: Words | None = Field(None, description="Actor id, name or words (either role).")
    type: EventType | None = Field(None, description="PLOVER event type.")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$",
                                description="ISO 3166-1 alpha-3 of the location or a party.")
    since: Day | None = Field(None, description="Events that happened on or after this day.")
    until: Day | None = Field(None, description="Events that happened on or before this day.")
    modality: Modality | None = None
    text: Words | None = Field(None, description="Words in the evidence sentence.")
    cluster: Words | None = Field(None, description="Reports of one happening: a cluster id "
                                                    "from /api/clusters or a record's cluster.")

    @field_validator("type", mode="before")
    @classmethod
    def _upper_type(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value

    @field_validator("country")
    @classmethod
    def _upper_country(cls, value: str | None) -> str | None:
        return value.upper() if value else value

    @model_validator(mode="after")
    def _ordered(self) -> EventFilters:
        if self.since and self.until and self.since > self.until:
            raise ValueError("since must not be after until")
        return self


class EventQuery(EventFilters):
    limit: Limit = 100
    offset: Offset = 0
    sort: Sort = Sort.date


class PageQuery(_Query):
    limit: Limit = 100
    offset: Offset = 0


class ActorQuery(PageQuery):
    search: Words | None = Field(None, description="Words in the actor's name or aliases.")


class NetworkQuery(AsOfQuery):
    limit: Limit = 500


class ClusterQuery(AsOfQuery):
    type: EventType | None = Field(None, description="PLOVER event type.")
    min_reports: int = Field(1, ge=1, le=1_000_000,
                             description="Only clusters reported by at least this many documents.")
    limit: Limit = 100
    offset: Offset = 0

    @field_validator("type", mode="before")
    @classmethod
    def _upper_type(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value


__all__ = [
    "MAX_PAGE",
    "ActorQuery",
    "AggregateBy",
    "AsOfQuery",
    "ClusterQuery",
    "EventFilters",
    "EventQuery",
    "EventType",
    "Modality",
    "NetworkQuery",
    "PageQuery",
    "Sort",
]
