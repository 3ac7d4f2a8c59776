-- $1 limit, $2 offset; with $3 a run id, that run only (and its task tree)
SELECT run_id, run_type, run_date::text AS run_date, status,
       to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS started_at,
       to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS completed_at,
       execution_time_seconds::float AS execution_time_seconds, repos_processed, github_requests, github_points,
       github_retries, github_not_modified,
       error_message, CASE WHEN $3::text IS NOT NULL THEN task_tree END AS task_tree
FROM warehouse.fact_workflow_runs
WHERE $3::text IS NULL OR run_id = $3
ORDER BY started_at DESC
LIMIT $1 OFFSET $2;
