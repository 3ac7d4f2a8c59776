/* @name AdvanceIngestionStateSql */
-- Incremental state per source, advanced in the same transaction as the data.
-- :sources, :lastRuns and :cursors side by side (one element per source), :runId the run advancing them
INSERT INTO ops.ingestion_state (source, last_run, cursor, run_id, updated_at)
SELECT source, last_run, cursor, :runId!, now()
FROM unnest(:sources!::text[], :lastRuns!::timestamptz[], :cursors!::jsonb[]) AS s(source, last_run, cursor)
ON CONFLICT (source) DO UPDATE
SET last_run = EXCLUDED.last_run, cursor = EXCLUDED.cursor, run_id = EXCLUDED.run_id, updated_at = now();
