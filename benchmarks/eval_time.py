"""TempEval-3 evaluation of the time stage (strict/relaxed span F1, type F1, value F1).

    .venv/bin/python benchmarks/eval_time.py [--limit N] [--corpus timebank,aquaint,meantime]
                                             [--errors FILE] [--show-errors] [--half even|odd]

Reads the corpora from ../shared/data at run time (nothing is copied into the repo):
TimeBank and AQUAINT (TBAQ-cleaned, TimeML) and MEANTIME (English, token-anchored XML);
the standard TempEval-3 test split (te3-platinum) is scored as its own row whenever it is
present beside TBAQ-cleaned (the copy on this machine has only the training data).
The document creation time is the TIMEX3 with functionInDocument="CREATION_TIME"; it is
not scored. Matching follows TempEval-3: relaxed = any overlap (one-to-one), strict =
identical extent; type and value are scored over relaxed matches, as F1 against all gold
and all system expressions. ``--show-errors`` prints every mismatch of the corpora scored,
with its context, and counts them by kind and class (time_errors.py); never use it on the
test split.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from shared_data import SHARED
from time_errors import Mismatch, context, report

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.ingest.normalise import make_document  # noqa: E402
from dateline.model import AnnotatedDoc, TimeRef  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402

TBAQ = SHARED / "data" / "tempeval3-train" / "TBAQ-cleaned"
MEANTIME = SHARED / "data" / "meantime" / "intra_cross-doc_annotation"
# the standard held-out test split (20 documents), where its SOURCE.md says it is copied
PLATINUM = SHARED / "data" / "tempeval3-train" / "te3-platinum"
# MEANTIME annotates the title, the dateline and the first five sentences of each article
MEANTIME_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    type: str
    value: str


@dataclass
class Doc:
    name: str
    text: str
    dct: dt.date
    gold: list[Gold]
    ignore: list[tuple[int, int]] = field(default_factory=list)  # the DCT's own span
    scored_end: int | None = None  # annotation covers the text up to here only


_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path: Path) -> Doc:
    """A TimeML file: the <TEXT> body with its tags stripped, offsets kept."""
    raw = path.read_text(encoding="utf-8")
    dct_tag = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    if dct_tag is None:
        raise ValueError(f"{path}: no creation time")
    dct = dt.date.fromisoformat(dict(_ATTR.findall(dct_tag.group(0)))["value"][:10])
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    parts: list[str] = []
    length = 0
    gold: list[Gold] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            if attrs.get("functionInDocument") != "CREATION_TIME":
                gold.append(Gold(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    parts.append(html.unescape(body[pos:]))
    return Doc(path.stem, "".join(parts), dct, gold)


_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "'s", "n't", "'", "%", "'re"})


def parse_dct(value: str) -> dt.date:
    """ISO, or the one MEANTIME creation time written DD-MM-YYYY."""
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    if m:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    return dt.date.fromisoformat(value[:10])


def read_meantime(path: Path) -> Doc:
    """A MEANTIME file: tokens joined back into text; TIMEX3 anchored to token ids."""
    root = ET.parse(path).getroot()
    spans: dict[str, tuple[int, int]] = {}
    out: list[str] = []
    length = scored_end = 0
    last_sentence = None
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence")
        if out:
            sep = "\n" if sentence != last_sentence else (
                "" if word in _NO_SPACE_BEFORE or out[-1] in ("(", "$") else " ")
            out.append(sep)
            length += len(sep)
        spans[tok.get("t_id", "")] = (length, length + len(word))
        if int(sentence or 0) <= MEANTIME_SENTENCES:
            scored_end = length + len(word)
        out.append(word)
        length += len(word)
        last_sentence = sentence
    gold: list[Gold] = []
    ignore: list[tuple[int, int]] = []
    dct: dt.date | None = None
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in tx.findall("token_anchor")]
        if not ids:
            if tx.get("functionInDocument") == "CREATION_TIME":
                dct = parse_dct(tx.get("value", ""))
            continue
        start, end = spans[ids[0]][0], spans[ids[-1]][1]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = parse_dct(tx.get("value", ""))
            ignore.append((start, end))
            continue
        gold.append(Gold(start, end, tx.get("type", ""), tx.get("value", "")))
    if dct is None:  # two files leave it unmarked: the dateline under the title is it
        first = min((g for g in gold if re.fullmatch(r"\d{4}-\d\d-\d\d", g.value)),
                    key=lambda g: g.start, default=None)
        if first is None:
            raise ValueError(f"{path}: no creation time")
        dct = dt.date.fromisoformat(first.value)
        gold.remove(first)
        ignore.append((first.start, first.end))
    return Doc(path.stem, "".join(out), dct, gold, ignore, scored_end)


def corpus_docs(name: str, limit: int | None, half: str | None = None) -> list[Doc]:
    if name == "meantime":
        paths = sorted(MEANTIME.glob("*/*.xml"))
        reader = read_meantime
    elif name == "platinum":
        paths = sorted(PLATINUM.glob("*.tml"))
        reader = read_tml
    else:
        paths = sorted((TBAQ / {"timebank": "TimeBank", "aquaint": "AQUAINT"}[name]).glob("*.tml"))
        reader = read_tml
    if half is not None:  # even/odd positions: design rules on one half, check on the other
        paths = paths[half == "odd" :: 2]
    if not paths:
        raise SystemExit(f"no {name} documents found under {SHARED / 'data'}")
    return [reader(p) for p in paths[:limit]]


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def f1(self, hits: int) -> float:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.system if self.system else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, self.f1(hits)


def score_doc(doc: Doc, system: list[TimeRef], score: Score, errors: list[Mismatch]) -> None:
    system = [t for t in system if not any(t.start < e and s < t.end for s, e in doc.ignore)
              and (doc.scored_end is None or t.start < doc.scored_end)]
    score.gold += len(doc.gold)
    score.system += len(system)
    used: set[int] = set()
    dct = doc.dct.isoformat()
    for g in doc.gold:
        match = next((i for i, t in enumerate(system)
                      if i not in used and t.start < g.end and g.start < t.end), None)
        gtext = doc.text[g.start : g.end].replace("\n", " ")
        where = context(doc.text, g.start, g.end)
        if match is None:
            errors.append(Mismatch("MISS", doc.name, dct, gtext, where, g.type, g.value))
            continue
        used.add(match)
        t = system[match]
        score.relaxed += 1
        score.strict += (t.start, t.end) == (g.start, g.end)
        score.type_ok += t.type == g.type
        ok = (t.value or "") == g.value
        score.value_ok += ok
        if not ok or t.type != g.type:
            errors.append(Mismatch("VALUE", doc.name, dct, gtext, where, g.type, g.value,
                                   t.text, t.type, t.value or ""))
    for i, t in enumerate(system):
        if i not in used:
            errors.append(Mismatch("EXTRA", doc.name, dct, t.text,
                                   context(doc.text, t.start, t.end),
                                   sys_text=t.text, sys_type=t.type, sys_value=t.value or ""))


def annotate(
    docs: list[Doc], stages: tuple[str, ...] = ("nlp", "time")
) -> Iterator[tuple[Doc, AnnotatedDoc]]:
    pipeline = Pipeline(stages=stages)
    results = pipeline.run(make_document(d.text, d.dct) for d in docs)
    for doc, result in zip(docs, results, strict=True):
        if not isinstance(result, AnnotatedDoc):
            raise RuntimeError(f"{doc.name}: {result}")
        if result.document.text != doc.text:
            raise RuntimeError(f"{doc.name}: normalisation changed the text; offsets differ")
        yield doc, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="documents per corpus")
    ap.add_argument("--corpus", default="timebank,aquaint,meantime")
    ap.add_argument("--errors", type=Path, default=None, help="write mismatches here (TSV)")
    ap.add_argument("--show-errors", action="store_true",
                    help="print each corpus's mismatches with context, and their counts")
    ap.add_argument("--half", choices=("even", "odd"), default=None,
                    help="only the documents at even (or odd) positions of each corpus")
    args = ap.parse_args(argv)
    rows = []
    reports: list[str] = []
    errors: list[Mismatch] = []
    names = args.corpus.split(",")
    if "platinum" not in names and PLATINUM.is_dir():
        names.append("platinum")  # the standard test split, scored apart, when it is there
    elif "platinum" not in names:
        print(f"(the TempEval-3 test split is not under {PLATINUM}: not scored)")
    for name in names:
        docs = corpus_docs(name, args.limit, args.half)
        score = Score()
        t0 = time.perf_counter()
        own: list[Mismatch] = []
        for doc, result in annotate(docs):
            score_doc(doc, list(result.times), score, own)
        rows.append((name, len(docs), score, time.perf_counter() - t0))
        if args.show_errors and name != "platinum":  # the test split's items stay unread
            reports.append(report(name, own))
        if name != "platinum":
            errors.extend(own)
    for text in reports:
        print(text)
    print_table(rows)
    if args.errors:
        args.errors.write_text("".join(e.tsv() + "\n" for e in errors), encoding="utf-8")
    return 0


def print_table(rows: list[tuple[str, int, Score, float]]) -> None:
    head = (f"{'corpus':<10}{'docs':>5}{'gold':>6}{'sys':>6}  {'strict P/R/F1':<17}"
            f"{'relaxed P/R/F1':<17}{'type F1':>8}{'value F1':>9}{'val acc':>8}{'secs':>6}")
    print(head)
    print("-" * len(head))
    for name, n, s, secs in rows:
        sp, sr, sf = s.prf(s.strict)
        rp, rr, rf = s.prf(s.relaxed)
        acc = s.value_ok / s.relaxed if s.relaxed else 0.0
        print(f"{name:<10}{n:>5}{s.gold:>6}{s.system:>6}  {sp:.2f}/{sr:.2f}/{sf:.3f}   "
              f"{rp:.2f}/{rr:.2f}/{rf:.3f}   {s.f1(s.type_ok):>7.3f}{s.f1(s.value_ok):>9.3f}"
              f"{acc:>8.3f}{secs:>6.1f}")


if __name__ == "__main__":
    raise SystemExit(main())
