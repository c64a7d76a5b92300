"""PLOVER event extraction: lexicon, triggers, roles, modality, attribution, magnitude.

The stage (``dateline.stages.events.EventStage``) calls ``extract_events``; the store can
link reports of the same happening with ``cluster_key``/``same_cluster``.
"""

from __future__ import annotations

from dateline.events.build import event_id, extract_events
from dateline.events.lexicon import Lexicon, load
from dateline.events.merge import cluster_interval, cluster_key, same_cluster

__all__ = [
    "Lexicon", "cluster_interval", "cluster_key", "event_id", "extract_events", "load",
    "same_cluster",
]  # fmt: skip
