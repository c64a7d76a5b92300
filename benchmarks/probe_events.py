"""Score the hand-written probe sentences (tests/_events_probe.py), per PLOVER type.

Five sets: short sentences (20 per type), wire-style ones (4 per type), CAMEO-style ones
for the largest gold types, material acts in wire wordings, and a breadth set of wordings
the others do not use (tests/_events_probe_breadth.py); and whole sentences scored by
their main event only (MAIN_EVENT there); and the mode probe (tests/_events_probe_modes.py) and
its fresh set, scored for type at the trigger and for mode. Two measures:
the event at the named trigger has the right type ("trigger"), and the sentence's main
event — the one highest in the parse, as eval_events.py picks it when no gold span
overlaps — has the right type ("main"). ``-v`` prints every failure; ``--modes`` scores
only the mode probe.
The CAMEO-manual-style sets of the cooperative side (tests/_events_probe_gsr_coop.py) and
of the conflict side (tests/_events_probe_gsr_conflict.py, six batches) are scored by
eval_events.py's own rule, the event on the marked words else the highest (``--gsr`` runs
only those sets). The PLOVER-manual probe of session 7 (tests/_events_probe_manual.py,
boundaries between neighbouring types from the 2021 codebook) and its fresh set are scored
the same way (``--manual`` runs only those).
Usage: .venv/bin/python benchmarks/probe_events.py [-v] [--gsr | --modes | --manual]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1] / "tests")]

from _events_probe import CAMEO_STYLE, CASES, MATERIAL, WIRE  # noqa: E402
from _events_probe_breadth import BREADTH, MAIN_EVENT  # noqa: E402
from _events_probe_gsr_conflict import (  # noqa: E402
    GSR_CONFLICT,
    GSR_CONFLICT_FIFTH,
    GSR_CONFLICT_FOURTH,
    GSR_CONFLICT_FRESH,
    GSR_CONFLICT_SIXTH,
    GSR_CONFLICT_THIRD,
    Case,
)
from _events_probe_gsr_coop import GSR_COOP, GsrCase  # noqa: E402
from _events_probe_manual import (  # noqa: E402
    MANUAL,
    MANUAL_FOURTH,
    MANUAL_FRESH,
    MANUAL_SECOND,
    MANUAL_THIRD,
)
from _events_probe_modes import MODES_FRESH, MODES_PROBE  # noqa: E402
from _events_support import at_trigger, gold_pick  # noqa: E402
from eval_events import annotate  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    if "--gsr" in sys.argv:
        score_gsr(GSR_COOP, verbose)
        gsr_conflict(verbose)
        return
    if "--manual" in sys.argv:
        manual(verbose)
        return
    if "--modes" not in sys.argv:
        old_sets(verbose)
    print("\nmodes (session 6)")
    score_modes(MODES_PROBE, verbose)
    print("\nmodes, fresh set (session 6, written after the fixes)")
    score_modes(MODES_FRESH, verbose)


def old_sets(verbose: bool) -> None:
    sets = (
        ("short sentences", CASES),
        ("wire sentences", WIRE),
        ("CAMEO-style", CAMEO_STYLE),
        ("material acts", MATERIAL),
        ("breadth (session 4)", BREADTH),
    )
    for name, cases in sets:
        print(f"\n{name}")
        score(cases, verbose)
    print("\nwhole sentences, main event only (session 4)")
    score_main(MAIN_EVENT, verbose)
    print("\nCAMEO-manual style, cooperative side 01x-09x, scored as eval_events (session 6)")
    score_gsr(GSR_COOP, verbose)
    gsr_conflict(verbose)
    manual(verbose)


def manual(verbose: bool) -> None:
    """The PLOVER-manual boundary probe (session 7) and its fresh set, as eval_events."""
    sets = (
        ("first set", MANUAL),
        ("first set, second batch (passives, nominals, reported acts)", MANUAL_SECOND),
        ("first set, third batch (diplomats, boycotts, entry, courts, votes)", MANUAL_THIRD),
        ("first set, fourth batch (long wire sentences)", MANUAL_FOURTH),
        ("fresh set (transfer check)", MANUAL_FRESH),
    )
    for name, cases in sets:
        if not cases:
            continue
        print(f"\nPLOVER manual boundaries, {name}")
        score_gsr([("", t, m, w, text) for t, m, w, text in cases], verbose)


GSR_CONFLICT_SETS: tuple[tuple[str, list[Case]], ...] = (
    ("conflict side 10x-20x, first batch", GSR_CONFLICT),
    ("second batch (written after the first batch's fixes)", GSR_CONFLICT_FRESH),
    ("third batch (written after the second batch's fixes)", GSR_CONFLICT_THIRD),
    ("fourth batch (the dev half's less obvious conventions)", GSR_CONFLICT_FOURTH),
    ("fifth batch (rhetorical and rarer verbs)", GSR_CONFLICT_FIFTH),
    ("sixth batch (written after its rules: coverage, not transfer)", GSR_CONFLICT_SIXTH),
)


def gsr_conflict(verbose: bool) -> None:
    """The conflict side's CAMEO-manual-style batches (session 6), by the same rule."""
    for name, cases in GSR_CONFLICT_SETS:
        print(f"\nCAMEO-manual style, {name}")
        score_gsr([("", t, m, w, text) for t, m, w, text in cases], verbose)


