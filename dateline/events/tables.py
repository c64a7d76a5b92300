"""PLOVER vocabularies and tables (PLOVER manual, draft 2021): types, modes, contexts,
quad classes and conflict/cooperation scores.

Two readings of the manual are ours and documented in docs/events.md:
- the score table prints ACCUSE as "3"; every ACCUSE mode is negative and ACCUSE is verbal
  conflict, so the sign is a typo and we use -3.0;
- a mode missing from the score table (e.g. ASSAULT ``firearms`` is there, RETREAT
  ``release`` is there, but PROTEST ``vandalize`` is not) falls back to the type's score.
"""

from __future__ import annotations

TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

QUAD: dict[str, str] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "PROTEST": "material_conflict",
    "SANCTION": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}

_SHARED_REQUEST_MODES = ("assist", "change", "yield", "meet")

MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": _SHARED_REQUEST_MODES,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": _SHARED_REQUEST_MODES,
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    ),
    "ASSAULT": (
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ),
}

CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security",
    "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
    "corruption", "illegal_drugs", "trafficking", "humanitarian",
)  # fmt: skip

AUXILIARY: tuple[str, ...] = ("historical", "future", "hypothetical", "negation")

_TYPE_SCORE: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5,
    "AID": 10.0, "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0,
    "THREATEN": -3.5, "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0,
    "ASSAULT": -9.0,
}  # fmt: skip

_MODE_SCORE: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0, ("CONSULT", "third-party"): 1.0,
    ("CONSULT", "multilateral"): 4.0, ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0, ("REQUEST", "yield"): -1.0,
    ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0, ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2.0, ("REJECT", "yield"): -2.0,
    ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0, ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5, ("THREATEN", "expel"): -3.5,
    ("THREATEN", "territory"): -4.0, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0, ("PROTEST", "riot"): -7.0, ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0, ("SANCTION", "expel"): -5.5,
    ("SANCTION", "withdraw"): -6.0, ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5, ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0, ("COERCE", "restrict"): -7.0, ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7.0,
    ("COERCE", "deport"): -7.0, ("COERCE", "withhold"): -7.0,
    ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0, ("ASSAULT", "firearms"): -9.0,
    ("ASSAULT", "explosives"): -9.0, ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}  # fmt: skip

# modes that imply a context of the same meaning (manual, COERCE modes table)
MODE_CONTEXT: dict[tuple[str, str], str] = {
    ("COERCE", "cyber"): "cyber",
    ("COERCE", "misinformation"): "misinformation",
    ("ASSAULT", "unconventional"): "cbrn",
}


def quad(event_type: str) -> str:
    """The PLOVER quad class of a type."""
    return QUAD[event_type]


def score(event_type: str, mode: str | None = None) -> float:
    """The PLOVER conflict/cooperation score of a type and (optional) mode."""
    if mode is not None and (event_type, mode) in _MODE_SCORE:
        return _MODE_SCORE[(event_type, mode)]
    return _TYPE_SCORE[event_type]


def valid_mode(event_type: str, mode: str) -> bool:
    return mode in MODES.get(event_type, ())
