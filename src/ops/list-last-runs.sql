/* @name ListLastRunsSql */
SELECT run_id, run_type, run_date, status, started_at, execution_time_seconds AS seconds,
       repos_processed,
       -- tracked repositories the run found gone from GitHub (README "Sources")
       (SELECT count(*) FROM ops.gone_repositories g WHERE g.first_missing_run = r.run_id)::int AS "repos_gone!",
       github_requests, github_retries AS retries, github_not_modified AS not_modified,
       left(error_message, 80) AS error
FROM warehouse.fact_workflow_runs r
ORDER BY started_at DESC
LIMIT :limit!;
