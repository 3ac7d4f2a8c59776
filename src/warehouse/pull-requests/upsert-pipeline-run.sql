-- The four stages of a PR (README "Pull request flow"). NULL leaves a stage as it is; a new head
-- commit resets the build to pending. Only a real change sets processed = false.
-- $1 repo id, $2 number, $3 head sha, $4 status_pr, $5 status_build, $6 status_approval, $7 status_merge
INSERT INTO warehouse.pipeline_runs AS r (repo_id, pr_number, commit_sha, status_pr, status_build, status_approval, status_merge, processed)
VALUES ($1, $2, $3, COALESCE($4, 'pending'), COALESCE($5, 'pending'), COALESCE($6, 'pending'), COALESCE($7, 'pending'), false)
ON CONFLICT (repo_id, pr_number) DO UPDATE SET
    commit_sha = COALESCE(EXCLUDED.commit_sha, r.commit_sha),
    status_pr = COALESCE($4, r.status_pr),
    status_build = COALESCE($5, CASE WHEN $3 IS NOT NULL AND $3 IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),
    status_approval = COALESCE($6, r.status_approval),
    status_merge = COALESCE($7, r.status_merge),
    processed = false, updated_at = now()
WHERE (r.commit_sha, r.status_pr, r.status_build, r.status_approval, r.status_merge) IS DISTINCT FROM (
    COALESCE(EXCLUDED.commit_sha, r.commit_sha),
    COALESCE($4, r.status_pr),
    COALESCE($5, CASE WHEN $3 IS NOT NULL AND $3 IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),
    COALESCE($6, r.status_approval),
    COALESCE($7, r.status_merge));
