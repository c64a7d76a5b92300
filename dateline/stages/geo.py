"""The geo stages: toponyms → gazetteer places, and each event's location.

``GeoStage`` recognises and resolves toponyms (see ``dateline.geo``); the gazetteer
index loads lazily, once per process. ``EventLocationStage`` sets ``Event.location``.
``place_annotations`` is what ``dateline annotate places`` prints.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from dateline.model import AnnotatedDoc, Place
from dateline.settings import Settings
from dateline.stages import Stage

if TYPE_CHECKING:
    from dateline.geo.index import Gazetteer


def resolve_places(
    doc: AnnotatedDoc, *, gazetteer: Gazetteer | None = None, naive: bool = False
) -> tuple[Place, ...]:
    """Recognise and resolve the document's toponyms.

    ``gazetteer``: the shipped index when None; ``naive``: pick the most populous
    candidate (the evaluation's baseline) instead of using context.
    """
    from dateline.geo.index import load_gazetteer
    from dateline.geo.recognise import recognise
    from dateline.geo.resolve import candidates, naive_pick, resolve_all

    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    toponyms = recognise(doc, gaz)
    if naive:
        records = [naive_pick(candidates(gaz, t)) for t in toponyms]
    else:
        actors = frozenset(m.country for m in doc.mentions if m.country)
        records = resolve_all(gaz, toponyms, actors, doc.document.text)
    places = []
    for top, rec in zip(toponyms, records, strict=True):
        if rec is None and top.label == "FAC":
            continue  # an unknown building or road is not worth reporting unresolved
        base = Place(top.start, top.end, top.text, None, token_start=top.token_start,
                     token_end=top.token_end)
        if rec is not None:
            base = replace(base, name=rec.name, country=rec.country, admin1=rec.admin1,
                           lat=rec.lat, lon=rec.lon, gazetteer_id=rec.gid,
                           feature=rec.feature, population=rec.population or None)
        places.append(base)
    return tuple(places)


class GeoStage(Stage):
    name = "geo"
    version = "0.1.0"
    requires = ("tokens", "sentences", "entities")
    assigns = ("places",)

    def __init__(self, settings: Settings | None = None, *, gazetteer: Gazetteer | None = None):
        super().__init__(settings)
        self.gazetteer = gazetteer  # None: the shipped index, loaded once per process

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        return replace(doc, places=resolve_places(doc, gazetteer=self.gazetteer))


class EventLocationStage(Stage):
    name = "locating"
    version = "0.1.0"
    requires = ("events", "places")
    assigns = ("event_locations",)

    def process(self, doc: AnnotatedDoc) -> AnnotatedDoc:
        from dateline.geo.locate import locate

        events = tuple(replace(e, location=locate(doc, e)) for e in doc.events)
        return replace(doc, events=events)


def place_annotations(doc: AnnotatedDoc) -> list[dict[str, Any]]:
    """One JSON-ready dict per toponym (``dateline annotate places``); offsets are raw."""
    to_raw = doc.document.to_raw
    return [
        {
            "start": to_raw(p.start), "end": to_raw(p.end), "text": p.text, "name": p.name,
            "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
            "gazetteer_id": p.gazetteer_id, "feature": p.feature,
        }
        for p in doc.places
    ]
