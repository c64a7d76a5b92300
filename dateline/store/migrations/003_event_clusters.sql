-- 003: reports of one happening across documents. When it is written, an event joins the
-- cluster of a stored event with the same cluster_key (type, participants, place and
-- month: dateline.events.cluster_key) whose span of possible days overlaps its own;
-- otherwise it starts a cluster named by its own id. span_start/span_end are that span
-- (the event date's, else the report date). Events stored before this migration have no
-- key: each stays a cluster of its own.

ALTER TABLE events ADD COLUMN cluster_key VARCHAR;
ALTER TABLE events ADD COLUMN cluster_id VARCHAR;
ALTER TABLE events ADD COLUMN span_start DATE;
ALTER TABLE events ADD COLUMN span_end DATE;
-- (indexes first: DuckDB cannot create an index over updates not yet committed)
CREATE INDEX events_cluster_key_idx ON events (cluster_key);
CREATE INDEX events_cluster_idx ON events (cluster_id);
UPDATE events SET cluster_id = id,
                  span_start = coalesce(date_start, doc_date),
                  span_end = coalesce(date_end, doc_date);
