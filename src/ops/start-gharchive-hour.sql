/* @name StartGharchiveHourSql */
-- An hour's import begins (again): its row goes back to running with zero
-- counts, and rejects of an earlier attempt are dropped. :hour the hour, :url its file
WITH cleared AS (DELETE FROM ops.gharchive_rejects WHERE hour = :hour!)
INSERT INTO ops.gharchive_hours (hour, status, source_url, started_at)
VALUES (:hour!, 'running', :url!, now())
ON CONFLICT (hour) DO UPDATE
SET status = 'running', events = 0, rejected = 0, skipped = 0, bytes = 0, checksum = NULL, error = NULL,
    source_url = EXCLUDED.source_url, started_at = now(), finished_at = NULL;
