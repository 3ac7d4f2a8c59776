/* @name FailAbandonedRunsSql */
-- Runs still 'running' when a new run holds the pipeline lock belong to a
-- process that died (kill -9, crash, lost machine): they are failed, not left
-- running forever. Returns how many.
UPDATE warehouse.fact_workflow_runs
SET status = 'failed',
    completed_at = now(),
    error_message = 'the process running it ended before it finished (found by the next run)'
WHERE status = 'running';
