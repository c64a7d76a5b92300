-- 005: recipients and place no longer split a cluster when one report leaves them out.
-- cluster_key (dateline.events.cluster_key) now holds type, actors and month; a new event
-- joins a stored one with the same key whose span overlaps its own and whose recipients
-- and place, kept here as the cluster check compares them, are the same or missing on
-- one side. Keys stored before this migration were made from more parts: no new key can
-- equal one, so those events keep the clusters they have and start no new links.

ALTER TABLE events ADD COLUMN cluster_recipients VARCHAR;  -- merge.cluster_recipients (005)
ALTER TABLE events ADD COLUMN cluster_place VARCHAR;       -- merge.cluster_place (005)
