"""Event extraction accuracy (``make eval-events``).

1. PLOVER gold standard records (../shared/data/plover/PLOVER_GSR_CAMEO.txt, 322 sentences,
   one gold event each). The records are split deterministically (sha256 of the record id)
   into a dev half, used while writing the lexicon, and a held-out half, scored separately.
   The gold file uses an older PLOVER vocabulary; it is mapped to the 2021 codebook
   (DEMAND→REQUEST, DISAPPROVE→ACCUSE, INVESTIGATE→ACCUSE with mode `investigate`,
   FIGHT→ASSAULT, COERCE `destroy`/`firearms`→ASSAULT — the 2021 manual codes intentional
   destruction of property and firing on people as ASSAULT, CAMEO2PLOVER 1712 and 175 —;
   modes likewise, and a gold mode the 2021 type cannot take is not scored). Our event for
   a record is, of our events whose trigger overlaps a gold (EVT: …) span (else of all our
   events), the one highest in the parse (then the first). Scores: type accuracy
   (= micro-F1 when every sentence gets a prediction), micro P/R/F1, macro-F1 over types,
   mode accuracy (records with a gold mode and the right type), actor and recipient
   accuracy over every record with a gold actor (recipient) — word overlap with the gold
   text (for a pronoun, with the name it was resolved to), or the same country code.
2. MEANTIME (../shared/data/meantime): recall of event mentions whose predicate is a
   political or conflict predicate (list below, fixed by CAMEO verb classes, not by our
   lexicon): a mention is found when one of our triggers covers its token.
Baseline in the same run: one keyword per type, first keyword in the sentence wins, actor =
first name before it, recipient = first name after it.

Reads the data at run time; copies nothing. Usage: .venv/bin/python benchmarks/eval_events.py
[-v] [-r] [-m]: ``-v`` prints the dev half's type errors, ``-r`` its actor and recipient
errors, ``-m`` its mode errors (never the held-out half's).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from shared_data import SHARED

from dateline.events.fallback import with_entity_mentions
from dateline.events.tables import valid_mode
from dateline.ingest.normalise import make_document
from dateline.model import ActorRef, AnnotatedDoc, Event
from dateline.pipeline import Pipeline
from dateline.settings import Settings
from dateline.stages.events import EventStage

PLOVER = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
MEANTIME = SHARED / "data" / "meantime" / "intra_cross-doc_annotation"

OLD_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
             "FIGHT": "ASSAULT"}  # fmt: skip
OLD_MODES = {
    "demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot", "strike-gen": "strike",
    "strike-hun": "hunger", "assassinate": "targeted", "confiscate": "seize",
    "detain": "arrest", "ban": "restrict", "host": "visit",
}  # fmt: skip
CAMEO_QUIRKS = {"JAP": "JPN", "ITL": "ITA"}
STOP = frozenset({"the", "a", "an", "of", "and", "'s", "in", "for", "to"})

BASELINE = {  # one or two plain keywords per type
    "AGREE": ("agree", "promise"), "CONSULT": ("meet", "visit", "talks"),
    "SUPPORT": ("support", "praise"), "CONCEDE": ("concede", "apolog"),
    "COOPERATE": ("cooperat",), "AID": ("aid", "assist"), "RETREAT": ("withdr", "releas"),
    "REQUEST": ("demand", "urge", "call"), "ACCUSE": ("accus", "critici", "condemn"),
    "REJECT": ("reject", "refus"), "THREATEN": ("threat",), "PROTEST": ("protest", "strike"),
    "SANCTION": ("sanction",), "MOBILIZE": ("mobiliz", "deploy"), "COERCE": ("arrest", "ban"),
    "ASSAULT": ("attack", "kill"),
}  # fmt: skip
POLITICAL = frozenset(  # political/conflict predicates, by CAMEO verb class
    {"agree", "agreement", "deal", "accord", "pact", "meet", "meeting", "talk", "negotiate",
     "negotiation", "visit", "sign", "support", "praise", "endorse", "cooperate",
     "cooperation", "aid", "help", "assist", "rescue", "bail", "bailout", "withdraw",
     "release", "resign", "demand", "ask", "urge", "request", "appeal", "accuse", "criticize",
     "criticise", "condemn", "sue", "lawsuit", "suit", "charge", "investigate",
     "investigation", "probe", "reject", "refuse", "veto", "threaten", "threat", "warn",
     "protest", "strike", "boycott", "sanction", "ban", "suspend", "arrest", "detain",
     "seize", "raid", "attack", "kill", "bomb", "fight", "war", "ultimatum", "vote",
     "block", "oppose", "complain", "apologize", "apologise", "fire", "lay", "layoff",
     "recall", "fine", "convict", "settle", "settlement"}
)  # fmt: skip


def split_of(record_id: str) -> str:
    return "dev" if hashlib.sha256(record_id.encode()).digest()[0] % 2 == 0 else "held-out"


def has_actors_stage() -> bool:
    return importlib.util.find_spec("dateline.stages.actors") is not None


def annotate(texts: list[str], settings: Settings | None = None) -> list[AnnotatedDoc]:
    """nlp (+ actors when present) + events over the texts, in order."""
    settings = settings or Settings.build()
    stages = ("nlp", "actors", "events") if has_actors_stage() else ("nlp",)
    pipe = Pipeline(settings, stages=stages)
    docs = [make_document(t, dt.date(2000, 1, 1)) for t in texts]
    out = [r for r in pipe.run(docs) if isinstance(r, AnnotatedDoc)]
    assert len(out) == len(docs), "a document was rejected"
    if not has_actors_stage():
        stage = EventStage(settings)
        out = [stage(with_entity_mentions(d)) for d in out]
    return out


# --------------------------------------------------------------------------- scoring


@dataclass
class Gold:
    id: str
    text: str
    event: str
    mode: str | None
    actors: list[dict[str, Any]]
    recipients: list[dict[str, Any]]
    spans: list[tuple[int, int]]


@dataclass
class Guess:
    event: str | None
    mode: str | None = None
    actors: list[tuple[str, str | None]] = field(default_factory=list)  # (text, country)
    recipients: list[tuple[str, str | None]] = field(default_factory=list)
    trigger: str = ""


# 2021 THREATEN has no curfew/martial-law modes: CAMEO2PLOVER maps both to "restrict"
OLD_THREAT_MODES = {"curfew": "restrict", "martial-law": "restrict", "political": "restrict"}
# old COERCE modes that the 2021 codebook moved to ASSAULT: intentional destruction of
# property is ASSAULT `destroy` (manual, ASSAULT modes; CAMEO2PLOVER 1712) and firing on
# people is ASSAULT `firearms` (CAMEO2PLOVER 175, violent repression)
MOVED_TO_ASSAULT = frozenset({("COERCE", "destroy"), ("COERCE", "firearms")})


def _type_of(event: str, mode: str | None) -> str:
    if (event, mode) in MOVED_TO_ASSAULT:
        return "ASSAULT"
    return OLD_TYPES.get(event, event)


def _mode_of(event: str, mode: str | None) -> str | None:
    """The 2021 mode of a gold record, or None when the 2021 codebook has none for it
    (a mode the type cannot take could never be matched, so it is not scored)."""
    if event == "ACCUSE" and not mode:
        return None
    if event == "THREATEN" and mode in OLD_THREAT_MODES:
        mode = OLD_THREAT_MODES[mode]
    mode = OLD_MODES.get(mode or "", mode) or None
    return mode if mode is not None and valid_mode(event, mode) else None


def load_gold() -> list[Gold]:
    records = json.loads(PLOVER.read_text(encoding="utf-8"))
    out = []
    for r in records:
        if r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        mode = r.get("mode") or ("investigate" if r["event"] == "INVESTIGATE" else None)
        event = _type_of(r["event"], mode)
        out.append(
            Gold(
                r["id"], r["text"], event, _mode_of(event, mode),
                r.get("source") if isinstance(r.get("source"), list) else [],
                r.get("target") if isinstance(r.get("target"), list) else [],
                _evt_spans(r["text"], _markup(r)),
            )
        )  # fmt: skip
    return out


def _markup(record: dict[str, Any]) -> str:
    info = record.get("textInfo")
    return str(info.get("markup", "")) if isinstance(info, dict) else ""


def _evt_spans(text: str, markup: str) -> list[tuple[int, int]]:
    spans = []
    for words in re.findall(r"\(EVT: ([^)]*)\)", markup):
        at = text.find(words.strip())
        if at >= 0:
            spans.append((at, at + len(words.strip())))
    return spans


def _depth(doc: AnnotatedDoc, i: int) -> int:
    d = 0
    while doc.tokens[i].head != i and d < 50:
        i, d = doc.tokens[i].head, d + 1
    return d


def event_depth(doc: AnnotatedDoc, e: Event) -> int:
    """How high the event's trigger sits: its highest word ("imposed a state of emergency"
    sits at "imposed", not at "emergency")."""
    ev = e.evidence
    words = [t.i for t in doc.tokens if ev.trigger_start <= t.start < ev.trigger_end]
    return min((_depth(doc, k) for k in words or [ev.trigger_token]), default=0)


def word_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The character spans of the first occurrence of each of the words in the text."""
    return [(a, a + len(w)) for w in words if (a := text.find(w)) >= 0]


