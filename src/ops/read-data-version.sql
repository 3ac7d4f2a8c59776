/* @name ReadDataVersionSql */
-- The data version the API caches answers by: when the last committed run completed.
SELECT COALESCE(max(completed_at)::text, '') AS "version!"
FROM warehouse.fact_workflow_runs
WHERE status = 'succeeded';
