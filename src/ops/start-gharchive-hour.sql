-- An hour's import begins (again): its row goes back to running with zero
-- counts, and rejects of an earlier attempt are dropped. $1 hour, $2 url
WITH cleared AS (DELETE FROM ops.gharchive_rejects WHERE hour = $1)
INSERT INTO ops.gharchive_hours (hour, status, source_url, started_at)
VALUES ($1, 'running', $2, now())
ON CONFLICT (hour) DO UPDATE
SET status = 'running', events = 0, rejected = 0, skipped = 0, bytes = 0, checksum = NULL, error = NULL,
    source_url = EXCLUDED.source_url, started_at = now(), finished_at = NULL;
