"""One event, not many (``make eval-clusters``): does dateline make one record of one event
told several times in a report, and one cluster of one event told by several reports?

Data: MEANTIME (../shared/data/meantime/intra_cross-doc_annotation, 120 Wikinews articles,
read at run time, nothing copied). Its event mentions carry intra-document coreference
(``REFERS_TO`` a document's event) and cross-document instances (the event's
``instance_id``, shared across the corpus). Each article runs through the whole pipeline
with its creation time as the report date (title and date line as their own paragraphs),
then every article is written, oldest first, into a temporary DuckDB store through
``dateline.Store``: the cluster ids are the ones users get.

Only gold mentions that one of our events covers are scored (a record's evidence or other
evidence has a trigger overlapping the mention), whatever the event's type; the table says
how many gold coreferent pairs are reachable at all (both mentions covered).

- within a document: pairs of covered mentions of one article; gold: same document-level
  event; ours: same record. Also records per gold event (of events with two or more
  covered mentions; 1.0 is best).
- across documents: pairs of covered mentions of two articles; gold: same corpus-level
  instance; ours: same store cluster.
Baselines in the same run: "no linking"; within a document, the same trigger lemma; across
documents, the same type and trigger lemma.

Split (chosen before any error was read): MEANTIME's four topic sub-corpora are split by
topic, development = ``corpus_airbus`` + ``corpus_gm`` (rules are written from their errors),
test = ``corpus_apple`` + ``corpus_stock`` (table rows only: never print their pairs). Every
table has a dev and a test row per system, and a row for all four.

Usage: .venv/bin/python benchmarks/eval_clusters.py [-v [--errors N]] [--limit N]
(``-v`` prints sample errors of the development topics only.)
"""

from __future__ import annotations

import datetime as dt
import itertools
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eval_events import MEANTIME, table

from dateline import Store
from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Event
from dateline.pipeline import Pipeline
from dateline.settings import Settings

DEV = frozenset({"corpus_airbus", "corpus_gm"})
TEST = frozenset({"corpus_apple", "corpus_stock"})

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}  # fmt: skip


@dataclass
class Mention:
    doc: int  # index of its article
    spans: list[tuple[int, int]]  # character spans of its words in our text
    local: str  # gold document-level event (m_id, or the mention's own when alone)
    instance: str  # gold corpus-level instance (else the document-level event)
    record: Event | None = None
    cluster: str | None = None
    lemma: str = ""
    under: bool = False  # under a trigger that scores another gold mention


@dataclass
class Article:
    name: str
    text: str
    date: dt.date
    topic: str  # the sub-corpus: which split it is in
    mentions: list[Mention] = field(default_factory=list)


def _date(root: ET.Element, sentences: list[list[str]]) -> dt.date:
    """The creation time, else the article's date line ("December 10 , 2013")."""
    for t in root.iter("TIMEX3"):
        value = str(t.get("value") or "")[:10]
        if t.get("functionInDocument") == "CREATION_TIME" and value[4:5] == "-":
            return dt.date.fromisoformat(value)
    for words in sentences[:3]:
        w = [x.lower() for x in words]
        if len(w) >= 4 and w[0] in MONTHS and w[1].isdigit() and w[-1].isdigit():
            return dt.date(int(w[-1]), MONTHS[w[0]], int(w[1]))
    raise ValueError("no creation time")


def read_article(path: Path, n: int) -> Article:
    root = ET.parse(path).getroot()
    sentences: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for tok in root.iter("token"):
        sentences[str(tok.get("sentence"))].append((str(tok.get("t_id")), tok.text or ""))
    order = sorted(sentences, key=int)
    offsets: dict[str, tuple[int, int]] = {}
    text = ""
    for i, s in enumerate(order):
        # the title and the date line are paragraphs of their own, as on the page
        text += "" if i == 0 else ("\n\n" if i <= 2 else " ")
        for j, (tid, word) in enumerate(sentences[s]):
            text += " " if j else ""
            offsets[tid] = (len(text), len(text) + len(word))
            text += word
    date = _date(root, [[w for _, w in sentences[s]] for s in order])
    art = Article(path.stem, text, date, path.parent.name)
    events = {str(e.get("m_id")): e.get("instance_id") for e in root.iter("EVENT")}
    local: dict[str, str] = {}
    for rel in root.iter("REFERS_TO"):
        target = str(next(rel.iter("target")).get("m_id"))
        if target in events:
            for src in rel.iter("source"):
                local[str(src.get("m_id"))] = target
    for m in root.iter("EVENT_MENTION"):
        spans = [offsets[str(a.get("t_id"))] for a in m.iter("token_anchor")
                 if str(a.get("t_id")) in offsets]  # fmt: skip
        if not spans:
            continue
        mid = str(m.get("m_id"))
        event = local.get(mid, f"alone-{mid}")
        instance = events.get(event) or f"{n}-{event}"
        art.mentions.append(Mention(n, spans, f"{n}-{event}", instance))
    return art


