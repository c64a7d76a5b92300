"""Name keys: the one normalisation every gazetteer lookup goes through.

"Kandahār", "KANDAHAR" and "Kandahar's" share the key "kandahar"; hyphens and
apostrophes become spaces so that "Sar-e Pul" and "Sar e Pul" meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^0-9a-z]+")
_LATIN_OK = re.compile(r"^[\sA-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF'’.\-,()]+$")
# leading words that do not belong to a name ("the Netherlands" keeps "the" in neither form)
_LEADING = ("the ",)
# abbreviations spelt out, so "St. Petersburg" meets "Saint Petersburg" as the same name
_SPELLED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


@lru_cache(maxsize=16384)  # bounded: memory stays flat on long runs
def name_key(text: str) -> str:
    """Lower-case, accent-free, punctuation-free key for ``text``."""
    text = text.replace("’", "'").strip()
    if text.endswith("'s") or text.endswith("s'"):
        text = text[:-2] if text.endswith("'s") else text[:-1]
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("ʻ", "").replace("ʼ", "").replace("'", "")
    key = " ".join(_SPELLED.get(w, w) for w in _NON_WORD.sub(" ", bare).split())
    for lead in _LEADING:
        if key.startswith(lead):
            key = key[len(lead) :]
    return key


def is_latin(text: str) -> bool:
    """True for names written in Latin script (the only ones English news uses)."""
    return bool(_LATIN_OK.match(text))
