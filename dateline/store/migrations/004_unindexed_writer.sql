-- 004: a writer whose memory does not grow with the store. DuckDB keeps every ART index
-- (a PRIMARY KEY is one) in memory while rows are added, so the indexes on documents and
-- events, and on their per-document layers, grew with each report stored (measured in
-- benchmarks/bench_memory.py). The one writer already keeps ids unique: it probes for
-- stored documents and event ids before each batch (store.py). Look-ups by id or document
-- scan one column instead, which stays within the query budget at a million events
-- (benchmarks/bench_queries.py).

DROP INDEX events_document_idx;
DROP INDEX mentions_document_idx;
DROP INDEX sentences_document_idx;
DROP INDEX places_document_idx;
DROP INDEX events_cluster_key_idx;
DROP INDEX events_cluster_idx;

CREATE TABLE documents_004 (
    id            VARCHAR NOT NULL,      -- sha256 of the normalised text
    date          DATE NOT NULL,         -- when it was reported: the as-of axis
    title         VARCHAR,
    url           VARCHAR,
    source        VARCHAR,
    source_file   VARCHAR,
    line          INTEGER,
    text          VARCHAR NOT NULL,      -- normalised body (what the stages read)
    raw           VARCHAR NOT NULL,      -- body as read; every stored offset indexes this
    n_events      INTEGER NOT NULL,
    ingested_run  VARCHAR
);
INSERT INTO documents_004 SELECT * FROM documents;
DROP TABLE documents;
ALTER TABLE documents_004 RENAME TO documents;

CREATE TABLE events_004 (
    id                     VARCHAR NOT NULL,
    seq                    BIGINT NOT NULL,   -- write order: a compact key for joins
    document_id            VARCHAR NOT NULL,
    doc_date               DATE NOT NULL,     -- copy of documents.date for as-of filters
    event                  VARCHAR NOT NULL,
    mode                   VARCHAR,
    context                VARCHAR[],
    quad                   VARCHAR,
    score                  DOUBLE,
    date_value             VARCHAR,
    date_granularity       VARCHAR,
    date_start             DATE,
    date_end               DATE,
    date_text              VARCHAR,
    date_basis             VARCHAR,
    location_text          VARCHAR,
    location_name          VARCHAR,
    location_country       VARCHAR,
    location_admin1        VARCHAR,
    location_lat           DOUBLE,
    location_lon           DOUBLE,
    location_gazetteer_id  VARCHAR,
    location_precision     VARCHAR,
    attribution_text       VARCHAR,
    attribution_source     VARCHAR,
    modality               VARCHAR NOT NULL,
    auxiliary              VARCHAR[],
    magnitude_dead         INTEGER,
    magnitude_injured      INTEGER,
    magnitude_size         INTEGER,
    confidence             DOUBLE,
    sentence               VARCHAR,
    sentence_lower         VARCHAR,           -- for the case-insensitive text filter
    sentence_start         INTEGER,
    sentence_end           INTEGER,
    trigger                VARCHAR,
    trigger_start          INTEGER,
    trigger_end            INTEGER,
    countries              VARCHAR[],         -- location + participants' countries
    run_id                 VARCHAR,
    record                 JSON NOT NULL,     -- the full event record, as stored
    cluster_key            VARCHAR,           -- dateline.events.cluster_key (003)
    cluster_id             VARCHAR,           -- reports of one happening share it (003)
    span_start             DATE,              -- the days it may have happened on (003)
    span_end               DATE
);
INSERT INTO events_004 SELECT * FROM events;
DROP TABLE events;
ALTER TABLE events_004 RENAME TO events;
