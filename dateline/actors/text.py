"""Name normalisation shared by the knowledge base and the matcher.

Two keys exist for every name: ``name_key`` (lower-cased, accents, dots, apostrophes and a
leading "the" removed, hyphens as spaces) and, for short all-capital names, ``acronym_key``
(case kept) so that "US" and "WHO" never match the words "us" and "who".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[-‐‑‒–—/]")
_DROP = re.compile(r"[.'’‘`´\"“”()\[\],;:!?]")
_SLUG = re.compile(r"[^a-z0-9]+")
ACRONYM_LETTERS = 5  # all-capital names up to this many letters are matched case-sensitively


def strip_accents(text: str) -> str:
    if text.isascii():  # nothing to strip; skips the per-character walk (a profile hot spot)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _clean(text: str) -> str:
    text = _DASHES.sub(" ", strip_accents(text))
    text = text.replace("&", " and ")
    text = _DROP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def raw_key(text: str) -> str:
    """``name_key`` before a leading "the " and a trailing possessive "s" are dropped."""
    return _clean(text).lower()


@lru_cache(maxsize=16384)  # bounded: memory stays flat on long runs
def name_key(text: str) -> str:
    """Case-insensitive key: "the Kurdistan Workers' Party" → "kurdistan workers party"."""
    key = raw_key(text)
    if key.startswith("the "):
        key = key[4:]
    if key.endswith(" s") and ("'s" in text[-3:] or "’s" in text[-3:]):
        key = key[:-2]
    return key


@lru_cache(maxsize=16384)  # bounded: memory stays flat on long runs
def acronym_key(text: str) -> str:
    """The case-sensitive key for acronyms: "U.N." → "UN", "ISIS-K" → "ISIS K"."""
    key = _clean(text)
    if key.lower().startswith("the "):
        key = key[4:]
    return key


def is_acronym(name: str) -> bool:
    """True for short all-capital names ("US", "U.N.", "ISIS-K", "WHO")."""
    letters = [c for c in strip_accents(name) if c.isalpha()]
    return 0 < len(letters) <= ACRONYM_LETTERS and all(c.isupper() for c in letters)


def slug(text: str) -> str:
    """A stable identifier fragment: "Serbian Workers' Union" → "serbian-workers-union"."""
    return _SLUG.sub("-", name_key(text)).strip("-") or "unnamed"


def has_capital(text: str) -> bool:
    return any(map(str.isupper, text))
