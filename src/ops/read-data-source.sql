/* @name ReadDataSourceSql */
-- Where the data of the latest run that called GitHub came from ('github' or 'replay'), if any run did.
SELECT github_source AS "github_source!" FROM warehouse.fact_workflow_runs
WHERE github_source IS NOT NULL AND status = 'succeeded'
ORDER BY started_at DESC LIMIT 1;
