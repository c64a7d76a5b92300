"""Offline gazetteer and toponym resolution (the geo stage's machinery).

``load_gazetteer()`` returns the process-wide index; ``Gazetteer.lookup(name)`` returns
candidate ``GeoRecord``s. See docs/gazetteer.md for the sources and their licences.
"""

from dateline.geo.index import Gazetteer, GeoRecord, load_gazetteer, make_gazetteer

__all__ = ["Gazetteer", "GeoRecord", "load_gazetteer", "make_gazetteer"]
