"""Actor resolution accuracy (``make eval-actors``).

1. PLOVER gold standard records (../shared/data/plover/PLOVER_GSR_CAMEO.txt): every gold
   source (actor) and target (recipient) is located in its sentence, our mention there is
   compared with the gold CAMEO ``code`` (country, or IGO/NGO) and ``sector``. Baseline, in
   the same run: the gold actor text looked up alone in the dictionary (no sentence context).
2. MEANTIME (../shared/data/meantime): entity mentions linked to the same DBpedia resource are
   one actor; B-cubed precision/recall of our actor ids over those mentions, within each
   document and across the corpus. Baseline: mentions grouped by their normalised text.

Reads the data at run time; copies nothing. Usage: .venv/bin/python benchmarks/eval_actors.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from shared_data import SHARED

from dateline.actors import load_kb
from dateline.actors.text import name_key
from dateline.ingest.normalise import make_document
from dateline.model import AnnotatedDoc, Mention
from dateline.pipeline import Pipeline
from dateline.settings import Settings

PLOVER = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
MEANTIME = SHARED / "data" / "meantime" / "intra_cross-doc_annotation"
CAMEO_QUIRKS = {"JAP": "JPN", "ITL": "ITA"}  # CAMEO spellings that differ from ISO 3166
# CAMEO sector → coarse family; our type/sector → the same families
GOLD_FAMILY = {
    "GOV": "gov", "LEG": "gov", "JUD": "gov", "MIL": "mil", "SPY": "gov", "COP": "police",
    "REB": "armed", "UAF": "armed", "CVL": "civ", "CIV": "civ", "REF": "civ", "OPP": "opp",
    "PTY": "opp", "JRN": "media", "BUS": "business",
}
SECTOR_FAMILY = {"military": "mil", "peacekeeping": "mil", "security": "mil", "police": "police",
                 "refugees": "civ", "civilians": "civ", "protesters": "civ"}
GOV_SECTORS = {"government", "legislature", "judiciary", "leadership", "diplomacy", "intelligence"}


def our_family(m: Mention) -> str | None:
    by_sector = SECTOR_FAMILY.get(m.sector or "")
    if by_sector is not None and m.type in {"igo", "country", "person"}:
        return by_sector  # "UN peacekeepers": the sector says what acts
    if m.type in {"government", "person"} and (m.type == "government" or m.sector in GOV_SECTORS):
        return "gov"
    return {"military": "mil", "police": "police", "armed_group": "armed", "civilians": "civ",
            "party": "opp", "media": "media", "business": "business"}.get(m.type or "")


TIMINGS: dict[str, float] = defaultdict(float)


def annotate_all(texts: Iterable[str]) -> list[AnnotatedDoc]:
    pipe = Pipeline(Settings.build(), stages=("nlp", "actors"))
    docs = [make_document(t, dt.date(2024, 1, 1)) for t in texts]
    out = [r for r in pipe.run(docs) if isinstance(r, AnnotatedDoc)]
    assert len(out) == len(docs), "a document was rejected"
    for stage, seconds in pipe.timings.items():
        TIMINGS[stage] += seconds
    return out


# --------------------------------------------------------------------------- PLOVER


def plover_items() -> list[tuple[str, str, dict[str, Any]]]:
    """(sentence, role, gold actor) for every gold actor and recipient."""
    items = []
    for rec in json.loads(PLOVER.read_text("utf-8")):
        text = rec.get("text")
        if not text:
            continue
        for field, role in (("source", "actor"), ("target", "recipient")):
            for gold in rec.get(field) or []:
                if isinstance(gold, dict) and gold.get("actorText") and gold.get("code"):
                    items.append((text, role, gold))
    return items


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """The gold actor's words in the sentence; for discontinuous gold text, its first word."""
    needle = " ".join(actor_text.split("...")[0].split("..")[0].strip(" '\"").split())
    for candidate in (needle, needle.split(" ")[0] if " " in needle else ""):
        if not candidate:
            continue
        pattern = rf"(?<!\w){re.escape(candidate)}(?!\w)"
        found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
        if found:
            return found.start(), found.end()
    return None