def read_corpus(limit: int | None) -> list[Article]:
    paths = sorted(MEANTIME.glob("*/*.xml"))
    if limit:  # a spread over the four topics
        paths = paths[:: max(1, len(paths) // limit)][:limit]
    return [read_article(p, n) for n, p in enumerate(paths)]


# --------------------------------------------------------------------------- ours


def _spans(e: Event) -> Iterator[tuple[int, int]]:
    for x in (e.evidence, *e.extra_evidence):
        yield x.trigger_start, x.trigger_end


def _hits(m: Mention, a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in m.spans)


def attach(art: Article, doc: AnnotatedDoc) -> int:
    """Each gold mention's record (the first of ours whose trigger covers it) and lemma.
    One trigger is one mention of ours: of several gold mentions under one trigger ("signed
    the agreement" is two events in MEANTIME, one in PLOVER) only the one at the trigger's
    head word (else the first) is scored, so trigger extent is not counted as merging.
    Returns how many gold mentions were dropped so."""
    lemma_at = {t.start: t.lemma.lower() for t in doc.tokens}
    dropped = 0
    for e in doc.events:
        for x in (e.evidence, *e.extra_evidence):
            under = [m for m in art.mentions if m.record is None and not m.under
                     and _hits(m, x.trigger_start, x.trigger_end)]  # fmt: skip
            if not under:
                continue
            head = doc.tokens[x.trigger_token].start if x.trigger_token >= 0 else -1
            keep = next((m for m in under if _hits(m, head, head + 1)), under[0])
            keep.record = e
            dropped += len(under) - 1
            for m in under:
                m.under = m is not keep
    for m in art.mentions:
        m.lemma = lemma_at.get(m.spans[0][0], art.text[slice(*m.spans[0])].lower())
    return dropped


def run(arts: list[Article]) -> int:
    """Annotate, store and attach; returns the gold mentions dropped under one trigger."""
    order = sorted(range(len(arts)), key=lambda i: (arts[i].date, arts[i].name))
    docs = [make_document(arts[i].text, arts[i].date, source_file=arts[i].name) for i in order]
    for d, i in zip(docs, order, strict=True):
        assert d.text == arts[i].text, "normalisation moved the offsets"
    results = list(Pipeline(Settings.build()).run(docs))
    annotated = [r for r in results if isinstance(r, AnnotatedDoc)]
    assert len(annotated) == len(docs), "an article was rejected"
    dropped = 0
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "eval.duckdb") as store:
        store.write(annotated)  # oldest first, as a corpus read in date order
        for doc, i in zip(annotated, order, strict=True):
            dropped += attach(arts[i], doc)
            for m in arts[i].mentions:
                if m.record is not None:
                    stored = store.event(m.record.id)
                    cluster = stored.get("cluster") if stored else None
                    m.cluster = cluster["id"] if cluster else m.record.id
        multi = store.clusters(min_reports=2, limit=1000)
    print(f"store: {sum(len(d.events) for d in annotated)} events, {len(multi)} clusters "
          f"told by two or more articles")
    if "-v" in sys.argv:
        for c in multi:
            print(f"  {c['event']} reports {c['reports']} {c['date_start']}..{c['date_end']}: "
                  f"{c.get('actors')} -> {c.get('recipients')}")
    return dropped


# --------------------------------------------------------------------------- scoring

Link = Callable[[Mention, Mention], bool]


@dataclass
class Pairs:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def row(self) -> list[str]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return [str(self.tp + self.fn), str(self.tp + self.fp), f"{p:.3f}", f"{r:.3f}", f"{f:.3f}"]


def score(pairs: list[tuple[Mention, Mention]], gold: Link, ours: Link,
          errors: list[tuple[str, Mention, Mention]] | None = None) -> Pairs:  # fmt: skip
    out = Pairs()
    for a, b in pairs:
        g, o = gold(a, b), ours(a, b)
        out.tp += g and o
        out.fp += o and not g
        out.fn += g and not o
        if errors is not None and g != o:
            errors.append(("missed" if g else "wrong", a, b))
    return out


def covered(arts: list[Article]) -> list[Mention]:
    return [m for a in arts for m in a.mentions if m.record is not None]


def within_pairs(arts: list[Article]) -> list[tuple[Mention, Mention]]:
    out = []
    for art in arts:
        ms = [m for m in art.mentions if m.record is not None]
        out += list(itertools.combinations(ms, 2))
    return out


def across_pairs(arts: list[Article]) -> list[tuple[Mention, Mention]]:
    ms = covered(arts)
    return [(a, b) for a, b in itertools.combinations(ms, 2) if a.doc != b.doc]


def reachable(arts: list[Article], key: Callable[[Mention], str], across: bool) -> str:
    """Gold coreferent pairs with both mentions covered, of all gold coreferent pairs."""
    every = [m for a in arts for m in a.mentions]
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in every:
        groups[key(m)].append(m)
    total = hit = 0
    for ms in groups.values():
        for a, b in itertools.combinations(ms, 2):
            if (a.doc != b.doc) is across:
                total += 1
                hit += a.record is not None and b.record is not None
    return f"{hit}/{total}"


def records_per_event(arts: list[Article]) -> str:
    groups: dict[str, set[str]] = defaultdict(set)
    sizes: Counter[str] = Counter()
    for m in covered(arts):
        assert m.record is not None
        groups[m.local].add(m.record.id)
        sizes[m.local] += 1
    multi = [k for k in groups if sizes[k] >= 2]
    if not multi:
        return "n/a"
    return f"{sum(len(groups[k]) for k in multi) / len(multi):.2f} ({len(multi)})"


def _rec(m: Mention) -> str:
    return m.record.id if m.record else ""


def _type(m: Mention) -> str:
    return m.record.event if m.record else ""


def describe(arts: list[Article], m: Mention) -> str:
    e = m.record
    assert e is not None
    words = " ".join(arts[m.doc].text[a:b] for a, b in m.spans)
    actors = ",".join(a.id or a.text for a in e.actor) or "-"
    recips = ",".join(a.id or a.text for a in e.recipient) or "-"
    when = e.date.value if e.date else "-"
    where = e.location.country if e.location else "-"
    return (f"[{arts[m.doc].name[:28]}] '{words}' {e.event} {actors}->{recips} "
            f"{when} {where} :: {e.evidence.sentence[:90]}")


def show(arts: list[Article], title: str, errors: list[tuple[str, Mention, Mention]],
         most: int = 12) -> None:  # fmt: skip
    print(f"\n{title}: {len(errors)} errors (up to {most} of each kind)")
    for kind in ("wrong", "missed"):
        for _, a, b in [e for e in errors if e[0] == kind][:most]:
            print(f"  {kind}:\n    {describe(arts, a)}\n    {describe(arts, b)}")


def split_rows(name: str, arts: list[Article],
               errs: tuple[list[tuple[str, Mention, Mention]], ...] | None = None,
               ) -> tuple[list[list[str]], list[list[str]]]:  # fmt: skip
    """The within- and across-document rows of one split."""
    inside, across = within_pairs(arts), across_pairs(arts)
    same_local: Link = lambda a, b: a.local == b.local  # noqa: E731
    same_instance: Link = lambda a, b: a.instance == b.instance  # noqa: E731
    never: Link = lambda a, b: False  # noqa: E731
    e_in, e_across = errs if errs else (None, None)
    within = [
        [name, "dateline (same record)",
         *score(inside, same_local, lambda a, b: _rec(a) == _rec(b), e_in).row(),
         records_per_event(arts)],
        [name, "same trigger lemma",
         *score(inside, same_local, lambda a, b: a.lemma == b.lemma).row(), ""],
        [name, "no linking", *score(inside, same_local, never).row(), ""],
    ]  # fmt: skip
    cross = [
        [name, "dateline (store cluster)",
         *score(across, same_instance, lambda a, b: a.cluster == b.cluster, e_across).row()],
        [name, "same type + trigger lemma",
         *score(across, same_instance,
                lambda a, b: (_type(a), a.lemma) == (_type(b), b.lemma)).row()],
        [name, "no linking", *score(across, same_instance, never).row()],
    ]  # fmt: skip
    return within, cross


def main() -> None:
    verbose = "-v" in sys.argv
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    arts = read_corpus(limit)
    mentions = sum(len(a.mentions) for a in arts)
    dropped = run(arts)
    print(f"MEANTIME: {len(arts)} articles, {mentions} gold event mentions, "
          f"{len(covered(arts)) + dropped} covered by our events, {len(covered(arts))} scored "
          f"({dropped} more under a trigger that covers another)")
    errs_in: list[tuple[str, Mention, Mention]] = []
    errs_across: list[tuple[str, Mention, Mention]] = []
    splits = [("dev", [a for a in arts if a.topic in DEV], (errs_in, errs_across)),
              ("test", [a for a in arts if a.topic in TEST], None),
              ("all", arts, None)]  # fmt: skip
    within: list[list[str]] = []
    cross: list[list[str]] = []
    for name, part, errs in splits:
        w, c = split_rows(name, part, errs)
        within += w
        cross += c
    pair_cols = ["gold pairs", "our pairs", "P", "R", "F1"]
    print("\nwithin a document (dev: airbus + gm; test: apple + stock)")
    print(table(["split", "system", *pair_cols, "records per event (n)"], within))
    print("\nacross documents")
    print(table(["split", "system", *pair_cols], cross))
    print("\nreachable gold pairs (both mentions covered), within a document / across:")
    for name, part, _ in splits:
        print(f"  {name}: {reachable(part, lambda m: m.local, False)} / "
              f"{reachable(part, lambda m: m.instance, True)}")
    if verbose:  # the errors come from development pairs only
        most = int(sys.argv[sys.argv.index("--errors") + 1]) if "--errors" in sys.argv else 12
        show(arts, "within a document (dev)", errs_in, most)
        show(arts, "across documents (dev)", errs_across, most)


if __name__ == "__main__":
    main()
