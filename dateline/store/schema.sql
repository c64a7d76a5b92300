-- The current dateline store schema, for reading. The database is built by the numbered
-- migrations in migrations/ (applied in order, recorded in schema_migrations); a test
-- checks that they produce exactly these tables, columns and indexes.

CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied TIMESTAMP NOT NULL);

CREATE TABLE runs (
    id        VARCHAR PRIMARY KEY,
    started   TIMESTAMP NOT NULL,
    finished  TIMESTAMP,
    settings  JSON,
    versions  JSON,
    inputs    JSON,
    summary   JSON
);

CREATE TABLE documents (
    id            VARCHAR NOT NULL,      -- sha256 of the normalised text (kept unique by the writer)
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

CREATE TABLE sentences (
    document_id  VARCHAR NOT NULL,
    i            INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL
);

CREATE TABLE mentions (
    document_id  VARCHAR NOT NULL,
    i            INTEGER NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    kind         VARCHAR,
    actor_id     VARCHAR,
    name         VARCHAR,
    type         VARCHAR,
    country      VARCHAR,
    sector       VARCHAR,
    antecedent   INTEGER
);

CREATE TABLE places (
    document_id   VARCHAR NOT NULL,
    i             INTEGER NOT NULL,
    char_start    INTEGER NOT NULL,
    char_end      INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    name          VARCHAR,
    country       VARCHAR,
    admin1        VARCHAR,
    lat           DOUBLE,
    lon           DOUBLE,
    gazetteer_id  VARCHAR,
    feature       VARCHAR
);

CREATE TABLE actors (
    id       VARCHAR PRIMARY KEY,
    name     VARCHAR,
    type     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR,
    known    BOOLEAN NOT NULL,            -- false for ids the actors stage made up ("unk:…")
    n_events BIGINT NOT NULL              -- events it takes part in (kept by the writer)
);

CREATE TABLE actor_aliases (
    actor_id  VARCHAR NOT NULL,
    alias     VARCHAR NOT NULL,
    count     BIGINT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE events (
    id                     VARCHAR NOT NULL,  -- kept unique by the writer
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

CREATE TABLE event_actors (
    event_id    VARCHAR NOT NULL,
    event_seq   BIGINT NOT NULL,              -- events.seq
    role        VARCHAR NOT NULL,             -- actor | recipient
    position    INTEGER NOT NULL,
    actor_id    VARCHAR,
    text        VARCHAR NOT NULL,
    text_lower  VARCHAR NOT NULL,             -- for case-insensitive actor filters
    name        VARCHAR,
    type        VARCHAR,
    sector      VARCHAR,
    country     VARCHAR,
    doc_date    DATE NOT NULL,                -- copies that let a timeline sort without a join
    date_start  DATE
);

-- network edges per event, written with it: every pair of distinct participants
-- (kind 'pair', source < target) and every actor → recipient (kind 'directed')
CREATE TABLE actor_links (
    event_seq   BIGINT NOT NULL,
    doc_date    DATE NOT NULL,
    kind        VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    target      VARCHAR NOT NULL,
    quad        VARCHAR
);

CREATE TABLE rejected (
    run_id       VARCHAR,
    document_id  VARCHAR,
    source_file  VARCHAR,
    line         INTEGER,
    stage        VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    logged       TIMESTAMP NOT NULL
);
