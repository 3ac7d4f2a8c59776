-- Incremental state per source, advanced in the same transaction as the data.
-- $1 sources, $2 last_run times, $3 cursors, $4 run_id
INSERT INTO ops.ingestion_state (source, last_run, cursor, run_id, updated_at)
SELECT source, last_run, cursor, $4, now()
FROM unnest($1::text[], $2::timestamptz[], $3::jsonb[]) AS s(source, last_run, cursor)
ON CONFLICT (source) DO UPDATE
SET last_run = EXCLUDED.last_run, cursor = EXCLUDED.cursor, run_id = EXCLUDED.run_id, updated_at = now();
