/* @name UpsertWebhookPipelineRunsSql */
-- The batch twin of upsert-pipeline-run.sql for webhooks: the stages of every
-- PR a batch's events touch, as applying them one by one in
-- warehouse.webhook_batch's order would leave them.
-- pull_request and pull_request_review events set the head commit, status_pr
-- and status_merge (the last event's), status_approval (the last review that
-- says one); a new head commit (or a new PR) resets the build to pending. CI
-- events (check_suite, check_run, workflow_run, status) set the build of the
-- PRs they name, else of the PRs whose head commit they ran on: the last such
-- event after the PR's last reset wins, those before it were reset away.
-- Only a real change sets processed = false. Runs after
-- upsert-webhook-pull-requests.sql. :deliveryIds the batch
WITH batch AS (
    SELECT b.*, (b.repository ->> 'id')::bigint AS github_id
    FROM warehouse.webhook_batch(:deliveryIds!::text[], ARRAY['pull_request', 'pull_request_review',
        'check_suite', 'check_run', 'workflow_run', 'status']) b
    WHERE jsonb_typeof(b.repository) = 'object'
), pr_events AS (
    SELECT b.n, r.id AS repo_id, (b.pull_request ->> 'number')::int AS pr_number,
        b.pull_request #>> '{head,sha}' AS head_sha,
        CASE WHEN b.pull_request ->> 'merged_at' IS NOT NULL THEN 'merged'
             ELSE b.pull_request ->> 'state' END AS status_pr,
        CASE WHEN b.pull_request ->> 'merged_at' IS NOT NULL THEN 'merged'
             WHEN b.pull_request ->> 'state' = 'closed' THEN 'failed' ELSE 'pending' END AS status_merge,
        -- approvalStage() of record-pull-request.ts; a comment says nothing
        CASE WHEN b.event <> 'pull_request_review' THEN NULL
             WHEN b.action = 'dismissed' THEN 'pending'
             ELSE CASE lower(b.review ->> 'state') WHEN 'approved' THEN 'passed'
                  WHEN 'changes_requested' THEN 'failed' WHEN 'dismissed' THEN 'pending'
                  WHEN 'pending' THEN 'pending' END END AS status_approval
    FROM batch b JOIN warehouse.repositories r ON r.github_id = b.github_id
    WHERE b.event IN ('pull_request', 'pull_request_review')
), builds AS (
    SELECT b.n, b.github_id,
        CASE WHEN jsonb_typeof(c -> 'pull_requests') = 'array' THEN ARRAY(
            SELECT (x ->> 'number')::int FROM jsonb_array_elements(c -> 'pull_requests') x
            WHERE jsonb_typeof(x) = 'object') ELSE '{}' END AS pr_numbers,
        c ->> 'head_sha' AS head_sha,
        -- a check's or run's status and conclusion: unfinished → pending or running
        CASE WHEN COALESCE(c ->> 'status', '') NOT IN ('', 'completed') THEN
                 CASE WHEN c ->> 'status' IN ('queued', 'requested', 'waiting') THEN 'pending' ELSE 'running' END
             WHEN c ->> 'conclusion' IN ('success', 'neutral', 'skipped') THEN 'passed'
             WHEN COALESCE(c ->> 'conclusion', '') <> '' THEN 'failed'
             ELSE 'running' END AS status_build
    FROM batch b, LATERAL (SELECT b.ci AS c) ci
    WHERE b.event IN ('check_suite', 'check_run', 'workflow_run')
    UNION ALL
    -- a commit status names no PR; commitStateStage() of record-pull-request.ts
    SELECT b.n, b.github_id, '{}', b.sha,
        CASE lower(b.state) WHEN 'success' THEN 'passed' WHEN 'pending' THEN 'running'
             WHEN 'expected' THEN 'running' ELSE 'failed' END
    FROM batch b WHERE b.event = 'status'
), pr_sequence AS (
    SELECT e.*, s.repo_id IS NULL AS is_new, s.commit_sha AS stored_sha,
        lag(e.head_sha) OVER (PARTITION BY e.repo_id, e.pr_number ORDER BY e.n) AS previous_sha,
        row_number() OVER (PARTITION BY e.repo_id, e.pr_number ORDER BY e.n) = 1 AS is_first
    FROM pr_events e
    LEFT JOIN warehouse.pipeline_runs s ON s.repo_id = e.repo_id AND s.pr_number = e.pr_number
), pr_final AS (
    SELECT repo_id, pr_number,
        (array_agg(head_sha ORDER BY n DESC))[1] AS commit_sha,
        (array_agg(status_pr ORDER BY n DESC))[1] AS status_pr,
        (array_agg(status_merge ORDER BY n DESC))[1] AS status_merge,
        (array_agg(status_approval ORDER BY n DESC) FILTER (WHERE status_approval IS NOT NULL))[1] AS status_approval,
        -- the last event that created the row or moved its head commit
        max(n) FILTER (WHERE (is_first AND is_new)
            OR head_sha IS DISTINCT FROM CASE WHEN is_first THEN stored_sha ELSE previous_sha END) AS reset_at
    FROM pr_sequence GROUP BY repo_id, pr_number
), ci_targets AS (
    SELECT DISTINCT s.repo_id, s.pr_number
    FROM builds b
    JOIN warehouse.repositories r ON r.github_id = b.github_id
    JOIN warehouse.pipeline_runs s ON s.repo_id = r.id
        AND (s.pr_number = ANY (b.pr_numbers) OR (cardinality(b.pr_numbers) = 0 AND s.commit_sha = b.head_sha))
), touched AS (
    SELECT f.repo_id, f.pr_number, f.commit_sha, f.status_pr, f.status_merge,
        COALESCE(f.status_approval, s.status_approval, 'pending') AS status_approval,
        f.reset_at, s.status_build AS stored_build
    FROM pr_final f
    LEFT JOIN warehouse.pipeline_runs s ON s.repo_id = f.repo_id AND s.pr_number = f.pr_number
    UNION ALL
    SELECT s.repo_id, s.pr_number, s.commit_sha, s.status_pr, s.status_merge, s.status_approval, NULL, s.status_build
    FROM ci_targets t
    JOIN warehouse.pipeline_runs s ON s.repo_id = t.repo_id AND s.pr_number = t.pr_number
    WHERE NOT EXISTS (SELECT 1 FROM pr_final f WHERE f.repo_id = t.repo_id AND f.pr_number = t.pr_number)
), final AS (
    SELECT t.*, COALESCE(
        (SELECT b.status_build FROM builds b
         JOIN warehouse.repositories r ON r.github_id = b.github_id AND r.id = t.repo_id
         WHERE b.n > COALESCE(t.reset_at, 0)
           AND (t.pr_number = ANY (b.pr_numbers) OR (cardinality(b.pr_numbers) = 0 AND b.head_sha = t.commit_sha))
         ORDER BY b.n DESC LIMIT 1),
        CASE WHEN t.reset_at IS NOT NULL THEN 'pending' ELSE t.stored_build END) AS status_build
    FROM touched t
)
INSERT INTO warehouse.pipeline_runs AS r (repo_id, pr_number, commit_sha, status_pr, status_build, status_approval, status_merge, processed)
SELECT repo_id, pr_number, commit_sha, status_pr, status_build, status_approval, status_merge, false
FROM final
ORDER BY repo_id, pr_number
ON CONFLICT (repo_id, pr_number) DO UPDATE SET
    commit_sha = EXCLUDED.commit_sha, status_pr = EXCLUDED.status_pr, status_build = EXCLUDED.status_build,
    status_approval = EXCLUDED.status_approval, status_merge = EXCLUDED.status_merge,
    processed = false, updated_at = now()
WHERE (r.commit_sha, r.status_pr, r.status_build, r.status_approval, r.status_merge) IS DISTINCT FROM (
    EXCLUDED.commit_sha, EXCLUDED.status_pr, EXCLUDED.status_build, EXCLUDED.status_approval, EXCLUDED.status_merge);
