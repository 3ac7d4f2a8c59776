/* @name ListWorkflowRunsSql */
-- One page (:limit, :offset) of runs, newest first; with :runId, that run only (and its task tree).
SELECT run_id, run_type, run_date::text AS run_date, status,
       to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "started_at!",
       to_char(completed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS completed_at,
       execution_time_seconds::float AS execution_time_seconds, repos_processed, github_requests, github_points,
       github_retries, github_not_modified,
       (SELECT count(*) FROM ops.gone_repositories g WHERE g.first_missing_run = r.run_id)::int AS "repos_gone!",
       error_message, CASE WHEN :runId::text IS NOT NULL THEN task_tree END AS task_tree
FROM warehouse.fact_workflow_runs r
WHERE :runId::text IS NULL OR run_id = :runId
ORDER BY to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') DESC
LIMIT :limit! OFFSET :offset!;
