"""Score the role probe (tests/_events_probe_roles.py) as eval_events.py scores roles.

The event is chosen as eval_events.py chooses it (of the events on the trigger words,
else of all the sentence's events, the one highest in the parse); actor and recipient are
right when any gold party shares a content word with one of ours (party_match: for a
pronoun, the name it was resolved to). A case with no gold recipient scores the actor
only. Two sets: the probe, and a fresh set written after the fixes. ``-v`` prints every
failure.
Usage: .venv/bin/python benchmarks/probe_roles.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1] / "tests")]

from _events_probe_roles import ROLE_CASES, ROLE_FRESH, RoleCase  # noqa: E402
from _events_support import gold_pick  # noqa: E402
from eval_events import _words_of, annotate, party_match  # noqa: E402

from dateline.model import AnnotatedDoc, Event  # noqa: E402


def gold_parties(words: str) -> list[dict[str, Any]]:
    """ "A | B=CODE" → gold records' party list (actorText, and a code where given)."""
    out: list[dict[str, Any]] = []
    for w in words.split("|"):
        text, _, code = w.strip().partition("=")
        out.append({"actorText": text, "code": code} if code else {"actorText": text})
    return out


def parties(refs: tuple[Any, ...]) -> list[tuple[str, str | None]]:
    return [(_words_of(r), r.country) for r in refs]


def judge(doc: AnnotatedDoc, trigger: str, actor: str, recipient: str | None
          ) -> tuple[Event | None, bool, bool | None]:
    """(the chosen event, actor right, recipient right or None when not scored)."""
    e = gold_pick(doc, (trigger,))
    got_a = parties(e.actor) if e else []
    got_r = parties(e.recipient) if e else []
    a_ok = party_match(gold_parties(actor), got_a)
    r_ok = None if recipient is None else party_match(gold_parties(recipient), got_r)
    return e, a_ok, r_ok


def main() -> None:
    verbose = "-v" in sys.argv
    score("role probe", ROLE_CASES, verbose)
    score("fresh set (written after the fixes)", ROLE_FRESH, verbose)


def score(name: str, cases: list[RoleCase], verbose: bool) -> None:
    docs = annotate([c[4] for c in cases])
    n_type = n_a = n_r = ok_type = ok_a = ok_r = 0
    for (etype, trigger, actor, recipient, text), doc in zip(cases, docs, strict=True):
        e, a_ok, r_ok = judge(doc, trigger, actor, recipient)
        n_type += 1
        ok_type += e is not None and e.event == etype
        n_a += 1
        ok_a += a_ok
        if r_ok is not None:
            n_r += 1
            ok_r += r_ok
        if verbose and (not a_ok or r_ok is False):
            got = (e.event, [r.text for r in e.actor], [r.text for r in e.recipient]) if e else None
            print(f"  {'A' if not a_ok else ' '}{'R' if r_ok is False else ' '} "
                  f"[{trigger}] want {actor!r} -> {recipient!r} got {got}: {text[:90]}")
    print(f"{name}: {n_type} cases  type {ok_type / n_type:.3f}  "
          f"actor {ok_a}/{n_a} = {ok_a / n_a:.3f}  recipient {ok_r}/{n_r} = {ok_r / n_r:.3f}")


if __name__ == "__main__":
    main()