def predicted(doc: AnnotatedDoc, span: tuple[int, int]) -> Mention | None:
    best, best_key = None, (0, 0, 0)
    for m in doc.mentions:
        if m.kind == "compound":
            continue
        overlap = min(m.end, span[1]) - max(m.start, span[0])
        if overlap <= 0:
            continue
        # most overlap; then a resolved mention; then the later one (English heads come last)
        key = (overlap, 1 if (m.country or m.type in {"igo", "ngo"}) else 0, m.end)
        if key > best_key:
            best, best_key = m, key
    return best


def code_ok(code: str, country: str | None, kind: str | None) -> bool:
    if code == "IGO":
        return kind == "igo"
    if code == "NGO":
        return kind == "ngo"
    if code == "IMG":
        return kind == "armed_group" and country is None
    return country == CAMEO_QUIRKS.get(code, code)


def eval_plover() -> list[tuple[str, int, float, float]]:
    items = plover_items()
    texts = sorted({t for t, _, _ in items})
    docs = dict(zip(texts, annotate_all(texts), strict=True))
    kb = load_kb()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # n, ours, baseline
    for text, role, gold in items:
        code = gold["code"]
        if code == "***" or len(code) != 3:
            continue
        span = locate(text, gold["actorText"])
        m = predicted(docs[text], span) if span else None
        hit = kb.lookup(gold["actorText"])
        base = hit and code_ok(code, hit.actor.country, hit.actor.type)
        ours = m is not None and code_ok(code, m.country, m.type)
        scope = "country" if code not in {"IGO", "NGO", "IMG"} else "igo/ngo"
        for key in (f"{role} code", f"{scope} code", "all codes"):
            tally[key][0] += 1
            tally[key][1] += int(ours)
            tally[key][2] += int(bool(base))
        family = GOLD_FAMILY.get((gold.get("sector") or "")[:3])
        if family is not None:
            tally["sector (coarse)"][0] += 1
            tally["sector (coarse)"][1] += int(m is not None and our_family(m) == family)
    return [(k, v[0], v[1] / v[0], v[2] / v[0]) for k, v in sorted(tally.items())]


# --------------------------------------------------------------------------- MEANTIME


def read_meantime(path: Path) -> tuple[str, list[tuple[tuple[int, int], str, str]]]:
    """Text rebuilt from tokens; gold mentions as ((start, end), dbpedia uri, type)."""
    root = ET.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, sentence = 0, None
    for tok in root.iter("token"):
        sep = "" if not parts else ("\n" if tok.get("sentence") != sentence else " ")
        sentence = tok.get("sentence")
        word = tok.text or ""
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(sep + word)
        pos += len(word)
    marks = root.find("Markables")
    spans: dict[str, tuple[int, int]] = {}
    links: dict[str, tuple[str, str]] = {}
    for node in marks if marks is not None else []:
        mid = node.get("m_id", "")
        if node.tag == "ENTITY_MENTION":
            anchors = [offsets[a.get("t_id", "")] for a in node.iter("token_anchor")]
            if anchors:
                spans[mid] = (anchors[0][0], anchors[-1][1])
        elif node.tag == "ENTITY" and node.get("external_ref"):
            links[mid] = (node.get("external_ref", "").strip(), node.get("ent_type", ""))
    gold = []
    relations = root.find("Relations")
    for rel in relations.iter("REFERS_TO") if relations is not None else []:
        target = rel.find("target")
        link = links.get(target.get("m_id", "")) if target is not None else None
        if link is None or link[1] not in {"ORG", "PER", "LOC"}:
            continue
        for src in rel.iter("source"):
            if src.get("m_id") in spans:
                gold.append((spans[src.get("m_id", "")], link[0], link[1]))
    return "".join(parts), gold


