"""Generate N synthetic events straight into a dateline store (for query benchmarks).

    .venv/bin/python benchmarks/gen_events.py --events 1000000 --db /tmp/bench.duckdb

The store is created and migrated by ``Store.open``; the rows are then made inside DuckDB
with set-based SQL (deterministic hashes of the row number, no Python loop per row), so a
million events take seconds. Four events per document; actors are drawn with a skewed
(Zipf-like) popularity, as in news, where a few actors dominate; ~5% of events undated.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dateline.store import Store

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
QUADS = ["verbal_cooperation"] * 3 + ["material_cooperation"] * 4 + ["verbal_cooperation"] + [
    "verbal_conflict"] * 4 + ["material_conflict"] * 4
SCORES = [4.0, 1.0, 3.0, 5.0, 6.0, 7.0, 5.0, 3.0, -2.0, -4.0, -6.0, -5.0, -7.0, -6.0, -8.0,
          -9.0]
COUNTRIES = ["AFG", "SYR", "IRQ", "UKR", "RUS", "USA", "CHN", "ISR", "PSE", "YEM", "SDN",
             "SSD", "MLI", "NGA", "SOM", "ETH", "COL", "VEN", "MEX", "MMR", "PAK", "IND",
             "IRN", "TUR", "LBY", "EGY", "COD", "CAF", "HTI", "PHL"]
ACTOR_TYPES = ["government", "military", "police", "armed_group", "igo", "ngo", "party",
               "person", "civilians", "media"]
MODALITIES = ["asserted"] * 14 + ["alleged"] * 3 + ["denied", "future", "negated"]

SQL = """
CREATE TEMP TABLE p AS SELECT ?::BIGINT AS n, ?::BIGINT AS a,
    ?::VARCHAR[] AS types, ?::VARCHAR[] AS quads, ?::DOUBLE[] AS scores,
    ?::VARCHAR[] AS countries, ?::VARCHAR[] AS atypes, ?::VARCHAR[] AS modalities;

CREATE MACRO u(i, salt) AS (hash(i * 1000003 + salt) % 1000000) / 1000000.0;
CREATE MACRO pick(xs, i, salt) AS xs[1 + (hash(i * 7919 + salt) % len(xs))::BIGINT];
-- skewed actor index: a few actors appear in many events
CREATE MACRO actor_no(i, salt) AS floor((SELECT a FROM p) * pow(u(i, salt), 2.2))::BIGINT;

INSERT INTO actor_aliases
SELECT 'actor' || lpad(i::VARCHAR, 5, '0'), alias, 1 + (hash(i) % 50)::BIGINT
FROM range((SELECT a FROM p)) r(i), unnest(['Actor ' || i, 'A' || i || ' forces']) t(alias);

