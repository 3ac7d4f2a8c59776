/* @name ListLastRunsSql */
SELECT run_id, run_type, run_date, status, started_at, execution_time_seconds AS seconds,
       repos_processed, github_requests, github_retries AS retries, github_not_modified AS not_modified,
       left(error_message, 80) AS error
FROM warehouse.fact_workflow_runs
ORDER BY started_at DESC
LIMIT :limit!;