def system_label(doc: AnnotatedDoc, span: tuple[int, int], fallback: str) -> str:
    m = predicted(doc, span)
    return m.actor_id if m is not None and m.actor_id else fallback


def bcubed(gold: list[str], system: list[str]) -> tuple[float, float]:
    by_gold, by_sys = defaultdict(set), defaultdict(set)
    for i, (g, s) in enumerate(zip(gold, system, strict=True)):
        by_gold[g].add(i)
        by_sys[s].add(i)
    p = r = 0.0
    for g, s in zip(gold, system, strict=True):
        both = len(by_gold[g] & by_sys[s])
        p += both / len(by_sys[s])
        r += both / len(by_gold[g])
    n = max(len(gold), 1)
    return p / n, r / n


def eval_meantime() -> list[tuple[str, int, float, float, float, float]]:
    files = sorted(MEANTIME.glob("*/*.xml"))
    read = [read_meantime(f) for f in files]
    docs = annotate_all(t for t, _ in read)
    rows_gold: dict[str, list[str]] = defaultdict(list)
    rows_sys: dict[str, list[str]] = defaultdict(list)
    rows_base: dict[str, list[str]] = defaultdict(list)
    within: list[tuple[float, float, float, float, int]] = []
    for n, ((text, gold), doc) in enumerate(zip(read, docs, strict=True)):
        g = [uri for _, uri, _ in gold]
        s = [system_label(doc, sp, f"single:{n}:{k}") for k, (sp, _, _) in enumerate(gold)]
        b = [name_key(text[sp[0] : sp[1]]) for sp, _, _ in gold]
        if g:
            ps, rs = bcubed(g, s)
            pb, rb = bcubed(g, b)
            within.append((ps, rs, pb, rb, len(g)))
        for k, (_, _, kind) in enumerate(gold):
            for key in (kind, "all"):
                rows_gold[key].append(g[k])
                rows_sys[key].append(s[k])
                rows_base[key].append(b[k])
    total = sum(w[4] for w in within)
    out = [("within-doc (avg)", total, *(sum(w[i] * w[4] for w in within) / total
                                         for i in range(4)))]
    for key in sorted(rows_gold):
        out.append((f"cross-doc {key}", len(rows_gold[key]),
                    *bcubed(rows_gold[key], rows_sys[key]),
                    *bcubed(rows_gold[key], rows_base[key])))
    return out


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    if not PLOVER.exists() or not MEANTIME.exists():
        print(f"evaluation data not found under {SHARED / 'data'}", file=sys.stderr)
        return 1
    print("PLOVER gold actors: accuracy of our resolution in context vs. dictionary lookup alone")
    print(f"{'measure':<18} {'n':>5} {'dateline':>9} {'baseline':>9}")
    for name, n, ours, base in eval_plover():
        shown = f"{base:>9.3f}" if not name.startswith("sector") else f"{'-':>9}"
        print(f"{name:<18} {n:>5} {ours:>9.3f} {shown}")
    print()
    print("MEANTIME participants (DBpedia-linked entity mentions): B-cubed")
    print(f"{'scope':<22} {'n':>5} {'P':>6} {'R':>6} {'F1':>6} | {'base P':>6} {'base R':>6} "
          f"{'base F1':>7}")
    for name, n, ps, rs, pb, rb in eval_meantime():
        print(f"{name:<22} {n:>5} {ps:>6.3f} {rs:>6.3f} {f1(ps, rs):>6.3f} | {pb:>6.3f} "
              f"{rb:>6.3f} {f1(pb, rb):>7.3f}")
    print("\nbaseline: PLOVER = gold actor text looked up alone; MEANTIME = same normalised text")
    if TIMINGS["nlp"]:
        share = TIMINGS["actors"] / TIMINGS["nlp"]
        print(f"speed: the actors stage took {share:.2f}x the time of the spaCy parse (same run)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