def score_gsr(cases: list[GsrCase], verbose: bool) -> None:
    docs = annotate([c[4] for c in cases])
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    mode_n = mode_ok = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for (code, want, mode, triggers, text), doc in zip(cases, docs, strict=True):
        key = want or "(none)"
        n[key] += 1
        e = gold_pick(doc, triggers)
        got = e.event if e else None
        ok[key] += got == want
        if got == want and mode is not None and e is not None:
            mode_n += 1
            mode_ok += e.mode == mode
            if verbose and e.mode != mode:
                print(f"  {code:5} {key:9} mode {mode} got {e.mode}: {text}")
        if got != want:
            confusions[(key, got or "-")] += 1
            if verbose:
                found = [f"{x.evidence.trigger}:{x.event}" for x in doc.events]
                print(f"  {code:5} {key:9} {triggers} got {got}: {text}  {found}")
    print(f"{'type':10} {'n':>3} {'type acc':>8}")
    for t in sorted(n):
        print(f"{t:10} {n[t]:3} {ok[t] / n[t]:8.2f}")
    total = sum(n.values())
    print(f"{'all':10} {total:3} {sum(ok.values()) / total:8.3f}   mode {mode_ok}/{mode_n}")
    print(
        "confusions (gold → got):",
        ", ".join(f"{a}→{b} {c}" for (a, b), c in confusions.most_common(12)),
    )


def score_modes(cases: list[tuple[str, str, str, str]], verbose: bool) -> None:
    """Type accuracy at the trigger, and mode accuracy over all cases and over the cases
    whose type is right (as eval_events.py scores modes)."""
    docs = annotate([text for *_, text in cases])
    n: Counter[str] = Counter()
    ok_type: Counter[str] = Counter()
    ok_mode: Counter[str] = Counter()
    for (want, mode, word, text), doc in zip(cases, docs, strict=True):
        n[want] += 1
        e = at_trigger(doc, word)
        ok_type[want] += e is not None and e.event == want
        ok_mode[want] += e is not None and e.event == want and e.mode == mode
        if verbose and (e is None or e.event != want or e.mode != mode):
            got = f"{e.event} {e.mode}" if e else "-"
            print(f"  {want} {mode} {word!r} got {got}: {text}")
    print(f"{'type':10} {'n':>3} {'type':>6} {'mode':>6} {'mode|type':>9}")
    for t in [*sorted(n), "all"]:
        a, b, c = (sum(x.values()) if t == "all" else x[t] for x in (n, ok_type, ok_mode))
        print(f"{t:10} {a:3} {b / a:6.3f} {c / a:6.3f} {c / b if b else 0.0:9.3f}")


def score_main(cases: list[tuple[str, str]], verbose: bool) -> None:
    docs = annotate([text for _, text in cases])
    n: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    for (want, text), doc in zip(cases, docs, strict=True):
        n[want] += 1
        top = gold_pick(doc)
        ok[want] += top is not None and top.event == want
        if verbose and (top is None or top.event != want):
            print(f"  {want:9} got {top.event if top else '-'}: {text}")
    print(f"{'type':10} {'n':>3} {'main':>6}")
    for t in sorted(n):
        print(f"{t:10} {n[t]:3} {ok[t] / n[t]:6.2f}")
    print(f"{'all':10} {sum(n.values()):3} {sum(ok.values()) / sum(n.values()):6.3f}")


def score(cases: list[tuple[str, str, str]], verbose: bool) -> None:
    docs = annotate([text for _, _, text in cases])
    n: Counter[str] = Counter()
    ok_trig: Counter[str] = Counter()
    ok_main: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for (want, word, text), doc in zip(cases, docs, strict=True):
        n[want] += 1
        e, top = at_trigger(doc, word), gold_pick(doc)
        got = e.event if e else "-"
        ok_trig[want] += got == want
        ok_main[want] += top is not None and top.event == want
        if got != want:
            confusions[(want, got)] += 1
            if verbose:
                found = [f"{x.evidence.trigger}:{x.event}" for x in doc.events]
                print(f"  {want:9} {word!r} got {got}: {text}  {found}")
    print(f"{'type':10} {'n':>3} {'trigger':>8} {'main':>6}")
    for t in sorted(n):
        print(f"{t:10} {n[t]:3} {ok_trig[t] / n[t]:8.2f} {ok_main[t] / n[t]:6.2f}")
    total = sum(n.values())
    print(
        f"{'all':10} {total:3} {sum(ok_trig.values()) / total:8.3f} "
        f"{sum(ok_main.values()) / total:6.3f}"
    )
    print(
        "confusions (gold → got):",
        ", ".join(f"{a}→{b} {c}" for (a, b), c in confusions.most_common(12)),
    )


if __name__ == "__main__":
    main()