def pick_event(doc: AnnotatedDoc, spans: list[tuple[int, int]]) -> Event | None:
    """The event a record is scored on. The gold marks several words of one event; of ours
    whose trigger (or another mention) overlaps those spans, else of all of ours, it is the
    one highest in the parse, then the first. The probes score their sentences with it."""

    def overlaps(e: Event) -> bool:
        ev = (e.evidence, *e.extra_evidence)
        return any(x.trigger_start < b and a < x.trigger_end for x in ev for a, b in spans)

    hits = [e for e in doc.events if overlaps(e)]
    pool = sorted(hits or doc.events, key=lambda e: event_depth(doc, e))
    return pool[0] if pool else None


def our_guess(doc: AnnotatedDoc, gold: Gold) -> Guess:
    e = pick_event(doc, gold.spans)
    if e is None:
        return Guess(None)
    return Guess(
        e.event, e.mode,
        [(_words_of(a), a.country) for a in e.actor],
        [(_words_of(r), r.country) for r in e.recipient],
        e.evidence.trigger,
    )  # fmt: skip


PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she", "her",
                      "we", "our", "itself", "themselves"})  # fmt: skip


def _words_of(ref: ActorRef) -> str:
    """The words an actor is scored by: its text, or for a pronoun (whose words can never
    match a gold name) the name the pronoun was resolved to."""
    if ref.text.lower() in PRONOUNS and ref.name:
        return ref.name
    return ref.text


