"""Mismatches of the time stage against TIMEX3 gold, with a rough class for each.

``eval_time.py --show-errors`` prints every mismatch of the corpora it scores (missed, spurious
and wrong-valued expressions) with the gold and system values and a line of context, then a
count per kind and class. The classes are mechanical (what differs), not a judgement of who is
right; they sort a long list so that like errors can be read together:

- MISS / EXTRA by TIMEX3 type (DATE, TIME, DURATION, SET);
- VALUE errors: ``type`` (same value, another type), ``duration-vs-point`` (a DURATION read as
  a date or the reverse), ``ref-vs-calendar`` (PRESENT_REF/PAST_REF/FUTURE_REF against a
  calendar value), ``granularity`` (the same time named coarser or finer: 2024 and 2024-03),
  ``week-vs-other`` (a week value against a day or month), ``anchor-year`` / ``anchor``
  (same granularity, another year / another period: a reference-time or direction error),
  ``mod`` is not scored by TempEval-3 and is not counted; everything else is ``other``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_REF = re.compile(r"(?:PRESENT|PAST|FUTURE)_REF")


@dataclass(frozen=True, slots=True)
class Mismatch:
    kind: str  # MISS | EXTRA | VALUE
    doc: str
    dct: str
    text: str  # the gold expression's text (the system's for EXTRA)
    context: str  # the sentence around it, the expression in [brackets]
    gold_type: str = ""
    gold_value: str = ""
    sys_text: str = ""
    sys_type: str = ""
    sys_value: str = ""

    def tsv(self) -> str:
        """The line ``--errors FILE`` writes (the format earlier rounds used)."""
        if self.kind == "MISS":
            cols = [self.text, self.gold_type, self.gold_value]
        elif self.kind == "EXTRA":
            cols = [self.sys_text, self.sys_type, self.sys_value]
        else:
            cols = [self.text, self.gold_type, self.gold_value, self.sys_text, self.sys_type,
                    self.sys_value]
        return "\t".join([self.kind, self.doc, self.dct, *cols])

    @property
    def cls(self) -> str:
        if self.kind == "MISS":
            return self.gold_type
        if self.kind == "EXTRA":
            return self.sys_type
        return value_class(self.gold_type, self.gold_value, self.sys_type, self.sys_value)


def value_class(gtype: str, gold: str, stype: str, system: str) -> str:
    """What differs between a gold and a system TIMEX3 (see the module docstring)."""
    if gold == system:
        return "type"
    if (gtype == "DURATION") != (stype == "DURATION"):
        return "duration-vs-point"
    if bool(_REF.fullmatch(gold)) != bool(_REF.fullmatch(system or "")):
        return "ref-vs-calendar"
    if not system:
        return "no-value"
    if "W" in gold.partition("T")[0][5:] or "W" in system.partition("T")[0][5:]:
        return "week-vs-other" if _shape(gold) != _shape(system) else "anchor"
    if gold.startswith(system) or system.startswith(gold):
        return "granularity"
    if _shape(gold) == _shape(system):
        return "anchor-year" if gold[:4] != system[:4] and gold[4:] == system[4:] else "anchor"
    return "other"


def _shape(value: str) -> str:
    """The value with its digits hidden: 2024-03 and 1999-11 share the shape dddd-dd."""
    return re.sub(r"\d", "d", value)


def context(text: str, start: int, end: int, width: int = 70) -> str:
    """The expression in [brackets] with up to ``width`` characters either side, on one line."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    left = text[lo:start].rpartition("\n")[2]
    right = text[end:hi].partition("\n")[0]
    return f"{left}[{text[start:end]}]{right}".replace("\t", " ")


def report(corpus: str, errors: list[Mismatch]) -> str:
    """Every mismatch of one corpus, grouped by kind and class, then the counts."""
    lines = [f"== {corpus}: {len(errors)} mismatches"]
    order = {"MISS": 0, "EXTRA": 1, "VALUE": 2}
    for e in sorted(errors, key=lambda e: (order[e.kind], e.cls, e.doc)):
        if e.kind == "VALUE":
            what = (f"gold {e.gold_type} {e.gold_value} | sys {e.sys_type} {e.sys_value}"
                    f" ({e.sys_text!r})")
        elif e.kind == "MISS":
            what = f"gold {e.gold_type} {e.gold_value}"
        else:
            what = f"sys {e.sys_type} {e.sys_value}"
        lines.append(f"{e.kind:<5} {e.cls:<18} {e.doc} {e.dct}  {what}\n      {e.context}")
    counts = Counter((e.kind, e.cls) for e in errors)
    lines.append(f"-- {corpus}: counts")
    for (kind, cls), n in sorted(counts.items(), key=lambda kv: (order[kv[0][0]], -kv[1])):
        lines.append(f"   {kind:<5} {cls:<18} {n:>4}")
    return "\n".join(lines)
