"""Geoparsing evaluation on ../shared/data/geo-dev (GeoWebNews, TR-News), end to end.

    .venv/bin/python benchmarks/eval_geo.py [--limit N] [--corpus GWN|TR-News]

Gold toponyms are those the corpora give coordinates for. Recognition: precision,
recall and F1, a predicted span matching a gold one when they overlap. Resolution, on
the matched (recognised) toponyms: accuracy within 161 km (100 miles, the usual
threshold), the same counting also an exact GeoNames id match as right ("acc(id)": the
corpora use GeoNames' own country points, our gazetteer other country centres), and
mean error in km among those we placed. An unresolved recognised toponym counts as a
miss. Gold spans whose offsets are shifted (some TR-News ones) are re-anchored on the
nearest copy of their phrase. The "naive" row resolves the same spans to the most
populous candidate. The texts are read at run time, never copied into the repo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from shared_data import DATA

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.ingest.normalise import make_document  # noqa: E402
from dateline.model import AnnotatedDoc, Place, Rejected  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.settings import Settings  # noqa: E402
from dateline.stages.geo import resolve_places  # noqa: E402

GEO_DEV = DATA / "geo-dev"


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    lat: float
    lon: float
    geonames: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    text: str
    gold: tuple[Gold, ...]


def _float(node: ET.Element, *paths: str) -> float | None:
    for p in paths:
        value = node.findtext(p)
        if value and value.strip():
            return float(value)
    return None


def _align(text: str, phrase: str | None, start: int, end: int) -> tuple[int, int] | None:
    """Some TR-News offsets are shifted: re-anchor on the nearest copy of the phrase."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - 300)
    hits = [i + lo for i in _find_all(text[lo : end + 300], phrase)]
    if not hits:
        return None
    best = min(hits, key=lambda i: abs(i - start))
    return best, best + len(phrase)


def _find_all(text: str, phrase: str) -> Iterator[int]:
    i = text.find(phrase)
    while i >= 0:
        yield i
        i = text.find(phrase, i + 1)


def _geonames_id(t: ET.Element) -> str | None:
    node = t.find("gaztag")
    value = node.get("geonameid") if node is not None else t.findtext("geonamesID")
    return f"geonames:{value.strip()}" if value and value.strip() else None


def read_corpus(path: Path) -> Iterator[Article]:
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for t in art.iter("toponym"):
            lat = _float(t, "latitude", "gaztag/lat")
            lon = _float(t, "longitude", "gaztag/lon")
            start, end = t.findtext("start"), t.findtext("end")
            if lat is None or lon is None or not start or not end:
                continue
            span = _align(text, t.findtext("phrase") or t.findtext("extractedName"),
                          int(start), int(end))
            if span is not None:
                gold.append(Gold(*span, lat, lon, _geonames_id(t)))
        yield Article(text, tuple(gold))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Score:
    predicted: int = 0
    gold: int = 0
    matched_pred: int = 0
    matched_gold: int = 0
    within: int = 0
    same_or_within: int = 0
    errors: list[float] = field(default_factory=list)

    def row(self, name: str) -> str:
        p = self.matched_pred / self.predicted if self.predicted else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        n = self.matched_gold or 1
        acc, acc_id = self.within / n, self.same_or_within / n
        mean = sum(self.errors) / len(self.errors) if self.errors else float("nan")
        return (f"{name:<24} {p:6.3f} {r:6.3f} {f:6.3f} {acc:8.3f} {acc_id:8.3f} {mean:8.0f} "
                f"{self.matched_gold:6d} {self.gold:6d}")


def score(doc: AnnotatedDoc, places: tuple[Place, ...], gold: tuple[Gold, ...], s: Score) -> None:
    to_raw = doc.document.to_raw
    spans = [(to_raw(p.start), to_raw(p.end), p) for p in places]
    s.predicted += len(spans)
    s.gold += len(gold)
    s.matched_pred += sum(any(a < g.end and g.start < b for g in gold) for a, b, _ in spans)
    for g in gold:
        hits = [p for a, b, p in spans if a < g.end and g.start < b]
        if not hits:
            continue
        s.matched_gold += 1
        p = hits[0]
        if p.lat is None or p.lon is None:
            continue
        err = km(p.lat, p.lon, g.lat, g.lon)
        s.errors.append(err)
        s.within += err <= 161
        s.same_or_within += err <= 161 or (g.geonames is not None and p.gazetteer_id == g.geonames)


def evaluate(corpus: str, limit: int | None, pipeline: Pipeline) -> tuple[Score, Score, float]:
    ours, naive = Score(), Score()
    articles = list(read_corpus(GEO_DEV / f"{corpus}.xml"))[:limit]
    seconds = 0.0
    for art in articles:
        result = pipeline(make_document(art.text, dt.date(2018, 1, 1)))
        if isinstance(result, Rejected):
            continue
        t0 = time.perf_counter()
        places = resolve_places(result)
        seconds += time.perf_counter() - t0
        score(result, places, art.gold, ours)
        score(result, resolve_places(result, naive=True), art.gold, naive)
    return ours, naive, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus")
    parser.add_argument("--corpus", choices=["GWN", "TR-News"], action="append")
    args = parser.parse_args()
    if not GEO_DEV.exists():
        sys.exit(f"{GEO_DEV} is missing: the evaluation data sits beside the repo")
    pipeline = Pipeline(Settings.build(), stages=("nlp",))
    print(f"{'corpus / resolver':<24} {'P':>6} {'R':>6} {'F1':>6} {'acc@161':>8} "
          f"{'acc(id)':>8} {'mean km':>8} {'recog':>6} {'gold':>6}")
    for corpus in args.corpus or ["GWN", "TR-News"]:
        ours, naive, _ = evaluate(corpus, args.limit, pipeline)
        print(ours.row(f"{corpus} dateline"))
        print(naive.row(f"{corpus} naive (max pop)"))


if __name__ == "__main__":
    main()