def baseline_guess(doc: AnnotatedDoc) -> Guess:
    words = [t.text.lower() for t in doc.tokens]
    for i, w in enumerate(words):
        for event, keys in BASELINE.items():
            if any(w.startswith(k) for k in keys):
                names = [e for e in doc.entities if e.label in {"GPE", "ORG", "NORP", "PERSON"}]
                before = [(e.text, None) for e in names if e.token_end <= i]
                after = [(e.text, None) for e in names if e.token_start > i]
                return Guess(event, None, before[:1], after[:1])
    return Guess(None)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def party_match(gold: list[dict[str, Any]], guess: list[tuple[str, str | None]]) -> bool:
    for g in gold:
        code = CAMEO_QUIRKS.get(str(g.get("code", "")), str(g.get("code", "")))
        for text, country in guess:
            if _words(str(g.get("actorText", ""))) & _words(text) or (country and country == code):
                return True
    return False


@dataclass
class Score:
    n: int = 0
    predicted: int = 0
    correct: int = 0
    mode_n: int = 0
    mode_ok: int = 0
    actor_n: int = 0
    actor_ok: int = 0
    recip_n: int = 0
    recip_ok: int = 0
    pairs: list[tuple[str, str | None]] = field(default_factory=list)

    def add(self, gold: Gold, guess: Guess) -> None:
        self.n += 1
        self.pairs.append((gold.event, guess.event))
        ok = guess.event is not None and guess.event == gold.event
        self.predicted += guess.event is not None
        self.correct += ok
        if ok and gold.mode:
            self.mode_n += 1
            self.mode_ok += guess.mode == gold.mode
        # roles are scored over every record with gold roles: no event = wrong
        if gold.actors:
            self.actor_n += 1
            self.actor_ok += party_match(gold.actors, guess.actors)
        if gold.recipients:
            self.recip_n += 1
            self.recip_ok += party_match(gold.recipients, guess.recipients)

    def macro_f1(self) -> float:
        f1s = []
        for t in sorted({g for g, _ in self.pairs}):
            tp = sum(1 for g, p in self.pairs if g == t and p == t)
            fp = sum(1 for g, p in self.pairs if g != t and p == t)
            fn = sum(1 for g, p in self.pairs if g == t and p != t)
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        return sum(f1s) / len(f1s)

    def row(self) -> list[str]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.correct / self.n
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return [
            str(self.n), f"{self.correct / self.n:.3f}", f"{p:.3f}", f"{r:.3f}", f"{f1:.3f}",
            f"{self.macro_f1():.3f}", _ratio(self.mode_ok, self.mode_n),
            _ratio(self.actor_ok, self.actor_n), _ratio(self.recip_ok, self.recip_n),
        ]  # fmt: skip


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def eval_plover(verbose: bool, roles: bool = False, modes: bool = False) -> list[list[str]]:
    golds = load_gold()
    docs = annotate([g.text for g in golds])
    scores: dict[tuple[str, str], Score] = {}
    for gold, doc in zip(golds, docs, strict=True):
        split = split_of(gold.id)
        ours = our_guess(doc, gold)
        for system, guess in (("dateline", ours), ("keyword baseline", baseline_guess(doc))):
            for s in (split, "all"):
                scores.setdefault((system, s), Score()).add(gold, guess)
        if verbose and split == "dev" and ours.event != gold.event:
            print(f"  {gold.id}: gold {gold.event} got {ours.event}: {gold.text[:110]}")
        # the records mode acc counts (a gold mode, the right type); never the held-out half
        wrong_mode = gold.mode and ours.event == gold.event and ours.mode != gold.mode
        if modes and split == "dev" and wrong_mode:
            print(f"  {gold.id}: {gold.event} mode {gold.mode} got {ours.mode} "
                  f"[{ours.trigger}]: {gold.text[:110]}")  # fmt: skip
        if roles and split == "dev":  # never the held-out half
            for name, want, got in (("actor", gold.actors, ours.actors),
                                    ("recipient", gold.recipients, ours.recipients)):  # fmt: skip
                if want and not party_match(want, got):
                    wanted = [str(g.get("actorText")) for g in want]
                    print(f"  {gold.id}: {name} {wanted} got {[t for t, _ in got]} "
                          f"({ours.event}): {gold.text[:110]}")  # fmt: skip
    rows = []
    for split in ("dev", "held-out", "all"):
        for system in ("dateline", "keyword baseline"):
            rows.append([system, split, *scores[(system, split)].row()])
    return rows


