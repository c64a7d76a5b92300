"""Score the modality and attribution probe (tests/_events_probe_modality.py), by category.

For each case the event at the named trigger (as benchmarks/probe_events.py finds it) is
scored twice: modality (its modality is the expected one; "negated" also accepts an asserted
REJECT, the project's coding of a refused act; "X/historical" also wants the historical
auxiliary, and plain "asserted" wants none) and attribution (its source contains the
expected word, or it has none when none is expected). A trigger with no event fails both
and is counted in "missing". The documents are dated 2024-03-24 (for "historical").
The fresh set (tests/_events_probe_modality_fresh.py) was written after the fixes, as a
measure of transfer.
Usage: .venv/bin/python benchmarks/probe_modality.py [-v]
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1] / "tests")]

from _events_probe_modality import MODALITY_PROBE, ModalityCase  # noqa: E402
from _events_probe_modality_fresh import MODALITY_FRESH  # noqa: E402
from _events_support import at_trigger  # noqa: E402
from eval_events import has_actors_stage  # noqa: E402

from dateline.events.fallback import with_entity_mentions  # noqa: E402
from dateline.ingest.normalise import make_document  # noqa: E402
from dateline.model import AnnotatedDoc, Event  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.settings import Settings  # noqa: E402
from dateline.stages.events import EventStage  # noqa: E402

DATE = dt.date(2024, 3, 24)


def annotate(texts: list[str]) -> list[AnnotatedDoc]:
    settings = Settings.build()
    stages = ("nlp", "actors", "events") if has_actors_stage() else ("nlp",)
    docs = [make_document(t, DATE) for t in texts]
    out = [r for r in Pipeline(settings, stages=stages).run(docs) if isinstance(r, AnnotatedDoc)]
    if not has_actors_stage():
        stage = EventStage(settings)
        out = [stage(with_entity_mentions(d)) for d in out]
    return out


def modality_ok(e: Event | None, want: str) -> bool:
    if e is None:
        return False
    base, _, aux = want.partition("/")
    if ("historical" in e.auxiliary) != (aux == "historical"):
        return False
    if base == "negated" and e.event == "REJECT" and e.modality == "asserted":
        return True  # a refused act is an asserted refusal
    return e.modality == base


def source_ok(e: Event | None, want: str | None) -> bool:
    if e is None:
        return False
    if want is None:
        return e.attribution is None
    return e.attribution is not None and want.lower() in e.attribution.source.lower()


def main() -> None:
    verbose = "-v" in sys.argv
    print("modality probe (written before the fixes)")
    score(MODALITY_PROBE, verbose)
    print("\nfresh set (written after the fixes)")
    score(MODALITY_FRESH, verbose)


def score(cases: list[ModalityCase], verbose: bool) -> None:
    docs = annotate([c[4] for c in cases])
    n: Counter[str] = Counter()
    ok_mod: Counter[str] = Counter()
    ok_src: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    asserted_wrongly = 0
    for (cat, trig, want, source, text), doc in zip(cases, docs, strict=True):
        e = at_trigger(doc, trig)
        n[cat] += 1
        missing[cat] += e is None
        m_ok, s_ok = modality_ok(e, want), source_ok(e, source)
        ok_mod[cat] += m_ok
        ok_src[cat] += s_ok
        if e is not None and not m_ok and e.modality == "asserted" and e.event != "REJECT":
            asserted_wrongly += want.split("/")[0] != "asserted"
        if verbose and not (m_ok and s_ok):
            got = "-" if e is None else f"{e.event} {e.modality} {'/'.join(e.auxiliary)}"
            src = e.attribution.source if e is not None and e.attribution else None
            flag = ("M" if not m_ok else " ") + ("S" if not s_ok else " ")
            print(f"  {flag} {cat:12} {trig!r} want {want}/{source} got {got}/{src}: {text}")
    print(f"{'category':13} {'n':>3} {'modality':>8} {'source':>7} {'missing':>7}")
    for cat in [*sorted(n), "all"]:
        a, b, c, d = (
            sum(x.values()) if cat == "all" else x[cat] for x in (n, ok_mod, ok_src, missing)
        )
        print(f"{cat:13} {a:3} {b / a:8.3f} {c / a:7.3f} {d:7}")
    print(f"irrealis or alleged events reported as asserted: {asserted_wrongly}")


if __name__ == "__main__":
    main()
