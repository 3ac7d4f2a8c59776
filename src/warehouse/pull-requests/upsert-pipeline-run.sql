/* @name UpsertPipelineRunSql */
-- The four stages of a PR (README "Pull request flow"). NULL leaves a stage as it is; a new head
-- commit resets the build to pending. Only a real change sets processed = false.
-- :repoId and :prNumber the PR, :headSha its head commit; :statusPr, :statusBuild,
-- :statusApproval, :statusMerge its stages (each may be NULL)
INSERT INTO warehouse.pipeline_runs AS r (repo_id, pr_number, commit_sha, status_pr, status_build, status_approval, status_merge, processed)
VALUES (:repoId!, :prNumber!, :headSha!, COALESCE(:statusPr, 'pending'), COALESCE(:statusBuild, 'pending'), COALESCE(:statusApproval, 'pending'), COALESCE(:statusMerge, 'pending'), false)
ON CONFLICT (repo_id, pr_number) DO UPDATE SET
    commit_sha = COALESCE(EXCLUDED.commit_sha, r.commit_sha),
    status_pr = COALESCE(:statusPr, r.status_pr),
    status_build = COALESCE(:statusBuild, CASE WHEN :headSha! IS NOT NULL AND :headSha! IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),
    status_approval = COALESCE(:statusApproval, r.status_approval),
    status_merge = COALESCE(:statusMerge, r.status_merge),
    processed = false, updated_at = now()
WHERE (r.commit_sha, r.status_pr, r.status_build, r.status_approval, r.status_merge) IS DISTINCT FROM (
    COALESCE(EXCLUDED.commit_sha, r.commit_sha),
    COALESCE(:statusPr, r.status_pr),
    COALESCE(:statusBuild, CASE WHEN :headSha! IS NOT NULL AND :headSha! IS DISTINCT FROM r.commit_sha THEN 'pending' ELSE r.status_build END),
    COALESCE(:statusApproval, r.status_approval),
    COALESCE(:statusMerge, r.status_merge));
