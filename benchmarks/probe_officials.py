"""Score the officials probe (tests/_actors_probe_officials.py): parties named by role.

For each sentence: is there a mention covering the party's words (``mention``), with the
right type and country (``typed``), and is it a party of an event — actor or recipient —
with that type and country (``party``)? ``-v`` prints every case that is not a typed party.
Usage: PYTHONPATH=$PWD .venv/bin/python benchmarks/probe_officials.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1] / "tests")]

from _actors_probe_officials import OFFICIAL_CASES, OFFICIAL_FRESH, OfficialCase  # noqa: E402
from eval_events import annotate  # noqa: E402

from dateline.model import ActorRef, AnnotatedDoc, Mention  # noqa: E402


def _has(text: str, words: str) -> bool:
    return words.lower() in text.lower()


def mention_of(doc: AnnotatedDoc, words: str) -> Mention | None:
    """The smallest mention whose text holds the words (the one an event would use)."""
    found = [m for m in doc.mentions if _has(m.text, words) and not m.members]
    return min(found, key=lambda m: m.end - m.start) if found else None


def party_of(doc: AnnotatedDoc, words: str) -> list[ActorRef]:
    return [r for e in doc.events for r in (*e.actor, *e.recipient) if _has(r.text, words)]


def main() -> None:
    verbose = "-v" in sys.argv
    score("probe (written before the fixes)", OFFICIAL_CASES, verbose)
    score("fresh set (written after the fixes)", OFFICIAL_FRESH, verbose)


def score(name: str, cases: list[OfficialCase], verbose: bool) -> None:
    docs = annotate([c[0] for c in cases])
    n = len(cases)
    n_m = n_t = n_p = 0
    for (text, words, typ, country), doc in zip(cases, docs, strict=True):
        m = mention_of(doc, words)
        refs = party_of(doc, words)
        ok_t = m is not None and m.type == typ and m.country == country
        ok_p = any(r.type == typ and r.country == country for r in refs)
        n_m += m is not None
        n_t += ok_t
        n_p += ok_p
        if verbose and not ok_p:
            got_m = (m.text, m.type, m.country) if m else None
            got_p = [(r.text, r.type, r.country) for r in refs]
            print(f"  want {words!r} {typ}/{country}: mention {got_m} party {got_p}\n"
                  f"      {text}")
    print(f"{name}\n{'cases':>6} {'mention':>8} {'typed':>8} {'party':>8}")
    print(f"{n:>6} {n_m:>8} {n_t:>8} {n_p:>8}")
    print(f"{'':>6} {n_m / n:>8.3f} {n_t / n:>8.3f} {n_p / n:>8.3f}")

if __name__ == "__main__":
    main()