# --------------------------------------------------------------------------- MEANTIME


def meantime_docs() -> list[tuple[str, list[tuple[int, int]]]]:
    """(text, [(start, end) of political/conflict event mentions])."""
    out = []
    for path in sorted(MEANTIME.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        pieces, offsets, where = [], {}, 0
        last_sentence = None
        for tok in root.iter("token"):
            sep = "\n" if last_sentence not in (None, tok.get("sentence")) else " "
            if pieces:
                pieces.append(sep)
                where += 1
            offsets[tok.get("t_id")] = (where, where + len(tok.text or ""))
            pieces.append(tok.text or "")
            where += len(tok.text or "")
            last_sentence = tok.get("sentence")
        text = "".join(pieces)
        spans = []
        for m in root.iter("EVENT_MENTION"):
            anchors = [
                offsets[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in offsets
            ]
            if anchors:
                spans.append((anchors[0][0], anchors[-1][1]))
        out.append((text, spans))
    return out


def eval_meantime() -> list[list[str]]:
    items = meantime_docs()
    docs = annotate([t for t, _ in items])
    found = {"dateline": 0, "keyword baseline": 0}
    total = 0
    for (_, spans), doc in zip(items, docs, strict=True):
        lemma_at = {t.start: t.lemma.lower() for t in doc.tokens}
        triggers = [(e.evidence.trigger_start, e.evidence.trigger_end) for e in doc.events]
        triggers += [(x.trigger_start, x.trigger_end) for e in doc.events for x in e.extra_evidence]
        for a, b in spans:
            if lemma_at.get(a) not in POLITICAL:
                continue
            total += 1
            found["dateline"] += any(s < b and a < e for s, e in triggers)
            word = doc.document.text[a:b].lower()
            found["keyword baseline"] += any(
                word.startswith(k) for ks in BASELINE.values() for k in ks
            )
    return [[s, "meantime", str(total), _ratio(n, total)] for s, n in found.items()]


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"  # noqa: E731
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), sep, *map(line, rows)])


def main() -> None:
    verbose = "-v" in sys.argv
    roles = "-r" in sys.argv  # dev-half role errors
    modes = "-m" in sys.argv  # dev-half mode errors
    mentions = "actors stage" if has_actors_stage() else "NER entities (no actors stage)"
    print(f"PLOVER gold records (actor mentions from {mentions})")
    header = ["system", "split", "n", "type acc", "P", "R", "micro F1", "macro F1", "mode acc",
              "actor acc", "recip acc"]  # fmt: skip
    print(table(header, eval_plover(verbose, roles, modes)))
    print("\nMEANTIME political/conflict event mentions")
    print(table(["system", "corpus", "gold mentions", "recall"], eval_meantime()))


if __name__ == "__main__":
    main()
