-- 002: indexes for point look-ups that return a handful of rows (one event, a document's
-- sentences, mentions, places and events). Deliberately none on event_actors: an actor's
-- rows are many and scattered, and a sequential scan of its narrow columns beats
-- fetching them one by one through an index (measured in benchmarks/bench_queries.py).

CREATE INDEX events_document_idx ON events (document_id);
CREATE INDEX mentions_document_idx ON mentions (document_id);
CREATE INDEX sentences_document_idx ON sentences (document_id);
CREATE INDEX places_document_idx ON places (document_id);
