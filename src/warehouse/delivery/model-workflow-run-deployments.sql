/* @name ModelWorkflowRunDeploymentsSql */
-- Workflow runs that are deployments into warehouse.deployments (source
-- 'workflow_run', keyed by the run id): raw.github_delivery rows of kind
-- 'workflow_runs' are pages of GET /repos/{o}/{r}/actions/runs?branch=<default
-- branch>, request_key the default branch. A run is a deployment when its
-- workflow name matches :deploymentWorkflow and it ran on that branch; it
-- deploys to production by definition (is_production), to no named
-- environment (environment NULL). The repository is found by name (a REST
-- page of runs does not carry it). Unchanged rows are not written.
-- :rawRunIds, :snapshotDate the run's raw rows; :deploymentWorkflow the pattern (ARE).
--
-- Status (GitHub's run status and conclusion):
--   completed + success                              -> success
--   completed + failure, timed_out, startup_failure  -> failure
--   completed + anything else (cancelled, skipped, neutral, stale, action_required)
--                                                    -> cancelled: it finished without
--                                                       deploying or failing to deploy
--   not completed (queued, in_progress, waiting, ...) -> in_progress
-- started_at: run_started_at (else created_at); finished_at: updated_at once completed.
WITH runs AS (
    SELECT DISTINCT ON (r.id, (w->>'id')::bigint)
           r.id AS repo_id, (w->>'id')::bigint AS run_id, w AS run
    FROM raw.delivery_items('workflow_runs', '{workflow_runs}', :rawRunIds!::text[], :snapshotDate!::date) g (
        receipt_id, repo_full_name, repo_github_id, request_key, w)
    JOIN warehouse.repositories r ON lower(r.full_name) = lower(g.repo_full_name)
    WHERE w->>'id' IS NOT NULL AND w->>'head_sha' IS NOT NULL AND w->>'head_branch' = g.request_key
      AND w->>'name' ~ :deploymentWorkflow!::text
    ORDER BY r.id, (w->>'id')::bigint, g.receipt_id DESC
), mapped AS (
    SELECT repo_id, run_id, run->>'head_sha' AS sha,
           CASE WHEN run->>'status' IS DISTINCT FROM 'completed' THEN 'in_progress'
                WHEN run->>'conclusion' = 'success' THEN 'success'
                WHEN run->>'conclusion' IN ('failure', 'timed_out', 'startup_failure') THEN 'failure'
                ELSE 'cancelled' END AS status,
           COALESCE(run->>'run_started_at', run->>'created_at')::timestamptz AS started_at,
           CASE WHEN run->>'status' = 'completed' THEN (run->>'updated_at')::timestamptz END AS finished_at,
           run->>'name' AS name, run->>'html_url' AS url
    FROM runs
    WHERE COALESCE(run->>'run_started_at', run->>'created_at') IS NOT NULL
)
INSERT INTO warehouse.deployments AS d (
    repo_id, source, deployment_id, environment, is_production, sha, status, started_at, finished_at, name, url)
SELECT repo_id, 'workflow_run', run_id, NULL, true, sha, status, started_at, finished_at, name, url
FROM mapped
ON CONFLICT (repo_id, source, deployment_id) DO UPDATE SET
    is_production = EXCLUDED.is_production, sha = EXCLUDED.sha, status = EXCLUDED.status,
    started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at,
    name = EXCLUDED.name, url = EXCLUDED.url, updated_at = now()
WHERE (d.is_production, d.sha, d.status, d.started_at, d.finished_at, d.name, d.url)
    IS DISTINCT FROM (EXCLUDED.is_production, EXCLUDED.sha, EXCLUDED.status, EXCLUDED.started_at,
                      EXCLUDED.finished_at, EXCLUDED.name, EXCLUDED.url);
