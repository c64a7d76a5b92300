"""How much the geo stage costs next to the spaCy parse of the same texts.

    .venv/bin/python benchmarks/bench_geo.py [--limit N]

Parses N news texts (TR-News, read at run time from ../shared/data/geo-dev; the seed
article when that is missing), then times recognition + resolution on the parsed docs.
Figures are ratios against the parse, measured in the same process. The one-off
gazetteer load (disk cache, or the first build) is reported separately.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from shared_data import SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.geo.index import load_gazetteer  # noqa: E402
from dateline.ingest.normalise import make_document  # noqa: E402
from dateline.model import AnnotatedDoc  # noqa: E402
from dateline.pipeline import Pipeline  # noqa: E402
from dateline.settings import Settings  # noqa: E402
from dateline.stages.geo import resolve_places  # noqa: E402


def texts(limit: int) -> list[str]:
    corpus = SHARED / "data" / "geo-dev" / "TR-News.xml"
    if corpus.exists():
        found = [a.findtext("text") or "" for a in ET.parse(corpus).getroot().iter("article")]
        return found[:limit]
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    return [re.sub(r"^\s*date \S+\s*", "", p.read_text("utf-8")) for p in seeds][:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args()
    docs_in = [make_document(t, dt.date(2018, 1, 1)) for t in texts(args.limit)]
    pipeline = Pipeline(Settings.build(), stages=("nlp",))
    pipeline(docs_in[0])  # load the model outside the timing

    t0 = time.perf_counter()
    parsed = [d for d in (pipeline(doc) for doc in docs_in) if isinstance(d, AnnotatedDoc)]
    t_nlp = time.perf_counter() - t0

    t0 = time.perf_counter()
    gaz = load_gazetteer()
    t_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    places = [resolve_places(d) for d in parsed]
    t_geo = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_lookups = 0
    for doc_places in places:
        for p in doc_places:
            gaz.lookup(p.text)
            n_lookups += 1
    t_lookup = time.perf_counter() - t0

    chars = sum(len(d.document.text) for d in parsed)
    n_places = sum(len(p) for p in places)
    print(f"{len(parsed)} docs, {chars:,} chars, {n_places} toponyms, "
          f"{len(gaz.rows):,} gazetteer rows, {len(gaz.keys):,} name keys")
    print(f"{'step':<34} {'seconds':>9} {'× nlp':>8}")
    print(f"{'nlp parse (baseline)':<34} {t_nlp:9.3f} {1.0:8.3f}")
    print(f"{'geo: recognise + resolve':<34} {t_geo:9.3f} {t_geo / t_nlp:8.3f}")
    print(f"{'gazetteer lookups only':<34} {t_lookup:9.3f} {t_lookup / t_nlp:8.3f}")
    print(f"{'gazetteer load (once per process)':<34} {t_load:9.3f} {t_load / t_nlp:8.3f}")
    print(f"lookups/second: {n_lookups / max(t_lookup, 1e-9):,.0f}")


if __name__ == "__main__":
    main()
