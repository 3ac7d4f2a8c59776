/* @name ReadLastIngestCostSql */
-- GitHub requests and GraphQL points of the latest ingest run.
SELECT github_requests AS requests, github_points AS points
FROM warehouse.fact_workflow_runs
WHERE run_type = 'ingest'
ORDER BY started_at DESC
LIMIT 1;
