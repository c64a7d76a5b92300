"""Magnitude: the dead, the injured and the size of a crowd or force.

Conventions (docs/events.md): a stated lower bound is kept as stated ("at least eight",
"more than 100" → 8, 100); approximations keep their number ("about 300" → 300); vague
plurals take the smallest round value they imply: "dozens" → 24, "scores" → 40,
"hundreds" → 200, "thousands" → 2,000, "tens of thousands" → 20,000, "hundreds of
thousands" → 200,000, "millions" → 2,000,000; "a dozen" → 12. "Several", "many" and
"some" give no number.
"""

from __future__ import annotations

import re

from dateline.events.graph import Graph
from dateline.events.triggers import Trigger
from dateline.model import Magnitude

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "a": 1, "an": 1,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
         "tens": 20}  # fmt: skip
DEAD_WORDS = frozenset({"kill", "die", "dead", "death", "slay", "execute", "massacre"})
INJURED_WORDS = frozenset({"injure", "wound", "hurt", "injured", "wounded"})
# no crowd, force or toll in the news reaches this: a larger number counts money or barrels
PLAUSIBLE_MAX = 100_000_000
_NUMBER = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


def _word_value(word: str) -> float | None:
    w = word.lower()
    if _NUMBER.match(w):
        return float(w.replace(",", ""))
    if "-" in w and all(p in UNITS for p in w.split("-")):
        return float(sum(UNITS[p] for p in w.split("-")))
    if w in UNITS and w not in {"a", "an"}:
        return float(UNITS[w])
    return None


def count(words: list[str]) -> int | None:
    """The first count expressed in a run of words, or None."""
    i = 0
    while i < len(words):
        w = words[i].lower()
        value = _word_value(w)
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if value is None and w in {"a", "an"} and (nxt in SCALES or nxt == "dozen"):
            value = 1.0
        if value is not None:
            j = i + 1
            while j < len(words) and words[j].lower() in (*SCALES, "dozen"):
                value *= SCALES.get(words[j].lower(), 12)
                j += 1
            is_year = w.isdigit() and len(w) == 4 and 1900 <= value <= 2100
            if 1 <= value <= PLAUSIBLE_MAX and not is_year:
                return int(value)
        if w in VAGUE:
            total = VAGUE[w]
            # "tens of thousands", "hundreds of thousands"
            if (
                i + 2 < len(words)
                and words[i + 1].lower() == "of"
                and words[i + 2].lower() in VAGUE
            ):
                inner = words[i + 2].lower()
                total = (VAGUE[w] if w != "tens" else 20) * (VAGUE[inner] // 2)
            if w != "tens" or total != 20:
                return total
        i += 1
    return None


def _phrase_words(g: Graph, head: int) -> list[str]:
    """The argument's words, without relative clauses and trailing place phrases."""
    keep = set(g.subtree(head))
    for k in list(keep):
        if g.tok(k).dep in {"relcl", "acl"}:
            keep -= set(g.subtree(k))
    return [g.tok(k).text for k in sorted(keep)]


def _object_count(g: Graph, trig: Trigger) -> int | None:
    i = trig.token
    heads = [k for k in (g.obj(i), g.passive_subject(i)) if k is not None]
    for h in heads:
        n = count(_phrase_words(g, h))
        if n is not None:
            return n
    return None


def _sentence_count(g: Graph, trig: Trigger, words: frozenset[str]) -> int | None:
    """ "… killing 12 people", "12 people were killed", "left five dead"."""
    s = g.doc.sentences[g.tok(trig.token).sent]
    for k in range(s.token_start, s.token_end):
        if g.lemma(k) not in words and g.tok(k).text.lower() not in words:
            continue
        for dep in ("nsubjpass", "dobj", "nsubj"):
            h = g.child(k, dep)
            if h is not None:
                n = count(_phrase_words(g, h))
                if n is not None:
                    return n
        before = [g.tok(j).text for j in range(max(s.token_start, k - 3), k)]
        n = count(before) if g.tok(k).pos == "ADJ" else None
        if n is not None:
            return n
    return None


def _size(g: Graph, trig: Trigger) -> int | None:
    i = trig.token
    if trig.nominal:
        for h in g.prep_objects(i, "of", "by") + g.children(i, "nummod", "amod", "compound"):
            n = count(_phrase_words(g, h))
            if n is not None:
                return n
        return None
    for dep in ("nsubj", "dobj", "nsubjpass"):
        arg = g.child(i, dep)
        if arg is not None:
            n = count(_phrase_words(g, arg))
            if n is not None:
                return n
    return None


def magnitude(g: Graph, trig: Trigger, event_type: str) -> Magnitude:
    flags = trig.entry.flags
    dead = injured = size = None
    if "dead" in flags and not trig.nominal:
        dead = _object_count(g, trig)
    if "injured" in flags and not trig.nominal:
        injured = _object_count(g, trig)
    if event_type == "ASSAULT":
        dead = dead if dead is not None else _sentence_count(g, trig, DEAD_WORDS)
        injured = injured if injured is not None else _sentence_count(g, trig, INJURED_WORDS)
    if "size" in flags or event_type == "PROTEST":
        size = _size(g, trig)
    return Magnitude(dead=dead, injured=injured, size=size)
