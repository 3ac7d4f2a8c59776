/* @name RecordWorkflowRunSql */
-- Records a pipeline run (succeeded or failed) with its task tree and GitHub cost.
-- :completedAt is NULL while it runs; :runDate, :error and :githubSource may be NULL.
INSERT INTO warehouse.fact_workflow_runs (
    run_id, run_type, run_date, started_at, completed_at, status, task_tree, error_message,
    repos_processed, github_requests, github_points, github_retries, github_not_modified, github_source,
    execution_time_seconds)
VALUES (:runId!, :runType!, :runDate::date, :startedAt!, :completedAt, :status!, :taskTree!::jsonb, :error,
        :reposProcessed!, :githubRequests!, :githubPoints!, :githubRetries!, :githubNotModified!, :githubSource,
        round(extract(epoch FROM (:completedAt::timestamptz - :startedAt!::timestamptz))::numeric, 2))
ON CONFLICT (run_id) DO UPDATE SET
    completed_at = EXCLUDED.completed_at, status = EXCLUDED.status, task_tree = EXCLUDED.task_tree,
    error_message = EXCLUDED.error_message, repos_processed = EXCLUDED.repos_processed,
    github_requests = EXCLUDED.github_requests, github_points = EXCLUDED.github_points,
    github_retries = EXCLUDED.github_retries, github_not_modified = EXCLUDED.github_not_modified,
    github_source = EXCLUDED.github_source,
    execution_time_seconds = EXCLUDED.execution_time_seconds;