INSERT INTO documents
SELECT sha256(i::VARCHAR), DATE '2000-01-01' + (hash(i, 11) % 9000)::INTEGER,
       'Synthetic report ' || i, NULL, 'synthetic', 'synthetic/' || (i // 1000) || '.jsonl',
       (i % 1000)::INTEGER, 'Synthetic report ' || i || '.', 'Synthetic report ' || i || '.',
       4, 'synthetic'
FROM range(((SELECT n FROM p) + 3) // 4) r(i);

CREATE TEMP TABLE base AS
SELECT i, sha256((i // 4)::VARCHAR) AS document_id,
       DATE '2000-01-01' + (hash(i // 4, 11) % 9000)::INTEGER AS doc_date,
       1 + (hash(i, 3) % 16)::INTEGER AS t, u(i, 4) AS g, (hash(i, 5) % 400)::INTEGER AS back,
       actor_no(i, 6) AS src, actor_no(i, 7) AS tgt, u(i, 8) < 0.7 AS has_tgt,
       u(i, 9) < 0.1 AS compound, actor_no(i, 10) AS src2, pick(modalities, i, 12) AS modality,
       pick(countries, i, 13) AS loc
FROM range((SELECT n FROM p)) r(i), p;

CREATE TEMP TABLE dated AS
SELECT *, CASE WHEN g < 0.05 THEN NULL WHEN g < 0.6 THEN 'day' WHEN g < 0.85 THEN 'month'
               ELSE 'year' END AS gran,
       doc_date - back AS happened
FROM base;

CREATE TEMP TABLE ev AS
SELECT i, 'ev' || lpad(i::VARCHAR, 8, '0') AS id, document_id, doc_date, t, modality, loc,
       gran, src, tgt, has_tgt, compound, src2,
       CASE gran WHEN 'day' THEN happened WHEN 'month' THEN date_trunc('month', happened)
                 WHEN 'year' THEN date_trunc('year', happened) END::DATE AS ds,
       CASE gran WHEN 'day' THEN happened
                 WHEN 'month' THEN last_day(happened)
                 WHEN 'year' THEN (date_trunc('year', happened) + INTERVAL 1 YEAR
                                   - INTERVAL 1 DAY) END::DATE AS de,
       CASE gran WHEN 'day' THEN strftime(happened, '%Y-%m-%d')
                 WHEN 'month' THEN strftime(happened, '%Y-%m')
                 WHEN 'year' THEN strftime(happened, '%Y') END AS val
FROM dated;

INSERT INTO event_actors
SELECT 'ev' || lpad(i::VARCHAR, 8, '0'), i + 1, role, position, actor_id, text, lower(text),
       name,
       NULL, NULL, NULL, doc_date, ds
FROM (
    SELECT i, doc_date, ds, 'actor' AS role, 0 AS position,
           'actor' || lpad(src::VARCHAR, 5, '0') AS actor_id, 'A' || src || ' forces' AS text,
           'Actor ' || src AS name FROM ev
    UNION ALL
    SELECT i, doc_date, ds, 'actor', 1, 'actor' || lpad(src2::VARCHAR, 5, '0'),
           'Actor ' || src2, 'Actor ' || src2 FROM ev WHERE compound AND src2 <> src
    UNION ALL
    SELECT i, doc_date, ds, 'recipient', 0, 'actor' || lpad(tgt::VARCHAR, 5, '0'),
           'Actor ' || tgt, 'Actor ' || tgt FROM ev WHERE has_tgt AND tgt <> src);

INSERT INTO actors
SELECT 'actor' || lpad(i::VARCHAR, 5, '0'), 'Actor ' || i, pick(atypes, i, 1),
       pick(countries, i, 2), NULL, TRUE, coalesce(c.n, 0)
FROM range((SELECT a FROM p)) r(i) CROSS JOIN p
LEFT JOIN (SELECT actor_id, count(DISTINCT event_seq) AS n FROM event_actors GROUP BY 1) c
       ON c.actor_id = 'actor' || lpad(i::VARCHAR, 5, '0');

CREATE TEMP TABLE who AS
SELECT DISTINCT ea.event_seq, ea.doc_date, ea.role, ea.actor_id, quads[ev.t] AS quad
FROM event_actors ea JOIN ev ON ev.i + 1 = ea.event_seq, p;

INSERT INTO actor_links
SELECT DISTINCT a.event_seq, a.doc_date, 'pair', a.actor_id, b.actor_id, a.quad
FROM who a JOIN who b ON a.event_seq = b.event_seq AND a.actor_id < b.actor_id;

INSERT INTO actor_links
SELECT DISTINCT a.event_seq, a.doc_date, 'directed', a.actor_id, b.actor_id, a.quad
FROM who a JOIN who b ON a.event_seq = b.event_seq AND a.role = 'actor'
     AND b.role = 'recipient' AND a.actor_id <> b.actor_id;

CREATE TEMP TABLE parts AS
SELECT event_id,
  list({'text': text, 'name': name, 'id': actor_id, 'type': NULL, 'sector': NULL,
        'country': NULL} ORDER BY position) FILTER (role = 'actor') AS actor,
  list({'text': text, 'name': name, 'id': actor_id, 'type': NULL, 'sector': NULL,
        'country': NULL} ORDER BY position) FILTER (role = 'recipient') AS recipient
FROM event_actors GROUP BY event_id;

INSERT INTO events
SELECT ev.id, ev.i + 1, document_id, doc_date, types[t], NULL, [], quads[t], scores[t],
       val, gran, ds, de, 'synthetic', CASE WHEN gran IS NULL THEN NULL ELSE 'relative' END,
       loc, loc, loc, NULL, 0.0, 0.0, NULL, 'country',
       NULL, NULL, modality, [], NULL, NULL, NULL, 0.5,
       'Actor ' || src || ' did ' || lower(types[t]) || ' in ' || loc || ' (' || i || ').',
       lower('Actor ' || src || ' did ' || lower(types[t]) || ' in ' || loc || ' (' || i || ').'),
       0, 40, lower(types[t]), 0, 5, [loc], 'synthetic',
       to_json({'id': ev.id, 'event': types[t], 'mode': NULL, 'context': [], 'quad': quads[t],
                'score': scores[t], 'actor': coalesce(parts.actor, []),
                'recipient': coalesce(parts.recipient, []),
                'date': CASE WHEN gran IS NULL THEN NULL ELSE
                        {'value': val, 'granularity': gran,
                         'start': ds::VARCHAR, 'end': de::VARCHAR, 'text': 'synthetic',
                         'basis': 'relative'} END,
                'location': {'text': loc, 'name': loc, 'country': loc},
                'attribution': NULL, 'modality': modality, 'auxiliary': [],
                'magnitude': {'dead': NULL, 'injured': NULL, 'size': NULL},
                'confidence': 0.5,
                'evidence': {'sentence': 'Actor ' || src || ' did it.', 'start': 0, 'end': 40,
                             'trigger': lower(types[t]), 'trigger_start': 0, 'trigger_end': 5},
                'document': {'id': document_id, 'date': doc_date::VARCHAR,
                             'title': 'Synthetic report ' || (i // 4), 'url': NULL,
                             'source_file': 'synthetic'}}),
       NULL, ev.id, coalesce(ds, doc_date), coalesce(de, doc_date)  -- each its own cluster
FROM ev LEFT JOIN parts ON parts.event_id = ev.id, p
ORDER BY ev.i;
"""


def generate(path: Path, n_events: int, n_actors: int = 5000) -> float:
    """Fill a fresh store at ``path``; returns the seconds it took."""
    if path.exists():
        path.unlink()
    writer = Store.open(path)  # schema, migrations and row groups exactly as the writer's
    started = time.perf_counter()
    con = writer._cursor()
    con.execute("RESET threads")  # one bulk statement, not the writer's small batches
    try:
        con.execute("BEGIN TRANSACTION")
        params = [n_events, n_actors, TYPES, QUADS, SCORES, COUNTRIES, ACTOR_TYPES, MODALITIES]
        first, rest = SQL.split(";", 1)
        con.execute(first, params)
        con.execute(rest)
        con.execute("COMMIT")
        con.execute("CHECKPOINT")
    finally:
        writer.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=5000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/dateline-bench.duckdb"))
    args = parser.parse_args()
    seconds = generate(args.db, args.events, args.actors)
    with Store.open(args.db, read_only=True) as store:
        summary = store.summary()
    print(f"{'events':<12}{summary['events']:>12,}")
    print(f"{'documents':<12}{summary['documents']:>12,}")
    print(f"{'actors':<12}{summary['actors']:>12,}")
    print(f"{'seconds':<12}{seconds:>12.1f}")
    print(f"{'events/s':<12}{summary['events'] / seconds:>12,.0f}")


if __name__ == "__main__":
    main()
